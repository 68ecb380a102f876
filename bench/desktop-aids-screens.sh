#!/usr/bin/env bash
# Screenshots of spelling, concordance and machine translation in the editor (docs/screenshots/editor-spelling*.png,
# editor-concordance.png, editor-mt.png): EditorAidsFlowTest takes them headless (Monocle, software rendering) while
# it runs, against a local fake DeepL server. Needs the hunspell-de-de dictionary.   Usage: bench/desktop-aids-screens.sh [OUT_DIR]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
out="$(realpath -m "${1:-docs/screenshots}")"
mvn -B -q -o -pl desktop -am test -Dtest=EditorAidsFlowTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dglossa.screenshots="$out"
ls -l "$out"/editor-spelling.png "$out"/editor-spelling-menu.png "$out"/editor-concordance.png "$out"/editor-mt.png
