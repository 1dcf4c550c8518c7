/*
** test_quantity.c — "up to N" read back as a quantity after the parse.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/quantity.h"

static dyad_doc doc;

TEST(up_to_a_number_is_a_quantity)
{
    /* "Rebels kidnapped up to 16 advisers ." with "up" read as the verb's
    ** particle and "to 16 advisers" as an oblique */
    rows_to_doc("Rebels rebel NOUN 2 nsubj; kidnapped kidnap VERB 0 root; up up ADP 2 compound:prt; "
                "to to ADP 6 case; 16 16 NUM 6 nummod; advisers adviser NOUN 2 obl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)quantity_repair(&doc), 1);
    CHECK_STR(doc.tokens[5].deprel, "obj");
    CHECK_STR(doc.tokens[2].deprel, "advmod");
    CHECK_INT(doc.tokens[2].head, 5);
    CHECK_STR(doc.tokens[3].deprel, "fixed");
    CHECK_INT(doc.tokens[3].head, 3);
    dyad_doc_free(&doc);
}

TEST(an_object_already_there_stays)
{
    /* "Rebels freed hostages , up to 16 a day ." : the verb has its object */
    rows_to_doc("Rebels rebel NOUN 2 nsubj; freed free VERB 0 root; hostages hostage NOUN 2 obj; , , PUNCT 8 punct; "
                "up up ADV 8 advmod; to to ADP 7 case; 16 16 NUM 8 nummod; day day NOUN 2 obl; . . PUNCT 2 punct",
                &doc);
    quantity_repair(&doc);
    CHECK_STR(doc.tokens[7].deprel, "obl");
    dyad_doc_free(&doc);
}

TEST(other_ups_are_left_alone)
{
    /* "Prices went up to the top ." */
    rows_to_doc("Prices price NOUN 2 nsubj; went go VERB 0 root; up up ADV 2 advmod; to to ADP 6 case; "
                "the the DET 6 det; top top NOUN 2 obl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)quantity_repair(&doc), 0);
    CHECK_STR(doc.tokens[5].deprel, "obl");
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(up_to_a_number_is_a_quantity);
    RUN(an_object_already_there_stays);
    RUN(other_ups_are_left_alone);
    return TEST_DONE();
}
