#!/usr/bin/env bash
# Install the Debian packages named as arguments (the callers pass only the missing ones),
# with sudo when not root. Shared by setup.sh and packaging/ci-smoke.sh.
set -euo pipefail
[ "$#" -gt 0 ] || exit 0
echo "apt-install: installing Debian packages: $*"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@"
