#!/usr/bin/env bash
# Networking costs, skiff vs podman on this machine in one run:
#  1. start-up cost of a network: `run --rm busybox true` with the default
#     network (rootful: bridge; rootless: pasta) minus the same with
#     `--network none` (target: under 5 ms for skiff's bridge);
#  2. TCP throughput from the host to a published port: a busybox `nc -l`
#     in the container reads 1 GiB that a Python sender on the host writes
#     to 127.0.0.1:PORT (DNAT rootful, pasta rootless).
# podman runs wrapped as lib.sh's compare_setup explains; the wrappers'
# overhead cancels out in the differences.
#
#   bench/network.sh        (RUNS=20 by default)
source "$(dirname "$0")/lib.sh"
need_root
RUNS=${RUNS:-20}
build_skiff
HAD_PODMAN1=$(ip link show podman1 >/dev/null 2>&1 && echo yes || echo no)
HAD_NETAVARK=$(iptables -t nat -S 2>/dev/null | grep -q NETAVARK && echo yes || echo no)
HAD_TABLES=$(nft list tables 2>/dev/null | grep -cE '^table ip (nat|filter)$' || true)
# netavark's iptables chains, when this bench made them: netavark cannot
# remove a container's DNAT rules either once the netns file is gone.
drop_netavark_chains() {
    local t rule chains c
    for t in nat filter; do
        iptables -t $t -S | grep -E -- '^-A (PREROUTING|INPUT|OUTPUT|POSTROUTING|FORWARD) .*NETAVARK' |
            sed 's/^-A /-D /' | while read -r rule; do eval "iptables -t $t $rule"; done
        chains=$(iptables -t $t -S | awk '$1 == "-N" && $2 ~ /^NETAVARK/ { print $2 }')
        for c in $chains; do iptables -t $t -F "$c"; done
        for c in $chains; do iptables -t $t -X "$c"; done
        # The iptables-nft table itself, if it came with them and is empty.
        if [ "$HAD_TABLES" = 0 ] && ! nft list table ip $t | grep -qE '^\s+(ip|tcp|udp|meta|counter|jump|masquerade|dnat|accept|drop)'; then
            nft delete table ip $t
        fi
    done
}
extra_cleanup() {
    in_hidden $PM network rm -f skiffbench >/dev/null 2>&1 || true
    # podman's containers run inside the wrapper's mount namespace, where
    # their netns files vanish with it, so netavark cannot tear down the
    # bridge it made for the bench network: remove it.
    [ "$HAD_PODMAN1" = no ] && ip link del podman1 2>/dev/null || true
    $SK rm -af >/dev/null 2>&1 || true
    as_user $SKU rm -af >/dev/null 2>&1 || true
    in_hidden $PM rm -af -t 0 >/dev/null 2>&1 || true
    in_hidden $AS_USER $PMU rm -af -t 0 >/dev/null 2>&1 || true
    [ "$HAD_NETAVARK" = no ] && drop_netavark_chains 2>/dev/null || true
}
compare_setup net
# podman's default network is 10.88.0.0/16 too (skiff0 has it): its own
# subnet, or the two bridges' routes collide.
# No aardvark-dns: it would outlive the bench (a daemon of its own).
in_hidden $PM network create --disable-dns --subnet 10.77.0.0/24 skiffbench >/dev/null
PMNET="--network skiffbench"

s_none=$(hf s_none "$SK run --rm --network none busybox true")
s_bridge=$(hf s_bridge "$SK run --rm busybox true")
su_none=$(hf su_none "$AS_USER $SKU run --rm --network none busybox true")
su_pasta=$(hf su_pasta "$AS_USER $SKU run --rm --network pasta busybox true")
su_slirp=$(hf su_slirp "$AS_USER $SKU run --rm --network slirp4netns busybox true")
p_none=$(hf p_none "$HIDDEN $PM run --rm --network none $LIMITS busybox true")
p_bridge=$(hf p_bridge "$HIDDEN $PM run --rm $PMNET $LIMITS busybox true")
pu_none=$(hf pu_none "$HIDDEN $AS_USER $PMU run --rm --network none busybox true")
# podman 4.3 (Debian 12) has no pasta mode: its rootless default is slirp4netns.
pu_slirp=$(hf pu_slirp "$HIDDEN $AS_USER $PMU run --rm --network slirp4netns busybox true")

echo "start-up, run --rm busybox true, mean of $RUNS runs (ms)"
printf "%-22s %10s %10s %12s\n" "" "none" "network" "network cost"
printf "%-22s %10s %10s %12s\n" "skiff rootful" "$s_none" "$s_bridge" "$(sub "$s_bridge" "$s_none")"
printf "%-22s %10s %10s %12s\n" "podman rootful" "$p_none" "$p_bridge" "$(sub "$p_bridge" "$p_none")"
printf "%-22s %10s %10s %12s\n" "skiff rootless pasta" "$su_none" "$su_pasta" "$(sub "$su_pasta" "$su_none")"
printf "%-22s %10s %10s %12s\n" "skiff rootless slirp" "$su_none" "$su_slirp" "$(sub "$su_slirp" "$su_none")"
printf "%-22s %10s %10s %12s\n" "podman rootless slirp" "$pu_none" "$pu_slirp" "$(sub "$pu_slirp" "$pu_none")"

# Throughput: 1 GiB from the host into a published port.
SEND=$WORK/send.py
cat > "$SEND" <<'EOS'
import socket, sys, time
port = int(sys.argv[1]); total = 1 << 30; buf = b"\0" * (1 << 20)
for _ in range(100):
    try:
        s = socket.create_connection(("127.0.0.1", port)); break
    except OSError:
        time.sleep(0.05)
t0 = time.monotonic(); sent = 0
while sent < total:
    s.sendall(buf); sent += len(buf)
s.shutdown(socket.SHUT_WR); s.recv(1); t1 = time.monotonic()
print("%.0f" % (total / (t1 - t0) / 1e6))
EOS
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
tput() { # runner... : MB/s (median of 3)
    local out=()
    for _ in 1 2 3; do
        local port; port=$(free_port)
        local cid
        cid=$("$@" run -d -p "127.0.0.1:$port:5001" busybox sh -c 'nc -l -p 5001 > /dev/null' 2>/dev/null) || { echo n/a; return; }
        sleep 0.3
        out+=("$(timeout 30 python3 "$SEND" "$port" || echo n/a)")
        "$@" rm -f "$cid" >/dev/null 2>&1 || true
    done
    if printf "%s\n" "${out[@]}" | grep -q n/a; then echo n/a; return; fi
    printf "%s\n" "${out[@]}" | median
}
sk() { $SK "$@"; }
sku() { as_user $SKU "$@"; }
pmr() { if [ "$1" = run ]; then shift; in_hidden $PM run $PMNET $LIMITS "$@"; else in_hidden $PM "$@"; fi; }
pmu() { if [ "$1" = run ]; then shift; in_hidden $AS_USER $PMU run --network slirp4netns "$@"; else in_hidden $AS_USER $PMU "$@"; fi; }
skus() { if [ "$1" = run ]; then shift; as_user $SKU run --network slirp4netns "$@"; else as_user $SKU "$@"; fi; }
echo "TCP throughput host -> published port (MB/s, median of 3 x 1 GiB)"
printf "%-22s %10s\n" "skiff rootful" "$(tput sk)"
printf "%-22s %10s\n" "podman rootful" "$(tput pmr)"
printf "%-22s %10s\n" "skiff rootless pasta" "$(tput sku)"
printf "%-22s %10s\n" "skiff rootless slirp" "$(tput skus)"
printf "%-22s %10s\n" "podman rootless slirp" "$(tput pmu)"
