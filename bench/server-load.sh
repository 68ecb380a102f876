#!/usr/bin/env bash
# Server load test (issue #14): a fresh server on the embedded PostgreSQL, a 1,000,000-unit EN→DE memory imported
# through the API (one streamed TMX upload), then TRANSLATORS simulated translators on loopback for LOAD_SECONDS s
# looking up and confirming segments of a shared document set; then the same load on one shared TMX file
# (core's memory, tm import's lock and index). See docs/benchmarks.md.
#
#   bench/server-load.sh              # UNITS=1000000 TRANSLATORS=20 LOAD_SECONDS=60 THINK_MS=1000 SERVER_XMX=1g
#   PHASES=server bench/server-load.sh   # only the server (PHASES=tmx: only the TMX file)
#   IMPORT_ONLY=1 PHASES=server UNITS=100000 bench/server-load.sh   # stop after the import
#   IMPORT_DURING_LOAD=1 LOAD_SECONDS=400 PHASES=server bench/server-load.sh
#       # the same TMX imported again, into the memory "archive", while the translators work: confirm-to-visible
#       # while a big import is written and then indexed (decision 0030); the load must outlast the import
#
# Needs java 17 and maven. Everything generated goes to $BENCH_DIR (default /tmp/glossa-bench/load).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
UNITS="${UNITS:-1000000}"
TRANSLATORS="${TRANSLATORS:-20}"
# (not $SECONDS: bash's own seconds-since-start counter, which made the load phase 0 s long in a fresh shell)
SECONDS_="${LOAD_SECONDS:-60}"
THINK_MS="${THINK_MS:-1000}"
SERVER_XMX="${SERVER_XMX:-1g}"
PHASES="${PHASES:-server tmx}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}/load"
SEED_FILE="${SEED_FILE:-seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt}"
mkdir -p "$BENCH_DIR/classes"
run() { echo "+ $*" >&2; "$@"; }

# only the server and core are needed (not the editor): build them unless they are there
if ! ls server/target/glossa-server-*.jar >/dev/null 2>&1 || [ ! -d server/target/lib ]; then
  run mvn -o -B -q -pl server -am package -DskipTests
fi
jar="$(ls server/target/glossa-server-*.jar | grep -v -e sources -e tests | head -n 1)"
cp="$jar:server/target/lib/*"
run javac -d "$BENCH_DIR/classes" -cp "$cp" bench/TmBench.java bench/ServerLoad.java
bcp="$BENCH_DIR/classes:$cp"
tmx="$BENCH_DIR/tm-$UNITS.tmx"
queries="$BENCH_DIR/queries-$UNITS.tsv"
[ -f "$tmx" ] && [ -f "$queries" ] || run java -cp "$bcp" TmBench generate "$SEED_FILE" "$tmx" "$queries" "$UNITS"

machine() {
  echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); nproc: $(nproc); $(awk '/MemTotal/ {printf "RAM %.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); java: $(java -version 2>&1 | head -1)"
  echo "uptime: $(uptime)"
}

# CPU seconds (user+sys) of the server JVM and of its PostgreSQL (the postmaster, its live processes and the ones
# that ended), so that a run on a loaded machine can be compared by the CPU it cost, not only by wall time
cpu() {
  local tck pg total; tck="$(getconf CLK_TCK)"
  pg="$(head -n 1 "$data/postgres/postmaster.pid" 2>/dev/null || true)"
  total="$(awk '{print $14+$15}' /proc/"$server_pid"/stat)"
  local pgt=0
  if [ -n "$pg" ] && [ -r /proc/"$pg"/stat ]; then
    pgt="$(awk '{print $14+$15+$16+$17}' /proc/"$pg"/stat)"
    for c in $(pgrep -P "$pg"); do pgt=$((pgt + $(awk '{print $14+$15}' /proc/"$c"/stat 2>/dev/null || echo 0))); done
  fi
  awk -v s="$total" -v p="$pgt" -v t="$tck" 'BEGIN {printf "CPU so far: server JVM %.1f s, PostgreSQL %.1f s (user+sys)\n", s/t, p/t}'
}

if [[ " $PHASES " == *" server "* ]]; then
  data="$BENCH_DIR/server-data"
  rm -rf "$data"
  log="$BENCH_DIR/server.log"
  machine
  # the server in the background, on a free port, with a fresh data folder; stopped (SIGTERM) on exit
  java -Xmx"$SERVER_XMX" ${SERVER_JAVA_OPTS:-} -cp "$cp" org.glossa.server.ServerMain --port 0 --data "$data" >"$log" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 120); do grep -q "listening on" "$log" && break; sleep 1; done
  url="$(grep -o 'http://[^ ]*' "$log" | head -n 1)"
  [ -n "$url" ] || { cat "$log" >&2; echo "server-load: the server did not start" >&2; exit 2; }
  echo "server: $url (pid $server_pid, -Xmx$SERVER_XMX)"
  token() { java -cp "$cp" org.glossa.server.ServerMain user add "$1" --role "$2" --data "$data" | tail -n 1; }
  lead="$(token lead reviewer)"
  : >"$BENCH_DIR/tokens.txt"
  # one user per translator, four at a time (each is a JVM start and an Argon2id hash)
  pids=()
  for i in $(seq "$TRANSLATORS"); do
    token "translator$i" translator >"$BENCH_DIR/token-$i.txt" &
    pids+=($!)
    if (( i % 4 == 0 )); then wait "${pids[@]}"; pids=(); fi
  done
  [ ${#pids[@]} -eq 0 ] || wait "${pids[@]}"
  for i in $(seq "$TRANSLATORS"); do cat "$BENCH_DIR/token-$i.txt" >>"$BENCH_DIR/tokens.txt"; done
  run java -cp "$bcp" ServerLoad import "$url" "$lead" "$tmx"
  echo "server RSS after the import: $(grep VmRSS /proc/$server_pid/status | tr -s ' ')"
  cpu
  [ "${IMPORT_ONLY:-}" = 1 ] && { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; trap - EXIT; exit 0; }
  echo "uptime before the load: $(uptime)"
  if [ "${IMPORT_DURING_LOAD:-}" = 1 ]; then
    java -cp "$bcp" ServerLoad import "$url" "$lead" "$tmx" archive >"$BENCH_DIR/import-during-load.txt" 2>&1 &
    import_pid=$!
  fi
  run java -cp "$bcp" ServerLoad server "$url" "$BENCH_DIR/tokens.txt" "$queries" "$SECONDS_" "$THINK_MS" \
      "$server_pid" "$data/postgres"
  if [ -n "${import_pid:-}" ]; then
    wait "$import_pid"
    echo "import during the load (memory archive):"; cat "$BENCH_DIR/import-during-load.txt"
  fi
  echo "uptime after the load: $(uptime)"
  cpu
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  trap - EXIT
fi

if [[ " $PHASES " == *" tmx "* ]]; then
  shared="$BENCH_DIR/shared/tm.tmx"
  rm -rf "$BENCH_DIR/shared"; mkdir -p "$BENCH_DIR/shared"
  cp "$tmx" "$shared"
  # the index is built once before the load, as the server's is built by its import
  run java -Xmx1g -cp "$bcp" ServerLoad tmx "$shared" "$queries" 0 0 1 >/dev/null
  machine
  run /usr/bin/time -v -o "$BENCH_DIR/time-tmx.txt" java -Xmx2g -cp "$bcp" ServerLoad tmx "$shared" "$queries" \
      "$SECONDS_" "$THINK_MS" "$TRANSLATORS"
  grep -E "Maximum resident|Elapsed" "$BENCH_DIR/time-tmx.txt"
  echo "uptime after: $(uptime)"
fi
