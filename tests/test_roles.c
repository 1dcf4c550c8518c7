/*
** test_roles.c — reading a verb's dependents: subjects through control and
** relative clauses, the passive's agent, conjuncts, aimed-at prepositions,
** negation, modality, and CAMEO's intent and threat codes.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/roles.h"

static dyad_doc doc;
static sentence_tree tree;

static void parse(const char *rows)
{
    rows_to_tree(rows, &doc, &tree);
}

TEST(subjects)
{
    int passive;
    /* "Britain promised to send aid": send's subject is Britain's */
    parse("Britain Britain PROPN 2 nsubj; promised promise VERB 0 root; to to PART 4 mark; "
          "send send VERB 2 xcomp; aid aid NOUN 4 obj");
    CHECK_INT(role_subject(&tree, 3, &passive), 0);
    CHECK_INT(passive, 0);
    /* "Ukraine was attacked by Russia": the agent, passive */
    parse("Ukraine Ukraine PROPN 3 nsubj:pass; was be AUX 3 aux:pass; attacked attack VERB 0 root; "
          "by by ADP 5 case; Russia Russia PROPN 3 obl");
    CHECK_INT(role_subject(&tree, 2, &passive), 4);
    CHECK_INT(passive, 1);
    CHECK_INT(role_agent(&tree, 2), 4);
    /* "Peru on Thursday rejected the plan", parsed with the name for the
    ** root and the verb as its parataxis: the name is the subject */
    parse("Peru Peru PROPN 0 root; on on ADP 3 case; Thursday Thursday PROPN 1 nmod; "
          "rejected reject VERB/VBD 1 parataxis; the the DET 6 det; plan plan NOUN 4 obj");
    CHECK_INT(role_subject(&tree, 3, &passive), 0);
    /* ... and so with the tense on an auxiliary: "Chilean raids, coming
    ** weekly, have destroyed two depots", the verb hung as a parataxis
    ** on the noun */
    parse("Chilean Chilean ADJ 2 amod; raids raid NOUN 0 root; , , PUNCT 4 punct; coming come VERB/VBG 2 parataxis; "
          "weekly weekly ADV 4 advmod; , , PUNCT 8 punct; have have AUX/VBP 8 aux; "
          "destroyed destroy VERB/VBN 2 parataxis; two two NUM 10 nummod; depots depot NOUN 8 obj");
    CHECK_INT(role_subject(&tree, 7, &passive), 1);
    /* "Quito said Lima had shelled Tumbes and taken Piura", parsed with
    ** "taken" joined to "said": the participle shares "had shelled"'s
    ** subject and is reported as it is */
    parse("Quito Quito PROPN 2 nsubj; said say VERB/VBD 0 root; Lima Lima PROPN 5 nsubj; had have AUX 5 aux; "
          "shelled shell VERB/VBN 2 ccomp; Tumbes Tumbes PROPN 5 obj; and and CCONJ 8 cc; "
          "taken take VERB/VBN 2 conj; Piura Piura PROPN 8 obj");
    CHECK_INT(role_subject(&tree, 7, &passive), 2);
    CHECK_STR(role_modality(&tree, 7), "reported");
    /* "Police opened fire to disperse protesters": the purpose's subject
    ** is the verb's, not "fire" ... */
    parse("Police police NOUN 2 nsubj; opened open VERB 0 root; fire fire NOUN 2 obj; to to PART 5 mark; "
          "disperse disperse VERB 3 acl; protesters protester NOUN 5 obj");
    CHECK_INT(role_subject(&tree, 4, &passive), 0);
    /* ... but "Chile cancelled plans to sell jets": the plan's content,
    ** not a purpose, keeps the noun (no actor: no event) */
    parse("Chile Chile PROPN 2 nsubj; cancelled cancel VERB 0 root; plans plan NOUN 2 obj; to to PART 5 mark; "
          "sell sell VERB 3 acl; jets jet NOUN 5 obj");
    CHECK_INT(role_subject(&tree, 4, &passive), 2);
    CHECK_STR(role_modality(&tree, 4), "future");      /* planned, not done */
    /* "Five were killed in an air strike": the attack is the agent */
    parse("Five five NUM 3 nsubj:pass; were be AUX 3 aux:pass; killed kill VERB 0 root; in in ADP 7 case; "
          "an a DET 7 det; air air NOUN 7 compound; strike strike NOUN 3 obl");
    CHECK_INT(role_subject(&tree, 2, &passive), 6);
    /* ... but not a place: "killed in Gaza" */
    parse("Five five NUM 3 nsubj:pass; were be AUX 3 aux:pass; killed kill VERB 0 root; in in ADP 5 case; "
          "Gaza Gaza PROPN 3 obl");
    CHECK_INT(role_subject(&tree, 2, &passive), -1);
    /* "the country that attacked": the relative pronoun stands for country */
    parse("the the DET 2 det; country country NOUN 0 root; that that PRON 4 nsubj; attacked attack VERB 2 acl:relcl");
    CHECK_INT(role_subject(&tree, 3, &passive), 1);
    /* "Israel on Wednesday released ..." misparsed with the finite verb
    ** hanging on the noun: the noun is its subject */
    parse("Israel Israel PROPN 0 root; on on ADP 3 case; Wednesday Wednesday PROPN 1 nmod; "
          "released release VERB 1 appos; prisoners prisoner NOUN 4 obj");
    doc.tokens[3].xpos = "VBD";
    CHECK_INT(role_subject(&tree, 3, &passive), 0);
    /* but a participle there is a reduced relative, not a misparse */
    doc.tokens[3].xpos = "VBN";
    CHECK_INT(role_subject(&tree, 3, &passive), -1);
    /* "Ukrainian lawmakers Tuesday endorsed the pact", parsed with the
    ** day for subject: the day never acts, the bare noun before it does */
    parse("Ukrainian Ukrainian ADJ 2 amod; lawmakers lawmaker NOUN 4 obl:unmarked; Tuesday Tuesday PROPN 4 nsubj; "
          "endorsed endorse VERB 0 root; the the DET 6 det; pact pact NOUN 4 obj");
    CHECK_INT(role_subject(&tree, 3, &passive), 1);
    /* "Pakistan today threatened", the name read as the day's modifier */
    parse("Pakistan Pakistan PROPN 2 compound; today today NOUN 3 nsubj; threatened threaten VERB 0 root");
    CHECK_INT(role_subject(&tree, 2, &passive), 0);
    parse("Israel Israel PROPN 2 nmod:desc; today today NOUN 3 nsubj; mounted mount VERB 0 root");
    CHECK_INT(role_subject(&tree, 2, &passive), 0);
    parse("Ghana Ghana PROPN 0 root; on on ADP 4 mark; Friday Friday PROPN 4 nsubj; recalled recall VERB 1 ccomp; "
          "envoys envoy NOUN 4 obj");
    CHECK_INT(role_subject(&tree, 3, &passive), 0);
    /* a day alone is no subject */
    parse("Tuesday Tuesday PROPN 2 nsubj; was be AUX 3 cop; quiet quiet ADJ 0 root");
    CHECK_INT(role_subject(&tree, 2, &passive), -1);
}

TEST(conjuncts_and_directions)
{
    parse("Brazil Brazil PROPN 4 nsubj; and and CCONJ 3 cc; Chile Chile PROPN 1 conj; met meet VERB 0 root; "
          "with with ADP 6 case; Peru Peru PROPN 4 obl");
    uint32_t out[8];
    CHECK_INT(role_conjuncts(&tree, 0, out, 8), 2);
    CHECK_INT(out[1], 2);
    CHECK(role_directed(&tree, 5));
    parse("They they PRON 2 nsubj; met meet VERB 0 root; in in ADP 4 case; Lima Lima PROPN 2 obl");
    CHECK(!role_directed(&tree, 3));
}

TEST(a_closing_attribution_hung_on_a_noun_names_the_speaker)
{
    /* "..., wounding 50, Thai sources said.": sources read as an object */
    parse("Rebels rebel NOUN 2 nsubj; attacked attack VERB 0 root; , , PUNCT 4 punct; wounding wound VERB 2 advcl; "
          "50 50 NUM 7 nummod; Thai Thai ADJ 7 amod; sources source NOUN 4 obj; said say VERB 7 acl; . . PUNCT 2 punct");
    CHECK(tree_closing_speaker(&tree, 6));
    CHECK(!tree_closing_speaker(&tree, 0));
    /* "released the mayor, officials said": the clause has its own speaker */
    parse("Israel Israel PROPN 2 nsubj; released release VERB 0 root; the the DET 4 det; mayor mayor NOUN 2 obj; "
          ", , PUNCT 7 punct; officials official NOUN 7 nsubj; said say VERB 4 acl:relcl; . . PUNCT 2 punct");
    CHECK(!tree_closing_speaker(&tree, 3));
}

TEST(a_list_taken_for_an_apposition_is_a_list)
{
    /* "Peru, Chile, and Bolivia met": Chile parsed as Peru's appos */
    parse("Peru Peru PROPN 7 nsubj; , , PUNCT 3 punct; Chile Chile PROPN 1 appos; , , PUNCT 6 punct; "
          "and and CCONJ 6 cc; Bolivia Bolivia PROPN 1 conj; met meet VERB 0 root");
    uint32_t out[8];
    CHECK_INT(role_conjuncts(&tree, 0, out, 8), 3);
    CHECK_INT(out[1], 2);
    CHECK_INT(out[2], 5);
    /* a true apposition renames: no coordinated item after it */
    parse("Peru Peru PROPN 5 nsubj; , , PUNCT 3 punct; Lima Lima PROPN 1 appos; , , PUNCT 3 punct; "
          "protested protest VERB 0 root");
    CHECK_INT(role_conjuncts(&tree, 0, out, 8), 1);
    /* nor is a common noun in apposition an item */
    parse("Ortiz Ortiz PROPN 7 nsubj; , , PUNCT 3 punct; minister minister NOUN 1 appos; , , PUNCT 6 punct; "
          "and and CCONJ 6 cc; Rojas Rojas PROPN 1 conj; met meet VERB 0 root");
    CHECK_INT(role_conjuncts(&tree, 0, out, 8), 2);
    CHECK_INT(out[1], 5);
}

TEST(between_takes_two_sides)
{
    /* "Oslo led talks between Peru and Chilean rebels", the rebels
    ** joined to "talks": "between" needs two sides, the second is theirs */
    parse("Oslo Oslo PROPN 2 nsubj; led lead VERB 0 root; talks talk NOUN 2 obj; between between ADP 5 case; "
          "Peru Peru PROPN 3 nmod; and and CCONJ 8 cc; Chilean Chilean ADJ 8 amod; rebels rebel NOUN 3 conj");
    uint32_t out[8];
    CHECK_INT(role_conjuncts(&tree, 4, out, 8), 2);
    CHECK_INT(out[1], 7);
    /* "with" takes one side: the conjunct stays the noun's */
    parse("Oslo Oslo PROPN 2 nsubj; held hold VERB 0 root; talks talk NOUN 2 obj; with with ADP 5 case; "
          "Peru Peru PROPN 3 nmod; and and CCONJ 7 cc; visits visit NOUN 3 conj");
    CHECK_INT(role_conjuncts(&tree, 4, out, 8), 1);
}

TEST(negation_and_modality)
{
    parse("Russia Russia PROPN 4 nsubj; did do AUX 4 aux; not not PART 4 advmod; attack attack VERB 0 root");
    CHECK(role_negated(&tree, 3));
    CHECK_STR(role_modality(&tree, 3), "asserted");
    parse("Russia Russia PROPN 3 nsubj; will will AUX 3 aux; attack attack VERB 0 root");
    CHECK(!role_negated(&tree, 2));
    CHECK_STR(role_modality(&tree, 2), "future");
    parse("Russia Russia PROPN 2 nsubj; threatened threaten VERB 0 root; to to PART 4 mark; attack attack VERB 2 xcomp");
    CHECK_STR(role_modality(&tree, 3), "threatened");
    /* "Chile rejected claims that it armed rebels": denied, as with "deny" */
    parse("Chile Chile PROPN 2 nsubj; rejected reject VERB 0 root; claims claim NOUN 2 obj; that that SCONJ 6 mark; "
          "it it PRON 6 nsubj; armed arm VERB 2 ccomp; rebels rebel NOUN 6 obj");
    CHECK_STR(role_modality(&tree, 5), "denied");
    /* "Chile dismissed reports that troops attacked", with "reports" read
    ** as a verb: what the dismissed report says is denied too */
    parse("Chile Chile PROPN 2 nsubj; dismissed dismiss VERB 0 root; reports report VERB 2 ccomp; "
          "that that SCONJ 6 mark; troops troop NOUN 6 nsubj; attacked attack VERB 3 ccomp");
    CHECK_STR(role_modality(&tree, 5), "denied");
    /* "Chile said troops attacked": reported */
    parse("Chile Chile PROPN 2 nsubj; said say VERB 0 root; troops troop NOUN 4 nsubj; attacked attack VERB 2 ccomp");
    CHECK_STR(role_modality(&tree, 3), "reported");
}

TEST(intent_codes)
{
    CHECK_STR(role_intent_code("042", "future"), "036");
    CHECK_STR(role_intent_code("0711", "conditional"), "0331");
    CHECK_STR(role_intent_code("163", "threatened"), "1312");
    CHECK_STR(role_intent_code("190", "future"), "1384");   /* conventional attack */
    CHECK_STR(role_intent_code("194", "threatened"), "1384");
    CHECK_STR(role_intent_code("1434", "future"), "133");  /* a boycott to come: dissent threatened */
    CHECK_STR(role_intent_code("045", "future"), "039");   /* intent to mediate */
    CHECK_STR(role_intent_code("180", "future"), "138");
    CHECK_STR(role_intent_code("0832", "future"), "0342");  /* accede to reform: intent to reform */
    CHECK_STR(role_intent_code("083", "conditional"), "034");
    CHECK_STR(role_intent_code("0841", "future"), "0353");  /* release: intent to release */
    CHECK_STR(role_intent_code("064", "future"), "0314");   /* share intelligence: intent to */
    CHECK_STR(role_intent_code("060", "future"), "031");
    CHECK_STR(role_refusal_code("0314"), "1214");
    CHECK_STR(role_refusal_code("0333"), "1223");
    CHECK_STR(role_intent_code("190", "asserted"), "190");
    CHECK_STR(role_intent_code("112", "future"), "112");
    /* refusals pair with intents as CAMEO numbers them */
    CHECK_STR(role_refusal_code("0332"), "1222");
    CHECK_STR(role_refusal_code("036"), "125");
    CHECK_STR(role_refusal_code("0356"), "1246");
    CHECK(role_refusal_code("190") == NULL);
    CHECK(role_refusal_code("042") == NULL);
}

TEST(threats_take_the_threat_code_parallel_to_the_act)
{
    /* CAMEO numbers its threats after the acts threatened */
    CHECK_STR(role_intent_code("160", "conditional"), "1313");  /* reduce relations */
    CHECK_STR(role_intent_code("164", "future"), "134");        /* halt talks */
    CHECK_STR(role_intent_code("165", "conditional"), "135");   /* halt mediation */
    CHECK_STR(role_intent_code("1661", "future"), "136");       /* expel peacekeepers */
    CHECK_STR(role_intent_code("172", "future"), "132");        /* administrative sanctions */
    CHECK_STR(role_intent_code("1722", "threatened"), "1322");  /* ban a party */
    CHECK_STR(role_intent_code("1723", "future"), "1323");      /* curfew */
    CHECK_STR(role_intent_code("181", "future"), "1383");       /* abduct */
    CHECK_STR(role_intent_code("183", "conditional"), "1383");  /* bomb */
    CHECK_STR(role_intent_code("186", "threatened"), "1383");   /* assassinate */
    /* a bare attack says no more than force */
    CHECK_STR(role_intent_code("180", "future"), "138");
    CHECK_STR(role_intent_code("173", "future"), "137");        /* arrest: repression */
}

int main(void)
{
    dyad_doc_init(&doc);
    RUN(subjects);
    RUN(conjuncts_and_directions);
    RUN(a_list_taken_for_an_apposition_is_a_list);
    RUN(between_takes_two_sides);
    RUN(a_closing_attribution_hung_on_a_noun_names_the_speaker);
    RUN(negation_and_modality);
    RUN(intent_codes);
    RUN(threats_take_the_threat_code_parallel_to_the_act);
    sentence_tree_free(&tree);
    dyad_doc_free(&doc);
    return TEST_DONE();
}
