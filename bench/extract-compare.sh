#!/usr/bin/env bash
# Issue 17's extraction and cold-start goals in one interleaved run (docs/benchmarks.md, "Issue 17, session 5"):
#
#   bench/extract-compare.sh                      # BASE_REV=404aadf (main before session 10) vs NEW_REV=HEAD
#   ROUNDS=5 COUNT=1000 BASE_REV=main~3 bench/extract-compare.sh
#
# Builds both revisions from `git archive` into $BENCH_DIR/base and $BENCH_DIR/new (each through its own ./glossa
# launcher, class-data-sharing archive included), generates COUNT articles, then ROUNDS times, interleaved:
# `glossa extract` (base), `glossa extract` (new), Okapi's filter + SRX + XLIFF 1.2 pipeline (bench/OkapiExtractBench,
# default JVM flags, 2 threads), each under GNU time (wall, user, sys, RSS, load average). Then checks that base and
# new wrote byte-identical XLIFF for the articles and for seeds/, and times a cold `glossa segment SEED` of both,
# interleaved (CPU and wall per run; hyperfine too when installed). Prints a Markdown report; raw logs in $BENCH_DIR.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-1000}"
ROUNDS="${ROUNDS:-3}"
COLD_RUNS="${COLD_RUNS:-10}"
BASE_REV="${BASE_REV:-404aadf}"
NEW_REV="${NEW_REV:-HEAD}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-compare}"
SEED="seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt"
OKAPI_VERSION=1.47.0
log="$BENCH_DIR/logs"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
mkdir -p "$BENCH_DIR" "$log" "$BENCH_DIR/trash"
rm -f "$log"/*

# --- two builds -----------------------------------------------------------------------------------------------
for side in base new; do
  rev="$BASE_REV"; [ "$side" = new ] && rev="$NEW_REV"
  sha="$(git rev-parse "$rev^{commit}")"
  if [ "$(cat "$BENCH_DIR/$side.rev" 2>/dev/null)" != "$sha" ] || [ ! -f "$BENCH_DIR/$side/cli/target/.glossa-built" ]; then
    rm -rf "${BENCH_DIR:?}/$side"; mkdir -p "$BENCH_DIR/$side"
    git archive "$sha" | tar -x -C "$BENCH_DIR/$side"
    echo "bench: building $side ($rev = ${sha:0:10})…" >&2
    "$BENCH_DIR/$side/glossa" --version >/dev/null
    echo "$sha" > "$BENCH_DIR/$side.rev"
  fi
done

# --- Okapi's pipeline -----------------------------------------------------------------------------------------
m2="${MAVEN_REPO:-$HOME/.m2/repository}/net/sf/okapi/filters"
plain="$m2/okapi-filter-plaintext/$OKAPI_VERSION/okapi-filter-plaintext-$OKAPI_VERSION.jar"
regex="$m2/okapi-filter-regex/$OKAPI_VERSION/okapi-filter-regex-$OKAPI_VERSION.jar"
[ -f "$plain" ] && [ -f "$regex" ] || mvn -B -q dependency:get -Dartifact="net.sf.okapi.filters:okapi-filter-plaintext:$OKAPI_VERSION" >&2
newcp="$(ls "$BENCH_DIR"/new/cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):$BENCH_DIR/new/cli/target/lib/*"
okcp="$BENCH_DIR/okapi-harness:$plain:$regex:$newcp"
mkdir -p "$BENCH_DIR/okapi-harness"
javac -d "$BENCH_DIR/okapi-harness" -cp "$okcp" bench/OkapiExtractBench.java

# --- articles -------------------------------------------------------------------------------------------------
art="$BENCH_DIR/articles"
if [ "$(ls "$art" 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
  rm -rf "$art"; python3 bench/generate-articles.py --count "$COUNT" --out "$art" >&2
fi

timed() { # name round command...
  local name="$1" round="$2"; shift 2
  local out="$BENCH_DIR/out-$name"
  # the previous round's output is moved aside and removed after the last run (session 10): on ext4 without a
  # journal, as this machine's disk, files created within 30 s of a deletion make the inode allocator skip every
  # recently deleted inode (recently_deleted(): 3-14% of a Glossa extract's CPU after 1,000-3,000 deletions), so an
  # `rm -rf` just before a run billed the harness's deletions to whichever tool ran next
  [ -e "$out" ] && mv "$out" "$BENCH_DIR/trash/$name-$round-$$"
  echo "$(cut -d' ' -f1 /proc/loadavg)" > "$log/load-$name-$round.txt"
  /usr/bin/time -o "$log/time-$name-$round.txt" -f "%e %U %S %M" "$@" "$out" > "$log/stdout-$name-$round.txt" 2>&1 \
    || { cat "$log/stdout-$name-$round.txt" >&2; exit 1; }
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" > "$log/machine.txt"
for r in $(seq "$ROUNDS"); do
  echo "bench: round $r of $ROUNDS" >&2
  timed base "$r" "$BENCH_DIR/base/glossa" extract "$art" -s en -t de -q -o
  timed new "$r" "$BENCH_DIR/new/glossa" extract "$art" -s en -t de -q -o
  timed okapi "$r" java -cp "$okcp" OkapiExtractBench "$art"
done

rm -rf "${BENCH_DIR:?}/trash"

# --- same bytes -----------------------------------------------------------------------------------------------
identical() { diff -r "$1" "$2" >/dev/null && echo "byte-identical ($(find "$1" -type f | wc -l) files)" || echo "DIFFERENT"; }
same_articles="$(identical "$BENCH_DIR/out-base" "$BENCH_DIR/out-new")"
for side in base new; do
  rm -rf "$BENCH_DIR/seeds-$side"
  "$BENCH_DIR/$side/glossa" extract "$repo/seeds" -s en -t de -q -o "$BENCH_DIR/seeds-$side" > /dev/null 2>&1 || true
done
same_seeds="$(identical "$BENCH_DIR/seeds-base" "$BENCH_DIR/seeds-new")"

# --- cold start -----------------------------------------------------------------------------------------------
for i in $(seq "$COLD_RUNS"); do
  for side in base new; do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    /usr/bin/time -o "$log/cold.t" -f "%e %U %S" "$BENCH_DIR/$side/glossa" segment "$repo/$SEED" > /dev/null
    echo "$(cat "$log/cold.t") $load" >> "$log/cold-$side.txt"
  done
done
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$COLD_RUNS" --export-json "$log/cold-hyperfine.json" --output=null \
      -n base "$BENCH_DIR/base/glossa segment $repo/$SEED" -n new "$BENCH_DIR/new/glossa segment $repo/$SEED" >&2
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$log/machine.txt"

# --- report ---------------------------------------------------------------------------------------------------
python3 - "$log" "$COUNT" "$ROUNDS" "$BASE_REV" "$NEW_REV" "$same_articles" "$same_seeds" <<'PY'
import json, os, statistics, sys
log, count, rounds, base_rev, new_rev, same_articles, same_seeds = sys.argv[1:8]
count, rounds = int(count), int(rounds)
print(f"- {open(os.path.join(log, 'machine.txt')).read().strip().replace(chr(10), '; ')}; nproc {os.cpu_count()}")
print(f"- base `{base_rev}`, new `{new_rev}`; {count} articles; outputs base vs new: articles {same_articles}, seeds {same_seeds}\n")
print("| run | round | wall | articles/s | user + sys = CPU | RSS | load |")
print("|---|---|---|---|---|---|---|")
walls = {}
for r in range(1, rounds + 1):
    for name in ("base", "new", "okapi"):
        wall, user, sys_, rss = open(os.path.join(log, f"time-{name}-{r}.txt")).read().split()[-4:]
        load = open(os.path.join(log, f"load-{name}-{r}.txt")).read().strip()
        wall, user, sys_ = float(wall), float(user), float(sys_)
        walls.setdefault(name, []).append(wall)
        print(f"| {name} | {r} | {wall:.2f} s | {count / wall:.0f} | {user:.2f} + {sys_:.2f} = {user + sys_:.2f} s "
              f"| {int(rss) // 1024} MB | {load} |")
best = {k: min(v) for k, v in walls.items()}
print(f"\nBest wall: base {best['base']:.2f} s ({count / best['base']:.0f} articles/s), new {best['new']:.2f} s "
      f"({count / best['new']:.0f} articles/s), Okapi {best['okapi']:.2f} s; new is {best['okapi'] / best['new']:.1f}× "
      f"Okapi, {best['base'] / best['new']:.2f}× base. Median wall: new {statistics.median(walls['new']):.2f} s, "
      f"Okapi {statistics.median(walls['okapi']):.2f} s.\n")
print("| cold `glossa segment SEED` | runs | wall median (min) | CPU median (min) |")
print("|---|---|---|---|")
for side in ("base", "new"):
    rows = [l.split() for l in open(os.path.join(log, f"cold-{side}.txt"))]
    wall = [float(x[0]) for x in rows]; cpu = [float(x[1]) + float(x[2]) for x in rows]
    print(f"| {side} | {len(rows)} | {statistics.median(wall) * 1000:.0f} ms ({min(wall) * 1000:.0f}) "
          f"| {statistics.median(cpu) * 1000:.0f} ms ({min(cpu) * 1000:.0f}) |")
hf = os.path.join(log, "cold-hyperfine.json")
if os.path.exists(hf):
    for r in json.load(open(hf))["results"]:
        print(f"\nhyperfine {r['command']}: {r['mean'] * 1000:.0f} ms ± {r['stddev'] * 1000:.0f} "
              f"(min {min(r['times']) * 1000:.0f})", end="")
    print()
PY
