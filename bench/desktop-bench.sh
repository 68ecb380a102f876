#!/usr/bin/env bash
# Desktop editor benchmark: a 10,000-segment XLIFF 2.1 opened in the editor under Xvfb (see docs/benchmarks.md).
# Needs: apt-get install -y xvfb.   Usage: bench/desktop-bench.sh   (SEGMENTS, BENCH_DIR, GLOSSA_JAVA_OPTS)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
SEGMENTS="${SEGMENTS:-10000}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}"
GLOSSA_JAVA_OPTS= ./glossa --version >/dev/null   # builds the jars when needed (the options are for the bench JVM)
[ -d "$BENCH_DIR/desktop-articles" ] && [ "$(ls "$BENCH_DIR/desktop-articles" | wc -l)" -ge 300 ] \
  || python3 bench/generate-articles.py --count 300 --out "$BENCH_DIR/desktop-articles"
xlf="$BENCH_DIR/desktop-$SEGMENTS.xlf"
cli="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):cli/target/lib/*"
[ -f "$xlf" ] || java -cp "$cli" bench/desktop/MakeLargeXliff.java "$BENCH_DIR/desktop-articles" glossaries/dw-en-de.tbx \
  "$xlf" "$SEGMENTS"
rm -f "$xlf".glossa-autosave.xlf "$BENCH_DIR/.desktop-$SEGMENTS.xlf.glossa-autosave.xlf"   # start from the file, not a recovery
desktop="$(ls desktop/target/glossa-desktop-*.jar | grep -v -e sources -e tests | head -n 1):desktop/target/lib/*"
echo "+ java ${GLOSSA_JAVA_OPTS:-} -cp DESKTOP bench/desktop/DesktopBench.java $xlf glossaries/dw-en-de.tbx (Xvfb)"
xvfb-run -a -s '-screen 0 1600x1000x24' \
  java ${GLOSSA_JAVA_OPTS:-} -Dprism.order=sw -cp "$desktop" bench/desktop/DesktopBench.java "$xlf" glossaries/dw-en-de.tbx
