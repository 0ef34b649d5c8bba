#!/usr/bin/env bash
# Set up GiftDesk on this machine: the Debian libraries Qt needs, then a virtual environment
# in .venv with GiftDesk installed (editable). `--test` also installs the test extra.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

extra=""
[ "${1:-}" = "--test" ] && extra="[test]"
# The Python the new .venv is made with: PYTHON, e.g. PYTHON=/usr/bin/python3 for Debian's own
# (python3-venv and python3-dev below, the latter also bringing libpython3.11.so, which
# PyInstaller needs), or the first python3 on PATH. An existing .venv is kept as it is.
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "setup: no Python at $python" >&2; exit 1; }

# Qt's offscreen and xcb platforms need these; without fonts every glyph is a box.
debs=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
      fonts-dejavu-core
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0
      python3-venv
      # PyICU (profile names) has no wheels: pip builds it against the system's ICU.
      libicu-dev pkg-config g++ python3-dev)
# The tests also validate the launcher (.desktop) files, and run the window on a real X
# server (Xvfb) for what offscreen cannot show: popups, focus rings, sizes on a laptop screen.
# They also check the plain-text accounting exports with Debian's hledger, and read the
# monthly statements' PDF text back with poppler-utils (pdftotext, pdftoppm), and validate the
# AppStream metainfo with appstreamcli. The storage tests start a throwaway PostgreSQL server
# of their own (tests/pg_server.py: initdb and pg_ctl from Debian's postgresql, in a temporary
# folder, on a private socket); the cluster Debian's package may make and start is not used.
# The TLS tests make a certificate authority and a server certificate with openssl; the
# PostgreSQL benchmark puts a LIVE room and its sender on machines of their own (network
# namespaces, with iproute2's ip).
[ -n "$extra" ] && debs+=(desktop-file-utils xvfb hledger poppler-utils appstream postgresql
                          openssl iproute2)
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=()
    for deb in "${debs[@]}"; do
        dpkg -s "$deb" >/dev/null 2>&1 || missing+=("$deb")
    done
    # python3-venv only matters where the venv module is missing (e.g. Debian's own python3).
    if "$python" -c "import venv, ensurepip" >/dev/null 2>&1; then
        missing=("${missing[@]/python3-venv}")
    fi
    # python3-dev only matters where the venv's Python has no headers to build PyICU against
    # (Debian's own python3); a Python built elsewhere (pyenv, a container's) brings its own.
    venv_python=$python
    [ -x .venv/bin/python ] && venv_python=.venv/bin/python
    headers='import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'
    if "$venv_python" -c "$headers" >/dev/null 2>&1; then
        missing=("${missing[@]/python3-dev}")
    fi
    read -r -a missing <<< "${missing[*]:-}"
    bash resources/scripts/apt-install.sh ${missing[@]+"${missing[@]}"}
else
    echo "setup: not a Debian system; install Qt's libraries (EGL, fontconfig, xkbcommon, xcb-cursor)," \
         "and ICU's headers, pkg-config and a C++ compiler (to build PyICU) yourself"
fi

if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extra}"
