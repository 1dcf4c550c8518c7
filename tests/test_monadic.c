/*
** test_monadic.c — events with no target (monadic.h): which CAMEO codes
** may stand alone, and the coder's monadic events on sentences of our own
** parsed by hand (coder_fixture.h).
*/
#include "coder_fixture.h"
#include "code/monadic.h"

TEST(which_codes_may_stand_alone)
{
    static const char *const alone[] = { "030", "0312", "036", "040", "044", "046", "080", "0811", "0871",
                                         "0874", "120", "125", "128", "141", "143", "145", "150", "154" };
    static const char *const never[] = { "010", "020", "033", "0331", "039", "0353", "041", "042", "043",
                                         "045", "057", "070", "0841", "090", "100", "111", "112", "138",
                                         "163", "173", "190", "202" };
    for (size_t i = 0; i < sizeof alone / sizeof alone[0]; i++) {
        if (!monadic_code(alone[i])) fprintf(stderr, "%s\n", alone[i]);
        CHECK(monadic_code(alone[i]));
    }
    for (size_t i = 0; i < sizeof never / sizeof never[0]; i++) {
        if (monadic_code(never[i])) fprintf(stderr, "%s\n", never[i]);
        CHECK(!monadic_code(never[i]));
    }
    CHECK(!monadic_code(NULL));
    CHECK(!monadic_code(""));
}

/* A pattern may end as a code that stands alone: "will sign a deal" is an
** intent to cooperate (032), "refused to send aid" a rejection (122),
** "prepared to attack" a show of force (150); an accusation or an appeal
** never. */
TEST(which_patterns_may_end_alone)
{
    CHECK(monadic_pattern_code("141"));
    CHECK(monadic_pattern_code("057"));
    CHECK(monadic_pattern_code("070"));
    CHECK(monadic_pattern_code("190"));
    CHECK(!monadic_pattern_code("111"));
    CHECK(!monadic_pattern_code("020"));
    CHECK(!monadic_pattern_code("010"));
}

static const char *protested = "Ukrainians Ukrainians PROPN 2 nsubj; protested protest VERB 0 root; . . PUNCT 2 punct";

/* Off by default: an event needs a target. */
TEST(no_target_no_event_by_default)
{
    CHECK_STR(code(protested), "");
}

static dyad_coder *monadic_coder(void)
{
    dyad_coder *c = NULL;
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 0, 0, 1, 0 };
    char err[256];
    CHECK(dyad_coder_open(&c, &options, err, sizeof err) == DYAD_OK);
    return c;
}

TEST(an_act_that_needs_no_one_stands_alone)
{
    dyad_coder *plain = coder, *alone = monadic_coder();
    if (!alone) return;
    coder = alone;
    CHECK_STR(code(protested), "141 UKR>");
    /* a place still says whom a protest falls on */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 2 nsubj; protested protest VERB 0 root; in in ADP 4 case; "
                   "Moscow Moscow PROPN 2 obl; . . PUNCT 2 punct"),
              "141 UKR>RUS");
    /* an attack needs someone attacked */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 2 nsubj; attacked attack VERB 0 root; . . PUNCT 2 punct"), "");
    /* a target word that names no one drops the event: it is not an act
    ** with no one on the other side */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 2 nsubj; rejected reject VERB 0 root; the the DET 4 det; "
                   "proposal proposal NOUN 2 obj; . . PUNCT 2 punct"),
              "");
    /* another actor named in the sentence may be the counterpart the
    ** roles missed: no event */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 2 nsubj; protested protest VERB 0 root; , , PUNCT 5 punct; "
                   "Britain Britain PROPN 5 nsubj; said say VERB 2 parataxis; . . PUNCT 2 punct"),
              "");
    /* ... and so may a proper name the lexicon lacks; a weekday not */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 2 nsubj; protested protest VERB 0 root; alongside alongside ADP 4 case; "
                   "Smith Smith PROPN 2 obl; . . PUNCT 2 punct"),
              "");
    CHECK_STR(code("Ukrainians Ukrainians PROPN 2 nsubj; protested protest VERB 0 root; on on ADP 4 case; "
                   "Monday Monday PROPN 2 obl; . . PUNCT 2 punct"),
              "141 UKR>");
    coder = plain;
    dyad_coder_close(alone);
}

/* The record: an empty target, a why that says so, a lower confidence. */
TEST(the_record_of_an_event_with_no_target)
{
    dyad_coder *alone = monadic_coder();
    if (!alone) return;
    dyad_doc doc;
    rows_to_doc(protested, &doc);
    dyad_events events;
    dyad_events_init(&events);
    CHECK_INT(dyad_code_doc(alone, &doc, &events), DYAD_OK);
    CHECK_INT((int)events.n, 1);
    if (events.n == 1) {
        const dyad_event *ev = &events.items[0];
        CHECK_STR(ev->target.code, "");
        CHECK_STR(ev->target.text, "");
        CHECK_STR(ev->target.country, "");
        CHECK_INT(ev->target.start, -1);
        CHECK(strstr(ev->why, "target: none") != NULL);
        CHECK(ev->confidence > 0 && ev->confidence < 0.99);
        CHECK_STR(ev->plover, "PROTEST");
    }
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    dyad_coder_close(alone);
}

int main(void)
{
    if (!fixture_ready()) {
        printf("test_monadic.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(which_codes_may_stand_alone);
    RUN(which_patterns_may_end_alone);
    RUN(no_target_no_event_by_default);
    RUN(an_act_that_needs_no_one_stands_alone);
    RUN(the_record_of_an_event_with_no_target);
    teardown();
    return TEST_DONE();
}
