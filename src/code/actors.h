/*
** actors.h — who a role word names: from the lexicon's matches in the
** word's noun phrase.
**
** A subject or object in the parse is one word ("Ministry" in "Russia's
** Foreign Ministry"); the actor is read off the words that hang on it by
** compound, amod, flat, nmod:poss, appos and nmod: a person in a dated role
** ("President Maia Sandu") names country and sector, an organisation its
** code, a country or its adjective the country, and an agent noun
** ("police", "troops", "Foreign Ministry") the sector, so that
** "Romanian police" is ROU + COP.
*/
#ifndef DYAD_CODE_ACTORS_H
#define DYAD_CODE_ACTORS_H

#include "dyad.h"
#include "code/pattern.h"

typedef struct actor {
    int found;               /* a country or organisation was named */
    const char *code;        /* "ROUCOP", "IGONAT" (doc arena or lexicon) */
    const char *country;     /* ISO3, IGO, NGO, MNC or "" */
    const char *sector;      /* CAMEO agent code or "" */
    uint32_t first, last;    /* words (sentence-relative) of the phrase */
    int32_t span_start, span_end; /* when span_end > span_start: the
                             ** phrase's bytes in doc->text, for a phrase
                             ** outside the sentence (a story's dateline);
                             ** first and last then name a word of the
                             ** sentence that stands for it */
    float certainty;
    const char *how;         /* "person", "org", "country", "agent" ... */
} actor;

/*
** Resolves the actor of sentence word `word`.  word_match[w] is the index
** into matches of the lexicon match covering word w, or -1.  Strings it
** makes live in doc's arena.  Returns 1 when a country or organisation
** was found.
*/
int actor_resolve(dyad_doc *doc, const sentence_tree *tree, uint32_t sent_first,
                  const dyad_lex_matches *matches, const int32_t *word_match,
                  uint32_t word, actor *out);

/* Does the noun at word only say that someone speaks or acts for a
** body ("leader", "official", "spokesman", "delegation")? */
int actor_speaks_for_a_body(const sentence_tree *tree, uint32_t w);

/* "Lawmakers in Kenya and Uganda", "the ambassadors of Arnor, Osgiliath
** and Gondor": the places or owners conjoined with the first place
** phrase ("in", "throughout", "across") or owner ("of", "from", "by") on
** word, into out[max]; each is another actor of the word's sector.
** Returns how many. */
size_t actor_place_conjuncts(const sentence_tree *tree, uint32_t word, uint32_t *out, size_t max);

/*
** Within a story, later mentions point back: "Sandu" and "she" to
** "President Maia Sandu" (and "Benali" to "Malian President Karim Benali",
** whom the lexicon does not list), "the country" to the last country named, "the
** president" or "the ministry" to the last government actor.  The memory
** holds the actors named so far in the story, newest last.
*/
typedef struct story_memory {
    struct remembered {
        actor who;
        const char *surname;     /* a person's last name word, or NULL */
        int kind;                /* dyad_lex_kind */
    } *items;                    /* owned; grows as the story goes */
    int n, cap;
} story_memory;

void memory_free(story_memory *m);
/* Adds a resolved actor.  The memory keeps every actor of the story (so
** that what may point back to them can be told before parsing:
** prefilter.c); only when it cannot grow is the oldest forgotten. */
void memory_add(story_memory *m, const dyad_doc *doc, const dyad_lex_matches *matches,
                const int32_t *word_match, uint32_t sent_first, const actor *a);
/* Resolves a role word that names no one by itself (a pronoun, a bare
** surname, "the country", "the president") from memory; 1 if found. */
int memory_resolve(const story_memory *m, const sentence_tree *tree, uint32_t word, actor *out);
/* Could memory_resolve resolve word t at all (with the right memory)? */
int memory_may_resolve(const dyad_token *t);

/*
** What the memory could hold before a sentence, from the names found
** earlier in the story: every actor it remembers comes from one of them,
** so a word that no such actor fits cannot be resolved from memory,
** whatever the parses.  (An upper bound: the memory keeps only the actors
** the parse puts in a role.)
*/
typedef struct memory_bound {
    int any;                 /* some name at all */
    int person;              /* a person's name */
    int country;             /* a country's name */
    const char *surnames[16];    /* persons' last words */
    int n_surnames;
    int surnames_overflow;   /* more than the array holds: any may be */
} memory_bound;

/* Adds the lexicon match lm of doc to what the memory could hold. */
void memory_bound_add(memory_bound *b, const dyad_doc *doc, const dyad_lex_match *lm);
/* Could memory_resolve resolve word t with a memory drawn from b? */
int memory_may_resolve_from(const memory_bound *b, const dyad_token *t);

/* What words ask of the memory, gathered over sentences: whether any asks
** for a person, a government's head or a country, and the surnames asked
** (a Bloom filter: a surname asked is always found). */
typedef struct memory_asks {
    int person, government, country;
    uint64_t surnames[32];
} memory_asks;

void memory_asks_add(memory_asks *a, const dyad_token *t);
/* Could an actor drawn from b answer one of the words of a? */
int memory_asks_fit(const memory_asks *a, const memory_bound *b);

#endif
