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

measure wc -w "$text"
ref=$WALL
echo "reference  wc -w                  $(rate "$bytes" "$ref") MB/s"
measure "$DYAD" split --stats "$text"
seg=$WALL; seg_rss=$RSS
echo "split --stats (segment only)      $(rate "$bytes" "$seg") MB/s  peak ${seg_rss} KB  time vs wc -w: $(ratio "$seg" "$ref")x"
measure "$DYAD" split "$text"
echo "split (JSON Lines out)            $(rate "$bytes" "$WALL") MB/s  peak ${RSS} KB"
measure "$DYAD" split --conllu "$text"
echo "split --conllu (CoNLL-U out)      $(rate "$bytes" "$WALL") MB/s  peak ${RSS} KB"
measure "$DYAD" split --stats "$BENCH_TMP/news2.txt"
echo "split --stats on twice the input  peak ${RSS} KB (vs ${seg_rss} KB: memory does not grow with input)"
"$DYAD" split --stats "$text"
rm -f "$text" "$BENCH_TMP/news2.txt"
