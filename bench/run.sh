#!/usr/bin/env bash
# `run --rm busybox true`: skiff vs podman (rootful and rootless) vs crun
# running an OCI bundle of the same rootfs, all with no network, on this
# machine in one run; then the resident memory of skiff's per-container
# monitor vs podman's conmon for a detached container.
#
#   sudo bench/run.sh          (RUNS=30 by default)
#
# crun refuses hosts whose cgroup2 mount has controllers while v1 holds the
# rest (hybrid, as these machines). podman, crun and the rootless podman
# therefore run inside a private mount namespace where an empty tmpfs
# hides /sys/fs/cgroup/unified; the machine's own mounts are not touched.
# podman is given --ulimit nofile/nproc within this machine's hard limit
# (its default of 1048576 fails without CAP_SYS_RESOURCE).
source "$(dirname "$0")/lib.sh"
need_root
RUNS=${RUNS:-30}
build_skiff
FIX=$(fixtures)
USER_NAME=${BENCH_USER:-skiff-test}
bash "$PROJECT/tests/setup-rootless.sh" "$USER_NAME" >/dev/null
UID_=$(id -u "$USER_NAME")
WORK=$(mktemp -d /tmp/skiff-bench-run.XXXXXX)
chmod 755 "$WORK"
cleanup() {
    # Stop podman's rootless pause process (started for the user by this
    # script), then remove the stores.
    for f in "/run/user/$UID_/libpod/tmp/pause.pid"; do
        [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
    done
    kill_skiff_holder "/run/user/$UID_/skiff-bench"
    rm -rf "$WORK" "$RUNDIR" "/run/user/$UID_/skiff-bench" 2>/dev/null || true
}
trap cleanup EXIT
cp "$FIX/busybox.tar" "$WORK/busybox.tar"
chmod 644 "$WORK/busybox.tar"
cp "$SKIFF" "$WORK/skiff"
chmod 755 "$WORK/skiff"
# Runtime state on tmpfs, as on an installed system (/run/skiff, /run/containers).
RUNDIR=$(mktemp -d /run/skiff-bench.XXXXXX)
SK="$WORK/skiff --root $WORK/skiff-root --runroot $RUNDIR/skiff"
SKU="$WORK/skiff --root $WORK/skiff-user-root --runroot /run/user/$UID_/skiff-bench"
PM="podman --root $WORK/pm-root --runroot $RUNDIR/pm --cgroup-manager cgroupfs"
PMU="podman --root $WORK/pmu-root --runroot /run/user/$UID_/pmu"
LIMITS="--ulimit nofile=20000:20000 --ulimit nproc=20000:20000"
as_user() { runuser -u "$USER_NAME" -- env HOME="$(getent passwd "$USER_NAME" | cut -d: -f6)" XDG_RUNTIME_DIR="/run/user/$UID_" "$@"; }

install -d -o "$USER_NAME" -g "$(id -g "$USER_NAME")" "$WORK/skiff-user-root" "$WORK/pmu-root"
$SK load -q -i "$WORK/busybox.tar" >/dev/null
as_user $SKU load -q -i "$WORK/busybox.tar" >/dev/null
$PM load -q -i "$WORK/busybox.tar" >/dev/null 2>&1

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

cat > "$WORK/hidden-cgroup2.sh" <<EOF
#!/bin/bash
# Runs inside: unshare -m; hide the hybrid cgroup2 mount from crun.
mount -t tmpfs none /sys/fs/cgroup/unified
exec "\$@"
EOF
chmod 755 "$WORK/hidden-cgroup2.sh"

# podman's rootless pause process must be born inside the wrapper, or later
# runs join its namespaces, where crun sees the hybrid cgroup mount.
unshare -m --propagation private "$WORK/hidden-cgroup2.sh" \
    runuser -u "$USER_NAME" -- env XDG_RUNTIME_DIR="/run/user/$UID_" $PMU load -q -i "$WORK/busybox.tar" >/dev/null 2>&1

hf() { # name command...: mean milliseconds
    local name=$1; shift
    hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$WORK/$name.json" "$@" >/dev/null 2>&1 || { echo "n/a"; return; }
    python3 -c "import json;print('%.1f' % (json.load(open('$WORK/$name.json'))['results'][0]['mean']*1000))"
}

skiff_ms=$(hf skiff "$SK run --rm --network none busybox true")
skiffu_ms=$(hf skiffu "runuser -u $USER_NAME -- env XDG_RUNTIME_DIR=/run/user/$UID_ $SKU run --rm --network none busybox true")
user_overhead=$(hf runuser "runuser -u $USER_NAME -- true")
crun_ms=$(hf crun "unshare -m --propagation private $WORK/hidden-cgroup2.sh crun --cgroup-manager=disabled --root $WORK/crun-state run -b $WORK/bundle bench")
hidden_overhead=$(hf hidden "unshare -m --propagation private $WORK/hidden-cgroup2.sh true")
podman_ms=$(hf podman "unshare -m --propagation private $WORK/hidden-cgroup2.sh $PM run --rm --network none $LIMITS busybox true")
podmanu_ms=$(hf podmanu "unshare -m --propagation private $WORK/hidden-cgroup2.sh runuser -u $USER_NAME -- env XDG_RUNTIME_DIR=/run/user/$UID_ $PMU run --rm --network none busybox true")

sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a - b }'; }
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
conmon_pss=$(unshare -m --propagation private "$WORK/hidden-cgroup2.sh" bash -c "
    pids=()
    for _ in \$(seq $N); do cid=\$($PM run -d --network none $LIMITS busybox sleep 300); pids+=(\$($PM inspect --format '{{.State.ConmonPid}}' \$cid)); done
    t=0; for p in \${pids[@]}; do t=\$((t + \$(awk '/^Pss:/ {print \$2}' /proc/\$p/smaps_rollup))); done
    $PM rm -f -t 0 -a >/dev/null 2>&1
    echo \$t
")
echo "memory per running container (Pss, $N detached containers):"
echo "  skiff monitor: $((skiff_pss / N)) KiB"
echo "  podman conmon: $((conmon_pss / N)) KiB"
