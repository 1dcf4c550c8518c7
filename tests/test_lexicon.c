/*
** test_lexicon.c — compiling the sample sources, reading bad source lines,
** and refusing bad binary files (truncated, foreign, corrupt, lying).
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "base/binfile.h"
#include "lex/compile.h"
#include "lex/lexicon.h"
#include "lex/source_read.h"
#include "lex/words.h"

#define LLVMFuzzerTestOneInput fuzz_lexicon_one
#include "fuzz/fuzz_lexicon.c"
#undef LLVMFuzzerTestOneInput

static char tmpdir[] = "/tmp/dyad-test-lexicon-XXXXXX";

static const char *tmp_path(const char *name)
{
    static char buf[4][256];
    static int next;
    char *p = buf[next++ % 4];
    snprintf(p, sizeof buf[0], "%s/%s", tmpdir, name);
    return p;
}

/* Compiles tests/data/lexicon to path; returns the status. */
static int compile_sample(const char *dir, const char *path, lex_diags *d)
{
    lex_build *b = NULL;
    int st = lex_build_new(&b);
    lex_compile_options o = { .lexicon_dir = dir, .cities_path = "" };
    if (st == DYAD_OK) st = lex_build_read(b, &o, d);
    char err[256];
    if (st == DYAD_OK && path) st = lex_build_write(b, path, err, sizeof err);
    lex_build_free(b);
    return st;
}

static int has_diag(const lex_diags *d, const char *needle)
{
    for (size_t i = 0; i < d->n; i++) if (strstr(d->msgs[i], needle)) return 1;
    return 0;
}

TEST(compiles_and_loads)
{
    lex_diags d = { 0 };
    CHECK_INT(compile_sample("tests/data/lexicon", tmp_path("lex.bin"), &d), DYAD_OK);
    CHECK_INT(d.errors, 0);
    dyad_lexicon *lex = NULL;
    char err[256] = "";
    CHECK_INT(dyad_lexicon_open(&lex, tmp_path("lex.bin"), err, sizeof err), DYAD_OK);
    if (lex) {
        CHECK(dyad_lexicon_count(lex, DYAD_LEX_COUNTRY) > 200);   /* iso-codes */
        CHECK_INT(dyad_lexicon_count(lex, DYAD_LEX_PERSON), 18);
        CHECK_INT(dyad_lexicon_count(lex, DYAD_LEX_ORG), 6);
        CHECK_INT(dyad_lexicon_count(lex, DYAD_LEX_PLACE), 5);
        CHECK(lex_word_id(lex, "moldovan", 8) != UINT32_MAX);
        CHECK(lex_word_id(lex, "Moldovan", 8) == UINT32_MAX);   /* folded only */
    }
    dyad_lexicon_close(lex);
    lex_diags_free(&d);
}

TEST(bad_source_lines_say_where)
{
    lex_diags d = { 0 };
    CHECK_INT(compile_sample("tests/data/lexicon-bad", tmp_path("bad.bin"), &d), DYAD_OK);
    CHECK(d.errors >= 9);
    CHECK(has_diag(&d, "lexicon-bad/countries.tsv:1: 2 tab-separated columns, want 3"));
    CHECK(has_diag(&d, "lexicon-bad/countries.tsv:3: unknown country code 'XXX'"));
    CHECK(has_diag(&d, "lexicon-bad/countries.tsv:4: unknown kind 'noun'"));
    CHECK(has_diag(&d, "lexicon-bad/countries.tsv:7: line is not valid UTF-8"));
    CHECK(has_diag(&d, "lexicon-bad/places.tsv:1: bad latitude/longitude"));
    CHECK(has_diag(&d, "lexicon-bad/people/bad.tsv:1: bad date '2020-13-01'"));
    CHECK(has_diag(&d, "lexicon-bad/people/bad.tsv:4: role ends"));
    CHECK(has_diag(&d, "lexicon-bad/orgs.tsv:1: unknown sector code 'ZZZ'"));
    /* people of organisations: the organisation must be one of orgs.tsv,
    ** named as org:CODE, and lends its sector */
    CHECK(has_diag(&d, "lexicon-bad/people/bad.tsv:5: unknown organisation code 'IGOZZZ'"));
    CHECK(has_diag(&d, "lexicon-bad/people/bad.tsv:6: 'IGO' is a kind of organisation"));
    CHECK(has_diag(&d, "lexicon-bad/people/bad.tsv:7: sector 'GOV' given for someone of IGOXXX"));
    CHECK(has_diag(&d, "lexicon-bad/people/bad.tsv:10: unknown organisation code 'IGONONE'"));
    CHECK(!has_diag(&d, "lexicon-bad/people/bad.tsv:8:"));
    lex_diags_free(&d);
}

TEST(check_finds_duplicates_conflicts_overlaps)
{
    lex_diags d = { 0 };
    lex_build *b = NULL;
    lex_compile_options o = { .lexicon_dir = "tests/data/lexicon-bad", .cities_path = "" };
    CHECK_INT(lex_build_new(&b), DYAD_OK);
    CHECK_INT(lex_build_read(b, &o, &d), DYAD_OK);
    CHECK_INT(lex_build_check(b, &d), DYAD_OK);
    CHECK(has_diag(&d, "countries.tsv:6: duplicate: 'america' (USA) is also at tests/data/lexicon-bad/countries.tsv:5"));
    CHECK(has_diag(&d, "orgs.tsv:1: conflict: 'america' is IGOXXX here but USA"));
    CHECK(has_diag(&d, "people/bad.tsv:3: overlap: head_of_state of MDA from 20210101, but John Roe holds it with no end"));
    /* an organisation's heads overlap with each other, not with a country's */
    CHECK(has_diag(&d, "people/bad.tsv:9: overlap: head_of_organisation of IGOXXX from 20200101, "
                       "but Di Chief holds it with no end"));
    lex_build_free(b);
    lex_diags_free(&d);
}

/* An imported dictionary's made-up codes ("XXX") are accepted when the
** caller names them, and only those: the check against iso-codes stays. */
TEST(extra_country_codes_are_accepted)
{
    lex_diags d = { 0 };
    lex_build *b = NULL;
    const char *const extra[] = { "XXX" };
    lex_compile_options o = { .lexicon_dir = "tests/data/lexicon-bad", .cities_path = "",
                              .extra_countries = extra, .n_extra_countries = 1 };
    CHECK_INT(lex_build_new(&b), DYAD_OK);
    CHECK_INT(lex_build_read(b, &o, &d), DYAD_OK);
    CHECK(!has_diag(&d, "unknown country code 'XXX'"));
    CHECK(has_diag(&d, "lexicon-bad/countries.tsv:4: unknown kind 'noun'"));
    lex_build_free(b);
    lex_diags_free(&d);
}

TEST(missing_sources_are_notes)
{
    lex_diags d = { 0 };
    CHECK_INT(compile_sample("tests/data/no-such-lexicon", tmp_path("empty.bin"), &d), DYAD_OK);
    CHECK_INT(d.errors, 0);
    CHECK(has_diag(&d, "no lexicon folder"));
    lex_diags_free(&d);
}

TEST(dates_parse)
{
    int32_t v;
    CHECK_INT(lex_parse_date("2020-12-24", 0, &v), 0); CHECK_INT(v, 20201224);
    CHECK_INT(lex_parse_date("2019", 1, &v), 0); CHECK_INT(v, 20191231);
    CHECK_INT(lex_parse_date("2019-02~", 1, &v), 0); CHECK_INT(v, 20190229);
    CHECK_INT(lex_parse_date("2019-02", 0, &v), 0); CHECK_INT(v, 20190201);
    CHECK_INT(lex_parse_date("", 0, &v), 0); CHECK_INT(v, 0);
    CHECK_INT(lex_parse_date("19-02-01", 0, &v), -1);
    CHECK_INT(lex_parse_date("2019-00-01", 0, &v), -1);
    CHECK_INT(lex_date_precision("2019-02-03"), LEX_DAY);
    CHECK_INT(lex_date_precision("2019-02-03~"), LEX_MONTH);
    CHECK_INT(lex_date_precision("2019-02"), LEX_MONTH);
    CHECK_INT(lex_date_precision("2019~"), LEX_YEAR);
    CHECK_INT(lex_date_latest(20190201, LEX_MONTH), 20190231);
    CHECK_INT(lex_date_earliest(20191231, LEX_YEAR), 20190101);
}

static void *read_all(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    void *p = malloc((size_t)n);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) { free(p); p = NULL; }
    fclose(f);
    *size = (size_t)n;
    return p;
}

static int write_all(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t w = fwrite(p, 1, n, f);
    fclose(f);
    return w == n ? 0 : -1;
}

static int open_status(const char *path, char *err, size_t len)
{
    dyad_lexicon *lex = NULL;
    int st = dyad_lexicon_open(&lex, path, err, len);
    CHECK(st == DYAD_OK || lex == NULL);
    dyad_lexicon_close(lex);
    return st;
}

TEST(bad_binaries_are_refused)
{
    lex_diags d = { 0 };
    CHECK_INT(compile_sample("tests/data/lexicon", tmp_path("good.bin"), &d), DYAD_OK);
    lex_diags_free(&d);
    size_t n = 0;
    unsigned char *bytes = read_all(tmp_path("good.bin"), &n);
    CHECK(bytes != NULL);
    if (!bytes) return;
    char err[256];
    /* truncated: at several cuts, including inside the header */
    size_t cuts[] = { 0, 10, 63, 64, n / 2, n - 1 };
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        CHECK_INT(write_all(tmp_path("cut.bin"), bytes, cuts[i]), 0);
        CHECK_INT(open_status(tmp_path("cut.bin"), err, sizeof err), DYAD_EMODEL);
    }
    /* corrupt: one flipped byte in the data fails the checksum */
    bytes[n - 5] ^= 0x40;
    CHECK_INT(write_all(tmp_path("flip.bin"), bytes, n), 0);
    CHECK_INT(open_status(tmp_path("flip.bin"), err, sizeof err), DYAD_EMODEL);
    free(bytes);
    /* foreign: not a dyad file at all, and a dyad file of another kind */
    CHECK_INT(write_all(tmp_path("text.bin"), "hello, world\n", 13), 0);
    CHECK_INT(open_status(tmp_path("text.bin"), err, sizeof err), DYAD_EMODEL);
    binfile_writer *w = NULL;
    CHECK_INT(binfile_writer_new(&w, "tagger", 1), DYAD_OK);
    CHECK_INT(binfile_add(w, "meta", "x", 1), DYAD_OK);
    CHECK_INT(binfile_write(w, tmp_path("tagger.bin"), err, sizeof err), DYAD_OK);
    binfile_writer_free(w);
    CHECK_INT(open_status(tmp_path("tagger.bin"), err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "tagger") != NULL);
    /* missing */
    CHECK_INT(open_status(tmp_path("none.bin"), err, sizeof err), DYAD_EIO);
}

/* A well-formed container whose lexicon sections lie: every offset must
** be checked before use. */
TEST(lying_sections_are_refused)
{
    char err[256];
    lex_meta m = { 0 };
    m.bom = LEX_BOM;
    m.n_vocab = 1; m.n_slots = 2; m.n_phrases = 1; m.n_pwords = 1; m.n_refs = 1; m.n_entries = 1;
    m.strings_size = 4;
    lex_word vocab = { 0, 3 };
    lex_slot slots[2] = { { 0, 1 }, { 0, 0 } };
    uint32_t first[2] = { 0, 1 }, refs[1] = { 0 };
    lex_phrase phrase = { 0, 0, UINT32_MAX, 1, 1 };
    lex_pword pword = { 0, 0, 0 };
    lex_entry entry;
    memset(&entry, 0, sizeof entry);
    entry.kind = DYAD_LEX_COUNTRY;
    for (int variant = 0; variant < 6; variant++) {
        lex_meta mm = m;
        lex_word vv = vocab;
        lex_phrase pp = phrase;
        lex_entry ee = entry;
        uint32_t rr[1] = { refs[0] };
        switch (variant) {
        case 1: vv.len = 100; break;              /* word past the strings */
        case 2: pp.n_words = 5; break;            /* phrase past its words */
        case 3: rr[0] = 7; break;                 /* ref to no entry */
        case 4: memset(ee.code, 'A', sizeof ee.code); break;   /* unterminated */
        case 5: mm.n_entries = 2; break;          /* count != section size */
        }
        binfile_writer *w = NULL;
        CHECK_INT(binfile_writer_new(&w, "lexicon", 1), DYAD_OK);
        binfile_add(w, "meta", &mm, sizeof mm);
        binfile_add(w, "strings", "usa", 4);
        binfile_add(w, "vocab", &vv, sizeof vv);
        binfile_add(w, "slots", slots, sizeof slots);
        static uint64_t filter[LEX_FILTER_WORDS];
        memset(filter, 0xff, sizeof filter);
        binfile_add(w, "filter", filter, sizeof filter);
        binfile_add(w, "first", first, sizeof first);
        binfile_add(w, "phrases", &pp, sizeof pp);
        binfile_add(w, "pwords", &pword, sizeof pword);
        binfile_add(w, "refs", rr, sizeof rr);
        binfile_add(w, "entries", &ee, sizeof ee);
        CHECK_INT(binfile_write(w, tmp_path("lie.bin"), err, sizeof err), DYAD_OK);
        binfile_writer_free(w);
        int st = open_status(tmp_path("lie.bin"), err, sizeof err);
        if (variant == 0) CHECK_INT(st, DYAD_OK);
        else CHECK_INT(st, DYAD_EMODEL);
    }
}

/* The fuzz target on a compiled lexicon with bytes changed behind the
** checksum (which the target recomputes): every change must be refused
** or be harmless to match with (ASan watches in `make asan`). */
TEST(mutated_lexicons_do_not_crash)
{
    lex_diags d = { 0 };
    CHECK_INT(compile_sample("tests/data/lexicon", tmp_path("seed.bin"), &d), DYAD_OK);
    lex_diags_free(&d);
    size_t n = 0;
    unsigned char *seed = read_all(tmp_path("seed.bin"), &n);
    CHECK(seed != NULL);
    if (!seed) return;
    unsigned char *buf = malloc(n);
    uint32_t state = 2463534242u;
    for (int round = 0; buf && round < 3000; round++) {
        memcpy(buf, seed, n);
        int edits = 1 + round % 4;
        for (int e = 0; e < edits; e++) {
            state ^= state << 13; state ^= state >> 17; state ^= state << 5;
            /* mostly the header and section table, where the counts are */
            size_t at = (state >> 8) % (round % 2 ? n : (n < 1024 ? n : 1024));
            buf[at] = (unsigned char)(round % 3 ? state : buf[at] ^ (1u << (state % 8)));
        }
        fuzz_lexicon_one(buf, n);
    }
    fuzz_lexicon_one(seed, n);     /* the unchanged file matches */
    free(buf);
    free(seed);
}

TEST(words_split_like_the_tokenizer)
{
    const char *s = "Ukraine's U.S.-led forces, Gen. Smith (Iran.)";
    lex_span sp[16];
    size_t n = lex_split(s, strlen(s), sp, 16);
    const char *want[] = { "Ukraine", "'s", "U.S.", "-", "led", "forces", ",", "Gen.", "Smith",
                           "(", "Iran", ".", ")" };
    CHECK_INT(n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < n && i < sizeof want / sizeof want[0]; i++) {
        char w[64];
        snprintf(w, sizeof w, "%.*s", (int)(sp[i].end - sp[i].start), s + sp[i].start);
        CHECK_STR(w, want[i]);
    }
    char f[LEX_WORD_MAX * 2 + 1];
    CHECK_INT(lex_fold("ÉTATS", 6, f), 6); CHECK_STR(f, "états");
    CHECK_INT(lex_fold("N\xE2\x80\x99" "Djamena", 11, f), 9); CHECK_STR(f, "n'djamena");
    uint32_t h;
    CHECK_INT(lex_fold_hash("Kyiv", 4, f, &h), 4); CHECK_STR(f, "kyiv"); CHECK(h == lex_hash("kyiv", 4));
    CHECK_INT(lex_fold_hash("ÉTATS", 6, f, &h), 6); CHECK(h == lex_hash("états", 6));
    CHECK_INT(lex_case_class("US", 2), LEX_CASE_EXACT);
    CHECK_INT(lex_case_class("NATO", 4), LEX_CASE_CAPITAL);
    CHECK_INT(lex_case_class("China", 5), LEX_CASE_CAPITAL);
    CHECK_INT(lex_case_class("troops", 6), LEX_CASE_ANY);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) { perror("mkdtemp"); return 1; }
    RUN(compiles_and_loads);
    RUN(bad_source_lines_say_where);
    RUN(check_finds_duplicates_conflicts_overlaps);
    RUN(extra_country_codes_are_accepted);
    RUN(missing_sources_are_notes);
    RUN(dates_parse);
    RUN(bad_binaries_are_refused);
    RUN(lying_sections_are_refused);
    RUN(mutated_lexicons_do_not_crash);
    RUN(words_split_like_the_tokenizer);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
