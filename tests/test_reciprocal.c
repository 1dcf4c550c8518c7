/*
** test_reciprocal.c — a meeting, a call or a negotiation is coded both
** ways; a visit, or a consultation already coded both ways, is not; a
** guest's visit is added to its host's hosting.
*/
#include <stdlib.h>
#include "testing.h"
#include "code/coder.h"
#include "code/reciprocal.h"

static dyad_doc doc;
/* the two codes reciprocal.c looks up, sorted as cameo_load leaves them */
static cameo_code visit_codes[] = {
    { "042", "Make a visit", 1.9, 1, "CONSULT" },
    { "043", "Host a visit", 2.8, 1, "CONSULT" },
};
static const cameo_table cameo_codes = { visit_codes, 2 };

static void add(dyad_events *out, const char *cameo, const char *src, const char *tgt)
{
    dyad_event *ev = coder_new_event(out);
    if (!ev) abort();
    ev->cameo = cameo;
    ev->source.code = ev->source.country = src;
    ev->target.code = ev->target.country = tgt;
    ev->why = "verb 'meet'";
}

/* "CODE SRC>TGT" of each event, joined by " | " */
static const char *events(const dyad_events *out)
{
    static char buf[256];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t e = 0; e < out->n; e++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s %s>%s", e ? " | " : "", out->items[e].cameo,
                              out->items[e].source.code, out->items[e].target.code);
    return buf;
}

TEST(a_meeting_goes_both_ways)
{
    dyad_events out;
    dyad_events_init(&out);
    /* "Peru met Chile": Chile met Peru too */
    add(&out, "040", "PER", "CHL");
    CHECK_INT(reciprocal_events(&doc, &cameo_codes, &out, 0), DYAD_OK);
    CHECK_STR(events(&out), "040 PER>CHL | 040 CHL>PER");
    CHECK_STR(out.items[1].why, "the other side of: verb 'meet'");
    /* a second pass adds nothing: each side is there */
    CHECK_INT(reciprocal_events(&doc, &cameo_codes, &out, 0), DYAD_OK);
    CHECK_INT((int)out.n, 2);
    dyad_events_free(&out);
}

TEST(visits_negations_and_pairs_already_there_are_left)
{
    dyad_events out;
    dyad_events_init(&out);
    add(&out, "042", "PER", "CHL");                     /* a visit: who travelled */
    add(&out, "041", "PER", "BOL");
    out.items[1].negated = 1;                           /* "did not call" */
    add(&out, "046", "ARG", "URY");                     /* negotiated both ways */
    add(&out, "040", "URY", "ARG");
    CHECK_INT(reciprocal_events(&doc, &cameo_codes, &out, 0), DYAD_OK);
    CHECK_STR(events(&out), "042 PER>CHL | 041 PER>BOL | 046 ARG>URY | 040 URY>ARG");
    /* events before `first` belong to another sentence */
    add(&out, "040", "CHL", "PER");
    CHECK_INT(reciprocal_events(&doc, &cameo_codes, &out, 4), DYAD_OK);
    CHECK_STR(events(&out), "042 PER>CHL | 041 PER>BOL | 046 ARG>URY | 040 URY>ARG | 040 CHL>PER | 040 PER>CHL");
    dyad_events_free(&out);
}

TEST(a_host_had_a_guest_who_visited)
{
    dyad_events out;
    dyad_events_init(&out);
    /* "Georgia received ministers from Armenia": Armenia visited Georgia */
    add(&out, "043", "GEO", "ARM");
    out.items[0].plover = "CONSULT";
    out.items[0].goldstein = 2.8;
    CHECK_INT(reciprocal_events(&doc, &cameo_codes, &out, 0), DYAD_OK);
    CHECK_STR(events(&out), "043 GEO>ARM | 042 ARM>GEO");
    CHECK(out.items[1].goldstein == 1.9);
    CHECK_STR(out.items[1].plover, "CONSULT");
    CHECK_STR(out.items[1].why, "the other side of: verb 'meet'");
    /* ... once */
    CHECK_INT(reciprocal_events(&doc, &cameo_codes, &out, 0), DYAD_OK);
    CHECK_INT((int)out.n, 2);
    /* not a hosting denied, nor one whose visit is there already */
    add(&out, "043", "PER", "CHL");
    out.items[2].negated = 1;
    add(&out, "043", "BOL", "URY");
    add(&out, "042", "URY", "BOL");
    CHECK_INT(reciprocal_events(&doc, &cameo_codes, &out, 2), DYAD_OK);
    CHECK_INT((int)out.n, 5);
    dyad_events_free(&out);
}

TEST(codes)
{
    CHECK_INT(reciprocal_code("040"), 1);
    CHECK_INT(reciprocal_code("041"), 1);
    CHECK_INT(reciprocal_code("046"), 1);
    CHECK_INT(reciprocal_code("042"), 0);
    CHECK_INT(reciprocal_code("043"), 0);
    CHECK_INT(reciprocal_code("0"), 0);
    CHECK_INT(reciprocal_code(NULL), 0);
}

int main(void)
{
    dyad_doc_init(&doc);
    RUN(a_meeting_goes_both_ways);
    RUN(visits_negations_and_pairs_already_there_are_left);
    RUN(a_host_had_a_guest_who_visited);
    RUN(codes);
    dyad_doc_free(&doc);
    return TEST_DONE();
}
