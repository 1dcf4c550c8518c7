#!/bin/sh
# Throughput and memory of `dyad code`, raw text to events, on >= 200,000
# sentences of news-like text built here at bench time: the bundled example
# page, the text of PETRARCH-2's GigaWord sample (AFP sentences) and the EWT
# treebank's raw sentences (both from ../shared; skipped when absent), one
# story a paragraph, repeated to size.  Reports sentences/s by CPU time and
# by wall time, peak memory, where the time goes (`dyad code --profile`),
# and a reference in the same run: `dyad split --stats` on the same input,
# so the cost of tagging, parsing and coding shows beside segmenting alone.
#
#   sh bench/bench_code.sh             (RUNS=3 by default; MIN_SENTENCES)
set -eu
. "$(dirname "$0")/lib.sh"
DYAD=${DYAD:-build/dyad}
MIN_SENTENCES=${MIN_SENTENCES:-200000}
for m in tagger parser lexicon; do
    if [ ! -f "models/$m.bin" ]; then
        echo "skip: models/$m.bin is missing (build or copy the models first)"
        exit 0
    fi
done

seed="$BENCH_TMP/seed.txt"
text="$BENCH_TMP/news.txt"
cat examples/wire-page.txt >"$seed"
printf '\n' >>"$seed"
petr=../shared/data/petrarch2/GigaWord.sample.PETR.xml
if [ -f "$petr" ]; then
    # each record's text is a story; line wraps inside it are kept
    /usr/bin/python3 -c "
import html, re, sys
data = open(sys.argv[1], encoding='utf-8').read()
for m in re.finditer(r'<Text>(.*?)</Text>', data, re.S):
    t = html.unescape(m.group(1)).strip()
    if t: print(t + '\n')
" "$petr" >>"$seed"
else
    echo "note: $petr absent, coding without the AFP sentences"
fi
for f in ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu; do
    [ -f "$f" ] || { echo "note: $f absent"; continue; }
    # one story per treebank paragraph, its sentences joined by spaces
    /usr/bin/python3 -c "
import sys
par = []
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('# newpar') or line.startswith('# newdoc'):
        if par: print(' '.join(par) + '\n'); par = []
    elif line.startswith('# text = '):
        par.append(line[9:].rstrip('\n'))
if par: print(' '.join(par) + '\n')
" "$f" >>"$seed"
done

# Repeat the seed until the segmenter counts enough sentences.
sentences_in() { "$DYAD" split --stats --date 2026-03-12 "$1" | sed -E 's/.*"sentences":([0-9]+).*/\1/'; }
seed_sents=$(sentences_in "$seed")
copies=$(( (MIN_SENTENCES + seed_sents - 1) / seed_sents ))
: >"$text"
i=0
while [ $i -lt $copies ]; do cat "$seed" >>"$text"; i=$((i + 1)); done
stats=$("$DYAD" split --stats --date 2026-03-12 "$text")
sents=$(echo "$stats" | sed -E 's/.*"sentences":([0-9]+).*/\1/')
bytes=$(wc -c <"$text")
echo "input: $stats, $bytes bytes ($seed_sents sentences of example, AFP and treebank text, $copies copies)"

per_s() { awk -v n="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.001; printf "%.0f", n / s }'; }
report() {   # NAME: prints the last measurement
    printf '%-30s %8s sent/s CPU  %8s sent/s wall  %6s MB/s CPU  peak %7s KB\n' "$1" \
        "$(per_s "$sents" "$CPU")" "$(per_s "$sents" "$WALL")" "$(rate "$bytes" "$CPU")" "$RSS"
}

measure "$DYAD" split --stats --date 2026-03-12 "$text"
ref=$CPU; report "reference: split --stats"
# --profile reads the thread's CPU clock six times a story (stories here
# are paragraphs): a few microseconds against milliseconds of coding, too
# little to tell from the run-to-run noise, so the timed runs keep it on.
measure "$DYAD" code --profile --date 2026-03-12 "$text"
report "code (JSON Lines out)"
echo "  CPU time against split --stats on the same input: $(ratio "$CPU" "$ref")x"
echo "  where the time goes (the last run's --profile):"
sed 's/^/  /' "$BENCH_TMP/stderr"
# The same on every processor (--threads 0): the same events; what counts
# here is wall time, and it can only show what the machine has free.
one_wall=$WALL
measure "$DYAD" code --threads 0 --date 2026-03-12 "$text"
report "code --threads 0 ($(nproc) processors)"
echo "  wall time against one thread: $(ratio "$one_wall" "$WALL")x as fast"
rm -f "$text" "$seed"
