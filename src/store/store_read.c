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

/* Columns: 0 id, 1 the event's packed record, 2 story id, 3 source, 4 url,
** 5 sentence, 6 dup, 7 added, 8 mentions, 9 sources, 10 articles.  The
** record, codes included, is cut out of the story's packed events by
** SQLite's JSON parser, which is much quicker than parsing the whole story
** into objects when the story's other events are not wanted. */
#define EVENT_REC "json_extract(s.events, '$[' || (e.id - s.first_event) || ']')"
#define ROW_COLUMNS \
    "e.id, " EVENT_REC ", s.id, s.source, s.url," \
    " json_extract(s.sentences, '$.\"' || json_extract(s.events, '$[' || (e.id - s.first_event) || '][1]') || '\"')," \
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
            "WITH d AS (SELECT e.src_country AS sc, e.tgt_country AS tc, e.day AS dd,"
            " e.src_code AS sa, e.tgt_code AS ta, e.cameo AS cm, min(e.id) AS id,"
            " count(*) AS mentions, count(DISTINCT s.source) AS sources,"
            " count(DISTINCT e.sid) AS articles"
            " FROM events_by_dyad e JOIN stories s ON s.sid = e.sid WHERE 1");
    } else {
        snprintf(sql, sizeof sql, "SELECT " ROW_COLUMNS ", 1, 1, 1"
                 " FROM events_by_dyad e JOIN stories s ON s.sid = e.sid WHERE 1");
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
            " FROM d JOIN events_by_dyad e ON e.src_country = d.sc AND e.tgt_country = d.tc"
            " AND e.day = d.dd AND e.src_code = d.sa AND e.tgt_code = d.ta AND e.cameo = d.cm"
            " AND e.id = d.id"
            " JOIN stories s ON s.sid = e.sid"
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
    const char *rec = (const char *)sqlite3_column_text(st, 1);
    if (!rec || event_row_unpack(rec, (size_t)sqlite3_column_bytes(st, 1), ev, &c->holder) != DYAD_OK) {
        snprintf(c->store->error, sizeof c->store->error,
                 "%s: event %lld has a damaged record", c->store->path,
                 (long long)sqlite3_column_int64(st, 0));
        return DYAD_EFORMAT;
    }
    ev->doc_id = col_text(st, 2);
    ev->story_source = col_text(st, 3);
    ev->story_url = col_text(st, 4);
    ev->sentence = col_text(st, 5);
    info->id = sqlite3_column_int64(st, 0);
    info->dup = sqlite3_column_int(st, 6);
    info->added = col_text(st, 7);
    info->mentions = (long)sqlite3_column_int64(st, 8);
    info->sources = (long)sqlite3_column_int64(st, 9);
    info->articles = (long)sqlite3_column_int64(st, 10);
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
