/*
** test_pattern_anchor.c — which patterns could match among a sentence's
** words: each kind of anchor, the forms matching also accepts, and the
** constraints that need no word.
*/
#include <string.h>
#include "testing.h"
#include "dyad.h"
#include "code/pattern_anchor.h"

/* A bag of the words of `text` (split on spaces), lemma = form, or no
** lemma for a word written with a leading '*' (the form is then read). */
static void bag_of(lemma_bag *bag, const char *text)
{
    char words[256];
    snprintf(words, sizeof words, "%s", text);
    lemma_bag_clear(bag);
    for (char *w = strtok(words, " "); w; w = strtok(NULL, " ")) {
        dyad_token t;
        memset(&t, 0, sizeof t);
        t.form = w[0] == '*' ? w + 1 : w;
        t.lemma = w[0] == '*' ? NULL : w;
        lemma_bag_add_word(bag, &t);
    }
}

static pattern_set set;
static pattern_anchors set_anchors;

/* Could the pattern on line `line` of the set match in `text`? */
static int may(unsigned line, const char *text)
{
    lemma_bag bag;
    bag_of(&bag, text);
    for (size_t i = 0; i < set.n; i++)
        if (set.patterns[i].line == line && set.patterns[i].parent == -1)
            return pattern_may_match(&set, &set_anchors, &set.patterns[i], &bag);
    return -1;
}

TEST(each_anchor)
{
    /* no constraint, or none that needs a word */
    CHECK_INT(may(1, "nothing here"), 1);
    CHECK_INT(may(2, "nothing here"), 1);
    CHECK_INT(may(3, "nothing here"), 1);
    /* a lemma list */
    CHECK_INT(may(4, "Chile impose tariffs"), 0);
    CHECK_INT(may(4, "Chile impose sanction on Peru"), 1);
    CHECK_INT(may(4, "Chile impose sanctions on Peru"), 1);    /* the singular */
    CHECK_INT(may(4, "Chile impose sanction against Peru"), 0); /* no "on" */
    CHECK_INT(may(4, "Chile impose sanction upon Peru"), 1);   /* "upon" is "on" */
    CHECK_INT(may(4, "Chile impose embargo on Peru"), 1);
    CHECK_INT(may(4, "Chile impose EMBARGO on Peru"), 1);      /* whatever the case, as pattern.c */
    /* a clause and its own anchors */
    CHECK_INT(may(5, "Chile agree to hold talk"), 1);
    CHECK_INT(may(5, "Chile agree to hold elections"), 0);
    CHECK_INT(may(5, "Chile agree to talk"), 0);
    /* UD's own subtypes need no word; a particle's lemma list does */
    CHECK_INT(may(6, "Chile call Peru"), 1);
    CHECK_INT(may(7, "Chile call Peru"), 0);
    CHECK_INT(may(7, "Chile call off talks"), 1);
    /* a currency sign is money */
    CHECK_INT(may(8, "Chile pledge $ 10 million to Peru"), 1);
    CHECK_INT(may(8, "Chile pledge 10 million to Peru"), 0);
    /* a word with no lemma is read lower-cased */
    CHECK_INT(may(4, "Chile impose *SANCTION *ON Peru"), 1);
}

TEST(heads)
{
    lemma_bag bag;
    bag_of(&bag, "Chile impose tariffs");
    CHECK_INT(pattern_head_may_match(&set, &set_anchors, "impose", NULL, &bag), 1);    /* line 3 */
    CHECK_INT(pattern_head_may_match(&set, &set_anchors, "agree", NULL, &bag), 0);
    CHECK_INT(pattern_head_may_match(&set, &set_anchors, "unknown", NULL, &bag), 0);
}

int main(void)
{
    pattern_set_init(&set);
    static const char *const lines[][2] = {
        { "040", "meet" },
        { "190", "attack obj@T !obl:with" },
        { "163", "impose obj@T" },
        { "163", "impose obj=sanction|embargo obl:on@T" },
        { "043", "agree xcomp>hold[obj=talk|negotiation]" },
        { "190", "fire obl:agent@S" },
        { "0831", "call compound:prt=off obj@T" },
        { "0331", "pledge obj=money|fund obl:to@T" },
    };
    int ok = 1;
    for (unsigned i = 0; i < sizeof lines / sizeof *lines; i++)
        ok &= pattern_set_add(&set, lines[i][0], lines[i][1], "t", i + 1, NULL, 0) == DYAD_OK;
    ok &= pattern_set_index(&set) == DYAD_OK;
    ok &= pattern_anchors_build(&set_anchors, &set) == DYAD_OK;
    CHECK(ok);
    RUN(each_anchor);
    RUN(heads);
    pattern_anchors_free(&set_anchors);
    pattern_set_free(&set);
    return TEST_DONE();
}
