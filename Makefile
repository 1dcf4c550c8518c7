# dyad — build, test, benchmark.
#
#   make            release build: build/dyad, build/libdyad.so, build/libdyad.a
#   make test       unit and CLI tests (closing line: "N passed, N failed")
#   make asan       the same tests under AddressSanitizer + UBSan (build-asan/)
#   make bench      throughput and memory benchmarks (bench/run.sh)
#   make demo       install dependencies if missing, build, code the example
#   make deps       install the Debian packages dyad needs (needs root)
#   make fuzz       short libFuzzer runs over every input surface (clang)
#
# Sources are found by wildcard: a module is src/<stage>/x.c + x.h and
# tests/test_x.c, and adding one needs no edit here.

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2 -g
SAN     ?=
CSTD     = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CFLAGS  += $(CSTD) $(WARN) $(OPT) $(SAN) -fPIC -Iinclude -Isrc
LDLIBS   = -ljansson -lutf8proc -lsqlite3 -lm -lpthread
LDFLAGS += $(SAN)

LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
DEPS     := $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

DEBIAN_PACKAGES = build-essential clang libjansson-dev libutf8proc-dev \
                  libsqlite3-dev iso-codes wordnet-base libclang-rt-14-dev \
                  time

.PHONY: all test asan bench demo deps fuzz clean check-deps models

all: $(BUILD)/dyad $(BUILD)/libdyad.so

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libdyad.so: $(LIB_OBJ)
	$(CC) -shared $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS)

$(BUILD)/tests/%: tests/%.c tests/testing.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LDFLAGS) $(LDLIBS)

test: $(BUILD)/dyad $(TEST_BIN)
	@BUILD=$(BUILD) sh tests/run.sh $(TEST_BIN)

# Sanitizer builds keep their own object tree so they never mix with release.
asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	        SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" test

bench: $(BUILD)/dyad
	@BUILD=$(BUILD) sh bench/run.sh

demo: check-deps $(BUILD)/dyad
	$(BUILD)/dyad split --date 2026-01-24 examples/wire-page.txt

# Installs only what is missing, so `make demo` is quick on a ready machine.
check-deps:
	@sh tools/check-deps.sh $(DEBIAN_PACKAGES)

deps:
	apt-get update
	apt-get install -y --no-install-recommends $(DEBIAN_PACKAGES)

fuzz:
	@sh tests/fuzz/run.sh

clean:
	rm -rf build build-asan build-fuzz

-include $(DEPS)
