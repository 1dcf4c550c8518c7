/*
** store_read.c — filtered cursors over stored events (store_read.h).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store/event_row.h"
#include "store/store_read.h"

struct store_cursor {
    dyad_store *store;       /* borrowed */
    sqlite3_stmt *st;
    void *holder;            /* the unpacked record of the current event */
    int daily;
};

/* Columns: 0 id, 1 day, 2 src_country, 3 tgt_country, 4 src_code, 5 tgt_code,
** 6 cameo, 7 quad_class, 8 goldstein, 9 rec, 10 story id, 11 source, 12 url,
** 13 sentence, 14 dup, 15 added, 16 mentions, 17 sources, 18 articles. */
#define ROW_COLUMNS \
    "e.id, e.day, e.src_country, e.tgt_country, e.src_code, e.tgt_code, e.cameo," \
    " e.quad_class, e.goldstein, e.rec, s.id, s.source, s.url," \
    " (SELECT t.text FROM sentences t WHERE t.sid = e.sid AND t.sent = json_extract(e.rec, '$[1]'))," \
    " e.dup, s.added"

int store_cursor_open(dyad_store *store, const store_filter *filter, int daily,
                      store_cursor **out)
{
    *out = NULL;
    char sql[4096];
    store_filter f = *filter;
    if (daily) {
        /* Every mention counts, duplicates included (a syndicated story is
        ** one more article and source); a day-event made only of
        ** duplicate-story mentions is dropped unless asked for. */
        f.with_duplicates = 1;
        snprintf(sql, sizeof sql,
            "WITH d AS (SELECT min(e.id) AS id, count(*) AS mentions,"
            " count(DISTINCT s.source) AS sources, count(DISTINCT e.sid) AS articles,"
            " min(e.dup) AS only_dup"
            " FROM events e JOIN stories s ON s.sid = e.sid WHERE 1");
    } else {
        snprintf(sql, sizeof sql, "SELECT " ROW_COLUMNS ", 1, 1, 1"
                 " FROM events e JOIN stories s ON s.sid = e.sid WHERE 1");
    }
    if (store_filter_sql(&f, sql, sizeof sql) != 0) {
        snprintf(store->error, sizeof store->error, "filter too long");
        return DYAD_EINVAL;
    }
    size_t len = strlen(sql);
    if (daily)
        snprintf(sql + len, sizeof sql - len,
            " GROUP BY e.src_country, e.tgt_country, e.day, e.src_code, e.tgt_code, e.cameo%s)"
            " SELECT " ROW_COLUMNS ", d.mentions, d.sources, d.articles"
            " FROM d JOIN events e ON e.id = d.id JOIN stories s ON s.sid = e.sid"
            " ORDER BY e.day, e.id",
            filter->with_duplicates ? "" : " HAVING min(e.dup) = 0");
    else
        snprintf(sql + len, sizeof sql - len, " ORDER BY e.day, e.id");
    store_cursor *c = calloc(1, sizeof *c);
    if (!c) return DYAD_ENOMEM;
    c->store = store;
    c->daily = daily;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &c->st, NULL);
    if (rc == SQLITE_OK) rc = store_filter_bind(&f, c->st);
    if (rc != SQLITE_OK) {
        int status = store_fail(store, rc, "reading events");
        store_cursor_close(c);
        return status;
    }
    *out = c;
    return DYAD_OK;
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return s ? (const char *)s : "";
}

int store_cursor_next(store_cursor *c, dyad_event *ev, store_event_info *info)
{
    event_row_release(c->holder);
    c->holder = NULL;
    int rc = sqlite3_step(c->st);
    if (rc == SQLITE_DONE) return DYAD_DONE;
    if (rc != SQLITE_ROW) return store_fail(c->store, rc, "reading events");
    sqlite3_stmt *st = c->st;
    dyad_event_init(ev);
    const char *rec = (const char *)sqlite3_column_text(st, 9);
    if (!rec || event_row_unpack(rec, (size_t)sqlite3_column_bytes(st, 9), ev, &c->holder) != DYAD_OK) {
        snprintf(c->store->error, sizeof c->store->error,
                 "%s: event %lld has a damaged record", c->store->path,
                 (long long)sqlite3_column_int64(st, 0));
        return DYAD_EFORMAT;
    }
    ev->source.country = col_text(st, 2);
    ev->target.country = col_text(st, 3);
    ev->source.code = col_text(st, 4);
    ev->target.code = col_text(st, 5);
    ev->cameo = col_text(st, 6);
    ev->quad_class = sqlite3_column_type(st, 7) == SQLITE_NULL ? 0 : sqlite3_column_int(st, 7);
    ev->goldstein = sqlite3_column_type(st, 8) == SQLITE_NULL ? NAN : sqlite3_column_double(st, 8);
    ev->doc_id = col_text(st, 10);
    ev->story_source = col_text(st, 11);
    ev->story_url = col_text(st, 12);
    ev->sentence = col_text(st, 13);
    info->id = sqlite3_column_int64(st, 0);
    info->dup = sqlite3_column_int(st, 14);
    info->added = col_text(st, 15);
    info->mentions = (long)sqlite3_column_int64(st, 16);
    info->sources = (long)sqlite3_column_int64(st, 17);
    info->articles = (long)sqlite3_column_int64(st, 18);
    info->is_root = ev->sent >= 0 && ev->sent < 3;
    return DYAD_OK;
}

void store_cursor_close(store_cursor *c)
{
    if (!c) return;
    event_row_release(c->holder);
    sqlite3_finalize(c->st);
    free(c);
}
