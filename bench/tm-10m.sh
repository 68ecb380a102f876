#!/usr/bin/env bash
# The translation-memory benchmark at 10,000,000 units (bench/tm.sh with UNITS=10000000, no linear scan: it would
# need ~8 GB of heap and hours). Needs ~15 GB free in BENCH_DIR (TMX 4.2 GB, index ~3 GB). See docs/benchmarks.md.
set -euo pipefail
UNITS=10000000 LINEAR_LOOKUPS=0 exec "$(dirname "${BASH_SOURCE[0]}")/tm.sh" "$@"
