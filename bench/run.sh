#!/bin/sh
# make bench: runs every bench/bench_*.sh in turn.  Each prints its own
# figures (throughput, peak memory, ratios against a reference measured in
# the same run); none of them asserts a time.
BUILD=${BUILD:-build}
export BUILD DYAD="$BUILD/dyad"
status=0
for b in bench/bench_*.sh; do
    [ -f "$b" ] || continue
    echo "== $(basename "$b" .sh)"
    sh "$b" || status=1
done
exit $status
