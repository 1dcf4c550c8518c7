#!/bin/sh
# Tagger throughput: tags + lemmatizes the EWT dev file (25,147 words)
# 200 times in one process (5.0 M words), RUNS times (3 by default), and
# prints the median words/s of CPU time (the tagging thread's) and of wall
# time, the model's load time, peak memory (/usr/bin/time) and the model's
# size.  A reference in the same run: `dyad split --stats` segmenting the
# dev text repeated to about the same number of words, so the tagger's
# figure can be read against a single pass over the same words on
# whatever the machine is doing at the time.  Needs ../shared; skips
# without it.
#
#   sh bench/bench_tagger.sh     (RUNS=3, TAGGER_BENCH_PASSES=200)
set -eu
. "$(dirname "$0")/lib.sh"
DYAD=${DYAD:-build/dyad}
gold=../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu
passes=${TAGGER_BENCH_PASSES:-200}
if [ ! -f "$gold" ]; then
    echo "bench_tagger: skipped: $gold absent"
    exit 0
fi
if [ ! -f models/tagger.bin ]; then
    echo "bench_tagger: skipped: models/tagger.bin absent"
    exit 0
fi

# The tagger: its own figures from each run, medians over the runs.
cpus=""; walls=""; loads=""; rsss=""
i=0
while [ $i -lt "$RUNS" ]; do
    /usr/bin/time -f '%M' -o "$BENCH_TMP/time" \
        "$DYAD" eval-tags --gold "$gold" --repeat "$passes" >"$BENCH_TMP/out"
    [ $i -eq 0 ] && grep -E '^(UPOS|XPOS|Lemmas)' "$BENCH_TMP/out"
    cpus="$cpus $(sed -n 's/^speed *\([0-9]*\) words\/s of CPU.*/\1/p' "$BENCH_TMP/out")"
    walls="$walls $(sed -n 's/.*CPU time, \([0-9]*\) words\/s of wall.*/\1/p' "$BENCH_TMP/out")"
    loads="$loads $(sed -n 's/.*loaded in \([0-9.]*\) ms.*/\1/p' "$BENCH_TMP/out")"
    rsss="$rsss $(tail -n 1 "$BENCH_TMP/time")"
    i=$((i + 1))
done
words=$(sed -n 's/.* \([0-9]*\) words, .* s CPU).*/\1/p' "$BENCH_TMP/out")
tagger_cpu=$(median $cpus)
echo "speed     $tagger_cpu words/s of CPU time, $(median $walls) words/s of wall time" \
     "(tag + lemmatize, 1 thread, median of $RUNS runs of $words words)"
echo "model     loaded in $(median $loads) ms (median); $(wc -c <models/tagger.bin) bytes"
echo "memory    peak RSS $(median $rsss) kB (the whole eval-tags process, its treebank included)"

# The reference: segmenting the dev text, repeated to about as many words.
/usr/bin/python3 -c "
import sys
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('# text = '): print(line[9:].rstrip('\n'))
" "$gold" >"$BENCH_TMP/seed.txt"
: >"$BENCH_TMP/text.txt"
i=0
while [ $i -lt "$passes" ]; do cat "$BENCH_TMP/seed.txt" >>"$BENCH_TMP/text.txt"; i=$((i + 1)); done
ref_words=$("$DYAD" split --stats --date 2026-03-12 "$BENCH_TMP/text.txt" | sed -E 's/.*"words":([0-9]+).*/\1/')
measure "$DYAD" split --stats --date 2026-03-12 "$BENCH_TMP/text.txt"
ref=$(awk -v n="$ref_words" -v s="$CPU" 'BEGIN { if (s <= 0) s = 0.001; printf "%.0f", n / s }')
echo "reference split --stats: $ref words/s of CPU time ($ref_words words, median of $RUNS runs," \
     "whole process); the tagger runs at $(ratio "$tagger_cpu" "$ref")x its speed"
echo "machine   load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
rm -rf "$BENCH_TMP"
