/*
** codes.c — the dictionary of codes (codes.h).
*/
#include <stdlib.h>
#include <string.h>
#include "store/codes.h"

static uint64_t hash_code(const char *s)
{
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    return h ? h : 1;
}

static code_slot *slot_for(const code_dict *d, const char *code, uint64_t h)
{
    if (!d->cap) return NULL;
    size_t j = h & (d->cap - 1);
    while (d->slots[j].hash) {
        if (d->slots[j].hash == h && !strcmp(d->slots[j].code, code)) return &d->slots[j];
        j = (j + 1) & (d->cap - 1);
    }
    return &d->slots[j];
}

static int grow(code_dict *d)
{
    size_t cap = d->cap ? d->cap * 2 : 1024;
    code_slot *t = calloc(cap, sizeof *t);
    if (!t) return SQLITE_NOMEM;
    for (size_t i = 0; i < d->cap; i++) {
        if (!d->slots[i].hash) continue;
        size_t j = d->slots[i].hash & (cap - 1);
        while (t[j].hash) j = (j + 1) & (cap - 1);
        t[j] = d->slots[i];
    }
    free(d->slots);
    d->slots = t;
    d->cap = cap;
    return SQLITE_OK;
}

/* Files code under id in memory only. */
static int remember(code_dict *d, const char *code, int64_t id)
{
    if ((d->n + 1) * 2 > d->cap && grow(d) != SQLITE_OK) return SQLITE_NOMEM;
    uint64_t h = hash_code(code);
    code_slot *sl = slot_for(d, code, h);
    if (sl->hash) { sl->id = id; return SQLITE_OK; }
    sl->code = strdup(code);
    if (!sl->code) return SQLITE_NOMEM;
    sl->hash = h;
    sl->id = id;
    d->n++;
    if (id > d->max_id) d->max_id = id;
    return SQLITE_OK;
}

static int load_rows(code_dict *d, sqlite3 *db)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, "SELECT id, code FROM codes", -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *code = (const char *)sqlite3_column_text(st, 1);
        rc = remember(d, code ? code : "", sqlite3_column_int64(st, 0));
        if (rc != SQLITE_OK) break;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int code_dict_load(code_dict *d, sqlite3 *db)
{
    int rc = sqlite3_prepare_v2(db, "INSERT INTO codes(id, code) VALUES (?1, ?2)", -1, &d->add, NULL);
    return rc == SQLITE_OK ? load_rows(d, db) : rc;
}

static void forget(code_dict *d)
{
    for (size_t i = 0; i < d->cap; i++) free(d->slots[i].code);
    free(d->slots);
    d->slots = NULL;
    d->cap = d->n = 0;
    d->max_id = 0;
}

int code_dict_reload(code_dict *d, sqlite3 *db)
{
    forget(d);
    return load_rows(d, db);
}

int64_t code_dict_find(const code_dict *d, const char *code)
{
    if (!code) code = "";
    code_slot *sl = slot_for(d, code, hash_code(code));
    return sl && sl->hash ? sl->id : 0;
}

int code_dict_id(code_dict *d, const char *code, int64_t *id)
{
    if (!code) code = "";
    *id = code_dict_find(d, code);
    if (*id) return SQLITE_OK;
    int64_t next = d->max_id + 1;
    sqlite3_bind_int64(d->add, 1, next);
    sqlite3_bind_text(d->add, 2, code, -1, SQLITE_STATIC);
    int rc = sqlite3_step(d->add);
    sqlite3_reset(d->add);
    if (rc != SQLITE_DONE) return rc;
    rc = remember(d, code, next);
    if (rc == SQLITE_OK) *id = next;
    return rc;
}

void code_dict_free(code_dict *d)
{
    forget(d);
    sqlite3_finalize(d->add);
    d->add = NULL;
}

int code_names_load(sqlite3 *db, char ***names, size_t *n)
{
    *names = NULL;
    *n = 0;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, "SELECT id, code FROM codes ORDER BY id", -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    char **v = NULL;
    size_t cap = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        const char *code = (const char *)sqlite3_column_text(st, 1);
        if (id < 0 || id > 100000000) continue;
        if ((size_t)id >= cap) {
            size_t ncap = cap ? cap : 256;
            while (ncap <= (size_t)id) ncap *= 2;
            char **t = realloc(v, ncap * sizeof *t);
            if (!t) { rc = SQLITE_NOMEM; break; }
            memset(t + cap, 0, (ncap - cap) * sizeof *t);
            v = t;
            cap = ncap;
        }
        free(v[id]);
        v[id] = strdup(code ? code : "");
        if (!v[id]) { rc = SQLITE_NOMEM; break; }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) { code_names_free(v, cap); return rc; }
    *names = v;
    *n = cap;
    return SQLITE_OK;
}

void code_names_free(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}
