/*
** test_to_infinitive.c — "threatened to fire on X": the noun the tagger
** read after "to" is the infinitive of a verb that takes one.
*/
#include "testing.h"
#include "code_helpers.h"
#include <stdio.h>
#include "code/to_infinitive.h"

static dyad_doc doc;
static dyad_tagger *model;   /* NULL when models/tagger.bin is absent */

static void tagged(const char *rows, const char *const *xpos)
{
    rows_to_doc_tagged(rows, xpos, &doc);
}

TEST(a_noun_after_a_threat_to_is_its_verb)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* "The army threatened to fire on the protesters." with "to fire" as IN NN */
    tagged("The the DET 2 det; army army NOUN 3 nsubj; threatened threaten VERB 0 root; to to ADP 5 case; "
           "fire fire NOUN 3 obl; on on ADP 8 case; the the DET 8 det; protesters protester NOUN 3 obl; "
           ". . PUNCT 3 punct",
           (const char *const[]){ "DT", "NN", "VBD", "IN", "NN", "IN", "DT", "NNS", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[3].xpos, "TO");
    CHECK_STR(doc.tokens[3].upos, "PART");
    CHECK_STR(doc.tokens[4].xpos, "VB");
    CHECK_STR(doc.tokens[4].upos, "VERB");
    CHECK_STR(doc.tokens[4].lemma, "fire");
    /* "Kyiv is ready to strike back." after an adjective */
    tagged("Kyiv Kyiv PROPN 3 nsubj; is be AUX 3 cop; ready ready ADJ 0 root; to to ADP 5 case; "
           "strike strike NOUN 3 obl; back back ADV 5 advmod; . . PUNCT 3 punct",
           (const char *const[]){ "NNP", "VBZ", "JJ", "IN", "NN", "RB", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[4].xpos, "VB");
    /* "Chile plans to lower tariffs ." with "lower" a comparative */
    tagged("Chile Chile PROPN 2 nsubj; plans plan VERB 0 root; to to ADP 5 case; lower low ADJ 5 amod; "
           "tariffs tariff NOUN 2 obl; . . PUNCT 2 punct",
           (const char *const[]){ "NNP", "VBZ", "IN", "JJR", "NNS", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[3].xpos, "VB");
    CHECK_STR(doc.tokens[3].lemma, "lower");
}

TEST(a_noun_after_an_urged_object_and_to_is_its_verb)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* "Chile urged Peru to exercise restraint ." */
    tagged("Chile Chile PROPN 2 nsubj; urged urge VERB 0 root; Peru Peru PROPN 2 obj; to to ADP 6 case; "
           "exercise exercise NOUN 6 compound; restraint restraint NOUN 2 obl; . . PUNCT 2 punct",
           (const char *const[]){ "NNP", "VBD", "NNP", "IN", "NN", "NN", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[4].xpos, "VB");
    /* "Chile appealed to the Peruvian army to halt ." */
    tagged("Chile Chile PROPN 2 nsubj; appealed appeal VERB 0 root; to to ADP 6 case; the the DET 6 det; "
           "Peruvian Peruvian ADJ 6 amod; army army NOUN 2 obl; to to ADP 8 case; halt halt NOUN 2 obl; "
           ". . PUNCT 2 punct",
           (const char *const[]){ "NNP", "VBD", "IN", "DT", "JJ", "NN", "IN", "NN", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 1);
    CHECK_STR(doc.tokens[7].xpos, "VB");
    /* "Chile sent Peru to arbitration ." : "send" takes no infinitive */
    tagged("Chile Chile PROPN 2 nsubj; sent send VERB 0 root; Peru Peru PROPN 2 obj; to to ADP 5 case; "
           "arbitration arbitration NOUN 2 obl; . . PUNCT 2 punct",
           (const char *const[]){ "NNP", "VBD", "NNP", "IN", "NN", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 0);
}

TEST(nouns_that_stay_nouns)
{
    if (!model) SKIP("models/tagger.bin absent");
    /* "agreed to talks", "moved to court": verbs that take "to" and a noun */
    tagged("Both both DET 2 nsubj; agreed agree VERB 0 root; to to ADP 4 case; truce truce NOUN 2 obl; "
           ". . PUNCT 2 punct", (const char *const[]){ "DT", "VBD", "IN", "NN", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 0);
    CHECK_STR(doc.tokens[3].xpos, "NN");
    /* a plural, a name and a noun that is no verb stay as they are */
    tagged("They they PRON 2 nsubj; vowed vow VERB 0 root; to to ADP 4 case; tanks tank NOUN 2 obl; "
           ". . PUNCT 2 punct", (const char *const[]){ "PRP", "VBD", "IN", "NNS", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 0);
    tagged("It it PRON 2 nsubj; was be AUX 3 aux:pass; prepared prepare VERB 0 root; to to ADP 5 case; "
           "perfection perfection NOUN 3 obl; . . PUNCT 3 punct",
           (const char *const[]){ "PRP", "VBD", "VBN", "IN", "NN", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, model), 0);
    /* without the tagger's WordNet, nothing */
    tagged("The the DET 2 det; army army NOUN 3 nsubj; threatened threaten VERB 0 root; to to ADP 5 case; "
           "fire fire NOUN 3 obl; . . PUNCT 3 punct",
           (const char *const[]){ "DT", "NN", "VBD", "IN", "NN", ".", NULL });
    CHECK_INT((int)to_infinitive_repair(&doc, NULL), 0);
}

int main(void)
{
    model = open_test_tagger();
    dyad_doc_init(&doc);
    RUN(a_noun_after_a_threat_to_is_its_verb);
    RUN(a_noun_after_an_urged_object_and_to_is_its_verb);
    RUN(nouns_that_stay_nouns);
    dyad_doc_free(&doc);
    dyad_tagger_close(model);
    return TEST_DONE();
}
