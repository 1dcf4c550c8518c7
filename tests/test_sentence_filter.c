/*
** test_sentence_filter.c — which of a sentence's events stand: a
** statement reporting another event goes, so does a promise whose
** complement coded one, and one event is kept per pair and root.
*/
#include <stdlib.h>
#include "testing.h"
#include "code_helpers.h"
#include "code/coder.h"

static dyad_doc doc;
static sentence_tree tree;

static void add(dyad_events *out, const char *cameo, const char *src, const char *tgt, uint32_t word)
{
    dyad_event *ev = coder_new_event(out);
    if (!ev) abort();
    ev->cameo = cameo;
    ev->source.code = src;
    ev->target.code = tgt;
    ev->verb.start = (int32_t)tree.words[word].start;
}

static const char *codes(const dyad_events *out)
{
    static char buf[128];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t e = 0; e < out->n; e++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", e ? " " : "", out->items[e].cameo);
    return buf;
}

TEST(a_statement_reporting_an_event_goes)
{
    /* "Moscow said Britain attacked Ukraine" */
    rows_to_tree("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; Britain Britain PROPN 4 nsubj; "
                 "attacked attack VERB 2 ccomp; Ukraine Ukraine PROPN 4 obj", &doc, &tree);
    scratch sc = { 0 };
    dyad_events out;
    dyad_events_init(&out);
    add(&out, "010", "RUSGOV", "GBR", 1);
    add(&out, "190", "GBR", "UKR", 3);
    uint8_t heads[8] = { 0, 1, 0, 1 };
    filter_sentence_events(&tree, 0, &sc, &out, 0, heads, sizeof heads);
    CHECK_STR(codes(&out), "190");
    CHECK_INT((int)sc.n_notes, 1);
    free(sc.notes);
    free(out.items);
}

TEST(a_noun_event_under_a_verb_event_word_goes)
{
    /* "Iran threatened to launch an offensive in its war with Iraq": the
    ** threat coded nothing, yet its words are an event's, so the war
    ** under them is no event of its own; a statement's clause that coded
    ** nothing still leaves the statement */
    rows_to_tree("Iran Iran PROPN 2 nsubj; threatened threaten VERB 0 root; to to PART 4 mark; "
                 "launch launch VERB 2 xcomp; offensive offensive NOUN 4 obj; in in ADP 8 case; "
                 "its its PRON 8 nmod:poss; war war NOUN 4 obl; with with ADP 10 case; Iraq Iraq PROPN 8 nmod",
                 &doc, &tree);
    scratch sc = { 0 };
    dyad_events out;
    dyad_events_init(&out);
    add(&out, "190", "IRN", "IRQ", 7);
    uint8_t heads[16] = { 0, 2, 0, 2 };
    filter_sentence_events(&tree, 0, &sc, &out, 0, heads, sizeof heads);
    CHECK_STR(codes(&out), "");
    /* with no verb event word above it, the war stands */
    out.n = 0;
    add(&out, "190", "IRN", "IRQ", 7);
    uint8_t none[16] = { 0 };
    filter_sentence_events(&tree, 0, &sc, &out, 0, none, sizeof none);
    CHECK_STR(codes(&out), "190");
    /* a statement whose clause verb only matched (2) is kept */
    rows_to_tree("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; Britain Britain PROPN 4 nsubj; "
                 "attacked attack VERB 2 ccomp; Ukraine Ukraine PROPN 4 obj", &doc, &tree);
    out.n = 0;
    add(&out, "010", "RUSGOV", "GBR", 1);
    uint8_t matched[8] = { 0, 1, 0, 2 };
    filter_sentence_events(&tree, 0, &sc, &out, 0, matched, sizeof matched);
    CHECK_STR(codes(&out), "010");
    free(sc.notes);
    free(out.items);
}

TEST(one_event_per_pair_and_root_the_most_specific)
{
    rows_to_tree("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; it it PRON 5 nsubj; will will AUX 5 aux; "
                 "attack attack VERB 2 xcomp; Kyiv Kyiv PROPN 5 obj", &doc, &tree);
    scratch sc = { 0 };
    dyad_events out;
    dyad_events_init(&out);
    add(&out, "138", "RUSGOV", "UKR", 4);
    add(&out, "1384", "RUSGOV", "UKR", 1);
    add(&out, "138", "RUSGOV", "MDA", 4);
    uint8_t heads[8] = { 0 };
    filter_sentence_events(&tree, 0, &sc, &out, 0, heads, sizeof heads);
    CHECK_STR(codes(&out), "1384 138");
    free(sc.notes);
    free(out.items);
}

TEST(notes_are_kept_for_explain)
{
    scratch sc = { 0 };
    for (int i = 0; i < 40; i++) coder_add_note(&sc, 2, 3, NULL, "reason %d", i);
    CHECK_INT((int)sc.n_notes, 40);
    CHECK_STR(sc.notes[39].text, "reason 39");
    CHECK_INT((int)sc.notes[0].sent, 2);
    free(sc.notes);
}

int main(void)
{
    dyad_doc_init(&doc);
    RUN(a_statement_reporting_an_event_goes);
    RUN(a_noun_event_under_a_verb_event_word_goes);
    RUN(one_event_per_pair_and_root_the_most_specific);
    RUN(notes_are_kept_for_explain);
    sentence_tree_free(&tree);
    dyad_doc_free(&doc);
    return TEST_DONE();
}
