# Shared helpers for the CLI test scripts in tests/cli/.  Each script sources
# this, calls check/check_out, and ends with `finish`, which prints the
# closing "name: N passed, N failed, N skipped" line tests/run.sh reads.
DYAD=${DYAD:-build/dyad}
passed=0; failed=0; skipped=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# check "what" CONDITION-COMMAND...: passes when the command exits 0.
check() {
    what=$1; shift
    if "$@"; then passed=$((passed + 1))
    else failed=$((failed + 1)); echo "FAIL $what"; fi
}
# status_is WANT CMD...: runs CMD, passes when its exit status is WANT.
status_is() {
    want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"; got=$?
    [ "$got" -eq "$want" ] || { echo "  exit $got, want $want; stderr:"; head -n 5 "$tmp/err"; return 1; }
}
skip() { skipped=$((skipped + 1)); echo "skip $1"; }
finish() {
    echo "$(basename "$0" .sh): $passed passed, $failed failed, $skipped skipped"
    [ "$failed" -eq 0 ]
}
