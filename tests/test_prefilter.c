/*
** test_prefilter.c — which sentences are parsed: those with a lexicon
** name and a pattern's head, or a name and a later word that may point
** back to it, and those with a pattern's head and a word that points back
** to a name earlier in the story; never the others.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testing.h"
#include "dyad.h"
#include "code/prefilter.h"
#include "text/doc.h"

/* A story of one sentence per string, split on spaces, lemma = form. */
static void story(dyad_doc *doc, const char *const *sentences, size_t n)
{
    dyad_doc_init(doc);
    static char text[1024];
    size_t len = 0;
    for (size_t s = 0; s < n; s++) len += (size_t)snprintf(text + len, sizeof text - len, "%s ", sentences[s]);
    dyad_doc_set_text(doc, text, len);
    for (size_t s = 0; s < n; s++) {
        uint32_t first = (uint32_t)doc->n_tokens;
        char words[256];
        snprintf(words, sizeof words, "%s", sentences[s]);
        for (char *w = strtok(words, " "); w; w = strtok(NULL, " ")) {
            const char *form = dyad_doc_strdup(doc, w, strlen(w));
            dyad_token *t = doc_add_token(doc);
            t->form = form;
            t->lemma = t->form;
            t->upos = w[0] >= 'A' && w[0] <= 'Z' ? "PROPN" : "NOUN";
        }
        doc_add_sentence(doc, first, 0, 0, 0);
    }
}

TEST(only_sentences_that_can_code_are_parsed)
{
    pattern_set set;
    pattern_set_init(&set);
    CHECK_INT(pattern_set_add(&set, "190", "attack obj@T", "v", 1, NULL, 0), DYAD_OK);
    CHECK_INT(pattern_set_index(&set), DYAD_OK);
    static const char *const s[] = {
        "the weather was fine",          /* 0: no name, no pattern head */
        "he attack the town",            /* 1: head and pronoun, but no name yet */
        "Chile sent envoys",             /* 2: a name (the match below) */
        "the rain fell on the town",     /* 3: nothing */
        "he attack the town",            /* 4: head + pronoun after a name */
        "the attack was long",           /* 5: a head, nothing to point back */
    };
    dyad_doc doc;
    story(&doc, s, 6);
    dyad_lex_matches m;
    dyad_lex_matches_init(&m);
    m.items = calloc(1, sizeof *m.items);
    m.n = m.cap = 1;
    m.items[0].first = doc.sents[2].first;
    m.items[0].last = m.items[0].first + 1;
    unsigned char which[6];
    prefilter_sentences(&set, &doc, &m, which);
    static const unsigned char want[6] = { 0, 0, 1, 0, 1, 0 };
    for (int i = 0; i < 6; i++) CHECK_INT(which[i], want[i]);
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
    pattern_set_free(&set);
}

/* A named sentence with no pattern head is parsed only for the memory: if
** a later sentence of the story has a word that may point back. */
TEST(named_sentences_without_a_head_only_for_later_mentions)
{
    pattern_set set;
    pattern_set_init(&set);
    CHECK_INT(pattern_set_add(&set, "190", "attack obj@T", "v", 1, NULL, 0), DYAD_OK);
    CHECK_INT(pattern_set_index(&set), DYAD_OK);
    static const char *const s[] = {
        "Chile sent envoys",             /* 0: named, no head, "he" later */
        "he attack the town",            /* 1: head + pronoun after a name */
        "Bolivia attack the town",       /* 2: named with a head */
        "Peru sent envoys",              /* 3: named, no head, nothing after asks */
        "the rain fell on the town",     /* 4: nothing */
    };
    dyad_doc doc;
    story(&doc, s, 5);
    dyad_lex_matches m;
    dyad_lex_matches_init(&m);
    m.items = calloc(3, sizeof *m.items);
    m.n = m.cap = 3;
    static const size_t named[3] = { 0, 2, 3 };
    for (int i = 0; i < 3; i++) {
        m.items[i].first = doc.sents[named[i]].first;
        m.items[i].last = m.items[i].first + 1;
    }
    unsigned char which[5];
    prefilter_sentences(&set, &doc, &m, which);
    static const unsigned char want[5] = { 1, 1, 1, 0, 0 };
    for (int i = 0; i < 5; i++) CHECK_INT(which[i], want[i]);
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
    pattern_set_free(&set);
}

int main(void)
{
    RUN(only_sentences_that_can_code_are_parsed);
    RUN(named_sentences_without_a_head_only_for_later_mentions);
    return TEST_DONE();
}
