#!/usr/bin/env bash
# `exec CTR true` into a running container: skiff vs podman, rootful, on
# this machine in one run. podman runs inside a private mount namespace
# that hides the hybrid cgroup2 mount from crun (lib.sh's in_hidden); the
# wrapper's own cost is measured and subtracted.
#
#   bench/exec.sh          (RUNS=50 by default)
source "$(dirname "$0")/lib.sh"
need_root
RUNS=${RUNS:-50}
build_skiff
FIX=$(fixtures)
WORK=$(mktemp -d /tmp/skiff-bench-exec.XXXXXX)
RUNDIR=$(mktemp -d /run/skiff-bench-exec.XXXXXX)
SK="$SKIFF --root $WORK/skiff-root --runroot $RUNDIR/skiff"
PM="podman --root $WORK/pm-root --runroot $RUNDIR/pm --cgroup-manager cgroupfs"
LIMITS="--ulimit nofile=20000:20000 --ulimit nproc=20000:20000"
hidden_setup
cleanup() {
    $SK rm -f benchexec >/dev/null 2>&1 || true
    in_hidden $PM rm -f -t 0 benchexec >/dev/null 2>&1 || true
    rm -rf "$WORK" "$RUNDIR"
}
trap cleanup EXIT

$SK load -q -i "$FIX/busybox.tar" >/dev/null
$SK run -d --name benchexec busybox sleep 3600 >/dev/null
in_hidden bash -c "
    $PM load -q -i $FIX/busybox.tar >/dev/null 2>&1
    $PM run -d --name benchexec --network none $LIMITS busybox sleep 3600 >/dev/null"

hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$WORK/h.json" \
    "$SK exec benchexec true" \
    "$HIDDEN true" \
    "$HIDDEN $PM exec benchexec true" >/dev/null
python3 - "$WORK/h.json" "$RUNS" <<'EOP'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
skiff, wrap, podman = (x["mean"] * 1000 for x in r)
podman -= wrap
print(f"exec CTR true, mean of {sys.argv[2]} runs (ms); podman minus its {wrap:.1f} ms wrapper")
print(f"skiff exec   {skiff:8.1f}")
print(f"podman exec  {podman:8.1f}")
print(f"podman/skiff {podman / skiff:8.1f}x")
EOP
