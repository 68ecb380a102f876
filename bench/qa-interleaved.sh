#!/usr/bin/env bash
# `glossa qa` of two builds run alternately on bench/qa.sh's inputs (all checks, DW glossary, JSON report): per run
# wall, CPU (user+sys), peak RSS, load average before and after, and the report's MD5 (the reports must be the same),
# then the medians. See docs/benchmarks.md ("Issue 17, session 9").
# Usage: BASE=/path/to/other/checkout [ROUNDS=3] [BENCH_DIR=/tmp/glossa-bench] [GLOSSA_JAVA_OPTS=…] bench/qa-interleaved.sh [qa options]
#   BASE is another checkout (e.g. `git archive <commit> | tar -x -C /tmp/base`), built by its own ./glossa.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}"
[ -n "${BASE:-}" ] && [ -x "$BASE/glossa" ] || { echo "qa-interleaved: BASE must name another checkout with ./glossa" >&2; exit 2; }
[ -d "$BENCH_DIR/translated" ] || { echo "qa-interleaved: run bench/qa.sh first (no $BENCH_DIR/translated)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "qa-interleaved: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
"$BASE/glossa" --version >/dev/null
"$repo/glossa" --version >/dev/null
results="$(mktemp)"
out="$(mktemp -d)"
trap 'rm -rf "$results" "$out"' EXIT
for round in $(seq "$ROUNDS"); do
  for build in base this; do
    dir="$repo"; [ "$build" = base ] && dir="$BASE"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    (cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$out/time" ./glossa qa "$BENCH_DIR/translated" \
        -g "$repo/glossaries/dw-en-de.tbx" --format json -o "$out/qa.json" --fail-on never "$@" >/dev/null 2>&1)
    read -r wall user sys rss < "$out/time"
    echo "$build $round $load $(cut -d' ' -f1 /proc/loadavg) $wall $user $sys $rss $(md5sum < "$out/qa.json" | cut -c1-12)" >> "$results"
  done
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print(f"{'build':6} {'round':>5} {'load':>11} {'wall s':>7} {'CPU s':>7} {'RSS MB':>7}  report md5")
for build, rnd, l0, l1, wall, user, sys_, rss, md5 in rows:
    print(f"{build:6} {rnd:>5} {l0:>5}->{l1:<5} {float(wall):7.2f} {float(user) + float(sys_):7.2f} {int(rss) / 1024:7.0f}  {md5}")
for build in ("base", "this"):
    r = [x for x in rows if x[0] == build]
    print(f"median {build:5} wall {statistics.median(float(x[4]) for x in r):6.2f} s, "
          f"CPU {statistics.median(float(x[5]) + float(x[6]) for x in r):6.2f} s, RSS {statistics.median(int(x[7]) / 1024 for x in r):5.0f} MB")
print("reports identical" if len({x[8] for x in rows}) == 1 else "REPORTS DIFFER")
PY
