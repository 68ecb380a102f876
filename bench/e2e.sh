#!/usr/bin/env bash
# End-to-end throughput: a project of N generated articles with the DW glossary and a memory, run with
# `glossa run PROJECT` (extract + term marking + pre-translation, QA of the translated segments, analysis).
# Reports wall time, articles/s and peak RSS. See docs/benchmarks.md.
#   bench/e2e.sh            # N=1000     COUNT=10000 bench/e2e.sh   # BENCH_DIR as in bench/run.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-1000}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}"
proj="$BENCH_DIR/e2e-$COUNT"
./glossa --version >/dev/null
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
arts="$BENCH_DIR/articles-$COUNT"
[ -d "$arts" ] && [ "$(ls "$arts" | wc -l)" -ge "$COUNT" ] || python3 bench/generate-articles.py --count "$COUNT" --out "$arts"
# the memory: a "translation" of the first 200 articles (targets = sources with glossary terms replaced)
cp="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):cli/target/lib/*"
mkdir -p /tmp/qabench && javac -d /tmp/qabench -cp "$cp" bench/MakeTranslated.java
rm -rf "$proj" "$BENCH_DIR/e2e-seedmem"
mkdir -p "$BENCH_DIR/e2e-seedmem/in"
ls "$arts" | sed -n 1,200p | while read -r f; do cp "$arts/$f" "$BENCH_DIR/e2e-seedmem/in/"; done
java -cp "$cp:/tmp/qabench" MakeTranslated "$BENCH_DIR/e2e-seedmem/in" glossaries/dw-en-de.tbx "$BENCH_DIR/e2e-seedmem/xlf" >/dev/null
./glossa project init "$proj" -s en -t de >/dev/null
cp -r "$arts/." "$proj/sources/"
cp glossaries/dw-en-de.tbx "$proj/glossaries/"
./glossa tm import "$BENCH_DIR/e2e-seedmem/xlf" -o "$proj/memories/bench.tmx" >/dev/null
./glossa tm stats "$proj/memories/bench.tmx" >/dev/null   # build the memory's index before timing
echo "+ ./glossa run $proj --quiet"
start=$(date +%s.%N)
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KiB" ./glossa run "$proj" --quiet || true
end=$(date +%s.%N)
python3 -c "import sys; n=int(sys.argv[1]); t=float(sys.argv[3])-float(sys.argv[2]); print(f'{n} articles in {t:.1f} s: {n/t:.1f} articles/s')" "$COUNT" "$start" "$end"
