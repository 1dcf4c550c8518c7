/*
** import_tabari.c — TABARI dictionaries (.actors, .agents, .verbs):
** ";" comments, "#" commented-out lines, <NOUN> / <SYNSETS> / <TIME>
** sections.
*/
#include "lex/import_int.h"

int import_tabari(const char *path, import_kind kind, FILE *out,
                  lex_diags *diags, import_counts *counts)
{
    static const import_dialect tabari = { "tabari", ';' };
    return import_file(&tabari, path, kind, out, diags, counts);
}
