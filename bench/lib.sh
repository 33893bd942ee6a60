# Shared helpers for the benchmarks: fresh file systems, timing, medians.
# Sourced by the bench/*.sh scripts; needs root (loop mounts).

set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$BENCH_DIR/.." && pwd)
SKIFF=${SKIFF:-$PROJECT/target/release/skiff}
RUNS=${RUNS:-5}

need_root() {
    if [ "$(id -u)" != 0 ]; then echo "$0: needs root" >&2; exit 1; fi
    # Every benchmark times with hyperfine; without it each figure would
    # silently read n/a.
    if ! command -v hyperfine >/dev/null; then
        echo "$0: hyperfine is not installed (apt-get install hyperfine)" >&2
        exit 1
    fi
}

build_skiff() {
    (cd "$PROJECT" && cargo build --release --quiet)
}

fixtures() {
    bash "$PROJECT/tests/fixtures/build.sh" "$@" | tail -1
}

# fresh_fs DIR: mount a new, empty ext4 file system on DIR (loop device on
# a sparse file), so that every run starts from the same state: ext4's
# inode allocator slows down after many recent deletions.
fresh_fs() {
    local dir=$1 img
    img=$(mktemp /var/tmp/skiff-bench-fs.XXXXXX)
    truncate -s 8G "$img"
    mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$img"
    mkdir -p "$dir"
    mount -o loop "$img" "$dir"
    rm -f "$img" # freed when unmounted
}

drop_fs() {
    umount "$1" 2>/dev/null || umount -l "$1"
    rmdir "$1" 2>/dev/null || true
}

# now_ms: wall clock in milliseconds.
now_ms() { date +%s%3N; }

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }

# kill_skiff_holder RUNROOT: stop the user namespace holder a rootless skiff
# store keeps (as podman's pause process).
kill_skiff_holder() {
    local f pid
    for f in "$1/userns.pid" "$1/netns-pasta.pid"; do
        [ -f "$f" ] || continue
        pid=$(cut -d' ' -f1 "$f")
        case "$(cat "/proc/$pid/comm" 2>/dev/null)" in
            skiff|pasta*|passt*) kill -KILL "$pid" 2>/dev/null || true ;;
        esac
    done
}

# ---- skiff vs podman comparisons (bench/run.sh, bench/network.sh) ----
#
# crun refuses hosts whose cgroup2 mount has controllers while v1 holds the
# rest (hybrid, as these machines). podman (and crun) therefore run inside
# a private mount namespace where an empty tmpfs hides
# /sys/fs/cgroup/unified (`in_hidden`); the machine's own mounts are not
# touched. podman is given --ulimit nofile/nproc within this machine's hard
# limit (its default of 1048576 fails without CAP_SYS_RESOURCE).

# compare_setup TAG: an unprivileged user with subordinate ranges, scratch
# stores for skiff and podman, rootful ($SK, $PM) and rootless ($SKU,
# $PMU, run through as_user), each with the busybox fixture loaded; and a
# cleanup at exit that calls the script's `extra_cleanup` if it has one.
compare_setup() {
    local tag=$1
    USER_NAME=${BENCH_USER:-skiff-test}
    bash "$PROJECT/tests/setup-rootless.sh" "$USER_NAME" >/dev/null
    UID_=$(id -u "$USER_NAME")
    USER_RUN=/run/user/$UID_
    WORK=$(mktemp -d "/tmp/skiff-bench-$tag.XXXXXX")
    chmod 755 "$WORK"
    # Runtime state on tmpfs, as on an installed system.
    RUNDIR=$(mktemp -d /run/skiff-bench.XXXXXX)
    SKU_RUN=$USER_RUN/skiff-bench-$tag
    PMU_RUN=$USER_RUN/pmu-$tag
    SK="$WORK/skiff --root $WORK/skiff-root --runroot $RUNDIR/skiff"
    SKU="$WORK/skiff --root $WORK/skiff-user-root --runroot $SKU_RUN"
    PM="podman --root $WORK/pm-root --runroot $RUNDIR/pm --cgroup-manager cgroupfs"
    PMU="podman --root $WORK/pmu-root --runroot $PMU_RUN"
    LIMITS="--ulimit nofile=20000:20000 --ulimit nproc=20000:20000"
    trap compare_cleanup EXIT
    cp "$(fixtures)/busybox.tar" "$WORK/busybox.tar"
    chmod 644 "$WORK/busybox.tar"
    cp "$SKIFF" "$WORK/skiff"
    chmod 755 "$WORK/skiff"
    # The same wrappers as words, for hyperfine command lines.
    AS_USER="runuser -u $USER_NAME -- env XDG_RUNTIME_DIR=$USER_RUN"
    hidden_setup
    install -d -o "$USER_NAME" -g "$(id -g "$USER_NAME")" "$WORK/skiff-user-root" "$WORK/pmu-root"
    $SK load -q -i "$WORK/busybox.tar" >/dev/null
    as_user $SKU load -q -i "$WORK/busybox.tar" >/dev/null
    in_hidden $PM load -q -i "$WORK/busybox.tar" >/dev/null 2>&1
    # podman's rootless pause process must be born inside the wrapper, or
    # later runs join its namespaces, where crun sees the hybrid mount.
    in_hidden $AS_USER $PMU load -q -i "$WORK/busybox.tar" >/dev/null 2>&1
}

compare_cleanup() {
    if declare -F extra_cleanup >/dev/null; then extra_cleanup || true; fi
    # podman's rootless pause process (started for the user by this
    # script) and skiff's user namespace holder, then the stores.
    local f="$USER_RUN/libpod/tmp/pause.pid"
    [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
    kill_skiff_holder "$SKU_RUN"
    rm -rf "$WORK" "$RUNDIR" "$SKU_RUN" "$PMU_RUN" 2>/dev/null || true
    # conmon's `podman container cleanup` of the last containers may still
    # recreate podman's store after that: once more, a moment later.
    sleep 1
    rm -rf "$WORK" "$RUNDIR" 2>/dev/null || true
}

# hidden_setup: write $WORK/hidden-cgroup2.sh, the wrapper of in_hidden,
# and set $HIDDEN, the same as words for hyperfine command lines.
hidden_setup() {
    HIDDEN="unshare -m --propagation private $WORK/hidden-cgroup2.sh"
    cat > "$WORK/hidden-cgroup2.sh" <<'EOS'
#!/bin/bash
# Runs inside: unshare -m; hide the hybrid cgroup2 mount from crun.
mount -t tmpfs none /sys/fs/cgroup/unified
exec "$@"
EOS
    chmod 755 "$WORK/hidden-cgroup2.sh"
}

# as_user COMMAND...: run as the bench user, with its runtime directory.
as_user() {
    runuser -u "$USER_NAME" -- env HOME="$(getent passwd "$USER_NAME" | cut -d: -f6)" \
        XDG_RUNTIME_DIR="$USER_RUN" "$@"
}

# in_hidden COMMAND...: run with the cgroup2 mount hidden (see above).
in_hidden() { unshare -m --propagation private "$WORK/hidden-cgroup2.sh" "$@"; }

# hf NAME COMMAND: hyperfine's mean in milliseconds ("n/a" if it failed).
hf() {
    local name=$1; shift
    hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$WORK/$name.json" "$@" >/dev/null 2>&1 || { echo "n/a"; return; }
    python3 -c "import json;print('%.1f' % (json.load(open('$WORK/$name.json'))['results'][0]['mean']*1000))"
}

# sub A B: A - B ("n/a" if either is).
sub() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a") print "n/a"; else printf "%.1f", a - b }'; }
