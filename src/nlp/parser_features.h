/*
** parser_features.h — the parser's feature templates (after Zhang & Nivre
** 2011: stack and buffer words, tags and lemmas, head and dependents,
** valencies, label sets, distance, pairs and triples).
**
** Each word's strings are hashed once per sentence; a feature is then a
** 64-bit key mixed from a template number and a few of those integers, so
** extracting the features of a state touches no string.  The same code
** serves training and parsing, so the two can never disagree.
*/
#ifndef DYAD_NLP_PARSER_FEATURES_H
#define DYAD_NLP_PARSER_FEATURES_H

#include <stdint.h>
#include "dyad.h"
#include "nlp/transition.h"

/* Bump when templates change: models record it and refuse a mismatch.
** PF_TEMPLATES_MORPH is the same set plus eight templates over the words'
** morphological features (FEATS); a model names the set it was trained
** with and is parsed with that set. */
#define PF_TEMPLATES_VERSION 1
#define PF_TEMPLATES_MORPH 2
/* The most keys pf_extract writes. */
#define PF_MAX 96

/* Per-word hashed attributes of one sentence; entry 0 is the root. */
typedef struct pf_words {
    uint64_t *word;          /* lower-cased form */
    uint64_t *xpos;          /* Penn tag */
    uint64_t *upos;          /* universal tag */
    uint64_t *lemma;         /* lemma */
    uint64_t *feats;         /* morphological features */
    int templates;           /* PF_TEMPLATES_VERSION or PF_TEMPLATES_MORPH */
    size_t capacity;
} pf_words;

/* Makes room for n words; DYAD_OK or DYAD_ENOMEM. */
int pf_words_reserve(pf_words *w, size_t n);
void pf_words_free(pf_words *w);
/* Hashes the n words of a sentence (tokens borrowed, read only), for the
** template set `templates`. */
void pf_words_fill(pf_words *w, const dyad_token *tokens, size_t n, int templates);
/* Reverses words 1..n, so that a right-to-left parser reads the sentence
** from its last word with the same transitions and templates as a
** left-to-right one (the root stays at 0). */
void pf_words_reverse(pf_words *w, size_t n);

/* Writes the state's feature keys into keys[PF_MAX]; returns how many. */
int pf_extract(const pf_words *w, const tr_state *st, uint64_t *keys);

/* A 64-bit hash of bytes (FNV-1a with a final mix). */
uint64_t pf_hash_bytes(const void *data, size_t len, uint64_t seed);

#endif
