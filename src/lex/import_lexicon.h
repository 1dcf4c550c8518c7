/*
** import_lexicon.h — turning imported dictionaries (the TSVs `dyad dict
** import` writes, docs/lexicon.md "Imported files") into a lexicon folder
** that `dyad dict compile` and the event coder read: countries.tsv,
** orgs.tsv, people/imported.tsv, agents.tsv and verbs/imported.tsv.
**
** What carries over and what does not is in docs/petrarch.md.  Each
** function reads one import TSV and appends to the streams the caller
** owns; lines it cannot use are reported in diags as
** "FILE:LINE: reason" (warnings: the entry is left out, the rest goes on).
*/
#ifndef DYAD_LEX_IMPORT_LEXICON_H
#define DYAD_LEX_IMPORT_LEXICON_H

#include <stdio.h>
#include "lex/source_read.h"

typedef struct import_lexicon_counts {
    size_t countries, orgs, people, agents;   /* lexicon lines written */
    size_t verbs, patterns;                   /* verb-pattern lines written */
    size_t patterns_left_out;                 /* imported patterns dyad cannot say */
    size_t verbs_left_out;                    /* verbs that cannot be a head */
} import_lexicon_counts;

/* The made-up country codes the actors use, for the compiler's
** extra_countries (lex_compile_options); owned, freed by
** import_codes_free. */
typedef struct import_codes {
    char (*codes)[4];
    const char **list;       /* codes[i] as pointers, for the compiler */
    size_t n, cap;
} import_codes;

void import_codes_free(import_codes *c);

/*
** Actors (names code country sector start end source): an actor with a
** three-letter code and no dates is a country name; one with a longer
** code an organisation (country and sector from the code); one with
** dated codes a person with dated roles.  Names are put in the case news
** text uses ("VALDORIA" → "Valdoria"; "of", "the" lowercase; acronyms of up to
** three letters kept).  The country codes seen are added to codes.
*/
int import_lexicon_actors(const char *import_tsv, FILE *countries, FILE *orgs, FILE *people,
                          import_codes *codes, lex_diags *diags, import_lexicon_counts *counts);

/* Agents (names sector code source) become agents.tsv group nouns, in
** lowercase, their sector the whole agent code ("~GOVFRM" → GOVFRM). */
int import_lexicon_agents(const char *import_tsv, FILE *agents, lex_diags *diags,
                          import_lexicon_counts *counts);

/*
** Verbs (verb pattern cameo source) become dyad patterns (lexicon/README.md
** "verbs/ *.tsv"): each verb with a code is a pattern of its own; each
** PETRARCH pattern is said as the dependents it asks for after the verb
** (import_patterns.c); a pattern that dyad's grammar cannot say (words
** that must stand before the verb other than auxiliaries, negation or
** adverbs; a code that is not numeric) is left out and counted.
*/
int import_lexicon_verbs(const char *import_tsv, FILE *verbs, lex_diags *diags,
                         import_lexicon_counts *counts);

#endif
