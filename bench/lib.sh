# Helpers for the benchmarks in bench/: timing whole commands with
# /usr/bin/time over a few runs and quoting the median, so that one noisy
# run on a shared machine does not decide the figure.

RUNS=${RUNS:-3}

# measure CMD...: runs CMD $RUNS times with stdout to /dev/null and sets
# WALL (median seconds), CPU (median user + system seconds: steadier than
# wall time on a shared machine) and RSS (median peak resident KB).
measure() {
    walls=""; cpus=""; rsss=""
    i=0
    while [ $i -lt "$RUNS" ]; do
        /usr/bin/time -f '%e %U %S %M' -o "$BENCH_TMP/time" "$@" >/dev/null 2>"$BENCH_TMP/stderr"
        line=$(tail -n 1 "$BENCH_TMP/time")
        walls="$walls $(echo "$line" | cut -d' ' -f1)"
        cpus="$cpus $(echo "$line" | awk '{ print $2 + $3 }')"
        rsss="$rsss $(echo "$line" | cut -d' ' -f4)"
        i=$((i + 1))
    done
    WALL=$(median $walls)
    CPU=$(median $cpus)
    RSS=$(median $rsss)
}

median() { echo "$@" | tr ' ' '\n' | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# rate BYTES SECONDS: MB/s with one decimal.
rate() { awk -v b="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.001; printf "%.1f", b / s / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.001; printf "%.2f", a / b }'; }

BENCH_TMP=${BENCH_TMP:-$(mktemp -d)}
