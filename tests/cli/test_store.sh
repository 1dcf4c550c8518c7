#!/bin/sh
# The store commands end to end: add, --resume after SIGKILL, replacing
# re-coded stories, duplicate stories, GDELT columns, CSV, series, query,
# stats, plot, and clear errors for bad filters and corrupt or locked stores.
. tests/cli/lib.sh

# gen_events FIRST LAST FILE: stories FIRST..LAST, 5 events each, words
# drawn at random so that no two stories look alike.
gen_events() {
    awk -v first="$1" -v last="$2" 'BEGIN {
        srand(first);
        split("USA CAN MEX RUS CHN GBR", c, " ");
        split("042 057 112 130 173 190", code, " ");
        split("1 1 3 3 4 4", quad, " ");
        split("1.9 8.0 -2.0 -4.4 -5.0 -10.0", gold, " ");
        for (s = first; s <= last; s++) {
            day = 1 + s % 28; month = 1 + int(s / 28) % 3;
            date = sprintf("2026-%02d-%02d", month, day);
            for (k = 0; k < 5; k++) {
                a = 1 + (s + k) % 6; b = 1 + (s + 2 * k + 1) % 6; if (a == b) b = 1 + b % 6;
                e = 1 + (s * 7 + k) % 6;
                sent = "";
                for (w = 0; w < 12; w++) sent = sent sprintf("w%d ", int(rand() * 100000));
                printf "{\"doc_id\": \"story-%d\", \"sent\": %d, \"event_id\": \"story-%d:%d:1\", \"date\": \"%s\", \"date_basis\": \"story\", \"source\": {\"text\": \"%s\", \"code\": \"%sGOV\", \"country\": \"%s\", \"sector\": \"GOV\", \"start\": 0, \"end\": 3}, \"target\": {\"text\": \"%s\", \"code\": \"%sGOV\", \"country\": \"%s\", \"sector\": \"GOV\", \"start\": 10, \"end\": 13}, \"cameo\": \"%s\", \"cameo_root\": \"%s\", \"plover\": \"\", \"quad_class\": %s, \"goldstein\": %s, \"verb\": {\"text\": \"met\", \"lemma\": \"meet\", \"start\": 4, \"end\": 7}, \"negated\": false, \"modality\": \"asserted\", \"confidence\": 0.9, \"location\": {\"text\": \"\", \"name\": \"\", \"country\": \"\", \"lat\": null, \"lon\": null, \"id\": \"\"}, \"sentence\": \"%s\", \"why\": \"test\", \"story\": {\"source\": \"feed%d\", \"url\": \"http://example.org/%d\"}}\n",
                    s, k, s, k, date, c[a], c[a], c[a], c[b], c[b], c[b], code[e], substr(code[e], 1, 2), quad[e], gold[e], sent, s % 3, s
            }
        }
    }' > "$3"
}

q() { "$DYAD" query --store "$1" "$2" | tail -n +2 | tr -d '\r'; }

db="$tmp/events.db"
gen_events 1 40 "$tmp/small.jsonl"

# --- add, then re-add: replaced, not duplicated --------------------------
check "store add exits 0" status_is 0 "$DYAD" store add --store "$db" "$tmp/small.jsonl"
check "summary names the counts" grep -q "40 stories, 200 events" "$tmp/err"
check "no progress line when piped" sh -c "! grep -q \"$(printf '\r')\" '$tmp/err'"
check "200 events stored" [ "$(q "$db" "SELECT count(*) FROM events")" = 200 ]
check "re-adding replaces" status_is 0 "$DYAD" store add --store "$db" "$tmp/small.jsonl"
check "still 40 stories and 200 events" [ "$(q "$db" "SELECT count(*) || ' ' || (SELECT count(*) FROM events) FROM stories")" = "40 200" ]
check "40 replaced" grep -q "40 replaced" "$tmp/err"
check "every field is in events_full" [ "$(q "$db" "SELECT src_text || '|' || verb_lemma || '|' || confidence || '|' || story_source FROM events_full WHERE event_id = 'story-3:1:1'")" = "CHN|meet|0.9|feed0" ]
check "--resume skips stored stories" status_is 0 "$DYAD" store add --store "$db" --resume "$tmp/small.jsonl"
check "40 skipped" grep -q "40 skipped" "$tmp/err"

# --- SIGKILL mid-way, then --resume --------------------------------------
gen_events 1 6000 "$tmp/big.jsonl"
kdb="$tmp/killed.db"
# The first half of the stories, then a pause the writer is killed in:
# however fast the store is, the run cannot have finished.
mkfifo "$tmp/feed"
( head -n 15000 "$tmp/big.jsonl"; exec sleep 60 ) > "$tmp/feed" &
feeder=$!
"$DYAD" store add --store "$kdb" --batch 500 "$tmp/feed" 2>/dev/null &
pid=$!
n=0; tries=0
# (up to a minute: under the sanitizers on a busy machine the first batch
# is slow to come)
while [ "$tries" -lt 1200 ]; do
    n=$("$DYAD" query --store "$kdb" "SELECT count(*) FROM stories" 2>/dev/null | tail -n 1 | tr -d '\r')
    [ -n "$n" ] && [ "$n" -gt 0 ] 2>/dev/null && break
    tries=$((tries + 1)); sleep 0.05
done
kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
kill "$feeder" 2>/dev/null; wait "$feeder" 2>/dev/null
check "killed part-way (some stories stored, not all)" [ "${n:-0}" -gt 0 ]
stored=$(q "$kdb" "SELECT count(*) FROM stories")
check "fewer than all stories after the kill" [ "$stored" -lt 6000 ]
check "store is intact after SIGKILL" [ "$(q "$kdb" "PRAGMA integrity_check")" = ok ]
check "no half-stored story after SIGKILL" [ "$(q "$kdb" "SELECT count(*) FROM stories s LEFT JOIN (SELECT sid, count(*) AS n FROM events_by_dyad GROUP BY sid) c ON c.sid = s.sid WHERE s.n_events <> ifnull(c.n, 0)")" = 0 ]
check "--resume finishes the run" status_is 0 "$DYAD" store add --store "$kdb" --resume "$tmp/big.jsonl"
check "--resume skipped the stored stories" grep -q "$stored skipped" "$tmp/err"
check "all 6000 stories, 30000 events, no duplicates" [ "$(q "$kdb" "SELECT count(*) || ' ' || (SELECT count(*) FROM events) || ' ' || (SELECT count(DISTINCT event_id) FROM event_mentions) FROM stories")" = "6000 30000 30000" ]

# --- duplicate stories ---------------------------------------------------
dup="$tmp/dup.db"
sed -n '1,5p' "$tmp/small.jsonl" > "$tmp/dup.jsonl"
sed -n '1,5p' "$tmp/small.jsonl" | sed 's/"story-1"/"story-1-copy"/; s/"source": "feed1"/"source": "otherfeed"/' >> "$tmp/dup.jsonl"
check "duplicate story stored" status_is 0 "$DYAD" store add --store "$dup" "$tmp/dup.jsonl"
check "one duplicate story reported" grep -q "1 duplicate stories" "$tmp/err"
check "dup_of names the original" [ "$(q "$dup" "SELECT dup_of FROM stories WHERE id = 'story-1-copy'")" = story-1 ]
check "export leaves the copy's events out" [ "$("$DYAD" export --store "$dup" | wc -l)" -eq 5 ]
check "--with-duplicates keeps them" [ "$("$DYAD" export --store "$dup" --with-duplicates | wc -l)" -eq 10 ]
"$DYAD" export --store "$dup" --format gdelt > "$tmp/dup.tsv"
check "GDELT counts the copy as a source and an article" [ "$(cut -f 32-34 "$tmp/dup.tsv" | sort -u | head -n 1)" = "$(printf '2\t2\t2')" ]

# --- GDELT columns -------------------------------------------------------
check "export gdelt exits 0" status_is 0 "$DYAD" export --store "$db" --format gdelt --header -o "$tmp/g.tsv"
check "every GDELT line has 61 columns" [ "$(awk -F '\t' 'NF != 61' "$tmp/g.tsv" | wc -l)" -eq 0 ]
check "GDELT header in the codebook's order" [ "$(head -n 1 "$tmp/g.tsv" | cut -f 1,2,27,31,32,60,61)" = "$(printf 'GLOBALEVENTID\tSQLDATE\tEventCode\tGoldsteinScale\tNumMentions\tDATEADDED\tSOURCEURL')" ]
check "GDELT rows: date, codes, root" [ "$(awk -F '\t' 'NR > 1 && $2 !~ /^2026[0-9][0-9][0-9][0-9]$/' "$tmp/g.tsv" | wc -l)" -eq 0 ]
check "one-a-day: rows <= mentions" [ "$(($(wc -l < "$tmp/g.tsv") - 1))" -le 200 ]
check "gdelt --root filter" [ "$("$DYAD" export --store "$db" --format gdelt --root 13 | cut -f 29 | sort -u)" = 13 ]

# --- CSV -----------------------------------------------------------------
"$DYAD" export --store "$db" --format csv --dyad USA-CAN > "$tmp/e.csv"
check "CSV header" [ "$(head -n 1 "$tmp/e.csv" | cut -d, -f1-3 | tr -d '\r')" = "doc_id,sent,event_id" ]
check "CSV lines end in CRLF" [ "$(tr -cd '\r' < "$tmp/e.csv" | wc -c)" -eq "$(wc -l < "$tmp/e.csv")" ]
check "CSV --dyad keeps USA-CAN only" [ "$(tail -n +2 "$tmp/e.csv" | cut -d, -f8,14 | sort -u)" = "USA,CAN" ]

# --- series --------------------------------------------------------------
"$DYAD" series --store "$db" --dyad USA-CAN --by day --from 2026-01-01 --to 2026-01-31 > "$tmp/s.csv"
check "series: a row a day with header" [ "$(wc -l < "$tmp/s.csv")" -eq 32 ]
check "series fills empty days with 0" grep -q ",0" "$tmp/s.csv"
check "series --measure quad" sh -c "'$DYAD' series --store '$db' --by month --measure quad | head -n 1 | grep -q verbal_coop"
check "series --by week starts Mondays" [ "$("$DYAD" series --store "$db" --by week | sed -n 2p | cut -d, -f1)" = 2025-12-29 ]

# --- query is read-only --------------------------------------------------
check "query reads" [ "$(q "$db" "SELECT count(*) FROM daily_events")" -gt 0 ]
check "query refuses DELETE" status_is 2 "$DYAD" query --store "$db" "DELETE FROM stories"
check "refusal says read-only" grep -q "read-only" "$tmp/err"
check "query refuses ATTACH" status_is 2 "$DYAD" query --store "$db" "ATTACH DATABASE '$tmp/x.db' AS x"
check "query refuses a pragma that writes" status_is 2 "$DYAD" query --store "$db" "PRAGMA user_version = 5"
check "query refuses two statements" status_is 2 "$DYAD" query --store "$db" "SELECT 1; DROP TABLE events"
check "events survive" [ "$(q "$db" "SELECT count(*) FROM events")" = 200 ]

# --- stats and plot ------------------------------------------------------
check "stats" status_is 0 "$DYAD" stats --store "$db"
check "stats lists stories, roots and dyads" sh -c "grep -q '^stories *40' '$tmp/out' && grep -q 'threaten' '$tmp/out' && grep -q 'top dyads' '$tmp/out'"
"$DYAD" plot --store "$db" --dyad USA-CAN --by week -o "$tmp/c.png" 2>"$tmp/plot.err"
if grep -q "without cairo" "$tmp/plot.err"; then
    skip "plot: this dyad was built without cairo"
else
    check "plot png" status_is 0 "$DYAD" plot --store "$db" --dyad USA-CAN --by week -o "$tmp/c.png"
    check "png is a PNG" [ "$(head -c 4 "$tmp/c.png" | tail -c 3)" = PNG ]
    check "plot svg" status_is 0 "$DYAD" plot --store "$db" --dyad USA-CAN --measure goldstein -o "$tmp/c.svg"
    check "svg is an SVG" grep -q "<svg" "$tmp/c.svg"
fi
check "plot with no matching events is an error" status_is 1 "$DYAD" plot --store "$db" --dyad FRA-DEU -o "$tmp/n.png"

# --- bad input and bad filters -------------------------------------------
printf '%s\n' 'not json' '{"doc_id": "x", "quad_class": 9}' > "$tmp/bad.jsonl"
sed -n 1p "$tmp/small.jsonl" >> "$tmp/bad.jsonl"
check "rejected lines: exit 3" status_is 3 "$DYAD" store add --store "$tmp/bad.db" --errors "$tmp/rejects" "$tmp/bad.jsonl"
check "rejects say FILE:LINE" grep -q "bad.jsonl:2:.*quad_class" "$tmp/err"
check "--errors keeps rejected lines" [ "$(wc -l < "$tmp/rejects")" -eq 2 ]
check "bad --dyad" status_is 2 "$DYAD" series --store "$db" --dyad USA
check "bad --dyad says the form" grep -q "USA-CAN" "$tmp/err"
check "bad --from" status_is 2 "$DYAD" export --store "$db" --from 2026-13-01
check "bad --root" status_is 2 "$DYAD" export --store "$db" --root 25
check "bad --format" status_is 2 "$DYAD" export --store "$db" --format xml
check "bad --by" status_is 2 "$DYAD" series --store "$db" --by year
check "missing store" status_is 1 "$DYAD" stats --store "$tmp/none.db"
check "missing store says how to make one" grep -q "dyad store add" "$tmp/err"
head -c 3000 /dev/urandom > "$tmp/corrupt.db"
check "corrupt store: exit 1" status_is 1 "$DYAD" export --store "$tmp/corrupt.db"
check "corrupt store: says so" grep -q "not a dyad store" "$tmp/err"
check "corrupt store is not overwritten by add" status_is 1 "$DYAD" store add --store "$tmp/corrupt.db" "$tmp/small.jsonl"

# --- a locked store ------------------------------------------------------
# The store exists first: a second writer that came while the first was
# still making the schema would find a half-made store, not a locked one.
: | "$DYAD" store add --store "$tmp/locked.db" - 2>/dev/null
# A first writer holds its batch open while it waits for more input.
mkfifo "$tmp/fifo"
"$DYAD" store add --store "$tmp/locked.db" - < "$tmp/fifo" 2>/dev/null &
writer=$!
exec 9>"$tmp/fifo"
sed -n '1,10p' "$tmp/small.jsonl" >&9
# Its batch has begun once it holds file locks (SQLite takes none between
# transactions); wait for that, up to a minute on a busy machine.
tries=0
while [ "$tries" -lt 600 ] && ! grep -q " $writer " /proc/locks 2>/dev/null; do
    tries=$((tries + 1)); sleep 0.1
done
[ -r /proc/locks ] || sleep 2
check "second writer: locked store is an error" status_is 1 "$DYAD" store add --store "$tmp/locked.db" "$tmp/small.jsonl"
# (on failure the message is shown, to say what else went wrong)
check "locked store: says so" sh -c "grep -q 'locked by another process' '$tmp/err' || { head -n 3 '$tmp/err' | sed 's/^/  /'; false; }"
check "readers still read while locked" status_is 0 "$DYAD" stats --store "$tmp/locked.db"
exec 9>&-
wait "$writer"
check "first writer finished" [ "$(q "$tmp/locked.db" "SELECT count(*) FROM stories")" = 2 ]

# --- help ----------------------------------------------------------------
for c in store export series query stats plot; do
    check "$c --help" status_is 0 "$DYAD" $c --help
done
finish
