/*
** test_lemmatizer.c — lemmas from the committed model: the treebank's
** words, WordNet's irregular forms, edit scripts for unseen words, case,
** and the edges of dyad_lemmatize.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/features.h"

static dyad_tagger *model;

/* The lemma of form/xpos, or "(error N)". */
static const char *lemma(const char *form, const char *xpos)
{
    static char buf[256];
    int n = dyad_lemmatize(model, form, strlen(form), xpos, buf, sizeof buf);
    if (n < 0) snprintf(buf, sizeof buf, "(error %d)", n);
    return buf;
}

TEST(verbs)
{
    if (!model) SKIP("models/tagger.bin absent");
    CHECK_STR(lemma("warned", "VBD"), "warn");
    CHECK_STR(lemma("seized", "VBD"), "seize");
    CHECK_STR(lemma("seized", "VBN"), "seize");
    CHECK_STR(lemma("seizes", "VBZ"), "seize");
    CHECK_STR(lemma("seizing", "VBG"), "seize");
    CHECK_STR(lemma("accused", "VBD"), "accuse");
    CHECK_STR(lemma("stopped", "VBD"), "stop");
    CHECK_STR(lemma("carried", "VBD"), "carry");
    CHECK_STR(lemma("is", "VBZ"), "be");
    CHECK_STR(lemma("'s", "VBZ"), "be");
    CHECK_STR(lemma("Warned", "VBD"), "warn");     /* capitalized, sentence-initial */
}

TEST(irregular_forms_from_wordnet)
{
    if (!model) SKIP("models/tagger.bin absent");
    CHECK_STR(lemma("went", "VBD"), "go");
    CHECK_STR(lemma("seen", "VBN"), "see");
    CHECK_STR(lemma("mice", "NNS"), "mouse");
    CHECK_STR(lemma("better", "JJR"), "good");
    /* Rarer irregulars the treebank may never show. */
    CHECK_STR(lemma("outdid", "VBD"), "outdo");
    CHECK_STR(lemma("foresaw", "VBD"), "foresee");
}

TEST(unseen_words_by_ending)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* Words made up or rare enough not to be in the treebank. */
    CHECK_STR(lemma("outmaneuvered", "VBD"), "outmaneuver");
    CHECK_STR(lemma("re-imposed", "VBD"), "re-impose");
    CHECK_STR(lemma("blockading", "VBG"), "blockade");
    CHECK_STR(lemma("skirmishes", "NNS"), "skirmish");
    CHECK_STR(lemma("militias", "NNS"), "militia");
    CHECK_STR(lemma("hikes", "NNS"), "hike");
}

TEST(case_and_proper_nouns)
{
    if (!model) SKIP("models/tagger.bin absent");
    CHECK_STR(lemma("The", "DT"), "the");
    CHECK_STR(lemma("Bucharest", "NNP"), "Bucharest");
    CHECK_STR(lemma("NATO", "NNP"), "NATO");
    CHECK_STR(lemma("Hikes", "NNS"), "hike");
    CHECK_STR(lemma("I", "PRP"), "I");
}

TEST(rules_for_unseen_numbers_and_plural_proper_nouns)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* Thousands separators go; anything else with a comma stays. */
    CHECK_STR(lemma("61,234", "CD"), "61234");
    CHECK_STR(lemma("1,234,567.25", "CD"), "1234567.25");
    CHECK_STR(lemma("3,40", "CD"), "3,40");
    CHECK_STR(lemma("1234,567", "CD"), "1234,567");
    CHECK_STR(lemma("12,34,567", "CD"), "12,34,567");
    /* Plural proper nouns lose the plural, case kept. */
    CHECK_STR(lemma("Flurbists", "NNPS"), "Flurbist");
    CHECK_STR(lemma("Glorbonies", "NNPS"), "Glorbony");
    CHECK_STR(lemma("Zorbass", "NNPS"), "Zorbass");
    CHECK_STR(lemma("Zorbus", "NNPS"), "Zorbus");
}

TEST(mistyped_and_drawn_out_words)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* Letters drawn out. */
    CHECK_STR(lemma("sooooo", "RB"), "so");
    CHECK_STR(lemma("Sooooo", "RB"), "so");
    CHECK_STR(lemma("prettty", "RB"), "pretty");
    /* One slip: two letters swapped, one missing, one too many. */
    CHECK_STR(lemma("wierd", "JJ"), "weird");
    CHECK_STR(lemma("goverment", "NN"), "government");
    CHECK_STR(lemma("goverments", "NNS"), "government");
    CHECK_STR(lemma("accross", "IN"), "across");
    /* Not respelled: a word WordNet knows, one letter wrong, a short word,
    ** a capitalised word, a proper noun, a word the tag does not fit. */
    CHECK_STR(lemma("posses", "NNS"), "posse");
    CHECK_STR(lemma("texting", "VBG"), "text");
    CHECK_STR(lemma("wnat", "VB"), "wnat");
    CHECK_STR(lemma("Goverment", "NN"), "goverment");
    CHECK_STR(lemma("Wierd", "NNP"), "Wierd");
    CHECK(strcmp(lemma("goverment", "VBD"), "government") != 0);
}

TEST(edges)
{
    if (!model) SKIP("models/tagger.bin absent");
    char small[3];
    CHECK_INT(dyad_lemmatize(model, "went", 4, "NOT-A-TAG", small, sizeof small), DYAD_ENOTFOUND);
    CHECK_INT(dyad_lemmatize(model, "warned", 6, "VBD", small, sizeof small), DYAD_ETOOBIG);
    /* Not NUL-terminated input: only len bytes count. */
    CHECK_INT(dyad_lemmatize(model, "warnedXYZ", 6, "VBD", small, 0), DYAD_ETOOBIG);
    char buf[512];
    CHECK_INT(dyad_lemmatize(model, "warnedXYZ", 6, "VBD", buf, sizeof buf), 4);
    CHECK_STR(buf, "warn");
    /* A word longer than the model's keys is its own lemma. */
    char longword[200];
    memset(longword, 'a', sizeof longword - 1);
    longword[sizeof longword - 1] = '\0';
    CHECK_INT(dyad_lemmatize(model, longword, strlen(longword), "NN", buf, sizeof buf),
              (int)strlen(longword));
    CHECK_STR(buf, longword);
    /* Non-ASCII and invalid UTF-8 pass through without harm. */
    CHECK(dyad_lemmatize(model, "Zürich", strlen("Zürich"), "NNP", buf, sizeof buf) > 0);
    CHECK_STR(buf, "Zürich");
    CHECK(dyad_lemmatize(model, "\xff\xfe", 2, "NN", buf, sizeof buf) >= 0);
    CHECK(dyad_lemmatize(model, "", 0, "NN", buf, sizeof buf) >= 0);
}

TEST(lowering)
{
    char out[FEAT_WORD_MAX + 8];
    CHECK_INT(feat_lower("HiKe", 4, out), 4);
    CHECK_STR(out, "hike");
    CHECK_INT(feat_lower("ÉTÉ", strlen("ÉTÉ"), out), strlen("été"));
    CHECK_STR(out, "été");
    char longword[300];
    memset(longword, 'B', sizeof longword);
    CHECK_INT(feat_lower(longword, sizeof longword, out), FEAT_WORD_MAX);
}

int main(void)
{
    char err[256];
    if (dyad_tagger_open(&model, "models/tagger.bin", err, sizeof err) != DYAD_OK) {
        fprintf(stderr, "%s\n", err);
        model = NULL;
    }
    RUN(verbs);
    RUN(irregular_forms_from_wordnet);
    RUN(unseen_words_by_ending);
    RUN(case_and_proper_nouns);
    RUN(rules_for_unseen_numbers_and_plural_proper_nouns);
    RUN(mistyped_and_drawn_out_words);
    RUN(edges);
    RUN(lowering);
    dyad_tagger_close(model);
    return TEST_DONE();
}
