#!/usr/bin/env bash
# The memory build's reader thread, two trees interleaved (base, new, base, new, …): each run is
# bench/tm-build-threads.sh (one `TmBench index` build with each thread's CPU sampled); prints per run the reader
# thread's CPU ("java": the TMX reader that makes the documents, then the 1,000 lookups), the indexing thread's
# ("glossa-index"), the reader's CPU less the lookups' ("build": TmBench prints the lookups' CPU on that thread), the
# process's user+sys and wall, and whether the answers equal the first base run's (`cmp`).
# See docs/benchmarks.md ("Issue 17, session 15: memory build, the reader thread").
#   Usage: bench/tm-reader-compare.sh BASE_TREE NEW_TREE TMX QUERIES OUT_DIR [PAIRS (3)] [EXPECTED_DUMP]
#     BASE_TREE, NEW_TREE: source trees whose cli/target holds a packaged build (mvn -B package -pl cli -am
#     -DskipTests). EXPECTED_DUMP: answers every run must equal (e.g. /tmp/s9/dump-10m.txt at 10M).
#     Environment: HEAP (-Xmx512m), as bench/tm-build-threads.sh.
set -euo pipefail
base="$1"; new="$2"; tmx="$3"; queries="$4"; out="$5"; pairs="${6:-3}"; expected="${7:-}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out"
printf '%-8s %-24s %9s %9s %9s %9s %9s  %s\n' run load reader build index cpu wall answers
for i in $(seq 1 "$pairs"); do
  for tree in base new; do
    dir="$base"; [ "$tree" = new ] && dir="$new"
    name="$tree-$i"
    "$repo/bench/tm-build-threads.sh" "$dir" "$name" "$tmx" "$queries" "$out" > "$out/$name.summary" 2>&1
    reader=$(awk '$3 == "java" { print $1 }' "$out/$name.threads")
    index=$(awk '$3 == "glossa-index" { print $1 }' "$out/$name.threads")
    lookups=$(sed -n 's/^index lookups: 1000 in \([0-9.]*\) s CPU of this thread.*/\1/p' "$out/$name.log")
    build=$(echo "$reader - ${lookups:-0}" | bc)
    user=$(awk -F': ' '/User time/ { print $2 }' "$out/$name.time")
    sys=$(awk -F': ' '/System time/ { print $2 }' "$out/$name.time")
    wall=$(awk -F': ' '/Elapsed/ { print $2 }' "$out/$name.time")
    load="$(sed -n 's/.*load \([0-9.]*\) .*/\1/p' "$out/$name.log" | head -1)-$(sed -n 's/^end load \([0-9.]*\) .*/\1/p' "$out/$name.log")"
    ref="${expected:-$out/dump-base-1.txt}"
    if cmp -s "$ref" "$out/dump-$name.txt"; then same=identical; else same="DIFFER ($out/dump-$name.txt)"; fi
    printf '%-8s %-24s %9s %9s %9s %9.1f %9s  %s\n' "$name" "$load" "$reader" "$build" "$index" "$(echo "$user + $sys" | bc)" "$wall" "$same"
  done
done
