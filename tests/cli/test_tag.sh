#!/bin/sh
# dyad tag / eval-tags / train tagger from the command line: output shape,
# exit statuses, error messages, and (with ../shared) training on a slice.
. "$(dirname "$0")/lib.sh"

cat >"$tmp/in.conllu" <<'CONLLU'
# newdoc id = wire-1
# text = Police warned hikers.
1	Police	police	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	warned	warn	VERB	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
3	hikers	hiker	NOUN	NNS	Number=Plur	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = They don't hike.
1	They	they	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	4	aux	_	_
3	n't	not	PART	RB	Polarity=Neg	4	advmod	_	_
4	hike	hike	VERB	VB	VerbForm=Inf	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

CONLLU

if [ -f models/tagger.bin ]; then
    check "tag --conllu exits 0" status_is 0 "$DYAD" tag --conllu "$tmp/in.conllu"
    cp "$tmp/out" "$tmp/tagged"
    check "newdoc, sent_id and text comments" \
        grep -q '^# newdoc id = wire-1$' "$tmp/tagged"
    check "sent_id" grep -q '^# sent_id = wire-1-2$' "$tmp/tagged"
    check "text" grep -q "^# text = They don't hike.$" "$tmp/tagged"
    check "warned is a verb, lemma warn" \
        grep -q "$(printf '^2\twarned\twarn\tVERB\tVBD\t')" "$tmp/tagged"
    check "multiword range line" grep -q "$(printf "^2-3\tdon't\t_")" "$tmp/tagged"
    check "SpaceAfter=No kept" grep -q "$(printf '^3\thikers\thiker\tNOUN\tNNS\t.*SpaceAfter=No$')" "$tmp/tagged"
    check "every word line has 10 columns" \
        sh -c "grep -v '^#' '$tmp/tagged' | grep -v '^\$' | awk -F'\t' 'NF != 10 { bad = 1 } END { exit bad }'"
    check "input from stdin" sh -c "'$DYAD' tag --conllu < '$tmp/in.conllu' | cmp -s - '$tmp/tagged'"
    check "*.conllu needs no --conllu" sh -c "'$DYAD' tag '$tmp/in.conllu' | cmp -s - '$tmp/tagged'"
    check "-o writes a file" sh -c "'$DYAD' tag --conllu -o '$tmp/o.conllu' '$tmp/in.conllu' && cmp -s '$tmp/o.conllu' '$tmp/tagged'"
    check "DYAD_MODELS names the folder" sh -c "DYAD_MODELS=models '$DYAD' tag --conllu '$tmp/in.conllu' >/dev/null"
    check "DYAD_MODELS pointing nowhere fails" status_is 1 env DYAD_MODELS="$tmp/none" "$DYAD" tag --conllu "$tmp/in.conllu"

    check "eval-tags exits 0" status_is 0 "$DYAD" eval-tags --gold "$tmp/in.conllu"
    check "eval-tags prints the scores" grep -q '^UPOS ' "$tmp/out"
    check "eval-tags prints lemma accuracy" grep -q '^Lemmas ' "$tmp/out"
    check "eval-tags prints the speed" grep -q '^speed .* words/s' "$tmp/out"
    check "eval-tags --repeat" status_is 0 "$DYAD" eval-tags --gold "$tmp/in.conllu" --repeat 3

    # A sentence with a bad line is reported and skipped; the rest is tagged.
    { cat "$tmp/in.conllu"; printf '1\tonly\tthree\n\n'; cat "$tmp/in.conllu"; } >"$tmp/bad.conllu"
    check "a malformed sentence: exit 3" status_is 3 "$DYAD" tag --conllu "$tmp/bad.conllu"
    check "reported as FILE:LINE" grep -q 'bad.conllu:[0-9]*: expected 10' "$tmp/err"
    check "the good sentences are still written" test "$(grep -c '^# text' "$tmp/out")" -eq 4

    # Raw text and JSON Lines go through the segmenter.
    printf 'Police warned hikers. They did not listen.\n' >"$tmp/story.txt"
    check "tag plain text: exit 0" status_is 0 "$DYAD" tag "$tmp/story.txt"
    check "plain text: two sentences" test "$(grep -c '^# text' "$tmp/out")" -eq 2
    check "plain text: the text comment" grep -q '^# text = They did not listen.$' "$tmp/out"
    check "plain text: warned is tagged" grep -q "$(printf '^2\twarned\twarn\tVERB\tVBD\t')" "$tmp/out"
    check "plain text: 10 columns" \
        sh -c "grep -v '^#' '$tmp/out' | grep -v '^\$' | awk -F'\t' 'NF != 10 { bad = 1 } END { exit bad }'"
    printf '{"id":"s-7","text":"Rebels don'"'"'t talk."}\nnot json\n' >"$tmp/stories.jsonl"
    check "tag JSON Lines with a bad line: exit 3" status_is 3 "$DYAD" tag "$tmp/stories.jsonl"
    check "JSON Lines: the story id" grep -q '^# newdoc id = s-7$' "$tmp/out"
    check "JSON Lines: a multiword token" grep -q "$(printf "^2-3\tdon't\t")" "$tmp/out"
    check "JSON Lines: the bad line reported" grep -q 'stories.jsonl:2' "$tmp/err"
    check "text from stdin" sh -c "'$DYAD' tag < '$tmp/story.txt' | grep -q '^# text = Police warned hikers.\$'"

    # eval-tags --raw and --show.
    check "eval-tags --raw exits 0" status_is 0 "$DYAD" eval-tags --gold "$tmp/in.conllu" --raw
    check "eval-tags --raw prints raw scores" grep -q '^raw UPOS ' "$tmp/out"
    check "eval-tags --raw aligns every word" grep -q '^raw text  9 gold words, 9 system words, 9 aligned' "$tmp/out"
    check "eval-tags --show" status_is 0 "$DYAD" eval-tags --gold "$tmp/in.conllu" --show 5
    check "eval-tags --show lists lemma errors" grep -q '^lemma errors by gold XPOS' "$tmp/out"

    # A model converted to the layout that loads fastest tags the same.
    check "convert tagger: exit 0" status_is 0 "$DYAD" convert tagger models/tagger.bin -o "$tmp/conv.bin"
    check "the converted model has the vocabulary's rows" sh -c "grep -a -q ownrows '$tmp/conv.bin' && grep -a -q nearrows '$tmp/conv.bin'"
    check "the converted model tags the same" sh -c "'$DYAD' tag --conllu --model '$tmp/conv.bin' '$tmp/in.conllu' | cmp -s - '$tmp/tagged'"
    check "converting twice gives the same file" sh -c "'$DYAD' convert tagger '$tmp/conv.bin' -o '$tmp/conv2.bin' >/dev/null && cmp -s '$tmp/conv.bin' '$tmp/conv2.bin'"

    # Bad model files.
    head -c 1000 models/tagger.bin >"$tmp/trunc.bin"
    check "truncated model: exit 1" status_is 1 "$DYAD" tag --conllu --model "$tmp/trunc.bin" "$tmp/in.conllu"
    check "truncated model: says so" grep -q 'truncated' "$tmp/err"
    printf 'not a model at all, just text that is long enough for a header....\n' >"$tmp/foreign.bin"
    check "foreign file: exit 1" status_is 1 "$DYAD" eval-tags --model "$tmp/foreign.bin" --gold "$tmp/in.conllu"
    check "foreign file: says so" grep -q 'not a dyad binary file' "$tmp/err"
    # --threads: documents tagged at once, written in the order read
    check "--threads 1, 3, 0: the same on the example page" threads_agree tag examples/wire-page.txt
    many_stories "$tmp/many.jsonl"
    check "--threads 1, 3, 0: the same on 150 stories, some empty" threads_agree tag "$tmp/many.jsonl"
    "$DYAD" tag "$tmp/many.jsonl" >"$tmp/many.conllu" 2>/dev/null
    check "--threads 1, 3, 0: the same on CoNLL-U" threads_agree tag --conllu "$tmp/many.conllu"
else
    skip "models/tagger.bin absent"
fi
check "--threads must be a number" status_is 2 "$DYAD" tag --threads two examples/wire-page.txt
check "--threads says what it takes" grep -q "0 (one per processor) to 256" "$tmp/err"
check "--threads -1 is a usage error" status_is 2 "$DYAD" tag --threads -1 examples/wire-page.txt

check "missing model: exit 1" status_is 1 "$DYAD" tag --conllu --model "$tmp/nothing.bin" "$tmp/in.conllu"
check "tag a missing text file: exit 1" status_is 1 "$DYAD" tag "$tmp/nothing.txt"
check "tag --conllu with --format text: exit 2" status_is 2 "$DYAD" tag --conllu --format text "$tmp/in.conllu"
check "tag --format nonsense: exit 2" status_is 2 "$DYAD" tag --format nonsense "$tmp/in.conllu"
check "eval-tags --show 0: exit 2" status_is 2 "$DYAD" eval-tags --gold "$tmp/in.conllu" --show 0
check "tag --help" status_is 0 "$DYAD" tag --help
check "eval-tags without --gold: exit 2" status_is 2 "$DYAD" eval-tags
check "eval-tags --repeat 0: exit 2" status_is 2 "$DYAD" eval-tags --gold "$tmp/in.conllu" --repeat 0
check "train without a kind: exit 2" status_is 2 "$DYAD" train
check "train an unknown kind: exit 2" status_is 2 "$DYAD" train lexicon
check "train tagger --help" status_is 0 "$DYAD" train tagger --help
check "convert --help" status_is 0 "$DYAD" convert --help
check "convert a parser: exit 2" status_is 2 "$DYAD" convert parser models/parser.bin -o "$tmp/p.bin"
check "convert without -o: exit 2" status_is 2 "$DYAD" convert tagger models/tagger.bin
check "convert a missing model: exit 1" status_is 1 "$DYAD" convert tagger "$tmp/none.bin" -o "$tmp/c.bin"
check "train tagger without --train: exit 2" status_is 2 "$DYAD" train tagger -o "$tmp/m.bin"
check "train tagger on a missing file: exit 1" status_is 1 "$DYAD" train tagger --train "$tmp/none.conllu" -o "$tmp/m.bin"

# Training from the command line on a treebank slice; quiet when piped.
ewt=../shared/data/ud-english-ewt
if [ -f "$ewt/en_ewt-ud-train.conllu" ]; then
    check "train tagger on 300 sentences" status_is 0 "$DYAD" train tagger \
        --train "$ewt/en_ewt-ud-train.conllu" --dev "$ewt/en_ewt-ud-dev.conllu" \
        --max-sentences 300 --epochs 5 -o "$tmp/slice.bin"
    check "prints the dev scores" grep -q '^dev .*UPOS' "$tmp/out"
    check "no epoch lines when piped" sh -c "! grep -q '^epoch' '$tmp/err'"
    check "the slice model tags" status_is 0 "$DYAD" eval-tags --model "$tmp/slice.bin" --gold "$tmp/in.conllu"
    check "the model keeps its provenance" sh -c "grep -a -q 'command: dyad train tagger' '$tmp/slice.bin'"
    check "the model has its vocabulary's rows" sh -c "grep -a -q ownrows '$tmp/slice.bin'"
else
    skip "train tagger on a slice: ../shared absent"
fi
finish
