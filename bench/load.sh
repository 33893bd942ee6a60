#!/usr/bin/env bash
# skiff load vs podman load of the Debian minbase docker-archive, and the
# floor (extracting the bare layer with GNU tar), on the same machine in
# one run. Each measurement gets a fresh ext4 file system; a second table
# repeats it on tmpfs, where only CPU work counts.
#
#   bench/load.sh            (RUNS=5 by default)
source "$(dirname "$0")/lib.sh"
need_root
build_skiff
FIX=$(fixtures --minbase)
ARCHIVE=$FIX/minbase.tar
LAYER=$(mktemp /var/tmp/minbase-layer.XXXXXX)
trap 'rm -f "$LAYER"' EXIT
tar -xOf "$ARCHIVE" --wildcards '*/layer.tar' > "$LAYER"
MNT=/var/tmp/skiff-bench-mnt

run_on() { # kind tool -> ms
    local kind=$1 tool=$2 t0 t1
    if [ "$kind" = ext4 ]; then fresh_fs "$MNT"; else mkdir -p "$MNT"; mount -t tmpfs -o size=4g tmpfs "$MNT"; fi
    sync
    t0=$(now_ms)
    case $tool in
        skiff) "$SKIFF" --root "$MNT/root" --runroot "$MNT/run" load -q -i "$ARCHIVE" ;;
        podman) podman --root "$MNT/root" --runroot "$MNT/run" --storage-driver overlay load -q -i "$ARCHIVE" >/dev/null ;;
        floor) mkdir "$MNT/x" && tar -xf "$LAYER" -C "$MNT/x" ;;
    esac
    t1=$(now_ms)
    drop_fs "$MNT"
    echo $((t1 - t0))
}

echo "load of $(du -h "$ARCHIVE" | cut -f1) Debian minbase archive, median of $RUNS runs"
printf "%-6s %10s %10s %10s %14s %14s\n" fs skiff podman "tar floor" "podman/skiff" "skiff/floor"
for kind in ext4 tmpfs; do
    declare -A t=()
    for tool in skiff podman floor; do
        t[$tool]=$(for _ in $(seq "$RUNS"); do run_on "$kind" "$tool"; done | median)
    done
    printf "%-6s %8sms %8sms %8sms %14s %14s\n" "$kind" "${t[skiff]}" "${t[podman]}" "${t[floor]}" \
        "$(ratio "${t[podman]}" "${t[skiff]}")" "$(ratio "${t[skiff]}" "${t[floor]}")"
done
