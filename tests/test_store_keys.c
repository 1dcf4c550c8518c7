/*
** test_store_keys.c — events_by_dyad, the one row per event that series,
** stats and exports read, stays in step with the stories' packed events:
** after stories are replaced in the batch in progress and in committed
** batches, with unknown dates, and when a batch is rolled back; and the
** series read from it agree with a plain GROUP BY over the events view.
*/
#include <math.h>
#include "testing.h"
#include "store_fixture.h"
#include "store/codes.h"
#include "store/series.h"
#include "store/store.h"

static long count(dyad_store *s, const char *sql)
{
    sqlite3_stmt *st;
    long n = -1;
    if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

/* Rows of events_by_dyad that disagree with their story's packed event,
** plus stories whose event count differs from their rows. */
static long disagreements(dyad_store *s)
{
    return count(s,
        "SELECT (SELECT count(*) FROM events_by_dyad e LEFT JOIN stories s ON s.sid = e.sid"
        "  WHERE s.sid IS NULL OR e.id < s.first_event OR e.id >= s.first_event + s.n_events"
        "  OR (SELECT code FROM codes WHERE id = e.src_country) IS NOT json_extract(s.events, '$[' || (e.id - s.first_event) || '][29]')"
        "  OR (SELECT code FROM codes WHERE id = e.tgt_country) IS NOT json_extract(s.events, '$[' || (e.id - s.first_event) || '][31]')"
        "  OR (SELECT code FROM codes WHERE id = e.src_code) IS NOT json_extract(s.events, '$[' || (e.id - s.first_event) || '][28]')"
        "  OR (SELECT code FROM codes WHERE id = e.tgt_code) IS NOT json_extract(s.events, '$[' || (e.id - s.first_event) || '][30]')"
        "  OR (SELECT code FROM codes WHERE id = e.cameo) IS NOT json_extract(s.events, '$[' || (e.id - s.first_event) || '][32]'))"
        " + (SELECT count(*) FROM stories s LEFT JOIN (SELECT sid, count(*) AS n FROM events_by_dyad GROUP BY sid) c"
        "  ON c.sid = s.sid WHERE s.n_events <> ifnull(c.n, 0))");
}

static const char *countries[] = { "USA", "CAN", "MEX", "RUS" };
static const char *cameos[] = { "042", "057", "112", "173", "190" };
static const char *dates[] = { "2026-01-05", "2026-01-06", "2026-01-12", "", "2026-02-01" };

/* Story number i, version v: 1-4 events, fixed by (i, v). */
static size_t make_story(int i, int v, dyad_event *ev, char *id, size_t id_size, store_story *st)
{
    snprintf(id, id_size, "story-%d", i);
    size_t n = (size_t)((i + v) % 4 + 1);
    for (size_t k = 0; k < n; k++) {
        int a = (i + (int)k + v) % 4, b = (a + 1 + v) % 4;
        const char *date = dates[(i + v + (int)k) % 5];
        ev[k] = fixture_event(id, *date ? date : NULL, countries[a], countries[b],
                              cameos[(i * 3 + (int)k + v) % 5], 1 + (i + (int)k) % 4, 1.5 * (double)k);
        ev[k].sent = (int)k;
    }
    *st = (store_story){ id, dates[(i + v) % 5], "wire", "", NULL, 0 };
    return n;
}

TEST(replacing_keeps_rows_in_step)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    store_options o = { .batch_events = 7 };     /* many batches, stories split across them */
    CHECK_INT(store_open(&s, path, &o), DYAD_OK);
    dyad_event ev[4];
    char id[32];
    store_story st;
    for (int i = 0; i < 40; i++) {
        size_t n = make_story(i, 0, ev, id, sizeof id, &st);
        CHECK_INT(store_add_story(s, &st, ev, n, NULL), DYAD_OK);
        if (i % 5 == 2) {   /* replaced at once: still in the batch in progress */
            n = make_story(i, 1, ev, id, sizeof id, &st);
            CHECK_INT(store_add_story(s, &st, ev, n, NULL), DYAD_OK);
        }
    }
    for (int i = 0; i < 40; i += 3) {   /* replaced later: committed batches */
        size_t n = make_story(i, 2, ev, id, sizeof id, &st);
        store_add_result res;
        CHECK_INT(store_add_story(s, &st, ev, n, &res), DYAD_OK);
        CHECK_INT(res.replaced, 1);
    }
    CHECK_INT(store_commit(s), DYAD_OK);
    CHECK_INT(count(s, "SELECT count(*) FROM stories"), 40);
    CHECK_INT(disagreements(s), 0);
    CHECK(count(s, "SELECT count(*) FROM events WHERE day IS NULL") > 0);
    CHECK_INT(count(s, "SELECT count(*) FROM events_by_dyad WHERE day = -2147483648"),
              count(s, "SELECT count(*) FROM events WHERE day IS NULL"));

    /* A series equals the one-a-day GROUP BY over the events view. */
    store_filter f = { .dyad = "USA-CAN" };
    char err[200];
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    series out;
    CHECK_INT(series_compute(s, &f, SERIES_DAY, &out), DYAD_OK);
    long total = 0, mismatched = 0;
    for (size_t p = 0; p < out.n; p++) {
        char sql[400];
        snprintf(sql, sizeof sql,
                 "SELECT count(*) FROM (SELECT DISTINCT day, src_code, tgt_code, cameo FROM events"
                 " WHERE src_country = 'USA' AND tgt_country = 'CAN' AND dup = 0 AND day = %lld)",
                 (long long)out.points[p].start);
        if (count(s, sql) != out.points[p].count) mismatched++;
        total += out.points[p].count;
    }
    CHECK_INT(mismatched, 0);
    CHECK(total > 0);
    CHECK_INT(total, count(s, "SELECT count(*) FROM (SELECT DISTINCT day, src_code, tgt_code, cameo"
                              " FROM events WHERE src_country = 'USA' AND tgt_country = 'CAN'"
                              " AND dup = 0 AND day IS NOT NULL)"));
    series_free(&out);
    store_close(s);

    /* The store reopened: the dictionary is read back and replacing still works. */
    CHECK_INT(store_open(&s, path, &o), DYAD_OK);
    for (int i = 1; i < 40; i += 4) {
        size_t n = make_story(i, 3, ev, id, sizeof id, &st);
        CHECK_INT(store_add_story(s, &st, ev, n, NULL), DYAD_OK);
    }
    CHECK_INT(store_commit(s), DYAD_OK);
    CHECK_INT(disagreements(s), 0);
    store_close(s);
    fixture_remove(path);
}

TEST(first_event_without_a_date)
{
    /* The writer remembers the last date it turned into a day; the very
    ** first, unknown, date must not read as day 0 (1970-01-01). */
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    dyad_event ev = fixture_event("x", NULL, "USA", "CAN", "042", 1, 1.9);
    store_story st = { "x", NULL, "", "", NULL, 0 };
    CHECK_INT(store_add_story(s, &st, &ev, 1, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);
    CHECK_INT(count(s, "SELECT count(*) FROM events WHERE day IS NULL"), 1);
    CHECK_INT(count(s, "SELECT count(*) FROM events_by_dyad WHERE day = 0"), 0);
    store_close(s);
    fixture_remove(path);
}

TEST(codes_dictionary)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    sqlite3 *db = store_db(s);
    code_dict d = { 0 };
    CHECK_INT(code_dict_load(&d, db), SQLITE_OK);
    int64_t usa, can, again;
    CHECK_INT(sqlite3_exec(db, "BEGIN", NULL, NULL, NULL), SQLITE_OK);
    CHECK_INT(code_dict_id(&d, "USA", &usa), SQLITE_OK);
    CHECK_INT(code_dict_id(&d, "CAN", &can), SQLITE_OK);
    CHECK_INT(code_dict_id(&d, "USA", &again), SQLITE_OK);
    CHECK(usa > 0 && can > 0 && usa != can);
    CHECK_INT(again, usa);
    CHECK_INT(code_dict_find(&d, "MEX"), 0);
    CHECK_INT(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
    /* A rolled-back code is forgotten on reload. */
    int64_t mex;
    CHECK_INT(sqlite3_exec(db, "BEGIN", NULL, NULL, NULL), SQLITE_OK);
    CHECK_INT(code_dict_id(&d, "MEX", &mex), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    CHECK_INT(code_dict_reload(&d, db), SQLITE_OK);
    CHECK_INT(code_dict_find(&d, "MEX"), 0);
    CHECK_INT(code_dict_find(&d, "CAN"), can);
    char **names;
    size_t n;
    CHECK_INT(code_names_load(db, &names, &n), SQLITE_OK);
    CHECK((size_t)usa < n && names[usa] && !strcmp(names[usa], "USA"));
    code_names_free(names, n);
    code_dict_free(&d);
    store_close(s);
    fixture_remove(path);
}

TEST(older_schema_is_refused_with_what_to_do)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    sqlite3_exec(store_db(s), "PRAGMA user_version = 1", NULL, NULL, NULL);
    store_close(s);
    CHECK_INT(store_open(&s, path, NULL), DYAD_EFORMAT);
    CHECK(strstr(store_error(s), "older dyad") != NULL);
    CHECK(strstr(store_error(s), "dyad store add") != NULL);
    store_close(s);
    store_options ro = { .read_only = 1 };
    CHECK_INT(store_open(&s, path, &ro), DYAD_EFORMAT);
    store_close(s);
    fixture_remove(path);
}

int main(void)
{
    RUN(replacing_keeps_rows_in_step);
    RUN(first_event_without_a_date);
    RUN(codes_dictionary);
    RUN(older_schema_is_refused_with_what_to_do);
    return TEST_DONE();
}
