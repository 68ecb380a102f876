#!/usr/bin/env bash
# Samples the CPU time of each named thread of a running process until it ends, and prints each thread name's last
# seen CPU seconds (user + system, from /proc/PID/task/*/stat; names as the kernel keeps them, 15 characters). For
# the memory build: the indexing thread ("glossa-index") is its critical path on two cores (docs/benchmarks.md,
# "Issue 17, session 11: memory build").   Usage: bench/thread-cpu.sh PID [INTERVAL_SECONDS (0.5)]
set -euo pipefail
pid="$1"; interval="${2:-0.5}"
tick="$(getconf CLK_TCK)"
declare -A cpu
while [ -d "/proc/$pid" ]; do
  for t in /proc/"$pid"/task/*; do
    stat="$(cat "$t/stat" 2>/dev/null)" || continue
    name="${stat#*(}"; name="${name%)*}"
    rest="${stat##*) }"
    read -r -a f <<< "$rest"
    # after the name: state is field 3, utime 14, stime 15 (1-based in stat) -> indexes 11, 12 here
    cpu["$name#${t##*/}"]=$(( f[11] + f[12] ))
  done
  sleep "$interval"
done
declare -A byname
for k in "${!cpu[@]}"; do n="${k%#*}"; byname["$n"]=$(( ${byname["$n"]:-0} + cpu["$k"] )); done
for n in "${!byname[@]}"; do
  awk -v n="$n" -v t="${byname[$n]}" -v k="$tick" 'BEGIN { if (t / k >= 0.5) printf "%8.1f s  %s\n", t / k, n }'
done | sort -rn
