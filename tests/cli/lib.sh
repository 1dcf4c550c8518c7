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

# many_stories FILE: 150 short JSON Lines stories (every seventh empty),
# more than one batch of three threads (96) holds.
many_stories() {
    /usr/bin/python3 -c "
import json
subj = ['Police', 'The army', 'Rebels', 'Protesters', 'The minister', 'Officials', 'Troops', 'The court']
verb = ['arrested', 'warned', 'met', 'accused', 'attacked', 'praised', 'criticized', 'visited']
obj = ['the opposition leader', 'villagers near the border', 'a delegation from Kenya',
       'the governor', 'students in the capital', 'foreign diplomats']
for i in range(150):
    text = '' if i % 7 == 0 else ' '.join('%s %s %s on day %d.' % (subj[(i + k) % 8], verb[(i * 3 + k) % 8],
                                          obj[(i + 2 * k) % 6], k + 1) for k in range(1 + i % 4))
    print(json.dumps({'id': 's%d' % i, 'date': '2020-01-%02d' % (1 + i % 28), 'text': text}))
" >"$1"
}

# threads_agree COMMAND ARG...: dyad COMMAND --threads N ARG... writes the
# same bytes for N = 1, 3 and 0 (one per processor), and exits 0.
threads_agree() {
    cmd=$1; shift
    "$DYAD" "$cmd" --threads 1 "$@" >"$tmp/threads-1" 2>/dev/null || return 1
    for n in 3 0; do
        "$DYAD" "$cmd" --threads $n "$@" >"$tmp/threads-$n" 2>/dev/null || return 1
        cmp -s "$tmp/threads-1" "$tmp/threads-$n" || { echo "  --threads $n differs from --threads 1"; return 1; }
    done
    [ -s "$tmp/threads-1" ]
}
