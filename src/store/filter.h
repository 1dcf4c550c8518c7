/*
** filter.h — the event filters every reading command shares:
** --from --to --actor --dyad --root, turned into SQL with bound values.
*/
#ifndef DYAD_STORE_FILTER_H
#define DYAD_STORE_FILTER_H

#include <sqlite3.h>
#include <stdint.h>

typedef struct store_filter {
    const char *from, *to;   /* YYYY-MM-DD, inclusive; NULL: open */
    const char *actor;       /* either side: a country (3 letters) or an
                             ** actor-code prefix ("USAGOV", "IGONAT") */
    const char *dyad;        /* "SRC-TGT", directed, each side as --actor */
    const char *root;        /* CAMEO root code "01".."20" */
    int with_duplicates;     /* count events of duplicate stories too */

    /* filled in by store_filter_check: */
    int64_t from_day, to_day;          /* INT64_MIN / INT64_MAX when open */
    char src[32], tgt[32];             /* dyad sides */
    char root2[3];                     /* root code as two digits */
} store_filter;

/*
** Checks the filter's values and fills the derived fields.  Returns 0, or
** -1 with a message in err that says what a good value looks like.
*/
int store_filter_check(store_filter *f, char *err, size_t err_size);

/*
** Appends the conditions on events aliased `e` to sql (NUL-terminated, of
** size bytes) as " AND ..." terms using named parameters (:from_day ...).
** Returns 0, or -1 when sql is too small.
*/
int store_filter_sql(const store_filter *f, char *sql, size_t size);

/* Binds the parameters store_filter_sql used; returns a SQLite code. */
int store_filter_bind(const store_filter *f, sqlite3_stmt *st);

#endif
