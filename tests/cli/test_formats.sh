#!/bin/sh
# dyad's input and output formats from the command line: PETRARCH-2 XML
# records in (split and code), events out as CSV, --input-format, and the
# per-stage --profile of dyad code.
. "$(dirname "$0")/lib.sh"

# Our own records, in the shape PETRARCH-2 files take.
cat >"$tmp/page.xml" <<'EOF'
<Sentences>
<Sentence date = "20260312" id ="W7_1" source = "WIRE" sentence = "True">
<Text>
Moldova accused Ukraine of shelling border villages on Tuesday.
</Text>
<Parse>(ROOT (S (NP (NNP Ruritania))))</Parse>
</Sentence>
<Sentence date="20260399" id="W7_2"><Text>A bad date.</Text></Sentence>
<Sentence date="20260313" id="W7_3"><Text>Chile &amp; Peru agreed to hold talks, the minister said.</Text></Sentence>
</Sentences>
EOF

check "split reads PETRARCH XML, rejects the bad record, exit 3" status_is 3 $DYAD split --stats "$tmp/page.xml"
check "split counts the good records" grep -q '"stories":2' "$tmp/out"
check "the bad record is reported as FILE:LINE" grep -q "page.xml:8: date=\"20260399\" is not a date" "$tmp/err"
$DYAD split "$tmp/page.xml" 2>/dev/null >"$tmp/split.jsonl"
check "XML ids and dates become the story's" sh -c "grep -q '\"id\":\"W7_3\",\"date\":\"2026-03-13\"' '$tmp/split.jsonl'"
check "entities are decoded" grep -q 'Chile & Peru' "$tmp/split.jsonl"
cp "$tmp/page.xml" "$tmp/page.data"
check "detected by the first byte without .xml" status_is 3 $DYAD split --stats "$tmp/page.data"
check "--format petrxml is accepted by split" status_is 3 $DYAD split --stats --format petrxml - <"$tmp/page.xml"
check "split --format rejects an unknown format" status_is 2 $DYAD split --format yaml "$tmp/page.xml"
$DYAD split --errors "$tmp/rejected.xml" --stats "$tmp/page.xml" >/dev/null 2>&1
check "--errors keeps the rejected record whole" grep -q '<Sentence date="20260399" id="W7_2"><Text>A bad date.</Text></Sentence>' "$tmp/rejected.xml"

# A 100 MB record: skipped and reported, the next one read, and the memory
# does not follow the record (the limit is --max-story-bytes, 8 MiB).
{
    printf '<Sentences>\n<Sentence id="BIG" date="20260101"><Text>'
    head -c 104857600 /dev/zero | tr '\0' 'a'
    printf '</Text></Sentence>\n<Sentence id="NEXT" date="20260102"><Text>Read after it.</Text></Sentence>\n</Sentences>\n'
} >"$tmp/big.xml"
check "a 100 MB record is rejected, exit 3" status_is 3 $DYAD split --stats "$tmp/big.xml"
check "  reported as too long" grep -q "big.xml:2: record longer than 8388608 bytes" "$tmp/err"
check "  the record after it is read" grep -q '"stories":1' "$tmp/out"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$tmp/rss" $DYAD split --stats "$tmp/big.xml" >/dev/null 2>&1
    check "  peak memory stays far below the record's size" test "$(tail -n 1 "$tmp/rss")" -lt 60000
else
    skip "peak memory: /usr/bin/time absent"
fi
rm -f "$tmp/big.xml"

check "code --format rejects an input format name, saying what to write" status_is 2 $DYAD code --format conllu "$tmp/page.xml"
check "the message names --input-format" grep -q -- "--input-format conllu" "$tmp/err"
check "code --format rejects an unknown name" status_is 2 $DYAD code --format xlsx "$tmp/page.xml"
check "code --input-format rejects an unknown name" status_is 2 $DYAD code --input-format yaml "$tmp/page.xml"
check "code --help shows --format csv" sh -c "$DYAD code --help | grep -q 'jsonl (default) or csv'"
check "code --help shows --profile" sh -c "$DYAD code --help | grep -q -- '--profile'"

if [ ! -f models/tagger.bin ] || [ ! -f models/parser.bin ] || [ ! -f models/lexicon.bin ]; then
    skip "coding XML and CSV: models/ not built"
    finish
    exit $?
fi

check "code reads XML, exit 3 for the bad record" status_is 3 $DYAD code "$tmp/page.xml"
cp "$tmp/out" "$tmp/events.jsonl"
check "code --format csv, exit 3 for the bad record" status_is 3 $DYAD code --format csv "$tmp/page.xml"
cp "$tmp/out" "$tmp/events.csv"
check "CSV has a header and one row per JSONL event" /usr/bin/python3 -c "
import csv, json
rows = list(csv.DictReader(open('$tmp/events.csv', newline='')))
events = [json.loads(l) for l in open('$tmp/events.jsonl')]
assert len(rows) == len(events) and events, (len(rows), len(events))
for r, e in zip(rows, events):
    assert r['event_id'] == e['event_id'] and r['cameo'] == e['cameo']
    assert r['source_code'] == e['source']['code'] and r['target_country'] == e['target']['country']
    assert r['verb_lemma'] == e['verb']['lemma'] and r['sentence'] == e['sentence']
    assert r['story_source'] == e['story']['source']
    assert r['location_lat'] == ('' if e['location']['lat'] is None else r['location_lat'])
    assert r['negated'] in ('true', 'false')
"
check "CSV records end in CRLF (RFC 4180)" sh -c "head -n 1 '$tmp/events.csv' | od -c | grep -q '\\\\r  \\\\n'"
printf 'Moldova accused Ukraine of spying.\n' >"$tmp/one.txt"
$DYAD code --format csv --date 2026-03-12 -o "$tmp/one.csv" "$tmp/one.txt"
check "CSV to a file, header first" sh -c "head -n 1 '$tmp/one.csv' | grep -q '^doc_id,sent,event_id,date,date_basis,source_text,source_code'"

check "code --profile exits 0" status_is 0 $DYAD code --profile --date 2026-03-12 "$tmp/one.txt"
for stage in "load models" read+segment tag parse lexicon code write total; do
    check "--profile reports $stage" grep -q "^  $stage " "$tmp/err"
done
check "--profile keeps the events on stdout" test -s "$tmp/out"

if [ -f ../shared/data/petrarch2/GigaWord.sample.PETR.xml ]; then
    check "PETRARCH-2's GigaWord sample codes (exit 3: empty records)" status_is 3 $DYAD code ../shared/data/petrarch2/GigaWord.sample.PETR.xml
    check "  and yields events" test -s "$tmp/out"
    check "  its rejections are all empty texts" sh -c "! grep -v 'empty <Text>' '$tmp/err'"
else
    skip "PETRARCH-2 sample: ../shared absent"
fi
finish
