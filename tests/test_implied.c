/*
** test_implied.c — whom an event acts on when its sentence names no one
** (implied.h), on sentences of our own parsed by hand and matched
** against the small lexicon of tests/data/lexicon.
*/
#include <stdlib.h>
#include <unistd.h>
#include "testing.h"
#include "sentence_scratch.h"
#include "code/implied.h"
#include "code/mention.h"

static char dir[] = "/tmp/dyad-test-implied-XXXXXX";
static dyad_lexicon *lexicon;

/* One hand-parsed sentence with the working memory the coder gives it:
** its lexicon matches, tree, and each word's match. */
typedef struct parsed {
    dyad_doc doc;
    scratch sc;
} parsed;

static void parse(parsed *p, const char *rows)
{
    sentence_scratch_open(&p->sc, &p->doc, lexicon, rows);
}

static void parsed_free(parsed *p)
{
    sentence_scratch_close(&p->sc, &p->doc);
}

/* The actor word w of p names, or one with code "" when none. */
static actor resolve(parsed *p, uint32_t w)
{
    actor a;
    if (!mention_resolve(&p->doc, &p->sc.tree, 0, &p->sc, w, &a)) {
        memset(&a, 0, sizeof a);
        a.code = a.country = a.sector = a.how = "";
    }
    return a;
}

/* "Ukrainian police protested in Galati": a protest at a place with no
** one named falls on the place's country */
TEST(an_act_at_a_place_falls_on_its_country)
{
    parsed p;
    parse(&p, "Ukrainian Ukrainian ADJ 2 amod; police police NOUN 3 nsubj; protested protest VERB 0 root; "
              "in in ADP 5 case; Galati Galati PROPN 3 obl; . . PUNCT 3 punct");
    implied_place place;
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 2, 1, "141", &place), DYAD_OK);
    CHECK_INT(place.found, 1);
    CHECK_STR(place.target.code, "ROU");
    CHECK_STR(place.target.sector, "");
    CHECK_STR(place.target.how, "the place");
    CHECK_INT(place.word, 4);
    CHECK_INT(place.target.first, 4);
    /* a statement made there is aimed at no one there */
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 2, 1, "010", &place), DYAD_OK);
    CHECK_INT(place.found, 0);
    parsed_free(&p);
}

/* "Police across Moldova marched": no place of the event, but the one
** its actors are at; the target's words are the place's name */
TEST(an_act_by_people_at_a_place_falls_on_its_country)
{
    parsed p;
    parse(&p, "Police police NOUN 4 nsubj; across across ADP 3 case; Moldova Moldova PROPN 1 nmod; "
              "marched march VERB 0 root; . . PUNCT 4 punct");
    implied_place place;
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 3, 0, "141", &place), DYAD_OK);
    CHECK_INT(place.found, 1);
    CHECK_STR(place.target.code, "MDA");
    CHECK_STR(place.target.how, "the place");
    CHECK_INT(place.word, 0);
    CHECK_INT(place.target.first, 2);
    CHECK_INT(place.target.last, 3);
    parsed_free(&p);
}

/* "Moldovan demonstrators marched", no place said: the governed
** protest to their own government; they attack no one by it */
TEST(people_protesting_at_home_protest_to_their_government)
{
    parsed p;
    parse(&p, "Moldovan Moldovan ADJ 2 amod; demonstrators demonstrator NOUN 3 nsubj; marched march VERB 0 root; "
              ". . PUNCT 3 punct");
    implied_place place;
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 2, 1, "141", &place), DYAD_OK);
    CHECK_INT(place.found, 1);
    CHECK_STR(place.target.code, "MDAGOV");
    CHECK_STR(place.target.sector, "GOV");
    CHECK_STR(place.target.how, "their own government");
    CHECK_INT(place.word, 1);
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 2, 1, "190", &place), DYAD_OK);
    CHECK_INT(place.found, 0);
    parsed_free(&p);
    /* the state's own police are not the governed */
    parse(&p, "Moldovan Moldovan ADJ 2 amod; police police NOUN 3 nsubj; marched march VERB 0 root; "
              ". . PUNCT 3 punct");
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 2, 1, "141", &place), DYAD_OK);
    CHECK_INT(place.found, 0);
    parsed_free(&p);
}

/* a place's country acting on itself is acting on its people: those who
** protest there protest to its government, other acts fall on civilians */
TEST(a_place_acting_on_itself_acts_on_its_people)
{
    parsed p;
    parse(&p, "Transnistria Transnistria PROPN 0 root; . . PUNCT 1 punct");
    actor target = { 0 };
    target.country = "MDA";
    target.code = "MDA";
    CHECK_INT(implied_people_at_place(&p.doc, "1411", &target), DYAD_OK);
    CHECK_STR(target.code, "MDAGOV");
    CHECK_STR(target.sector, "GOV");
    target.code = "MDA";
    CHECK_INT(implied_people_at_place(&p.doc, "190", &target), DYAD_OK);
    CHECK_STR(target.code, "MDACVL");
    CHECK_STR(target.sector, "CVL");
    parsed_free(&p);
}

/* "Moldovan police dispersed demonstrators": the people police coerce,
** named by no country, are their own country's */
TEST(police_coerce_their_own_country_people)
{
    parsed p;
    parse(&p, "Moldovan Moldovan ADJ 2 amod; police police NOUN 3 nsubj; dispersed disperse VERB 0 root; "
              "demonstrators demonstrator NOUN 3 obj; . . PUNCT 3 punct");
    actor police = resolve(&p, 1), target = { 0 };
    CHECK_STR(police.code, "MDACOP");
    CHECK_INT(implied_policed_target(&p.doc, &p.sc, 3, &police, "175", &target), 1);
    CHECK_STR(target.code, "MDAOPP");
    CHECK_STR(target.sector, "OPP");
    CHECK_STR(target.how, "people policed at home");
    CHECK_INT(target.first, 3);
    /* criticism is no coercion: the rule keeps out */
    actor untouched = { 0 };
    CHECK_INT(implied_policed_target(&p.doc, &p.sc, 3, &police, "111", &untouched), 0);
    CHECK(untouched.code == NULL);
    parsed_free(&p);
    /* troops may be abroad */
    parse(&p, "Moldovan Moldovan ADJ 2 amod; troops troop NOUN 3 nsubj; dispersed disperse VERB 0 root; "
              "demonstrators demonstrator NOUN 3 obj; . . PUNCT 3 punct");
    actor troops = resolve(&p, 1);
    CHECK_STR(troops.code, "MDAMIL");
    CHECK_INT(implied_policed_target(&p.doc, &p.sc, 3, &troops, "175", &untouched), 0);
    parsed_free(&p);
}

/* "Ukrainian police prevented a march staged by demonstrators": those
** who stage what the police stop are the people acted upon */
TEST(police_act_on_whoever_does_what_they_stop)
{
    parsed p;
    parse(&p, "Ukrainian Ukrainian ADJ 2 amod; police police NOUN 3 nsubj; prevented prevent VERB 0 root; "
              "a a DET 5 det; march march NOUN 3 obj; staged stage VERB 5 acl; by by ADP 8 case; "
              "demonstrators demonstrator NOUN 6 obl:agent; . . PUNCT 3 punct");
    actor police = resolve(&p, 1);
    CHECK_STR(police.code, "UKRCOP");
    CHECK_INT(implied_policed_word(&p.sc.tree, &p.sc, 4, &police, "1721"), 7);
    /* the demonstrators themselves */
    CHECK_INT(implied_policed_word(&p.sc.tree, &p.sc, 7, &police, "1721"), 7);
    /* nobody police act on by a statement */
    CHECK_INT(implied_policed_word(&p.sc.tree, &p.sc, 4, &police, "010"), -1);
    parsed_free(&p);
}

/* "Moscow attacked ethnic Moldovans in Odesa": a people named by
** ethnicity is of the country where the event happens */
TEST(an_ethnic_people_is_of_the_event_place)
{
    parsed p;
    parse(&p, "Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; ethnic ethnic ADJ 4 amod; "
              "Moldovans Moldovans PROPN 2 obj; in in ADP 6 case; Odesa Odesa PROPN 2 obl; . . PUNCT 2 punct");
    actor people;
    mention_resolve(&p.doc, &p.sc.tree, 0, &p.sc, 3, &people);
    CHECK_STR(people.how, "ethnic people");
    CHECK_INT(implied_ethnic_country(&p.doc, 0, &p.sc.tree, &p.sc, 1, &people), 1);
    CHECK_STR(people.code, "UKR");
    CHECK_STR(people.country, "UKR");
    CHECK_STR(people.how, "ethnic people at the event's place");
    /* a country named outright is left as it is */
    actor moscow = resolve(&p, 0);
    CHECK_INT(implied_ethnic_country(&p.doc, 0, &p.sc.tree, &p.sc, 1, &moscow), 0);
    CHECK_STR(moscow.code, "RUSGOV");
    parsed_free(&p);
    /* with no place said, no country */
    parse(&p, "Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; ethnic ethnic ADJ 4 amod; "
              "Moldovans Moldovans PROPN 2 obj; . . PUNCT 2 punct");
    mention_resolve(&p.doc, &p.sc.tree, 0, &p.sc, 3, &people);
    CHECK_INT(implied_ethnic_country(&p.doc, 0, &p.sc.tree, &p.sc, 1, &people), 0);
    parsed_free(&p);
}

/* "The Moldovan government imposed a curfew", no place said: a state's
** organ imposes it on its own country; not a bare country name, and no
** other act */
TEST(a_state_imposes_a_curfew_at_home)
{
    parsed p;
    parse(&p, "The the DET 3 det; Moldovan Moldovan ADJ 3 amod; government government NOUN 4 nsubj; "
              "imposed impose VERB 0 root; a a DET 6 det; curfew curfew NOUN 4 obj; . . PUNCT 4 punct");
    implied_place place;
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 3, 2, "1723", &place), DYAD_OK);
    CHECK_INT(place.found, 1);
    CHECK_STR(place.target.code, "MDA");
    CHECK_STR(place.target.how, "the state's own country");
    CHECK_INT(place.word, 2);
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 3, 2, "1324", &place), DYAD_OK);
    CHECK_INT(place.found, 1);
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 3, 2, "172", &place), DYAD_OK);
    CHECK_INT(place.found, 0);
    parsed_free(&p);
    parse(&p, "Moldova Moldova PROPN 2 nsubj; imposed impose VERB 0 root; a a DET 4 det; curfew curfew NOUN 2 obj; "
              ". . PUNCT 2 punct");
    CHECK_INT(implied_place_target(&p.doc, 0, &p.sc.tree, &p.sc, 1, 0, "1723", &place), DYAD_OK);
    CHECK_INT(place.found, 0);
    parsed_free(&p);
}

/* "The Moldovan government suspended a newspaper": a state's curbs on
** freedoms fall on its own country's press and people; its other acts
** and a newspaper's own may be abroad */
TEST(a_state_restricts_its_own_country_press)
{
    parsed p;
    parse(&p, "Moldovan Moldovan ADJ 2 amod; government government NOUN 3 nsubj; suspended suspend VERB 0 root; "
              "a a DET 5 det; newspaper newspaper NOUN 3 obj; . . PUNCT 3 punct");
    actor state = resolve(&p, 1), target = { 0 };
    CHECK_STR(state.code, "MDAGOV");
    CHECK_INT(implied_policed_target(&p.doc, &p.sc, 4, &state, "1721", &target), 1);
    CHECK_STR(target.code, "MDAMED");
    CHECK_STR(target.sector, "MED");
    CHECK_STR(target.how, "people their state restricts at home");
    actor untouched = { 0 };
    CHECK_INT(implied_policed_target(&p.doc, &p.sc, 4, &state, "111", &untouched), 0);
    CHECK_INT(implied_policed_target(&p.doc, &p.sc, 4, &state, "190", &untouched), 0);
    CHECK(untouched.code == NULL);
    parsed_free(&p);
}

/* "Villagers were killed in Russian shelling in Odesa": local people
** struck by force at a place are its civilians; tourists are not, nor
** are they when the place is elsewhere in the sentence or the act is
** not force */
TEST(local_victims_are_of_the_event_place)
{
    parsed p;
    parse(&p, "Villagers villager NOUN 3 nsubj:pass; were be AUX 3 aux:pass; killed kill VERB 0 root; "
              "in in ADP 6 case; Russian Russian ADJ 6 amod; shelling shelling NOUN 3 obl; "
              "in in ADP 8 case; Odesa Odesa PROPN 3 obl; . . PUNCT 3 punct");
    actor people = { 0 };
    CHECK_INT(implied_victims_at_place(&p.doc, 0, &p.sc.tree, &p.sc, 2, 0, "194", &people), 1);
    CHECK_STR(people.code, "UKRCVL");
    CHECK_STR(people.country, "UKR");
    CHECK_STR(people.sector, "CVL");
    CHECK_STR(people.how, "people of the event's place");
    CHECK_INT(people.first, 0);
    actor untouched = { 0 };
    CHECK_INT(implied_victims_at_place(&p.doc, 0, &p.sc.tree, &p.sc, 2, 0, "173", &untouched), 0);
    CHECK(untouched.code == NULL);
    parsed_free(&p);
    parse(&p, "Tourists tourist NOUN 3 nsubj:pass; were be AUX 3 aux:pass; killed kill VERB 0 root; "
              "in in ADP 5 case; Odesa Odesa PROPN 3 obl; . . PUNCT 3 punct");
    CHECK_INT(implied_victims_at_place(&p.doc, 0, &p.sc.tree, &p.sc, 2, 0, "190", &untouched), 0);
    parsed_free(&p);
}

int main(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s/lexicon.bin", mkdtemp(dir) ? dir : "/tmp");
    char err[256];
    if (access("/usr/share/iso-codes/json/iso_3166-1.json", R_OK) || compile_test_lexicon(path) ||
        dyad_lexicon_open(&lexicon, path, err, sizeof err)) {
        printf("test_implied.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(an_act_at_a_place_falls_on_its_country);
    RUN(an_act_by_people_at_a_place_falls_on_its_country);
    RUN(people_protesting_at_home_protest_to_their_government);
    RUN(a_place_acting_on_itself_acts_on_its_people);
    RUN(police_coerce_their_own_country_people);
    RUN(police_act_on_whoever_does_what_they_stop);
    RUN(an_ethnic_people_is_of_the_event_place);
    RUN(a_state_imposes_a_curfew_at_home);
    RUN(a_state_restricts_its_own_country_press);
    RUN(local_victims_are_of_the_event_place);
    dyad_lexicon_close(lexicon);
    unlink(path);
    rmdir(dir);
    return TEST_DONE();
}
