/*
** test_story.c — wire-page line classes: kickers, captions, blank lines.
*/
#include "testing.h"
#include "text/story.h"

static int kicker(const char *line, char *out)
{
    size_t ks, kl, body = story_kicker(line, strlen(line), &ks, &kl);
    if (body) { memcpy(out, line + ks, kl); out[kl] = '\0'; }
    return (int)body;
}

TEST(kickers)
{
    char k[128];
    CHECK_INT(kicker("FISHING DISPUTE: The coast guard said", k), 17);
    CHECK_STR(k, "FISHING DISPUTE");
    CHECK(kicker("‘UNACCEPTABLE’: The sanctions", k) > 0);
    CHECK_STR(k, "UNACCEPTABLE");
    CHECK(kicker("\"NO DEAL\": talks end", k) > 0);
    CHECK_STR(k, "NO DEAL");
    CHECK(kicker("COVID-19 RULES: Masks return", k) > 0);
    CHECK_STR(k, "COVID-19 RULES");
}

TEST(not_kickers)
{
    char k[128];
    CHECK_INT(kicker("Photo: AP", k), 0);
    CHECK_INT(kicker("A: yes", k), 0);
    CHECK_INT(kicker("10:30 is the time", k), 0);
    CHECK_INT(kicker("The minister said: no", k), 0);
    CHECK_INT(kicker("NATO:members", k), 0);
    CHECK_INT(kicker("ONE TWO THREE FOUR FIVE SIX SEVEN: too long", k), 0);
}

TEST(captions)
{
    CHECK(story_is_caption("Photo: AP", 9));
    CHECK(story_is_caption("Photo: Reuters", 14));
    CHECK(story_is_caption("Photo courtesy of the ministry", 30));
    CHECK(story_is_caption("  Photograph: EPA", 17));
    CHECK(story_is_caption("File photo", 10));
    CHECK(!story_is_caption("Photos of the meeting were shown to reporters on Monday.", 55));
    CHECK(!story_is_caption("Photographers gathered outside.", 31));
}

TEST(blank_lines)
{
    CHECK(story_is_blank("", 0));
    CHECK(story_is_blank(" \t \xc2\xa0", 5));
    CHECK(!story_is_blank(" x ", 3));
}

int main(void)
{
    RUN(kickers);
    RUN(not_kickers);
    RUN(captions);
    RUN(blank_lines);
    return TEST_DONE();
}
