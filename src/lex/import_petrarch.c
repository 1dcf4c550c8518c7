/*
** import_petrarch.c — PETRARCH-2 dictionaries (Phoenix.*.actors.txt,
** *.agents.txt, *.verbs.txt, *.discards.txt): "#" comments.
*/
#include "lex/import_int.h"

int import_petrarch(const char *path, import_kind kind, FILE *out,
                    lex_diags *diags, import_counts *counts)
{
    static const import_dialect petrarch = { "petrarch", '#' };
    return import_file(&petrarch, path, kind, out, diags, counts);
}
