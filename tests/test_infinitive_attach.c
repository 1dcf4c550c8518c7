/*
** test_infinitive_attach.c — an infinitive after an object's relative
** clause is the main verb's.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/infinitive_attach.h"

static dyad_doc doc;

TEST(an_infinitive_after_a_relative_clause_is_the_verbs)
{
    /* "Chile will permit workers who have stayed in Peru to come back ."
    ** with "to come" read as the purpose of "stayed" */
    rows_to_doc("Chile Chile PROPN 3 nsubj; will will AUX 3 aux; permit permit VERB 0 root; "
                "workers worker NOUN 3 obj; who who PRON 7 nsubj; have have AUX 7 aux; "
                "stayed stay VERB 4 acl:relcl; in in ADP 9 case; Peru Peru PROPN 7 obl; "
                "to to PART 11 mark; come come VERB 7 advcl; back back ADV 11 advmod; . . PUNCT 3 punct",
                &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 1);
    CHECK_INT(doc.tokens[10].head, 3);
    CHECK_STR(doc.tokens[10].deprel, "xcomp");
    dyad_doc_free(&doc);
}

TEST(a_purpose_clause_under_other_verbs_stays)
{
    /* "Chile deported workers who had come to Peru to find jobs ." :
    ** "deport" takes no infinitive; the purpose is the coming's */
    rows_to_doc("Chile Chile PROPN 2 nsubj; deported deport VERB 0 root; workers worker NOUN 2 obj; "
                "who who PRON 6 nsubj; had have AUX 6 aux; come come VERB 3 acl:relcl; to to ADP 8 case; "
                "Peru Peru PROPN 6 obl; to to PART 10 mark; find find VERB 6 advcl; jobs job NOUN 10 obj; "
                ". . PUNCT 2 punct", &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 0);
    CHECK_INT(doc.tokens[9].head, 6);
    dyad_doc_free(&doc);
    /* "Chile urged workers who had come to help to stay ." : "urge" has
    ** its complement already ("to stay") */
    rows_to_doc("Chile Chile PROPN 2 nsubj; urged urge VERB 0 root; workers worker NOUN 2 obj; "
                "who who PRON 6 nsubj; had have AUX 6 aux; come come VERB 3 acl:relcl; "
                "to to PART 8 mark; help help VERB 6 advcl; to to PART 10 mark; stay stay VERB 2 xcomp; "
                ". . PUNCT 2 punct", &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 0);
    CHECK_INT(doc.tokens[7].head, 6);
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(an_infinitive_after_a_relative_clause_is_the_verbs);
    RUN(a_purpose_clause_under_other_verbs_stays);
    return TEST_DONE();
}
