#!/usr/bin/env bash
# The command line on JDK 17 with the launcher's CDS archive against JDK 25 with an ahead-of-time cache (JEP 483/514/515)
# made by the same training run (org.glossa.cli.CdsTraining), one build, interleaved (docs/benchmarks.md, "Issue 17,
# session 9: JDK 25 and its AOT cache"):
#
#   bench/jdk25-compare.sh                              # ROUNDS=5 COLD_RUNS=15 QA_ROUNDS=3 REV=HEAD
#   JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 ROUNDS=8 OKAPI=no VARIANTS="j17 j25-c1" bench/jdk25-compare.sh
#
# Builds REV from `git archive` into $BENCH_DIR/build through its own ./glossa (JDK 17, its CDS archive), then makes
# JDK 25 AOT caches with the training run under each JVM flag set (AOT caches hold the flags they were made with:
# C1 only, tiered, compact object headers; VARIANTS may also name j25-c1-parallel, j25-c1-g1, j25-nocache). Then,
# each interleaved, every variant under GNU time (wall, user, sys, RSS, load average):
#   - `extract` of COUNT generated articles (2 threads), and Okapi's pipeline (bench/OkapiExtractBench) on both JDKs
#     (OKAPI=no leaves it out);
#   - a cold `segment SEED`;
#   - `qa` of bench/qa.sh's inputs (1,100 articles, 52,270 translated segments, DW glossary, JSON report).
# Even rounds run the variants in reverse order. Each variant runs `java … org.glossa.cli.Main` directly (the
# launcher's shell part is the same for both JDKs).
# Checks that every variant wrote the same bytes as JDK 17 (articles' XLIFF, the seed's segments, the QA report) and
# that its standard error holds no warning. Prints a Markdown report; raw logs in $BENCH_DIR/logs.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-1000}"
ROUNDS="${ROUNDS:-5}"
COLD_RUNS="${COLD_RUNS:-15}"
QA_ROUNDS="${QA_ROUNDS:-3}"
OKAPI="${OKAPI:-yes}"
REV="${REV:-HEAD}"
JDK17="${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-jdk25}"
VARIANTS="${VARIANTS:-j17 j25-c1 j25-c1-coh j25-tiered}"
SEED="seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt"
OKAPI_VERSION=1.47.0
log="$BENCH_DIR/logs"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
"$JDK17/bin/java" -version 2>&1 | grep -q '"17\.' || { echo "bench: $JDK17 is not a JDK 17 (set JDK17)" >&2; exit 2; }
"$JDK25/bin/java" -version 2>&1 | grep -q '"25' || { echo "bench: $JDK25 is not a JDK 25 (set JDK25)" >&2; exit 2; }
mkdir -p "$BENCH_DIR" "$log"
rm -f "$log"/*

# --- one build, its CDS archive (JDK 17, the launcher's) and the AOT caches (JDK 25) ----------------------------
build="$BENCH_DIR/build"
sha="$(git rev-parse "$REV^{commit}")"
if [ "$(cat "$BENCH_DIR/build.rev" 2>/dev/null)" != "$sha" ] || [ ! -f "$build/cli/target/.glossa-built" ]; then
  rm -rf "$build"; mkdir -p "$build"
  git archive "$sha" | tar -x -C "$build"
  echo "bench: building $REV (${sha:0:10})…" >&2
  PATH="$JDK17/bin:$PATH" "$build/glossa" --version >/dev/null
  echo "$sha" > "$BENCH_DIR/build.rev"
fi
[ -f "$build/cli/target/glossa.jsa" ] || { echo "bench: the launcher made no CDS archive" >&2; exit 1; }
jar="$(ls "$build"/cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1)"
# the launcher's class path (cli_class_path, decision 0058): the archive was dumped with it and is ignored otherwise
cp="$jar"
for f in "$build"/cli/target/lib/glossa-core-*.jar "$build"/cli/target/lib/icu4j-*.jar; do [ -f "$f" ] && cp="$cp:$f"; done
cp="$cp:$build/cli/target/lib/*"
c1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
flags() { # the JVM flags of a variant
  case "$1" in
    j17) echo "-XX:SharedArchiveFile=$build/cli/target/glossa.jsa -Xshare:auto -Xlog:cds=off $c1" ;;
    j25-c1) echo "-XX:AOTCache=$BENCH_DIR/c1.aot $c1" ;;
    j25-c1-coh) echo "-XX:AOTCache=$BENCH_DIR/c1-coh.aot -XX:+UseCompactObjectHeaders $c1" ;;
    j25-tiered) echo "-XX:AOTCache=$BENCH_DIR/tiered.aot -XX:+UseSerialGC" ;;
    j25-c1-parallel) echo "-XX:AOTCache=$BENCH_DIR/c1-parallel.aot -XX:TieredStopAtLevel=1 -XX:+UseParallelGC" ;;
    j25-c1-g1) echo "-XX:AOTCache=$BENCH_DIR/c1-g1.aot -XX:TieredStopAtLevel=1 -XX:+UseG1GC" ;;
    j25-nocache) echo "$c1" ;;
  esac
}
javaof() { case "$1" in j17) echo "$JDK17/bin/java" ;; *) echo "$JDK25/bin/java" ;; esac; }
train="$BENCH_DIR/train"
for v in $VARIANTS; do
  case "$v" in j17|j25-nocache) continue ;; esac
  aot="$(flags "$v" | sed 's/^-XX:AOTCache=\([^ ]*\) .*/\1/')"
  rm -rf "$train" "$aot"; mkdir -p "$train/in"
  cp "$SEED" "$train/in/a.txt"; cp "$SEED" "$train/in/b.txt"
  # the same flags as the runs, without the cache and with -XX:AOTCacheOutput (JEP 514: trains and creates in one run)
  # shellcheck disable=SC2046
  /usr/bin/time -o "$log/train-$v.txt" -f "%e %U %S" "$JDK25/bin/java" -XX:AOTCacheOutput="$aot" \
      $(flags "$v" | sed 's/-XX:AOTCache=[^ ]* //') -cp "$cp" org.glossa.cli.CdsTraining "$SEED" "$train/in" "$train/out" \
      > "$log/train-$v.log" 2>&1 || { cat "$log/train-$v.log" >&2; exit 1; }
  echo "$v: AOT cache $(($(stat -c %s "$aot") / 1048576)) MB, training + creation $(cat "$log/train-$v.txt") (wall user sys)" \
      >> "$log/caches.txt"
done
rm -rf "$train"
echo "CDS archive (JDK 17): $(($(stat -c %s "$build/cli/target/glossa.jsa") / 1048576)) MB" >> "$log/caches.txt"

# --- Okapi's pipeline (compiled for Java 17, run on both JDKs) -------------------------------------------------
m2="${MAVEN_REPO:-$HOME/.m2/repository}/net/sf/okapi/filters"
plain="$m2/okapi-filter-plaintext/$OKAPI_VERSION/okapi-filter-plaintext-$OKAPI_VERSION.jar"
regex="$m2/okapi-filter-regex/$OKAPI_VERSION/okapi-filter-regex-$OKAPI_VERSION.jar"
[ -f "$plain" ] && [ -f "$regex" ] || mvn -B -q dependency:get -Dartifact="net.sf.okapi.filters:okapi-filter-plaintext:$OKAPI_VERSION" >&2
okcp="$BENCH_DIR/okapi-harness:$plain:$regex:$cp"
mkdir -p "$BENCH_DIR/okapi-harness"
"$JDK17/bin/javac" -d "$BENCH_DIR/okapi-harness" -cp "$okcp" bench/OkapiExtractBench.java

# --- inputs ---------------------------------------------------------------------------------------------------
art="$BENCH_DIR/articles"
if [ "$(ls "$art" 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
  rm -rf "$art"; python3 bench/generate-articles.py --count "$COUNT" --out "$art" >&2
fi
translated="$BENCH_DIR/translated"
if [ "$(ls "$translated" 2>/dev/null | wc -l)" -ne 1100 ]; then
  rm -rf "$BENCH_DIR/qa-articles" "$translated"
  python3 bench/generate-articles.py --count 1100 --out "$BENCH_DIR/qa-articles" >&2
  mkdir -p "$BENCH_DIR/qa-harness"
  "$JDK17/bin/javac" -d "$BENCH_DIR/qa-harness" -cp "$cp" bench/MakeTranslated.java
  "$JDK17/bin/java" -cp "$cp:$BENCH_DIR/qa-harness" MakeTranslated "$BENCH_DIR/qa-articles" glossaries/dw-en-de.tbx "$translated" >&2
fi

timed() { # bench name round command... ($OUT names the variant's output)
  local bench="$1" name="$2" round="$3"; shift 3
  echo "$(cut -d' ' -f1 /proc/loadavg)" > "$log/load-$bench-$name-$round.txt"
  /usr/bin/time -o "$log/time-$bench-$name-$round.txt" -f "%e %U %S %M" "$@" \
      > "$log/stdout-$bench-$name-$round.txt" 2> "$log/stderr-$bench-$name-$round.txt" \
    || { cat "$log/stderr-$bench-$name-$round.txt" >&2; exit 1; }
}
glossa() { # bench variant round args...: `glossa ARGS` of a variant, timed
  local bench="$1" v="$2" round="$3" f; shift 3
  read -ra f <<< "$(flags "$v")"
  timed "$bench" "$v" "$round" "$(javaof "$v")" "${f[@]}" -cp "$cp" org.glossa.cli.Main "$@"
}
order() { # the variants, reversed on even rounds (neither JDK always runs first)
  if [ $(($1 % 2)) -eq 0 ]; then echo "$VARIANTS" | tr ' ' '\n' | tac | tr '\n' ' '; else echo "$VARIANTS"; fi
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" > "$log/machine.txt"
for r in $(seq "$ROUNDS"); do
  echo "bench: extract round $r of $ROUNDS" >&2
  for v in $(order "$r"); do
    rm -rf "$BENCH_DIR/out-$v"
    glossa extract "$v" "$r" extract "$art" -s en -t de -q -o "$BENCH_DIR/out-$v"
  done
  [ "$OKAPI" = yes ] || continue
  for jdk in 17 25; do
    home="$JDK17"; [ "$jdk" = 25 ] && home="$JDK25"
    rm -rf "$BENCH_DIR/out-okapi"
    timed extract "okapi-j$jdk" "$r" "$home/bin/java" -cp "$okcp" OkapiExtractBench "$art" "$BENCH_DIR/out-okapi"
  done
done
for r in $(seq "$COLD_RUNS"); do
  for v in $(order "$r"); do glossa segment "$v" "$r" segment "$repo/$SEED"; done
done
for r in $(seq "$QA_ROUNDS"); do
  echo "bench: qa round $r of $QA_ROUNDS" >&2
  for v in $(order "$r"); do
    glossa qa "$v" "$r" qa "$translated" -g glossaries/dw-en-de.tbx --format json -o "$BENCH_DIR/qa-$v.json" \
        --fail-on never -q
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$log/machine.txt"

# --- same bytes, clean standard error -------------------------------------------------------------------------
for v in $VARIANTS; do
  [ "$v" = j17 ] && continue
  a="$(diff -r "$BENCH_DIR/out-j17" "$BENCH_DIR/out-$v" >/dev/null && echo "articles identical ($(find "$BENCH_DIR/out-$v" -type f | wc -l) files)" || echo "articles DIFFERENT")"
  s="$(cmp -s "$log/stdout-segment-j17-1.txt" "$log/stdout-segment-$v-1.txt" && echo "segments identical" || echo "segments DIFFERENT")"
  q="$(cmp -s "$BENCH_DIR/qa-j17.json" "$BENCH_DIR/qa-$v.json" && echo "QA report identical" || echo "QA report DIFFERENT")"
  echo "$v against j17: $a, $s, $q" >> "$log/identical.txt"
done
# (qa prints its one-line summary there; JDK 24+ and libraries may add warnings JDK 17 does not print)
noisy="$(grep -l -i -e 'warning' -e '^INFO:' "$log"/stderr-* 2>/dev/null | xargs -r -n 1 basename | tr '\n' ' ' || true)"
echo "standard error: ${noisy:+warnings in }${noisy:-no warning in any run}" >> "$log/identical.txt"

# --- report ---------------------------------------------------------------------------------------------------
python3 - "$log" "$COUNT" "$VARIANTS" <<'PY'
import glob, os, re, statistics as st, sys
log, count, variants = sys.argv[1], int(sys.argv[2]), sys.argv[3].split()
print("- " + open(os.path.join(log, "machine.txt")).read().strip().replace("\n", "; ") + f"; nproc {os.cpu_count()}")
for f in ("caches.txt", "identical.txt"):
    for line in open(os.path.join(log, f)):
        print("- " + line.strip())
rows = {}
for f in glob.glob(os.path.join(log, "time-*.txt")):
    bench, name, rnd = re.match(r"time-(extract|segment|qa)-(.+)-(\d+)\.txt", os.path.basename(f)).groups()
    wall, user, sys_, rss = open(f).read().split()[-4:]
    load = float(open(f.replace("time-", "load-")).read())
    rows.setdefault((bench, name), []).append((float(wall), float(user) + float(sys_), float(user), float(sys_), int(rss) // 1024, load))
order = variants + ["okapi-j17", "okapi-j25"]
for bench in ("extract", "segment", "qa"):
    print(f"\n| {bench} | runs | wall median (min) | CPU median (min) | user / sys median | RSS | load |")
    print("|---|---|---|---|---|---|---|")
    for name in order:
        v = rows.get((bench, name))
        if not v:
            continue
        med = lambda i: st.median(x[i] for x in v)
        rate = f", {count / med(0):.0f} articles/s" if bench == "extract" else ""
        print(f"| {name} | {len(v)} | {med(0):.2f} s ({min(x[0] for x in v):.2f}){rate} | {med(1):.2f} s ({min(x[1] for x in v):.2f}) "
              f"| {med(2):.2f} / {med(3):.2f} s | {med(4):.0f} MB | {min(x[5] for x in v):.1f}–{max(x[5] for x in v):.1f} |")
PY
