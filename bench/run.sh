#!/usr/bin/env bash
# `run --rm busybox true`: skiff vs podman (rootful and rootless) vs crun
# running an OCI bundle of the same rootfs, all with no network, on this
# machine in one run; then the resident memory of skiff's per-container
# monitor vs podman's conmon for a detached container.
#
#   bench/run.sh          (RUNS=30 by default)
#
# The podman and crun runs are wrapped as lib.sh's compare_setup explains.
source "$(dirname "$0")/lib.sh"
need_root
RUNS=${RUNS:-30}
build_skiff
compare_setup run

# An OCI bundle over the same rootfs for crun.
mkdir -p "$WORK/bundle/rootfs"
tar -xOf "$WORK/busybox.tar" --wildcards '*/layer.tar' | tar -x -C "$WORK/bundle/rootfs"
(cd "$WORK/bundle" && crun spec && python3 - <<'EOF'
import json
c = json.load(open("config.json"))
c["process"]["terminal"] = False
c["process"]["args"] = ["true"]
c["process"].pop("rlimits", None)
json.dump(c, open("config.json", "w"))
EOF
)

skiff_ms=$(hf skiff "$SK run --rm --network none busybox true")
skiffu_ms=$(hf skiffu "$AS_USER $SKU run --rm --network none busybox true")
user_overhead=$(hf runuser "runuser -u $USER_NAME -- true")
crun_ms=$(hf crun "$HIDDEN crun --cgroup-manager=disabled --root $WORK/crun-state run -b $WORK/bundle bench")
hidden_overhead=$(hf hidden "$HIDDEN true")
podman_ms=$(hf podman "$HIDDEN $PM run --rm --network none $LIMITS busybox true")
podmanu_ms=$(hf podmanu "$HIDDEN $AS_USER $PMU run --rm --network none busybox true")

crun_net=$(sub "$crun_ms" "$hidden_overhead")
podman_net=$(sub "$podman_ms" "$hidden_overhead")
podmanu_net=$(sub "$(sub "$podmanu_ms" "$hidden_overhead")" "$user_overhead")
skiffu_net=$(sub "$skiffu_ms" "$user_overhead")

echo "run --rm --network none busybox true, mean of $RUNS runs (ms)"
echo "(the unshare+tmpfs wrapper, ${hidden_overhead} ms, and runuser, ${user_overhead} ms, are subtracted)"
printf "%-22s %8s\n" "skiff rootful" "$skiff_ms"
printf "%-22s %8s\n" "skiff rootless" "$skiffu_net"
printf "%-22s %8s\n" "crun (OCI bundle)" "$crun_net"
printf "%-22s %8s\n" "podman rootful" "$podman_net"
printf "%-22s %8s\n" "podman rootless" "$podmanu_net"
echo "podman/skiff rootful:   $(ratio "$podman_net" "$skiff_ms")x"
echo "podman/skiff rootless:  $(ratio "$podmanu_net" "$skiffu_net")x"
echo "skiff/crun:             $(ratio "$skiff_ms" "$crun_net")x"

# Memory per container: skiff's monitor vs podman's conmon, for N detached
# `sleep` containers (Pss splits the pages they share).
N=${MEM_CONTAINERS:-10}
pss_sum() { local t=0; for p in "$@"; do t=$((t + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup"))); done; echo $t; }
ids=(); mons=()
for _ in $(seq "$N"); do ids+=("$($SK run -d --network none busybox sleep 300)"); done
for id in "${ids[@]}"; do
    mons+=("$(python3 -c "import json;print(json.load(open('$WORK/skiff-root/containers/$id/state.json'))['monitor_pid'])")")
done
skiff_pss=$(pss_sum "${mons[@]}")
$SK rm -f "${ids[@]}" >/dev/null
conmon_pss=$(in_hidden bash -c "
    pids=()
    for _ in \$(seq $N); do cid=\$($PM run -d --network none $LIMITS busybox sleep 300); pids+=(\$($PM inspect --format '{{.State.ConmonPid}}' \$cid)); done
    t=0; for p in \${pids[@]}; do t=\$((t + \$(awk '/^Pss:/ {print \$2}' /proc/\$p/smaps_rollup))); done
    $PM rm -f -t 0 -a >/dev/null 2>&1
    echo \$t
")
echo "memory per running container (Pss, $N detached containers):"
echo "  skiff monitor: $((skiff_pss / N)) KiB"
echo "  podman conmon: $((conmon_pss / N)) KiB"
