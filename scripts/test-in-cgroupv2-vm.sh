#!/usr/bin/env bash
# Run integration test binaries inside a throwaway pure cgroup v2 guest:
# these machines have hybrid cgroups, so the v2 paths (cgroup.freeze,
# rootless pause with a delegated cgroup, cgroup namespaces on v2) can
# only be exercised there. Uses the VM runner of the machines' shared
# tools (run-in-cgroupv2-vm.sh: Debian's 6.1 kernel under QEMU, the host's
# / read-only with a tmpfs on top, loopback only).
#
#   scripts/test-in-cgroupv2-vm.sh                 # run, running, volumes
#   scripts/test-in-cgroupv2-vm.sh running pause   # one binary, a filter
#
# The guest runs every test as root and, through the test harness, as the
# rootless test user; the guest's test process sits in a cgroup owned by
# that user (delegation, as systemd gives a user session). The guest is
# emulated (10-35x slower): a suite takes minutes.
#
# Known differences from a real host: the guest has no network interface
# (rootless containers default to slirp4netns there, and explicit
# `--network pasta` fails: "External interface not usable"), and container
# storage is on tmpfs, which on 6.1 has no user.* xattrs, so a rootless
# overlay cannot delete a directory of the image (EIO): the rootless
# `diff_lists_changes` fails there and only there.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
vm=${CGV2VM_SCRIPT:-$project/../shared/vm/run-in-cgroupv2-vm.sh}
if [ ! -x "$vm" ]; then
    echo "$0: no VM runner at $vm (set CGV2VM_SCRIPT)" >&2
    exit 2
fi
user=${SKIFF_TEST_USER:-skiff-test}
uid=$(id -u "$user")
bash tests/setup-rootless.sh "$user" >/dev/null
bash tests/fixtures/build.sh >/dev/null

tests=${1:-"run running volumes"}
filter=${2:-}
bins=()
for t in $tests; do
    bin=$(cargo test --test "$t" --no-run --message-format=json 2>/dev/null |
        python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["kind"] == ["test"]:
        print(m["executable"])' | tail -1)
    [ -n "$bin" ] || { echo "$0: no test binary for $t" >&2; exit 2; }
    bins+=("$bin")
done

share=$(mktemp -d /tmp/skiff-cgv2.XXXXXX)
trap 'rm -rf "$share"' EXIT
{
    echo 'set -u'
    echo '# A cgroup the test user owns, with this shell in it (delegation).'
    echo 'mkdir -p /sys/fs/cgroup/skiff-tests'
    echo "chown -R $uid:$uid /sys/fs/cgroup/skiff-tests"
    echo 'echo $$ > /sys/fs/cgroup/skiff-tests/cgroup.procs'
    echo 'mkdir -p /dev/net; [ -e /dev/net/tun ] || mknod /dev/net/tun c 10 200; chmod 0666 /dev/net/tun'
    echo "cd '$project'"
    echo 'failed=0'
    for b in "${bins[@]}"; do
        echo "'$b' $filter --test-threads=2 || failed=\$((failed+1))"
    done
    echo 'exit $failed'
} > "$share/suite.sh"
status=0
"$vm" -t 3000 -m 3072 -c 2 "$share" "sh $share/suite.sh" || status=$?
exit $status
