/*
** test_statehood.c — a place names the country it was part of on the
** story's date.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/statehood.h"

static dyad_lex_match place(uint32_t first, const char *code, const char *country, const char *sector)
{
    dyad_lex_match m = { 0 };
    m.first = first;
    m.last = first + 1;
    m.kind = DYAD_LEX_COUNTRY;
    m.code = code;
    m.country = country;
    m.sector = sector;
    m.form = "capital";
    return m;
}

/* "Rebels shelled Juba and Asmara": in 1990 both were in Sudan and
** Ethiopia; in 2026 they are South Sudan's and Eritrea's capitals */
TEST(a_place_is_in_the_state_of_the_story_date)
{
    dyad_doc doc;
    rows_to_doc("Rebels rebel NOUN 2 nsubj; shelled shell VERB 0 root; Juba Juba PROPN 2 obj; and and CCONJ 5 cc; "
                "Asmara Asmara PROPN 3 conj", &doc);
    dyad_lex_match items[2] = { place(2, "SSDGOV", "SSD", "GOV"), place(4, "ERIGOV", "ERI", "GOV") };
    dyad_lex_matches matches = { items, 2, 2, NULL, 0 };
    CHECK_INT((int)statehood_on_date(&doc, &matches), 0);      /* 2026: as they are */
    CHECK_STR(items[0].code, "SSDGOV");
    doc.date = "2005-03-01";                                   /* Eritrea, not yet South Sudan */
    CHECK_INT((int)statehood_on_date(&doc, &matches), 1);
    CHECK_STR(items[0].code, "SDNGOV");
    CHECK_STR(items[0].country, "SDN");
    CHECK_STR(items[0].sector, "GOV");
    CHECK_STR(items[1].code, "ERIGOV");
    doc.date = "1990-03-01";                                   /* neither yet */
    CHECK_INT((int)statehood_on_date(&doc, &matches), 1);
    CHECK_STR(items[1].code, "ETHGOV");
    CHECK_STR(items[1].country, "ETH");
    dyad_doc_free(&doc);
}

TEST(an_undated_story_is_left_alone)
{
    dyad_doc doc;
    rows_to_doc("Juba Juba PROPN 0 root", &doc);
    doc.date = "";
    dyad_lex_match items[1] = { place(0, "SSDGOV", "SSD", "GOV") };
    dyad_lex_matches matches = { items, 1, 1, NULL, 0 };
    CHECK_INT((int)statehood_on_date(&doc, &matches), 0);
    CHECK_STR(items[0].code, "SSDGOV");
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(a_place_is_in_the_state_of_the_story_date);
    RUN(an_undated_story_is_left_alone);
    return TEST_DONE();
}
