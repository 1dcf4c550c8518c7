/*
** abbrev.h — word lists the tokenizer and sentence splitter consult.
**
** Lists are of English, written for news text; they are small enough to be
** sorted arrays searched by bisection.  All lookups take (pointer, length).
*/
#ifndef DYAD_TEXT_ABBREV_H
#define DYAD_TEXT_ABBREV_H

#include <stddef.h>

typedef enum abbrev_kind {
    ABBREV_NONE = 0,
    ABBREV_TITLE,      /* stands before a name or number: never ends a
                       ** sentence (Mr., Gen., Lt., St., Sen.) */
    ABBREV_NUMERIC,    /* a title only before a number (No. 2, Feb. 24,
                       ** Vol. 3); otherwise an ordinary word and stop */
    ABBREV_OTHER       /* keeps its period but may end a sentence
                       ** (Inc., Corp., etc., a.m., Calif.) */
} abbrev_kind;

/* The kind of the word before a period (without the period). */
abbrev_kind abbrev_lookup(const char *word, size_t len);

/* A capitalised word that typically opens a sentence and seldom appears
** capitalised inside one (The, He, In, But, Forty, ...). */
int sentence_starter(const char *word, size_t len);

/* A prefix kept joined to its hyphen in UD English (e-mail, co-workers,
** non-human, pre-war, anti-ship). */
int hyphen_prefix(const char *word, size_t len);

/* True when every list is in strcmp order (bisection needs it); for tests. */
int abbrev_lists_sorted(void);

#endif
