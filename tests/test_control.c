/*
** test_control.c — the noun before a "to" complement read as the object.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/control.h"

static dyad_doc doc;

TEST(an_iobj_before_a_complement_is_the_object)
{
    /* "France urged Mali to hold elections ." with Mali read as an iobj */
    rows_to_doc("France France PROPN 2 nsubj; urged urge VERB 0 root; Mali Mali PROPN 2 iobj; "
                "to to PART 5 mark; hold hold VERB 2 xcomp; elections election NOUN 5 obj; . . PUNCT 2 punct",
                &doc);
    CHECK_INT((int)control_repair(&doc), 1);
    CHECK_STR(doc.tokens[2].deprel, "obj");
    dyad_doc_free(&doc);
}

TEST(an_iobj_beside_an_object_or_a_clause_stays)
{
    /* "Chile gave Peru weapons to use ." : a true indirect object */
    rows_to_doc("Chile Chile PROPN 2 nsubj; gave give VERB 0 root; Peru Peru PROPN 2 iobj; "
                "weapons weapon NOUN 2 obj; to to PART 6 mark; use use VERB 2 xcomp; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_STR(doc.tokens[2].deprel, "iobj");
    dyad_doc_free(&doc);
    /* "Chile told Peru that it would go ." */
    rows_to_doc("Chile Chile PROPN 2 nsubj; told tell VERB 0 root; Peru Peru PROPN 2 iobj; that that SCONJ 7 mark; "
                "it it PRON 7 nsubj; would would AUX 7 aux; go go VERB 2 ccomp; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_STR(doc.tokens[2].deprel, "iobj");
    dyad_doc_free(&doc);
}

TEST(a_gerund_after_committed_is_its_complement)
{
    /* "Chile is committed to opening its market ." */
    rows_to_doc("Chile Chile PROPN 3 nsubj; is be AUX 3 cop; committed committed ADJ 0 root; to to SCONJ 5 mark; "
                "opening open VERB/VBG 3 advcl; its its PRON 7 nmod:poss; market market NOUN 5 obj; . . PUNCT 3 punct",
                &doc);
    CHECK_INT((int)control_repair(&doc), 1);
    CHECK_STR(doc.tokens[4].deprel, "xcomp");
    dyad_doc_free(&doc);
    /* "Chile held talks to opening ..." is no commitment: left alone */
    rows_to_doc("Chile Chile PROPN 2 nsubj; held hold VERB 0 root; talks talk NOUN 2 obj; to to SCONJ 5 mark; "
                "opening open VERB/VBG 2 advcl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    dyad_doc_free(&doc);
}

TEST(a_known_particle_read_as_a_preposition_is_put_back)
{
    pattern_set set;
    pattern_set_init(&set);
    pattern_set_add(&set, "0841", "hand compound:prt=over obj=body obl:to@T", "v", 1, NULL, 0);
    pattern_set_index(&set);
    /* "Chile handed over the bodies to Peru ." with "over" a preposition */
    rows_to_doc("Chile Chile PROPN 2 nsubj; handed hand VERB 0 root; over over ADP 5 case; the the DET 5 det; "
                "bodies body NOUN 2 obl; to to ADP 7 case; Peru Peru PROPN 2 obl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)particle_repair(&doc, &set), 1);
    CHECK_STR(doc.tokens[2].deprel, "compound:prt");
    CHECK_INT(doc.tokens[2].head, 2);
    CHECK_STR(doc.tokens[4].deprel, "obj");
    dyad_doc_free(&doc);
    /* "Chile flew over the border ." : no pattern knows "fly over" */
    rows_to_doc("Chile Chile PROPN 2 nsubj; flew fly VERB 0 root; over over ADP 5 case; the the DET 5 det; "
                "border border NOUN 2 obl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)particle_repair(&doc, &set), 0);
    CHECK_STR(doc.tokens[4].deprel, "obl");
    dyad_doc_free(&doc);
    pattern_set_free(&set);
}

TEST(a_particle_put_back_leaves_a_noun_with_its_own_preposition_oblique)
{
    pattern_set set;
    pattern_set_init(&set);
    pattern_set_add(&set, "127", "pull compound:prt=out obl:of=deal", "v", 1, NULL, 0);
    pattern_set_index(&set);
    /* "Mali pulled out of the deal ." with "out" and "of" both the deal's */
    rows_to_doc("Mali Mali PROPN 2 nsubj; pulled pull VERB 0 root; out out ADP 6 case; of of ADP 6 case; "
                "the the DET 6 det; deal deal NOUN 2 obl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)particle_repair(&doc, &set), 1);
    CHECK_STR(doc.tokens[2].deprel, "compound:prt");
    CHECK_STR(doc.tokens[5].deprel, "obl");
    dyad_doc_free(&doc);
    pattern_set_free(&set);
}

TEST(a_recipient_read_as_a_compound_is_the_indirect_object)
{
    pattern_set set;
    pattern_set_init(&set);
    pattern_set_add(&set, "122", "deny iobj@T obj=aid", "v", 1, NULL, 0);
    pattern_set_index(&set);
    /* "Chile denied the Peruvian junta aid ." with "junta" a compound of "aid" */
    rows_to_doc("Chile Chile PROPN 2 nsubj; denied deny VERB 0 root; the the DET 6 det; Peruvian Peruvian ADJ 6 amod; "
                "junta junta NOUN 6 compound; aid aid NOUN 2 obj; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)double_object_repair(&doc, &set), 1);
    CHECK_STR(doc.tokens[4].deprel, "iobj");
    CHECK_INT(doc.tokens[4].head, 2);
    CHECK_INT(doc.tokens[2].head, 5);
    CHECK_INT(doc.tokens[3].head, 5);
    dyad_doc_free(&doc);
    /* "Chile denied the junta plan ." : no pattern gives a plan */
    rows_to_doc("Chile Chile PROPN 2 nsubj; denied deny VERB 0 root; the the DET 5 det; "
                "junta junta NOUN 5 compound; plan plan NOUN 2 obj; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)double_object_repair(&doc, &set), 0);
    CHECK_STR(doc.tokens[3].deprel, "compound");
    dyad_doc_free(&doc);
    /* "Chile denied the junta food aid ." : two nouns make a compound */
    rows_to_doc("Chile Chile PROPN 2 nsubj; denied deny VERB 0 root; the the DET 6 det; junta junta NOUN 6 compound; "
                "food food NOUN 6 compound; aid aid NOUN 2 obj; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)double_object_repair(&doc, &set), 0);
    dyad_doc_free(&doc);
    pattern_set_free(&set);
}

TEST(a_day_run_into_the_reported_subject_is_split_off)
{
    /* "Chile said on Sunday Peruvian ships fired ." with "on Sunday
    ** Peruvian ships" one oblique of "fired" */
    rows_to_doc("Chile Chile PROPN 2 nsubj; said say VERB 0 root; on on ADP 6 case; Sunday Sunday PROPN 6 compound; "
                "Peruvian Peruvian ADJ 6 amod; ships ship NOUN 7 obl; fired fire VERB 2 ccomp; . . PUNCT 2 punct",
                &doc);
    doc.tokens[6].xpos = "VBD";
    CHECK_INT((int)control_repair(&doc), 1);
    CHECK_STR(doc.tokens[5].deprel, "nsubj");
    CHECK_INT(doc.tokens[3].head, 2);
    CHECK_STR(doc.tokens[3].deprel, "obl");
    CHECK_INT(doc.tokens[2].head, 4);
    dyad_doc_free(&doc);
    /* "Chile relied on Peruvian ships ." : no day, no change */
    rows_to_doc("Chile Chile PROPN 2 nsubj; relied rely VERB 0 root; on on ADP 5 case; Peruvian Peruvian ADJ 5 amod; "
                "ships ship NOUN 2 obl; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    dyad_doc_free(&doc);
}

TEST(an_object_with_a_preposition_is_an_oblique)
{
    /* "Mali pulled out of the deal ." with "deal" an object that has "of" */
    rows_to_doc("Mali Mali PROPN 2 nsubj; pulled pull VERB 0 root; out out ADP 2 compound:prt; of of ADP 6 case; "
                "the the DET 6 det; deal deal NOUN 2 obj; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 1);
    CHECK_STR(doc.tokens[5].deprel, "obl");
    dyad_doc_free(&doc);
    /* "Mali signed the deal ." keeps its object */
    rows_to_doc("Mali Mali PROPN 2 nsubj; signed sign VERB 0 root; the the DET 4 det; deal deal NOUN 2 obj; "
                ". . PUNCT 2 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_STR(doc.tokens[3].deprel, "obj");
    dyad_doc_free(&doc);
}

TEST(a_verb_conjoined_to_a_root_name_takes_both_names_as_subject)
{
    /* "Chile and the United States are seeking talks ." read as Chile
    ** with "and ... seeking" conjoined to it */
    rows_to_doc("Chile Chile PROPN 0 root; and and CCONJ 7 cc; the the DET 5 det; United United PROPN 5 amod; "
                "States State PROPN 7 nsubj; are be AUX 7 aux; seeking seek VERB 1 conj; talks talk NOUN 7 obj; "
                ". . PUNCT 1 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 1);
    CHECK_INT(doc.tokens[6].head, 0);
    CHECK_STR(doc.tokens[6].deprel, "root");
    CHECK_INT(doc.tokens[0].head, 7);
    CHECK_STR(doc.tokens[0].deprel, "nsubj");
    CHECK_INT(doc.tokens[4].head, 1);
    CHECK_STR(doc.tokens[4].deprel, "conj");
    CHECK_INT(doc.tokens[1].head, 5);
    CHECK_INT(doc.tokens[8].head, 7);
    dyad_doc_free(&doc);
    /* "Chile , whose army is seeking talks ." has no "and": left alone */
    rows_to_doc("Chile Chile PROPN 0 root; , , PUNCT 1 punct; whose whose PRON 4 nmod:poss; army army NOUN 6 nsubj; "
                "is be AUX 6 aux; seeking seek VERB 1 conj; talks talk NOUN 6 obj; . . PUNCT 1 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_INT(doc.tokens[5].head, 1);
    dyad_doc_free(&doc);
}

TEST(a_finite_past_under_a_root_noun_is_the_verb)
{
    /* "Jets carrying bombs struck depots ." parsed with Jets as the root
    ** and struck as a clause of bombs */
    rows_to_doc("Jets jet NOUN 0 root; carrying carry VERB/VBG 1 acl; bombs bomb NOUN 2 obj; "
                "struck strike VERB/VBD 3 acl; depots depot NOUN 4 obj; . . PUNCT 1 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 1);
    CHECK_INT(doc.tokens[3].head, 0);
    CHECK_STR(doc.tokens[3].deprel, "root");
    CHECK_INT(doc.tokens[0].head, 4);
    CHECK_STR(doc.tokens[0].deprel, "nsubj");
    CHECK_INT(doc.tokens[5].head, 4);
    CHECK_INT(doc.tokens[1].head, 1);
    dyad_doc_free(&doc);
    /* a reduced relative (VBN) stays: "Depots struck by jets ." */
    rows_to_doc("Depots depot NOUN 0 root; struck strike VERB/VBN 1 acl; by by ADP 4 case; jets jet NOUN 2 obl; "
                ". . PUNCT 1 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_INT(doc.tokens[0].head, 0);
    dyad_doc_free(&doc);
    /* a predicate noun with its copula stays: "Chile is the state that won ." */
    rows_to_doc("Chile Chile PROPN 4 nsubj; is be AUX 4 cop; the the DET 4 det; state state NOUN 0 root; "
                "that that PRON 6 nsubj; won win VERB/VBD 4 acl; . . PUNCT 4 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_INT(doc.tokens[3].head, 0);
    dyad_doc_free(&doc);
    /* a root noun whose clause is already a verb keeps it: "Peru on Monday
    ** closed its border after the army in Quito shelled farms ." parsed
    ** with Peru as the root, closed as its clause and shelled as a clause
    ** of army */
    rows_to_doc("Peru Peru PROPN 0 root; on on ADP 4 mark; Monday Monday PROPN 4 nsubj; "
                "closed close VERB/VBD 1 ccomp; its its PRON 6 nmod:poss; border border NOUN 4 obj; "
                "after after ADP 9 case; the the DET 9 det; army army NOUN 4 obl; in in ADP 11 case; "
                "Quito Quito PROPN 9 nmod; shelled shell VERB/VBD 9 acl; farms farm NOUN 12 obj; "
                ". . PUNCT 1 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_INT(doc.tokens[0].head, 0);
    CHECK_INT(doc.tokens[11].head, 9);
    dyad_doc_free(&doc);
}

TEST(a_perfect_without_be_is_active)
{
    /* "Chile said Peruvian boats had \" entered \" its waters ." with the
    ** boats read as a passive subject: "had" with no "been" is active */
    rows_to_doc("Chile Chile PROPN 2 nsubj; said say VERB 0 root; Peruvian Peruvian ADJ 4 amod; "
                "boats boat NOUN 7 nsubj:pass; had have AUX 7 aux; \" \" PUNCT 7 punct; "
                "entered enter VERB/VBN 2 ccomp; \" \" PUNCT 7 punct; its its PRON 10 nmod:poss; "
                "waters water NOUN 7 obj; . . PUNCT 2 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 1);
    CHECK_STR(doc.tokens[3].deprel, "nsubj");
    dyad_doc_free(&doc);
    /* "Peruvian boats had been seized ." and "... had got seized .": passive */
    rows_to_doc("Peruvian Peruvian ADJ 2 amod; boats boat NOUN 5 nsubj:pass; had have AUX 5 aux; "
                "been be AUX 5 aux:pass; seized seize VERB/VBN 0 root; . . PUNCT 5 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_STR(doc.tokens[1].deprel, "nsubj:pass");
    dyad_doc_free(&doc);
    rows_to_doc("Peruvian Peruvian ADJ 2 amod; boats boat NOUN 5 nsubj:pass; had have AUX 5 aux; "
                "got get AUX 5 aux; seized seize VERB/VBN 0 root; . . PUNCT 5 punct", &doc);
    CHECK_INT((int)control_repair(&doc), 0);
    CHECK_STR(doc.tokens[1].deprel, "nsubj:pass");
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(an_iobj_before_a_complement_is_the_object);
    RUN(an_iobj_beside_an_object_or_a_clause_stays);
    RUN(a_gerund_after_committed_is_its_complement);
    RUN(a_known_particle_read_as_a_preposition_is_put_back);
    RUN(a_particle_put_back_leaves_a_noun_with_its_own_preposition_oblique);
    RUN(an_object_with_a_preposition_is_an_oblique);
    RUN(a_day_run_into_the_reported_subject_is_split_off);
    RUN(a_recipient_read_as_a_compound_is_the_indirect_object);
    RUN(a_verb_conjoined_to_a_root_name_takes_both_names_as_subject);
    RUN(a_finite_past_under_a_root_noun_is_the_verb);
    RUN(a_perfect_without_be_is_active);
    return TEST_DONE();
}
