#!/usr/bin/env bash
# One memory index build (`TmBench index`) on the launcher's JVM path for `glossa tm` (C2, serial collector, no -Xmx:
# the build's RAM buffer is then 96 MB, decision 0053) plus JVM_OPTIONS, with the collector's log (-Xlog:gc, and the
# survivors' ages) and each thread's CPU (bench/thread-cpu.sh). For the young generation's copying of Lucene's RAM
# buffer (docs/benchmarks.md, "Issue 17, session 13: memory build, the key field, merges, GC").
#   Usage: bench/tm-build-gc.sh TREE NAME TMX QUERIES OUT_DIR [JVM_OPTIONS...]
#     TREE: a source tree whose cli/target holds a packaged build; NAME: the run's name (files OUT_DIR/NAME.*).
#     Prints the collections (young, full), their pause total, the GC and indexing threads' CPU and the peak RSS.
set -euo pipefail
tree="$(cd "$1" && pwd)"; name="$2"; tmx="$3"; queries="$4"; out="$5"; shift 5
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out/classes-$name"
cp="$(ls "$tree"/cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):$tree/cli/target/lib/*"
javac -d "$out/classes-$name" -cp "$cp" "$repo/bench/TmBench.java"
cache="$out/cache-$name"
rm -rf "$cache"
echo "run $name $(date -u '+%H:%M:%S UTC') load $(cut -d' ' -f1-3 /proc/loadavg) options: -XX:+UseSerialGC $*" \
    > "$out/$name.log"
/usr/bin/time -v -o "$out/$name.time" java -XX:+UseSerialGC "$@" \
    "-Xlog:gc,gc+heap=debug,gc+age=debug:file=$out/$name.gc:uptime,tags" "-Dtmbench.dump=$out/dump-$name.txt" \
    -cp "$out/classes-$name:$cp" TmBench index "$tmx" "$queries" "$cache" >> "$out/$name.log" 2>&1 &
timer=$!
sleep 0.3
"$repo/bench/thread-cpu.sh" "$(pgrep -P "$timer" java)" 0.5 > "$out/$name.threads"
wait "$timer"
{ echo "end load $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -E "User time|System time|Elapsed|Maximum resident" "$out/$name.time"
  find "$cache" -name '*.si' | wc -l | sed 's/^/segments: /'
  # pauses: "[gc] GC(n) Pause Young (Allocation Failure) 120M->80M(500M) 35.123ms"
  awk '/\[gc *\] GC\([0-9]+\) Pause/ { kind = ($0 ~ /Pause Young/) ? "young" : "full"; n[kind]++;
         ms = $NF; sub(/ms$/, "", ms); t[kind] += ms }
       END { for (k in n) printf "collections %s: %d, pauses %.1f s\n", k, n[k], t[k] / 1000 }' "$out/$name.gc"
} >> "$out/$name.log"
rm -rf "$cache"
grep -E "^run|build CPU|index build:|lookups all|User|System|Elapsed|Maximum|end load|segments|collections" "$out/$name.log"
grep -E "VM Thread|glossa-index|GC Thread|main|C2" "$out/$name.threads" || true
