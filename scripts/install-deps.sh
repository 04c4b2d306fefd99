#!/usr/bin/env bash
# Installs the system packages nbrun needs to build, when they are missing.
# Uses apt-get when run as root (as on CI and a fresh Debian machine); otherwise
# says what to install. Extra package names may be passed as arguments.
set -euo pipefail

needed=(libcmark-dev pkg-config "$@")
missing=()
for package in "${needed[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "installing: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "error: missing system packages: ${missing[*]}" >&2
    echo "       run: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
