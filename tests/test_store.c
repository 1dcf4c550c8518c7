/*
** test_store.c — the store: schema, replacing a re-coded story, batches,
** --resume's look-up, and clear errors for a missing, corrupt, foreign or
** locked store.
*/
#include <math.h>
#include "testing.h"
#include "store_fixture.h"
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

TEST(creates_schema_and_reopens)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    CHECK_INT(count(s, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    CHECK_INT(count(s, "PRAGMA application_id"), STORE_APPLICATION_ID);
    CHECK(count(s, "SELECT count(*) FROM sqlite_master WHERE name = 'events_full'") == 1);
    CHECK_INT(store_close(s), DYAD_OK);
    store_options ro = { .read_only = 1 };
    CHECK_INT(store_open(&s, path, &ro), DYAD_OK);
    CHECK_INT(count(s, "SELECT count(*) FROM events"), 0);
    store_close(s);
    fixture_remove(path);
}

TEST(recoding_replaces_rows)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    dyad_event ev[3] = {
        fixture_event("a", "2026-01-02", "USA", "CAN", "042", 1, 1.9),
        fixture_event("a", "2026-01-02", "CAN", "USA", "043", 1, 2.8),
        fixture_event("a", "2026-01-02", "USA", "MEX", "112", 3, -2.0),
    };
    store_story st = { "a", "2026-01-02", "wire", "http://x/a", NULL, 0 };
    store_add_result res;
    CHECK_INT(store_add_story(s, &st, ev, 3, &res), DYAD_OK);
    CHECK_INT(res.replaced, 0);
    store_story other = { "b", "2026-01-03", "wire", "", NULL, 0 };
    CHECK_INT(store_add_story(s, &other, ev, 1, NULL), DYAD_OK);
    CHECK_INT(store_add_story(s, &st, ev, 2, &res), DYAD_OK);
    CHECK_INT(res.replaced, 1);
    CHECK_INT(store_commit(s), DYAD_OK);
    CHECK_INT(count(s, "SELECT count(*) FROM stories"), 2);
    CHECK_INT(count(s, "SELECT count(*) FROM events"), 3);
    CHECK_INT(count(s, "SELECT count(*) FROM events e JOIN stories s ON s.sid = e.sid WHERE s.id = 'a'"), 2);
    CHECK_INT(count(s, "SELECT count(*) FROM actors"), 3);
    CHECK_INT(count(s, "SELECT count(*) FROM events_full WHERE doc_id = 'a' AND sentence = 'A sentence.'"), 2);
    int found;
    CHECK_INT(store_has_story(s, "b", &found), DYAD_OK);
    CHECK_INT(found, 1);
    CHECK_INT(store_has_story(s, "zzz", &found), DYAD_OK);
    CHECK_INT(found, 0);
    store_close(s);
    fixture_remove(path);
}

TEST(uncommitted_batch_is_not_seen_by_readers)
{
    const char *path = fixture_store_path();
    dyad_store *w, *r;
    store_options o = { .batch_events = 1000 };
    CHECK_INT(store_open(&w, path, &o), DYAD_OK);
    dyad_event ev = fixture_event("a", "2026-01-02", "USA", "CAN", "042", 1, 1.9);
    store_story st = { "a", "2026-01-02", "", "", NULL, 0 };
    CHECK_INT(store_add_story(w, &st, &ev, 1, NULL), DYAD_OK);
    store_options ro = { .read_only = 1 };
    CHECK_INT(store_open(&r, path, &ro), DYAD_OK);
    CHECK_INT(count(r, "SELECT count(*) FROM stories"), 0);
    CHECK_INT(store_commit(w), DYAD_OK);
    CHECK_INT(count(r, "SELECT count(*) FROM stories"), 1);
    store_close(r);
    store_close(w);
    fixture_remove(path);
}

TEST(missing_corrupt_and_foreign_files)
{
    dyad_store *s;
    store_options ro = { .read_only = 1 };
    CHECK_INT(store_open(&s, "/tmp/dyad-no-such-dir/x.db", &ro), DYAD_ENOTFOUND);
    CHECK(strstr(store_error(s), "dyad store add") != NULL);
    store_close(s);

    const char *path = fixture_store_path();
    FILE *f = fopen(path, "wb");
    for (int i = 0; i < 200; i++) fputs("this is not a database at all. ", f);
    fclose(f);
    CHECK_INT(store_open(&s, path, &ro), DYAD_EFORMAT);
    CHECK(strstr(store_error(s), "not a dyad store") != NULL);
    store_close(s);
    CHECK_INT(store_open(&s, path, NULL), DYAD_EFORMAT);
    store_close(s);
    fixture_remove(path);

    path = fixture_store_path();
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL);
    sqlite3_close(db);
    CHECK_INT(store_open(&s, path, NULL), DYAD_EFORMAT);
    CHECK(strstr(store_error(s), "another application") != NULL);
    store_close(s);
    fixture_remove(path);

    path = fixture_store_path();
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    sqlite3_exec(store_db(s), "PRAGMA user_version = 99", NULL, NULL, NULL);
    store_close(s);
    CHECK_INT(store_open(&s, path, NULL), DYAD_EFORMAT);
    CHECK(strstr(store_error(s), "newer dyad") != NULL);
    store_close(s);
    fixture_remove(path);
}

TEST(locked_store)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    store_close(s);
    sqlite3 *other;
    sqlite3_open(path, &other);
    CHECK_INT(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    store_options o = { .busy_timeout_ms = -1 };
    CHECK_INT(store_open(&s, path, &o), DYAD_OK);
    dyad_event ev = fixture_event("a", "2026-01-02", "USA", "CAN", "042", 1, 1.9);
    store_story st = { "a", "2026-01-02", "", "", NULL, 0 };
    CHECK_INT(store_add_story(s, &st, &ev, 1, NULL), DYAD_EIO);
    CHECK(strstr(store_error(s), "locked by another process") != NULL);
    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    CHECK_INT(store_add_story(s, &st, &ev, 1, NULL), DYAD_OK);
    CHECK_INT(store_close(s), DYAD_OK);
    sqlite3_close(other);
    fixture_remove(path);
}

TEST(bad_story)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    store_story st = { "", "", "", "", NULL, 0 };
    CHECK_INT(store_add_story(s, &st, NULL, 0, NULL), DYAD_EINVAL);
    store_close(s);
    fixture_remove(path);
}

TEST(day_numbers)
{
    CHECK_INT(store_day_number("1970-01-01"), 0);
    CHECK_INT(store_day_number("2000-03-01"), 11017);
    CHECK_INT(store_day_number("2024-02-29"), 19782);
    CHECK(store_day_number("2023-02-29") == INT64_MIN);
    CHECK(store_day_number("2026-1-01") == INT64_MIN);
    CHECK(store_day_number("") == INT64_MIN);
    char buf[16];
    for (int64_t d = -800000; d < 800000; d += 997) {
        store_day_string(d, buf, sizeof buf);
        if (d > -719162) CHECK_INT(store_day_number(buf), d);   /* from year 1 */
    }
    store_day_string(19782, buf, sizeof buf);
    CHECK_STR(buf, "2024-02-29");
}

/* Ids go on from the last story with events, across batches, sessions
** and stories without events (begin_batch reads them from the end). */
TEST(ids_continue_across_sessions)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    dyad_event ev[2] = {
        fixture_event("a", "2026-01-02", "USA", "CAN", "042", 1, 1.9),
        fixture_event("a", "2026-01-02", "CAN", "USA", "043", 1, 2.8),
    };
    store_story a = { "a", "2026-01-02", "wire", "", NULL, 0 };
    store_story empty = { "e", "2026-01-02", "wire", "", NULL, 0 };
    CHECK_INT(store_add_story(s, &a, ev, 2, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);
    CHECK_INT(store_add_story(s, &empty, NULL, 0, NULL), DYAD_OK);
    CHECK_INT(store_close(s), DYAD_OK);
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    store_story b = { "b", "2026-01-03", "wire", "", NULL, 0 };
    CHECK_INT(store_add_story(s, &b, ev, 2, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);
    CHECK_INT(count(s, "SELECT min(e.id) FROM events e JOIN stories s ON s.sid = e.sid WHERE s.id = 'b'"), 3);
    CHECK_INT(count(s, "SELECT max(sid) FROM stories"), 3);
    /* Re-coding the last story with events gives it new ids after them. */
    CHECK_INT(store_add_story(s, &b, ev, 1, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);
    CHECK_INT(count(s, "SELECT min(e.id) FROM events e JOIN stories s ON s.sid = e.sid WHERE s.id = 'b'"), 5);
    CHECK_INT(count(s, "SELECT count(DISTINCT id) FROM events"), 3);
    store_close(s);
    fixture_remove(path);
}

int main(void)
{
    RUN(creates_schema_and_reopens);
    RUN(recoding_replaces_rows);
    RUN(uncommitted_batch_is_not_seen_by_readers);
    RUN(missing_corrupt_and_foreign_files);
    RUN(locked_store);
    RUN(bad_story);
    RUN(day_numbers);
    RUN(ids_continue_across_sessions);
    return TEST_DONE();
}
