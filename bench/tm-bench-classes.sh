# Sourced by bench/tm-build-compare.sh and bench/tm-lookups-compare.sh: compiles bench/TmBench.java against each
# tree's command-line jars into OUT/classes-base and OUT/classes-new and sets cp_base and cp_new to run it.
# Needs: base, new (tree paths), out, repo.
for tree in base new; do
  dir="${!tree}"
  cp="$(ls "$dir"/cli/target/glossa-cli-*.jar | grep -v -e sources -e tests | head -n 1):$dir/cli/target/lib/*"
  mkdir -p "$out/classes-$tree"
  javac -d "$out/classes-$tree" -cp "$cp" "$repo/bench/TmBench.java"
  declare "cp_$tree=$out/classes-$tree:$cp"
done
