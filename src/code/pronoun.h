/*
** pronoun.h — whom a pronoun in a sentence points back to.
**
** "Syria says it is willing to withdraw", "Obama said he would not
** provide support", "Obama and Putin said they will attack Iraq": in news
** a pronoun most often stands for the subject of a clause above it, the
** one who speaks or acts.  These are the candidates, nearest first; the
** coder takes the first that names an actor of the pronoun's kind.
*/
#ifndef DYAD_CODE_PRONOUN_H
#define DYAD_CODE_PRONOUN_H

#include <stddef.h>
#include <stdint.h>
#include "code/pattern.h"

enum {
    PRONOUN_NONE = 0,
    PRONOUN_PERSON,      /* he, she, him, her, his */
    PRONOUN_THING,       /* it, its: a country or organisation */
    PRONOUN_GROUP        /* they, them, their: anyone, and conjoined actors */
};

/* The kind of pronoun word w is, or PRONOUN_NONE. */
int pronoun_kind(const sentence_tree *t, uint32_t w);
/* The same for a word outside a tree (prefilter.c). */
int pronoun_kind_of(const dyad_token *tok);

/* The subjects of the clauses above w that come before it, nearest
** clause first, then for an object pronoun ("him", "her", "them") the
** objects and obliques of those clauses, into out[max]; returns how
** many. */
size_t pronoun_candidates(const sentence_tree *t, uint32_t w, uint32_t *out, size_t max);

#endif
