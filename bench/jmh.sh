#!/usr/bin/env bash
# JMH micro-benchmarks: segmentation, term recognition, QA, TM lookup. See docs/benchmarks.md.
#   bench/jmh.sh                      # all benchmarks: 1 fork, 3 warm-up and 5 measured iterations of 2 s
#   bench/jmh.sh Segmentation -f 2    # any JMH options after a benchmark name filter
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
mvn -B -q -DskipTests install -pl core -am >/dev/null
mvn -B -q -DskipTests package -pl bench/jmh >/dev/null
(cd bench/jmh && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null)
filter="${1:-}"; shift || true
exec java -cp "bench/jmh/target/classes:$(cat bench/jmh/target/cp.txt)" org.openjdk.jmh.Main ${filter:+"$filter"} \
  -f 1 -wi 3 -i 5 -w 2s -r 2s "$@"
