/*
** wnclass.h — WordNet's word classes as a tag dictionary for the tagger.
**
** For a word the tagger's vocabulary does not know, which parts of speech
** WordNet allows it tells much that its spelling does not: "scarce" can be
** an adjective only, "chemistry" a noun only, "delaware" a proper noun
** (WordNet writes it "Delaware").  A class is a bit set: the parts of
** speech of the lowered word itself (WNC_NOUN... WNC_ADV), and those it
** has as a regular inflection of a WordNet lemma (WNC_PLURAL: a noun plus
** -s; WNC_PAST: a verb plus -ed...), found by stripping endings as
** WordNet's morphy does.  The tagger uses it in place of the ambiguity
** class of words without one (features.h: feat_word.amb).
**
** The table is a model section ("wnclass"): uint32 slots over a power of
** two, each the fingerprint of a lowered lemma (feat_hash) in the bits
** above WNC_DIRECT_BITS and its direct classes below; 0 is an empty slot.
** Training builds it with wnc_build(), tagging reads it in place.
*/
#ifndef DYAD_NLP_WNCLASS_H
#define DYAD_NLP_WNCLASS_H

#include <stddef.h>
#include <stdint.h>

enum {
    WNC_NOUN = 1 << 0,       /* a common noun */
    WNC_PROPER = 1 << 1,     /* a proper noun (capitalized in WordNet) */
    WNC_VERB = 1 << 2,
    WNC_ADJ = 1 << 3,
    WNC_ADV = 1 << 4,
    WNC_DIRECT_BITS = 5,
    WNC_PLURAL = 1 << 5,     /* noun + -s, -es, -ies */
    WNC_VERB_S = 1 << 6,     /* verb + -s, -es, -ies */
    WNC_PAST = 1 << 7,       /* verb + -ed, -d, -ied, doubled consonant */
    WNC_ING = 1 << 8,        /* verb + -ing */
    WNC_MORE = 1 << 9,       /* adjective + -er, -est */
    WNC_LY = 1 << 10         /* adjective + -ly */
};

typedef struct wnc_table {
    const uint32_t *slots;
    uint32_t mask;           /* slots - 1; no table when slots is NULL */
} wnc_table;

/* The value a word without an ambiguity class gets in its place
** (feat_word.amb): its WordNet class, marked apart from the ambiguity
** classes' numbers; 0 when it has none. */
static inline uint32_t wnc_amb(uint32_t classes) { return classes ? 0x80000000u | classes : 0; }

/* The direct classes of one lowered lemma (0 when absent). */
uint32_t wnc_direct(const wnc_table *t, const char *lower, size_t n);

/* The class of a lowered word: its direct classes and those of the
** lemmas its regular endings lead to; 0 when WordNet knows none. */
uint32_t wnc_classes(const wnc_table *t, const char *lower, size_t n);

/*
** Reads WordNet's data.noun (nouns, proper ones by their capitals) and
** index.verb, index.adj, index.adv from dir into a table of malloc'd
** slots (*slots, *n_slots a power of two).  Returns 0, 1 when the files
** are not there (no table), or -1 out of memory.
*/
int wnc_build(const char *dir, uint32_t **slots, uint32_t *n_slots, size_t *n_lemmas);

#endif
