#!/bin/sh
# dyad eval --petrarch-validation: a tiny PETRARCH-2 style validation file
# and dictionaries of our own (tests/data/petrarch/), and PETRARCH-2's own
# unit-test records in ../shared when they are there (read in place).
. "$(dirname "$0")/lib.sh"

tiny=tests/data/petrarch/records.xml
check "help names the option" sh -c "$DYAD eval --petrarch-validation x --help | grep -q 'usage: dyad eval --petrarch-validation'"
check "eval --help points to it" sh -c "$DYAD eval --help | grep -q 'petrarch-validation'"
check "a missing file is fatal" status_is 1 $DYAD eval --petrarch-validation "$tmp/none.xml"
check "and says to check the path" grep -q "check the path" "$tmp/err"
check "missing dictionaries are fatal" status_is 1 $DYAD eval --petrarch-validation $tiny --dictionaries "$tmp"
check "and say to give --dictionaries" grep -q "give --dictionaries" "$tmp/err"

if [ ! -f models/tagger.bin ] || [ ! -f models/parser.bin ]; then
    skip "coding: models/ not built"
    finish
    exit $?
fi

mkdir -p "$tmp/t"
TMPDIR="$tmp/t" $DYAD eval --petrarch-validation $tiny --diff >"$tmp/out" 2>"$tmp/err"
check "the tiny file runs" test $? -eq 0
check "records used: the flagged and the left-out category are not" \
    grep -q "records: 9 in the file, 7 used (2 not run by PETRARCH-2 itself), 0 could not be coded" "$tmp/out"
check "our invented country codes are accepted by the compiler" sh -c "! grep -q 'unknown country code' '$tmp/err'"
check "the temporary lexicon is removed" test -z "$(ls -A "$tmp/t")"
check "--diff shows the expected and coded events" grep -q "^  gold MRV-VLD 1121" "$tmp/out"
check "a plain verb is coded" sh -c "grep -A2 '^== BASIC-01 \[as expected\]' '$tmp/out' | grep -q '^  pred VLD-KST 051'"
check "a pattern with a preposition is coded" grep -q "^  pred MRV-VLD 1121" "$tmp/out"
check "an actor with two codes is two actors" sh -c "grep -A4 '^== BASIC-03 \\[as expected\\]' '$tmp/out' | grep -q '^  pred TWB-MRV 051'"
check "a country and an agent make one code" grep -q "^  pred VLDMIL-MRV 051" "$tmp/out"
check "a dated code follows the record's date" grep -q "^  pred KSTMIL-MRV 051" "$tmp/out"
check "noevents expects no event" grep -q "^== NONE-01 \[as expected\]" "$tmp/out"
check "a discard phrase codes nothing" grep -q "^== NONE-02 \[as expected, discarded\]" "$tmp/out"
check "the summary counts the records" grep -q "^coded exactly as expected: 7 of 7 (100.0%); of the 2 expecting no event, 2" "$tmp/out"
check "event scores at full code and root" sh -c "grep -q '^full   tp=   6 fp=   0 fn=   0' '$tmp/out' && grep -q '^root ' '$tmp/out'"
check "a pattern dyad cannot say is counted" grep -q "1 patterns and 0 verbs dyad cannot say" "$tmp/err"

$DYAD eval --petrarch-validation $tiny --keep "$tmp/lex" >/dev/null 2>&1
check "--keep leaves the converted lexicon" test -f "$tmp/lex/lexicon.bin"
check "names get the case of news text" grep -q "$(printf 'VLD\tname\tValdoria|Valdorian')" "$tmp/lex/countries.tsv"
check "a dated actor is a person with roles" grep -q "$(printf 'Admiral Tobin Ash\tKST\tMIL\t\t\t2010-01-01\t2015-12-31')" "$tmp/lex/people/imported.tsv"
check "a synset becomes one pattern a member" grep -q "$(printf '1121\taccuse obl:of~=smuggling')" "$tmp/lex/verbs/imported.tsv"

# a side named only by a sector, with --no-country: "---MIL" as PETRARCH
# writes it, not a second "---" before the code
$DYAD eval --no-country --petrarch-validation tests/data/petrarch/no_country.xml \
    --dictionaries tests/data/petrarch/dictionaries --diff >"$tmp/nc" 2>/dev/null
check "--no-country codes a side with no country" grep -q "^  pred ---MIL-MRV 051" "$tmp/nc"
check "and it is as expected" grep -q "^coded exactly as expected: 1 of 1" "$tmp/nc"

real=../shared/data/petrarch2/PETR.UnitTest.records.xml
if [ -f "$real" ] && [ -d ../shared/data/petrarch2/dictionaries ]; then
    $DYAD eval --petrarch-validation "$real" >"$tmp/real" 2>"$tmp/real.err"
    check "PETRARCH-2's unit-test records run" test $? -eq 0
    check "and report the records used" grep -Eq "^records: [0-9]+ in the file, [0-9]+ used" "$tmp/real"
    check "and how many were coded as expected" grep -Eq "^coded exactly as expected: [0-9]+ of [0-9]+" "$tmp/real"
    check "and event scores" grep -Eq "^full +tp= *[0-9]+ fp= *[0-9]+ fn= *[0-9]+ P=" "$tmp/real"
else
    skip "PETRARCH-2 unit-test records: ../shared is absent"
fi
finish
