#!/usr/bin/env bash
# The desktop editor's background writes: autosave of the seed article and project-memory rewrites after one
# confirmation, for memories of 1,000 / 10,000 / 100,000 units. See docs/benchmarks.md.
# Usage: bench/desktop-writes.sh   (RUNS=15, BENCH_DIR)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
RUNS="${RUNS:-15}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}/desktop-writes"
mkdir -p "$BENCH_DIR/classes"
./glossa --version >/dev/null   # builds the jars when needed
cp="$(ls desktop/target/glossa-desktop-*.jar | grep -v -e sources -e tests | head -n 1):desktop/target/lib/*"
javac -d "$BENCH_DIR/classes" -cp "$cp" bench/DesktopWriteBench.java
{ echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -1)"; echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; } >&2
java -cp "$BENCH_DIR/classes:$cp" DesktopWriteBench seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt \
    "$BENCH_DIR/work" "$RUNS" 1000 10000 100000
