#!/usr/bin/env bash
# Issue 17, session 10 (decision 0045): `glossa extract` of COUNT articles, builds and JVM options interleaved,
# CPU (user+sys) and wall of each run under GNU time, with the load average before each run; then checks that
# every variant wrote the same bytes as the first.
#
#   bench/extract-startup.sh base=/tmp/b/glossa new=./glossa 'new-xmn=./glossa|-Xmn64m'
#   ROUNDS=5 COUNT=1000 BENCH_DIR=/tmp/extract-start/startup bench/extract-startup.sh …
#
# Each argument is NAME=LAUNCHER[|GLOSSA_JAVA_OPTS]: the launcher of a build (base: main built apart with
# `git archive REV | tar -x -C DIR && DIR/glossa --version`) and the JVM options added for that variant. Runs
# go variant after variant within a round (base, new, base, new, …). Prints a Markdown table and per-variant
# medians; raw logs in $BENCH_DIR/logs. Where the kernel shows the output disk's counters (/sys/class/block/DEV/stat,
# Linux 5.5+), each run's write requests and cache flushes of that disk too (decision 0060; the whole disk's, so
# other processes' writes count as well).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNT="${COUNT:-1000}"
ROUNDS="${ROUNDS:-5}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-startup}"
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
[ "$#" -ge 1 ] || { echo "usage: bench/extract-startup.sh NAME=LAUNCHER[|GLOSSA_JAVA_OPTS]..." >&2; exit 2; }
log="$BENCH_DIR/logs"
mkdir -p "$log" "$BENCH_DIR/trash"
rm -f "$log"/*
art="$BENCH_DIR/articles"
if [ "$(ls "$art" 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
  rm -rf "$art"; python3 "$repo/bench/generate-articles.py" --count "$COUNT" --out "$art" >&2
fi
names=()
for v in "$@"; do
  name="${v%%=*}"; rest="${v#*=}"; launcher="${rest%%|*}"; opts=""
  [ "$rest" != "$launcher" ] && opts="${rest#*|}"
  names+=("$name"); echo "$launcher" > "$log/$name.launcher"; echo "$opts" > "$log/$name.opts"
  GLOSSA_JAVA_OPTS="$opts" "$launcher" --version > /dev/null # builds it if needed, outside the timing
done
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" > "$log/machine.txt"
disk="/sys/class/block/$(basename "$(df --output=source "$BENCH_DIR" | tail -n 1)")/stat"
[ -r "$disk" ] || disk=/dev/null
for r in $(seq "$ROUNDS"); do
  for name in "${names[@]}"; do
    out="$BENCH_DIR/out-$name"
    # moved aside, removed after the last run: on ext4 without a journal (this machine's) a file created within
    # 30 s of a deletion makes the inode allocator skip every recently deleted inode (recently_deleted(), up to
    # 14% of an extract's CPU); deleting the previous outputs just before a run would bill the harness's rm to it
    [ -e "$out" ] && mv "$out" "$BENCH_DIR/trash/$name-$r"
    cut -d' ' -f1 /proc/loadavg > "$log/load-$name-$r.txt"
    cat "$disk" > "$log/disk-$name-$r.txt"
    GLOSSA_JAVA_OPTS="$(cat "$log/$name.opts")" /usr/bin/time -o "$log/time-$name-$r.txt" -f "%e %U %S %M" \
        "$(cat "$log/$name.launcher")" extract "$art" -s en -t de -q -o "$out" > "$log/stdout-$name-$r.txt" 2>&1 \
      || { cat "$log/stdout-$name-$r.txt" >&2; exit 1; }
    cat "$disk" >> "$log/disk-$name-$r.txt"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$log/machine.txt"
rm -rf "${BENCH_DIR:?}/trash"
same=""
for name in "${names[@]:1}"; do
  if diff -r "$BENCH_DIR/out-${names[0]}" "$BENCH_DIR/out-$name" > /dev/null; then
    same="$same $name: byte-identical to ${names[0]} ($(find "$BENCH_DIR/out-$name" -type f | wc -l) files);"
  else
    same="$same $name: DIFFERENT from ${names[0]};"
  fi
done
python3 - "$log" "$COUNT" "$ROUNDS" "$same" "${names[@]}" <<'PY'
import os, statistics, sys
log, count, rounds, same, names = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:]
print(f"- {open(os.path.join(log, 'machine.txt')).read().strip().replace(chr(10), '; ')}; nproc {os.cpu_count()}")
print(f"- {count} articles, {rounds} rounds; outputs:{same}")
for n in names:
    print(f"- {n}: `{open(os.path.join(log, n + '.launcher')).read().strip()}` GLOSSA_JAVA_OPTS=`{open(os.path.join(log, n + '.opts')).read().strip()}`")
def disk(n, r):
    # the disk's counters before and after the run: write requests (field 5) and flushes (field 16), as differences
    lines = open(os.path.join(log, f"disk-{n}-{r}.txt")).read().split("\n")
    if len(lines) < 2 or len(lines[0].split()) < 17: return None
    a, b = ([int(x) for x in line.split()] for line in lines[:2])
    return b[4] - a[4], b[15] - a[15]
print("\n| run | round | wall | articles/s | user + sys = CPU | RSS | disk writes / flushes | load |\n|---|---|---|---|---|---|---|---|")
cpu, wall, io = {}, {}, {}
for r in range(1, rounds + 1):
    for n in names:
        w, u, s, rss = open(os.path.join(log, f"time-{n}-{r}.txt")).read().split()[-4:]
        w, u, s = float(w), float(u), float(s)
        load = open(os.path.join(log, f"load-{n}-{r}.txt")).read().strip()
        cpu.setdefault(n, []).append(u + s); wall.setdefault(n, []).append(w)
        d = disk(n, r)
        if d: io.setdefault(n, []).append(d)
        print(f"| {n} | {r} | {w:.2f} s | {count / w:.0f} | {u:.2f} + {s:.2f} = {u + s:.2f} s | {int(rss) // 1024} MB "
              f"| {f'{d[0]:,} / {d[1]:,}' if d else '—'} | {load} |")
print("\n| variant | CPU median (min) | wall median (min) | disk writes / flushes, median |\n|---|---|---|---|")
for n in names:
    ios = io.get(n)
    med = f"{statistics.median(x[0] for x in ios):,.0f} / {statistics.median(x[1] for x in ios):,.0f}" if ios else "—"
    print(f"| {n} | {statistics.median(cpu[n]):.2f} s ({min(cpu[n]):.2f}) | {statistics.median(wall[n]):.2f} s ({min(wall[n]):.2f}) | {med} |")
PY
