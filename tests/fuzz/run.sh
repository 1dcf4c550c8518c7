#!/bin/sh
# make fuzz: builds each tests/fuzz/fuzz_*.c as a libFuzzer program (clang,
# ASan + UBSan) and runs it for FUZZ_SECONDS (default 60) from a seed corpus
# of the bundled example and test inputs.  Crashes are kept in build-fuzz/.
set -eu
SECONDS_EACH=${FUZZ_SECONDS:-60}
out=build-fuzz
mkdir -p "$out"
lib_src=$(ls src/*/*.c | grep -v '^src/cli/')
flags="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Iinclude -Isrc -fsanitize=fuzzer,address,undefined"
for harness in tests/fuzz/fuzz_*.c; do
    name=$(basename "$harness" .c)
    echo "== $name"
    clang $flags -o "$out/$name" "$harness" $lib_src -ljansson -lutf8proc -lsqlite3 -lm -lpthread
    corpus="$out/$name.corpus"
    mkdir -p "$corpus"
    cp examples/* "$corpus/" 2>/dev/null || true
    "$out/$name" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 \
        -artifact_prefix="$out/$name-" "$corpus" 2>&1 | tail -n 3
done
