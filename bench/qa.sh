#!/usr/bin/env bash
# QA benchmark: `glossa qa` with the DW glossary over ~52,000 translated segments (1,100 generated articles).
# See docs/benchmarks.md.   Usage: bench/qa.sh   (COUNT, BENCH_DIR as in bench/run.sh)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-1100}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}"
./glossa --version >/dev/null
[ -d "$BENCH_DIR/articles" ] && [ "$(ls "$BENCH_DIR/articles" | wc -l)" -ge "$COUNT" ] \
  || python3 bench/generate-articles.py --count "$COUNT" --out "$BENCH_DIR/articles"
cp="$(ls cli/target/glossa-cli-*.jar | head -n 1):cli/target/lib/*"
mkdir -p /tmp/qabench
javac -d /tmp/qabench -cp "$cp" bench/MakeTranslated.java
rm -rf "$BENCH_DIR/translated"
java -cp "$cp:/tmp/qabench" MakeTranslated "$BENCH_DIR/articles" glossaries/dw-en-de.tbx "$BENCH_DIR/translated"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
for disable in "" "wrong-language"; do
  echo "+ ./glossa qa $BENCH_DIR/translated -g glossaries/dw-en-de.tbx --format json -o $BENCH_DIR/qa.json --fail-on never ${disable:+--disable $disable}"
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KiB" \
    ./glossa qa "$BENCH_DIR/translated" -g glossaries/dw-en-de.tbx --format json -o "$BENCH_DIR/qa.json" --fail-on never \
      ${disable:+--disable $disable}
  python3 - "$BENCH_DIR/qa.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(f"segments {s['segments']}, issues {s['issues']}, by severity {s['bySeverity']}")
print("by check", s["byCheck"])
PY
done
