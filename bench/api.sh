#!/usr/bin/env bash
# The Docker Engine API: docker's own client (Debian's docker.io 20.10,
# extracted, never installed) against `skiff system service` and against
# `podman system service`, rootful, on this machine in one run:
#   docker run --rm --network none busybox true   (target: skiff >= 10x)
#   docker ps -a with 200 containers vs skiff ps -a (target: within 2x)
#
# docker's client itself (a Go binary) takes ~30 ms to start here before it
# sends anything: that time, measured as `docker --version`, is printed
# and the ratios are given with and without it.
#
#   bench/api.sh          (RUNS=20 by default)
RUNS=${RUNS:-20}
source "$(dirname "$0")/lib.sh"
need_root
build_skiff
compare_setup api

# docker's client, out of the package (as .ci/run does).
DOCKER=/var/cache/skiff-ci/docker/usr/bin/docker
if [ ! -x "$DOCKER" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download -q docker.io >/dev/null)
    mkdir -p /var/cache/skiff-ci/docker
    dpkg-deb -x "$tmp"/docker.io_*.deb /var/cache/skiff-ci/docker
    rm -rf "$tmp"
fi
mkdir -p "$WORK/dhome"

$SK system service --time 0 "unix://$WORK/skiff.sock" >/dev/null 2>&1 &
SKIFF_SVC=$!
in_hidden $PM system service --time 0 "unix://$WORK/podman.sock" >/dev/null 2>&1 &
PODMAN_SVC=$!
extra_cleanup() {
    kill "$SKIFF_SVC" "$PODMAN_SVC" 2>/dev/null || true
    wait "$SKIFF_SVC" "$PODMAN_SVC" 2>/dev/null || true
}
for s in skiff podman; do
    for _ in $(seq 100); do [ -S "$WORK/$s.sock" ] && break; sleep 0.1; done
done
D_SKIFF="env HOME=$WORK/dhome DOCKER_HOST=unix://$WORK/skiff.sock $DOCKER"
D_PODMAN="env HOME=$WORK/dhome DOCKER_HOST=unix://$WORK/podman.sock $DOCKER"
# Both answer before timing starts.
$D_SKIFF run --rm --network none busybox true
$D_PODMAN run --rm --network none $LIMITS busybox true

client=$(hf client "$D_SKIFF --version")
skiff_run=$(hf skiff-run "$D_SKIFF run --rm --network none busybox true")
podman_run=$(hf podman-run "$D_PODMAN run --rm --network none $LIMITS busybox true")
echo "docker's client alone (docker --version): $client ms"
echo "docker run --rm --network none busybox true, mean of $RUNS runs (ms)"
printf "%-28s %8s\n" "through skiff's service" "$skiff_run"
printf "%-28s %8s\n" "through podman's service" "$podman_run"
echo "podman/skiff: $(ratio "$podman_run" "$skiff_run")x;" \
    "without the client's own start: $(ratio "$(sub "$podman_run" "$client")" "$(sub "$skiff_run" "$client")")x"

for _ in $(seq 200); do $SK create --network none busybox true >/dev/null; done
ps_api=$(hf ps-api "$D_SKIFF ps -a")
ps_cli=$(hf ps-cli "$SK ps -a")
echo "ps -a with 200 containers, mean of $RUNS runs (ms)"
printf "%-28s %8s\n" "docker ps -a (skiff service)" "$ps_api"
printf "%-28s %8s\n" "skiff ps -a" "$ps_cli"
echo "docker/skiff: $(ratio "$ps_api" "$ps_cli")x;" \
    "without the client's own start: $(ratio "$(sub "$ps_api" "$client")" "$ps_cli")x"
$SK rm -a -f >/dev/null
