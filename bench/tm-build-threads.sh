#!/usr/bin/env bash
# One memory index build (`TmBench index`, as bench/tm-build-compare.sh runs it) with each thread's CPU sampled by
# bench/thread-cpu.sh: the indexing thread ("glossa-index") is the build's critical path on two cores, so compare
# its CPU between trees (docs/benchmarks.md, "Issue 17, session 11: memory build").
#   Usage: bench/tm-build-threads.sh TREE NAME TMX QUERIES OUT_DIR
#     TREE: a source tree whose cli/target holds a packaged build; NAME: the run's name (files OUT_DIR/NAME.*).
#     Environment: HEAP (-Xmx512m; JVM options split at spaces, e.g. bench/tm-build-gc.sh's). The index is deleted
#     after the run; the answers stay in OUT_DIR/dump-NAME.txt.
set -euo pipefail
tree="$(cd "$1" && pwd)"; name="$2"; tmx="$3"; queries="$4"; out="$5"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a jvm <<< "${HEAP:--Xmx512m}"
mkdir -p "$out/classes-$name"
cp="$(ls "$tree"/cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):$tree/cli/target/lib/*"
javac -d "$out/classes-$name" -cp "$cp" "$repo/bench/TmBench.java"
cache="$out/cache-$name"
rm -rf "$cache"
echo "run $name $(date -u '+%H:%M:%S UTC') load $(cut -d' ' -f1-3 /proc/loadavg)" > "$out/$name.log"
/usr/bin/time -v -o "$out/$name.time" java "${jvm[@]}" "-Dtmbench.dump=$out/dump-$name.txt" \
    -cp "$out/classes-$name:$cp" TmBench index "$tmx" "$queries" "$cache" >> "$out/$name.log" 2>&1 &
timer=$!
sleep 0.3
"$repo/bench/thread-cpu.sh" "$(pgrep -P "$timer" java)" 0.5 > "$out/$name.threads"
wait "$timer"
{ echo "end load $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -E "User time|System time|Elapsed" "$out/$name.time"
  find "$cache" -name '*.si' | wc -l | sed 's/^/segments: /'; } >> "$out/$name.log"
rm -rf "$cache"
grep -E "^run|build CPU|index build:|lookups all|User|System|Elapsed|end load|segments" "$out/$name.log"
head -6 "$out/$name.threads"
