#!/usr/bin/env bash
# A user's first `glossa tm stats` on a TMX without an index, through each tree's launcher (the index built by the
# child JVM of decision 0057), interleaved base, new, base, new …, with each child thread's scheduler statistics
# (/proc/PID/task/TID/schedstat: time on a CPU and time runnable on the run queue; decision 0065).
#   Usage: bench/tm-build-launcher-compare.sh BASE_TREE NEW_TREE TMX OUT_DIR [PAIRS (2)]
#     Each tree packaged (cli/target); TMX is hard-linked into OUT_DIR/{base,new}/ (same file system), the index
#     beside it is removed before each run. Prints wall, the child's CPU and the critical thread's run and wait.
set -euo pipefail
base="$(cd "$1" && pwd)"; new="$(cd "$2" && pwd)"; tmx="$3"; out="$4"; pairs="${5:-2}"
mkdir -p "$out/base" "$out/new"
for side in base new; do [ -e "$out/$side/tm.tmx" ] || ln "$tmx" "$out/$side/tm.tmx"; done
# sched PID: the last schedstat seen of each thread of PID, summed by thread name, until PID ends (bash builtins only)
sched() {
  local pid="$1" t id r w s n; declare -A run wait name
  while [ -d "/proc/$pid" ]; do
    for t in /proc/"$pid"/task/*; do
      id="${t##*/}"
      { read -r r w s < "$t/schedstat"; read -r n < "$t/comm"; } 2>/dev/null || continue
      run[$id]=$r; wait[$id]=$w; name[$id]="${n// /_}"
    done
    sleep 0.5
  done
  for id in "${!run[@]}"; do echo "${name[$id]} ${run[$id]} ${wait[$id]}"; done |
    awk '{r[$1]+=$2; w[$1]+=$3} END {for (k in r) if (r[k] > 5e8) printf "  %-18s run %6.1f s  run-queue wait %5.1f s\n", k, r[k]/1e9, w[k]/1e9}' |
    sort -k3 -rn
}
# each launcher builds its tree first if its sources are newer than its jars: not inside a timed run
"$base/glossa" --version > /dev/null; "$new/glossa" --version > /dev/null
for i in $(seq 1 "$pairs"); do
  for side in base new; do
    tree="$base"; [ "$side" = new ] && tree="$new"
    dir="$out/$side"; find "$dir" -mindepth 1 -maxdepth 1 ! -name tm.tmx -exec rm -rf {} +
    sync; sleep 2
    echo "$side $i: $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
    start=$(date +%s.%N)
    (cd "$dir" && /usr/bin/time -f "%e s wall, %U + %S s CPU (parent and child)" "$tree/glossa" tm stats tm.tmx -s en -t de \
        > "$out/$side-$i.out" 2> "$out/$side-$i.err") &
    runner=$!
    child=""
    while [ -z "$child" ] && kill -0 "$runner" 2>/dev/null; do child="$(pgrep -f "org.glossa.core.tm.index.IndexBuildProcess" | head -n 1 || true)"; sleep 0.2; done
    [ -n "$child" ] && sched "$child" > "$out/$side-$i.sched"
    wait "$runner"
    tail -n 1 "$out/$side-$i.err"; head -n 1 "$out/$side-$i.out"; cat "$out/$side-$i.sched" 2>/dev/null | head -n 6
    echo "  end load $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
