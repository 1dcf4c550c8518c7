/*
** test_no_country.c — sides named only by a sector, coded "---" and the
** sector with no_country on (no_country.h), on sentences of our own
** parsed by hand (coder_fixture.h).
*/
#include "coder_fixture.h"

static const char *militia_attacked =
    "The the DET 2 det; militia militia NOUN 3 nsubj; attacked attack VERB 0 root; "
    "Moldova Moldova PROPN 3 obj; . . PUNCT 3 punct";

/* Off by default: a side with no country names no actor. */
TEST(no_country_no_event_by_default)
{
    CHECK_STR(code(militia_attacked), "");
}

static dyad_coder *no_country_coder(void)
{
    dyad_coder *c = NULL;
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 0, 0, 0, 1 };
    char err[256];
    CHECK(dyad_coder_open(&c, &options, err, sizeof err) == DYAD_OK);
    return c;
}

TEST(a_side_named_by_its_sector_alone)
{
    dyad_coder *plain = coder, *sectors = no_country_coder();
    if (!sectors) return;
    coder = sectors;
    CHECK_STR(code(militia_attacked), "190 ---REB>MDA");
    /* as the target too */
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; troops troops NOUN 3 nsubj; attacked attack VERB 0 root; "
                   "the the DET 5 det; militia militia NOUN 3 obj; . . PUNCT 3 punct"),
              "190 MDAMIL>---REB");
    /* a sector some rule places keeps its country */
    CHECK_STR(code("The the DET 2 det; militia militia NOUN 5 nsubj; in in ADP 4 case; Moldova Moldova PROPN 2 nmod; "
                   "attacked attack VERB 0 root; Ukraine Ukraine PROPN 5 obj; . . PUNCT 5 punct"),
              "190 MDAREB>UKR");
    /* one side at least has a country */
    CHECK_STR(code("Police police NOUN 2 nsubj; attacked attack VERB 0 root; the the DET 4 det; "
                   "militia militia NOUN 2 obj; . . PUNCT 2 punct"),
              "");
    /* a speaker for a body no one names is no side ... */
    CHECK_STR(code("The the DET 2 det; spokesman spokesman NOUN 3 nsubj; criticized criticize VERB 0 root; "
                   "Moldova Moldova PROPN 3 obj; . . PUNCT 3 punct"),
              "");
    /* ... the body he speaks for is */
    CHECK_STR(code("Leaders leader NOUN 5 nsubj; of of ADP 4 case; the the DET 4 det; militia militia NOUN 1 nmod; "
                   "criticized criticize VERB 0 root; Moldova Moldova PROPN 5 obj; . . PUNCT 5 punct"),
              "111 ---REB>MDA");
    /* an owned sector is its owner's, and its own people no event */
    CHECK_STR(code("Moldova Moldova PROPN 2 nsubj; criticized criticize VERB 0 root; its its PRON 4 nmod:poss; "
                   "militia militia NOUN 2 obj; . . PUNCT 2 punct"),
              "");
    /* a trade or profession says who someone is, not which side */
    CHECK_STR(code("The the DET 2 det; newspaper newspaper NOUN 3 nsubj; criticized criticize VERB 0 root; "
                   "Moldova Moldova PROPN 3 obj; . . PUNCT 3 punct"),
              "");
    /* a named group the lexicon lacks is someone's, only not known */
    CHECK_STR(code("The the DET 3 det; Zorvan Zorvan PROPN 3 compound; militia militia NOUN 4 nsubj; "
                   "attacked attack VERB 0 root; Moldova Moldova PROPN 4 obj; . . PUNCT 4 punct"),
              "");
    coder = plain;
    dyad_coder_close(sectors);
}

/* The record: code "---" and the sector, country "", the sector, and a
** why that says so. */
TEST(the_record_of_a_side_with_no_country)
{
    dyad_coder *sectors = no_country_coder();
    if (!sectors) return;
    dyad_doc doc;
    rows_to_doc(militia_attacked, &doc);
    dyad_events events;
    dyad_events_init(&events);
    CHECK_INT(dyad_code_doc(sectors, &doc, &events), DYAD_OK);
    CHECK_INT((int)events.n, 1);
    if (events.n == 1) {
        const dyad_event *ev = &events.items[0];
        CHECK_STR(ev->source.code, "---REB");
        CHECK_STR(ev->source.country, "");
        CHECK_STR(ev->source.sector, "REB");
        CHECK_STR(ev->source.text, "militia");
        CHECK(strstr(ev->why, "source: sector with no country ---REB") != NULL);
        CHECK_STR(ev->target.country, "MDA");
    }
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    dyad_coder_close(sectors);
}

int main(void)
{
    if (!fixture_ready()) {
        printf("test_no_country.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(no_country_no_event_by_default);
    RUN(a_side_named_by_its_sector_alone);
    RUN(the_record_of_a_side_with_no_country);
    teardown();
    return TEST_DONE();
}
