/*
** test_fuzz_smoke.c — the fuzz targets of tests/fuzz/ run on a fixed set
** of mutated inputs in every `make test` (and so under the sanitizers in
** `make asan`), so that a crash the fuzzers once found stays found even
** where libFuzzer is not installed.  `make fuzz` runs the real fuzzers.
*/
#include <stdlib.h>
#include "testing.h"

#define LLVMFuzzerTestOneInput fuzz_segment_one
#include "fuzz/fuzz_segment.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_reader_one
#include "fuzz/fuzz_reader.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_binfile_one
#include "fuzz/fuzz_binfile.c"
#undef LLVMFuzzerTestOneInput

static const char *seeds[] = {
    "FISHING DISPUTE: Boats fired, officials said The envoy was summoned. It was cut",
    "{\"id\":\"a\",\"text\":\"It rained.\"}\n{\"text\":\n",
    "# newdoc id = x\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n\n",
    "U.S.-led Gen. M. Smith's \"quote...\" (US$3.5bn) -- e-mail: a@b.c :-) #tag w/o 1990s",
    "\xe2\x80\x98QUOTED\xe2\x80\x99: caf\x65\xcc\x81 \xe2\x80\xa6 \xc2\xa0 \xf0\x9f\x98\x80",
    "Photo: AP\r\n\r\n\r\nA.\n.\n..\n...\n'\n\"\n''s\n",
    ("<Sentences><!-- c --><Sentence date = \"20260101\" id='a' x=\"&#233;\"/><Text>A &amp; B &#x41;"
     "<![CDATA[<x>]]>.</Text><Parse>(S)</Parse></Sentence><Sentence><Text/></Sentence>"),
};

/* A small deterministic generator: the same inputs on every run. */
static uint32_t next_random(uint32_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

TEST(mutated_inputs_do_not_crash)
{
    uint32_t state = 2463534242u;
    unsigned char buf[512];
    int round;
    for (round = 0; round < 3000; round++) {
        const char *seed = seeds[round % (sizeof seeds / sizeof seeds[0])];
        size_t n = strlen(seed);
        memcpy(buf, seed, n);
        int edits = 1 + (int)(next_random(&state) % 8);
        for (int e = 0; e < edits; e++) {
            uint32_t r = next_random(&state);
            size_t at = n ? r % n : 0;
            switch ((r >> 16) % 4) {
            case 0: buf[at] = (unsigned char)(r >> 8); break;                 /* flip a byte */
            case 1: if (n < sizeof buf) { memmove(buf + at + 1, buf + at, n - at); buf[at] = (unsigned char)(r >> 24); n++; } break;
            case 2: if (n) { memmove(buf + at, buf + at + 1, n - at - 1); n--; } break;
            case 3: if (n && n * 2 < sizeof buf) { memcpy(buf + n, buf, n); n *= 2; } break;
            }
        }
        fuzz_segment_one(buf, n);
        fuzz_reader_one(buf, n);
        fuzz_binfile_one(buf, n);
    }
    /* The targets abort when an invariant breaks and the sanitizers report
    ** any bad access; getting through every round is the result. */
    CHECK_INT(round, 3000);
}

int main(void)
{
    RUN(mutated_inputs_do_not_crash);
    return TEST_DONE();
}
