#!/bin/sh
# Parser speed and memory: parses EWT dev (gold words and tags) over and
# over in one process, 200 times (about 5 M words) greedily and once with
# the model's beam, and prints words/s and peak memory; then the whole
# pipeline from raw text (segment + tag + parse, CPU time of each stage),
# greedy and with the beam.  Needs the treebank beside the checkout
# (../shared/data/ud-english-ewt), models/parser.bin and models/tagger.bin.
DYAD=${DYAD:-build/dyad}
DEV=../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu
MODEL=${MODEL:-models/parser.bin}
REPEAT=${REPEAT:-200}
if [ ! -f "$DEV" ] || [ ! -f "$MODEL" ]; then
    echo "skip: needs $DEV and $MODEL"
    exit 0
fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
run() {
    label=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$DYAD" eval-parse --model "$MODEL" --gold "$DEV" --gold-tags "$@" >"$out" 2>"$out.time"
    else
        "$DYAD" eval-parse --model "$MODEL" --gold "$DEV" --gold-tags "$@" >"$out" 2>"$out.time"
    fi
    speed=$(sed -n 's/.*: \([0-9]*\) words\/s$/\1/p' "$out")
    scores=$(head -n 1 "$out")
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.time")
    words=$(sed -n 's/.*parsed \([0-9]*\) words.*/\1/p' "$out")
    user=$(sed -n 's/.*User time (seconds): //p' "$out.time")
    # Words per CPU second too: on a shared machine wall time includes
    # the time other processes held the core.
    cpu=$(awk -v w="$words" -v u="$user" 'BEGIN { if (u > 0) printf "%.0f", w / u; else print "?" }')
    echo "parser $label: $speed words/s ($cpu per CPU second), peak ${peak:-?} KB; $scores"
    rm -f "$out.time"
}
run "greedy x$REPEAT" --beam 1 --repeat "$REPEAT"
run "beam 8" --beam 8

# From raw text: eval-parse --raw times each stage on this thread's CPU.
pipeline() {
    label=$1; shift
    "$DYAD" eval-parse --model "$MODEL" --gold "$DEV" --raw "$@" >"$out" 2>/dev/null || return
    echo "pipeline $label: $(sed -n 's/^raw speed //p' "$out"); $(sed -n 's/^raw \(UAS .*\)/\1/p' "$out")"
}
pipeline "greedy x20" --beam 1 --repeat 20
pipeline "model's beam x2" --repeat 2
