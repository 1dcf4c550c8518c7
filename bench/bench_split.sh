#!/bin/sh
# Throughput and memory of `dyad split` on >= 50 MB of news-like text made
# from the EWT treebank's raw text (when ../shared is there) and the
# bundled example, repeated.  Reports MB/s for segmenting alone (--stats),
# with JSON Lines out and with CoNLL-U out, peak memory on the text and on
# a text twice its size (memory must not grow with input), and a
# reference: `wc -w`, a single pass over the same bytes, in the same run.
set -eu
. "$(dirname "$0")/lib.sh"
DYAD=${DYAD:-build/dyad}
text="$BENCH_TMP/news.txt"
seed="$BENCH_TMP/seed.txt"
: >"$seed"
for f in ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu; do
    [ -f "$f" ] || continue
    # one paragraph per treebank paragraph, sentences joined by spaces
    /usr/bin/python3 -c "
import sys
par = []
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('# newpar') or line.startswith('# newdoc'):
        if par: print(' '.join(par) + '\n'); par = []
    elif line.startswith('# text = '):
        par.append(line[9:].rstrip('\n'))
if par: print(' '.join(par))
" "$f" >>"$seed"
done
cat examples/wire-page.txt >>"$seed"
[ -f ../shared/examples/wire-page.txt ] && cat ../shared/examples/wire-page.txt >>"$seed"
: >"$text"
while [ "$(wc -c <"$text")" -lt 52000000 ]; do cat "$seed" >>"$text"; done
cat "$text" "$text" >"$BENCH_TMP/news2.txt"
bytes=$(wc -c <"$text")
echo "input: $bytes bytes ($(wc -c <"$seed") bytes of treebank and example text, repeated)"

# Rates are by CPU time (user + system), with wall time beside: on a
# shared machine the wall clock also counts time spent waiting.
report() {   # NAME: prints the last measurement
    printf '%-34s %6s MB/s CPU  %6s MB/s wall  peak %6s KB\n' "$1" \
        "$(rate "$bytes" "$CPU")" "$(rate "$bytes" "$WALL")" "$RSS"
}
measure wc -w "$text"
ref=$CPU; report "reference: wc -w"
measure "$DYAD" split --stats "$text"
seg=$CPU; seg_rss=$RSS; report "split --stats (segment only)"
echo "  CPU time against wc -w on the same bytes: $(ratio "$seg" "$ref")x"
measure "$DYAD" split "$text"
report "split (JSON Lines out)"
measure "$DYAD" split --conllu "$text"
report "split --conllu (CoNLL-U out)"
measure "$DYAD" split --stats "$BENCH_TMP/news2.txt"
echo "split --stats on twice the input: peak ${RSS} KB (${seg_rss} KB on the input: memory does not grow with it)"
"$DYAD" split --stats "$text"
rm -f "$text" "$BENCH_TMP/news2.txt"
