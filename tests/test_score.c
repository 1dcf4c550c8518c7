/*
** test_score.c — the gold-standard scoring rules of ../shared/DESIGN.md:
** type at each level, countries with "" for any, optional gold events,
** texts with no events, levels a text is not annotated at.
*/
#include "testing.h"
#include "code/score.h"

static gold_event gold(const char *src, const char *tgt, const char *cameo, const char *plover, int optional)
{
    gold_event g;
    memset(&g, 0, sizeof g);
    snprintf(g.source, sizeof g.source, "%s", src);
    snprintf(g.target, sizeof g.target, "%s", tgt);
    if (cameo) {
        snprintf(g.types[SCORE_FULL][0], 16, "%s", cameo);
        snprintf(g.types[SCORE_ROOT][0], 3, "%s", cameo);
        g.n_types[SCORE_FULL] = g.n_types[SCORE_ROOT] = 1;
    }
    if (plover) { snprintf(g.types[SCORE_PLOVER][0], 16, "%s", plover); g.n_types[SCORE_PLOVER] = 1; }
    g.optional = optional;
    return g;
}

static predicted_event pred(const char *src, const char *tgt, const char *cameo, const char *plover)
{
    predicted_event p;
    memset(&p, 0, sizeof p);
    snprintf(p.source, sizeof p.source, "%s", src);
    snprintf(p.target, sizeof p.target, "%s", tgt);
    snprintf(p.types[SCORE_FULL], 16, "%s", cameo);
    snprintf(p.types[SCORE_ROOT], 3, "%s", cameo);
    snprintf(p.types[SCORE_PLOVER], 16, "%s", plover);
    return p;
}

TEST(levels_and_actors)
{
    level_score s[SCORE_LEVELS];
    memset(s, 0, sizeof s);
    gold_event g[] = { gold("RUS", "ROU", "112", NULL, 0) };
    predicted_event p[] = { pred("RUS", "ROU", "111", "ACCUSE"), pred("USA", "ROU", "112", "ACCUSE") };
    signed char verdict[2];
    score_text(g, 1, p, 2, s, SCORE_ROOT, verdict);
    CHECK_INT(s[SCORE_ROOT].tp, 1);       /* 111 has root 11 */
    CHECK_INT(s[SCORE_ROOT].fp, 1);       /* USA is not RUS */
    CHECK_INT(s[SCORE_FULL].tp, 0);
    CHECK_INT(s[SCORE_FULL].fn, 1);
    CHECK_INT(s[SCORE_PLOVER].texts, 0);  /* not annotated at PLOVER */
    CHECK_INT(verdict[0], 1);
    CHECK_INT(verdict[1], 0);
}

TEST(any_actor_optional_and_empty)
{
    level_score s[SCORE_LEVELS];
    memset(s, 0, sizeof s);
    gold_event g[] = { gold("USA", "", NULL, "AGREE", 0), gold("JOR", "", NULL, "AGREE", 1) };
    predicted_event p[] = { pred("USA", "JOR", "057", "AGREE"), pred("JOR", "USA", "057", "AGREE") };
    score_text(g, 2, p, 2, s, SCORE_PLOVER, NULL);
    CHECK_INT(s[SCORE_PLOVER].tp, 1);
    CHECK_INT(s[SCORE_PLOVER].fp, 0);     /* matched the optional event: neither */
    CHECK_INT(s[SCORE_PLOVER].fn, 0);
    memset(s, 0, sizeof s);
    score_text(NULL, 0, p, 1, s, SCORE_ROOT, NULL);   /* "events": [] */
    CHECK_INT(s[SCORE_ROOT].fp, 1);
    CHECK_INT(s[SCORE_ROOT].texts, 1);
}

TEST(figures)
{
    level_score s = { 1, 3, 1, 2 };
    CHECK(score_precision(&s) > 0.749 && score_precision(&s) < 0.751);
    CHECK(score_recall(&s) > 0.599 && score_recall(&s) < 0.601);
    CHECK(score_f1(&s) > 0.666 && score_f1(&s) < 0.667);
}

int main(void)
{
    RUN(levels_and_actors);
    RUN(any_actor_optional_and_empty);
    RUN(figures);
    return TEST_DONE();
}
