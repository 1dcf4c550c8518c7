/*
** test_parser_features.c — feature keys: bounded, deterministic, and
** sensitive to the words they look at.
*/
#include "testing.h"
#include "dyad.h"
#include "nlp/parser_features.h"

TEST(keys_depend_on_words)
{
    dyad_token toks[3] = {
        { .form = "Russia", .upos = "PROPN", .xpos = "NNP", .lemma = "Russia" },
        { .form = "warned", .upos = "VERB", .xpos = "VBD", .lemma = "warn" },
        { .form = ".", .upos = "PUNCT", .xpos = "." },
    };
    pf_words w = { 0 };
    tr_state st = { 0 };
    CHECK_INT(pf_words_reserve(&w, 3), DYAD_OK);
    CHECK_INT(tr_reserve(&st, 3), DYAD_OK);
    pf_words_fill(&w, toks, 3, PF_TEMPLATES_VERSION);
    tr_start(&st, 3, 4, 3);
    uint64_t a[PF_MAX], b[PF_MAX];
    int na = pf_extract(&w, &st, a);
    CHECK(na > 60 && na <= PF_MAX);
    CHECK_INT(pf_extract(&w, &st, b), na);
    CHECK(memcmp(a, b, sizeof(uint64_t) * (size_t)na) == 0);
    /* case does not matter to the word features, the tag does */
    toks[0].form = "RUSSIA";
    pf_words_fill(&w, toks, 3, PF_TEMPLATES_VERSION);
    pf_extract(&w, &st, b);
    CHECK(a[3] == b[3]);                 /* N0 word */
    toks[0].xpos = "NN";
    pf_words_fill(&w, toks, 3, PF_TEMPLATES_VERSION);
    pf_extract(&w, &st, b);
    CHECK(a[4] != b[4]);                 /* N0 tag */
    /* all keys distinct within a state */
    int dup = 0;
    for (int i = 0; i < na; i++)
        for (int j = i + 1; j < na; j++) dup += a[i] == a[j];
    CHECK(dup < 3);
    pf_words_free(&w);
    tr_free(&st);
}

TEST(morph_templates_read_feats)
{
    dyad_token toks[2] = {
        { .form = "They", .upos = "PRON", .xpos = "PRP", .lemma = "they",
          .feats = "Case=Nom|Number=Plur|Person=3|PronType=Prs" },
        { .form = "left", .upos = "VERB", .xpos = "VBD", .lemma = "leave",
          .feats = "Mood=Ind|Tense=Past|VerbForm=Fin" },
    };
    pf_words w = { 0 };
    tr_state st = { 0 };
    CHECK_INT(pf_words_reserve(&w, 2), DYAD_OK);
    CHECK_INT(tr_reserve(&st, 2), DYAD_OK);
    tr_start(&st, 2, 4, 3);
    uint64_t plain[PF_MAX], a[PF_MAX], b[PF_MAX];
    pf_words_fill(&w, toks, 2, PF_TEMPLATES_VERSION);
    int n_plain = pf_extract(&w, &st, plain);
    pf_words_fill(&w, toks, 2, PF_TEMPLATES_MORPH);
    int n = pf_extract(&w, &st, a);
    CHECK_INT(n, n_plain + 8);
    CHECK(n <= PF_MAX);
    /* the shared templates give the same keys */
    CHECK(memcmp(plain, a, sizeof(uint64_t) * (size_t)n_plain) == 0);
    /* the new ones follow the features of the next word (n0) */
    toks[0].feats = "Case=Acc|Number=Plur|Person=3|PronType=Prs";
    pf_words_fill(&w, toks, 2, PF_TEMPLATES_MORPH);
    pf_extract(&w, &st, b);
    CHECK(memcmp(plain, b, sizeof(uint64_t) * (size_t)n_plain) == 0);
    CHECK(a[n_plain + 1] != b[n_plain + 1]);     /* n0 FEATS with its tag */
    CHECK(a[n_plain + 2] == b[n_plain + 2]);     /* n1's are unchanged */
    pf_words_free(&w);
    tr_free(&st);
}

int main(void)
{
    RUN(keys_depend_on_words);
    RUN(morph_templates_read_feats);
    return TEST_DONE();
}
