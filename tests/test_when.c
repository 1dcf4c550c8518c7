/*
** test_when.c — event dates from the story date and the sentence: the
** relative days, weekdays, explicit dates and periods of news text.
*/
#include "testing.h"
#include "text_helpers.h"
#include "when/when.h"

/* Resolves the first sentence of text against story date 2026-01-22, a
** Thursday, and returns "DATE basis" (static storage). */
static const char *date_of(const char *text, const char *story)
{
    static char out[64];
    static dyad_doc doc;
    static int ready;
    if (!ready) { dyad_doc_init(&doc); ready = 1; }
    dyad_doc_set_text(&doc, text, strlen(text));
    dyad_segment(&doc, NULL);
    event_date when;
    if (when_resolve(story, &doc, 0, &when) != DYAD_OK) return "error";
    snprintf(out, sizeof out, "%s %s", when.date, when.basis);
    return out;
}

#define STORY "2026-01-22"

TEST(relative_days)
{
    CHECK_STR(date_of("Police arrested 14 people yesterday.", STORY), "2026-01-21 relative");
    CHECK_STR(date_of("The talks resume today.", STORY), "2026-01-22 relative");
    CHECK_STR(date_of("Rebels attacked the town last night.", STORY), "2026-01-21 relative");
    CHECK_STR(date_of("The envoy arrives tomorrow.", STORY), "2026-01-23 relative");
}

TEST(weekdays_look_back_unless_the_sentence_looks_ahead)
{
    CHECK_STR(date_of("The minister resigned on Tuesday.", STORY), "2026-01-20 weekday");
    CHECK_STR(date_of("The minister resigned on Thursday.", STORY), "2026-01-22 weekday");
    CHECK_STR(date_of("Talks began on Friday.", STORY), "2026-01-16 weekday");
    CHECK_STR(date_of("The leaders will meet on Monday.", STORY), "2026-01-26 weekday");
    CHECK_STR(date_of("They met last Thursday.", STORY), "2026-01-22 weekday");
    CHECK_STR(date_of("They meet next Thursday.", STORY), "2026-01-29 weekday");
}

TEST(explicit_dates)
{
    CHECK_STR(date_of("The invasion began on Feb. 24.", STORY), "2025-02-24 explicit");
    CHECK_STR(date_of("The vote was held on January 18.", STORY), "2026-01-18 explicit");
    CHECK_STR(date_of("It was signed on 9 January.", STORY), "2026-01-09 explicit");
    CHECK_STR(date_of("It was signed on Feb. 24, 2022.", STORY), "2022-02-24 explicit");
    CHECK_STR(date_of("The post opens from Jan. 1.", "2025-12-20"), "2026-01-01 explicit");
    CHECK_STR(date_of("Elections will be held on March 3.", STORY), "2026-03-03 explicit");
}

TEST(periods)
{
    CHECK_STR(date_of("Clashes broke out last week.", STORY), "2026-01-15 week");
    CHECK_STR(date_of("Prices rose last month.", STORY), "2025-12-01 month");
    CHECK_STR(date_of("The strike began in November.", STORY), "2025-11-01 month");
    CHECK_STR(date_of("The strike began in January.", STORY), "2026-01-01 month");
}

TEST(names_and_verbs_are_not_months)
{
    CHECK_STR(date_of("Theresa May said no.", STORY), "2026-01-22 story");
    CHECK_STR(date_of("March organisers said no.", STORY), "2026-01-22 story");
    CHECK_STR(date_of("Talks ended in May.", STORY), "2025-05-01 month");
}

TEST(no_expression_keeps_the_story_date)
{
    CHECK_STR(date_of("The army denied the report.", STORY), "2026-01-22 story");
    CHECK_STR(date_of("The army denied the report.", ""), " none");
    CHECK_STR(date_of("The army denied it.", "2026-02-30"), "error");
}

TEST(date_arithmetic)
{
    char out[11];
    CHECK_INT(when_parse_date("1970-01-01"), 0);
    when_format_date(when_parse_date("2024-02-29") + 1, out);
    CHECK_STR(out, "2024-03-01");
    when_format_date(when_parse_date("2026-01-01") - 1, out);
    CHECK_STR(out, "2025-12-31");
    CHECK_INT(when_parse_date("2025-02-29"), INT32_MIN);
    CHECK_INT(when_parse_date("2025-1-01"), INT32_MIN);
}

int main(void)
{
    RUN(relative_days);
    RUN(weekdays_look_back_unless_the_sentence_looks_ahead);
    RUN(explicit_dates);
    RUN(periods);
    RUN(names_and_verbs_are_not_months);
    RUN(no_expression_keeps_the_story_date);
    RUN(date_arithmetic);
    return TEST_DONE();
}
