# Helpers for the benchmarks in bench/: timing whole commands with
# /usr/bin/time over a few runs and quoting the median, so that one noisy
# run on a shared machine does not decide the figure.

RUNS=${RUNS:-3}

# measure CMD...: runs CMD $RUNS times with stdout to /dev/null and sets
# WALL (median seconds) and RSS (median peak resident KB).
measure() {
    walls=""; rsss=""
    i=0
    while [ $i -lt "$RUNS" ]; do
        /usr/bin/time -f '%e %M' -o "$BENCH_TMP/time" "$@" >/dev/null 2>"$BENCH_TMP/stderr"
        set -- "$@"
        w=$(tail -n 1 "$BENCH_TMP/time" | cut -d' ' -f1)
        r=$(tail -n 1 "$BENCH_TMP/time" | cut -d' ' -f2)
        walls="$walls $w"; rsss="$rsss $r"
        i=$((i + 1))
    done
    WALL=$(echo $walls | tr ' ' '\n' | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
    RSS=$(echo $rsss | tr ' ' '\n' | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
}

# rate BYTES SECONDS: MB/s with one decimal.
rate() { awk -v b="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.001; printf "%.1f", b / s / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.001; printf "%.2f", a / b }'; }

BENCH_TMP=${BENCH_TMP:-$(mktemp -d)}
