# shellcheck shell=bash
# A fresh Debian 12 (bookworm) root to try things in, for fresh-root.sh and debian-build.sh,
# which source this file. The root is made by mmdebstrap (variant apt) from Debian's packages on
# the mirror this machine's apt uses; its tarball is cached in ~/.cache/giftdesk (XDG_CACHE_HOME),
# so a later run only unpacks it (GIFTDESK_FRESH_ROOT_REFRESH=1 makes a new one). The .debs apt
# downloads in a root are cached there too. What a caller uses:
#
#   me=<name>                             before sourcing: the name in messages
#   debian_root_namespace "$script" "$@"  first: runs the script again in a mount namespace of
#                                         its own, so the root's mounts vanish with it even if
#                                         it is killed; from there a trap on EXIT unmounts and
#                                         deletes $work whatever happens, and prints how long
#                                         the script took
#   debian_root_make                      sets $work (a new folder in /tmp) and $root in it:
#                                         unpacks the root, mounts /proc, /dev and the apt cache
#   debian_root_mount SOURCE TARGET       one more bind mount, TARGET inside the root
#   $debian_root_cache                    the cache folder, for a caller's own caches
#   in_root [VAR=VALUE...] COMMAND...     runs COMMAND in the root, as root, with only PATH,
#                                         LANG=C.UTF-8, DEBIAN_FRONTEND and the VARs set
#   apt_in_root ARGS...                   apt-get -y ARGS in the root
#   step MESSAGE; fail MESSAGE            a heading; a message and exit 1
#   debian_root_done                      last: the script got to its end. A run that exits
#                                         without it (killed by a signal, which leaves $? at 0
#                                         in the trap) is reported as failed
#
# Runs as root (mmdebstrap's root mode, chroot).

debian_root_cache=${XDG_CACHE_HOME:-$HOME/.cache}/giftdesk

step() { printf '\n==> %s: %s\n' "$me" "$*"; }
fail() { echo "$me: FAILED: $*" >&2; exit 1; }

debian_root_namespace() {  # $1: the calling script, then its arguments
    [ "$(id -u)" -eq 0 ] || fail "run it as root (mmdebstrap's root mode and chroot need it)"
    if [ -z "${GIFTDESK_DEBIAN_ROOT_NS:-}" ]; then
        exec env GIFTDESK_DEBIAN_ROOT_NS=1 unshare --mount --propagation private -- bash "$@"
    fi
    debian_root_started=$SECONDS
    trap debian_root_cleanup EXIT
}

# The Debian mirror this machine's apt uses (deb822 .sources or one-line .list files), for
# bookworm and for bookworm-security.
debian_root_apt_uri() {  # $1: the suite
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

debian_root_mounts=()

# The processes running in the root (chroot's children: their root is $root).
debian_root_processes() {
    local proc
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && echo "${proc#/proc/}"
    done
    return 0
}

debian_root_finished=""
debian_root_done() { debian_root_finished=1; }

debian_root_cleanup() {
    local code=$? i pids
    [ "$code" -eq 0 ] && [ -z "$debian_root_finished" ] && code=1
    # If the script was killed while a command ran in the root, that command is still running:
    # it ends first, or it would go on writing into the root while it is deleted.
    if [ -n "${root:-}" ]; then
        for i in 1 2 3 4 5; do
            pids=$(debian_root_processes)
            [ -z "$pids" ] && break
            # shellcheck disable=SC2086  # one process id a word
            kill -KILL $pids 2>/dev/null
            sleep 1
        done
    fi
    # Unmount, newest first, before deleting (the namespace would drop them anyway); never
    # cross into another file system while deleting.
    for ((i = ${#debian_root_mounts[@]} - 1; i >= 0; i--)); do
        mountpoint -q "${debian_root_mounts[i]}" 2>/dev/null && umount -R -l "${debian_root_mounts[i]}"
    done
    [ -n "${work:-}" ] && rm -rf --one-file-system "$work"
    if [ "$code" -eq 0 ]; then
        echo "$me: OK in $((SECONDS - debian_root_started)) s"
    else
        echo "$me: FAILED (exit $code) after $((SECONDS - debian_root_started)) s; the root is deleted" >&2
    fi
}

debian_root_mount() {  # $1: a folder here, $2: where it goes inside the root
    mkdir -p "$1" "$2"
    mount --bind "$1" "$2"
    debian_root_mounts+=("$2")
}

debian_root_make() {
    command -v mmdebstrap >/dev/null || bash resources/scripts/apt-install.sh mmdebstrap
    local mirror security sources tarball apt_cache
    mirror=$(debian_root_apt_uri bookworm)
    mirror=${mirror:-http://deb.debian.org/debian}
    security=$(debian_root_apt_uri bookworm-security)
    sources=("deb $mirror bookworm main" "deb $mirror bookworm-updates main")
    [ -n "$security" ] && sources+=("deb $security bookworm-security main")

    # (Named when only fresh-root.sh used them; the names stay, so existing caches stay good.)
    tarball="$debian_root_cache/fresh-root-bookworm-apt-amd64.tar"
    apt_cache="$debian_root_cache/fresh-root-apt-archives"
    mkdir -p "$apt_cache/partial"

    work=$(mktemp -d /tmp/giftdesk-debian-root.XXXXXX)
    root="$work/root"

    if [ -s "$tarball" ] && [ -z "${GIFTDESK_FRESH_ROOT_REFRESH:-}" ]; then
        step "a fresh Debian 12 root from the cached $tarball"
    else
        step "a fresh Debian 12 root with mmdebstrap (variant apt) from ${sources[*]}"
        rm -rf "$tarball.part"
        mmdebstrap --mode=root --variant=apt --format=tar --architectures=amd64 bookworm \
            "$tarball.part" "${sources[@]}" || fail "mmdebstrap could not make the root"
        mv "$tarball.part" "$tarball"
    fi
    mkdir "$root"
    tar -C "$root" -xf "$tarball"
    grep -q '^VERSION_ID="12"' "$root/etc/os-release" || fail "the root is not Debian 12"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$root/proc"
    debian_root_mounts+=("$root/proc")
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    debian_root_mounts+=("$root/dev")
    debian_root_mount "$apt_cache" "$root/var/cache/apt/archives"
}

in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

apt_in_root() { in_root apt-get -q -y -o Dpkg::Use-Pty=0 "$@"; }
