/*
** test_finite.c — a sentence with no finite verb gets its bare past
** participle back as a past tense.
*/
#include "testing.h"
#include "code_helpers.h"
#include <stdio.h>
#include "code/finite.h"

static dyad_doc doc;
static dyad_tagger *model;   /* NULL when models/tagger.bin is absent */

static void tagged(const char *rows, const char *const *xpos)
{
    rows_to_doc_tagged(rows, xpos, &doc);
}

TEST(a_bare_participle_becomes_the_main_verb)
{
    /* "Ministers agreed on aid." with agreed as VBN */
    static const char *const x[] = { "NNS", "VBN", "IN", "NN", ".", NULL };
    tagged("Ministers minister NOUN 2 nsubj; agreed agree VERB 0 root; on on ADP 4 case; aid aid NOUN 2 obl; "
           ". . PUNCT 2 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[1].xpos, "VBD");
}

TEST(a_closing_attribution_does_not_count)
{
    /* "Kurds demonstrated in Kirkuk, witnesses said." */
    static const char *const x[] = { "NNPS", "VBN", "IN", "NNP", ",", "NNS", "VBD", ".", NULL };
    tagged("Kurds Kurd PROPN 2 nsubj; demonstrated demonstrate VERB 0 root; in in ADP 4 case; "
           "Kirkuk Kirkuk PROPN 2 obl; , , PUNCT 7 punct; witnesses witness NOUN 7 nsubj; said say VERB 2 parataxis; "
           ". . PUNCT 2 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[1].xpos, "VBD");
    CHECK_STR(doc.tokens[6].xpos, "VBD");
}

TEST(a_closing_noun_after_a_comma_is_the_attribution)
{
    /* "Rebels attacked Goma, a local weekly reports." with reports as NNS */
    static const char *const x[] = { "NNS", "VBD", "NNP", ",", "DT", "JJ", "NN", "NNS", ".", NULL };
    tagged("Rebels rebel NOUN 2 nsubj; attacked attack VERB 0 root; Goma Goma PROPN 2 obj; , , PUNCT 8 punct; "
           "a a DET 8 det; local local ADJ 8 amod; weekly weekly NOUN 8 compound; reports report NOUN 3 appos; "
           ". . PUNCT 2 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[7].xpos, "VBZ");
    CHECK_STR(doc.tokens[7].upos, "VERB");
    /* "the threats, the reports" is a list: no noun phrase before a comma
    ** ends it as a verb unless a noun phrase stands between */
    static const char *const y[] = { "NNS", "VBD", "NNS", ",", "NNS", ".", NULL };
    tagged("Rebels rebel NOUN 2 nsubj; denied deny VERB 0 root; threats threat NOUN 2 obj; , , PUNCT 5 punct; "
           "reports report NOUN 3 conj; . . PUNCT 2 punct", y);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
}

TEST(an_adjective_after_a_modal_with_an_object_is_a_verb)
{
    /* "Lima would free 150 prisoners." with free as JJ */
    static const char *const x[] = { "NNP", "MD", "JJ", "CD", "NNS", ".", NULL };
    tagged("Lima Lima PROPN 3 nsubj; would would AUX 3 aux; free free ADJ 0 root; 150 150 NUM 5 nummod; "
           "prisoners prisoner NOUN 3 obj; . . PUNCT 3 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[2].xpos, "VB");
    CHECK_STR(doc.tokens[2].upos, "VERB");
    /* "committed to free elections": after "to", a bare noun keeps it an
    ** adjective */
    static const char *const y[] = { "NNP", "VBD", "TO", "JJ", "NNS", ".", NULL };
    tagged("Lima Lima PROPN 2 nsubj; committed commit VERB 0 root; to to ADP 5 case; free free ADJ 5 amod; "
           "elections election NOUN 2 obl; . . PUNCT 2 punct", y);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
}

TEST(perfects_passives_and_finite_sentences_stay)
{
    /* "Ministers have agreed." */
    static const char *const a[] = { "NNS", "VBP", "VBN", ".", NULL };
    tagged("Ministers minister NOUN 3 nsubj; have have AUX 3 aux; agreed agree VERB 0 root; . . PUNCT 3 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    /* "Five were killed." */
    static const char *const b[] = { "CD", "VBD", "VBN", ".", NULL };
    tagged("Five five NUM 3 nsubj:pass; were be AUX 3 aux:pass; killed kill VERB 0 root; . . PUNCT 3 punct", b);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[2].xpos, "VBN");
    /* "The proposed changes" (no verb, but a modifier) */
    static const char *const c[] = { "DT", "VBN", "NNS", NULL };
    tagged("The the DET 3 det; proposed propose VERB 3 amod; changes change NOUN 0 root", c);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
}

TEST(a_participle_with_an_object_after_a_noun_is_past)
{
    /* "The guard said vessels fired cannon." */
    static const char *const a[] = { "DT", "NN", "VBD", "NNS", "VBN", "NN", ".", NULL };
    tagged("The the DET 2 det; guard guard NOUN 3 nsubj; said say VERB 0 root; vessels vessel NOUN 5 nsubj; "
           "fired fire VERB 3 ccomp; cannon cannon NOUN 5 obj; . . PUNCT 3 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[4].xpos, "VBD");
    /* but not a naming verb, nor before a time */
    static const char *const b[] = { "DT", "NN", "VBN", "NNP", "VBZ", "JJ", NULL };
    tagged("A a DET 2 det; town town NOUN 6 nsubj; called call VERB 2 acl; Miramar Miramar PROPN 3 xcomp; "
           "is be AUX 6 cop; small small ADJ 0 root", b);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    static const char *const c[] = { "NNS", "VBN", "JJ", "NN", "VBD", NULL };
    tagged("People people NOUN 5 nsubj; killed kill VERB 1 acl; last last ADJ 4 amod; week week NOUN 2 obl; "
           "mourned mourn VERB 0 root", c);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
}

TEST(participles_news_uses_as_adjectives)
{
    /* "Troops left neighboring Lebanon." with neighboring as VBG */
    static const char *const a[] = { "NNS", "VBD", "VBG", "NNP", ".", NULL };
    tagged("Troops troop NOUN 2 nsubj; left leave VERB 0 root; neighboring neighbor VERB 2 advcl; "
           "Lebanon Lebanon PROPN 3 obj; . . PUNCT 2 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[2].xpos, "JJ");
    CHECK_STR(doc.tokens[2].upos, "ADJ");
    /* "The party is ruling Ruritania." stays a verb after "is" */
    static const char *const b[] = { "DT", "NN", "VBZ", "VBG", "NNP", ".", NULL };
    tagged("The the DET 2 det; party party NOUN 4 nsubj; is be AUX 4 aux; ruling rule VERB 0 root; "
           "Ruritania Ruritania PROPN 4 obj; . . PUNCT 4 punct", b);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[3].xpos, "VBG");
}

TEST(a_participle_after_and_with_an_object_conjoins_a_past_verb)
{
    /* "Chile condemned the raid and promised aid to Peru." with promised
    ** read as a participle describing "aid" */
    static const char *const x[] = { "NNP", "VBD", "DT", "NN", "CC", "VBN", "NN", "IN", "NNP", ".", NULL };
    tagged("Chile Chile PROPN 2 nsubj; condemned condemn VERB 0 root; the the DET 4 det; raid raid NOUN 2 obj; "
           "and and CCONJ 7 cc; promised promise VERB 7 amod; aid aid NOUN 4 conj; to to ADP 9 case; "
           "Peru Peru PROPN 7 nmod; . . PUNCT 2 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[5].xpos, "VBD");
    /* "Chile has condemned the raid and promised aid": a perfect's
    ** participles stay */
    static const char *const y[] = { "NNP", "VBZ", "VBN", "DT", "NN", "CC", "VBN", "NN", ".", NULL };
    tagged("Chile Chile PROPN 3 nsubj; has have AUX 3 aux; condemned condemn VERB 0 root; the the DET 5 det; "
           "raid raid NOUN 3 obj; and and CCONJ 8 cc; promised promise VERB 8 amod; aid aid NOUN 5 conj; "
           ". . PUNCT 3 punct", y);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[6].xpos, "VBN");
    /* "Chile visited the wounded and injured people": after an adjective
    ** it describes the noun */
    static const char *const z[] = { "NNP", "VBD", "DT", "JJ", "CC", "VBN", "NNS", ".", NULL };
    tagged("Chile Chile PROPN 2 nsubj; visited visit VERB 0 root; the the DET 7 det; wounded wounded ADJ 7 amod; "
           "and and CCONJ 6 cc; injured injure VERB 4 conj; people people NOUN 2 obj; . . PUNCT 2 punct", z);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[5].xpos, "VBN");
}

TEST(a_noun_after_a_plural_people_is_their_present_tense)
{
    /* "The Kurds reject revised Iraqi terms, an official said." with
    ** reject a noun and revised a past tense */
    static const char *const x[] = { "DT", "NNPS", "NN", "VBD", "JJ", "NNS", ",", "DT", "NN", "VBD", ".", NULL };
    tagged("The the DET 3 det; Kurds Kurd PROPN 3 compound; reject reject NOUN 4 nsubj; revised revise VERB 0 root; "
           "Iraqi Iraqi ADJ 6 amod; terms term NOUN 4 obj; , , PUNCT 10 punct; an a DET 9 det; "
           "official official NOUN 10 nsubj; said say VERB 4 parataxis; . . PUNCT 4 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[2].xpos, "VBP");
    CHECK_STR(doc.tokens[2].upos, "VERB");
    CHECK_STR(doc.tokens[3].xpos, "JJ");
    /* "The Kurds market grew fast.": another finite verb, left alone */
    static const char *const y[] = { "DT", "NNPS", "NN", "VBD", "RB", ".", NULL };
    tagged("The the DET 3 det; Kurds Kurd PROPN 3 compound; market market NOUN 4 nsubj; grew grow VERB 0 root; "
           "fast fast ADV 4 advmod; . . PUNCT 4 punct", y);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[2].xpos, "NN");
}

TEST(a_gerund_of_violence_after_a_prepositions_noun_is_a_noun)
{
    /* "Two men died in Syrian army shelling ." with shelling a verb */
    static const char *const x[] = { "CD", "NNS", "VBD", "IN", "JJ", "NN", "VBG", ".", NULL };
    tagged("Two two NUM 2 nummod; men man NOUN 3 nsubj; died die VERB 0 root; in in ADP 6 case; "
           "Syrian Syrian ADJ 6 amod; army army NOUN 3 obl; shelling shell VERB 3 advcl; . . PUNCT 3 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[6].upos, "NOUN");
    CHECK_STR(doc.tokens[6].lemma, "shelling");
    /* "Troops in tanks shelling the town ...": it has an object, a verb */
    static const char *const y[] = { "NNS", "IN", "NNS", "VBG", "DT", "NN", "VBD", ".", NULL };
    tagged("Troops troop NOUN 7 nsubj; in in ADP 3 case; tanks tank NOUN 1 nmod; shelling shell VERB 1 acl; "
           "the the DET 6 det; town town NOUN 4 obj; fled flee VERB 0 root; . . PUNCT 7 punct", y);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[3].upos, "VERB");
}

TEST(an_irregular_past_read_as_another_word_is_the_verb)
{
    /* "Chadian rebels overran an army post ." with overran a preposition */
    static const char *const x[] = { "JJ", "NNS", "IN", "DT", "NN", "NN", ".", NULL };
    tagged("Chadian Chadian ADJ 2 amod; rebels rebel NOUN 0 root; overran overran ADP 6 case; an a DET 6 det; "
           "army army NOUN 6 compound; post post NOUN 2 nmod; . . PUNCT 2 punct", x);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[2].upos, "VERB");
    CHECK_STR(doc.tokens[2].xpos, "VBD");
    CHECK_STR(doc.tokens[2].lemma, "overrun");
    /* "Moldovan police shot dead two smugglers ." with shot read as a noun */
    static const char *const y[] = { "JJ", "NN", "NN", "JJ", "CD", "NNS", ".", NULL };
    tagged("Moldovan Moldovan ADJ 3 amod; police police NOUN 3 compound; shot shot NOUN 0 root; dead dead ADJ 6 amod; "
           "two two NUM 6 nummod; smugglers smuggler NOUN 3 obj; . . PUNCT 3 punct", y);
    CHECK_INT((int)finite_verb_repair(&doc, NULL) >= 1, 1);
    CHECK_STR(doc.tokens[2].upos, "VERB");
    CHECK_STR(doc.tokens[2].xpos, "VBD");
    CHECK_STR(doc.tokens[2].lemma, "shoot");
}

TEST(an_unhyphenated_compound_adjective_is_no_verb)
{
    /* "Jets fired laser guided bombs." with guided as a past tense */
    static const char *const a[] = { "NNS", "VBD", "NN", "VBD", "NNS", ".", NULL };
    tagged("Jets jet NOUN 2 nsubj; fired fire VERB 0 root; laser laser NOUN 4 nsubj; guided guide VERB 2 ccomp; "
           "bombs bomb NOUN 4 obj; . . PUNCT 2 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[3].xpos, "JJ");
    CHECK_STR(doc.tokens[3].upos, "ADJ");
    /* "The police guided marchers home." keeps its verb: "police" makes
    ** no such compound */
    static const char *const b[] = { "DT", "NNS", "VBD", "NNS", "RB", ".", NULL };
    tagged("The the DET 2 det; police police NOUN 3 nsubj; guided guide VERB 0 root; marchers marcher NOUN 3 obj; "
           "home home ADV 3 advmod; . . PUNCT 3 punct", b);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[2].xpos, "VBD");
}

TEST(a_day_word_before_a_finite_verb_is_an_adverb)
{
    /* "The cabinet today banned rallies." with today as the subject */
    static const char *const a[] = { "DT", "NN", "NN", "VBD", "NNS", ".", NULL };
    tagged("The the DET 3 det; cabinet cabinet NOUN 3 compound; today today NOUN 4 nsubj; banned ban VERB 0 root; "
           "rallies rally NOUN 4 obj; . . PUNCT 4 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[2].xpos, "RB");
    CHECK_STR(doc.tokens[2].upos, "ADV");
    /* "Today is calm." : no noun before it, no change */
    static const char *const b[] = { "NN", "VBZ", "JJ", ".", NULL };
    tagged("Today today NOUN 3 nsubj; is be AUX 3 cop; calm calm ADJ 0 root; . . PUNCT 3 punct", b);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[0].xpos, "NN");
}

TEST(a_regular_past_takes_its_verbs_lemma)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* "The auditor fined the club." with "fined" lemmatized as "fin" */
    static const char *const a[] = { "DT", "NN", "VBD", "DT", "NN", ".", NULL };
    tagged("The the DET 2 det; auditor auditor NOUN 3 nsubj; fined fin VERB 0 root; the the DET 5 det; "
           "club club NOUN 3 obj; . . PUNCT 3 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[2].lemma, "fine");
    /* "Guards teargassed the marchers." with the lemma "teargass" */
    tagged("Guards guard NOUN 2 nsubj; teargassed teargass VERB 0 root; the the DET 4 det; "
           "marchers marcher NOUN 2 obj; . . PUNCT 2 punct", (const char *const[]){ "NNS", "VBD", "DT", "NNS", ".", NULL });
    CHECK_INT((int)finite_verb_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[1].lemma, "teargas");
    /* "They visited the farm.": a lemma of two syllables stays */
    tagged("They they PRON 2 nsubj; visited visit VERB 0 root; the the DET 4 det; farm farm NOUN 2 obj; "
           ". . PUNCT 2 punct", (const char *const[]){ "PRP", "VBD", "DT", "NN", ".", NULL });
    CHECK_INT((int)finite_verb_repair(&doc, model), 0);
    CHECK_STR(doc.tokens[1].lemma, "visit");
}

TEST(a_known_verbs_past_between_subject_and_object_is_the_verb)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* "Vandals smashed two shopfronts." with "smashed" read as an adjective */
    static const char *const a[] = { "NNS", "JJ", "CD", "NNS", ".", NULL };
    tagged("Vandals vandal NOUN 4 nmod; smashed smashed ADJ 4 amod; two two NUM 4 nummod; "
           "shopfronts shopfront NOUN 0 root; . . PUNCT 4 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[1].xpos, "VBD");
    CHECK_STR(doc.tokens[1].lemma, "smash");
    /* "The tour drew applause." with "drew" as an unknown word */
    tagged("The the DET 2 det; tour tour NOUN 4 nsubj; drew drew X 4 amod; applause applause NOUN 0 root; "
           ". . PUNCT 4 punct", (const char *const[]){ "DT", "NN", "JJ", "NN", ".", NULL });
    CHECK_INT((int)finite_verb_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[2].lemma, "draw");
    /* "Bandits slew the herdsman." read as the present of "slew" */
    tagged("Bandits bandit NOUN 2 nsubj; slew slew VERB 0 root; the the DET 4 det; herdsman herdsman NOUN 2 obj; "
           ". . PUNCT 2 punct", (const char *const[]){ "NNS", "VBP", "DT", "NN", ".", NULL });
    CHECK_INT((int)finite_verb_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[1].lemma, "slay");
    /* "She liked my painted walls.": another finite verb, a possessive */
    tagged("She she PRON 2 nsubj; liked like VERB 0 root; my my PRON 5 nmod:poss; painted painted ADJ 5 amod; "
           "walls wall NOUN 2 obj; . . PUNCT 2 punct", (const char *const[]){ "PRP", "VBD", "PRP$", "JJ", "NNS", ".", NULL });
    CHECK_INT((int)finite_verb_repair(&doc, model), 0);
    CHECK_STR(doc.tokens[3].xpos, "JJ");
    /* "my painted walls" with no verb at all: a possessive is no subject */
    tagged("my my PRON 3 nmod:poss; painted painted ADJ 3 amod; walls wall NOUN 0 root; . . PUNCT 3 punct",
           (const char *const[]){ "PRP$", "JJ", "NNS", ".", NULL });
    CHECK_INT((int)finite_verb_repair(&doc, model), 0);
}

TEST(a_bare_subjunctive_after_a_demand_is_a_verb)
{
    /* "Chad demanded that Niger hand over the men ." with "hand" a noun */
    static const char *const a[] = { "NNP", "VBD", "IN", "NNP", "NN", "RP", "DT", "NNS", ".", NULL };
    tagged("Chad Chad PROPN 2 nsubj; demanded demand VERB 0 root; that that SCONJ 5 mark; Niger Niger PROPN 5 compound; "
           "hand hand NOUN 2 ccomp; over over ADP 8 case; the the DET 8 det; men man NOUN 5 nmod; . . PUNCT 2 punct", a);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[4].xpos, "VB");
    /* "Crowds demanded that the governor step down ." : a common noun's verb */
    static const char *const b[] = { "NNS", "VBD", "IN", "DT", "NN", "NN", "RB", ".", NULL };
    tagged("Crowds crowd NOUN 2 nsubj; demanded demand VERB 0 root; that that SCONJ 7 mark; the the DET 6 det; "
           "governor governor NOUN 6 compound; step step NOUN 7 nsubj; down down ADV 2 ccomp; . . PUNCT 2 punct", b);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 1);
    CHECK_STR(doc.tokens[5].xpos, "VB");
    /* "They asked that the peace process continue ." : the clause has its verb */
    static const char *const c[] = { "PRP", "VBD", "IN", "DT", "NN", "NN", "VB", ".", NULL };
    tagged("They they PRON 2 nsubj; asked ask VERB 0 root; that that SCONJ 7 mark; the the DET 6 det; "
           "peace peace NOUN 6 compound; process process NOUN 7 nsubj; continue continue VERB 2 ccomp; "
           ". . PUNCT 2 punct", c);
    CHECK_INT((int)finite_verb_repair(&doc, NULL), 0);
    CHECK_STR(doc.tokens[5].xpos, "NN");
}

int main(void)
{
    model = open_test_tagger();
    dyad_doc_init(&doc);
    RUN(a_bare_participle_becomes_the_main_verb);
    RUN(a_closing_attribution_does_not_count);
    RUN(a_closing_noun_after_a_comma_is_the_attribution);
    RUN(an_adjective_after_a_modal_with_an_object_is_a_verb);
    RUN(perfects_passives_and_finite_sentences_stay);
    RUN(a_participle_with_an_object_after_a_noun_is_past);
    RUN(participles_news_uses_as_adjectives);
    RUN(a_participle_after_and_with_an_object_conjoins_a_past_verb);
    RUN(a_noun_after_a_plural_people_is_their_present_tense);
    RUN(a_gerund_of_violence_after_a_prepositions_noun_is_a_noun);
    RUN(an_irregular_past_read_as_another_word_is_the_verb);
    RUN(an_unhyphenated_compound_adjective_is_no_verb);
    RUN(a_day_word_before_a_finite_verb_is_an_adverb);
    RUN(a_regular_past_takes_its_verbs_lemma);
    RUN(a_known_verbs_past_between_subject_and_object_is_the_verb);
    RUN(a_bare_subjunctive_after_a_demand_is_a_verb);
    dyad_doc_free(&doc);
    dyad_tagger_close(model);
    return TEST_DONE();
}
