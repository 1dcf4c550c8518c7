/*
** test_acts.c — an act named again later in the story ("Seoul
** condemned the launch") stands for its doer.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/acts.h"

TEST(keys_cut_a_gerund)
{
    char buf[ACTS_KEY];
    CHECK_STR(acts_key("Launch", buf, sizeof buf), "launch");
    CHECK_STR(acts_key("shelling", buf, sizeof buf), "shell");
    CHECK_STR(acts_key("killings", buf, sizeof buf), "kill");
    CHECK_STR(acts_key("king", buf, sizeof buf), "king");
    CHECK(acts_key("a-word-far-too-long-to-be-a-key", buf, sizeof buf) == NULL);
    CHECK(acts_key(NULL, buf, sizeof buf) == NULL);
}

TEST(a_definite_noun_names_an_earlier_act)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    /* "Seoul condemned the missile launch ." */
    rows_to_doc("Seoul Seoul PROPN 2 nsubj; condemned condemn VERB 0 root; the the DET 5 det; "
                "missile missile NOUN 5 compound; launch launch NOUN 2 obj; . . PUNCT 2 punct", &doc);
    const dyad_token *w = doc.tokens;
    CHECK_INT(acts_definite_noun(w, 6, 4), 1);
    CHECK_INT(acts_definite_noun(w, 6, 3), 1);
    CHECK_INT(acts_definite_noun(w, 6, 0), 0);
    act_memory m = { .n = 0 };
    actor prk = { .found = 1, .code = "PRK", .country = "PRK", .sector = "", .how = "country" };
    acts_remember(&m, "launch", 0, &prk);
    actor out;
    CHECK_INT(acts_resolve(&m, w, 6, 1, 4, "111", &out), 1);
    CHECK_STR(out.code, "PRK");
    CHECK_STR(out.how, "the doer of the act named before");
    CHECK_INT((int)out.first, 4);
    /* not an act of this sentence, nor one a statement or an attack may
    ** be aimed at, nor another word */
    CHECK_INT(acts_resolve(&m, w, 6, 0, 4, "111", &out), 0);
    CHECK_INT(acts_resolve(&m, w, 6, 1, 4, "190", &out), 0);
    CHECK_INT(acts_resolve(&m, w, 6, 1, 3, "111", &out), 0);
    dyad_doc_free(&doc);
}

TEST(the_memory_keeps_the_newest)
{
    act_memory m = { .n = 0 };
    actor a = { .found = 1, .code = "AAA", .how = "country" }, b = { .found = 1, .code = "BBB", .how = "country" };
    acts_remember(&m, "attack", 0, &a);
    for (int i = 0; i < ACTS_MAX; i++) acts_remember(&m, "arrest", 1, &b);
    CHECK_INT(m.n, ACTS_MAX);
    CHECK_STR(m.items[0].key, "arrest");
    CHECK_INT(acts_pattern_code("010"), 0);
    CHECK_INT(acts_pattern_code("190"), 1);
    CHECK_INT(acts_aimed_code("111"), 1);
    CHECK_INT(acts_aimed_code("0231"), 0);
}

TEST(the_bloom_filter_finds_what_was_added)
{
    acts_bloom b = { { 0 } };
    CHECK_INT(acts_bloom_has(&b, "launch"), 0);
    acts_bloom_add(&b, "launch");
    acts_bloom_add(&b, "arrest");
    CHECK_INT(acts_bloom_has(&b, "launch"), 1);
    CHECK_INT(acts_bloom_has(&b, "arrest"), 1);
}

int main(void)
{
    RUN(keys_cut_a_gerund);
    RUN(a_definite_noun_names_an_earlier_act);
    RUN(the_memory_keeps_the_newest);
    RUN(the_bloom_filter_finds_what_was_added);
    return TEST_DONE();
}
