/*
** series.c — one-a-day time series (series.h).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store/series.h"

#define SERIES_MAX_PERIODS 100000

int64_t series_period_start(int64_t day, series_by by)
{
    if (by == SERIES_WEEK) {
        /* 1970-01-01 was a Thursday: day 0 is 3 days after a Monday. */
        int64_t r = ((day + 3) % 7 + 7) % 7;
        return day - r;
    }
    if (by == SERIES_MONTH) {
        char d[16];
        store_day_string(day, d, sizeof d);
        memcpy(d + 8, "01", 2);
        return store_day_number(d);
    }
    return day;
}

int64_t series_next_period(int64_t start, series_by by)
{
    if (by == SERIES_WEEK) return start + 7;
    if (by == SERIES_MONTH) return series_period_start(start + 31, SERIES_MONTH);
    return start + 1;
}

void series_label(int64_t start, series_by by, char *buf, size_t size)
{
    char d[16];
    store_day_string(start, d, sizeof d);
    if (by == SERIES_MONTH) d[7] = '\0';
    snprintf(buf, size, "%s", d);
}

void series_free(series *s)
{
    if (!s) return;
    free(s->points);
    s->points = NULL;
    s->n = 0;
}

/* The mentions of the filter in one-a-day key order.  The grouping is
** done in C as the rows stream by rather than with GROUP BY: with a
** --dyad filter the events_by_dyad key already yields this order, and
** SQLite's GROUP BY costs four times the scan itself (bench_store.sh). */
static int query(dyad_store *store, const store_filter *f, sqlite3_stmt **st)
{
    char sql[2048] = "SELECT e.src_country, e.tgt_country, e.day, e.src_code, e.tgt_code, e.cameo,"
                     " e.quad_class, e.goldstein FROM events_by_dyad e WHERE e.day > -2147483648";
    if (store_filter_sql(f, sql, sizeof sql - 200) != 0) return DYAD_EINVAL;
    strcat(sql, " ORDER BY e.src_country, e.tgt_country, e.day, e.src_code, e.tgt_code, e.cameo");
    int rc = sqlite3_prepare_v2(store->db, sql, -1, st, NULL);
    if (rc == SQLITE_OK) rc = store_filter_bind(f, *st);
    return rc == SQLITE_OK ? DYAD_OK : store_fail(store, rc, "computing a series");
}

/* The one-a-day key of a row: its columns 0-5, integer codes (store.c). */
typedef struct day_key { int64_t v[6]; } day_key;

static void row_key(sqlite3_stmt *st, day_key *k)
{
    for (int c = 0; c < 6; c++) k->v[c] = sqlite3_column_int64(st, c);
}

/* Finds the period holding day by binary search over the filled points. */
static series_point *find(series *s, int64_t start)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->points[mid].start < start) lo = mid + 1;
        else hi = mid;
    }
    return lo < s->n && s->points[lo].start == start ? &s->points[lo] : NULL;
}

int series_compute(dyad_store *store, const store_filter *f, series_by by, series *out)
{
    out->points = NULL;
    out->n = 0;
    sqlite3_stmt *st = NULL;
    int status = query(store, f, &st);
    if (status != DYAD_OK) { sqlite3_finalize(st); return status; }

    /* Gather one row per day-event first: the range is known only at the
    ** end when the filter leaves it open. */
    size_t n = 0, cap = 0;
    struct row { int64_t day; int quad; double g; } *rows = NULL;
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    day_key prev = { { 0 } };
    double g_sum = 0;
    long g_n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        day_key key;
        row_key(st, &key);
        int quad = sqlite3_column_int(st, 6);     /* NULL reads as 0, unknown */
        int has_g = sqlite3_column_type(st, 7) != SQLITE_NULL;
        double g = has_g ? sqlite3_column_double(st, 7) : 0.0;
        if (n && !memcmp(&key, &prev, sizeof key)) {   /* another mention of the same day-event */
            struct row *r = &rows[n - 1];
            if (quad && (!r->quad || quad < r->quad)) r->quad = quad;
            if (has_g) { g_sum += g; g_n++; r->g = g_sum / (double)g_n; }
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            struct row *r = realloc(rows, cap * sizeof *r);
            if (!r) { free(rows); sqlite3_finalize(st); return DYAD_ENOMEM; }
            rows = r;
        }
        prev = key;
        rows[n].day = sqlite3_column_int64(st, 2);
        rows[n].quad = quad;
        rows[n].g = has_g ? g : NAN;
        g_sum = g;
        g_n = has_g;
        if (rows[n].day < lo) lo = rows[n].day;
        if (rows[n].day > hi) hi = rows[n].day;
        n++;
    }
    if (rc != SQLITE_DONE) status = store_fail(store, rc, "computing a series");
    sqlite3_finalize(st);
    if (status != DYAD_OK) { free(rows); return status; }
    if (f->from) lo = f->from_day;
    if (f->to) hi = f->to_day;
    if (lo > hi) { free(rows); return DYAD_OK; }     /* nothing, and no range */

    int64_t first = series_period_start(lo, by), last = series_period_start(hi, by);
    size_t periods = 0;
    for (int64_t p = first; p <= last; p = series_next_period(p, by))
        if (++periods > SERIES_MAX_PERIODS) {
            free(rows);
            snprintf(store->error, sizeof store->error,
                     "%s: more than %d periods; narrow --from/--to or use a longer --by",
                     store->path, SERIES_MAX_PERIODS);
            return DYAD_ETOOBIG;
        }
    out->points = calloc(periods, sizeof *out->points);
    if (!out->points) { free(rows); return DYAD_ENOMEM; }
    out->n = periods;
    size_t i = 0;
    for (int64_t p = first; p <= last; p = series_next_period(p, by)) out->points[i++].start = p;
    for (size_t k = 0; k < n; k++) {
        series_point *pt = find(out, series_period_start(rows[k].day, by));
        if (!pt) continue;
        pt->count++;
        if (isfinite(rows[k].g)) pt->goldstein += rows[k].g;
        if (rows[k].quad >= 1 && rows[k].quad <= 4) pt->quad[rows[k].quad - 1]++;
    }
    free(rows);
    return DYAD_OK;
}
