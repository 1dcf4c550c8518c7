/*
** test_names.c — names the lexicon knows are retagged as proper nouns.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/names.h"

static dyad_lex_match name(uint32_t first, uint32_t last, dyad_lex_kind kind, const char *form)
{
    dyad_lex_match m = { 0 };
    m.first = first;
    m.last = last;
    m.kind = kind;
    m.form = form;
    return m;
}

TEST(multiword_names_become_proper_nouns)
{
    dyad_doc doc;
    /* "The United States fired ...", with United read as an adjective */
    rows_to_doc("The the DET 4 det; United united ADJ 3 amod; States state NOUN 4 nsubj; fired fire VERB 0 root", &doc);
    doc.tokens[2].xpos = "NNS";
    dyad_lex_match items[2] = { name(0, 3, DYAD_LEX_COUNTRY, "name"), name(3, 4, DYAD_LEX_COUNTRY, "name") };
    dyad_lex_matches matches = { items, 2, 2, NULL, 0 };
    CHECK_INT((int)names_as_proper_nouns(&doc, &matches), 2);
    CHECK_STR(doc.tokens[0].upos, "DET");           /* "The" stays */
    CHECK_STR(doc.tokens[1].upos, "PROPN");
    CHECK_STR(doc.tokens[1].xpos, "NNP");
    CHECK_STR(doc.tokens[1].lemma, "United");
    CHECK_STR(doc.tokens[2].xpos, "NNPS");          /* the plural stays plural */
    CHECK_STR(doc.tokens[3].upos, "VERB");          /* one-word names are left alone */
    dyad_doc_free(&doc);
}

TEST(titles_agents_and_lower_case_are_left_alone)
{
    dyad_doc doc;
    rows_to_doc("Foreign foreign ADJ 2 amod; Minister minister NOUN 0 root; foreign foreign ADJ 4 amod; "
                "ministers minister NOUN 2 conj", &doc);
    dyad_lex_match items[2] = { name(0, 2, DYAD_LEX_PERSON, "title"), name(2, 4, DYAD_LEX_AGENT, "group") };
    dyad_lex_matches matches = { items, 2, 2, NULL, 0 };
    CHECK_INT((int)names_as_proper_nouns(&doc, &matches), 0);
    CHECK_STR(doc.tokens[0].upos, "ADJ");
    dyad_doc_free(&doc);
}

TEST(a_country_adjective_before_a_noun_is_an_adjective)
{
    dyad_doc doc;
    rows_to_doc("Georgian Georgian PROPN 3 compound; Prime Prime PROPN 3 compound; Minister Minister PROPN 4 nsubj; "
                "spoke speak VERB 0 root; with with ADP 7 case; the the DET 7 det; Georgians Georgians PROPN 4 obl", &doc);
    doc.tokens[6].xpos = "NNPS";
    dyad_lex_match items[2] = { name(0, 1, DYAD_LEX_COUNTRY, "adj"), name(6, 7, DYAD_LEX_COUNTRY, "adj") };
    dyad_lex_matches matches = { items, 2, 2, NULL, 0 };
    CHECK_INT((int)names_as_proper_nouns(&doc, &matches), 1);
    CHECK_STR(doc.tokens[0].upos, "ADJ");
    CHECK_STR(doc.tokens[0].xpos, "JJ");
    CHECK_STR(doc.tokens[6].upos, "PROPN");          /* "the Georgians" are people */
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(multiword_names_become_proper_nouns);
    RUN(titles_agents_and_lower_case_are_left_alone);
    RUN(a_country_adjective_before_a_noun_is_an_adjective);
    return TEST_DONE();
}
