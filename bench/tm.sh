#!/usr/bin/env bash
# Translation-memory benchmark: a generated EN→DE TMX (TmBench generate), the index build and 1,000 lookups
# (-Xmx512m), ten opens of the built index (what each start of a tool waits for), concordance searches on the same
# index, and, for UNITS ≤ 1M, a linear scan to compare against.
# See docs/benchmarks.md ("Translation memory").
#   Usage: bench/tm.sh            1,000,000 units (about 6 min on 2 quiet cores; generation 30 s, once)
#          bench/tm-10m.sh        10,000,000 units (bench/tm.sh with UNITS=10000000; about 15 min + 5 min generation;
#                                 needs ~15 GB free in BENCH_DIR)
#   Environment: UNITS (1000000), LINEAR_LOOKUPS (20; 0 skips the linear scan), BENCH_DIR (/tmp/glossa-bench),
#                HEAP (-Xmx512m), DUMP (a file: every query's matches, for diffing two builds' answers)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
UNITS="${UNITS:-1000000}"
LINEAR_LOOKUPS="${LINEAR_LOOKUPS:-20}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}/tm"
HEAP="${HEAP:--Xmx512m}"
SEED_FILE="${SEED_FILE:-seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt}"
mkdir -p "$BENCH_DIR"
./glossa --version >/dev/null
cp="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):cli/target/lib/*"
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" -cp "$cp" bench/TmBench.java bench/SpellConcordanceBench.java
run() { echo "+ $*" >&2; local s=$SECONDS; "$@"; echo "  ($((SECONDS - s)) s)" >&2; }
tmx="$BENCH_DIR/tm-$UNITS.tmx"
queries="$BENCH_DIR/queries-$UNITS.tsv"
[ -f "$tmx" ] && [ -f "$queries" ] || run java -cp "$BENCH_DIR/classes:$cp" TmBench generate "$SEED_FILE" "$tmx" "$queries" "$UNITS"
rm -rf "$BENCH_DIR/cache"
{ echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -1)"; echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; } >&2
dump=(); [ -n "${DUMP:-}" ] && dump=("-Dtmbench.dump=$DUMP")
run /usr/bin/time -v -o "$BENCH_DIR/time-index.txt" \
    java "$HEAP" "${dump[@]}" -cp "$BENCH_DIR/classes:$cp" TmBench index "$tmx" "$queries" "$BENCH_DIR/cache"
grep -E "Maximum resident|Elapsed|User time|System time" "$BENCH_DIR/time-index.txt"
run java "$HEAP" -cp "$BENCH_DIR/classes:$cp" TmBench reopen "$tmx" "$BENCH_DIR/cache" 10
run java "$HEAP" -cp "$BENCH_DIR/classes:$cp" SpellConcordanceBench concordance "$tmx" "$BENCH_DIR/cache" \
    "joint declaration" Stoltenberg "collective defence" "the EU and NATO" "grebnetlotSe"
if [ "$LINEAR_LOOKUPS" -gt 0 ]; then
  run /usr/bin/time -v -o "$BENCH_DIR/time-linear.txt" \
      java -Xmx1g -cp "$BENCH_DIR/classes:$cp" TmBench linear "$tmx" "$queries" "$LINEAR_LOOKUPS" "$BENCH_DIR/cache"
  grep -E "Maximum resident|Elapsed" "$BENCH_DIR/time-linear.txt"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
