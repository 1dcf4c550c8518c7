#!/bin/sh
# Runs every test program given on the command line and every CLI test
# script in tests/cli/, then prints one closing line that CI reads:
# "N passed, N failed" (plus ", N skipped").  Each program prints its own
# "name: N passed, N failed[, N skipped]" line last.
BUILD=${BUILD:-build}
export DYAD="$BUILD/dyad"
pass=0; fail=0; skip=0; broken=""
log=$(mktemp); trap 'rm -f "$log"' EXIT
run_one() {
    name=$1; shift
    "$@" >"$log" 2>&1
    status=$?
    line=$(grep -E '^[^ ]+: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        cat "$log"
        echo "$name: crashed or printed no summary (exit $status)"
        fail=$((fail + 1)); broken="$broken $name"; return
    fi
    # Show failures and skips, keep passing output quiet.
    grep -E '^(FAIL|skip |  |==[0-9]+==|.*runtime error)' "$log" | head -n 60
    echo "$line"
    p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    s=$(echo "$line" | sed -nE 's/.* ([0-9]+) skipped.*/\1/p')
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + ${s:-0}))
    # A program that counted no failure but exited non-zero (a sanitizer
    # report at exit, say) has failed all the same.
    if [ "$f" -eq 0 ] && [ "$status" -ne 0 ]; then
        cat "$log"; f=1; fail=$((fail + 1))
    fi
    [ "$f" -gt 0 ] && broken="$broken $name"
}
for t in "$@"; do run_one "$(basename "$t")" "$t"; done
for t in tests/cli/test_*.sh; do [ -f "$t" ] && run_one "$(basename "$t" .sh)" sh "$t"; done
[ -n "$broken" ] && echo "failing:$broken"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
