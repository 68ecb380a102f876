#!/usr/bin/env bash
# Memory lookups of two builds on one built index, interleaved (base, new, base, new, …): `TmBench index` reuses the
# index in CACHE (same index format) and runs the 1,000 queries; each run's answers are dumped and compared with the
# first base run's (they must be byte-identical). See docs/benchmarks.md ("Issue 17, session 9: memory lookups").
#   Usage: bench/tm-lookups-compare.sh BASE_TREE NEW_TREE TMX QUERIES CACHE OUT_DIR [PAIRS]
#     BASE_TREE, NEW_TREE: source trees whose cli/target holds a packaged build (mvn -B package -pl cli -am
#     -DskipTests); TMX, QUERIES, CACHE: from bench/tm.sh or bench/tm-10m.sh (BENCH_DIR/tm/tm-N.tmx,
#     queries-N.tsv, cache); PAIRS (3). Environment: HEAP (-Xmx512m); JAVA_EXTRA (more java options, split on
#     spaces, e.g. -Dtmbench.warmup=false to measure from a cold start); NEW_CACHE: the new tree's own cache when its
#     index format differs from the base's (built there by its first run if missing; the lookups are timed after it).
set -euo pipefail
base="$(cd "$1" && pwd)"; new="$(cd "$2" && pwd)"; tmx="$3"; queries="$4"; cache="$5"; out="$6"; pairs="${7:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HEAP="${HEAP:--Xmx512m}"
read -r -a extra <<< "${JAVA_EXTRA:-}"
mkdir -p "$out"
source "$repo/bench/tm-bench-classes.sh"
for i in $(seq 1 "$pairs"); do
  for tree in base new; do
    cpv="cp_$tree"
    log="$out/$tree-$i.log"
    run_cache="$cache"
    [ "$tree" = new ] && run_cache="${NEW_CACHE:-$cache}"
    { echo "run $tree $i, $(date -u '+%H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$log"
    /usr/bin/time -v -o "$out/$tree-$i.time" java "$HEAP" ${extra[@]+"${extra[@]}"} "-Dtmbench.dump=$out/dump-$tree-$i.txt" -cp "${!cpv}" \
        TmBench index "$tmx" "$queries" "$run_cache" >> "$log" 2>&1
    grep -E "User time|System time|Elapsed" "$out/$tree-$i.time" >> "$log"
    echo "end load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$log"
    grep -E "lookups|rebuilt" "$log" | grep -v "^run" || true
    if cmp -s "$out/dump-base-1.txt" "$out/dump-$tree-$i.txt"; then echo "answers: identical to base run 1"
    else echo "answers: DIFFER from base run 1 ($out/dump-$tree-$i.txt)"; fi
  done
done
