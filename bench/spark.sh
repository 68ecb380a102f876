#!/usr/bin/env bash
# Spark benchmark: the same archive through `glossa extract|qa|analyze` (one JVM, all cores) and through
# `glossa spark extract|qa|analyze` in local[1] and local[2]. See docs/benchmarks.md ("glossa spark").
# Usage: bench/spark.sh   (COUNT articles, default 10000; BENCH_DIR, default /tmp/glossa-bench-spark)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-10000}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench-spark}"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
./glossa --version >/dev/null
./glossa spark --version >/dev/null 2>&1 || true   # builds the spark module
[ -d "$BENCH_DIR/articles" ] && [ "$(ls "$BENCH_DIR/articles" | wc -l)" -ge "$COUNT" ] \
  || python3 bench/generate-articles.py --count "$COUNT" --out "$BENCH_DIR/articles"
if [ ! -d "$BENCH_DIR/translated" ]; then
  cp="$(ls cli/target/glossa-cli-*.jar | head -n 1):cli/target/lib/*"
  mkdir -p /tmp/qabench && javac -d /tmp/qabench -cp "$cp" bench/MakeTranslated.java
  java -cp "$cp:/tmp/qabench" MakeTranslated "$BENCH_DIR/articles" glossaries/dw-en-de.tbx "$BENCH_DIR/translated"
fi
run() { # label, command...
  local label="$1"; shift
  echo "== $label: $*  (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "$label: wall %e s, user %U s, sys %S s, peak RSS %M KiB" "$@" >"$BENCH_DIR/$label.out" 2>"$BENCH_DIR/$label.err" || true
  tail -n 1 "$BENCH_DIR/$label.err"
}
a="$BENCH_DIR/articles"; t="$BENCH_DIR/translated"
run cli-extract ./glossa extract "$a" -s en -t de -g glossaries/dw-en-de.tbx -o "$BENCH_DIR/x-cli" --force -q
for m in 1 2; do
  run "spark$m-extract" ./glossa spark extract "$a" -s en -t de -g glossaries/dw-en-de.tbx -o "$BENCH_DIR/x-spark$m" --force -q --master "local[$m]"
done
run cli-qa ./glossa qa "$t" -g glossaries/dw-en-de.tbx --format json -o "$BENCH_DIR/qa-cli.json" --fail-on never -q
for m in 1 2; do
  run "spark$m-qa" ./glossa spark qa "$t" -g glossaries/dw-en-de.tbx --format json -o "$BENCH_DIR/qa-spark$m.json" --fail-on never -q --master "local[$m]"
done
run cli-analyze ./glossa analyze "$a" --json -q
for m in 1 2; do
  run "spark$m-analyze" ./glossa spark analyze "$a" --json -q --master "local[$m]"
done
cmp "$BENCH_DIR/qa-cli.json" "$BENCH_DIR/qa-spark2.json" && echo "qa: the same JSON report"
cmp "$BENCH_DIR/cli-analyze.out" "$BENCH_DIR/spark2-analyze.out" && echo "analyze: the same counts"
diff -r -q "$BENCH_DIR/x-cli" "$BENCH_DIR/x-spark2" && echo "extract: the same XLIFF"
# start-up: a job over one file
run spark2-one-file ./glossa spark analyze seeds --json -q --master "local[2]"
run cli-one-file ./glossa analyze seeds --json -q
