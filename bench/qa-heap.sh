#!/usr/bin/env bash
# Heap of QA over N and 10N generated files (100 segments each): the largest heap after a garbage collection
# (-Xlog:gc) of bench/QaHeapBench.java, for the spooled session and for holding every pair in a list (what
# `glossa qa` did before), then the session over N files in a 64 MB heap. See docs/benchmarks.md.
# Usage: bench/qa-heap.sh [N]   (default 2000)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
N="${1:-2000}"
./glossa --version >/dev/null
cp="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):cli/target/lib/*"
mkdir -p /tmp/qaheap && javac -d /tmp/qaheap -cp "$cp" bench/QaHeapBench.java
run() {  # mode files xmx
  local log=/tmp/qaheap/gc-$1-$2-$3.log
  echo "+ java -Xmx$3 -Xlog:gc:file=$log QaHeapBench $1 $2"
  if /usr/bin/time -f "wall %e s, peak RSS %M KiB" java "-Xmx$3" "-Xlog:gc:file=$log" -cp "$cp:/tmp/qaheap" QaHeapBench "$1" "$2"; then
    python3 - "$log" <<'PY'
import re, sys
after = [int(m.group(1)) for m in re.finditer(r"->(\d+)M\(", open(sys.argv[1]).read())]
print(f"  {len(after)} collections, largest heap after a collection: {max(after) if after else 0} MiB")
PY
  else
    echo "  failed (out of memory?)"
  fi
}
run session "$N" 2g
run session "$((N * 10))" 2g
run held "$N" 2g
run held "$((N * 10))" 2g
run session "$N" 64m
