/*
** pattern_anchor.h — could a pattern match in a sentence, whatever the
** sentence's tree?
**
** Most verbs that head patterns head them only with words around them:
** "have" codes with "talks" or "a call" ("had talks with Iraq"), "call"
** with "for" or "on", "take" with "control" or "hostage".  Such a pattern
** cannot match in a sentence that lacks those words, however it is
** parsed, and a sentence in which no pattern can match need not be parsed
** at all (prefilter.h).  A pattern's anchors are the words its
** constraints need somewhere in the sentence: one of a constraint's lemmas
** ("obj=talk|talks|meeting"), a clause's head and its own anchors
** ("agree xcomp>hold[obj=talk]"), the preposition of "obl:with".  Each is
** an upper bound of pattern.c's matching (a lemma list is also met by a
** conjunct, a modifier or a measured noun: those are words of the
** sentence too; a plural fits its singular; "upon" is "on"), so a
** pattern this says cannot match does not match.
*/
#ifndef DYAD_CODE_PATTERN_ANCHOR_H
#define DYAD_CODE_PATTERN_ANCHOR_H

#include <stdint.h>
#include "dyad.h"
#include "code/pattern.h"

/* The words of a sentence, as a Bloom filter of their lemmas: a word that
** is there is always found; one that is not, rarely (which only makes a
** sentence be parsed for nothing). */
typedef struct lemma_bag {
    uint64_t bits[32];
} lemma_bag;

void lemma_bag_clear(lemma_bag *bag);
/* Adds word t: its lemma as pattern matching reads it (tree_lemma), and
** the forms matching also accepts for it (its singular, "on" for "upon"). */
void lemma_bag_add_word(lemma_bag *bag, const dyad_token *t);

/* The anchors of a pattern set, built once after pattern_set_index. */
typedef struct pattern_anchors {
    uint64_t *pool_hash;     /* [set->n_pool] each lemma string's hash */
    uint64_t *word_hash;     /* [set->n_cons] the preposition a constraint
                             ** needs, or 0 */
    uint8_t *anchored;       /* [set->n] 1 if the pattern needs a word */
} pattern_anchors;

int pattern_anchors_build(pattern_anchors *a, const pattern_set *set);
void pattern_anchors_free(pattern_anchors *a);

/* 0 when pattern p cannot match in a sentence whose words are in bag. */
int pattern_may_match(const pattern_set *set, const pattern_anchors *a, const pattern *p,
                      const lemma_bag *bag);
/* 0 when none of the top-level patterns headed by `lemma` can, at the
** word `head` (its tag: pattern_head_fits; NULL: any word). */
int pattern_head_may_match(const pattern_set *set, const pattern_anchors *a, const char *lemma,
                           const dyad_token *head,
                           const lemma_bag *bag);

#endif
