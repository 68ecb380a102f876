#!/usr/bin/env bash
# Editor screenshots for docs/screenshots (editor-main.png, editor-tm-diff.png), under Xvfb.
# Needs: apt-get install -y xvfb imagemagick.   Usage: bench/desktop-screens.sh [OUT_DIR]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
out="${1:-docs/screenshots}"
./glossa --version >/dev/null   # builds the jars when needed
work="$(mktemp -d)"
cp seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt bench/desktop/dw-sample.tmx "$work/"
cp="$(ls desktop/target/glossa-desktop-*.jar | grep -v -e sources -e tests | head -n 1):desktop/target/lib/*"
xvfb-run -a -s '-screen 0 1600x1000x24' \
  java -Dprism.order=sw -cp "$cp" bench/desktop/Screenshots.java \
    "$work/dw-2023-01-10-eu-nato-joint-declaration.en.txt" glossaries/dw-en-de.tbx "$work/dw-sample.tmx" "$out"
rm -rf "$work"
