#!/usr/bin/env bash
# Issue 17, session 15 (decision 0064): what a slow batch shows and keeps. `glossa extract --mt --threads 1` of COUNT
# articles against a local fake LibreTranslate that answers each request after DELAY seconds; the run is killed
# (SIGKILL) KILL_AFTER seconds after it starts. Prints, per build, when the first new output appeared in the output
# folder and how many outputs were there, complete, when the run was killed (each is read back: a complete XLIFF
# file ends with </xliff>). Builds interleaved, ROUNDS rounds.
#
#   bench/extract-slow-mt.sh base=/tmp/b/glossa new=./glossa
#   COUNT=30 DELAY=0.5 KILL_AFTER=12 ROUNDS=2 BENCH_DIR=/tmp/slow-mt bench/extract-slow-mt.sh …
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNT="${COUNT:-30}"
DELAY="${DELAY:-0.5}"
KILL_AFTER="${KILL_AFTER:-12}"
ROUNDS="${ROUNDS:-2}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-slow-mt}"
[ "$#" -ge 1 ] || { echo "usage: bench/extract-slow-mt.sh NAME=LAUNCHER..." >&2; exit 2; }
mkdir -p "$BENCH_DIR"
art="$BENCH_DIR/articles"
if [ "$(ls "$art" 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
  rm -rf "$art"; python3 "$repo/bench/generate-articles.py" --count "$COUNT" --out "$art" >&2
fi
port_file="$BENCH_DIR/port"
rm -f "$port_file"
# the fake service: /languages at once, each /translate after DELAY seconds, the text given back as its translation
python3 - "$DELAY" "$port_file" <<'PY' &
import json, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
delay, port_file = float(sys.argv[1]), sys.argv[2]
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def answer(self, obj):
        body = json.dumps(obj).encode()
        try:
            self.send_response(200); self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the run was killed while its request waited
    def do_GET(self):
        self.answer([{"code": "en", "name": "English", "targets": ["de"]}, {"code": "de", "name": "German", "targets": ["en"]}])
    def do_POST(self):
        q = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["q"]
        time.sleep(delay)
        self.answer({"translatedText": q if isinstance(q, list) else q})
s = ThreadingHTTPServer(("127.0.0.1", 0), H)
open(port_file, "w").write(str(s.server_address[1]))
s.serve_forever()
PY
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
while [ ! -s "$port_file" ]; do sleep 0.1; done
printf 'provider = libretranslate\nurl = http://127.0.0.1:%s\n' "$(cat "$port_file")" > "$BENCH_DIR/mt.properties"
for v in "$@"; do "${v#*=}" --version > /dev/null; done # builds it if needed, outside the timing
echo "- $COUNT articles, one thread, the service answers each file after $DELAY s, killed after $KILL_AFTER s;" \
  "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | round | first new output after | outputs when killed (complete) | temporary files left | load |"
echo "|---|---|---|---|---|---|"
for r in $(seq "$ROUNDS"); do
  for v in "$@"; do
    name="${v%%=*}"; launcher="${v#*=}"; out="$BENCH_DIR/out-$name-$r"
    rm -rf "$out" "$BENCH_DIR/cache-$name-$r"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    start=$(date +%s.%N)
    GLOSSA_JAVA_OPTS="-Dglossa.mt.settings=$BENCH_DIR/mt.properties -Dglossa.mt.cache=$BENCH_DIR/cache-$name-$r" \
      "$launcher" extract "$art" -s en -t de --mt --threads 1 -q -o "$out" > "$BENCH_DIR/log-$name-$r.txt" 2>&1 &
    run=$!
    first=""
    while :; do
      now=$(date +%s.%N); elapsed=$(echo "$now - $start" | bc)
      if [ -z "$first" ] && [ -n "$(find "$out" -name '*.xlf' 2>/dev/null | head -n 1)" ]; then first="$elapsed"; fi
      if (( $(echo "$elapsed >= $KILL_AFTER" | bc) )); then break; fi
      kill -0 "$run" 2>/dev/null || break
      sleep 0.05
    done
    # the launcher execs java, so $run is the JVM
    kill -9 "$run" 2>/dev/null || true
    wait "$run" 2>/dev/null || true
    total=0; complete=0
    for f in "$out"/*.xlf; do
      [ -e "$f" ] || continue
      total=$((total + 1))
      tail -c 20 "$f" | grep -q '</xliff>' && complete=$((complete + 1))
    done
    temps=$(find "$out" -name '.*.tmp' 2>/dev/null | wc -l)
    printf '| %s | %s | %s | %s (%s) | %s | %s |\n' "$name" "$r" "${first:+$(printf '%.2f s' "$first")}" "$total" "$complete" "$temps" "$load"
  done
done
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
