#!/bin/sh
# bench_store: the event store's figures.
#   1. inserts through the store API (bench/store_synth.c): synthetic
#      events in stories of 8, one transaction per batch, WAL,
#      synchronous=NORMAL, with and without story texts (the duplicate
#      checks), and store size per million events.  Three rates: events
#      per CPU second spent in the store's calls (store_add_story and
#      store_close, user + system: the stories are made before each timed
#      block, so the generator is not in it), per CPU second of the whole
#      process (generator included) and per wall second (waits for a
#      shared machine's cores included);
#   2. `dyad store add` from JSON Lines (parsing included);
#   3. `dyad series` over a 10 M-event store, built once in /tmp (it takes
#      a few minutes) and kept for later runs: DYAD_BENCH_STORE names it,
#      DYAD_BENCH_EVENTS sets its size.
BUILD=${BUILD:-build}
DYAD=${DYAD:-$BUILD/dyad}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
big=${DYAD_BENCH_STORE:-/tmp/dyad-bench-store.db}
n_big=${DYAD_BENCH_EVENTS:-10000000}
cflags=$(pkg-config --cflags cairo 2>/dev/null)
libs=$(pkg-config --libs cairo fontconfig 2>/dev/null)
synth="$BUILD/bench/store_synth"
# timed CMD...: runs CMD, prints "wall W s, cpu C s" (CPU: user + system,
# what one core spent, since the machine may be shared).
timed() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" || return 1
        awk '{ printf "wall %.2f s, cpu %.2f s", $1, $2 + $3 }' "$work/time"
    else
        start=$(date +%s.%N); "$@" || return 1; end=$(date +%s.%N)
        echo "wall $(echo "$end - $start" | bc) s"
    fi
}
mkdir -p "$BUILD/bench"
${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -Iinclude -Isrc $cflags \
    -o "$synth" bench/store_synth.c "$BUILD/libdyad.a" -ljansson -lutf8proc -lsqlite3 -lm -lpthread $libs || exit 1

echo "-- the synthetic events alone, not stored (the generator's share of the whole-process figures below)"
"$synth" "$work/a.db" 1000000 --dry
echo "-- insert through the store API (1 M events): events_per_store_cpu_s counts the store's calls only"
"$synth" "$work/a.db" 1000000
echo "   store size: $(du -k "$work/a.db" | cut -f1) KiB per million events"
echo "-- the same with story texts (exact and MinHash duplicate checks)"
"$synth" "$work/b.db" 1000000 --text
rm -f "$work"/a.db* "$work"/b.db*

echo "-- dyad store add from JSON Lines (200 k events)"
"$synth" x 200000 --jsonl > "$work/e.jsonl"
echo "   $(timed "$DYAD" store add --quiet --store "$work/c.db" "$work/e.jsonl") for 200000 events, $(du -k "$work/e.jsonl" | cut -f1) KiB of JSON Lines"

have=$("$DYAD" query --store "$big" "SELECT count(*) FROM events_by_dyad" 2>/dev/null | tail -n 1 | tr -d '\r')
if [ "$have" != "$n_big" ]; then
    echo "-- building a $n_big-event store in $big (once)"
    "$synth" "$big" "$n_big" --batch 200000 || exit 1
fi
echo "-- store of $n_big events: $(du -k "$big" | cut -f1) KiB, $(echo "$(du -k "$big" | cut -f1) * 1000000 / $n_big / 1024" | bc) MiB per million events"
for args in "--dyad USA-CAN --by week" "--dyad USA-CAN --by day --measure quad" \
            "--dyad RUS-UKR --by month --measure goldstein" "--dyad USA-CAN --by week --from 2024-01-01 --to 2024-12-31" \
            "--by month"; do
    n=$("$DYAD" query --store "$big" "SELECT count(*) FROM events_by_dyad WHERE 1 $(echo "$args" | sed -n 's/.*--dyad \([A-Z]*\)-\([A-Z]*\).*/AND src_country = (SELECT id FROM codes WHERE code = '"'"'\1'"'"') AND tgt_country = (SELECT id FROM codes WHERE code = '"'"'\2'"'"')/p')" | tail -n 1 | tr -d '\r')
    "$DYAD" series --store "$big" $args > /dev/null    # warm the page cache
    echo "   dyad series $args ($n events): $(timed "$DYAD" series --store "$big" $args -o "$work/s.csv"), $(($(wc -l < "$work/s.csv") - 1)) periods"
done
echo "   dyad stats: $(timed sh -c "'$DYAD' stats --store '$big' > /dev/null")"
