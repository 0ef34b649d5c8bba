#!/usr/bin/env bash
# Install the built .deb in a fresh Debian 12 (bookworm) root as a new user would, upgrade it to
# a rebuilt higher version, and check that the user's wallet survives the upgrade, a removal and
# a purge.
#
#   bash resources/packaging/fresh-root.sh [giftdesk_X_amd64.deb]   (default: dist/'s, for
#                                                                    pyproject.toml's version)
#
# 1. The upgrade first: build.py --version X+upgradetest1 rebuilds the package from this
#    checkout (PyInstaller again, about 35 s) as dist/giftdesk_X+upgradetest1_amd64.deb (so X
#    must not be below pyproject.toml's version: build.py builds only higher ones).
# 2. A root made by mmdebstrap (variant apt) from Debian's packages, cached in ~/.cache/giftdesk
#    (resources/packaging/debian-root.sh).
# 3. In it: `apt-get install ./giftdesk_X_amd64.deb`; as a normal user, the window offscreen and a
#    CLI flow (profiles, a recharge, a gift, verify, --version) on the wallet in that user's data
#    folder (~/.local/share/GiftDesk).
# 4. `apt-get install ./giftdesk_X+upgradetest1_amd64.deb`: dpkg's record, `giftdesk --version`,
#    the changelog and the bundle's metadata must all say the new version. Then `apt-get
#    remove`, then (installed again, as a removal leaves no conffiles to purge) `apt-get purge`:
#    after each, every file in the user's data folder has the same sha256, and after the
#    upgrade `giftdesk verify` passes.
# Runs as root (mmdebstrap's root mode, chroot), in a private mount namespace; the root is deleted
# whatever happens. Any failure fails the script.
set -euo pipefail
script=$(realpath "$0")
deb_arg=${1:+$(realpath "$1")}  # before the cd, a path relative to where it was run
cd "$(dirname "$script")/../.."

me=fresh-root
# shellcheck source=resources/packaging/debian-root.sh
source resources/packaging/debian-root.sh
debian_root_namespace "$script" "$@"

if [ -z "$deb_arg" ]; then  # the one build.py makes for pyproject.toml's version
    project_version=$(python3 -c \
        'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
    deb_arg="dist/giftdesk_${project_version}_amd64.deb"
fi
[ -f "$deb_arg" ] || fail "no $deb_arg: build it first (python3 resources/packaging/build.py)"
deb=$(realpath "$deb_arg")
version=$(dpkg-deb -f "$deb" Version)
new_version="${version}+upgradetest1"
new_deb="dist/giftdesk_${new_version}_amd64.deb"

step "build $new_version from this checkout for the upgrade (build.py --version)"
python=.venv/bin/python
[ -x "$python" ] || python=python3
rm -f "$new_deb"
"$python" resources/packaging/build.py --version "$new_version" \
    || fail "build.py could not build $new_version"
[ -f "$new_deb" ] || fail "build.py did not make $new_deb"

debian_root_make

user=vera
as_user() { chroot "$root" runuser -u "$user" -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    HOME="/home/$user" USER="$user" QT_QPA_PLATFORM=offscreen "$@"; }
data="/home/$user/.local/share/GiftDesk"
wallet_sums() {  # the sha256 of every file in the user's data folder, sorted by name
    in_root sh -c "cd '$data' && find . -type f -print0 | sort -z | xargs -0 sha256sum"
}

# The .debs go where apt inside the root can read them.
cp "$deb" "$new_deb" "$root/tmp/"
deb_name=$(basename "$deb")
new_deb_name=$(basename "$new_deb")

step "apt-get install ./$deb_name"
apt_in_root update || fail "apt-get update failed in the root"
apt_in_root install "/tmp/$deb_name" || fail "apt could not install $deb_name"
[ "$(in_root dpkg-query -W -f='${Status} ${Version}' giftdesk)" = "install ok installed $version" ] \
    || fail "giftdesk $version is not installed"

step "a new user, $user, starts GiftDesk offscreen and runs a CLI flow"
in_root useradd --create-home --shell /bin/bash "$user"
as_user giftdesk --quit-after 500 || fail "the window did not start and quit cleanly"
[ "$(as_user giftdesk --version)" = "giftdesk $version" ] || fail "giftdesk --version is not $version"
as_user giftdesk profiles add Vera --birthdate 1990-04-12 || fail "profiles add Vera"
as_user giftdesk profiles add Cleo --birthdate 1988-02-03 --creator || fail "profiles add Cleo"
as_user giftdesk recharge Vera --custom 1000 --channel web --method paypal --key fresh-1 \
    || fail "recharge"
as_user giftdesk send Vera Cleo Rose --count 5 || fail "send"
as_user giftdesk balance Vera || fail "balance"
as_user giftdesk verify || fail "verify"
[ -s "$root$data/giftdesk.sqlite3" ] || fail "no wallet at ~$user/.local/share/GiftDesk/giftdesk.sqlite3"
before=$(wallet_sums)
echo "the wallet ($data):"
echo "$before"

step "upgrade to $new_version (rebuilt by build.py) with apt-get install ./$new_deb_name"
apt_in_root install "/tmp/$new_deb_name" || fail "apt could not upgrade to $new_version"
[ "$(in_root dpkg-query -W -f='${Version}' giftdesk)" = "$new_version" ] \
    || fail "giftdesk $new_version is not installed after the upgrade"
# The new build is what runs: its version, its changelog, and only its metadata in the bundle
# (dpkg removed the old version's files).
[ "$(as_user giftdesk --version)" = "giftdesk $new_version" ] \
    || fail "giftdesk --version after the upgrade: $(as_user giftdesk --version)"
newest=$(zcat "$root/usr/share/doc/giftdesk/changelog.gz" | sed -n 1p)
[[ "$newest" == "giftdesk ($new_version) "* ]] \
    || fail "the changelog after the upgrade starts with: $newest"
metadata=$(cd "$root/opt/giftdesk/_internal" && echo giftdesk-*.dist-info)
[ "$metadata" = "giftdesk-$new_version.dist-info" ] \
    || fail "the bundle's giftdesk metadata after the upgrade: $metadata"
echo "giftdesk --version: $(as_user giftdesk --version)"
[ "$(wallet_sums)" = "$before" ] || fail "the upgrade changed the wallet: $(wallet_sums)"
as_user giftdesk verify || fail "verify after the upgrade"
as_user giftdesk --quit-after 500 || fail "the window after the upgrade"
# verify and the window opened the wallet; what they leave is the reference from here on.
before=$(wallet_sums)

step "apt-get remove giftdesk"
apt_in_root remove giftdesk || fail "apt-get remove"
[ ! -e "$root/usr/bin/giftdesk" ] && [ ! -e "$root/opt/giftdesk" ] \
    || fail "apt-get remove left /usr/bin/giftdesk or /opt/giftdesk"
[ "$(wallet_sums)" = "$before" ] || fail "apt-get remove changed the wallet"

# The package has no conffiles, so the removal leaves nothing for a purge and apt no longer
# knows it: the purge is tried on an installed package instead (installed again first).
status=$(in_root dpkg-query -W -f='${Status}' giftdesk 2>/dev/null || true)
echo "dpkg after the removal: ${status:-no record of giftdesk}"

step "apt-get install ./$new_deb_name again, then apt-get purge giftdesk"
apt_in_root install "/tmp/$new_deb_name" || fail "apt could not install $new_version again"
as_user giftdesk verify >/dev/null || fail "verify after installing again"
before=$(wallet_sums)
apt_in_root purge giftdesk || fail "apt-get purge"
status=$(in_root dpkg-query -W -f='${Status}' giftdesk 2>/dev/null || true)
case "$status" in
    "" | *not-installed) ;;
    *) fail "dpkg still has giftdesk after the purge: $status" ;;
esac
[ ! -e "$root/usr/share/doc/giftdesk" ] || fail "the purge left /usr/share/doc/giftdesk"
[ "$(wallet_sums)" = "$before" ] || fail "apt-get purge changed the wallet"
echo "the wallet is untouched: $(echo "$before" | wc -l) file(s), same sha256"
debian_root_done
