/*
** codes.h — the store's dictionary of codes (countries, actor codes, CAMEO
** codes): each distinct code is a row of the codes table with a small
** integer id, and the events_by_dyad rows hold those ids.
**
** Why: a key of six small integers is a third of the size of the same key
** in text, compares without a collation, and so makes the per-event index
** insert and the series scan cheaper (docs/store.md "Performance").  The
** writer keeps the whole dictionary in memory (there are thousands of
** codes, not millions), so coding an event costs a hash look-up.
*/
#ifndef DYAD_STORE_CODES_H
#define DYAD_STORE_CODES_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

typedef struct code_slot {
    uint64_t hash;           /* 0: empty slot */
    int64_t id;
    char *code;              /* owned */
} code_slot;

typedef struct code_dict {
    code_slot *slots;        /* open addressing, a power of two */
    size_t cap, n;
    int64_t max_id;
    sqlite3_stmt *add;       /* INSERT INTO codes */
} code_dict;

/* Loads the codes table of db into an empty (zeroed) dictionary and
** prepares the insert.  Returns a SQLite result code. */
int code_dict_load(code_dict *d, sqlite3 *db);

/* Forgets every entry and loads the table again (after a rollback, which
** drops the codes the batch added).  Returns a SQLite result code. */
int code_dict_reload(code_dict *d, sqlite3 *db);

/* Sets *id to the code's id, adding the code to the table (inside the
** caller's transaction) when it is new.  NULL reads as "".  Returns a
** SQLite result code. */
int code_dict_id(code_dict *d, const char *code, int64_t *id);

/* Sets *id to the code's id, or 0 when the code is not in the dictionary. */
int64_t code_dict_find(const code_dict *d, const char *code);

void code_dict_free(code_dict *d);

/*
** The codes by id, for readers: (*names)[id] is the code (NULL for ids not
** in use), *n the array's length.  The caller frees it with
** code_names_free.  Returns a SQLite result code.
*/
int code_names_load(sqlite3 *db, char ***names, size_t *n);
void code_names_free(char **names, size_t n);

#endif
