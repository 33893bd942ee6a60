#!/usr/bin/env bash
# `build`: skiff vs podman (rootful) on this machine in one run.
#   1. a fully cached rebuild of a 10-step Dockerfile (3 RUN, 2 COPY);
#   2. the cost of one cold `RUN true` step: an uncached build of
#      FROM + RUN true minus one of FROM + an ENV step;
#   3. COPY of a 200 MB context of 20,000 files (FROM scratch, uncached)
#      against `tar -c | tar -x` of the same tree on the same file system.
#
#   bench/build.sh          (RUNS=5 by default, as lib.sh; COPY_RUNS=3)
#
# podman runs inside lib.sh's cgroup2-hiding wrapper, whose cost is
# subtracted.
source "$(dirname "$0")/lib.sh"
need_root

COPY_RUNS=${COPY_RUNS:-3}
build_skiff
compare_setup build

ctx=$WORK/ctx
mkdir -p "$ctx/src" "$ctx/conf"
for i in $(seq 20); do echo "file $i" > "$ctx/src/f$i.txt"; done
echo "key=value" > "$ctx/conf/app.conf"
cat > "$ctx/Dockerfile" <<'EOF'
FROM busybox
ENV APP=/app
WORKDIR /app
COPY src/ ./src/
RUN ls src > index
COPY conf/app.conf /etc/app.conf
RUN wc -l index > count
LABEL bench=build
RUN cat count
CMD ["cat", "/app/count"]
EOF
cat > "$ctx/Run" <<'EOF'
FROM busybox
RUN true
EOF
cat > "$ctx/NoRun" <<'EOF'
FROM busybox
ENV STEP=1
EOF

# 1. Cached rebuild (each tool builds once, then every run is all cache).
$SK build -q -t bench:1 "$ctx" >/dev/null
in_hidden $PM build -q -t bench:1 "$ctx" >/dev/null 2>&1
hidden=$(hf hidden "$HIDDEN true")
sk_cached=$(hf skcached "$SK build -q -t bench:1 $ctx")
pm_cached=$(sub "$(hf pmcached "$HIDDEN $PM build -q -t bench:1 $ctx")" "$hidden")

# 2. One cold RUN true step.
sk_run=$(hf skrun "$SK build -q --no-cache --network none -f $ctx/Run $ctx")
sk_norun=$(hf sknorun "$SK build -q --no-cache -f $ctx/NoRun $ctx")
sk_true=$(hf sktrue "$SK run --rm --network none busybox true")
pm_run=$(hf pmrun "$HIDDEN $PM build -q --no-cache --network none $LIMITS -f $ctx/Run $ctx")
pm_norun=$(hf pmnorun "$HIDDEN $PM build -q --no-cache -f $ctx/NoRun $ctx")
true_ms=$(hf true "true")

# 3. COPY of 200 MB in 20,000 files.
big=$WORK/big
mkdir -p "$big/tree"
python3 - "$big/tree" <<'EOP'
import os, sys
root = sys.argv[1]
block = os.urandom(10 * 1024)
for d in range(100):
    os.makedirs(f"{root}/d{d}", exist_ok=True)
    for f in range(200):
        with open(f"{root}/d{d}/f{f}", "wb") as out:
            out.write(block[f:] + block[:f])
EOP
printf 'FROM scratch\nCOPY tree /tree\n' > "$big/Dockerfile"
du -sh "$big/tree" | cut -f1 | sed 's/^/context: /'
sync
tar_ms=$(RUNS=$COPY_RUNS hf tar --prepare "bash -c 'rm -rf $WORK/untar; mkdir $WORK/untar; sync'" \
    "bash -c 'tar -c -C $big tree | tar -x -C $WORK/untar'")
sk_copy=$(RUNS=$COPY_RUNS hf skcopy --prepare "sync" "$SK build -q --no-cache $big")
pm_copy=$(sub "$(RUNS=$COPY_RUNS hf pmcopy --prepare "sync" "$HIDDEN $PM build -q --no-cache $big")" "$hidden")

echo "build, mean of $RUNS runs (COPY: $COPY_RUNS), ms; podman minus its ${hidden} ms wrapper"
printf "%-42s %9s %9s\n" "" skiff podman
printf "%-42s %9s %9s\n" "cached rebuild, 10 steps" "$sk_cached" "$pm_cached"
printf "%-42s %9s %9s\n" "build FROM + RUN true (uncached)" "$sk_run" "$(sub "$pm_run" "$hidden")"
printf "%-42s %9s %9s\n" "build FROM + ENV (uncached)" "$sk_norun" "$(sub "$pm_norun" "$hidden")"
printf "%-42s %9s %9s\n" "one cold RUN true step (difference)" "$(sub "$sk_run" "$sk_norun")" "$(sub "$pm_run" "$pm_norun")"
printf "%-42s %9s\n" "run --rm busybox true (skiff)" "$sk_true"
printf "%-42s %9s\n" "true itself" "$true_ms"
printf "%-42s %9s %9s\n" "COPY 200 MB / 20,000 files" "$sk_copy" "$pm_copy"
printf "%-42s %9s\n" "tar -c | tar -x of the same tree" "$tar_ms"
echo "cached rebuild podman/skiff:  $(ratio "$pm_cached" "$sk_cached")x (target >= 40x)"
echo "cold RUN step, skiff:         $(sub "$(sub "$sk_run" "$sk_norun")" "$true_ms") ms over true (target < 30 ms)"
echo "COPY skiff/tar:               $(ratio "$sk_copy" "$tar_ms")x (target <= 1.5x)"
