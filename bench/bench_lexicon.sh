#!/bin/sh
# The lexicon: compile time and counts, load time, matching speed on the
# UD English EWT training treebank (forms and lemmas as given) from
# ../shared, on one core.  Prints figures; asserts nothing.
BUILD=${BUILD:-build}
DYAD=${DYAD:-$BUILD/dyad}
LEXICON=${LEXICON:-lexicon}      # the source folder to compile
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
cities=""; [ -f "$BUILD/cities.tsv" ] && cities="--cities $BUILD/cities.tsv"
start=$(date +%s.%N)
$DYAD dict compile --lexicon "$LEXICON" $cities -o "$out/lexicon.bin" 2>"$out/compile.err"
end=$(date +%s.%N)
grep -E '^dyad dict:' "$out/compile.err"
echo "compile: $(awk "BEGIN { printf \"%.2f\", $end - $start }") s wall (dyad dict compile --lexicon $LEXICON $cities)"
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc bench/lexicon_speed.c "$BUILD/libdyad.a" \
   -ljansson -lutf8proc -lm -o "$out/lexicon_speed" || exit 1
ewt=../shared/data/ud-english-ewt/en_ewt-ud-train.conllu
if [ -f "$ewt" ]; then
    taskset -c 0 "$out/lexicon_speed" "$out/lexicon.bin" "$ewt" 20 2>/dev/null ||
        "$out/lexicon_speed" "$out/lexicon.bin" "$ewt" 20
else
    echo "match: skipped ($ewt is absent)"
fi
