#!/usr/bin/env bash
# Install the built .deb in a fresh Debian 12 (bookworm) root as a new user would, and check that
# the user's wallet survives an upgrade, a removal and a purge.
#
#   bash resources/packaging/fresh-root.sh [giftdesk_X_amd64.deb]   (default: dist/'s, for
#                                                                    pyproject.toml's version)
#
# 1. A root made by mmdebstrap (variant apt) from Debian's packages, on the mirror this machine's
#    apt uses; the tarball is cached in ~/.cache/giftdesk (XDG_CACHE_HOME), so a second run only
#    unpacks it (GIFTDESK_FRESH_ROOT_REFRESH=1 makes a new one). The .debs apt downloads in the
#    root are cached there too.
# 2. In it: `apt-get install ./giftdesk_*.deb`; as a normal user, the window offscreen and a CLI
#    flow (profiles, a recharge, a gift, verify, --version) on the wallet in that user's data
#    folder (~/.local/share/GiftDesk).
# 3. An upgrade to a higher version (the same .deb repacked with the version <version>+upgradetest1:
#    build.py takes its version from pyproject.toml only), then `apt-get remove`, then (installed
#    again, as a removal leaves no conffiles to purge) `apt-get purge`: after each, every file in
#    the user's data folder has the same sha256, and after the upgrade `giftdesk verify` passes.
# Runs as root (mmdebstrap's root mode, chroot), in a private mount namespace; the root is deleted
# whatever happens. Any failure fails the script.
set -euo pipefail
script=$(realpath "$0")
deb_arg=${1:+$(realpath "$1")}  # before the cd, a path relative to where it was run
cd "$(dirname "$script")/../.."

step() { printf '\n==> fresh-root: %s\n' "$*"; }
fail() { echo "fresh-root: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run it as root (mmdebstrap's root mode and chroot need it)"

# Mounts made for the root (/proc, /dev, the apt cache) live in a mount namespace of their own,
# so they vanish with this script even if it is killed.
if [ -z "${GIFTDESK_FRESH_ROOT_NS:-}" ]; then
    exec env GIFTDESK_FRESH_ROOT_NS=1 unshare --mount --propagation private -- bash "$script" "$@"
fi

start=$SECONDS
if [ -z "$deb_arg" ]; then  # the one build.py makes for pyproject.toml's version
    project_version=$(python3 -c \
        'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
    deb_arg="dist/giftdesk_${project_version}_amd64.deb"
fi
[ -f "$deb_arg" ] || fail "no $deb_arg: build it first (python3 resources/packaging/build.py)"
deb=$(realpath "$deb_arg")

command -v mmdebstrap >/dev/null || bash resources/scripts/apt-install.sh mmdebstrap

# The Debian mirror this machine's apt uses (deb822 .sources or one-line .list files), for
# bookworm and for bookworm-security.
apt_uris() {  # $1: the suite
    local files=()
    [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
    for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && files+=("$f")
    done
    [ "${#files[@]}" -gt 0 ] || return 0
    awk -v suite="$1" '
        /^[[:space:]]*#/ { next }
        /^deb[[:space:]]/ {  # one-line style: deb [options] URI suite components
            i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
            if ($(i + 1) == suite) print $i
            next
        }
        /^[[:space:]]*$/ { if (types && uris && suites) print uris; types = uris = suites = ""; next }
        /^Types:/ { types = ($0 ~ /[[:space:]]deb([[:space:]]|$)/) }
        /^URIs:/ { uris = $2 }
        /^Suites:/ { for (j = 2; j <= NF; j++) if ($j == suite) suites = 1 }
        END { if (types && uris && suites) print uris }
    ' "${files[@]}" | head -1
}
mirror=$(apt_uris bookworm)
mirror=${mirror:-http://deb.debian.org/debian}
security=$(apt_uris bookworm-security)
sources=("deb $mirror bookworm main" "deb $mirror bookworm-updates main")
[ -n "$security" ] && sources+=("deb $security bookworm-security main")

cache=${XDG_CACHE_HOME:-$HOME/.cache}/giftdesk
tarball="$cache/fresh-root-bookworm-apt-amd64.tar"
apt_cache="$cache/fresh-root-apt-archives"
mkdir -p "$cache" "$apt_cache/partial"

work=$(mktemp -d /tmp/giftdesk-fresh-root.XXXXXX)
root="$work/root"
cleanup() {
    local code=$?
    # Unmount before deleting (the namespace would drop them anyway); never cross into another
    # file system while deleting.
    for m in "$root/var/cache/apt/archives" "$root/proc" "$root/dev"; do
        mountpoint -q "$m" 2>/dev/null && umount -R -l "$m"
    done
    rm -rf --one-file-system "$work"
    if [ "$code" -eq 0 ]; then
        echo "fresh-root: OK in $((SECONDS - start)) s"
    else
        echo "fresh-root: FAILED (exit $code) after $((SECONDS - start)) s; the root is deleted" >&2
    fi
}
trap cleanup EXIT

if [ -s "$tarball" ] && [ -z "${GIFTDESK_FRESH_ROOT_REFRESH:-}" ]; then
    step "a fresh Debian 12 root from the cached $tarball"
else
    step "a fresh Debian 12 root with mmdebstrap (variant apt) from ${sources[*]}"
    rm -rf "$tarball.part"
    mmdebstrap --mode=root --variant=apt --format=tar --architectures=amd64 bookworm "$tarball.part" \
        "${sources[@]}" || fail "mmdebstrap could not make the root"
    mv "$tarball.part" "$tarball"
fi
mkdir "$root"
tar -C "$root" -xf "$tarball"
grep -q '^VERSION_ID="12"' "$root/etc/os-release" || fail "the root is not Debian 12"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount --bind "$apt_cache" "$root/var/cache/apt/archives"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
user=vera
as_user() { chroot "$root" runuser -u "$user" -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    HOME="/home/$user" USER="$user" QT_QPA_PLATFORM=offscreen "$@"; }
data="/home/$user/.local/share/GiftDesk"
wallet_sums() {  # the sha256 of every file in the user's data folder, sorted by name
    in_root sh -c "cd '$data' && find . -type f -print0 | sort -z | xargs -0 sha256sum"
}
apt_in_root() { in_root apt-get -q -y -o Dpkg::Use-Pty=0 "$@"; }

# The .debs go where apt inside the root can read them.
cp "$deb" "$root/tmp/"
deb_name=$(basename "$deb")
version=$(dpkg-deb -f "$deb" Version)
new_version="${version}+upgradetest1"
new_deb_name="giftdesk_${new_version}_amd64.deb"

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

step "upgrade to $new_version (the same .deb repacked with a higher version)"
repack="$work/repack"
dpkg-deb -R "$deb" "$repack"
sed -i "s/^Version: .*/Version: $new_version/" "$repack/DEBIAN/control"
dpkg-deb --build -Znone "$repack" "$root/tmp/$new_deb_name" >/dev/null
rm -rf "$repack"
apt_in_root install "/tmp/$new_deb_name" || fail "apt could not upgrade to $new_version"
[ "$(in_root dpkg-query -W -f='${Version}' giftdesk)" = "$new_version" ] \
    || fail "giftdesk $new_version is not installed after the upgrade"
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
