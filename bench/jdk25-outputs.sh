#!/usr/bin/env bash
# Every command of the command line on the seed, the DW glossary and two translated XLIFF files, with a given java and
# JVM options: standard output, standard error and exit code of each (OUTDIR/N.out, N.err, codes) and the files
# written (OUTDIR/w). Run it with two JDKs and diff the folders (decision 0041; only timestamps, paths and the
# progress lines' counts may differ):
#
#   bench/jdk25-outputs.sh "$PWD" /tmp/o17 /tmp/glossa-jdk25/translated java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#   bench/jdk25-outputs.sh "$PWD" /tmp/o25 /tmp/glossa-jdk25/translated /usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
#       -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#   diff -r /tmp/o17 /tmp/o25
#
# GLOSSA_DIR is a built checkout (./glossa has run); TRANSLATED a folder of translated XLIFF (bench/jdk25-compare.sh
# and bench/qa.sh make one).
set -u
g="$(cd "$1" && pwd)"; out="$2"; translated="$3"; java="$4"; shift 4
rm -rf "$out"; mkdir -p "$out/w"
cp="$(ls "$g"/cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):$g/cli/target/lib/*"
seed="$g/seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt"; gl="$g/glossaries/dw-en-de.tbx"
mkdir -p "$out/w/tr"
for f in $(ls "$translated" | head -n 2); do cp "$translated/$f" "$out/w/tr/"; done
cd "$out/w"
n=0
r() { n=$((n+1)); "$java" "$@" -cp "$cp" org.glossa.cli.Main "${args[@]}" >"$out/$n.out" 2>"$out/$n.err"; echo "$? ${args[*]}" >> "$out/codes"; }
run() { args=("$@"); r "${opts[@]}"; }
opts=("$@")
run --version
run segment "$seed"
run segment --help
run extract "$g/seeds" -s en -t de -q -o x2
run extract "$g/seeds" -s en -t de -g "$gl" --xliff 1.2 -q -o x12
run extract "$g/seeds" -s en -t de -g "$gl" -q -o xg
run terms "$seed" -g "$gl"
run terms "$seed" -g "$gl" --json
run glossary check "$gl"
run glossary convert "$gl" gl.csv
run glossary convert "$gl" gl.martif.tbx
run qa tr -g "$gl" --fail-on never
run qa tr -g "$gl" --format json -o qa.json --fail-on never -q
run qa tr -g "$gl" --format html -o qa.html --fail-on never -q
run merge tr -o merged -q
run tm import -o mem.tmx tr
run tm stats mem.tmx
run tm lookup --tm mem.tmx "The European Union and NATO share common values."
run tm concordance --tm mem.tmx "NATO"
run tm export -o mem-out.tmx mem.tmx
run analyze "$g/seeds" --tm mem.tmx --json
run analyze "$g/seeds" tr --tm mem.tmx
run project init -s en -t de proj
cp "$seed" proj/sources/; cp "$gl" proj/glossaries/
run run proj -q
cp mem.tmx proj/memories/
run run proj -q --force
run nosuch
