#!/bin/sh
# Tagger throughput: tags + lemmatizes the EWT dev file (25,147 words)
# 200 times in one process (5.0 M words) and prints words/s of CPU time
# and of wall time, the model's load time, and peak memory
# (/usr/bin/time -v).  On a shared, busy machine the CPU-time figure is
# the steadier one.  Needs ../shared; skips without it.
DYAD=${DYAD:-build/dyad}
gold=../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu
passes=${TAGGER_BENCH_PASSES:-200}
if [ ! -f "$gold" ]; then
    echo "bench_tagger: skipped: $gold absent"
    exit 0
fi
if [ ! -f models/tagger.bin ]; then
    echo "bench_tagger: skipped: models/tagger.bin absent"
    exit 0
fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$DYAD" eval-tags --gold "$gold" --repeat "$passes" >"$out" 2>"$out.time" || exit 1
else
    "$DYAD" eval-tags --gold "$gold" --repeat "$passes" >"$out" || exit 1
fi
grep -E '^(UPOS|XPOS|Lemmas|speed|model)' "$out"
if [ -f "$out.time" ]; then
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.time")
    echo "memory    peak RSS ${rss} kB (model $(($(wc -c <models/tagger.bin) / 1024)) kB, mapped)"
    rm -f "$out.time"
fi
echo "machine   load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
