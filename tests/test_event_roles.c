/*
** test_event_roles.c — the words an event acts between (event_roles.h),
** on sentences of our own parsed by hand (sentence_job.h).
*/
#include "sentence_job.h"
#include "code/event_roles.h"

/* Finds the roles of the event matched on word w of rows into *r;
** returns event_roles_find's answer, or -1 when no pattern matched. */
static int roles_of(const char *rows, uint32_t w, event_roles *r)
{
    test_sentence ts;
    sentence_open(&ts, rows);
    int found = sentence_match(&ts, w, &r->m) ? event_roles_find(&ts.job, w, r) : -1;
    sentence_close(&ts);
    return found;
}

TEST(the_subject_acts_on_the_object)
{
    event_roles r;
    CHECK_INT(roles_of("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; Ukraine Ukraine PROPN 2 obj; "
                       ". . PUNCT 2 punct", 1, &r), 1);
    CHECK_INT(r.ns, 1);
    CHECK_INT(r.srcs[0], 0);
    CHECK_INT(r.nt, 1);
    CHECK_INT(r.tgts[0], 2);
    CHECK_INT(r.mutual, 0);
    CHECK_INT(r.inferred, 0);
    CHECK(r.demand == NULL);
}

/* "Moldova and Romania attacked Ukraine": one source per conjunct */
TEST(conjoined_subjects_are_each_a_source)
{
    event_roles r;
    CHECK_INT(roles_of("Moldova Moldova PROPN 4 nsubj; and and CCONJ 3 cc; Romania Romania PROPN 1 conj; "
                       "attacked attack VERB 0 root; Ukraine Ukraine PROPN 4 obj; . . PUNCT 4 punct", 3, &r), 1);
    CHECK_INT(r.ns, 2);
    CHECK_INT(r.srcs[0], 0);
    CHECK_INT(r.srcs[1], 2);
    CHECK_INT(r.nt, 1);
    CHECK_INT(r.tgts[0], 4);
    CHECK_INT(r.mutual, 0);
}

/* "Moldova and Romania clashed": fighting with no one else named goes
** both ways; a protest does not */
TEST(conjoined_subjects_of_a_mutual_act_act_on_each_other)
{
    event_roles r;
    CHECK_INT(roles_of("Moldova Moldova PROPN 4 nsubj; and and CCONJ 3 cc; Romania Romania PROPN 1 conj; "
                       "clashed clash VERB 0 root; . . PUNCT 4 punct", 3, &r), 1);
    CHECK_INT(r.mutual, 1);
    CHECK_INT(r.ns, 2);
    CHECK_INT(r.nt, 2);
    CHECK_INT(r.tgts[0], 0);
    CHECK_INT(r.tgts[1], 2);
    /* each on the other, never on itself */
    CHECK_STR(code("Moldova Moldova PROPN 4 nsubj; and and CCONJ 3 cc; Romania Romania PROPN 1 conj; "
                   "clashed clash VERB 0 root; . . PUNCT 4 punct"),
              "190 MDA>ROU | 190 ROU>MDA");
    CHECK_INT(roles_of("Moldova Moldova PROPN 4 nsubj; and and CCONJ 3 cc; Romania Romania PROPN 1 conj; "
                       "protested protest VERB 0 root; . . PUNCT 4 punct", 3, &r), 1);
    CHECK_INT(r.mutual, 0);
    CHECK_INT(r.nt, 0);
}

/* "Ukraine was attacked": a passive with no agent has no source */
TEST(a_passive_with_no_agent_has_no_source)
{
    event_roles r;
    CHECK_INT(roles_of("Ukraine Ukraine PROPN 3 nsubj:pass; was be AUX 3 aux:pass; attacked attack VERB 0 root; "
                       ". . PUNCT 3 punct", 2, &r), 0);
    /* ... and with a "by" agent, the agent acts on the subject */
    CHECK_INT(roles_of("Ukraine Ukraine PROPN 3 nsubj:pass; was be AUX 3 aux:pass; attacked attack VERB 0 root; "
                       "by by ADP 5 case; Moscow Moscow PROPN 3 obl:agent; . . PUNCT 3 punct", 2, &r), 1);
    CHECK_INT(r.srcs[0], 4);
    CHECK_INT(r.tgts[0], 0);
}

/* "Moscow said Moldova must withdraw": a statement of an obligation is
** a demand of the one obliged */
TEST(an_obligation_stated_is_a_demand_of_the_obliged)
{
    event_roles r;
    CHECK_INT(roles_of("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; Moldova Moldova PROPN 5 nsubj; "
                       "must must AUX 5 aux; withdraw withdraw VERB 2 ccomp; . . PUNCT 2 punct", 1, &r), 1);
    CHECK_STR(r.demand, "100");
    CHECK_INT(r.srcs[0], 0);
    CHECK_INT(r.nt, 1);
    CHECK_INT(r.tgts[0], 2);
}

TEST(conditions_requests_and_lexicon_exceptions_report_no_event)
{
    test_sentence ts;
    pattern_match m;
    /* "If Moscow attacks Ukraine ..." */
    sentence_open(&ts, "If if SCONJ 3 mark; Moscow Moscow PROPN 3 nsubj; attacks attack VERB 6 advcl; "
                       "Ukraine Ukraine PROPN 3 obj; , , PUNCT 6 punct; Moldova Moldova PROPN 7 nsubj; "
                       "protests protest VERB 0 root; . . PUNCT 7 punct");
    CHECK(sentence_match(&ts, 2, &m));
    CHECK_STR(event_roles_no_event_reason(&ts.sc.tree, 2, m.pattern),
              "a condition or a question ('if ...', 'whether ...'), not an event");
    sentence_close(&ts);
    /* "Moscow attacked the problem": the lexicon's exception */
    sentence_open(&ts, "Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; the the DET 4 det; "
                       "problem problem NOUN 2 obj; . . PUNCT 2 punct");
    CHECK(sentence_match(&ts, 1, &m));
    CHECK_STR(event_roles_no_event_reason(&ts.sc.tree, 1, m.pattern), "the lexicon says these words report no event");
    sentence_close(&ts);
    /* "Moscow attacked Ukraine" may be an event */
    sentence_open(&ts, "Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; Ukraine Ukraine PROPN 2 obj; "
                       ". . PUNCT 2 punct");
    CHECK(sentence_match(&ts, 1, &m));
    CHECK(event_roles_no_event_reason(&ts.sc.tree, 1, m.pattern) == NULL);
    sentence_close(&ts);
}

int main(void)
{
    if (!fixture_ready()) {
        printf("test_event_roles.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(the_subject_acts_on_the_object);
    RUN(conjoined_subjects_are_each_a_source);
    RUN(conjoined_subjects_of_a_mutual_act_act_on_each_other);
    RUN(a_passive_with_no_agent_has_no_source);
    RUN(an_obligation_stated_is_a_demand_of_the_obliged);
    RUN(conditions_requests_and_lexicon_exceptions_report_no_event);
    teardown();
    return TEST_DONE();
}
