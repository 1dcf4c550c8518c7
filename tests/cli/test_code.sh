#!/bin/sh
# dyad code, explain and eval from the command line: the event record's
# fields, bad input, missing models, and the scorer against the
# independent ../shared/tools/score.py.
. "$(dirname "$0")/lib.sh"

check "code --help" sh -c "$DYAD code --help | grep -q 'usage: dyad code'"
check "explain --help" sh -c "$DYAD explain --help | grep -q 'usage: dyad explain'"
check "eval --help" sh -c "$DYAD eval --help | grep -q 'usage: dyad eval'"
check "eval needs --gold" status_is 2 $DYAD eval
check "a bad --beam is a usage error" status_is 2 $DYAD code --beam 0 examples/wire-page.txt
check "missing models are fatal" status_is 1 $DYAD code --models /nonexistent examples/wire-page.txt
check "missing models say what to do" grep -q "build the models" "$tmp/err"

if [ ! -f models/tagger.bin ] || [ ! -f models/parser.bin ] || [ ! -f models/lexicon.bin ]; then
    skip "coding: models/ not built"
    finish
    exit $?
fi

$DYAD code --date 2026-03-12 examples/wire-page.txt >"$tmp/events.jsonl"
check "code exits 0 on the example" test $? -eq 0
check "the example yields events" test "$(wc -l <"$tmp/events.jsonl")" -ge 1
# Only the sentences that can yield an event are parsed: the events are
# those of parsing every sentence, byte for byte.
$DYAD code --every-sentence --date 2026-03-12 examples/wire-page.txt >"$tmp/every.jsonl"
check "--every-sentence: the same events on the example" cmp -s "$tmp/events.jsonl" "$tmp/every.jsonl"
# Wire stories with datelines (our own writing): each story's main event,
# the dateline a sentence of its own and never an actor, an act condemned
# later in the story ("the launch") aimed at its doer, and the same
# events when every sentence is parsed
$DYAD code --date 2026-11-29 examples/wire-datelines.txt >"$tmp/dated.jsonl"
$DYAD code --every-sentence --date 2026-11-29 examples/wire-datelines.txt >"$tmp/dated-every.jsonl"
check "--every-sentence: the same events on the dateline stories" cmp -s "$tmp/dated.jsonl" "$tmp/dated-every.jsonl"
check "the dateline stories' main events" /usr/bin/python3 -c "
import json
got = set()
for line in open('$tmp/dated.jsonl'):
    e = json.loads(line)
    got.add((e['cameo'], e['source']['code'], e['target']['code']))
    assert '(Reuters)' not in e['source']['text'] and 'BEIJING' not in e['source']['text'], e['source']
want = {('112', 'ETH', 'ERI'), ('173', 'VENCOP', 'VENOPP'), ('114', 'CHNGOV', 'JPNGOV'), ('175', 'KENCOP', 'KENOPP'),
        ('161', 'RUS', 'POLGOV'), ('163', 'IGOEUR', 'IRN'), ('072', 'GBR', 'UKR'), ('150', 'CHNMIL', 'PHL'),
        ('195', 'RUS', 'UKR'), ('190', 'IND', 'CHN'), ('190', 'CHN', 'IND'), ('111', 'KORGOV', 'PRK')}
assert want <= got, sorted(want - got)
assert not [g for g in got if g[1] == 'POL'], got
"
afp=../shared/data/petrarch2/GigaWord.sample.PETR.xml
if [ -f "$afp" ]; then
    $DYAD code "$afp" >"$tmp/afp.jsonl" 2>/dev/null
    $DYAD code --every-sentence "$afp" >"$tmp/afp-every.jsonl" 2>/dev/null
    check "--every-sentence: the same events on the AFP sample" cmp -s "$tmp/afp.jsonl" "$tmp/afp-every.jsonl"
    check "the AFP sample yields events" test "$(wc -l <"$tmp/afp.jsonl")" -ge 10
else
    skip "--every-sentence on the AFP sample: $afp absent"
fi
# --state-agents: an act only a state does, in the passive with no agent,
# is the state's where it happened (in the sentence or the dateline), with
# the same events whether or not every sentence is parsed
cat >"$tmp/state.txt" <<'E'
A Turkish journalist was arrested in Germany on Monday.

A Russian spy was expelled from Britain.

CAIRO (Reuters) - A British journalist was detained on Monday. He was a reporter.

A German aid worker was kidnapped in Mali.

The rally was dispersed in Alexandria.
E
$DYAD code --date 2026-03-12 "$tmp/state.txt" >"$tmp/state-off.jsonl"
check "no agent, no source: nothing coded by default" test ! -s "$tmp/state-off.jsonl"
$DYAD code --state-agents --date 2026-03-12 "$tmp/state.txt" >"$tmp/state.jsonl"
$DYAD code --state-agents --every-sentence --date 2026-03-12 "$tmp/state.txt" >"$tmp/state-every.jsonl"
check "--state-agents: the same events parsing every sentence" cmp -s "$tmp/state.jsonl" "$tmp/state-every.jsonl"
state_events() {
    /usr/bin/python3 -c 'import sys, json
for l in open(sys.argv[1]):
    e = json.loads(l); print(e["cameo"], e["source"]["code"] + ">" + e["target"]["code"], "inferred" in e["why"])' "$1" | tr '\n' ';'
}
check "--state-agents: the police of the place, the government expelling, the dateline's police; no kidnapper" \
    test "$(state_events "$tmp/state.jsonl")" = "1721 DEUCOP>TURMED True;174 GBRGOV>RUSSPY True;1721 EGYCOP>GBRMED True;"
# --monadic: an act that needs no one on the other side stands alone when
# no target is found and the sentence names no other actor; an attack,
# a target that names no one, another actor named: nothing
cat >"$tmp/alone.txt" <<'E'
Kenya's ruling party agreed on Monday to pool its funds.

Kenyan ministers held talks on Monday.

The Kenyan army attacked on Monday.

Zambian lawmakers rejected the budget.

Kenyan ministers held talks on Monday, Zambia said.
E
$DYAD code --date 2026-03-12 "$tmp/alone.txt" >"$tmp/alone-off.jsonl"
check "no target, no event by default" test ! -s "$tmp/alone-off.jsonl"
$DYAD code --monadic --date 2026-03-12 "$tmp/alone.txt" >"$tmp/alone.jsonl"
$DYAD code --monadic --every-sentence --date 2026-03-12 "$tmp/alone.txt" >"$tmp/alone-every.jsonl"
check "--monadic: the same events parsing every sentence" cmp -s "$tmp/alone.jsonl" "$tmp/alone-every.jsonl"
alone_events() {
    /usr/bin/python3 -c 'import sys, json
for l in open(sys.argv[1]):
    e = json.loads(l); print(e["cameo"], e["source"]["code"] + ">" + e["target"]["code"], e["target"]["start"], "target: none" in e["why"])' "$1" | tr '\n' ';'
}
check "--monadic: an agreement and talks with no target; no attack, no rejection of a thing, no talks beside another actor" \
    test "$(alone_events "$tmp/alone.jsonl")" = "030 KENGOV> None True;046 KENGOV> None True;"
$DYAD code --monadic --format csv --date 2026-03-12 "$tmp/alone.txt" >"$tmp/alone.csv"
check "--monadic: CSV rows with an empty target" test "$(grep -c ',,,,,,0' "$tmp/alone.csv")" -eq 2
$DYAD code --monadic --store "$tmp/alone.db" --date 2026-03-12 "$tmp/alone.txt" >/dev/null 2>&1
check "--monadic: the store keeps events with no target" \
    test "$($DYAD query --store "$tmp/alone.db" 'SELECT count(*) FROM events' | tail -n 1)" -eq 2
# --no-country: a side named only by a sector noun, coded "---" + sector
# with country "", in JSON Lines, CSV, the store and its GDELT export
cat >"$tmp/sector.txt" <<'E'
Militants shelled a Kenyan army base on Monday.

Militants shelled the police on Monday.
E
$DYAD code --date 2026-03-12 "$tmp/sector.txt" >"$tmp/sector-off.jsonl"
check "a side with no country, no event by default" test ! -s "$tmp/sector-off.jsonl"
$DYAD code --no-country --date 2026-03-12 "$tmp/sector.txt" >"$tmp/sector.jsonl"
$DYAD code --no-country --every-sentence --date 2026-03-12 "$tmp/sector.txt" >"$tmp/sector-every.jsonl"
check "--no-country: the same events parsing every sentence" cmp -s "$tmp/sector.jsonl" "$tmp/sector-every.jsonl"
check "--no-country: ---INS on the Kenyan army, country empty; not both sides" test "$(/usr/bin/python3 -c 'import sys, json
for l in open(sys.argv[1]):
    e = json.loads(l); print(e["cameo"], e["source"]["code"], repr(e["source"]["country"]), e["source"]["sector"], e["target"]["code"])' "$tmp/sector.jsonl" | tr '\n' ';')" = "194 ---INS '' INS KENMIL;"
$DYAD code --no-country --format csv --date 2026-03-12 "$tmp/sector.txt" >"$tmp/sector.csv"
check "--no-country: the CSV row" grep -q ',---INS,,INS,' "$tmp/sector.csv"
$DYAD code --no-country --store "$tmp/sector.db" --date 2026-03-12 "$tmp/sector.txt" >/dev/null 2>&1
check "--no-country: the store filters on the side" \
    test "$($DYAD export --store "$tmp/sector.db" --format jsonl --dyad ---INS-KEN | wc -l)" -eq 1
check "--no-country: GDELT writes the sector alone" \
    test "$($DYAD export --store "$tmp/sector.db" --format gdelt | cut -f6,8,13)" = "$(printf 'INS\t\tINS')"
check "every event has every field of the record" /usr/bin/python3 -c "
import json
need = ['doc_id','sent','event_id','date','date_basis','source','target','cameo','cameo_root','plover',
        'quad_class','goldstein','verb','negated','modality','confidence','location','sentence','why']
for line in open('$tmp/events.jsonl'):
    e = json.loads(line)
    missing = [k for k in need if k not in e]
    assert not missing, missing
    assert e['cameo'].startswith(e['cameo_root']), e
    for k in ('text','code','country','sector','start','end'): assert k in e['source'], k
"
$DYAD code --store "$tmp/events.db" --date 2026-03-12 examples/wire-page.txt >"$tmp/out" 2>"$tmp/err"
check "code --store exits 0" test $? -eq 0
check "code --store writes nothing to stdout" test ! -s "$tmp/out"
check "the store has the example's stories" sh -c "$DYAD stats --store '$tmp/events.db' | grep -q 'stories *4'"
check "the store has as many events as code writes" sh -c \
    "test \"\$($DYAD query --store '$tmp/events.db' 'SELECT count(*) FROM events' | tail -n 1)\" -eq $(wc -l <"$tmp/events.jsonl")"
check "--resume skips stored stories" sh -c "$DYAD code --store '$tmp/events.db' --resume --date 2026-03-12 examples/wire-page.txt 2>&1 | grep -q '4 stories already stored'"
check "--resume needs --store" status_is 2 $DYAD code --resume examples/wire-page.txt
# --threads: the stories coded at once, the output the same in the same
# order (and the store the same), whatever the number of threads
$DYAD code --threads 3 --date 2026-03-12 examples/wire-page.txt >"$tmp/threads.jsonl"
check "--threads 3: the same events in the same order on the example" cmp -s "$tmp/events.jsonl" "$tmp/threads.jsonl"
if [ -f "$afp" ]; then
    $DYAD code --threads 2 --format csv "$afp" >"$tmp/afp-threads.csv" 2>/dev/null
    $DYAD code --format csv "$afp" >"$tmp/afp-one.csv" 2>/dev/null
    check "--threads 2: the same CSV on the AFP sample" cmp -s "$tmp/afp-one.csv" "$tmp/afp-threads.csv"
    # more stories than a batch of two threads (64), some empty
    /usr/bin/python3 -c "
import json, re, html, sys
data = open(sys.argv[1], encoding='utf-8').read()
texts = [html.unescape(m.group(1)).strip() for m in re.finditer(r'<Text>(.*?)</Text>', data, re.S)]
for i in range(150):
    print(json.dumps({'id': 's%d' % i, 'date': '2008-08-0%d' % (1 + i % 9), 'text': texts[i % len(texts)] if i % 7 else ''}))
" "$afp" >"$tmp/many.jsonl"
    $DYAD code "$tmp/many.jsonl" >"$tmp/many-one.jsonl" 2>/dev/null
    $DYAD code --threads 0 "$tmp/many.jsonl" >"$tmp/many-all.jsonl" 2>/dev/null
    check "--threads 0 (one per processor): the same events over batches" cmp -s "$tmp/many-one.jsonl" "$tmp/many-all.jsonl"
    $DYAD code --threads 2 --store "$tmp/threads.db" "$tmp/many.jsonl" 2>/dev/null
    check "--threads 2 --store: every event stored" sh -c \
        "test \"\$($DYAD query --store '$tmp/threads.db' 'SELECT count(*) FROM events' | tail -n 1)\" -eq $(wc -l <"$tmp/many-one.jsonl")"
    check "--threads 2 --resume: every story skipped" sh -c \
        "$DYAD code --threads 2 --store '$tmp/threads.db' --resume '$tmp/many.jsonl' 2>&1 | grep -q '150 stories already stored'"
else
    skip "--threads on the AFP sample: $afp absent"
fi
check "--threads must be a number" status_is 2 $DYAD code --threads two examples/wire-page.txt
check "--threads says what it takes" grep -q "0 (one per processor) to 256" "$tmp/err"
check "--threads -1 is a usage error" status_is 2 $DYAD code --threads -1 examples/wire-page.txt
$DYAD split --conllu examples/wire-page.txt >"$tmp/page.conllu"
check "code --conllu reads CoNLL-U words" sh -c "$DYAD code --conllu --date 2026-03-12 '$tmp/page.conllu' | grep -q '\"cameo\"'"
printf 'Good.\n\nBad \377.\n' >"$tmp/bad.txt"
check "invalid UTF-8 is rejected, exit 3" status_is 3 $DYAD code "$tmp/bad.txt"
check "explain shows the patterns tried" sh -c "$DYAD explain --date 2026-01-20 'Romania accused Moldova of spying.' | grep -q 'patterns tried'"

# codes_as WANT "TEXT": the shipped lexicon codes TEXT's events with the
# CAMEO code WANT (and no other), as CAMEO's definitions choose sub-codes.
codes_as() {
    got=$(printf "%s\n" "$2" | $DYAD code --date 2020-06-01 --format csv 2>/dev/null | /usr/bin/python3 -c "
import csv, sys
rows = list(csv.DictReader(sys.stdin))
print(' '.join(sorted(set(r['cameo'] for r in rows))))")
    [ "$got" = "$1" ] || { echo "  '$2': got '$got', want '$1'"; return 1; }
}
check "a firefight is small-arms fighting (193)" codes_as 193 "Turkish troops engaged Syrian rebels in a firefight near the border."
check "a gunfight with someone is 193" codes_as 193 "Kenyan police engaged in a gunfight with Somali militants."
check "firing at someone, weapon unsaid, is force unspecified (190)" codes_as 190 "Syrian troops fired at Turkish soldiers."
check "firing shots at someone is 193" codes_as 193 "Syrian troops fired shots at Turkish soldiers."
check "jailing is detention (173), as imprisoning is" codes_as 173 "An Egyptian court jailed a Canadian businessman for three years."
check "an allegation is disapproval (110), an accusation 112" codes_as 110 "A report by Kenya alleged that Uganda had funded the rebels."
check "an accusation is 112" codes_as 112 "Kenya accused Uganda of funding the rebels."
check "holding talks is negotiating (046), both ways" codes_as 046 "Indian officials held talks with Chinese diplomats."
check "holding consultations is consulting (040)" codes_as 040 "Indian officials held consultations with Chinese diplomats."
check "a promised shelling is a threatened conventional attack (1384)" codes_as 1384 "Syrian troops will shell Turkish border posts."
check "claiming one's own act is 015, and the act is coded as reported" codes_as "015 181" "Hamas claimed it had kidnapped two Israeli soldiers."
check "claiming another's act is accusing it (112), and the act alleged is not coded" codes_as "112" "Russia claimed that Ukrainian troops had attacked Belarus."
check "a subject 'engaged in' an act does it, passive in form only" codes_as 203 "Sudanese militias were engaged in ethnic cleansing in Chad."
check "swearing revenge is vowing it (130)" codes_as 130 "Hezbollah swore revenge against Israel."
check "advising against travel to a country reduces relations with it (160)" codes_as 160 "Japan warned against all travel to Yemen."
check "a statement's oblique is its topic, not its target" codes_as "" "The Canadian government announced bans on travel to Canada against Russian officers."
check "a US state is a place in the United States" sh -c "$DYAD explain --date 2020-06-01 'Canada sent firefighters to Oregon.' | grep -q '\"Oregon\": place USA'"
check "New Mexico is no place in Mexico" sh -c "$DYAD explain --date 2020-06-01 'Canada sent firefighters to New Mexico.' | grep -q '\"New Mexico\": place USA'"

$DYAD eval --gold tests/data/gold-sample.jsonl --predictions "$tmp/pred.jsonl" >"$tmp/eval.txt"
check "eval exits 0" test $? -eq 0
check "eval scores the root level" grep -q "^root " "$tmp/eval.txt"
check "eval scores PLOVER" grep -q "^plover " "$tmp/eval.txt"
if [ -f ../shared/tools/score.py ]; then
    /usr/bin/python3 ../shared/tools/score.py "$tmp/pred.jsonl" tests/data/gold-sample.jsonl >"$tmp/score.txt"
    check "dyad eval agrees with score.py" cmp -s "$tmp/eval.txt" "$tmp/score.txt"
    for gold in ../shared/data/gold/*.jsonl; do
        $DYAD eval --gold "$gold" --predictions "$tmp/p.jsonl" >"$tmp/e.txt"
        /usr/bin/python3 ../shared/tools/score.py "$tmp/p.jsonl" "$gold" >"$tmp/s.txt"
        check "dyad eval agrees with score.py on $(basename "$gold")" cmp -s "$tmp/e.txt" "$tmp/s.txt"
    done
else
    skip "score.py agreement: ../shared absent"
fi
finish
