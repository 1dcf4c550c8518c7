/*
** import_int.h — the dictionary reader PETRARCH-2 and TABARI share.
**
** The two formats are one family (PETRARCH-2 grew out of TABARI): names
** with "_" for spaces, codes in "[...]" with date restrictions, "+"
** synonyms, "- pattern [code]" verb patterns, "&" synsets.  They differ in
** comments (PETRARCH "#" anywhere and "<!-- -->" lines; TABARI ";" at
** the end of a line and "#" for a commented-out line), in TABARI's <TAG>
** sections, and in PETRARCH's "--- VERB [code] ---" group headers.
*/
#ifndef DYAD_LEX_IMPORT_INT_H
#define DYAD_LEX_IMPORT_INT_H

#include "lex/import.h"

typedef struct import_dialect {
    const char *name;        /* "petrarch" or "tabari" */
    char comment;            /* the end-of-line comment character */
} import_dialect;

int import_file(const import_dialect *dialect, const char *path, import_kind kind,
                FILE *out, lex_diags *diags, import_counts *counts);

#endif
