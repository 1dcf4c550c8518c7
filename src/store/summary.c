/*
** summary.c — one pass over the store for `dyad stats` (summary.h).
**
** Every figure comes from a single scan of events_by_dyad in its key
** order (countries, date, codes): a change of the first two columns ends
** a dyad, a change of the first six ends a one-a-day event.  Separate
** GROUP BY queries took ten times as long on a 10 M-event store.
*/
#include <stdlib.h>
#include <string.h>
#include "store/summary.h"

static int count(dyad_store *s, const char *sql, long *v)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return store_fail(s, rc, "counting");
    rc = sqlite3_step(st);
    *v = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? DYAD_OK : store_fail(s, rc, "counting");
}

/* Offers a finished dyad to the top list (kept sorted, most first). */
static void offer(store_summary *out, size_t top_n, const char *src, const char *tgt, long n)
{
    if (!n || !top_n || !*src || !*tgt) return;
    if (out->n_top == top_n && out->top[top_n - 1].mentions >= n) return;
    size_t i = out->n_top < top_n ? out->n_top++ : top_n - 1;
    while (i > 0 && out->top[i - 1].mentions < n) { out->top[i] = out->top[i - 1]; i--; }
    snprintf(out->top[i].src, sizeof out->top[i].src, "%s", src);
    snprintf(out->top[i].tgt, sizeof out->top[i].tgt, "%s", tgt);
    out->top[i].mentions = n;
}

/* The code of an id ("" when unknown). */
static const char *code_of(char **names, size_t n, int64_t id)
{
    return id >= 0 && (size_t)id < n && names[id] ? names[id] : "";
}

int store_summarise(dyad_store *s, size_t top_n, store_summary *out)
{
    memset(out, 0, sizeof *out);
    out->first_day = out->last_day = INT64_MIN;
    int status = count(s, "SELECT count(*) FROM stories", &out->stories);
    if (!status) status = count(s, "SELECT count(*) FROM stories WHERE dup_of IS NOT NULL",
                                &out->duplicate_stories);
    if (status) return status;
    if (top_n) {
        out->top = calloc(top_n, sizeof *out->top);
        if (!out->top) return DYAD_ENOMEM;
    }
    char **names;
    size_t n_names;
    int rc = code_names_load(s->db, &names, &n_names);
    if (rc != SQLITE_OK) return store_fail(s, rc, "summarising");
    /* The CAMEO root of each code id, worked out once. */
    unsigned char *root_of = calloc(n_names ? n_names : 1, 1);
    if (!root_of) { code_names_free(names, n_names); return DYAD_ENOMEM; }
    for (size_t i = 0; i < n_names; i++) {
        const char *c = names[i];
        int root = c && c[0] >= '0' && c[0] <= '9' && c[1] >= '0' && c[1] <= '9'
                 ? (c[0] - '0') * 10 + (c[1] - '0') : 0;
        root_of[i] = (unsigned char)(root >= 1 && root <= 20 ? root : 0);
    }
    sqlite3_stmt *st;
    rc = sqlite3_prepare_v2(s->db,
        "SELECT src_country, tgt_country, day, src_code, tgt_code, cameo, dup"
        " FROM events_by_dyad"
        " ORDER BY src_country, tgt_country, day, src_code, tgt_code, cameo", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        free(root_of);
        code_names_free(names, n_names);
        return store_fail(s, rc, "summarising");
    }
    int64_t prev[6] = { 0 };
    int have = 0;
    long dyad_n = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (sqlite3_column_int(st, 6)) { out->duplicate_mentions++; continue; }
        out->mentions++;
        int64_t k[6];
        for (int c = 0; c < 6; c++) k[c] = sqlite3_column_int64(st, c);
        int same_dyad = have && k[0] == prev[0] && k[1] == prev[1];
        int same_event = same_dyad && !memcmp(k + 2, prev + 2, 4 * sizeof k[0]);
        if (!same_dyad) {
            if (have) offer(out, top_n, code_of(names, n_names, prev[0]),
                            code_of(names, n_names, prev[1]), dyad_n);
            dyad_n = 0;
        }
        dyad_n++;
        if (!same_event) out->daily++;
        memcpy(prev, k, sizeof prev);
        have = 1;
        if (k[2] != STORE_NO_DAY) {
            if (out->first_day == INT64_MIN || k[2] < out->first_day) out->first_day = k[2];
            if (out->last_day == INT64_MIN || k[2] > out->last_day) out->last_day = k[2];
        }
        out->by_root[k[5] >= 0 && (size_t)k[5] < n_names ? root_of[k[5]] : 0]++;
    }
    if (have) offer(out, top_n, code_of(names, n_names, prev[0]), code_of(names, n_names, prev[1]), dyad_n);
    sqlite3_finalize(st);
    free(root_of);
    code_names_free(names, n_names);
    if (rc != SQLITE_DONE) return store_fail(s, rc, "summarising");
    return DYAD_OK;
}

void store_summary_free(store_summary *s)
{
    if (!s) return;
    free(s->top);
    s->top = NULL;
    s->n_top = 0;
}
