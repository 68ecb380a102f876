#!/usr/bin/env bash
# Interleaved memory index builds of two trees (base, new, base, new, …), each by bench/tm-build-threads.sh: the
# indexing thread's CPU ("glossa-index", the build's critical path) and the process's CPU and wall per run, and each
# run's answers compared with the first base run's (they must be byte-identical). docs/benchmarks.md, "Issue 17,
# session 15: memory build, the indexing thread".
#   Usage: bench/tm-build-thread-pairs.sh BASE_TREE NEW_TREE TMX QUERIES OUT_DIR [PAIRS (3)]
#     Trees: source trees with a packaged cli (mvn -B package -pl cli -am -DskipTests). Environment: HEAP as
#     tm-build-threads.sh (-Xmx512m).
set -euo pipefail
base="$1"; new="$2"; tmx="$3"; queries="$4"; out="$5"; pairs="${6:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out"
for i in $(seq 1 "$pairs"); do
  for tree in base new; do
    dir="$base"; [ "$tree" = new ] && dir="$new"
    "$repo/bench/tm-build-threads.sh" "$dir" "$tree-$i" "$tmx" "$queries" "$out" > /dev/null
    idx="$(awk '$3 == "glossa-index" { print $1 }' "$out/$tree-$i.threads")"
    user="$(awk -F': ' '/User time/ { print $2 }' "$out/$tree-$i.time")"
    sys="$(awk -F': ' '/System time/ { print $2 }' "$out/$tree-$i.time")"
    wall="$(awk -F': ' '/Elapsed/ { print $2 }' "$out/$tree-$i.time")"
    build="$(grep -m1 -E 'index build' "$out/$tree-$i.log" || true)"
    same="identical"; cmp -s "$out/dump-base-1.txt" "$out/dump-$tree-$i.txt" || same="DIFFER"
    printf '%-6s indexing thread %6s s  process user %s s sys %s s  wall %s  %s  answers %s  (%s; %s)\n' \
        "$tree-$i" "$idx" "$user" "$sys" "$wall" "$build" "$same" "$(head -1 "$out/$tree-$i.log")" \
        "$(grep 'end load' "$out/$tree-$i.log")"
  done
done
