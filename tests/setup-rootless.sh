#!/usr/bin/env bash
# Create the unprivileged user that rootless integration tests run as, with
# subordinate ID ranges. Idempotent; needs root.
#
#   tests/setup-rootless.sh [USER]     (default: skiff-test)
set -euo pipefail
user=${1:-skiff-test}
if [ "$(id -u)" != 0 ]; then
    echo "setup-rootless.sh: needs root" >&2
    exit 1
fi
if ! id "$user" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/bash "$user"
fi
uid=$(id -u "$user")
# 65536 IDs per user, placed after any ranges that exist already.
for f in /etc/subuid /etc/subgid; do
    touch "$f"
    if ! grep -q "^$user:" "$f"; then
        start=$(awk -F: 'BEGIN{m=100000} {e=$2+$3; if (e>m) m=e} END{print m}' "$f")
        echo "$user:$start:65536" >> "$f"
    fi
done
# A runtime directory as systemd-logind would make it.
install -d -m 0700 -o "$user" -g "$user" "/run/user/$uid"
# A second user without subordinate ranges (skiff maps only its own ID).
plain="$user-noid"
if ! id "$plain" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/bash "$plain"
fi
sed -i "/^$plain:/d" /etc/subuid /etc/subgid
install -d -m 0700 -o "$plain" -g "$plain" "/run/user/$(id -u "$plain")"
# Rootless networking (pasta, slirp4netns) opens /dev/net/tun. Ordinary
# distributions ship it 0666; these machines have 0600.
if [ -c /dev/net/tun ] && [ "$(stat -c %a /dev/net/tun)" != 666 ]; then
    chmod 0666 /dev/net/tun
    echo "setup-rootless.sh: made /dev/net/tun usable by all users (mode 0666, as on stock distributions)"
fi
echo "$user uid=$uid $(grep "^$user:" /etc/subuid) $(grep "^$user:" /etc/subgid)"
