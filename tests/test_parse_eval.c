/*
** test_parse_eval.c — UAS, LAS (full and universal) and CLAS.
*/
#include "testing.h"
#include "dyad.h"
#include "nlp/parse_eval.h"

TEST(scores)
{
    dyad_token gold[4] = {
        { .head = 2, .deprel = "det" },
        { .head = 3, .deprel = "nsubj:pass" },
        { .head = 0, .deprel = "root" },
        { .head = 3, .deprel = "punct" },
    };
    dyad_token pred[4] = {
        { .head = 2, .deprel = "det" },        /* right */
        { .head = 3, .deprel = "nsubj" },      /* right head, subtype lost */
        { .head = 0, .deprel = "root" },       /* right */
        { .head = 2, .deprel = "punct" },      /* wrong head */
    };
    parse_score sc = { 0 };
    parse_eval_sentence(&sc, gold, pred, 4);
    CHECK_INT(sc.words, 4);
    CHECK(parse_uas(&sc) == 75.0);
    CHECK(parse_las(&sc) == 50.0);
    CHECK(parse_las_universal(&sc) == 75.0);
    /* content words: nsubj:pass and root (det and punct are function) */
    CHECK_INT(sc.content, 2);
    CHECK(parse_clas(&sc) == 50.0);
    parse_score empty = { 0 };
    CHECK(parse_uas(&empty) == 0.0 && parse_clas(&empty) == 0.0);
}

int main(void)
{
    RUN(scores);
    return TEST_DONE();
}
