#!/usr/bin/env bash
# Run one shell command inside a throwaway QEMU guest whose /sys/fs/cgroup is
# a pure cgroup v2 hierarchy (every controller enabled in the root's
# cgroup.subtree_control). Our machines have hybrid cgroups, so the v2 code
# paths can only be exercised in such a guest.
#
#   scripts/vm/run-in-guest.sh [-t SEC] [-m MiB] [-c CPUS] [-e NAME[=VALUE]]...
#                              [--tmpfs DIR]... [-v] SHARE_DIR 'shell command'
#   scripts/vm/run-in-guest.sh --prepare     # packages + kernel cache (root)
#
# The guest kernel is Debian's linux-image-amd64, taken apart from its .deb
# (never installed) and cached in /var/cache/skiff-vm/<kernel>_<version>_f<N>.
# What the command sees:
#   /                 the host's /, read-only over 9p, under a throwaway tmpfs
#                     overlay (host-built binaries and host tools just work)
#   SHARE_DIR         the host directory, read-write, at the same path; the
#                     working directory
#   /tmp /var/tmp /run  empty tmpfs, as is every --tmpfs DIR
#   /var/lib/skiff-guest-store  empty tmpfs (mode 1777) for container storage:
#                     an overlayfs upper dir can live neither on 9p nor on the
#                     overlay root
#   /sys/fs/cgroup    cgroup2 (nsdelegate,memory_recursiveprot); the command
#                     runs in the root cgroup
#   /dev              devtmpfs, devpts, /dev/shm, /dev/mqueue, /dev/net/tun
#                     (0666); kernel modules load on demand
#   network           loopback only
#   env               PATH HOME USER LOGNAME LANG LC_ALL TZ TERM RUST_BACKTRACE
#                     RUST_LOG when set, every -e, and SKIFF_CGV2_GUEST=1;
#                     stdin is /dev/null, stdout/stderr are pipes that stream
#                     back to this script's stdout/stderr
# Processes the command leaves behind are killed when it exits.
#
# Exit status: the command's; 124 when the VM ran past -t (default 600 s,
# boot included) and was killed; 125 when the VM or this script failed.
#
# No KVM here (no vmx/svm), so QEMU emulates (TCG): a trivial command takes
# ~3.8 s from launch to power-off on a quiet 2-core machine, and everything
# inside runs 10-35x slower: boot one guest per suite, not per test. The ELF
# vmlinux is cut out of the bzImage and PVH-booted, which skips the
# decompressor (slow under emulation). -v streams the guest console to stderr
# with timing marks.
#
# Environment: SKIFF_VM_CACHE (cache directory), SKIFF_VM_TSC_KHZ (guest TSC
# rate; default: the host's), SKIFF_VM_ACCEL (tcg|kvm; default: kvm only if
# the CPU has vmx/svm), SKIFF_VM_CPU (TCG CPU model; default max,-erms,-fsrm).
set -euo pipefail

me=${0##*/}
FORMAT=1   # bump when the cache layout or the base initramfs changes
CACHE=${SKIFF_VM_CACHE:-/var/cache/skiff-vm}
INITRD_MODULES="virtio_mmio virtio_console 9pnet_virtio 9p overlay"
PRUNE="sound drivers/gpu drivers/media drivers/net/wireless drivers/net/ethernet
drivers/infiniband drivers/usb drivers/staging drivers/hid drivers/input
drivers/iio drivers/scsi drivers/video drivers/bluetooth drivers/isdn
drivers/mtd drivers/hwmon net/bluetooth net/mac80211 net/wireless"
PASS_ENV="PATH HOME USER LOGNAME LANG LC_ALL TZ TERM RUST_BACKTRACE RUST_LOG"

die() { echo "$me: $*" >&2; exit 125; }
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }
uint() { case $1 in '' | *[!0-9]*) return 1 ;; esac; }
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; } # quote for sh

secs=600 mem=1024 cpus=1 verbose=0 prepare=0
envs=() tmpfs=()
while [ $# -gt 0 ]; do
    case $1 in
    -t | -m | -c | -e | --tmpfs)
        [ $# -ge 2 ] || die "$1 needs a value"
        case $1 in
        -t) secs=$2 ;; -m) mem=$2 ;; -c) cpus=$2 ;;
        -e) envs+=("$2") ;; --tmpfs) tmpfs+=("$2") ;;
        esac
        shift 2 ;;
    -v) verbose=1; shift ;;
    --prepare) prepare=1; shift ;;
    -h | --help) usage; exit 0 ;;
    --) shift; break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) break ;;
    esac
done
uint "$secs" && [ "$secs" -gt 0 ] || die "-t: not a number of seconds: $secs"
uint "$mem" && [ "$mem" -ge 256 ] || die "-m: at least 256 (MiB)"
uint "$cpus" && [ "$cpus" -ge 1 ] || die "-c: not a CPU count: $cpus"

# ------------------------------------------------------------ packages, cache
apt() {
    local log rc=0
    log=$(mktemp)
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 \
        -o APT::Sandbox::User=root "$@" >"$log" 2>&1 || rc=$?
    [ $rc = 0 ] || tail -n 15 "$log" >&2
    rm -f "$log"
    return $rc
}
# apt "$@", and once more after an apt-get update (missing or stale lists)
apt_retry() { apt "$@" 2>/dev/null || { apt update && apt "$@"; }; }

need_packages() {
    local need=()
    command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
    command -v cpio >/dev/null || need+=(cpio)
    command -v xz >/dev/null || need+=(xz-utils)
    [ -x /sbin/modprobe ] && [ -x /sbin/depmod ] || need+=(kmod) # guest uses it too
    [ ${#need[@]} = 0 ] && return
    [ "$(id -u)" = 0 ] || die "missing packages: ${need[*]} (run '$0 --prepare' as root)"
    echo "$me: installing ${need[*]}" >&2
    apt_retry install -y --no-install-recommends "${need[@]}" || die "cannot install ${need[*]}"
}

# The ELF vmlinux inside a bzImage: the setup header says where the
# compressed payload starts (0x248) and how long it is (0x24c), counted from
# the protected-mode code, which follows the (setup_sects + 1) * 512 setup.
cut_vmlinux() { # bzImage out
    local n off len magic
    n=$(od -An -tu1 -j $((0x1f1)) -N1 "$1" | tr -d ' ')
    [ "$n" = 0 ] && n=4
    off=$(od -An -tu4 -j $((0x248)) -N4 "$1" | tr -d ' ')
    len=$(od -An -tu4 -j $((0x24c)) -N4 "$1" | tr -d ' ')
    off=$(((n + 1) * 512 + off))
    magic=$(od -An -tx1 -j "$off" -N4 "$1" | tr -d ' ')
    case $magic in
    fd377a58) tail -c +$((off + 1)) "$1" | head -c "$len" | xz -dcq --single-stream >"$2" ;;
    28b52ffd) tail -c +$((off + 1)) "$1" | head -c "$len" | zstd -dcq >"$2" ;;
    1f8b08*) tail -c +$((off + 1)) "$1" | head -c "$len" | gzip -dcq >"$2" ;;
    *) return 1 ;;
    esac 2>/dev/null || true # trailing size word: decompressors may grumble
    [ "$(od -An -tx1 -N4 "$2" | tr -d ' ')" = 7f454c46 ]
}

build_cache() { # kernel-package version id
    local pkg=$1 ver=$2 b k kver m boot
    b=$(mktemp -d "$CACHE/.build.XXXXXX")
    echo "$me: building $CACHE/$3 from $pkg $ver" >&2
    if ! (cd "$b" && apt_retry download "$pkg" busybox-static); then
        rm -rf "$b"
        cache_ok || die "cannot download $pkg busybox-static"
        # e.g. apt's lists name a newer kernel but the mirror is unreachable
        echo "$me: warning: cannot download $pkg; keeping $(readlink "$CACHE/current")" >&2
        return 0
    fi
    dpkg-deb -x "$b/${pkg}_"*.deb "$b/k"
    dpkg-deb -x "$b/busybox-static_"*.deb "$b/bb"
    k=$b/k/lib/modules
    [ -d "$k" ] || k=$b/k/usr/lib/modules
    kver=$(ls "$k")
    [ -f "$b/k/boot/vmlinuz-$kver" ] || die "no /boot/vmlinuz-$kver in $pkg"
    if grep -qx CONFIG_PVH=y "$b/k/boot/config-$kver" && cut_vmlinux "$b/k/boot/vmlinuz-$kver" "$b/kernel"; then
        boot=pvh
    else
        echo "$me: warning: no PVH vmlinux; booting the bzImage (slower)" >&2
        cp "$b/k/boot/vmlinuz-$kver" "$b/kernel"
        boot=bzimage
    fi
    mkdir -p "$b/modules/lib/modules"
    mv "$k/$kver" "$b/modules/lib/modules/"
    for m in $PRUNE; do rm -rf "$b/modules/lib/modules/$kver/kernel/$m"; done
    depmod -b "$b/modules" "$kver"

    # The base initramfs: static busybox (applet links in /bin) and the
    # modules that reach the 9p shares. Its /init comes with each run.
    mkdir -p "$b/i/bin" "$b/i/lib/mod" "$b/i/proc" "$b/i/sys" "$b/i/dev"
    install -m 755 "$b/bb/bin/busybox" "$b/i/bin/busybox"
    for m in $("$b/i/bin/busybox" --list); do [ -e "$b/i/bin/$m" ] || ln -s busybox "$b/i/bin/$m"; done
    for m in $INITRD_MODULES; do
        modprobe -d "$b/modules" -S "$kver" --show-depends "$m" | awk '$1 == "insmod" { print $2 }'
    done | awk '!seen[$0]++' | while read -r m; do
        case $m in
        *.ko) cp "$m" "$b/i/lib/mod/" ;;
        *.ko.xz) xz -dc "$m" >"$b/i/lib/mod/$(basename "$m" .xz)" ;;
        *.ko.zst) zstd -dcq "$m" >"$b/i/lib/mod/$(basename "$m" .zst)" ;;
        *) die "unexpected module file $m" ;;
        esac
        basename "${m%.ko*}.ko" >>"$b/i/lib/mod/order"
    done
    grep -qx 9p.ko "$b/i/lib/mod/order" || die "no 9p module in $pkg"
    # uncompressed: unpacking is a copy, cheaper than gunzip under emulation
    (cd "$b/i" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) >"$b/initrd.cpio"
    printf 'KVER=%s\nBOOT=%s\nPKG=%s\nVERSION=%s\n' "$kver" "$boot" "$pkg" "$ver" >"$b/info"
    rm -rf "$b/k" "$b/bb" "$b/i" "$b"/*.deb
    chmod 755 "$b"
    touch "$b/ready"
    rm -rf "${CACHE:?}/$3"
    mv -T "$b" "$CACHE/$3"
}

cache_ok() { [ -f "$CACHE/current/ready" ] && case $(readlink "$CACHE/current") in *_f$FORMAT) ;; *) false ;; esac; }

# The cache, built under a lock. --prepare asks apt for the current kernel
# and rebuilds when it changed; a run takes whatever `current` points to.
ensure_cache() {
    local pkg ver id d
    [ "$prepare" = 0 ] && cache_ok && return
    [ "$(id -u)" = 0 ] || [ -w "$CACHE" ] || die "no guest kernel in $CACHE yet (run '$0 --prepare' as root)"
    mkdir -p "$CACHE"
    exec 9>"$CACHE/.lock"
    flock -w 1800 9 || die "timed out waiting for $CACHE/.lock"
    if [ "$prepare" = 1 ] || ! cache_ok; then
        rm -rf "$CACHE"/.build.*
        pkg_of() { apt-cache depends --important linux-image-amd64 2>/dev/null | awk '$2 ~ /^linux-image-[0-9]/ { print $2; exit }' || true; }
        pkg=$(pkg_of)
        [ -n "$pkg" ] || { apt update || true; pkg=$(pkg_of); }
        ver=$([ -z "$pkg" ] || apt-cache show --no-all-versions "$pkg" 2>/dev/null | awk '$1 == "Version:" { print $2; exit }' || true)
        if [ -z "$ver" ]; then
            cache_ok || die "apt knows no linux-image-amd64 kernel"
            echo "$me: warning: apt knows no kernel; keeping $(readlink "$CACHE/current")" >&2
        else
            id=$(printf '%s_%s_f%s' "${pkg#linux-image-}" "$ver" "$FORMAT" | tr -c 'A-Za-z0-9.+_\n-' _)
            [ -f "$CACHE/$id/ready" ] || build_cache "$pkg" "$ver" "$id"
            if [ -f "$CACHE/$id/ready" ]; then
                ln -sfn "$id" "$CACHE/.current" && mv -T "$CACHE/.current" "$CACHE/current"
                for d in "$CACHE"/*_f*; do [ "${d##*/}" = "$id" ] || rm -rf "$d"; done
            fi
        fi
    fi
    exec 9>&-
}

need_packages
ensure_cache
IMG=$(readlink -f "$CACHE/current")
# shellcheck disable=SC1091
. "$IMG/info"
if [ "$prepare" = 1 ]; then
    echo "$me: ready: $IMG ($KVER, $BOOT boot)" >&2
    exit 0
fi

# ------------------------------------------------------------ the run
[ $# -ge 2 ] || { usage >&2; exit 125; }
[ -d "$1" ] || die "SHARE_DIR $1 is not a directory"
share=$(cd "$1" && pwd -P)
shift
case $share in
/ | /run | /run/skiff-vm* | /proc* | /sys* | /dev*) die "SHARE_DIR cannot be $share" ;;
*[!A-Za-z0-9._/+@:=-]*) die "SHARE_DIR: keep its path to [A-Za-z0-9._/+@:=-]" ;;
esac
for d in ${tmpfs[@]+"${tmpfs[@]}"}; do
    case $d in /*[!A-Za-z0-9._/+@:=-]* | [!/]*) die "--tmpfs: an absolute path of [A-Za-z0-9._/+@:=-]: $d" ;; esac
done

find /tmp -maxdepth 1 -name 'skiff-vm.??????' -user "$(id -u)" -mmin +1440 -exec rm -rf {} + 2>/dev/null || true
run=$(mktemp -d /tmp/skiff-vm.XXXXXX)
qpid="" opid="" epid=""
stop_vm() {
    [ -n "$qpid" ] || return 0
    kill -TERM "$qpid" $(cat "$run/qemu.pid" 2>/dev/null) 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$qpid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$qpid" $(cat "$run/qemu.pid" 2>/dev/null) 2>/dev/null || true
    qpid=""
}
finish() { stop_vm; rm -rf "$run"; }
trap finish EXIT
for s in INT:130 TERM:143 HUP:129; do
    # shellcheck disable=SC2064
    trap "echo '$me: ${s%:*}: stopping the VM' >&2; trap - EXIT; finish; exit ${s#*:}" "${s%:*}"
done

# The per-run part of the initramfs: /init and the command.
mkdir -p "$run/i/skiff"
{
    for n in $PASS_ENV; do [ -z "${!n+x}" ] || printf 'export %s=%s\n' "$n" "$(q "${!n}")"; done
    [ -n "${PATH+x}" ] || echo 'export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    for e in ${envs[@]+"${envs[@]}"}; do
        n=${e%%=*}
        case $n in '' | [0-9]* | *[!A-Za-z0-9_]*) die "-e: bad variable name: $n" ;; esac
        if [ "$n" != "$e" ]; then printf 'export %s=%s\n' "$n" "$(q "${e#*=}")"
        elif [ -n "${!n+x}" ]; then printf 'export %s=%s\n' "$n" "$(q "${!n}")"; fi
    done
    echo 'export SKIFF_CGV2_GUEST=1'
    echo "cd $(q "$share") || exit 125"
    if [ $# = 1 ]; then printf '%s\n' "$1"
    else printf 'exec'; for a; do printf ' %s' "$(q "$a")"; done; echo; fi
} >"$run/i/skiff/cmd.sh"
printf 'SHARE=%s\nKVER=%s\nMODDIR=%s\nTMPFS="%s"\nVERBOSE=%s\n' "$share" "$KVER" \
    "$IMG/modules/lib/modules/$KVER" "${tmpfs[*]+${tmpfs[*]}}" "$verbose" >"$run/i/skiff/config"
cat >"$run/i/init" <<'EOF'
#!/bin/busybox sh
# PID 1 of the guest (busybox sh). Stage 1 runs in the initramfs: build the
# root (host / over 9p + tmpfs overlay, tmpfs, the share) and switch to it.
# Stage 2 runs there: cgroup2, devices, the command, its status, power off.
set -u
say() { echo "skiff-guest: $*" >/dev/console; }
mark() { [ "$VERBOSE" = 0 ] || echo "<3>skiff-guest: $*" >/dev/kmsg; }
halt() { say "$*"; poweroff -f; }
NINEP=trans=virtio,version=9p2000.L,msize=512000
if [ $$ = 1 ] && [ "${1:-}" != 2 ]; then
    export PATH=/bin
    . /skiff/config
    mount -t proc proc /proc && mount -t sysfs sysfs /sys && mount -t devtmpfs dev /dev
    mark stage1
    while read -r m; do insmod "/lib/mod/$m" || say "insmod $m failed"; done </lib/mod/order
    mkdir -p /host /rw /new
    mount -t 9p -o "$NINEP,ro,cache=loose" host /host || halt "cannot mount the host root"
    mount -t tmpfs -o mode=0755 rw /rw && mkdir /rw/u /rw/w
    mount -t overlay -o lowerdir=/host,upperdir=/rw/u,workdir=/rw/w root /new || halt "cannot mount the overlay root"
    tfs() { mkdir -p "/new$1" && mount -t tmpfs -o "mode=$2,nosuid,nodev" tmpfs "/new$1" || halt "cannot mount a tmpfs on $1"; }
    tfs /run 0755
    tfs /tmp 1777
    tfs /var/tmp 1777
    tfs /var/lib/skiff-guest-store 1777
    for d in $TMPFS; do tfs "$d" 0755; done
    mkdir -p "/new$SHARE" && mount -t 9p -o "$NINEP,cache=mmap" share "/new$SHARE" || halt "cannot mount $SHARE"
    mkdir -p /new/run/skiff-vm /new/run/lock "/new/lib/modules"
    chmod 1777 /new/run/lock
    [ -e "/new/lib/modules/$KVER" ] || ln -s "$MODDIR" "/new/lib/modules/$KVER"
    cp /bin/busybox /skiff/* /init /new/run/skiff-vm/
    for d in dev proc sys; do mount --move "/$d" "/new/$d"; done
    exec switch_root /new /run/skiff-vm/busybox sh /run/skiff-vm/init 2
    halt "switch_root failed"
fi

# ---- stage 2
R=/run/skiff-vm
. $R/config
/run/skiff-vm/busybox mkdir -p $R/bin && $R/busybox --install -s $R/bin
export PATH=$R/bin
mark stage2
mkdir -p /dev/pts /dev/shm /dev/mqueue /dev/net
mount -t devpts -o gid=5,mode=0620,ptmxmode=0666 devpts /dev/pts
mount -t tmpfs -o mode=1777,nosuid,nodev shm /dev/shm
mount -t mqueue mqueue /dev/mqueue
for f in fd:/proc/self/fd stdin:fd/0 stdout:fd/1 stderr:fd/2; do ln -sfn "${f#*:}" "/dev/${f%%:*}"; done
[ -e /dev/net/tun ] || mknod /dev/net/tun c 10 200
chmod 0666 /dev/net/tun
mount -t cgroup2 -o nsdelegate,memory_recursiveprot cgroup2 /sys/fs/cgroup || halt "cannot mount cgroup2"
for c in $(cat /sys/fs/cgroup/cgroup.controllers); do
    echo "+$c" >/sys/fs/cgroup/cgroup.subtree_control || say "cannot enable the $c controller"
done
hostname skiff-guest
ip link set lo up

# The virtio ports: their names arrive asynchronously after the driver loads.
OUT="" ERR="" ST="" i=0
while [ -z "$ST" ] || [ -z "$OUT" ] || [ -z "$ERR" ]; do
    for p in /sys/class/virtio-ports/*; do
        [ -r "$p/name" ] || continue
        read -r n <"$p/name" 2>/dev/null || continue
        case $n in
        skiff.stdout) OUT=/dev/${p##*/} ;; skiff.stderr) ERR=/dev/${p##*/} ;; skiff.status) ST=/dev/${p##*/} ;;
        esac
    done
    i=$((i + 1))
    [ $i -lt 500 ] || halt "no virtio ports (stdout '$OUT', stderr '$ERR', status '$ST')"
    [ -n "$ST" ] && [ -n "$OUT" ] && [ -n "$ERR" ] || sleep 0.02
done
mkfifo $R/out $R/err
cat $R/out >"$OUT" &
op=$!
cat $R/err >"$ERR" &
ep=$!
mark "command starts"
/bin/sh $R/cmd.sh </dev/null >$R/out 2>$R/err &
wait $!
rc=$?
mark "command exited with $rc"
# Leftovers would die with the VM anyway; killing them now ends the output.
for p in /proc/[0-9]*; do
    p=${p#/proc/}
    case " 1 $op $ep " in *" $p "*) ;; *) kill -9 "$p" 2>/dev/null ;; esac
done
wait $op $ep
echo "$rc" >"$ST"
poweroff -f
EOF
chmod 755 "$run/i/init"
(cd "$run/i" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) >"$run/run.cpio"
cat "$IMG/initrd.cpio" "$run/run.cpio" >"$run/initrd"

accel=${SKIFF_VM_ACCEL:-}
if [ -z "$accel" ]; then
    accel=tcg
    [ -w /dev/kvm ] && grep -qwE 'vmx|svm' /proc/cpuinfo && accel=kvm
fi
# TCG runs `rep movs/stos` one iteration at a time: without ERMS/FSRM the
# kernel (clear_page, memcpy) and glibc pick other code, and a boot is ~1 s
# shorter.
if [ "$accel" = kvm ]; then cpu=(-accel kvm -cpu host)
else cpu=(-accel tcg -cpu "${SKIFF_VM_CPU:-max,-erms,-fsrm}"); fi
# The TCG guest's TSC ticks at the host's rate; the guest cannot calibrate it
# (no HPET or PM timer on microvm) and boots hung now and then without this.
khz=${SKIFF_VM_TSC_KHZ:-$(awk -F: '/^cpu MHz/ { printf "%d", $2 * 1000; exit }' /proc/cpuinfo)}
uint "$khz" && [ "$khz" -gt 100000 ] || khz=2000000
append="console=ttyS0 quiet loglevel=4 panic=-1 reboot=t pci=off mitigations=off"
append+=" tsc_early_khz=$khz tsc=reliable no_timer_check nowatchdog audit=0 rodata=off"
append+=" cryptomgr.notests random.trust_cpu=on"
# two initcalls that cost ~0.2 s under emulation and that no test needs
append+=" initcall_blacklist=init_kprobe_trace,crypto_kdf108_init"

# stdout/stderr: pipes to cat, which QEMU opens as /dev/fd/N (works whatever
# this script's own stdout/stderr are: tty, file, pipe or socket).
exec 5> >(exec cat) && opid=$!
exec 6> >(exec cat >&2) && epid=$!
console=$run/console.log
[ "$verbose" = 0 ] || console=/dev/fd/6
start=$(date +%s%N)
# timeout(1) is the hard limit even if this script gets SIGKILLed.
timeout -k 5 "$secs" qemu-system-x86_64 -M microvm "${cpu[@]}" -smp "$cpus" -m "$mem" \
    -nodefaults -no-user-config -display none -monitor none -nic none -no-reboot \
    -pidfile "$run/qemu.pid" -kernel "$IMG/kernel" -initrd "$run/initrd" -append "$append" \
    -chardev "file,id=con,path=$console,append=on" -serial chardev:con \
    -fsdev local,id=host,path=/,security_model=none,readonly=on,multidevs=remap \
    -device virtio-9p-device,fsdev=host,mount_tag=host \
    -fsdev "local,id=share,path=$share,security_model=none,multidevs=remap" \
    -device virtio-9p-device,fsdev=share,mount_tag=share \
    -device virtio-serial-device \
    -chardev file,id=out,path=/dev/fd/5,append=on -device virtserialport,chardev=out,name=skiff.stdout \
    -chardev file,id=err,path=/dev/fd/6,append=on -device virtserialport,chardev=err,name=skiff.stderr \
    -chardev "file,id=st,path=$run/status" -device virtserialport,chardev=st,name=skiff.status \
    </dev/null >"$run/qemu.log" 2>&1 &
qpid=$!
qrc=0
wait "$qpid" || qrc=$?
qpid=""
exec 5>&- 6>&-
wait "$opid" "$epid" 2>/dev/null || true
[ "$verbose" = 0 ] || echo "$me: VM ran $((($(date +%s%N) - start) / 1000000)) ms (qemu status $qrc)" >&2

rc=$(head -n 1 "$run/status" 2>/dev/null || true)
uint "$rc" && exit "$rc"
if [ "$qrc" = 124 ] || [ "$qrc" = 137 ]; then
    echo "$me: timeout: the VM ran past ${secs}s and was killed" >&2
    rc=124
else
    echo "$me: the VM stopped without the command's status (qemu status $qrc)" >&2
    rc=125
fi
con=$([ "$verbose" = 1 ] || tr -d '\r' 2>/dev/null <"$run/console.log" |
    grep -v 'PCI: Fatal: No config space' | tail -n 30 || true)
[ -z "$con" ] || printf '%s: guest console (last lines):\n%s\n' "$me" "$(sed 's/^/  | /' <<<"$con")" >&2
[ ! -s "$run/qemu.log" ] || sed 's/^/  qemu: /' "$run/qemu.log" >&2
exit $rc
