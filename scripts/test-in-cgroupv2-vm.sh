#!/usr/bin/env bash
# Run integration test binaries inside a throwaway pure cgroup v2 guest:
# these machines have hybrid cgroups, so the v2 paths (cgroup.freeze, v2
# limits, rootless pause with a delegated cgroup, cgroup namespaces on v2)
# can only be exercised there. The guest comes from scripts/vm/run-in-guest.sh
# (Debian's kernel under QEMU, the host's / read-only with a tmpfs on top,
# loopback only).
#
#   scripts/test-in-cgroupv2-vm.sh                 # run running volumes cgroups
#   scripts/test-in-cgroupv2-vm.sh running pause   # one binary, a filter
#
# Needs root (the rootless test user, the VM's packages and kernel cache). The
# test binaries are built here (cargo test --no-run) and run in one guest, as
# root; the harness runs the rootless cases as ${SKIFF_TEST_USER:-skiff-test}.
# The cgroups are laid out as systemd delegates them: /sys/fs/cgroup/skiff-tests
# belongs to the test user (chown -R) with +cpuset +cpu +io +memory +pids in
# its cgroup.subtree_control, and the tests run in its leaf
# skiff-tests/runner (a process in skiff-tests itself would forbid enabling
# controllers there: no internal processes). A test binary that does not
# exist (no tests/NAME.rs) is skipped with a message.
#
# Exit status: the number of test binaries that failed (a binary that did not
# build, or did not finish because the guest died or timed out, counts as
# failed); 0 also when the guest cannot run at all (no QEMU, no kernel: e.g.
# apt has no network), after a line "cgroup v2 guest: SKIPPED: <reason>".
#
# The guest is emulated (10-35x slower): a suite takes minutes. Known
# differences from a real host: no network interface (rootless containers
# fall back to slirp4netns, and `--network pasta` fails: "External interface
# not usable"), and /tmp (where the harness keeps container storage) is a
# tmpfs, which on 6.1 has no user.* xattrs, so a rootless overlay cannot
# delete a directory of the image (EIO): the rootless `diff_lists_changes`
# fails there and only there.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
vm=$project/scripts/vm/run-in-guest.sh
say() { echo "cgroup v2 guest: $*"; }
skip() { say "SKIPPED: $*"; exit 0; }

tests=${1:-"run running volumes cgroups"}
filter=${2:-}
user=${SKIFF_TEST_USER:-skiff-test}

share=$(mktemp -d /tmp/skiff-cgv2.XXXXXX)
trap 'rm -rf "$share"' EXIT

if ! "$vm" --prepare 2>"$share/prepare.log"; then
    sed 's/^/  /' "$share/prepare.log" >&2
    skip "cannot prepare the VM (QEMU packages or the guest kernel)"
fi
bash tests/setup-rootless.sh "$user" >/dev/null
bash tests/fixtures/build.sh >/dev/null
uid=$(id -u "$user")
gid=$(id -g "$user")

names=() bins=() broken=()
for t in $tests; do
    if [ ! -f "tests/$t.rs" ] && [ ! -f "tests/$t/main.rs" ]; then
        say "no test binary $t (no tests/$t.rs): skipped"
        continue
    fi
    bin=$(cargo test --test "$t" --no-run --message-format=json 2>"$share/build.log" |
        python3 -c 'import json, sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["kind"] == ["test"]:
        print(m["executable"])' | tail -n 1) || true
    if [ -z "$bin" ]; then
        say "cannot build the test binary $t:"
        tail -n 30 "$share/build.log" | sed 's/^/  /'
        broken+=("$t")
        continue
    fi
    names+=("$t")
    bins+=("$bin")
done
if [ ${#bins[@]} = 0 ]; then
    [ ${#broken[@]} = 0 ] || { say "FAILED to build: ${broken[*]}"; exit ${#broken[@]}; }
    skip "none of the test binaries ($tests) exists"
fi
target=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')

read -ra words <<<"$filter" # libtest takes several filters
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
{
    echo 'set -u'
    echo "share=$(q "$share")"
    echo ': >"$share/started"'
    echo '# Delegation as systemd does it: the user owns skiff-tests, the tests run'
    echo '# in its leaf skiff-tests/runner.'
    echo 'cg=/sys/fs/cgroup/skiff-tests'
    echo 'if ! { mkdir "$cg" && echo "+cpuset +cpu +io +memory +pids" >"$cg/cgroup.subtree_control" &&'
    echo "    mkdir \"\$cg/runner\" && chown -R $uid:$gid \"\$cg\" && echo \$\$ >\"\$cg/runner/cgroup.procs\"; }; then"
    echo '    echo "cgroup v2 guest: cannot set up the delegated cgroup $cg" >&2; exit 1'
    echo 'fi'
    echo 'echo "cgroup v2 guest: $(uname -r), tests in cgroup $(cat /proc/self/cgroup), $cg: $(cat "$cg/cgroup.subtree_control")"'
    echo "cd $(q "$project") || exit 1"
    echo "rm -f $(q "$target/tmp/skipped.log")"
    for i in "${!bins[@]}"; do
        printf 'echo "== %s"\n' "${names[$i]}"
        printf '%s' "$(q "${bins[$i]}")"
        for w in "${words[@]+"${words[@]}"}"; do printf ' %s' "$(q "$w")"; done
        printf ' --test-threads=2 && r=pass || r=fail\n'
        printf 'echo "$r %s" >>"$share/results"\n' "${names[$i]}"
    done
    echo "cp $(q "$target/tmp/skipped.log") \"\$share/skipped.log\" 2>/dev/null"
    echo 'exit 0'
} >"$share/suite.sh"

envs=(-e "SKIFF_TEST_USER=$user")
for n in SKIFF_TEST_MINBASE SKIFF_TEST_KEEP SKIFF_DOCKER_CLI SKIFF_FIXTURES; do envs+=(-e "$n"); done
status=0
"$vm" -t 3000 -m 3072 -c 2 "${envs[@]}" "$share" "sh $share/suite.sh" || status=$?
if [ ! -e "$share/started" ]; then
    case $status in
    124 | 125) skip "the VM did not start (run-in-guest.sh exit status $status)" ;;
    esac
fi
case $status in
0) ;;
124) say "the guest timed out; binaries that did not finish count as failed" ;;
*) say "the guest ended with status $status; binaries that did not finish count as failed" ;;
esac
if [ -s "$share/skipped.log" ]; then
    say "skipped tests:"
    sort -u "$share/skipped.log" | sed 's/^/  /'
fi
failed=("${broken[@]+"${broken[@]}"}")
for t in "${names[@]}"; do
    grep -qx "pass $t" "$share/results" 2>/dev/null || failed+=("$t")
done
if [ ${#failed[@]} = 0 ]; then
    say "all passed: ${names[*]}"
else
    say "FAILED: ${failed[*]}"
fi
exit ${#failed[@]}
