#!/usr/bin/env bash
# Spark benchmark, one command (docs/benchmarks.md, "glossa spark"): COUNT generated articles through
# `glossa extract|qa|analyze` (one JVM, all cores) and through `glossa spark extract|qa|analyze` in local[1] and
# local[2]; start-up cost (each launcher on one file); checks that the outputs are the same; prints a table with wall
# and CPU times, CPU per article net of start-up, throughput and the load average around each run.
#
#   bench/spark.sh                 # 10,000 articles under /tmp/glossa-bench-spark
#   COUNT=2000 bench/spark.sh      # fewer; BENCH_DIR=... to write elsewhere (articles are reused when enough)
#
# Needs python3, java 17, maven (through ./glossa) and GNU time (/usr/bin/time). On a quiet 2-vCPU machine 10,000
# articles take ~40 minutes (see docs/benchmarks.md); everything generated goes to $BENCH_DIR.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-10000}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench-spark}"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
start=$(date +%s)
mkdir -p "$BENCH_DIR"
./glossa --version >/dev/null                  # builds the command line
./glossa spark --version >/dev/null            # builds the Spark jobs
a="$BENCH_DIR/articles-$COUNT"; t="$BENCH_DIR/translated-$COUNT"; g=glossaries/dw-en-de.tbx
[ -d "$a" ] && [ "$(ls "$a" | wc -l)" -eq "$COUNT" ] \
  || { rm -rf "$a"; python3 bench/generate-articles.py --count "$COUNT" --out "$a" >/dev/null; }
if [ ! -d "$t" ] || [ "$(ls "$t" | wc -l)" -ne "$COUNT" ]; then
  rm -rf "$t"
  cp="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):cli/target/lib/*"
  mkdir -p "$BENCH_DIR/classes" && javac -d "$BENCH_DIR/classes" -cp "$cp" bench/MakeTranslated.java
  java -cp "$cp:$BENCH_DIR/classes" MakeTranslated "$a" "$g" "$t" >/dev/null
fi
results="$BENCH_DIR/results.tsv"
printf 'run\tfiles\twall_s\tuser_s\tsys_s\trss_kib\tload_before\tload_after\n' > "$results"
run() { # label, files, command...
  local label="$1" files="$2"; shift 2
  local before; before="$(cut -d' ' -f1 /proc/loadavg)"
  echo "== $label: $*  (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  /usr/bin/time -o "$BENCH_DIR/$label.time" -f "%e %U %S %M" "$@" >"$BENCH_DIR/$label.out" 2>"$BENCH_DIR/$label.err" \
    || echo "   (exit $? — see $BENCH_DIR/$label.err)" >&2
  read -r wall user sys rss < "$BENCH_DIR/$label.time"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$files" "$wall" "$user" "$sys" "$rss" "$before" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$results"
}
one=seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt
# start-up: each launcher on one article (the Spark job: context start, one task, stop)
run cli-one 1 ./glossa analyze "$one" --json -q
run spark1-one 1 ./glossa spark analyze "$one" --json -q --master 'local[1]'
run spark2-one 1 ./glossa spark analyze "$one" --json -q --master 'local[2]'
for m in cli spark1 spark2; do
  case $m in cli) cmd=(./glossa); at=();; spark1) cmd=(./glossa spark); at=(--master 'local[1]');;
    spark2) cmd=(./glossa spark); at=(--master 'local[2]');; esac
  run "$m-extract" "$COUNT" "${cmd[@]}" extract "$a" -s en -t de -g "$g" -o "$BENCH_DIR/x-$m" --force -q "${at[@]}"
done
for m in cli spark1 spark2; do
  case $m in cli) cmd=(./glossa); at=();; spark1) cmd=(./glossa spark); at=(--master 'local[1]');;
    spark2) cmd=(./glossa spark); at=(--master 'local[2]');; esac
  run "$m-qa" "$COUNT" "${cmd[@]}" qa "$t" -g "$g" --format json -o "$BENCH_DIR/qa-$m.json" --fail-on never -q "${at[@]}"
done
for m in cli spark1 spark2; do
  case $m in cli) cmd=(./glossa); at=();; spark1) cmd=(./glossa spark); at=(--master 'local[1]');;
    spark2) cmd=(./glossa spark); at=(--master 'local[2]');; esac
  run "$m-analyze" "$COUNT" "${cmd[@]}" analyze "$a" --json -q "${at[@]}"
done
same=yes
for m in spark1 spark2; do
  diff -r -q "$BENCH_DIR/x-cli" "$BENCH_DIR/x-$m" >/dev/null || { echo "extract: $m's XLIFF differs" >&2; same=no; }
  cmp -s "$BENCH_DIR/qa-cli.json" "$BENCH_DIR/qa-$m.json" || { echo "qa: $m's report differs" >&2; same=no; }
  cmp -s "$BENCH_DIR/cli-analyze.out" "$BENCH_DIR/$m-analyze.out" || { echo "analyze: $m's counts differ" >&2; same=no; }
done
# the table: CPU per article net of the launcher's start-up (its one-file run)
awk -F'\t' -v n="$COUNT" 'NR > 1 { cpu[$1] = $4 + $5; wall[$1] = $3; rss[$1] = $6; lb[$1] = $7; la[$1] = $8; ord[++k] = $1 }
  END {
    printf "| run | wall | CPU (user+sys) | CPU per article, start-up taken off | articles per wall second | peak RSS | load average before → after |\n"
    printf "|---|---|---|---|---|---|---|\n"
    for (i = 1; i <= k; i++) {
      r = ord[i]; split(r, p, "-"); base = p[1] "-one"
      net = (r ~ /-one$/) ? "—" : sprintf("%.1f ms", (cpu[r] - cpu[base]) * 1000 / n)
      tput = (r ~ /-one$/) ? "—" : sprintf("%.1f", n / wall[r])
      printf "| %s | %.1f s | %.1f s | %s | %s | %d MiB | %s → %s |\n", r, wall[r], cpu[r], net, tput, rss[r] / 1024, lb[r], la[r]
    }
  }' "$results" | tee "$BENCH_DIR/results.md"
echo "outputs the same as the command line's: $same; $COUNT articles; script time $(( $(date +%s) - start )) s;" \
  "nproc $(nproc); results in $BENCH_DIR" | tee -a "$BENCH_DIR/results.md"
[ "$same" = yes ]
