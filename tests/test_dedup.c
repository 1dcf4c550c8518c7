/*
** test_dedup.c — duplicate stories (exact and near, by text hash and
** MinHash) and the one-a-day filter's counts of mentions, sources and
** articles.
*/
#include "testing.h"
#include "store_fixture.h"
#include "store/store.h"
#include "store/store_read.h"

static const char *story_text =
    "Canada and the United States agreed on Tuesday to extend the fishing accord for "
    "another five years, officials in Ottawa said, after weeks of talks over quotas in "
    "the Gulf of Maine. The prime minister called the deal a sign of trust between the "
    "two neighbours, while fishermen in Nova Scotia said they would study the details "
    "before deciding whether to back it. Washington said the agreement protects jobs on "
    "both sides of the border and sets up a joint panel to review catches every spring.";

TEST(exact_duplicate_after_normalising)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    dyad_event ev = fixture_event("a", "2026-01-06", "USA", "CAN", "057", 1, 8.0);
    store_story a = { "a", "2026-01-06", "Feed One", "", story_text, strlen(story_text) };
    store_add_result res;
    CHECK_INT(store_add_story(s, &a, &ev, 1, &res), DYAD_OK);
    CHECK_INT(res.duplicate, 0);
    /* The same story from another feed, re-cased and re-spaced. */
    char copy[2048];
    size_t n = 0;
    for (const char *p = story_text; *p && n + 2 < sizeof copy; p++) {
        copy[n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
        if (*p == ' ') copy[n++] = ' ';
    }
    copy[n] = '\0';
    ev.doc_id = "b";
    store_story b = { "b", "2026-01-06", "Feed Two", "", copy, n };
    CHECK_INT(store_add_story(s, &b, &ev, 1, &res), DYAD_OK);
    CHECK_INT(res.duplicate, 1);
    CHECK_STR(res.dup_of, "a");
    CHECK(res.similarity == 1.0);
    store_close(s);
    fixture_remove(path);
}

TEST(near_duplicate_by_minhash)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    store_add_result res;
    store_story a = { "a", "2026-01-06", "Feed One", "", story_text, strlen(story_text) };
    CHECK_INT(store_add_story(s, &a, NULL, 0, &res), DYAD_OK);
    /* A headline added and the last sentence cut: still the same story. */
    char near[2048];
    snprintf(near, sizeof near, "FISHING DEAL: %.*s", (int)(strlen(story_text) - 40), story_text);
    store_story b = { "b", "2026-01-06", "Feed Two", "", near, strlen(near) };
    CHECK_INT(store_add_story(s, &b, NULL, 0, &res), DYAD_OK);
    CHECK_INT(res.duplicate, 1);
    CHECK_STR(res.dup_of, "a");
    CHECK(res.similarity >= 0.8 && res.similarity < 1.0);
    /* A different story is no duplicate. */
    const char *other = "Protesters marched through Caracas on Sunday demanding new elections, "
                        "and police used tear gas near the presidential palace, witnesses said.";
    store_story c = { "c", "2026-01-06", "Feed One", "", other, strlen(other) };
    CHECK_INT(store_add_story(s, &c, NULL, 0, &res), DYAD_OK);
    CHECK_INT(res.duplicate, 0);
    /* A copy of the duplicate points at the original. */
    store_story d = { "d", "2026-01-07", "Feed Three", "", near, strlen(near) };
    CHECK_INT(store_add_story(s, &d, NULL, 0, &res), DYAD_OK);
    CHECK_INT(res.duplicate, 1);
    CHECK_STR(res.dup_of, "a");
    /* With near-duplicate detection off, only exact copies count. */
    store_close(s);
    store_options exact = { .dup_threshold = 2.0 };
    CHECK_INT(store_open(&s, path, &exact), DYAD_OK);
    store_story e = { "e", "2026-01-07", "Feed Four", "", near, strlen(near) - 10 };
    CHECK_INT(store_add_story(s, &e, NULL, 0, &res), DYAD_OK);
    CHECK_INT(res.duplicate, 0);
    store_close(s);
    fixture_remove(path);
}

TEST(one_a_day_counts)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    /* Three stories, two outlets, one day: USA->CAN 057 mentioned 4 times. */
    dyad_event a[2] = { fixture_event("a", "2026-01-06", "USA", "CAN", "057", 1, 8.0),
                        fixture_event("a", "2026-01-06", "USA", "CAN", "057", 1, 8.0) };
    dyad_event b = fixture_event("b", "2026-01-06", "USA", "CAN", "057", 1, 8.0);
    dyad_event c[2] = { fixture_event("c", "2026-01-06", "USA", "CAN", "057", 1, 8.0),
                        fixture_event("c", "2026-01-07", "USA", "CAN", "057", 1, 8.0) };
    store_story sa = { "a", "2026-01-06", "Feed One", "http://one/a", NULL, 0 };
    store_story sb = { "b", "2026-01-06", "Feed One", "http://one/b", NULL, 0 };
    store_story sc = { "c", "2026-01-06", "Feed Two", "http://two/c", NULL, 0 };
    CHECK_INT(store_add_story(s, &sa, a, 2, NULL), DYAD_OK);
    CHECK_INT(store_add_story(s, &sb, &b, 1, NULL), DYAD_OK);
    CHECK_INT(store_add_story(s, &sc, c, 2, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);
    store_filter f = { 0 };
    char err[100];
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    store_cursor *cur;
    CHECK_INT(store_cursor_open(s, &f, 1, &cur), DYAD_OK);
    dyad_event ev;
    store_event_info info;
    CHECK_INT(store_cursor_next(cur, &ev, &info), DYAD_OK);
    CHECK_STR(ev.date, "2026-01-06");
    CHECK_INT(info.mentions, 4);
    CHECK_INT(info.sources, 2);
    CHECK_INT(info.articles, 3);
    CHECK_STR(ev.story_url, "http://one/a");
    CHECK_INT(store_cursor_next(cur, &ev, &info), DYAD_OK);
    CHECK_STR(ev.date, "2026-01-07");
    CHECK_INT(info.mentions, 1);
    CHECK_INT(store_cursor_next(cur, &ev, &info), DYAD_DONE);
    store_cursor_close(cur);
    /* Every mention, one by one. */
    CHECK_INT(store_cursor_open(s, &f, 0, &cur), DYAD_OK);
    int n = 0;
    while (store_cursor_next(cur, &ev, &info) == DYAD_OK) n++;
    CHECK_INT(n, 5);
    store_cursor_close(cur);
    store_close(s);
    fixture_remove(path);
}

TEST(duplicate_story_events_count_as_sources_not_events)
{
    const char *path = fixture_store_path();
    dyad_store *s;
    CHECK_INT(store_open(&s, path, NULL), DYAD_OK);
    dyad_event e1 = fixture_event("a", "2026-01-06", "USA", "CAN", "057", 1, 8.0);
    dyad_event e2 = fixture_event("b", "2026-01-06", "USA", "CAN", "057", 1, 8.0);
    store_story a = { "a", "2026-01-06", "Feed One", "", story_text, strlen(story_text) };
    store_story b = { "b", "2026-01-06", "Feed Two", "", story_text, strlen(story_text) };
    CHECK_INT(store_add_story(s, &a, &e1, 1, NULL), DYAD_OK);
    CHECK_INT(store_add_story(s, &b, &e2, 1, NULL), DYAD_OK);
    CHECK_INT(store_commit(s), DYAD_OK);
    store_filter f = { 0 };
    char err[100];
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    store_cursor *cur;
    dyad_event ev;
    store_event_info info;
    CHECK_INT(store_cursor_open(s, &f, 0, &cur), DYAD_OK);
    int n = 0;
    while (store_cursor_next(cur, &ev, &info) == DYAD_OK) n++;
    CHECK_INT(n, 1);                       /* the copy's mention is left out */
    store_cursor_close(cur);
    CHECK_INT(store_cursor_open(s, &f, 1, &cur), DYAD_OK);
    CHECK_INT(store_cursor_next(cur, &ev, &info), DYAD_OK);
    CHECK_INT(info.sources, 2);            /* but it is one more source */
    CHECK_INT(info.articles, 2);
    CHECK_INT(store_cursor_next(cur, &ev, &info), DYAD_DONE);
    store_cursor_close(cur);
    store_close(s);
    fixture_remove(path);
}

int main(void)
{
    RUN(exact_duplicate_after_normalising);
    RUN(near_duplicate_by_minhash);
    RUN(one_a_day_counts);
    RUN(duplicate_story_events_count_as_sources_not_events);
    return TEST_DONE();
}
