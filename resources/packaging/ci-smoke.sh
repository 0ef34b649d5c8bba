#!/usr/bin/env bash
# CI: build the .deb from this checkout, check it with lintian (errors fail it), unpack it into
# a temporary root, start the bundled app offscreen (--quit-after, then --screenshot; no Qt
# warning under the C locale), and check --version, the launcher, the icons, the documents
# (copyright, changelog, manual page) and what the bundle carries. Any failure fails the
# script. Prints the bundle's and the .deb's size.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "ci-smoke: FAILED: $*" >&2; exit 1; }

# The Debian tools the build and the checks use; apt-get only when one is missing.
need=()
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v xz >/dev/null || need+=(xz-utils)
command -v objdump >/dev/null || need+=(binutils)  # PyInstaller reads shared libraries with it
command -v patchelf >/dev/null || need+=(patchelf)  # build.py drops the build machine's RUNPATHs
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v lintian >/dev/null || need+=(lintian)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v man >/dev/null || need+=(man-db)  # to check the manual page renders
bash resources/scripts/apt-install.sh ${need[@]+"${need[@]}"}

# .venv, and the libraries and fonts Qt needs at run time (the bundled app uses them too).
bash resources/scripts/setup.sh
.venv/bin/python resources/packaging/build.py

version=$(.venv/bin/python -c \
    'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
deb="dist/giftdesk_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "build.py did not make $deb"

# Debian's own check of the package: errors fail CI (warnings are printed; the overrides,
# each with its reason, are in resources/packaging/lintian-overrides).
lintian --fail-on error "$deb" || fail "lintian reports errors in $deb (above)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
app="$root/opt/giftdesk/giftdesk"
[ -x "$app" ] || fail "no executable at /opt/giftdesk/giftdesk"
[ "$(readlink "$root/usr/bin/giftdesk")" = /opt/giftdesk/giftdesk ] \
    || fail "/usr/bin/giftdesk does not point at /opt/giftdesk/giftdesk"

# The bundled app, from outside the checkout and without this checkout's Python on any path.
mkdir "$tmp/home"
run_app() {
    (cd "$tmp" && env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen \
        HOME="$tmp/home" timeout 120 "$app" --db "$tmp/smoke.sqlite3" "$@")
}
run_app --quit-after 500 || fail "the bundled app did not start and quit cleanly (exit $?)"
[ "$(run_app --version)" = "giftdesk $version" ] || fail "giftdesk --version does not say $version"
# Under the C locale Qt would switch to C.UTF-8 itself with a four-line warning: none.
for locale_env in "LANG=C LC_ALL=C" "LANG=POSIX" "LC_ALL=de_DE.UTF-8"; do
    # shellcheck disable=SC2046,SC2086  # the locale variables, split on purpose
    (unset LANGUAGE $(compgen -e | grep '^LC_\|^LANG$'); export $locale_env
     run_app --quit-after 300 2> "$tmp/stderr") 2>/dev/null \
        || fail "the bundled app failed under $locale_env"
    [ ! -s "$tmp/stderr" ] || fail "the bundled app wrote to stderr under $locale_env: $(cat "$tmp/stderr")"
done
run_app profiles add Vera --birthdate 1990-04-12 >/dev/null
run_app profiles add Cleo --birthdate 1988-02-03 --creator >/dev/null
run_app recharge Vera --package 700 --channel app --method app-store --key smoke-1 >/dev/null
run_app send Vera Cleo Rose --count 5 >/dev/null
# Profile names go through the bundled ICU: a look-alike of Cleo (Cyrillic е) is refused with
# exit 3, and a gift to it reaches Cleo.
code=0
run_app profiles add $'Cl\u0435o' --birthdate 1990-01-01 --creator >/dev/null 2>&1 || code=$?
[ "$code" -eq 3 ] || fail "the bundled app did not refuse a look-alike name (exit $code)"
run_app send Vera $'Cl\u0435o' Rose >/dev/null || fail "a gift to a look-alike name failed"
run_app verify >/dev/null || fail "the bundled app's ledger check failed"
# A community's server (docs/community.md): the bundle carries psycopg and its libpq
# (psycopg_binary), so a postgresql:// URL gets as far as connecting. A socket folder with no
# server in it: libpq's own refusal (exit 1), not "needs psycopg", which a bundle without them
# would say.
code=0
(cd "$tmp" && env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen \
    HOME="$tmp/home" timeout 120 "$app" --db "postgresql://nobody@/gifts?host=$tmp" verify) \
    >/dev/null 2>"$tmp/pg-stderr" || code=$?
[ "$code" -eq 1 ] && grep -q 'cannot connect to the database' "$tmp/pg-stderr" \
    || fail "the bundled app cannot reach a PostgreSQL server (exit $code): $(cat "$tmp/pg-stderr")"
# The translations: the command line in the locale's language, the window through --lang.
LANG=de_DE.UTF-8 run_app gifts | head -1 | grep -q '^GESCHENK' \
    || fail "the bundled app does not speak German under LANG=de_DE.UTF-8"
run_app --screenshot "$tmp/shots-de" --lang de || fail "the bundled app could not render in German"
run_app --screenshot "$tmp/shots" || fail "the bundled app could not render its screenshots"
for tab in recharge gifts earnings activity; do
    [ -s "$tmp/shots/$tab.png" ] || fail "no screenshot of the $tab tab"
done

# The documents: copyright (DEP-5, naming Qt's source), changelog, the manual page.
doc="$root/usr/share/doc/giftdesk"
head -1 "$doc/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || fail "the copyright file is not in the machine-readable format"
for needle in 'Files: opt/giftdesk/_internal/PySide6/Qt/' 'License: LGPL-3' 'download.qt.io' \
        'Files: opt/giftdesk/giftdesk' 'License: PSF-2.0' 'License: Expat'; do
    grep -q "$needle" "$doc/copyright" || fail "the copyright file lacks '$needle'"
done
zcat "$doc/changelog.gz" | head -1 | grep -q "^giftdesk ($version)" \
    || fail "changelog.gz does not start with $version"
man_page="$root/usr/share/man/man1/giftdesk.1.gz"
MANWIDTH=80 man -l "$man_page" 2>"$tmp/man-errors" | grep -q -- '--version' \
    || fail "the manual page does not render or lacks --version"
[ ! -s "$tmp/man-errors" ] || fail "man warns about the manual page: $(cat "$tmp/man-errors")"

# The launcher and the icon.
# The launcher and the AppStream metainfo share the id org.example.GiftDesk.
desktop="$root/usr/share/applications/org.example.GiftDesk.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the launcher"
metainfo="$root/usr/share/metainfo/org.example.GiftDesk.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects the metainfo"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli rejects the installed tree"
grep -qx 'Exec=giftdesk' "$desktop" || fail "the launcher's Exec is not giftdesk"
grep -qx 'Icon=giftdesk' "$desktop" || fail "the launcher's Icon is not giftdesk"
for n in 16 24 32 48 64 128 256 512; do
    [ -s "$root/usr/share/icons/hicolor/${n}x${n}/apps/giftdesk.png" ] || fail "no ${n}x${n} icon"
done

# What the bundle carries: its resources and the Qt plugins the app needs, and nothing it never
# imports (QtWebEngine, QtQml, QtQuick, QtNetwork...), of Qt's translations only qtbase's for
# the app's languages, no build inputs (the translations' sources among them).
internal="$root/opt/giftdesk/_internal"
for path in resources/rules/default.toml resources/qss/giftdesk.qss resources/gifts/rose.svg \
        resources/icons/giftdesk.svg resources/giftdesk.desktop "giftdesk-${version}.dist-info" \
        PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so \
        PySide6/Qt/plugins/platforms/libqoffscreen.so PySide6/Qt/plugins/imageformats/libqsvg.so \
        PySide6/Qt/plugins/iconengines/libqsvgicon.so; do
    [ -e "$internal/$path" ] || fail "the bundle lacks $path"
done
# giftdesk's metadata (what `giftdesk --version` reads) once, at this version: PyInstaller
# collects the installed one by itself too, which the spec drops for a build.py --version build.
metadata=$(cd "$internal" && echo giftdesk-*.dist-info)
[ "$metadata" = "giftdesk-${version}.dist-info" ] || fail "the bundle's giftdesk metadata: $metadata"
for lang in es pt_BR de; do
    for path in "resources/i18n/giftdesk_$lang.qm" "resources/i18n/giftdesk_$lang.mo" \
            "PySide6/Qt/translations/qtbase_$lang.qm"; do
        [ -e "$internal/$path" ] || fail "the bundle lacks $path"
    done
done
for path in resources/screenshots resources/packaging resources/scripts \
        PySide6/Qt/translations/qt_de.qm PySide6/Qt/translations/qtbase_fr.qm; do
    [ ! -e "$internal/$path" ] || fail "the bundle carries $path"
done
sources=$(find "$internal/resources" \( -name '*.ts' -o -name '*.po' \) -printf '%f ')
[ -z "$sources" ] || fail "the bundle carries the translations' sources: $sources"
extra=$(find "$internal" \( -name 'libQt6WebEngine*' -o -name 'libQt6Qml*' -o -name 'libQt6Quick*' \
    -o -name 'libQt6Network*' -o -name 'libQt6Pdf*' -o -name 'Qt*.abi3.so' ! -name 'QtCore.*' \
    ! -name 'QtGui.*' ! -name 'QtWidgets.*' ! -name 'QtSvg.*' \
    ! -name 'QtOpenGL.*' ! -name 'QtOpenGLWidgets.*' \) -printf '%f ')  # (these two: pyqtgraph's)
[ -z "$extra" ] || fail "the bundle carries Qt modules the app never imports: $extra"
# The Earnings chart's library (the screenshots above drew the chart with it).
[ -d "$internal/pyqtgraph" ] && [ -d "$internal/numpy.libs" ] \
    || fail "the bundle lacks pyqtgraph or numpy, which the Earnings chart needs"
# psycopg's C half (psycopg_binary: extension modules, with libpq): psycopg itself is pure
# Python, in the bundle's archive, and the postgresql:// check above shows it imports.
[ -n "$(find "$internal" -path '*psycopg_binary*' -name '*.so' -print -quit)" ] \
    || fail "the bundle lacks psycopg_binary, which a postgresql:// database needs"
# PyICU and the ICU it was built against (not Qt's copy, another version): the bundle must work
# where the system has no ICU, or another one.
icu_ext=$(find "$internal/icu" -name '_icu_*.so' -print -quit)
[ -n "$icu_ext" ] || fail "the bundle lacks PyICU's extension"
for lib in $(objdump -p "$icu_ext" | awk '$1 == "NEEDED" && $2 ~ /^libicu/ {print $2}'); do
    [ -e "$internal/$lib" ] || fail "the bundle lacks $lib, which PyICU needs"
done
dangling=$(find "$internal" -xtype l -printf '%P ')
[ -z "$dangling" ] || fail "the bundle has dangling links: $dangling"
# No path of the build machine's: RUNPATHs into its Python, this checkout's folder.
checkout=$(pwd)
python_prefix=$(.venv/bin/python -c 'import sys; print(sys.base_prefix)')
foreign=$(find "$root/opt/giftdesk" -type f -name '*.so*' -exec sh -c \
    'objdump -p "$1" | grep -q "RUNPATH.*$2" && printf "%s " "${1##*/}"' _ {} "$python_prefix" \;)
[ -z "$foreign" ] || fail "libraries with a RUNPATH into $python_prefix: $foreign"
leaks=$( (grep -rlF "$checkout" "$root/opt/giftdesk" || true) | sed "s|$root/||" | tr '\n' ' ')
[ -z "$leaks" ] || fail "the bundle names this checkout's folder $checkout: $leaks"
libs_0755=$(find "$internal" -type f -name '*.so*' -perm /111 -printf '%P ')
[ -z "$libs_0755" ] || fail "libraries with an executable bit: $libs_0755"

echo "ci-smoke: OK: bundle $(du -sh "$root/opt/giftdesk" | cut -f1), $deb $(du -h "$deb" | cut -f1)"
