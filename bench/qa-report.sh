#!/usr/bin/env bash
# Writing a QA JSON report, the step `glossa qa` runs alone after the checks: bench/QaReportBench.java reads REPORT's
# findings into memory and writes them ROUNDS times through a UTF-8 writer (serial, as before session 11) and through
# ReportWriter's file path (decision 0048), with the CLI's JVM options; main-thread CPU, process CPU, wall, and
# whether the bytes are REPORT's. See docs/benchmarks.md ("Issue 17, session 11").
# Usage: bench/qa-report.sh REPORT [ROUNDS]   e.g. REPORT from `./glossa qa DIR -g … --format json -o REPORT`
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
[ -f "${1:-}" ] || { echo "qa-report: give a JSON report written by glossa qa" >&2; exit 2; }
./glossa --version >/dev/null
cp="$(ls cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):cli/target/lib/*"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$cp" bench/QaReportBench.java
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -cp "$cp:$classes" QaReportBench "$1" "$classes/out.json" "${2:-5}"
