/*
** test_infinitive_attach.c — an infinitive after an object's relative
** clause is the main verb's, and so is one read as a clause of the
** object itself.
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

TEST(an_infinitive_read_as_the_objects_clause_is_the_verbs)
{
    /* "Warsaw ordered the diplomats to leave ." with "to leave" a clause
    ** of the diplomats */
    rows_to_doc("Warsaw Warsaw PROPN 2 nsubj; ordered order VERB 0 root; the the DET 4 det; "
                "diplomats diplomat NOUN 2 obj; to to PART 6 mark; leave leave VERB 4 acl; . . PUNCT 2 punct",
                &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 1);
    CHECK_INT(doc.tokens[5].head, 2);
    CHECK_STR(doc.tokens[5].deprel, "xcomp");
    dyad_doc_free(&doc);
    /* "Kenya urged the plan to leave ." : a noun of content keeps its
    ** infinitive, and so it does after a verb that takes none */
    rows_to_doc("Kenya Kenya PROPN 2 nsubj; urged urge VERB 0 root; the the DET 4 det; "
                "plan plan NOUN 2 obj; to to PART 6 mark; leave leave VERB 4 acl; . . PUNCT 2 punct",
                &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 0);
    CHECK_INT(doc.tokens[5].head, 4);
    dyad_doc_free(&doc);
    rows_to_doc("Kenya Kenya PROPN 2 nsubj; backed back VERB 0 root; the the DET 4 det; "
                "troops troop NOUN 2 obj; to to PART 6 mark; leave leave VERB 4 acl; . . PUNCT 2 punct",
                &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 0);
    dyad_doc_free(&doc);
}

TEST(an_infinitive_after_words_between_is_the_verbs_complement)
{
    /* "Peru agreed on Monday to impose sanctions ." with "to impose" a purpose */
    rows_to_doc("Peru Peru PROPN 2 nsubj; agreed agree VERB 0 root; on on ADP 4 case; Monday Monday PROPN 2 obl; "
                "to to PART 6 mark; impose impose VERB 2 advcl; sanctions sanction NOUN 6 obj; . . PUNCT 2 punct",
                &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 1);
    CHECK_STR(doc.tokens[5].deprel, "xcomp");
    dyad_doc_free(&doc);
    /* "Peru met on Monday to discuss trade ." : a meeting has a purpose;
    ** "... voted so as to stay" has one too */
    rows_to_doc("Peru Peru PROPN 2 nsubj; met meet VERB 0 root; on on ADP 4 case; Monday Monday PROPN 2 obl; "
                "to to PART 6 mark; discuss discuss VERB 2 advcl; trade trade NOUN 6 obj; . . PUNCT 2 punct",
                &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 0);
    dyad_doc_free(&doc);
    rows_to_doc("Peru Peru PROPN 2 nsubj; voted vote VERB 0 root; so so ADV 6 mark; as as ADP 6 mark; "
                "to to PART 6 mark; stay stay VERB 2 advcl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)infinitive_attach_repair(&doc), 0);
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(an_infinitive_after_a_relative_clause_is_the_verbs);
    RUN(a_purpose_clause_under_other_verbs_stays);
    RUN(an_infinitive_read_as_the_objects_clause_is_the_verbs);
    RUN(an_infinitive_after_words_between_is_the_verbs_complement);
    return TEST_DONE();
}
