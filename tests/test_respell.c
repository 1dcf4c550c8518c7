/*
** test_respell.c — respelling unknown words over the committed model's
** vocabulary: each kind of repair, what is never respelled, and the index
** of words one letter longer checked against every vocabulary word.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/tagger.h"
#include "nlp/respell.h"
#include "nlp/features.h"

static dyad_tagger *model;

/* The word `typed` (lowercase) with this XPOS is taken for, or "". */
static const char *meant(const char *typed, const char *xpos)
{
    static char out[FEAT_WORD_MAX + 8];
    int x = tagger_xpos(model, xpos);
    size_t n = 0;
    if (x < 0 || !respell_entry(model, (uint32_t)x, typed, strlen(typed), 1, out, &n))
        return "";
    return out;
}

TEST(each_repair)
{
    if (!model) SKIP("models/tagger.bin absent");
    CHECK_STR(meant("waaaaay", "NN"), "way");
    CHECK_STR(meant("goood", "JJ"), "good");            /* cut to two letters first */
    CHECK_STR(meant("wierd", "JJ"), "weird");           /* swapped */
    CHECK_STR(meant("goverment", "NN"), "government");  /* missing */
    CHECK_STR(meant("accross", "IN"), "across");        /* one too many */
}

TEST(never_respelled)
{
    if (!model) SKIP("models/tagger.bin absent");
    CHECK_STR(meant("government", "NN"), "");     /* WordNet knows it */
    CHECK_STR(meant("wnat", "VB"), "");           /* under five letters */
    CHECK_STR(meant("goverment", "NNP"), "");     /* names spell as they like */
    CHECK_STR(meant("goverment", "VBD"), "");     /* no such verb */
    CHECK_STR(meant("xovernment", "NN"), "");     /* the first letter is as typed */
    CHECK_STR(meant("texting", "VBG"), "");       /* one letter wrong is not tried */
    int x = tagger_xpos(model, "NN");
    char out[FEAT_WORD_MAX + 8];
    size_t n;
    CHECK(respell_entry(model, (uint32_t)x, "goverment", 9, 0, out, &n) == NULL);  /* capitalised */
    CHECK(respell_entry(model, (uint32_t)x, "", 0, 1, out, &n) == NULL);
}

/* Every lowercase vocabulary word of six letters or more, with a letter
** after the first dropped, is found again: that word or another one
** letter longer that differs from the typed word by that one letter. */
TEST(index_finds_every_word_missing_a_letter)
{
    if (!model) SKIP("models/tagger.bin absent");
    CHECK(model->respell.slots != NULL);
    uint32_t tried = 0, found = 0;
    for (uint32_t v = 0; v < model->meta->n_words; v += 7) {
        const tg_word *w = &model->words[v];
        const char *s = model->strings + w->str;
        size_t n = strlen(s);
        int letters = n >= 6 && n <= FEAT_WORD_MAX;
        for (size_t i = 0; letters && i < n; i++) letters = s[i] >= 'a' && s[i] <= 'z';
        if (!letters || !w->count) continue;
        char typed[FEAT_WORD_MAX + 8], out[FEAT_WORD_MAX + 8];
        size_t at = 1 + v % (n - 1), out_n = 0;
        memcpy(typed, s, at);
        memcpy(typed + at, s + at + 1, n - at);     /* with its NUL */
        if (wnc_classes(&model->wnc, typed, n - 1) || tagger_word(model, typed, n - 1)) continue;
        /* One of its tags whose words can be mistyped. */
        static const char *const open_class[] = { "NN", "NNS", "VB", "VBD", "VBG", "VBN",
                                                  "VBP", "VBZ", "JJ", "RB", "IN" };
        int xpos = -1;
        for (uint32_t e = 0; e < w->count && xpos < 0; e++) {
            uint32_t x = model->labels[model->wentries[w->first + e].label].xpos_id;
            for (size_t c = 0; c < sizeof open_class / sizeof *open_class; c++)
                if (!strcmp(model->strings + model->xpos[x].name, open_class[c])) xpos = (int)x;
        }
        if (xpos < 0) continue;
        tried++;
        if (!respell_entry(model, (uint32_t)xpos, typed, n - 1, 1, out, &out_n)) continue;
        /* A swap of the typed word may come first; else one letter more. */
        if (out_n == n) {
            size_t k = 0;
            while (k < n - 1 && out[k] == typed[k]) k++;
            found += k >= 1 && !strcmp(out + k + 1, typed + k);
        } else if (out_n == n - 1) {
            found++;
        }
    }
    CHECK(tried > 500);
    CHECK_INT(found, tried);
}

int main(void)
{
    char err[256];
    if (dyad_tagger_open(&model, "models/tagger.bin", err, sizeof err) != DYAD_OK) {
        fprintf(stderr, "%s\n", err);
        model = NULL;
    }
    RUN(each_repair);
    RUN(never_respelled);
    RUN(index_finds_every_word_missing_a_letter);
    dyad_tagger_close(model);
    return TEST_DONE();
}
