#!/usr/bin/env bash
# Issue 17, session 12 (decision 0052): what the ./glossa launcher itself costs before Java starts, per variant,
# interleaved: a copy of each launcher whose last line runs `true` instead of `java` (placed beside the original, so
# it finds its build, and removed afterwards) is run LOOP times in a row under GNU time, ROUNDS times, variant after
# variant; prints the CPU (user+sys, the launcher's children included) and wall per launcher run.
#
#   bench/launcher-cost.sh main=/tmp/b/glossa new=./glossa -- extract /tmp/articles -s en -t de -q -o /tmp/out
#   ROUNDS=5 LOOP=20 bench/launcher-cost.sh …
#
# Each variant is NAME=LAUNCHER (a built tree's launcher: a build is not timed; run the launcher once first). The
# arguments after -- are the command line given to each (default: segment seeds/<the seed>).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
LOOP="${LOOP:-20}"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
variants=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do variants+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
args=("$@")
[ "${#args[@]}" -gt 0 ] || args=(segment "$repo/seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt")
[ "${#variants[@]}" -ge 1 ] || { echo "usage: bench/launcher-cost.sh NAME=LAUNCHER... [-- ARGS...]" >&2; exit 2; }
work="$(mktemp -d)"
copies=()
cleanup() { rm -rf "$work"; for c in "${copies[@]}"; do rm -f "$c"; done; }
trap cleanup EXIT
for i in "${!variants[@]}"; do
  launcher="${variants[$i]#*=}"
  # one copy per variant, even for two launchers in one folder
  copy="$(dirname "$launcher")/.glossa-launcher-cost-$$-$i"
  # the command line's exec (the last line starting with `exec java "${cds[@]}"`) runs true instead
  sed 's/^exec java "\${cds\[@\]}"/exec true "${cds[@]}"/' "$launcher" > "$copy"
  chmod +x "$copy"
  copies+=("$copy")
  grep -q '^exec true "\${cds\[@\]}"' "$copy" || { echo "bench: no command-line exec found in $launcher" >&2; exit 2; }
done
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$ROUNDS"); do
  for i in "${!variants[@]}"; do
    name="${variants[$i]%%=*}"
    /usr/bin/time -o "$work/t" -f "%e %U %S" bash -c 'for _ in $(seq "$1"); do "$2" "${@:3}" >/dev/null; done' _ \
        "$LOOP" "${copies[$i]}" "${args[@]}"
    echo "$name $(cat "$work/t")" >> "$work/all"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/all" "$LOOP" <<'PY'
import collections, statistics, sys
loop = int(sys.argv[2]); rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, user, sys_ = line.split()
    rows[name].append((float(wall) / loop, (float(user) + float(sys_)) / loop))
print("| launcher | rounds × runs | CPU per run, median (min) | wall per run, median (min) |")
print("|---|---|---|---|")
for name, r in rows.items():
    cpu = [c for _, c in r]; wall = [w for w, _ in r]
    print(f"| {name} | {len(r)} × {loop} | {statistics.median(cpu) * 1000:.1f} ms ({min(cpu) * 1000:.1f}) "
          f"| {statistics.median(wall) * 1000:.1f} ms ({min(wall) * 1000:.1f}) |")
PY
