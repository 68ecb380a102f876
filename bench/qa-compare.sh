#!/usr/bin/env bash
# Glossa's QA against translate-toolkit's pofilter on the same segments (bench/qa.sh's 1,100 translated articles,
# written as PO by bench/xliff2po.py), run alternately ROUNDS times; prints wall, CPU (user+sys) and peak RSS of each
# run and the medians. Glossa: all checks with the DW glossary, JSON report; pofilter: its standard checks for German.
# With Hunspell dictionaries installed (as .ci/run installs them) both sides spell-check: Glossa's `spelling`, and
# pofilter's standard filters then include its `spellcheck`. For the comparison without spelling on either side:
# GLOSSA_QA_OPTS="--disable spelling" POFILTER_OPTS="--excludefilter=spellcheck" (docs/benchmarks.md, session 9).
# See docs/benchmarks.md.   Usage: bench/qa-compare.sh   (ROUNDS=3, BENCH_DIR=/tmp/glossa-bench; run bench/qa.sh first)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
ROUNDS="${ROUNDS:-3}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}"
[ -d "$BENCH_DIR/translated" ] || { echo "qa-compare: run bench/qa.sh first (no $BENCH_DIR/translated)" >&2; exit 2; }
command -v pofilter >/dev/null || { echo "qa-compare: pofilter is required: apt-get install -y translate-toolkit" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "qa-compare: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
# pofilter's spellcheck needs PyEnchant (python3-enchant, only recommended by python3-translate): without it pofilter
# skips spelling while Glossa checks it, and the ratio compares unlike work (session 16: 3.1x against 6.5x).
case " ${POFILTER_OPTS:-} " in
  *"--excludefilter=spellcheck"*) ;;
  *) "$(sed -n '1s/^#! *//p' "$(command -v pofilter)")" -c 'import enchant' 2>/dev/null || {
       echo "qa-compare: pofilter cannot spell-check (no PyEnchant): apt-get install -y python3-enchant, or compare" \
            "both sides without spelling: GLOSSA_QA_OPTS=\"--disable spelling\" POFILTER_OPTS=\"--excludefilter=spellcheck\"" >&2
       exit 2; } ;;
esac
[ -d "$BENCH_DIR/po" ] || /usr/bin/python3 bench/xliff2po.py "$BENCH_DIR/translated" "$BENCH_DIR/po"
./glossa --version >/dev/null
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for round in $(seq "$ROUNDS"); do
  for tool in glossa pofilter; do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2206 # the options are words
    if [ "$tool" = glossa ]; then
      cmd=(./glossa qa "$BENCH_DIR/translated" -g glossaries/dw-en-de.tbx --format json -o "$BENCH_DIR/qa.json" --fail-on never ${GLOSSA_QA_OPTS:-})
    else
      rm -rf "$BENCH_DIR/pofilter-out"
      cmd=(pofilter --progress=none --language=de ${POFILTER_OPTS:-} -i "$BENCH_DIR/po" -o "$BENCH_DIR/pofilter-out")
    fi
    /usr/bin/time -f "%e %U %S %M" -o "$results.one" "${cmd[@]}" >/dev/null 2>&1
    read -r wall user sys rss < "$results.one"
    echo "$tool $round $load $wall $user $sys $rss" >> "$results"
  done
done
python3 - "$results" "$BENCH_DIR" <<'PY'
import json, os, statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print(f"{'tool':9} {'round':>5} {'load':>5} {'wall s':>7} {'CPU s':>7} {'RSS MB':>7}")
for tool, rnd, load, wall, user, sys_, rss in rows:
    print(f"{tool:9} {rnd:>5} {load:>5} {float(wall):7.2f} {float(user) + float(sys_):7.2f} {int(rss) / 1024:7.0f}")
med = {}
for tool in ("glossa", "pofilter"):
    r = [x for x in rows if x[0] == tool]
    med[tool] = (statistics.median(float(x[3]) for x in r), statistics.median(float(x[4]) + float(x[5]) for x in r),
                 statistics.median(int(x[6]) / 1024 for x in r))
    print(f"median {tool:9} wall {med[tool][0]:6.2f} s, CPU {med[tool][1]:6.2f} s, RSS {med[tool][2]:5.0f} MB")
print(f"pofilter / glossa: wall {med['pofilter'][0] / med['glossa'][0]:.1f}x, CPU {med['pofilter'][1] / med['glossa'][1]:.1f}x")
bench = sys.argv[2]
summary = json.load(open(os.path.join(bench, "qa.json")))["summary"]
flagged = sum(1 for root, _, files in os.walk(os.path.join(bench, "pofilter-out")) for f in files
              for line in open(os.path.join(root, f), encoding="utf-8") if line.startswith("#, fuzzy") or line.startswith("# (pofilter)"))
print(f"glossa: {summary['segments']} segments, {summary['issues']} findings; pofilter: {flagged} notes")
PY
