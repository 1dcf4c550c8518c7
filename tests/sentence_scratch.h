/*
** sentence_scratch.h — for the tests of the coder's steps: one
** hand-parsed sentence (code_helpers.h's rows) with the working memory
** the coder gives it: its lexicon matches, tree, and each word's match.
*/
#ifndef DYAD_SENTENCE_SCRATCH_H
#define DYAD_SENTENCE_SCRATCH_H

#include <stdlib.h>
#include <string.h>
#include "code_helpers.h"
#include "code/coder.h"

static inline void sentence_scratch_open(scratch *sc, dyad_doc *doc, const dyad_lexicon *lexicon,
                                         const char *rows)
{
    memset(sc, 0, sizeof *sc);
    rows_to_doc(rows, doc);
    dyad_lex_matches_init(&sc->matches);
    dyad_lex_match_doc(lexicon, doc, &sc->matches);
    sentence_tree_build(&sc->tree, doc, 0);
    uint32_t n = doc->sents[0].count;
    sc->word_match = malloc(n * sizeof *sc->word_match);
    sc->cap_words = n;
    for (uint32_t w = 0; w < n; w++) sc->word_match[w] = -1;
    for (size_t m = 0; m < sc->matches.n; m++)
        for (uint32_t w = sc->matches.items[m].first; w < sc->matches.items[m].last && w < n; w++)
            sc->word_match[w] = (int32_t)m;
}

static inline void sentence_scratch_close(scratch *sc, dyad_doc *doc)
{
    dyad_lex_matches_free(&sc->matches);
    sentence_tree_free(&sc->tree);
    free(sc->word_match);
    free(sc->notes);
    memory_free(&sc->memory);
    dyad_doc_free(doc);
}

#endif
