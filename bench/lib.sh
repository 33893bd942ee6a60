# Shared helpers for the benchmarks: fresh file systems, timing, medians.
# Sourced by the bench/*.sh scripts; needs root (loop mounts).

set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$BENCH_DIR/.." && pwd)
SKIFF=${SKIFF:-$PROJECT/target/release/skiff}
RUNS=${RUNS:-5}

need_root() {
    if [ "$(id -u)" != 0 ]; then echo "$0: needs root" >&2; exit 1; fi
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
