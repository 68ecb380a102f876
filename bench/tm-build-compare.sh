#!/usr/bin/env bash
# Memory index builds of two trees, interleaved (base, new, base, new, …): each run builds the index of TMX into an
# empty cache folder of its own (`TmBench index`: the build's process CPU and wall time, then the 1,000 lookups), its
# answers are dumped and compared with the first base run's (they must be byte-identical), the cache is deleted
# after the run. See docs/benchmarks.md ("Issue 17, session 10: memory build").
#   Usage: bench/tm-build-compare.sh BASE_TREE NEW_TREE TMX QUERIES OUT_DIR [PAIRS]
#     BASE_TREE, NEW_TREE: source trees whose cli/target holds a packaged build (mvn -B package -pl cli -am
#     -DskipTests); TMX, QUERIES: from bench/tm.sh or bench/tm-10m.sh (BENCH_DIR/tm/tm-N.tmx, queries-N.tsv); PAIRS
#     (3). OUT_DIR needs room for one index (~2.6 GB at 10M). Environment: HEAP (-Xmx512m), JAVA_OPTS (e.g. a JFR
#     recording), KEEP_CACHE=1 keeps each run's index (for lookups or a look at the segments).
set -euo pipefail
base="$(cd "$1" && pwd)"; new="$(cd "$2" && pwd)"; tmx="$3"; queries="$4"; out="$5"; pairs="${6:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HEAP="${HEAP:--Xmx512m}"
read -r -a opts <<< "${JAVA_OPTS:-}"
mkdir -p "$out"
source "$repo/bench/tm-bench-classes.sh"
for i in $(seq 1 "$pairs"); do
  for tree in base new; do
    cpv="cp_$tree"
    log="$out/$tree-$i.log"
    cache="$out/cache-$tree-$i"
    rm -rf "$cache"
    { echo "run $tree $i, $(date -u '+%H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$log"
    /usr/bin/time -v -o "$out/$tree-$i.time" java "$HEAP" "${opts[@]}" "-Dtmbench.dump=$out/dump-$tree-$i.txt" \
        -cp "${!cpv}" TmBench index "$tmx" "$queries" "$cache" >> "$log" 2>&1
    grep -E "User time|System time|Elapsed|Maximum resident" "$out/$tree-$i.time" >> "$log"
    echo "end load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$log"
    find "$cache" -name '*.si' | wc -l | sed 's/^/segments: /' >> "$log"
    [ "${KEEP_CACHE:-0}" = 1 ] || rm -rf "$cache"
    grep -E "index build|lookups all|User time|System time|Elapsed|segments" "$log" || true
    if cmp -s "$out/dump-base-1.txt" "$out/dump-$tree-$i.txt"; then echo "answers: identical to base-1"
    else echo "answers: DIFFER from base-1 ($out/dump-$tree-$i.txt)"; fi
  done
done
