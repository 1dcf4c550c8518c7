/*
** test_series.c — periods (ISO weeks from Monday, months), zero-filled
** series, one-a-day counting and the measures.
*/
#include <math.h>
#include "testing.h"
#include "store_fixture.h"
#include "store/series.h"

TEST(periods)
{
    int64_t wed = store_day_number("2026-01-07");     /* a Wednesday */
    char buf[16];
    series_label(series_period_start(wed, SERIES_WEEK), SERIES_WEEK, buf, sizeof buf);
    CHECK_STR(buf, "2026-01-05");
    series_label(series_period_start(store_day_number("2026-01-05"), SERIES_WEEK), SERIES_WEEK, buf, sizeof buf);
    CHECK_STR(buf, "2026-01-05");
    series_label(series_period_start(store_day_number("2026-01-04"), SERIES_WEEK), SERIES_WEEK, buf, sizeof buf);
    CHECK_STR(buf, "2025-12-29");
    series_label(series_period_start(store_day_number("1969-12-31"), SERIES_WEEK), SERIES_WEEK, buf, sizeof buf);
    CHECK_STR(buf, "1969-12-29");
    int64_t m = series_period_start(store_day_number("2024-02-29"), SERIES_MONTH);
    series_label(m, SERIES_MONTH, buf, sizeof buf);
    CHECK_STR(buf, "2024-02");
    series_label(series_next_period(m, SERIES_MONTH), SERIES_MONTH, buf, sizeof buf);
    CHECK_STR(buf, "2024-03");
    int64_t jan = series_period_start(store_day_number("2024-01-31"), SERIES_MONTH);
    series_label(series_next_period(jan, SERIES_MONTH), SERIES_MONTH, buf, sizeof buf);
    CHECK_STR(buf, "2024-02");
}

static dyad_store *sample(const char *path)
{
    dyad_store *s;
    if (store_open(&s, path, NULL) != DYAD_OK) return s;
    dyad_event a[3] = {
        fixture_event("a", "2026-01-05", "USA", "CAN", "057", 1, 8.0),
        fixture_event("a", "2026-01-05", "USA", "CAN", "057", 1, 8.0),   /* same day-event */
        fixture_event("a", "2026-01-05", "USA", "CAN", "173", 4, -5.0),
    };
    dyad_event b[2] = {
        fixture_event("b", "2026-01-20", "USA", "CAN", "112", 3, -2.0),
        fixture_event("b", "2026-01-20", "CAN", "USA", "042", 1, 1.9),
    };
    store_story sa = { "a", "2026-01-05", "", "", NULL, 0 };
    store_story sb = { "b", "2026-01-20", "", "", NULL, 0 };
    store_add_story(s, &sa, a, 3, NULL);
    store_add_story(s, &sb, b, 2, NULL);
    store_commit(s);
    return s;
}

TEST(weekly_series_fills_zeros)
{
    const char *path = fixture_store_path();
    dyad_store *s = sample(path);
    store_filter f = { .dyad = "USA-CAN" };
    char err[100];
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    series ser;
    CHECK_INT(series_compute(s, &f, SERIES_WEEK, &ser), DYAD_OK);
    CHECK_INT(ser.n, 3);             /* weeks of Jan 5, 12, 19 */
    if (ser.n == 3) {
        CHECK_INT(ser.points[0].count, 2);
        CHECK(fabs(ser.points[0].goldstein - 3.0) < 1e-9);
        CHECK_INT(ser.points[0].quad[0], 1);
        CHECK_INT(ser.points[0].quad[3], 1);
        CHECK_INT(ser.points[1].count, 0);
        CHECK_INT(ser.points[2].count, 1);
        CHECK_INT(ser.points[2].quad[2], 1);
    }
    series_free(&ser);
    /* An explicit range reaches past the events, zeros included. */
    store_filter g = { .dyad = "USA-CAN", .from = "2025-12-20", .to = "2026-02-10" };
    CHECK_INT(store_filter_check(&g, err, sizeof err), 0);
    CHECK_INT(series_compute(s, &g, SERIES_MONTH, &ser), DYAD_OK);
    CHECK_INT(ser.n, 3);
    if (ser.n == 3) {
        CHECK_INT(ser.points[0].count, 0);
        CHECK_INT(ser.points[1].count, 3);
        CHECK_INT(ser.points[2].count, 0);
    }
    series_free(&ser);
    /* Nothing matches and no range: an empty series. */
    store_filter h = { .dyad = "FRA-DEU" };
    CHECK_INT(store_filter_check(&h, err, sizeof err), 0);
    CHECK_INT(series_compute(s, &h, SERIES_DAY, &ser), DYAD_OK);
    CHECK_INT(ser.n, 0);
    series_free(&ser);
    store_close(s);
    fixture_remove(path);
}

TEST(too_many_periods)
{
    const char *path = fixture_store_path();
    dyad_store *s = sample(path);
    store_filter f = { .from = "1000-01-01", .to = "2026-01-01" };
    char err[100];
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    series ser;
    CHECK_INT(series_compute(s, &f, SERIES_DAY, &ser), DYAD_ETOOBIG);
    CHECK(strstr(store_error(s), "periods") != NULL);
    store_close(s);
    fixture_remove(path);
}

int main(void)
{
    RUN(periods);
    RUN(weekly_series_fills_zeros);
    RUN(too_many_periods);
    return TEST_DONE();
}
