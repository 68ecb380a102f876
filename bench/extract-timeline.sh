#!/usr/bin/env bash
# The CPU of one `glossa extract` per thread group, before and after the first worker runs (docs/benchmarks.md,
# "Issue 17, session 10"): perf samples task-clock every millisecond of CPU; the run is split at the first sample of
# a glossa-batch thread. Needs perf (linux-perf / linux-tools).
#
#   bench/extract-timeline.sh NAME LAUNCHER ARTICLES [GLOSSA_JAVA_OPTS]
#   bench/extract-timeline.sh new ./glossa /tmp/q10/cmp/articles
#   bench/extract-timeline.sh nowarm ./glossa /tmp/q10/cmp/articles -Dglossa.warmup=false
set -euo pipefail
name="$1"; launcher="$2"; articles="$3"; opts="${4:-}"
work="${BENCH_DIR:-/tmp/glossa-timeline}"
mkdir -p "$work/trash"
# the previous output moved aside, not deleted (see extract-compare.sh: ext4 without a journal)
[ -e "$work/out" ] && mv "$work/out" "$work/trash/out-$$-$RANDOM"
load="$(cut -d' ' -f1 /proc/loadavg)"
GLOSSA_JAVA_OPTS="$opts" perf record -q -e task-clock -c 1000000 -o "$work/perf.data" \
    "$launcher" extract "$articles" -s en -t de -q -o "$work/out" > /dev/null 2>&1
perf script -i "$work/perf.data" -F comm,tid,time 2>/dev/null | python3 -c '
import collections, sys
name, load = sys.argv[1:3]
def group(c):
    for prefix, g in (("glossa-batch", "workers"), ("glossa-fsync", "fsync"), ("C1", "C1"), ("glossa-warm", "warm-up"), ("VM Thread", "collector")):
        if c.startswith(prefix): return g
    return "main" if c == "java" else "other" if c not in ("bash", "find", "ls", "grep", "glossa", "head", "dirname", "cat", "mktemp", "rm", "locale") else None
rows = []
for line in sys.stdin:
    p = line.rsplit(None, 2)
    if len(p) == 3 and group(p[0].strip()):
        rows.append((float(p[2].rstrip(":")), group(p[0].strip())))
rows.sort()
start = next(t for t, g in rows if g == "workers")
before = collections.Counter(g for t, g in rows if t < start)
after = collections.Counter(g for t, g in rows if t >= start)
fmt = lambda c: ", ".join(f"{g} {n}" for g, n in c.most_common())
print(f"{name} (load {load}): before the workers {sum(before.values())} ms CPU ({fmt(before)}); after {sum(after.values())} ms CPU ({fmt(after)}); "
      f"wall {rows[-1][0] - rows[0][0]:.2f} s, workers from {start - rows[0][0]:.2f} s")
' "$name" "$load"
