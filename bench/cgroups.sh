#!/usr/bin/env bash
# What a container's cgroup costs, and `stats` against podman's:
#  - `run --rm --network none busybox true` with --cgroups=disabled, with
#    the default cgroup (every v1 hierarchy, or the v2 cgroup), and with
#    limits (--memory, --cpus, --pids-limit) written;
#  - `stats --no-stream` over N running containers (default 50), skiff vs
#    rootful podman (cgroupfs, in lib.sh's wrapper that hides the hybrid
#    cgroup2 mount from crun), in one run on this machine.
#
#   bench/cgroups.sh          (RUNS=30, STATS_CONTAINERS=50 by default)
#   bench/cgroups.sh --guest  the setup cost in the cgroup v2 guest
#                             (scripts/vm/run-in-guest.sh; emulated, so the
#                             figures are 10-35x the host's: compare them
#                             with each other)
RUNS=${RUNS:-30} # before lib.sh, whose default is 5
source "$(dirname "$0")/lib.sh"
need_root

if [ "${1:-}" = --guest ]; then
    build_skiff
    share=$(mktemp -d /tmp/skiff-bench-guest.XXXXXX)
    trap 'rm -rf "$share"' EXIT
    cp "$(fixtures)/busybox.tar" "$share/"
    cat > "$share/in-guest.sh" <<EOS
set -e
S="$SKIFF --root /var/lib/skiff-guest-store/root --runroot /run/skiff-bench"
\$S load -q -i $share/busybox.tar >/dev/null
hyperfine -N --warmup 3 --runs $RUNS --export-json $share/g.json \\
    "\$S run --rm --network none --cgroups disabled busybox true" \\
    "\$S run --rm --network none busybox true" \\
    "\$S run --rm --network none --memory 64m --cpus 1 --pids-limit 100 busybox true" >/dev/null
EOS
    "$PROJECT/scripts/vm/run-in-guest.sh" -t 900 -m 2048 -c 2 "$share" "bash $share/in-guest.sh"
    python3 - "$share/g.json" <<'EOS'
import json, sys
r = [x["mean"] * 1000 for x in json.load(open(sys.argv[1]))["results"]]
print("cgroup v2 guest (emulated): run --rm --network none busybox true, mean (ms)")
for name, v in zip(["--cgroups disabled", "its cgroup", "cgroup + 3 limits"], r):
    print("%-34s %8.1f" % (name, v))
print("cgroup setup costs:          %.1f ms" % (r[1] - r[0]))
print("with limits written:         %.1f ms" % (r[2] - r[0]))
EOS
    exit 0
fi
N=${STATS_CONTAINERS:-50}
build_skiff
compare_setup cgroups

extra_cleanup() {
    $SK rm -af -t 0 >/dev/null 2>&1 || true
    in_hidden $PM rm -af -t 0 >/dev/null 2>&1 || true
}

none_ms=$(hf none "$SK run --rm --network none --cgroups disabled busybox true")
cg_ms=$(hf cg "$SK run --rm --network none busybox true")
lim_ms=$(hf lim "$SK run --rm --network none --memory 64m --cpus 1 --pids-limit 100 busybox true")

for _ in $(seq "$N"); do
    $SK run -d --network none busybox sleep 600 >/dev/null
    in_hidden $PM run -d --network none $LIMITS busybox sleep 600 >/dev/null 2>&1
done
running=$(in_hidden $PM ps -q | wc -l)
skiff_stats=$(hf sstats "$SK stats --no-stream")
podman_stats=$(hf pstats "$HIDDEN $PM stats --no-stream")
hidden_overhead=$(hf hidden "$HIDDEN true")
podman_net=$(sub "$podman_stats" "$hidden_overhead")

echo "run --rm --network none busybox true, mean of $RUNS runs (ms)"
printf "%-34s %8s\n" "skiff --cgroups disabled" "$none_ms"
printf "%-34s %8s\n" "skiff, its cgroup" "$cg_ms"
printf "%-34s %8s\n" "skiff, cgroup + 3 limits" "$lim_ms"
echo "cgroup setup costs:          $(sub "$cg_ms" "$none_ms") ms"
echo "with limits written:         $(sub "$lim_ms" "$none_ms") ms"
echo
echo "stats --no-stream, $N running containers (podman: $running running), mean of $RUNS runs (ms)"
echo "(the wrapper, ${hidden_overhead} ms, is subtracted from podman's)"
printf "%-34s %8s\n" "skiff" "$skiff_stats"
printf "%-34s %8s\n" "podman" "$podman_net"
echo "podman/skiff:                $(ratio "$podman_net" "$skiff_stats")x"
