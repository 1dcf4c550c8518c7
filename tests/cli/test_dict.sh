# dyad dict: compile, lookup, check, import from the command line.
. tests/cli/lib.sh
lex=tests/data/lexicon

check "dict --help" status_is 0 $DYAD dict --help
check "dict compile --help" status_is 0 $DYAD dict compile --help
check "dict: unknown subcommand is a usage error" status_is 2 $DYAD dict frobnicate
check "dict compile: sample lexicon" status_is 0 $DYAD dict compile --lexicon $lex --cities "" -o "$tmp/lex.bin"
check "dict compile: counts on stderr" grep -q "18 people (20 names)" "$tmp/err"
check "dict compile: says cities are missing" grep -q "no city gazetteer" "$tmp/err"
check "dict compile: bad lines exit 3" status_is 3 $DYAD dict compile --lexicon tests/data/lexicon-bad --cities "" -o "$tmp/bad.bin"
check "dict compile: bad lines say file:line" grep -q "lexicon-bad/countries.tsv:3: unknown country code 'XXX'" "$tmp/err"
check "dict compile: unwritable output is fatal" status_is 1 $DYAD dict compile --lexicon $lex --cities "" -o /nonexistent/dir/lex.bin

check "dict lookup: one JSON object a match" status_is 0 $DYAD dict lookup --bin "$tmp/lex.bin" --date 2023-05-01 "Moldovan President Maia Sandu visited Odesa."
check "dict lookup: three matches" test "$(wc -l <"$tmp/out")" -eq 3
check "dict lookup: person" grep -q '^{"text":"President Maia Sandu","code":"MDAGOV","country":"MDA","sector":"GOV","kind":"person","start":9,"end":29' "$tmp/out"
check "dict lookup: place has lat/lon" grep -q '"text":"Odesa","code":"UKR","country":"UKR","sector":"","kind":"place","start":38,"end":43,"lat":46.4800,"lon":30.7300' "$tmp/out"
check "dict lookup: head of an organisation" status_is 0 $DYAD dict lookup --bin "$tmp/lex.bin" --date 2012-03-01 "Secretary-General Lena Okafor spoke."
check "dict lookup: coded as the organisation" grep -q '^{"text":"Secretary-General Lena Okafor","code":"IGOUNO","country":"IGO","sector":"","kind":"person",.*"role":"head_of_organisation"' "$tmp/out"
check "dict lookup: JSON parses" sh -c "/usr/bin/python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]' <'$tmp/out'"
check "dict lookup: no match prints nothing" status_is 0 $DYAD dict lookup --bin "$tmp/lex.bin" "nothing here at all"
check "dict lookup: empty output" test ! -s "$tmp/out"
check "dict lookup: bad date is a usage error" status_is 2 $DYAD dict lookup --bin "$tmp/lex.bin" --date 2023-13-45 "x"
check "dict lookup: missing lexicon is fatal" status_is 1 $DYAD dict lookup --bin "$tmp/none.bin" "x"
check "dict lookup: says to compile" grep -q "dyad dict compile" "$tmp/err"
head -c 100 "$tmp/lex.bin" >"$tmp/cut.bin"
check "dict lookup: truncated lexicon is fatal" status_is 1 $DYAD dict lookup --bin "$tmp/cut.bin" "x"

check "dict check: clean sample" status_is 0 $DYAD dict check --lexicon $lex --cities ""
check "dict check: problems exit 3" status_is 3 $DYAD dict check --lexicon tests/data/lexicon-bad --cities ""
check "dict check: overlap reported" grep -q "people/bad.tsv:3: overlap" "$tmp/err"
check "dict check: conflict reported" grep -q "orgs.tsv:1: conflict" "$tmp/err"

printf 'ALPHA_LAND_ [ALP]\n+ALPHALAND_\nBAD_ [ALP 99]\n' >"$tmp/x.actors.txt"
check "dict import: petrarch actors with a bad entry exit 3" status_is 3 $DYAD dict import --format petrarch "$tmp/x.actors.txt" -o "$tmp/actors.tsv"
check "dict import: output line" grep -q "^ALPHA LAND|ALPHALAND	ALP	ALP" "$tmp/actors.tsv"
check "dict import: bad entry has file:line" grep -q "x.actors.txt:3: bad code" "$tmp/err"
check "dict import: unknown format" status_is 2 $DYAD dict import --format keds "$tmp/x.actors.txt"
check "dict import: kinds cannot mix" status_is 2 $DYAD dict import --format petrarch "$tmp/x.actors.txt" tests/data/lexicon/agents.tsv
if [ -d ../shared/data/petrarch2 ]; then
    check "dict import: Phoenix agents" status_is 3 $DYAD dict import --format petrarch ../shared/data/petrarch2/dictionaries/Phoenix.agents.txt -o "$tmp/agents.tsv"
    check "dict import: Phoenix agents lines" test "$(grep -vc '^#' "$tmp/agents.tsv")" -gt 2000
else
    skip "dict import on ../shared (absent)"
fi
finish
