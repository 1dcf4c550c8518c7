#!/bin/sh
# dyad split and eval-tokens from the command line: output shapes, exit
# statuses, and every kind of bad input (DESIGN.md "Errors and bad input").
. "$(dirname "$0")/lib.sh"

check "--help prints usage" sh -c "$DYAD split --help | grep -q 'usage: dyad split'"
check "dyad --help lists split" sh -c "$DYAD --help | grep -q 'split'"
check "unknown option is a usage error" status_is 2 $DYAD split --bogus
check "bad --date is a usage error" status_is 2 $DYAD split --date 2026-13 examples/wire-page.txt
check "missing file is fatal" status_is 1 $DYAD split /nonexistent/file.txt
check "unknown command" status_is 2 $DYAD no-such-command

# The bundled example: four stories, three of them teasers cut short.
$DYAD split --date 2026-03-12 examples/wire-page.txt >"$tmp/page.jsonl"
check "example exits 0" test $? -eq 0
check "example has four stories" test "$(wc -l <"$tmp/page.jsonl")" -eq 4
check "kickers are found" test "$(grep -c '"kicker":"[A-Z]' "$tmp/page.jsonl")" -eq 3
check "teasers lose their cut-off sentence" test "$(grep -c '"truncated":1' "$tmp/page.jsonl")" -eq 3
check "captions are dropped" sh -c "! grep -q 'Photo: AFP' '$tmp/page.jsonl'"
check "dates are passed on" test "$(grep -c '"date":"2026-03-12"' "$tmp/page.jsonl")" -eq 4
check "output is valid JSON" /usr/bin/python3 -c "
import json,sys
for line in open('$tmp/page.jsonl'): json.loads(line)"

# Standard input and CoNLL-U output.
check "reads stdin" sh -c "echo 'It rained. It stopped.' | $DYAD split --stats | grep -q '\"sentences\":2'"
echo "I don't know." | $DYAD split --conllu >"$tmp/out.conllu"
check "conllu has a range line" grep -q "^2-3	don't" "$tmp/out.conllu"
check "conllu has sent_id" grep -q "^# sent_id = stdin-1-1" "$tmp/out.conllu"

# Bad input: each reported as FILE:LINE: reason, the rest still coded, exit 3.
printf 'Good story.\n\nBad \377 byte.\n\nGood again.\n' >"$tmp/utf8.txt"
check "invalid UTF-8 exits 3" status_is 3 $DYAD split --stats "$tmp/utf8.txt"
check "invalid UTF-8 names file and line" grep -q "utf8.txt:3: invalid UTF-8" "$tmp/err"
check "the good stories are still read" grep -q '"stories":2' "$tmp/out"
printf 'Nul \000 byte.\n\nFine.\n' >"$tmp/nul.txt"
check "NUL byte exits 3" status_is 3 $DYAD split --stats "$tmp/nul.txt"
check "NUL byte is named" grep -q "nul.txt:1: NUL byte" "$tmp/err"
: >"$tmp/empty.txt"
check "empty file exits 3" status_is 3 $DYAD split "$tmp/empty.txt"
check "empty file is named" grep -q "empty.txt:1: empty input" "$tmp/err"
printf 'One.\r\nTwo.\r\n\r\nThree.\r\n' >"$tmp/crlf.txt"
check "CRLF is read" status_is 0 $DYAD split --stats "$tmp/crlf.txt"
check "CRLF stories" grep -q '"stories":2,"sentences":3' "$tmp/out"
printf '{"id":"a","text":"Fine."}\nnot json\n{"id":"b"}\n{"id":"c","text":"Also fine."}\n' >"$tmp/bad.jsonl"
check "bad JSONL exits 3" status_is 3 $DYAD split --stats --errors "$tmp/rejected.jsonl" "$tmp/bad.jsonl"
check "bad JSON is named" grep -q "bad.jsonl:2: not valid JSON" "$tmp/err"
check "missing text is named" grep -q 'bad.jsonl:3: no "text" string field' "$tmp/err"
check "rejected records are kept whole" test "$(wc -l <"$tmp/rejected.jsonl")" -eq 2
check "good JSONL records still read" grep -q '"stories":2' "$tmp/out"

# A 100 MB single line: rejected with a message, memory stays small.
head -c 100000000 /dev/zero | tr '\0' 'a' >"$tmp/huge.txt"
printf '\n\nA last story.\n' >>"$tmp/huge.txt"
/usr/bin/time -f '%M' -o "$tmp/rss" $DYAD split --stats "$tmp/huge.txt" >"$tmp/out" 2>"$tmp/err"
check "100 MB line exits 3" test $? -eq 3
check "100 MB line is named" grep -q "huge.txt:1: story longer than" "$tmp/err"
check "the story after it is read" grep -q '"stories":1' "$tmp/out"
check "memory stays under 64 MB" test "$(tail -n 1 "$tmp/rss")" -lt 65536
rm -f "$tmp/huge.txt"

# Scores against the treebank (needs ../shared).
gold=../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu
if [ -f "$gold" ]; then
    $DYAD eval-tokens --json --gold "$gold" >"$tmp/score.json"
    check "token F1 >= 99.0 on EWT dev" /usr/bin/python3 -c "
import json; s=json.load(open('$tmp/score.json')); assert s['tokens']['f1'] >= 0.99, s"
    check "sentence F1 >= 85 on EWT dev" /usr/bin/python3 -c "
import json; s=json.load(open('$tmp/score.json')); assert s['sentences']['f1'] >= 0.85, s"
else
    skip "eval-tokens scores: ../shared absent"
fi
check "eval-tokens needs --gold" status_is 2 $DYAD eval-tokens
finish
