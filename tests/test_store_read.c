/*
** test_store_read.c — cursors over stored events: filters (dates, dyad,
** actor, root), date order, and the record coming back whole.
*/
#include <math.h>
#include "testing.h"
#include "store_fixture.h"
#include "store/store_read.h"

static int count_matching(dyad_store *s, store_filter f, int daily)
{
    char err[200];
    if (store_filter_check(&f, err, sizeof err) != 0) return -1;
    store_cursor *c;
    if (store_cursor_open(s, &f, daily, &c) != DYAD_OK) return -2;
    dyad_event ev;
    store_event_info info;
    int n = 0;
    while (store_cursor_next(c, &ev, &info) == DYAD_OK) n++;
    store_cursor_close(c);
    return n;
}

TEST(filters_and_order)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    dyad_event e[5] = {
        fixture_event("a", "2026-01-09", "USA", "CAN", "057", 1, 8.0),
        fixture_event("a", "2026-01-05", "USA", "CAN", "130", 3, -4.4),
        fixture_event("a", "2026-01-06", "CAN", "USA", "138", 3, -7.0),
        fixture_event("a", "2026-02-01", "RUS", "UKR", "190", 4, -10.0),
        fixture_event("a", "2026-01-07", "IGO", "USA", "042", 1, 1.9),
    };
    e[4].source.code = "IGONAT";
    e[0].location = (dyad_event_location){ "Ottawa", "Ottawa", "CAN", 45.42, -75.7, "6094817" };
    e[0].verb = (dyad_event_verb){ "signed", "sign", 10, 16 };
    store_story st = { "a", "2026-01-05", "wire", "http://x/a", NULL, 0 };
    CHECK_INT(store_add_story(s, &st, e, 5, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);

    CHECK_INT(count_matching(s, (store_filter){ 0 }, 0), 5);
    CHECK_INT(count_matching(s, (store_filter){ .dyad = "USA-CAN" }, 0), 2);
    CHECK_INT(count_matching(s, (store_filter){ .actor = "USA" }, 0), 4);
    CHECK_INT(count_matching(s, (store_filter){ .actor = "IGONAT" }, 0), 1);
    CHECK_INT(count_matching(s, (store_filter){ .dyad = "IGONAT-USA" }, 0), 1);
    CHECK_INT(count_matching(s, (store_filter){ .root = "13" }, 0), 2);
    CHECK_INT(count_matching(s, (store_filter){ .from = "2026-01-06", .to = "2026-01-09" }, 0), 3);
    CHECK_INT(count_matching(s, (store_filter){ .from = "2026-03-01" }, 0), 0);

    store_filter all = { 0 };
    char err[100];
    store_filter_check(&all, err, sizeof err);
    store_cursor *c;
    CHECK_INT(store_cursor_open(s, &all, 0, &c), DYAD_OK);
    dyad_event ev;
    store_event_info info;
    const char *want[] = { "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-09", "2026-02-01" };
    for (int i = 0; i < 5; i++) {
        CHECK_INT(store_cursor_next(c, &ev, &info), DYAD_OK);
        CHECK_STR(ev.date, want[i]);
        if (i == 3) {
            CHECK_STR(ev.doc_id, "a");
            CHECK_STR(ev.cameo, "057");
            CHECK_INT(ev.quad_class, 1);
            CHECK(ev.goldstein == 8.0);
            CHECK_STR(ev.location.name, "Ottawa");
            CHECK(ev.location.lon == -75.7);
            CHECK_STR(ev.verb.lemma, "sign");
            CHECK_STR(ev.sentence, "A sentence.");
            CHECK_STR(ev.story_url, "http://x/a");
        }
    }
    CHECK_INT(store_cursor_next(c, &ev, &info), DYAD_DONE);
    store_cursor_close(c);
    store_close(s);
    fixture_remove(path);
}

int main(void)
{
    RUN(filters_and_order);
    return TEST_DONE();
}
