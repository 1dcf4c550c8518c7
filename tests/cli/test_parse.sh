#!/bin/sh
# dyad parse / eval-parse / train parser from the command line: CoNLL-U
# out, round trips, scores, bad models and bad input.
. tests/cli/lib.sh

# A small made-up treebank, with a multiword token and SpaceAfter=No.
bank() {
    for n in minister envoy army council president rebel; do
        for v in warned accused praised thanked; do
            printf '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n'
            printf '2\t%s\t%s\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n' $n $n
            printf '3\t%s\t%s\tVERB\tVBD\t_\t0\troot\t_\t_\n' $v $v
            printf '4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n'
            printf '5\ttalks\ttalk\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No\n'
            printf '6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n'
        done
    done
}
bank >"$tmp/bank.conllu"
cat >"$tmp/mwt.conllu" <<'X'
# newdoc id = d1
# sent_id = x
# text = We don't know.
1	We	we	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

X

check "--help works" status_is 0 "$DYAD" parse --help
check "eval-parse --help" status_is 0 "$DYAD" eval-parse --help
check "train parser --help" status_is 0 "$DYAD" train parser --help
check "--conllu and FILE together is a usage error" status_is 2 "$DYAD" parse --conllu "$tmp/x.conllu" "$tmp/y.conllu"
check "--conllu with --format text is a usage error" status_is 2 "$DYAD" parse --conllu "$tmp/x.conllu" --format text
check "a bad --format is a usage error" status_is 2 "$DYAD" parse --format yaml "$tmp/x.txt"
check "train without --train is a usage error" status_is 2 "$DYAD" train parser -o "$tmp/m.bin"

check "--jackknife 1 is a usage error" status_is 2 "$DYAD" train parser --train "$tmp/bank.conllu" --jackknife 1 -o "$tmp/m.bin"
check "--tags-out wants --jackknife" status_is 2 "$DYAD" train parser --train "$tmp/bank.conllu" --tags-out "$tmp/jk.conllu" -o "$tmp/m.bin"
check "--jackknife and --tags-from do not mix" status_is 2 "$DYAD" train parser --train "$tmp/bank.conllu" \
    --jackknife 3 --tags-from "$tmp/bank.conllu" -o "$tmp/m.bin"
check "--fold-passes 3 is a usage error" status_is 2 "$DYAD" train parser --train "$tmp/bank.conllu" \
    --jackknife 3 --fold-passes 3 -o "$tmp/m.bin"
cat "$tmp/mwt.conllu" "$tmp/bank.conllu" >"$tmp/bank2.conllu"
check "--jackknife trains on fold-tagged words" status_is 0 "$DYAD" train parser --train "$tmp/bank2.conllu" \
    --jackknife 3 --fold-epochs 2 --epochs 2 --tags-out "$tmp/jk.conllu" -o "$tmp/jk.bin"
check "--jackknife reports held-out accuracy" grep -q '^jack-knifed tags (3 folds): held out UPOS [0-9.]*%' "$tmp/out"
check "--jackknife names each fold" test "$(grep -c '^jack-knife fold [123]/3' "$tmp/err")" -eq 3
check "--jackknife leaves no fold files" test -z "$(ls "$tmp" | grep 'jk.bin.jk-')"
check "--tags-out keeps every line but the tags" test "$(cut -f 1,2,7- "$tmp/jk.conllu")" = "$(cut -f 1,2,7- "$tmp/bank2.conllu")"
check "--tags-out keeps the multiword range" grep -q "^2-3	don't	_	_	_	_	_" "$tmp/jk.conllu"
check "--tags-out tags every word" test "$(awk -F'\t' '$1 ~ /^[0-9]+$/ && $4 == "_"' "$tmp/jk.conllu" | wc -l)" -eq 0
check "--tags-out is taken by --tags-from" status_is 0 "$DYAD" train parser --train "$tmp/bank2.conllu" \
    --tags-from "$tmp/jk.conllu" --dev "$tmp/bank.conllu" --epochs 2 -o "$tmp/t2.bin"
check "the same folds give the same tags" status_is 0 "$DYAD" train parser --train "$tmp/bank2.conllu" \
    --jackknife 3 --fold-epochs 2 --epochs 1 --tags-out "$tmp/jk2.conllu" -o "$tmp/jk2.bin"
check "jack-knifing is deterministic" cmp -s "$tmp/jk.conllu" "$tmp/jk2.conllu"
check "a missing dev tagger is fatal" status_is 1 "$DYAD" train parser --train "$tmp/bank.conllu" \
    --tags-from "$tmp/bank.conllu" --dev "$tmp/bank.conllu" --tagger "$tmp/none.bin" -o "$tmp/t3.bin"
check "the missing tagger is named" grep -q "none.bin" "$tmp/err"
check "--beam out of range" status_is 2 "$DYAD" train parser --train "$tmp/bank.conllu" --beam 0 -o "$tmp/m.bin"
sed 's/	NOUN	NN	/	NOUN	NNX	/' "$tmp/bank.conllu" >"$tmp/tagged.conllu"
check "--tags-from takes a tagged copy" status_is 0 "$DYAD" train parser --train "$tmp/bank.conllu" \
    --tags-from "$tmp/tagged.conllu" --epochs 2 -o "$tmp/t.bin"
head -n 14 "$tmp/bank.conllu" >"$tmp/short.conllu"
check "--tags-from must be the same sentences" status_is 1 "$DYAD" train parser --train "$tmp/bank.conllu" \
    --tags-from "$tmp/short.conllu" -o "$tmp/t.bin"
check "train on a slice" status_is 0 "$DYAD" train parser --train "$tmp/bank.conllu" \
    --dev "$tmp/bank.conllu" --epochs 4 --max-sentences 20 -o "$tmp/m.bin"
check "training writes the model" test -s "$tmp/m.bin"
check "training says what it wrote" grep -q "wrote $tmp/m.bin" "$tmp/out"

check "parse" status_is 0 "$DYAD" parse --model "$tmp/m.bin" --conllu "$tmp/bank.conllu" -o "$tmp/p1.conllu"
check "parse writes comments" grep -q '^# sent_id = ' "$tmp/p1.conllu"
check "parse writes text" grep -q '^# text = The minister warned the talks.$' "$tmp/p1.conllu"
check "parse keeps every word" test "$(grep -c '^[0-9]' "$tmp/p1.conllu")" -eq "$(grep -c '^[0-9]' "$tmp/bank.conllu")"
check "parse fills heads" test "$(awk -F'\t' '/^[0-9]/ && $7 == "_"' "$tmp/p1.conllu" | wc -l)" -eq 0
check "parsed output parses again the same" status_is 0 "$DYAD" parse --model "$tmp/m.bin" "$tmp/p1.conllu" -o "$tmp/p2.conllu"
check "round trip" cmp -s "$tmp/p1.conllu" "$tmp/p2.conllu"

# raw text and JSON Lines are segmented and tagged first
if [ -f models/tagger.bin ]; then
    printf 'The minister warned the army.\nThe envoy praised the talks.\n' >"$tmp/story.txt"
    check "parse reads plain text" status_is 0 "$DYAD" parse --model "$tmp/m.bin" "$tmp/story.txt"
    check "... and writes one tree a sentence" test "$(grep -c '^# sent_id' "$tmp/out")" -eq 2
    check "... with tags and lemmas" grep -q '^3	warned	warn	VERB	VBD	' "$tmp/out"
    check "... and heads" test "$(awk -F'\t' '/^[0-9]/ && ($7 == "_" || $8 == "_")' "$tmp/out" | wc -l)" -eq 0
    printf '{"id":"s1","text":"The minister warned the army."}\n' >"$tmp/story.jsonl"
    check "parse reads JSON Lines" status_is 0 "$DYAD" parse --model "$tmp/m.bin" "$tmp/story.jsonl"
    check "... keeping the story's id" grep -q '^# newdoc id = s1$' "$tmp/out"
    check "parse reads text on standard input" sh -c "\"$DYAD\" parse --model \"$tmp/m.bin\" <\"$tmp/story.txt\" >\"$tmp/stdin.conllu\""
    check "... the same trees" test "$(grep '^[0-9]' "$tmp/stdin.conllu")" = "$(cd "$tmp" && "$OLDPWD/$DYAD" parse --model m.bin story.txt | grep '^[0-9]')"
    # dyad tag's output on standard input is CoNLL-U: parsed as tagged
    check "tag | parse - reads CoNLL-U" sh -c "\"$DYAD\" tag \"$tmp/story.txt\" | \"$DYAD\" parse --model \"$tmp/m.bin\" - >\"$tmp/piped.conllu\""
    check "... the same trees as from text" test "$(grep '^[0-9]' "$tmp/piped.conllu")" = "$(grep '^[0-9]' "$tmp/stdin.conllu")"
    many_stories "$tmp/many.jsonl"
    check "parse --threads 3 on stories" status_is 0 "$DYAD" parse --model "$tmp/m.bin" --threads 3 "$tmp/many.jsonl" -o "$tmp/t3.conllu"
    check "parse --threads 1 on stories" status_is 0 "$DYAD" parse --model "$tmp/m.bin" "$tmp/many.jsonl" -o "$tmp/t1.conllu"
    check "... every story's sentences" test "$(grep -c '^# sent_id' "$tmp/t1.conllu")" -gt 100
    check "... the same output on any number of threads" cmp -s "$tmp/t1.conllu" "$tmp/t3.conllu"
    check "a missing tagger is fatal" status_is 1 "$DYAD" parse --model "$tmp/m.bin" --tagger "$tmp/none.bin" "$tmp/story.txt"
    : >"$tmp/empty.txt"
    check "empty text is reported" status_is 3 "$DYAD" parse --model "$tmp/m.bin" "$tmp/empty.txt"
    check "... as having no stories" grep -q "no stories found" "$tmp/err"
    check "... and writes nothing" test ! -s "$tmp/out"
else
    skip "parse from text: models/tagger.bin absent"
fi

check "multiword tokens survive" status_is 0 "$DYAD" parse --model "$tmp/m.bin" --conllu "$tmp/mwt.conllu"
check "range line written" grep -q "^2-3	don't	" "$tmp/out"
check "SpaceAfter kept" grep -q "^4	know	.*SpaceAfter=No" "$tmp/out"
check "text rebuilt" grep -q "^# text = We don't know.$" "$tmp/out"
check "newdoc id kept" grep -q '^# newdoc id = d1$' "$tmp/out"

check "--morph model" status_is 0 "$DYAD" train parser --train "$tmp/bank.conllu" --epochs 3 --morph -o "$tmp/morph.bin"
check "--morph model parses" status_is 0 "$DYAD" eval-parse --model "$tmp/morph.bin" --gold "$tmp/bank.conllu" --gold-tags
check "--morph model learned" grep -qE '^UAS (9[0-9]|100)' "$tmp/out"
check "parse --beam 0 is a usage error" status_is 2 "$DYAD" parse --model "$tmp/m.bin" --beam 0 "$tmp/bank.conllu"
check "beam-trained model" status_is 0 "$DYAD" train parser --train "$tmp/bank.conllu" --epochs 3 --beam 4 -o "$tmp/b.bin"
check "beam parse" status_is 0 "$DYAD" parse --model "$tmp/b.bin" "$tmp/bank.conllu" -o "$tmp/b.conllu"
check "beam parse keeps every word" test "$(grep -c '^[0-9]' "$tmp/b.conllu")" -eq "$(grep -c '^[0-9]' "$tmp/bank.conllu")"
check "right-to-left model" status_is 0 "$DYAD" train parser --train "$tmp/bank.conllu" --epochs 3 --right-to-left -o "$tmp/r.bin"
check "right-to-left model learned" status_is 0 "$DYAD" eval-parse --model "$tmp/r.bin" --gold "$tmp/bank.conllu" --gold-tags
check "right-to-left model parses well" grep -qE '^UAS (9[0-9]|100)' "$tmp/out"
check "parse --also-parser votes" status_is 0 "$DYAD" parse --model "$tmp/m.bin" --also-parser "$tmp/r.bin,$tmp/b.bin" \
    --vote-weights 1,1,0.5 "$tmp/bank.conllu" -o "$tmp/v.conllu"
check "the vote keeps every word" test "$(grep -c '^[0-9]' "$tmp/v.conllu")" -eq "$(grep -c '^[0-9]' "$tmp/bank.conllu")"
check "a parser voting with itself changes nothing" status_is 0 "$DYAD" parse --model "$tmp/m.bin" \
    --also-parser "$tmp/m.bin" "$tmp/bank.conllu" -o "$tmp/self.conllu"
check "... the same parse" cmp -s "$tmp/self.conllu" "$tmp/p1.conllu"
check "eval-parse --also-parser" status_is 0 "$DYAD" eval-parse --model "$tmp/m.bin" --also-parser "$tmp/r.bin" \
    --gold "$tmp/bank.conllu" --gold-tags
check "--vote-weights wants one weight per model" status_is 2 "$DYAD" eval-parse --model "$tmp/m.bin" \
    --also-parser "$tmp/r.bin" --vote-weights 1 --gold "$tmp/bank.conllu" --gold-tags
check "--vote-weights wants positive weights" status_is 2 "$DYAD" parse --model "$tmp/m.bin" \
    --also-parser "$tmp/r.bin" --vote-weights 1,0 "$tmp/bank.conllu"
check "--vote-kbest votes with the beam's best trees" status_is 0 "$DYAD" eval-parse --model "$tmp/b.bin" \
    --also-parser "$tmp/r.bin" --vote-kbest 4 --vote-temperature 500 --gold "$tmp/bank.conllu" --gold-tags
check "... and parses well" grep -qE '^UAS (9[0-9]|100)' "$tmp/out"
check "--vote-kbest 0 is a usage error" status_is 2 "$DYAD" parse --model "$tmp/m.bin" --vote-kbest 0 "$tmp/bank.conllu"
check "--vote-temperature 0 is a usage error" status_is 2 "$DYAD" parse --model "$tmp/m.bin" --vote-kbest 2 \
    --vote-temperature 0 "$tmp/bank.conllu"
check "a missing voter is fatal" status_is 1 "$DYAD" parse --model "$tmp/m.bin" --also-parser "$tmp/none.bin" "$tmp/bank.conllu"
check "--also-parser with an empty name" status_is 2 "$DYAD" parse --model "$tmp/m.bin" --also-parser "$tmp/r.bin,,x" "$tmp/bank.conllu"
check "eval-parse --gold-tags scores" status_is 0 "$DYAD" eval-parse --model "$tmp/m.bin" --gold "$tmp/bank.conllu" --gold-tags
check "eval-parse prints UAS LAS CLAS" grep -q '^UAS [0-9.]*  LAS [0-9.]*  CLAS [0-9.]*  (LAS universal part [0-9.]*)  gold words, gold tags$' "$tmp/out"
check "eval-parse on its training data is near perfect" grep -qE '^UAS (9[0-9]|100)' "$tmp/out"
check "eval-parse with a missing tagger is fatal" status_is 1 "$DYAD" eval-parse --model "$tmp/m.bin" \
    --gold "$tmp/bank.conllu" --tagger "$tmp/none.bin"
check "eval-parse names the missing tagger" grep -q "none.bin" "$tmp/err"
if [ -f models/tagger.bin ]; then
    check "eval-parse tags by default" status_is 0 "$DYAD" eval-parse --model "$tmp/m.bin" --gold "$tmp/bank2.conllu"
    check "eval-parse says the tags were predicted" grep -q '^UAS [0-9.]*  LAS .* gold words, predicted tags$' "$tmp/out"
    check "eval-parse prints the tagging speed" grep -q '^cpu: parse [0-9]* words/s, tag [0-9]* words/s' "$tmp/out"
    check "eval-parse --raw" status_is 0 "$DYAD" eval-parse --model "$tmp/m.bin" --gold "$tmp/bank2.conllu" --raw --repeat 2
    check "--raw aligns every word" grep -q '^raw text  149 gold words, 149 system words, 149 aligned (words F1 100.00%)' "$tmp/out"
    check "--raw prints F1 scores" grep -q '^raw UAS [0-9.]*  LAS [0-9.]*  CLAS [0-9.]*  (LAS universal part [0-9.]*)$' "$tmp/out"
    check "--raw prints the speed" grep -q '^raw speed [0-9]* words/s of CPU time from text to trees (segment [0-9]*, tag [0-9]*, parse [0-9]* words/s; 2 passes, 298 words)$' "$tmp/out"
    # The same parse twice: from raw text with every word aligned, the
    # scores equal those on gold words with predicted tags.
    gold_words=$(sed -n 's/^UAS \([0-9.]*\)  LAS \([0-9.]*\) .*/\1 \2/p' "$tmp/out")
    raw_words=$(sed -n 's/^raw UAS \([0-9.]*\)  LAS \([0-9.]*\) .*/\1 \2/p' "$tmp/out")
    check "--raw agrees with gold words when the words agree" test "$gold_words" = "$raw_words"
else
    skip "eval-parse with the committed tagger"
fi

printf 'not a model' >"$tmp/bad.bin"
check "bad model is fatal" status_is 1 "$DYAD" parse --model "$tmp/bad.bin" --conllu "$tmp/bank.conllu"
check "bad model message" grep -q "bad.bin" "$tmp/err"
check "missing model is fatal" status_is 1 "$DYAD" eval-parse --model "$tmp/none.bin" --gold "$tmp/bank.conllu"
check "missing input is fatal" status_is 1 "$DYAD" parse --model "$tmp/m.bin" --conllu "$tmp/none.conllu"

{ printf '1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tbad\n\n'; bank | head -n 7; } >"$tmp/mixed.conllu"
check "malformed sentence is skipped, exit 3" status_is 3 "$DYAD" parse --model "$tmp/m.bin" --conllu "$tmp/mixed.conllu"
check "the good sentence is still parsed" test "$(grep -c '^[0-9]' "$tmp/out")" -eq 6
: >"$tmp/empty.conllu"
check "empty input is fine" status_is 0 "$DYAD" parse --model "$tmp/m.bin" --conllu "$tmp/empty.conllu"

if [ -f models/parser.bin ]; then
    check "committed model parses" status_is 0 "$DYAD" parse --conllu "$tmp/mwt.conllu"
else
    skip "committed model"
fi
# --threads: documents parsed at once, written in the order read (parse
# reads CoNLL-U, so the texts are tagged first)
if [ -f models/parser.bin ] && [ -f models/tagger.bin ]; then
    "$DYAD" tag examples/wire-page.txt >"$tmp/page.conllu" 2>/dev/null
    check "--threads 1, 3, 0: the same on the example page" threads_agree parse --conllu "$tmp/page.conllu"
    many_stories "$tmp/many.jsonl"
    "$DYAD" tag "$tmp/many.jsonl" >"$tmp/many.conllu" 2>/dev/null
    check "--threads 1, 3, 0: the same on 150 stories" threads_agree parse --conllu "$tmp/many.conllu"
    # voting keeps working memory per ensemble: each thread has its own
    "$DYAD" parse --also-parser "$tmp/m.bin" --vote-kbest 2 "$tmp/many.conllu" >"$tmp/voted-1" 2>/dev/null
    check "--threads 3, two parsers voting with their 2 best: the same" sh -c \
        "test -s '$tmp/voted-1' && '$DYAD' parse --threads 3 --also-parser '$tmp/m.bin' --vote-kbest 2 '$tmp/many.conllu' | cmp -s - '$tmp/voted-1'"
else
    skip "--threads: models/parser.bin or models/tagger.bin absent"
fi
check "--threads with a malformed sentence: exit 3" status_is 3 "$DYAD" parse --threads 2 --model "$tmp/m.bin" \
    --conllu "$tmp/mixed.conllu"
check "--threads: the good sentence is still parsed" test "$(grep -c '^[0-9]' "$tmp/out")" -eq 6
check "--threads must be a number" status_is 2 "$DYAD" parse --threads two --conllu "$tmp/bank.conllu"
check "--threads says what it takes" grep -q "0 (one per processor) to 256" "$tmp/err"
check "--threads -1 is a usage error" status_is 2 "$DYAD" parse --threads -1 --conllu "$tmp/bank.conllu"
finish
