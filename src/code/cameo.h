/*
** cameo.h — the CAMEO code table (lexicon/cameo.tsv): each code's label,
** Goldstein weight, quad class and PLOVER type.
*/
#ifndef DYAD_CODE_CAMEO_H
#define DYAD_CODE_CAMEO_H

#include <stddef.h>

typedef struct cameo_code {
    char code[8];            /* "0871" */
    char *label;             /* "Impose embargo, boycott, or sanctions" */
    double goldstein;        /* -10..10 */
    int quad;                /* 1..4 */
    char *plover;            /* "SANCTION", or "" */
} cameo_code;

typedef struct cameo_table {
    cameo_code *codes;       /* sorted by code */
    size_t n;
} cameo_table;

/* Loads the table; DYAD_OK, DYAD_EIO, DYAD_ENOMEM, or DYAD_EFORMAT with
** "FILE:LINE: reason" in err. */
int cameo_load(cameo_table *table, const char *path, char *err, size_t err_len);
void cameo_free(cameo_table *table);
/* The entry for a code, or NULL. */
const cameo_code *cameo_find(const cameo_table *table, const char *code);

#endif
