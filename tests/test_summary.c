/*
** test_summary.c — one-pass store summary: mentions, one-a-day events,
** duplicates counted apart, roots, dates and the busiest dyads.
*/
#include "testing.h"
#include "store_fixture.h"
#include "store/summary.h"

static const char *text = "The same wire story, word for word, carried by two feeds on one day.";

TEST(counts)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    dyad_event a[4] = {
        fixture_event("a", "2026-01-05", "USA", "CAN", "057", 1, 8.0),
        fixture_event("a", "2026-01-05", "USA", "CAN", "057", 1, 8.0),
        fixture_event("a", "2026-01-06", "USA", "CAN", "173", 4, -5.0),
        fixture_event("a", "2026-01-09", "RUS", "UKR", "190", 4, -10.0),
    };
    dyad_event b = fixture_event("b", "2026-01-05", "USA", "CAN", "057", 1, 8.0);
    store_story sa = { "a", "2026-01-05", "one", "", text, strlen(text) };
    store_story sb = { "b", "2026-01-05", "two", "", text, strlen(text) };
    CHECK_INT(store_add_story(s, &sa, a, 4, NULL), DYAD_OK);
    CHECK_INT(store_add_story(s, &sb, &b, 1, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);
    store_summary sum;
    CHECK_INT(store_summarise(s, 1, &sum), DYAD_OK);
    CHECK_INT(sum.stories, 2);
    CHECK_INT(sum.duplicate_stories, 1);
    CHECK_INT(sum.mentions, 4);
    CHECK_INT(sum.duplicate_mentions, 1);
    CHECK_INT(sum.daily, 3);
    CHECK_INT(sum.by_root[5], 2);
    CHECK_INT(sum.by_root[17], 1);
    CHECK_INT(sum.by_root[19], 1);
    CHECK_INT(sum.first_day, store_day_number("2026-01-05"));
    CHECK_INT(sum.last_day, store_day_number("2026-01-09"));
    CHECK_INT(sum.n_top, 1);
    if (sum.n_top) {
        CHECK_STR(sum.top[0].src, "USA");
        CHECK_INT(sum.top[0].mentions, 3);
    }
    store_summary_free(&sum);
    store_close(s);
    fixture_remove(path);
}

int main(void)
{
    RUN(counts);
    return TEST_DONE();
}
