/*
** store_read.c — filtered cursors over stored events (store_read.h).
*/
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store/event_row.h"
#include "store/store_read.h"

struct store_cursor {
    dyad_store *store;       /* borrowed */
    sqlite3_stmt *st;
    int64_t sid;             /* the story whose events are parsed below */
    void *events;            /* its events (event_row_parse_list) */
    size_t n_events;
    json_t *sentences;       /* its sentences, {"number": "text"} */
    int daily;
};

/* Columns: 0 id, 1 sid, 2 story's first event, 3 story's events, 4 story
** id, 5 source, 6 url, 7 sentences, 8 dup, 9 added, 10 mentions,
** 11 sources, 12 articles.  The record's fields, codes included, come
** from the story's packed events. */
#define ROW_COLUMNS \
    "e.id, e.sid, s.first_event, s.events, s.id, s.source, s.url, s.sentences, e.dup, s.added"

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
    c->sid = -1;
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

/* Parses the current row's story unless it is the one parsed last: a
** story's events mostly come one after another (same day, ids in order). */
static int load_story(store_cursor *c)
{
    sqlite3_stmt *st = c->st;
    int64_t sid = sqlite3_column_int64(st, 1);
    if (sid == c->sid) return DYAD_OK;
    event_row_release(c->events);
    json_decref(c->sentences);
    c->events = NULL;
    c->sentences = NULL;
    c->sid = -1;
    const char *events = (const char *)sqlite3_column_text(st, 3);
    if (!events || event_row_parse_list(events, (size_t)sqlite3_column_bytes(st, 3),
                                        &c->events, &c->n_events) != DYAD_OK)
        return DYAD_EFORMAT;
    const char *sents = (const char *)sqlite3_column_text(st, 7);
    c->sentences = sents ? json_loadb(sents, (size_t)sqlite3_column_bytes(st, 7), 0, NULL) : NULL;
    if (!json_is_object(c->sentences)) return DYAD_EFORMAT;
    c->sid = sid;
    return DYAD_OK;
}

int store_cursor_next(store_cursor *c, dyad_event *ev, store_event_info *info)
{
    int rc = sqlite3_step(c->st);
    if (rc == SQLITE_DONE) return DYAD_DONE;
    if (rc != SQLITE_ROW) return store_fail(c->store, rc, "reading events");
    sqlite3_stmt *st = c->st;
    dyad_event_init(ev);
    int64_t id = sqlite3_column_int64(st, 0);
    int64_t k = id - sqlite3_column_int64(st, 2);
    if (load_story(c) != DYAD_OK || k < 0 || (size_t)k >= c->n_events ||
        event_row_fill(c->events, (size_t)k, ev) != DYAD_OK) {
        snprintf(c->store->error, sizeof c->store->error,
                 "%s: event %lld has a damaged record", c->store->path, (long long)id);
        return DYAD_EFORMAT;
    }
    ev->doc_id = col_text(st, 4);
    ev->story_source = col_text(st, 5);
    ev->story_url = col_text(st, 6);
    ev->sentence = "";
    if (ev->sent >= 0) {
        char key[16];
        snprintf(key, sizeof key, "%d", ev->sent);
        const char *text = json_string_value(json_object_get(c->sentences, key));
        if (text) ev->sentence = text;
    }
    info->id = id;
    info->dup = sqlite3_column_int(st, 8);
    info->added = col_text(st, 9);
    info->mentions = (long)sqlite3_column_int64(st, 10);
    info->sources = (long)sqlite3_column_int64(st, 11);
    info->articles = (long)sqlite3_column_int64(st, 12);
    info->is_root = ev->sent >= 0 && ev->sent < 3;
    return DYAD_OK;
}

void store_cursor_close(store_cursor *c)
{
    if (!c) return;
    event_row_release(c->events);
    json_decref(c->sentences);
    sqlite3_finalize(c->st);
    free(c);
}
