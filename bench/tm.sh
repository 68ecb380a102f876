#!/usr/bin/env bash
# Translation-memory benchmark: a generated 1,000,000-unit EN→DE TMX, index build and lookups (-Xmx512m) against a
# linear scan. See docs/benchmarks.md.   Usage: bench/tm.sh   (UNITS=1000000, LINEAR_LOOKUPS=20, BENCH_DIR)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
UNITS="${UNITS:-1000000}"
LINEAR_LOOKUPS="${LINEAR_LOOKUPS:-20}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}/tm"
SEED_FILE="${SEED_FILE:-seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt}"
mkdir -p "$BENCH_DIR"
./glossa --version >/dev/null
cp="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):cli/target/lib/*"
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" -cp "$cp" bench/TmBench.java
run() { echo "+ $*" >&2; "$@"; }
tmx="$BENCH_DIR/tm-$UNITS.tmx"
queries="$BENCH_DIR/queries-$UNITS.tsv"
[ -f "$tmx" ] && [ -f "$queries" ] || run java -cp "$BENCH_DIR/classes:$cp" TmBench generate "$SEED_FILE" "$tmx" "$queries" "$UNITS"
rm -rf "$BENCH_DIR/cache"
{ echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -1)"; echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; } >&2
run /usr/bin/time -v -o "$BENCH_DIR/time-index.txt" \
    java -Xmx512m -cp "$BENCH_DIR/classes:$cp" TmBench index "$tmx" "$queries" "$BENCH_DIR/cache"
grep -E "Maximum resident|Elapsed" "$BENCH_DIR/time-index.txt"
run /usr/bin/time -v -o "$BENCH_DIR/time-linear.txt" \
    java -Xmx1g -cp "$BENCH_DIR/classes:$cp" TmBench linear "$tmx" "$queries" "$LINEAR_LOOKUPS" "$BENCH_DIR/cache"
grep -E "Maximum resident|Elapsed" "$BENCH_DIR/time-linear.txt"
