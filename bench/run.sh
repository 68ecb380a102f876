#!/usr/bin/env bash
# Glossa extraction benchmark: see docs/benchmarks.md.
#
#   bench/run.sh            # 1,000 generated articles under /tmp/glossa-bench
#   COUNT=200 bench/run.sh  # fewer articles; BENCH_DIR=... to write elsewhere
#
# Needs python3, java 17, maven (through ./glossa), GNU time (/usr/bin/time) and, optionally, hyperfine.
# If /usr/bin/time or hyperfine is missing, the script runs `apt-get install -y time hyperfine` (through sudo when
# not root); without hyperfine it falls back to a loop of 10 runs timed with `date +%s%N`.
# Everything generated (articles, XLIFF, logs) goes to $BENCH_DIR, never into the repository.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
COUNT="${COUNT:-1000}"
BENCH_DIR="${BENCH_DIR:-/tmp/glossa-bench}"
SEED_FILE="${SEED_FILE:-seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt}"
art="$BENCH_DIR/articles"
log="$BENCH_DIR/logs"
commands=()
run() { commands+=("$*"); echo "+ $*" >&2; "$@"; }

# --- tools ---------------------------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ] || ! command -v hyperfine >/dev/null; then
  echo "bench: installing GNU time and hyperfine with apt-get (missing)" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y time hyperfine >&2 || echo "bench: apt-get failed; continuing with what is there" >&2
fi
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time (GNU time) is required" >&2; exit 2; }

rm -rf "$BENCH_DIR/out-2.1" "$BENCH_DIR/out-1.2" "$log"
mkdir -p "$BENCH_DIR" "$log"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "ram: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$log/machine.txt"

# --- build once, generate articles ---------------------------------------------------------------------------
run ./glossa --version >&2
rm -rf "$art"
run python3 bench/generate-articles.py --count "$COUNT" --out "$art"

# --- (a), (b): extract the articles -------------------------------------------------------------------------
for v in 2.1 1.2; do
  run /usr/bin/time -v -o "$log/time-$v.txt" ./glossa extract "$art" -s en -t de --xliff "$v" -o "$BENCH_DIR/out-$v" \
      > "$log/extract-$v.out"
done

# --- (c): cold start ----------------------------------------------------------------------------------------
cold() { # name, command...
  local name="$1"; shift
  if command -v hyperfine >/dev/null; then
    run hyperfine --warmup 2 --runs 10 --export-json "$log/cold-$name.json" --output=null "$*" >&2
  else
    commands+=("for i in \$(seq 10); do s=\$(date +%s%N); $* >/dev/null; e=\$(date +%s%N); echo \$(( (e-s)/1000000 )); done")
    for i in 1 2; do "$@" >/dev/null; done
    for i in $(seq 10); do s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done \
        > "$log/cold-$name.ms"
  fi
}
cold segment ./glossa segment "$SEED_FILE"
cold version ./glossa --version

# What the JVM loads for those two commands (class count, and how many come from the JDK's CDS archive).
GLOSSA_JAVA_OPTS="-Xlog:class+load:file=$log/classes-version.txt" ./glossa --version >/dev/null
GLOSSA_JAVA_OPTS="-Xlog:class+load:file=$log/classes-segment.txt" ./glossa segment "$SEED_FILE" >/dev/null
commands+=("GLOSSA_JAVA_OPTS=\"-Xlog:class+load:file=$log/classes-version.txt\" ./glossa --version"
           "GLOSSA_JAVA_OPTS=\"-Xlog:class+load:file=$log/classes-segment.txt\" ./glossa segment $SEED_FILE")

# --- (d): per-article time inside one JVM -------------------------------------------------------------------
jar="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1)"
cp="$jar:cli/target/lib/*"
mkdir -p "$BENCH_DIR/harness"
run javac -d "$BENCH_DIR/harness" -cp "$cp" bench/ExtractBench.java
run java -cp "$BENCH_DIR/harness:$cp" ExtractBench "$SEED_FILE" 50 200 > "$log/harness.txt"
cat "$log/harness.txt" >&2
# the same with a longer warm-up: on a small or busy machine 50 runs do not reach a steady state
run java -cp "$BENCH_DIR/harness:$cp" ExtractBench "$SEED_FILE" 500 500 > "$log/harness-long.txt"
cat "$log/harness-long.txt" >&2

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$log/machine.txt"

# --- report -------------------------------------------------------------------------------------------------
python3 - "$log" "$COUNT" "${commands[@]}" <<'PY'
import json, os, re, statistics, sys
log, count, commands = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def gnu_time(path):
    t = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time .*: (.+)", t).group(1).strip()
    secs = 0.0
    for part in wall.split(":"):
        secs = secs * 60 + float(part)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1))
    sys_ = float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
    return secs, rss, user + sys_

def total(path):
    m = re.search(r"total: (\d+) files extracted, (\d+) failed, (\d+) units, (\d+) segments, (\d+) words",
                  open(path).read())
    return tuple(int(x) for x in m.groups())

def cold(name):
    j = os.path.join(log, f"cold-{name}.json")
    if os.path.exists(j):
        r = json.load(open(j))["results"][0]
        return r["mean"] * 1000, r["stddev"] * 1000, min(r["times"]) * 1000, "hyperfine"
    ms = [int(x) for x in open(os.path.join(log, f"cold-{name}.ms")).read().split()]
    return statistics.mean(ms), statistics.stdev(ms), min(ms), "date loop"

def classes(name):
    lines = open(os.path.join(log, f"classes-{name}.txt")).read().splitlines()
    loaded = [l for l in lines if "source:" in l]
    shared = sum("shared objects file" in l for l in loaded)
    groups = {}
    for l in loaded:
        m = re.search(r"\] (\S+) source:", l)
        cls = m.group(1) if m else ""
        for prefix, label in (("net.sf.okapi", "Okapi"), ("com.ibm.icu", "ICU4J"), ("picocli", "picocli"),
                              ("org.glossa", "Glossa"), ("com.fasterxml", "Jackson"),
                              ("org.apache.tika", "Tika"), ("com.sun.org.apache", "JDK XML (Xerces/Xalan)")):
            if cls.startswith(prefix):
                groups[label] = groups.get(label, 0) + 1
                break
        else:
            groups["JDK/other"] = groups.get("JDK/other", 0) + 1
    return len(loaded), shared, groups

print("## Machine\n")
for line in open(os.path.join(log, "machine.txt")).read().splitlines():
    print(f"- {line}")
print("\n## Results\n")
print("| Measurement | Wall time | Throughput | Peak RSS | CPU (user+sys) |")
print("|---|---|---|---|---|")
for v in ("2.1", "1.2"):
    secs, rss, cpu = gnu_time(os.path.join(log, f"time-{v}.txt"))
    files, failed, units, segs, words = total(os.path.join(log, f"extract-{v}.out"))
    print(f"| extract {files} articles → XLIFF {v} ({failed} failed; {units} units, {segs} segments, {words} words) "
          f"| {secs:.2f} s | {files / secs:.1f} articles/s, {words / secs:,.0f} words/s | {rss / 1024:.0f} MiB "
          f"| {cpu:.1f} s |")
for name, label in (("segment", "cold start: `glossa segment` seed article"), ("version", "cold start: `glossa --version`")):
    mean, sd, lo, how = cold(name)
    print(f"| {label} ({how}, 10 runs) | {mean:.0f} ms ± {sd:.0f} (min {lo:.0f}) | | | |")
h = open(os.path.join(log, "harness.txt")).read()
for pat, label in ((r"mean extract: ([\d.]+)", "in-JVM extract(), seed article, mean of 200 after 50 warm-up"),
                   (r"mean extract \+ XLIFF 2.1 write: ([\d.]+)", "in-JVM extract() + XLIFF 2.1 write, same"),
                   (r"new Extractor \(SRX load\+compile\): ([\d.]+)", "in-JVM `new Extractor(...)` (first, cold)"),
                   (r"first extract \(cold\): ([\d.]+)", "in-JVM first extract() (cold)")):
    print(f"| {label} | {float(re.search(pat, h).group(1)):.1f} ms | | | |")
h = open(os.path.join(log, "harness-long.txt")).read()
for pat, label in ((r"mean extract: ([\d.]+)", "in-JVM extract(), seed article, mean of 500 after 500 warm-up"),
                   (r"mean extract \+ XLIFF 2.1 write: ([\d.]+)", "in-JVM extract() + XLIFF 2.1 write, same")):
    print(f"| {label} | {float(re.search(pat, h).group(1)):.1f} ms | | | |")

print("\n## Classes loaded (-Xlog:class+load)\n")
print("| Command | Classes | from CDS archive | by origin |")
print("|---|---|---|---|")
for name in ("version", "segment"):
    n, shared, groups = classes(name)
    g = ", ".join(f"{k} {v}" for k, v in sorted(groups.items(), key=lambda kv: -kv[1]))
    print(f"| `glossa {'--version' if name == 'version' else 'segment SEED'}` | {n} | {shared} | {g} |")

print("\n## Commands\n\n```sh")
for c in commands:
    print(c)
print("```")
PY
