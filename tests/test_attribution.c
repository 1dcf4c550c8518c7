/*
** test_attribution.c — the closing attribution of a sentence: the words
** after its last comma that end with a verb of saying.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/attribution.h"

static dyad_doc doc;
static sentence_tree tree;

static void parse(const char *rows)
{
    rows_to_tree(rows, &doc, &tree);
}

TEST(a_closing_attribution_is_found_by_its_words)
{
    /* "Rebels shelled Gulu, killing ten people, officials in Kampala
    ** said.", parsed with the officials joined to the people */
    parse("Rebels rebel NOUN 2 nsubj; shelled shell VERB 0 root; Gulu Gulu PROPN 2 obj; , , PUNCT 5 punct; "
          "killing kill VERB 2 advcl; ten ten NUM 7 nummod; people people NOUN 5 obj; , , PUNCT 9 punct; "
          "officials official NOUN 7 conj; in in ADP 11 case; Kampala Kampala PROPN 5 obl; said say VERB 5 xcomp; "
          ". . PUNCT 2 punct");
    CHECK_INT((int)attribution_start(&tree), 8);
    CHECK_INT(attribution_apart(&tree, 6, 8), 1);     /* the officials are not the people's */
    CHECK_INT(attribution_apart(&tree, 4, 10), 1);    /* Kampala is not where the killing was */
    CHECK_INT(attribution_apart(&tree, 8, 10), 0);    /* both in it */
    /* "..., an official told AFP." */
    parse("Rebels rebel NOUN 2 nsubj; fled flee VERB 0 root; , , PUNCT 5 punct; an a DET 5 det; "
          "official official NOUN 6 nsubj; told tell VERB 2 parataxis; AFP AFP PROPN 6 obj; . . PUNCT 2 punct");
    CHECK_INT((int)attribution_start(&tree), 3);
}

TEST(other_closing_clauses_are_no_attribution)
{
    /* "Rebels shelled Gulu, killing ten people." */
    parse("Rebels rebel NOUN 2 nsubj; shelled shell VERB 0 root; Gulu Gulu PROPN 2 obj; , , PUNCT 5 punct; "
          "killing kill VERB 2 advcl; ten ten NUM 7 nummod; people people NOUN 5 obj; . . PUNCT 2 punct");
    CHECK_INT((int)attribution_start(&tree), 8);
    /* "Police said rebels fled." : no comma, the saying comes first */
    parse("Police police NOUN 2 nsubj; said say VERB 0 root; rebels rebel NOUN 4 nsubj; fled flee VERB 2 ccomp; "
          ". . PUNCT 2 punct");
    CHECK_INT((int)attribution_start(&tree), 5);
    /* "..., as the rebels fled and officials said." : another verb */
    parse("Rebels rebel NOUN 2 nsubj; shelled shell VERB 0 root; , , PUNCT 5 punct; as as SCONJ 5 mark; "
          "fled flee VERB 2 advcl; and and CCONJ 8 cc; officials official NOUN 8 nsubj; said say VERB 5 conj; "
          ". . PUNCT 2 punct");
    CHECK_INT((int)attribution_start(&tree), 9);
}

int main(void)
{
    dyad_doc_init(&doc);
    RUN(a_closing_attribution_is_found_by_its_words);
    RUN(other_closing_clauses_are_no_attribution);
    sentence_tree_free(&tree);
    dyad_doc_free(&doc);
    return TEST_DONE();
}
