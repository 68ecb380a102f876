#!/usr/bin/env bash
# One memory index build (`TmBench index`, per-thread CPU: bench/tm-build-threads.sh) on the launcher's JVM path for
# `glossa tm` (C2, serial collector, no -Xmx: the build's RAM buffer is then 96 MB, decision 0053) plus JVM_OPTIONS,
# with the collector's log (-Xlog:gc, heap sizes, the survivors' ages) in OUT_DIR/NAME.gc: what the young generation
# copies (docs/benchmarks.md, "Issue 17, session 13: memory build, the key field, merges, GC"; decision 0055).
#   Usage: bench/tm-build-gc.sh TREE NAME TMX QUERIES OUT_DIR [JVM_OPTIONS...] (options without spaces)
#     Prints tm-build-threads.sh's summary, then the collections (young, full), their pause total and the peak RSS.
set -euo pipefail
tree="$1"; name="$2"; tmx="$3"; queries="$4"; out="$5"; shift 5
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out"
HEAP="-XX:+UseSerialGC $* -Xlog:gc,gc+heap=debug,gc+age=debug:file=$out/$name.gc:uptime,tags" \
    "$repo/bench/tm-build-threads.sh" "$tree" "$name" "$tmx" "$queries" "$out"
grep -E "Maximum resident" "$out/$name.time"
# pauses: "[gc ] GC(n) Pause Young (Allocation Failure) 120M->80M(500M) 35.123ms"
awk '/\[gc *\] GC\([0-9]+\) Pause/ { kind = ($0 ~ /Pause Young/) ? "young" : "full"; n[kind]++;
       ms = $NF; sub(/ms$/, "", ms); t[kind] += ms }
     END { for (k in n) printf "collections %s: %d, pauses %.1f s\n", k, n[k], t[k] / 1000 }' "$out/$name.gc"
