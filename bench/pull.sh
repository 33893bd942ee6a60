#!/usr/bin/env bash
# skiff pull vs podman pull of the Debian minbase image from a local
# registry (Debian's docker-registry on 127.0.0.1, pushed there gzipped by
# skopeo), and the floor: `gzip -dc` of the layer to /dev/null plus GNU tar
# extracting the uncompressed layer (the issue's definition), and for
# reference the two as one pipeline. Every measurement gets a fresh ext4
# file system; a second table repeats it on tmpfs, where only CPU counts.
#
#   bench/pull.sh            (RUNS=5 by default)
source "$(dirname "$0")/lib.sh"
need_root
build_skiff
command -v docker-registry >/dev/null || { echo "needs docker-registry" >&2; exit 1; }
command -v skopeo >/dev/null || { echo "needs skopeo" >&2; exit 1; }
FIX=$(fixtures --minbase)
WORK=$(mktemp -d /var/tmp/skiff-bench-pull.XXXXXX)
MNT=/var/tmp/skiff-bench-mnt
REG_PID=
cleanup() {
    [ -n "$REG_PID" ] && kill "$REG_PID" 2>/dev/null && wait "$REG_PID" 2>/dev/null
    mountpoint -q "$MNT" && drop_fs "$MNT"
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$WORK/config.yml" <<EOF
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $WORK/data
http:
  addr: 127.0.0.1:$PORT
EOF
docker-registry serve "$WORK/config.yml" >"$WORK/registry.log" 2>&1 &
REG_PID=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/v2/" >/dev/null && break; sleep 0.1; done
IMAGE=127.0.0.1:$PORT/bench/minbase:latest
skopeo copy -q --dest-tls-verify=false "docker-archive:$FIX/minbase.tar" "docker://$IMAGE"

# The layer as the registry serves it, and uncompressed.
MANIFEST=$(curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://127.0.0.1:$PORT/v2/bench/minbase/manifests/latest")
LAYER_DIGEST=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["layers"][0]["digest"])' "$MANIFEST")
LAYER_HEX=${LAYER_DIGEST#sha256:}
GZ="$WORK/data/docker/registry/v2/blobs/sha256/${LAYER_HEX:0:2}/$LAYER_HEX/data"
gzip -dc "$GZ" > "$WORK/layer.tar"

run_on() { # kind tool -> ms
    local kind=$1 tool=$2 t0 t1 t2
    if [ "$kind" = ext4 ]; then fresh_fs "$MNT"; else mkdir -p "$MNT"; mount -t tmpfs -o size=4g tmpfs "$MNT"; fi
    sync
    t0=$(now_ms)
    case $tool in
        skiff) "$SKIFF" --root "$MNT/root" --runroot "$MNT/run" pull -q "$IMAGE" >/dev/null ;;
        podman) podman --root "$MNT/root" --runroot "$MNT/run" --storage-driver overlay \
            pull -q --tls-verify=false "$IMAGE" >/dev/null ;;
        floor)
            gzip -dc "$GZ" > /dev/null
            t1=$(now_ms)
            mkdir "$MNT/x"
            t2=$(now_ms)
            tar -xf "$WORK/layer.tar" -C "$MNT/x"
            ;;
        pipe) mkdir "$MNT/x" && gzip -dc "$GZ" | tar -x -C "$MNT/x" ;;
    esac
    t1_end=$(now_ms)
    drop_fs "$MNT"
    if [ "$tool" = floor ]; then
        echo $(( (t1 - t0) + (t1_end - t2) ))
    else
        echo $((t1_end - t0))
    fi
}

echo "pull of Debian minbase ($(du -h "$GZ" | cut -f1) gzipped, $(du -h "$WORK/layer.tar" | cut -f1) tar) from a local registry, median of $RUNS runs"
printf "%-6s %9s %9s %9s %9s %13s %12s %12s\n" fs skiff podman floor pipe "podman/skiff" "skiff/floor" "skiff/pipe"
for kind in ext4 tmpfs; do
    declare -A t=()
    for tool in skiff podman floor pipe; do
        t[$tool]=$(for _ in $(seq "$RUNS"); do run_on "$kind" "$tool"; done | median)
    done
    printf "%-6s %7sms %7sms %7sms %7sms %13s %12s %12s\n" "$kind" "${t[skiff]}" "${t[podman]}" "${t[floor]}" "${t[pipe]}" \
        "$(ratio "${t[podman]}" "${t[skiff]}")" "$(ratio "${t[skiff]}" "${t[floor]}")" "$(ratio "${t[skiff]}" "${t[pipe]}")"
done
