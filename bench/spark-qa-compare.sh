#!/usr/bin/env bash
# Spark QA, two revisions interleaved (docs/benchmarks.md, "Issue 17, session 9: what session 8's review left open"):
#
#   bench/spark-qa-compare.sh                                 # BASE_REV=055a145 (main before decision 0037) vs HEAD
#   COUNT=10000 ROUNDS=3 BASE_REV=055a145 NEW_REV=main bench/spark-qa-compare.sh
#   JFR=1 ROUNDS=1 bench/spark-qa-compare.sh                  # one pair with a JFR recording of each side
#
# Builds both revisions from `git archive` into $BENCH_DIR/base and $BENCH_DIR/new (each through its own ./glossa
# launcher, `./glossa spark` builds the Spark jobs), generates COUNT articles and their translations as bench/spark.sh
# does, then ROUNDS times, base then new: `glossa spark qa DIR -g glossaries/dw-en-de.tbx --format json --master
# 'local[1]'` under `nice -n $NICE` and GNU time (wall, user, sys, peak RSS, load average before and after). Checks
# that every report is byte-identical to the first base report and prints a Markdown table; raw logs in $BENCH_DIR.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-5000}"
ROUNDS="${ROUNDS:-3}"
NICE="${NICE:-19}"
BASE_REV="${BASE_REV:-055a145}"
NEW_REV="${NEW_REV:-HEAD}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-spark-qa-compare}"
JFR="${JFR:-}"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
mkdir -p "$BENCH_DIR/logs"

for side in base new; do
  rev="$BASE_REV"; [ "$side" = new ] && rev="$NEW_REV"
  sha="$(git rev-parse "$rev^{commit}")"
  if [ "$(cat "$BENCH_DIR/$side.rev" 2>/dev/null)" != "$sha" ] || [ ! -f "$BENCH_DIR/$side/spark/target/.glossa-built" ]; then
    rm -rf "${BENCH_DIR:?}/$side"; mkdir -p "$BENCH_DIR/$side"
    git archive "$sha" | tar -x -C "$BENCH_DIR/$side"
    echo "bench: building $side ($rev = ${sha:0:10})…" >&2
    (cd "$BENCH_DIR/$side" && ./glossa --version >/dev/null && ./glossa spark --version >/dev/null)
    echo "$sha" > "$BENCH_DIR/$side.rev"
  fi
done

a="$BENCH_DIR/articles-$COUNT"; t="$BENCH_DIR/translated-$COUNT"; g="$repo/glossaries/dw-en-de.tbx"
[ -d "$a" ] && [ "$(ls "$a" | wc -l)" -eq "$COUNT" ] \
  || { rm -rf "$a"; python3 bench/generate-articles.py --count "$COUNT" --out "$a" >/dev/null; }
if [ ! -d "$t" ] || [ "$(ls "$t" | wc -l)" -ne "$COUNT" ]; then
  rm -rf "$t"
  cp="$(ls "$BENCH_DIR"/new/cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):$BENCH_DIR/new/cli/target/lib/*"
  mkdir -p "$BENCH_DIR/classes" && javac -d "$BENCH_DIR/classes" -cp "$cp" bench/MakeTranslated.java
  java -cp "$cp:$BENCH_DIR/classes" MakeTranslated "$a" "$g" "$t" >/dev/null
fi

results="$BENCH_DIR/results.tsv"
printf 'run\twall_s\tuser_s\tsys_s\trss_kib\tload_before\tload_after\tstarted\n' > "$results"
for round in $(seq 1 "$ROUNDS"); do
  for side in base new; do
    label="$side-$round"
    opts=""
    [ -n "$JFR" ] && opts="-XX:StartFlightRecording=filename=$BENCH_DIR/$label.jfr,settings=profile"
    before="$(cut -d' ' -f1 /proc/loadavg)"; started="$(date -u +%H:%M:%S)"
    echo "== $label at $started (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    (cd "$BENCH_DIR/$side" && GLOSSA_JAVA_OPTS="$opts" nice -n "$NICE" /usr/bin/time -o "$BENCH_DIR/logs/$label.time" \
      -f "%e %U %S %M" ./glossa spark qa "$t" -g "$g" --format json -o "$BENCH_DIR/qa-$label.json" --fail-on never -q \
      --master 'local[1]' >"$BENCH_DIR/logs/$label.out" 2>"$BENCH_DIR/logs/$label.err") \
      || echo "   (exit $? — see $BENCH_DIR/logs/$label.err)" >&2
    read -r wall user sys rss < "$BENCH_DIR/logs/$label.time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "$user" "$sys" "$rss" "$before" \
      "$(cut -d' ' -f1 /proc/loadavg)" "$started" >> "$results"
  done
done
same=yes
for f in "$BENCH_DIR"/qa-*.json; do
  cmp -s "$BENCH_DIR/qa-base-1.json" "$f" || { echo "qa: $f differs from qa-base-1.json" >&2; same=no; }
done
awk -F'\t' 'NR > 1 { printf "| %s | %s | %.1f s | %.1f s | %d MiB | %s → %s |\n", $1, $8, $2, $3 + $4, $5 / 1024, $6, $7 }
  BEGIN { print "| run | started (UTC) | wall | CPU (user+sys) | peak RSS | load average before → after |"; print "|---|---|---|---|---|---|" }' \
  "$results" | tee "$BENCH_DIR/results.md"
echo "reports byte-identical: $same"
