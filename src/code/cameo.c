/*
** cameo.c — loading and searching the CAMEO code table (cameo.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "code/cameo.h"

static int by_code(const void *a, const void *b)
{
    return strcmp(((const cameo_code *)a)->code, ((const cameo_code *)b)->code);
}

void cameo_free(cameo_table *table)
{
    for (size_t i = 0; i < table->n; i++) {
        free(table->codes[i].label);
        free(table->codes[i].plover);
    }
    free(table->codes);
    table->codes = NULL;
    table->n = 0;
}

int cameo_load(cameo_table *table, const char *path, char *err, size_t err_len)
{
    memset(table, 0, sizeof *table);
    FILE *in = fopen(path, "r");
    if (!in) {
        if (err) snprintf(err, err_len, "%s: cannot open the CAMEO table", path);
        return DYAD_EIO;
    }
    char *line = NULL;
    size_t cap = 0, room = 0;
    unsigned number = 0;
    int rc = DYAD_OK;
    while (rc == DYAD_OK && getline(&line, &cap, in) >= 0) {
        number++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#') continue;
        char *col[6] = { 0 };
        int n = 0;
        for (char *p = line; n < 6; n++) {
            col[n] = p;
            char *tab = strchr(p, '\t');
            if (!tab) { n++; break; }
            *tab = '\0';
            p = tab + 1;
        }
        char *end = NULL;
        double weight = n >= 3 ? strtod(col[2], &end) : 0;
        int quad = n >= 4 ? atoi(col[3]) : 0;
        size_t len = strlen(col[0]);
        if (n < 4 || len < 2 || len > 4 || strspn(col[0], "0123456789") != len || !end || *end ||
            quad < 1 || quad > 4) {
            if (err) snprintf(err, err_len, "%s:%u: expected code, label, goldstein, quad[, plover, mode]", path, number);
            rc = DYAD_EFORMAT;
            break;
        }
        if (table->n == room) {
            room = room ? room * 2 : 512;
            cameo_code *codes = realloc(table->codes, room * sizeof *codes);
            if (!codes) { rc = DYAD_ENOMEM; break; }
            table->codes = codes;
        }
        cameo_code *c = &table->codes[table->n];
        memset(c, 0, sizeof *c);
        memcpy(c->code, col[0], len + 1);
        c->label = strdup(col[1]);
        c->plover = strdup(n >= 5 ? col[4] : "");
        c->goldstein = weight;
        c->quad = quad;
        table->n++;
        if (!c->label || !c->plover) rc = DYAD_ENOMEM;
    }
    free(line);
    fclose(in);
    if (rc) { cameo_free(table); return rc; }
    qsort(table->codes, table->n, sizeof *table->codes, by_code);
    return DYAD_OK;
}

const cameo_code *cameo_find(const cameo_table *table, const char *code)
{
    cameo_code key;
    snprintf(key.code, sizeof key.code, "%s", code);
    return bsearch(&key, table->codes, table->n, sizeof *table->codes, by_code);
}
