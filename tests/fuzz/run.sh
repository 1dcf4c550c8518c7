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
# Charts need cairo, as in the Makefile; without it the library says so.
if cairo_libs=$(pkg-config --libs cairo fontconfig 2>/dev/null); then
    flags="$flags $(pkg-config --cflags cairo fontconfig)"
else
    flags="$flags -DDYAD_NO_CAIRO"; cairo_libs=""
fi
# The library once, instrumented for the fuzzer, then each harness on it.
objs=""
for src in $lib_src; do
    obj="$out/obj/$(echo "$src" | tr / _ | sed 's/\.c$/.o/')"
    mkdir -p "$out/obj"
    clang $(echo "$flags" | sed 's/-fsanitize=fuzzer,/-fsanitize=fuzzer-no-link,/') -c "$src" -o "$obj"
    objs="$objs $obj"
done
for harness in tests/fuzz/fuzz_*.c; do
    name=$(basename "$harness" .c)
    echo "== $name"
    clang $flags -o "$out/$name" "$harness" $objs -ljansson -lutf8proc -lsqlite3 -lm -lpthread $cairo_libs
    corpus="$out/$name.corpus"
    mkdir -p "$corpus"
    cp examples/* "$corpus/" 2>/dev/null || true
    "$out/$name" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 \
        -artifact_prefix="$out/$name-" "$corpus" 2>&1 | tail -n 3
done
