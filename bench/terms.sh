#!/usr/bin/env bash
# Term recognition benchmark: 1,000 generated articles, the DW glossary (35 concepts) vs a generated
# 100,000-entry glossary. See docs/benchmarks.md.  Usage: bench/terms.sh   (COUNT, BENCH_DIR as in bench/run.sh)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-1000}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}"
./glossa --version >/dev/null
[ -d "$BENCH_DIR/articles" ] && [ "$(ls "$BENCH_DIR/articles" | wc -l)" -ge "$COUNT" ] \
  || python3 bench/generate-articles.py --count "$COUNT" --out "$BENCH_DIR/articles"
python3 bench/generate-glossary.py --count 100000 --out "$BENCH_DIR/glossary-100k.csv"
cp="$(ls cli/target/glossa-cli-*.jar | head -n 1):cli/target/lib/*"
mkdir -p /tmp/termbench
javac -d /tmp/termbench -cp "$cp" bench/TermBench.java
echo "+ java -Xmx2g -cp $cp:/tmp/termbench TermBench $BENCH_DIR/articles glossaries/dw-en-de.tbx $BENCH_DIR/glossary-100k.csv"
java -Xmx2g -cp "$cp:/tmp/termbench" TermBench "$BENCH_DIR/articles" glossaries/dw-en-de.tbx "$BENCH_DIR/glossary-100k.csv"
