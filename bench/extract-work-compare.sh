#!/usr/bin/env bash
# A worker's per-article work alone (bench/ExtractWorkBench.java, decisions 0056 and 0059), two builds interleaved:
# each run extracts every article of ARTICLES PASSES times on one thread (XLIFF 2.1 to a null stream, word count)
# and prints each pass's thread CPU; pass 1 is the cold pass (interpreted until C1 compiles), the rest compiled.
#
#   bench/extract-work-compare.sh BASE_TREE NEW_TREE ARTICLES [ROUNDS] [PASSES]
#   bench/extract-work-compare.sh /tmp/extract8-work/base . /tmp/extract8-work/articles 5 4
#
# Each tree must be built (its ./glossa run once, or mvn package -pl cli -am). Prints one line per run and, per
# side, the median of the first passes and of the fastest compiled pass of each run; load average before each run.
set -euo pipefail
base="$(cd "$1" && pwd)"; new="$(cd "$2" && pwd)"; articles="$3"; rounds="${4:-5}"; passes="${5:-4}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${BENCH_DIR:-/tmp/glossa-work-compare}"
mkdir -p "$work"
cp_of() { echo "$work/h-$1:$2/cli/target/glossa-cli-0.1.0-SNAPSHOT.jar:$2/cli/target/lib/*"; }
for side in base new; do
  tree="$base"; [ "$side" = new ] && tree="$new"
  mkdir -p "$work/h-$side"
  javac -d "$work/h-$side" -cp "$(cp_of "$side" "$tree")" "$here/ExtractWorkBench.java"
done
: > "$work/runs.txt"
for r in $(seq "$rounds"); do
  for side in base new; do
    tree="$base"; [ "$side" = new ] && tree="$new"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    line="$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -cp "$(cp_of "$side" "$tree")" ExtractWorkBench "$articles" "$passes")"
    echo "$side round $r load $load: $line" | tee -a "$work/runs.txt"
  done
done
python3 - "$work/runs.txt" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    side = line.split()[0]
    ms = [int(x) for x in re.search(r"pass CPU ms:([ 0-9]+)", line).group(1).split()]
    runs.setdefault(side, []).append(ms)
for side, rs in runs.items():
    first = statistics.median(r[0] for r in rs)
    best = statistics.median(min(r[1:]) for r in rs) if len(rs[0]) > 1 else float("nan")
    print(f"{side}: first pass median {first:.0f} ms, fastest compiled pass median {best:.0f} ms ({len(rs)} runs)")
PY
