#!/usr/bin/env bash
# CI: build GiftDesk's wheel (python -m build), install it in a fresh virtual environment
# outside this checkout, and run it as pip users would: `giftdesk --version`, the window
# offscreen (--quit-after), a CLI command, and check it carries the resources the app reads
# (every folder of resources/ but the build inputs, scripts and screenshots). Any failure
# fails the script. Run by .ci/run after ci-smoke.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "check-wheel: FAILED: $*" >&2; exit 1; }

bash resources/scripts/setup.sh  # .venv, and the libraries Qt and PyICU's build need
.venv/bin/python -m pip install -q -e ".[package]"  # `build`, with the rest of the extra

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
.venv/bin/python -m build --wheel --outdir "$tmp/dist" . >"$tmp/build.log" 2>&1 \
    || { cat "$tmp/build.log"; fail "python -m build failed"; }
wheel=$(ls "$tmp"/dist/giftdesk-*.whl)
version=$(.venv/bin/python -c \
    'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
[ "$(basename "$wheel")" = "giftdesk-$version-py3-none-any.whl" ] || fail "unexpected wheel $wheel"

# What the app reads at run time, and none of what only building or the README needs.
contents=$(unzip -Z1 "$wheel")
for folder in resources/*/; do
    name=$(basename "$folder")
    case "$name" in packaging|scripts|screenshots) continue ;; esac
    grep -q "^giftdesk/resources/$name/" <<<"$contents" || fail "the wheel lacks resources/$name"
done
for pattern in 'rules/.*\.toml$' 'i18n/giftdesk_de\.qm$' 'i18n/giftdesk_de\.mo$' 'gifts/rose\.svg$' \
        'giftdesk\.desktop$' 'postgres/grants\.sql$'; do
    grep -q "^giftdesk/resources/$pattern" <<<"$contents" || fail "the wheel lacks $pattern"
done
! grep -q '^giftdesk/resources/\(screenshots\|packaging\|scripts\)/' <<<"$contents" \
    || fail "the wheel carries build inputs or screenshots"

# A fresh venv, from outside the checkout so that nothing is imported from it.
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q "$wheel" 2>&1 | grep -v '^WARNING: Location' || true
"$tmp/venv/bin/python" -m pip show giftdesk >/dev/null || fail "the wheel did not install"
mkdir "$tmp/home"
run() {
    (cd "$tmp/home" && env -u PYTHONPATH -u VIRTUAL_ENV HOME="$tmp/home" \
        QT_QPA_PLATFORM=offscreen timeout 120 "$tmp/venv/bin/giftdesk" "$@")
}
[ "$(run --version)" = "giftdesk $version" ] || fail "giftdesk --version does not say $version"
run --db "$tmp/w.sqlite3" --quit-after 500 || fail "the installed app did not start and quit"
run --db "$tmp/w.sqlite3" profiles add Vera --birthdate 1990-04-12 >/dev/null \
    || fail "the installed CLI could not add a profile"
run --db "$tmp/w.sqlite3" gifts | grep -q Rose || fail "the installed CLI lists no Rose"
run --db "$tmp/w.sqlite3" verify >/dev/null || fail "the installed CLI's ledger check failed"
echo "check-wheel: OK: $(basename "$wheel") $(du -h "$wheel" | cut -f1)"
