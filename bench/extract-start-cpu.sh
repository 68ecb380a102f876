#!/usr/bin/env bash
# Issue 17, session 14 (decision 0058): the CPU of `glossa extract`'s start alone, launchers interleaved. Each run is
# the launcher's whole path up to the workers (JVM start, picocli, the listing of ARTICLES, the job's set-up) with
# --threads 0, which then stops with a usage error before any worker starts. GNU time's user+sys of each run, the
# load average before it; prints per-variant medians and minima.
#
#   bench/extract-start-cpu.sh ARTICLES ROUNDS NAME=LAUNCHER[|GLOSSA_JAVA_OPTS]...
#   bench/extract-start-cpu.sh /tmp/q/articles 12 base=/tmp/b/glossa new=./glossa 'nowarm=./glossa|-Dglossa.warmup=false'
set -euo pipefail
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
[ "$#" -ge 3 ] || { echo "usage: bench/extract-start-cpu.sh ARTICLES ROUNDS NAME=LAUNCHER[|GLOSSA_JAVA_OPTS]..." >&2; exit 2; }
articles="$1"; rounds="$2"; shift 2
work="${BENCH_DIR:-/tmp/glossa-start-cpu}"
mkdir -p "$work"
log="$work/runs.txt"
: > "$log"
for v in "$@"; do
  launcher="${v#*=}"; launcher="${launcher%%|*}"
  "$launcher" --version > /dev/null # builds it if needed, outside the timing
done
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$rounds"); do
  for v in "$@"; do
    name="${v%%=*}"; rest="${v#*=}"; launcher="${rest%%|*}"; opts=""
    [ "$rest" != "$launcher" ] && opts="${rest#*|}"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    GLOSSA_JAVA_OPTS="$opts" /usr/bin/time -o "$work/time.txt" -f "%e %U %S" "$launcher" extract "$articles" -s en -t de \
        -q -o "$work/out" --threads 0 > /dev/null 2>&1 || true
    read -r e u s < <(tail -n 1 "$work/time.txt")
    echo "$name $r $e $u $s $load" >> "$log"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$log" "$@" <<'PY'
import statistics, sys
log, variants = sys.argv[1], [v.split("=", 1)[0] for v in sys.argv[2:]]
cpu, wall = {}, {}
for line in open(log):
    n, r, e, u, s, load = line.split()
    cpu.setdefault(n, []).append((float(u) + float(s)) * 1000); wall.setdefault(n, []).append(float(e) * 1000)
print("| variant | CPU median (min) | wall median (min) | runs |\n|---|---|---|---|")
for n in variants:
    print(f"| {n} | {statistics.median(cpu[n]):.0f} ms ({min(cpu[n]):.0f}) | {statistics.median(wall[n]):.0f} ms ({min(wall[n]):.0f}) | {len(cpu[n])} |")
PY
