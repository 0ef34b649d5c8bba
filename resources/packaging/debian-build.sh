#!/usr/bin/env bash
# Build the .deb with Debian's own python3 on a fresh Debian 12, as a packager there would, and
# check it as CI checks the one built here.
#
#   bash resources/packaging/debian-build.sh      (as root)
#
# In a fresh bookworm root (resources/packaging/debian-root.sh):
# 1. Debian's python3, installed with apt (as a Debian desktop has it);
# 2. this checkout's files (tracked and untracked, not the ignored .venv, build and dist) copied
#    to /build/giftdesk-debian-python3;
# 3. there, `PYTHON=/usr/bin/python3 resources/scripts/setup.sh` (python3-venv, python3-dev and
#    the rest from Debian, GiftDesk's Python dependencies from PyPI) and
#    resources/packaging/ci-smoke.sh (build.py, lintian, the bundled app offscreen, and the rest
#    of its checks);
# 4. then: the .venv is Debian's python3 (sys.base_prefix /usr), and the Python in the bundle is
#    Debian's libpython, copied from /usr/lib. The .deb is copied out to dist/debian-python3/.
#
# pip in the root reaches PyPI as pip here does: the proxy variables (http_proxy, https_proxy,
# no_proxy, all_proxy, in either case) go in when set, and so does the CA bundle pip here trusts
# when one is configured (PIP_CERT or pip's `cert` setting, else REQUESTS_CA_BUNDLE), copied
# into the root: a proxy that intercepts TLS needs it. Where none is set, nothing goes in and pip
# trusts its own certificates, as on any Debian. pip's cache (downloads, and the PyICU wheel it
# builds) is kept in ~/.cache/giftdesk/debian-build-pip, beside the root's caches.
# Runs as root (mmdebstrap's root mode, chroot), in a private mount namespace; the root is deleted
# whatever happens. Any failure fails the script.
set -euo pipefail
script=$(realpath "$0")
cd "$(dirname "$script")/../.."

me=debian-build
# shellcheck source=resources/packaging/debian-root.sh
source resources/packaging/debian-root.sh
debian_root_namespace "$script" "$@"

git rev-parse --is-inside-work-tree >/dev/null 2>&1 \
    || fail "$(pwd) is not a git checkout: the files to build are the ones git knows"

# The CA bundle pip here is told to trust, if any: PIP_CERT and pip's configuration files (both
# in `pip config list`), else the one requests reads.
pip_ca_bundle() {
    local ca
    ca=$(python3 -m pip config list 2>/dev/null | sed -n "s/^[^=]*\.cert='\(.*\)'$/\1/p" | head -1)
    ca=${ca:-${REQUESTS_CA_BUNDLE:-}}
    if [ -n "$ca" ] && [ -f "$ca" ]; then echo "$ca"; fi
}

debian_root_make
src=/build/giftdesk-debian-python3  # a path no bundled file happens to contain (ci-smoke checks)
debian_root_mount "$debian_root_cache/debian-build-pip" "$root/root/.cache/pip"

# What the build in the root is given from here: nothing of this machine's but how to reach PyPI.
env_in=(HOME=/root)
for var in http_proxy https_proxy no_proxy all_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY ALL_PROXY; do
    if [ -n "${!var:-}" ]; then env_in+=("$var=${!var}"); fi
done
ca=$(pip_ca_bundle)
if [ -n "$ca" ]; then
    cp "$ca" "$root/root/pip-ca.pem"
    env_in+=(PIP_CERT=/root/pip-ca.pem)
fi
echo "the build's environment: ${env_in[*]}"
build_in_root() { in_root "${env_in[@]}" bash -c "cd $src && $1"; }

step "Debian's python3, with apt"
apt_in_root update || fail "apt-get update failed in the root"
apt_in_root install python3 || fail "apt could not install python3"
in_root python3 --version

step "this checkout's files to $src"
mkdir -p "$root$src"
# (--ignore-failed-read: a tracked file deleted here and not yet committed is left out.)
git ls-files -z --cached --others --exclude-standard \
    | tar --null --ignore-failed-read -T - -cf - | tar -C "$root$src" -xf -

step "PYTHON=/usr/bin/python3 resources/scripts/setup.sh"
build_in_root "PYTHON=/usr/bin/python3 bash resources/scripts/setup.sh" || fail "setup.sh"
prefix=$(in_root "$src/.venv/bin/python" -c 'import sys; print(sys.base_prefix)')
[ "$prefix" = /usr ] || fail ".venv is not Debian's python3 (its base prefix is $prefix)"

step "resources/packaging/ci-smoke.sh: build.py, lintian, the bundled app"
build_in_root "bash resources/packaging/ci-smoke.sh" || fail "ci-smoke.sh with Debian's python3"

# The bundle's Python is the libpython that Debian's python3 came with.
libpython=$(python3 -c 'import json, sys
contents = json.load(open(sys.argv[1]))
print(*[src for dest, src in contents["binaries"] if dest.startswith("libpython")])' \
    "$root$src/build/pyinstaller/giftdesk/bundle-contents.json")
# (PyInstaller names it by the /lib path, which Debian 12's merged /usr makes a link to /usr/lib;
# dpkg knows the file by its /usr/lib path.)
[ -n "$libpython" ] && libpython=$(in_root realpath -e "$libpython") \
    || fail "the bundle's libpython (${libpython:-none}) is not in the root"
[[ "$libpython" == /usr/lib/*/libpython3.* ]] || fail "the bundle's libpython is not Debian's: $libpython"
owner=$(in_root dpkg -S "$libpython") || fail "no Debian package has $libpython"
echo "the bundle's Python: $libpython, from $owner"

mkdir -p dist/debian-python3
rm -f dist/debian-python3/giftdesk_*.deb
cp "$root$src"/dist/giftdesk_*.deb dist/debian-python3/
echo "$me: built with Debian's $(in_root python3 --version): $(ls dist/debian-python3/*.deb)"
debian_root_done
