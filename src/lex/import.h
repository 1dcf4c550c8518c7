/*
** import.h — converting the dictionaries users already have (PETRARCH-2,
** TABARI) into dyad's TSV formats (docs/lexicon.md, "Imported files").
**
** Each importer reads one file and writes TSV lines to a stream the
** caller owns; every entry it cannot use is reported as "FILE:LINE:
** reason" in diags, and every line it writes ends with the FILE:LINE it
** came from.
*/
#ifndef DYAD_LEX_IMPORT_H
#define DYAD_LEX_IMPORT_H

#include <stdio.h>
#include "lex/source_read.h"

typedef enum import_kind {
    IMPORT_GUESS = 0, IMPORT_ACTORS, IMPORT_AGENTS, IMPORT_VERBS, IMPORT_DISCARDS
} import_kind;

typedef struct import_counts {
    size_t entries;     /* actors, agents, verb groups, discards read */
    size_t names;       /* names (root phrases and synonyms) */
    size_t codes;       /* code lines: an actor's [CODE dates], a pattern */
    size_t lines;       /* TSV lines written */
    size_t rejected;    /* entries reported as unusable */
} import_counts;

/* The kind a file holds, from its name ("...actors...", ".verbs"), or
** IMPORT_GUESS when the name does not say. */
import_kind import_kind_of(const char *path);
const char *import_kind_name(import_kind kind);

/* Writes the header comment and column line for a kind's TSV. */
void import_write_header(FILE *out, import_kind kind, const char *format);

/*
** Reads one dictionary file (PETRARCH-2 or TABARI) of the given kind and
** appends its TSV lines to out.  Returns DYAD_OK (with any rejected entries
** in diags), DYAD_EIO when the file cannot be read, or DYAD_ENOMEM.
*/
int import_petrarch(const char *path, import_kind kind, FILE *out,
                    lex_diags *diags, import_counts *counts);
int import_tabari(const char *path, import_kind kind, FILE *out,
                  lex_diags *diags, import_counts *counts);

#endif
