/*
** test_emit.c — the events of a matched word (emit.h), on sentences of
** our own parsed by hand (sentence_job.h).
*/
#include <math.h>
#include "sentence_job.h"
#include "code/emit.h"
#include "code/event_roles.h"

static dyad_events events;
static uint8_t heads[64];
static event_date when;      /* events point to its date */

/* Emits the events of word w of ts as the coder would, coded as cameo
** (asserted, not negated); returns emit_events' answer. */
static int emit(test_sentence *ts, uint32_t w, const char *cameo)
{
    event_roles r;
    dyad_events_free(&events);
    dyad_events_init(&events);
    memset(heads, 0, sizeof heads);
    if (!sentence_match(ts, w, &r.m) || !event_roles_find(&ts->job, w, &r)) return -1;
    event_kind kind = { cameo, cameo_find(&coder->cameo, cameo), "asserted", 0 };
    implied_place implied = { 0 };
    if (r.nt == 0 && implied_place_target(&ts->doc, 0, &ts->sc.tree, &ts->sc, w, r.srcs[0], cameo, &implied))
        return DYAD_ENOMEM;
    if (implied.found) {
        r.tgts[0] = implied.word;
        r.nt = 1;
    }
    event_date day = { .date = "2026-01-22" };
    when = day;
    char buf[64];
    return emit_events(&ts->job, w, tree_lemma(&ts->sc.tree, w, buf, sizeof buf), &when, &r, &kind, &implied,
                       heads, sizeof heads, &events);
}

TEST(an_event_names_its_actors_verb_and_code)
{
    test_sentence ts;
    sentence_open(&ts, "Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; Ukraine Ukraine PROPN 2 obj; "
                       ". . PUNCT 2 punct");
    CHECK_INT(emit(&ts, 1, "190"), DYAD_OK);
    CHECK_INT(events.n, 1);
    if (events.n == 1) {
        const dyad_event *ev = &events.items[0];
        CHECK_STR(ev->source.code, "RUSGOV");
        CHECK_STR(ev->source.text, "Moscow");
        CHECK_STR(ev->target.code, "UKR");
        CHECK_STR(ev->target.text, "Ukraine");
        CHECK_STR(ev->cameo, "190");
        CHECK_STR(ev->cameo_root, "19");
        CHECK_STR(ev->plover, "ASSAULT");
        CHECK_INT(ev->quad_class, 4);
        CHECK(fabs(ev->goldstein - -10.0) < 1e-9);
        CHECK_STR(ev->verb.lemma, "attack");
        CHECK_STR(ev->verb.text, "attacked");
        CHECK_STR(ev->modality, "asserted");
        CHECK_INT(ev->sent, 1);
        CHECK_STR(ev->date, "2026-01-22");
        CHECK(ev->confidence > 0.4 && ev->confidence <= 0.99);
        CHECK(!strncmp(ev->why, "verb 'attack' (", 15));
    }
    CHECK_INT(heads[1], 1);
    sentence_close(&ts);
    /* the same through the whole coder */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; Ukraine Ukraine PROPN 2 obj; "
                   ". . PUNCT 2 punct"), "190 RUSGOV>UKR");
}

/* "Moldova attacked Moldova": an actor acting on itself is no event, and
** the word codes none */
TEST(an_actor_does_not_act_on_itself)
{
    test_sentence ts;
    sentence_open(&ts, "Moldova Moldova PROPN 2 nsubj; attacked attack VERB 0 root; Moldova Moldova PROPN 2 obj; "
                       ". . PUNCT 2 punct");
    CHECK_INT(emit(&ts, 1, "190"), DYAD_OK);
    CHECK_INT(events.n, 0);
    CHECK_INT(heads[1], 0);
    CHECK_INT(ts.sc.n_notes, 1);
    if (ts.sc.n_notes == 1) CHECK_STR(ts.sc.notes[0].text, "source and target are both MDA");
    sentence_close(&ts);
}

/* "Moldova and Romania attacked Ukraine": one event per source */
TEST(each_source_acts_on_each_target)
{
    test_sentence ts;
    sentence_open(&ts, "Moldova Moldova PROPN 4 nsubj; and and CCONJ 3 cc; Romania Romania PROPN 1 conj; "
                       "attacked attack VERB 0 root; Ukraine Ukraine PROPN 4 obj; . . PUNCT 4 punct");
    CHECK_INT(emit(&ts, 3, "190"), DYAD_OK);
    CHECK_INT(events.n, 2);
    if (events.n == 2) {
        CHECK_STR(events.items[0].source.code, "MDA");
        CHECK_STR(events.items[1].source.code, "ROU");
        CHECK_STR(events.items[0].target.code, "UKR");
        CHECK_STR(events.items[1].target.code, "UKR");
    }
    sentence_close(&ts);
}

/* "Ukrainian police protested in Galati": the implied place is the
** target; with no place and no one named, no event */
TEST(an_implied_place_is_the_target)
{
    test_sentence ts;
    sentence_open(&ts, "Ukrainian Ukrainian ADJ 2 amod; police police NOUN 3 nsubj; protested protest VERB 0 root; "
                       "in in ADP 5 case; Galati Galati PROPN 3 obl; . . PUNCT 3 punct");
    CHECK_INT(emit(&ts, 2, "141"), DYAD_OK);
    CHECK_INT(events.n, 1);
    if (events.n == 1) {
        CHECK_STR(events.items[0].source.code, "UKRCOP");
        CHECK_STR(events.items[0].target.code, "ROU");
        CHECK_STR(events.items[0].target.text, "Galati");
    }
    sentence_close(&ts);
    sentence_open(&ts, "Ukrainian Ukrainian ADJ 2 amod; police police NOUN 3 nsubj; protested protest VERB 0 root; "
                       ". . PUNCT 3 punct");
    CHECK_INT(emit(&ts, 2, "141"), DYAD_OK);
    CHECK_INT(events.n, 0);
    sentence_close(&ts);
}

int main(void)
{
    if (!fixture_ready()) {
        printf("test_emit.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    dyad_events_init(&events);
    RUN(an_event_names_its_actors_verb_and_code);
    RUN(an_actor_does_not_act_on_itself);
    RUN(each_source_acts_on_each_target);
    RUN(an_implied_place_is_the_target);
    dyad_events_free(&events);
    teardown();
    return TEST_DONE();
}
