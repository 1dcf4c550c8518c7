/*
** test_where.c — where events happen: sentences of our own, parsed by hand
** (CoNLL-U), with the small lexicon of tests/data/lexicon; then one story
** through dyad_code_doc, to see the coder fill the event's location.
*/
#include <math.h>
#include <stdlib.h>
#include "testing.h"
#include "code_helpers.h"
#include "dyad.h"
#include "lex/compile.h"
#include "text/conllu_read.h"
#include "where/where.h"

static char dir[] = "/tmp/dyad-test-where-XXXXXX";
static char lexicon_bin[256], verbs_dir[256], cameo_path[256];
static dyad_lexicon *lexicon;

static int setup(void)
{
    if (!mkdtemp(dir)) return -1;
    snprintf(lexicon_bin, sizeof lexicon_bin, "%s/lexicon.bin", dir);
    snprintf(verbs_dir, sizeof verbs_dir, "%s/verbs", dir);
    snprintf(cameo_path, sizeof cameo_path, "%s/cameo.tsv", dir);
    int rc = compile_test_lexicon(lexicon_bin);
    if (rc == DYAD_OK) rc = dyad_lexicon_open(&lexicon, lexicon_bin, NULL, 0);
    return rc;
}

/*
** Locates the event whose head is word `head` (1-based, as in the rows) of
** the last sentence, and renders the place as "TEXT COUNTRY LAT LON how
** prep id" ("-" for no point), or "none".
*/
static const char *where_in(dyad_doc *doc, uint32_t head);

static const char *where(const char *rows, uint32_t head)
{
    dyad_doc doc;
    rows_to_doc(rows, &doc);
    return where_in(&doc, head);
}

/* The same on a read document, which it frees. */
static const char *where_in(dyad_doc *doc, uint32_t head)
{
    static char out[512];
    dyad_lex_matches matches;
    dyad_lex_matches_init(&matches);
    sentence_tree tree = { 0 };
    int32_t word_match[128];
    strcpy(out, "(no sentence)");
    if (!doc->n_sents) { dyad_doc_free(doc); return out; }
    size_t s = doc->n_sents - 1;
    const dyad_sentence *sent = &doc->sents[s];
    strcpy(out, "(error)");
    if (dyad_lex_match_doc(lexicon, doc, &matches) == DYAD_OK && sentence_tree_build(&tree, doc, s) == DYAD_OK &&
        sent->count <= 128) {
        for (uint32_t w = 0; w < sent->count; w++) word_match[w] = -1;
        for (size_t m = 0; m < matches.n; m++)
            for (uint32_t w = matches.items[m].first; w < matches.items[m].last; w++)
                if (w >= sent->first && w < sent->first + sent->count) word_match[w - sent->first] = (int32_t)m;
        where_place place;
        if (!where_locate(doc, s, &tree, &matches, word_match, head - 1, &place)) {
            strcpy(out, "none");
        } else {
            dyad_event_location loc = { "", "", "", NAN, NAN, "" };
            if (where_fill(doc, &place, &loc) == DYAD_OK) {
                char lat[32] = "-", lon[32] = "-";
                if (!isnan(loc.lat)) { snprintf(lat, sizeof lat, "%g", loc.lat); snprintf(lon, sizeof lon, "%g", loc.lon); }
                /* the span is the text's */
                int span_ok = place.end - place.start == (int32_t)strlen(loc.text) &&
                              !strncmp(doc->text + place.start, loc.text, strlen(loc.text));
                snprintf(out, sizeof out, "%s %s %s %s %s %s %s%s", loc.text, loc.country, lat, lon, place.how,
                         place.prep[0] ? place.prep : "-", loc.id, span_ok ? "" : " (bad span)");
            }
        }
    }
    sentence_tree_free(&tree);
    dyad_lex_matches_free(&matches);
    dyad_doc_free(doc);
    return out;
}

TEST(the_border_town_of_galati)
{
    /* "of" chains name the town */
    CHECK_STR(where("Police police NOUN 2 nsubj; clashed clash VERB 0 root; with with ADP 4 case; "
                    "protesters protester NOUN 2 obl; in in ADP 8 case; the the DET 8 det; border border NOUN 8 compound; "
                    "town town NOUN 2 obl; of of ADP 10 case; Galati Galati PROPN 8 nmod; . . PUNCT 2 punct", 2),
              "Galati ROU 45.43 28.05 event in tests/data/lexicon/places.tsv:5");
}

TEST(near_transnistria)
{
    CHECK_STR(where("Russian Russian ADJ 2 amod; troops troop NOUN 3 nsubj; fired fire VERB 0 root; "
                    "near near ADP 5 case; Transnistria Transnistria PROPN 3 obl; . . PUNCT 3 punct", 3),
              "Transnistria MDA 47.2 29.4 event near tests/data/lexicon/places.tsv:3");
}

TEST(a_city_beats_its_country)
{
    /* "in Ukraine's southern port city of Odesa": the city, not Ukraine */
    CHECK_STR(where("Drones drone NOUN 2 nsubj; struck strike VERB 0 root; in in ADP 8 case; Ukraine Ukraine PROPN 8 nmod:poss; "
                    "'s 's PART 4 case; southern southern ADJ 8 amod; port port NOUN 8 compound; city city NOUN 2 obl; "
                    "of of ADP 10 case; Odesa Odesa PROPN 8 nmod; . . PUNCT 2 punct", 2),
              "Odesa UKR 46.48 30.73 event in tests/data/lexicon/places.tsv:4");
}

TEST(places_that_are_actors_are_not_the_location)
{
    /* the subject and the object name who, not where */
    CHECK_STR(where("Moscow Moscow PROPN 2 nsubj; warned warn VERB 0 root; Odesa Odesa PROPN 2 obj; . . PUNCT 2 punct", 2),
              "none");
    /* and with a place phrase elsewhere in the sentence, that is it */
    CHECK_STR(where("Moscow Moscow PROPN 2 nsubj; accused accuse VERB 0 root; Kyiv Kyiv PROPN 2 obj; of of ADP 5 case; "
                    "provocations provocation NOUN 2 obl; near near ADP 7 case; Transnistria Transnistria PROPN 5 nmod; "
                    ". . PUNCT 2 punct", 2),
              "Transnistria MDA 47.2 29.4 sentence near tests/data/lexicon/places.tsv:3");
}

TEST(no_place_no_location)
{
    CHECK_STR(where("Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; Russia Russia PROPN 2 obj; "
                    "on on ADP 5 case; Tuesday Tuesday PROPN 2 obl; . . PUNCT 2 punct", 2),
              "none");
}

TEST(a_country_alone_has_no_point)
{
    const char *got = where("Russian Russian ADJ 2 amod; troops troop NOUN 3 nsubj; attacked attack VERB 0 root; "
                            "villages village NOUN 3 obj; in in ADP 6 case; Ukraine Ukraine PROPN 3 obl; . . PUNCT 3 punct", 3);
    const char *want = "Ukraine UKR - - event in iso-codes:iso_3166-1:";
    if (strncmp(got, want, strlen(want))) fprintf(stderr, "got \"%s\"\n", got);
    CHECK(!strncmp(got, want, strlen(want)));
}

TEST(prepositions_that_name_parties)
{
    /* "from" a place: where it was fired from */
    CHECK_STR(where("Militants militant NOUN 2 nsubj; fired fire VERB 0 root; rockets rocket NOUN 2 obj; from from ADP 5 case; "
                    "Transnistria Transnistria PROPN 2 obl; . . PUNCT 2 punct", 2),
              "Transnistria MDA 47.2 29.4 event from tests/data/lexicon/places.tsv:3");
    /* "from" a capital, "on" a country: a party to the event, not a site */
    CHECK_STR(where("Britain Britain PROPN 2 nsubj; recalled recall VERB 0 root; its its PRON 4 nmod:poss; envoy envoy NOUN 2 obj; "
                    "from from ADP 6 case; Moscow Moscow PROPN 2 obl; . . PUNCT 2 punct", 2),
              "none");
    CHECK_STR(where("Britain Britain PROPN 2 nsubj; imposed impose VERB 0 root; sanctions sanction NOUN 2 obj; on on ADP 5 case; "
                    "Russia Russia PROPN 2 obl; . . PUNCT 2 punct", 2),
              "none");
    /* "crossed into": where it went */
    CHECK_STR(where("Troops troop NOUN 2 nsubj; crossed cross VERB 0 root; into into ADP 4 case; Transnistria Transnistria PROPN 2 obl; "
                    ". . PUNCT 2 punct", 2),
              "Transnistria MDA 47.2 29.4 event into tests/data/lexicon/places.tsv:3");
    /* a locative beats an origin on the same word, even a less specific one */
    CHECK_STR(where("Troops troop NOUN 2 nsubj; fired fire VERB 0 root; from from ADP 4 case; Odesa Odesa PROPN 2 obl; "
                    "near near ADP 6 case; Transnistria Transnistria PROPN 2 obl; . . PUNCT 2 punct", 2),
              "Transnistria MDA 47.2 29.4 event near tests/data/lexicon/places.tsv:3");
}

TEST(noun_events_and_objects)
{
    /* "air strikes" is the event; "in Odesa" hangs on the verb it is the object of */
    CHECK_STR(where("Russia Russia PROPN 2 nsubj; carried carry VERB 0 root; out out ADP 2 compound:prt; air air NOUN 5 compound; "
                    "strikes strike NOUN 2 obj; in in ADP 7 case; Odesa Odesa PROPN 2 obl; . . PUNCT 2 punct", 5),
              "Odesa UKR 46.48 30.73 event in tests/data/lexicon/places.tsv:4");
    /* "a convoy near Galati": the object's place */
    CHECK_STR(where("Troops troop NOUN 2 nsubj; attacked attack VERB 0 root; a a DET 4 det; convoy convoy NOUN 2 obj; "
                    "near near ADP 6 case; Galati Galati PROPN 4 nmod; . . PUNCT 2 punct", 2),
              "Galati ROU 45.43 28.05 object near tests/data/lexicon/places.tsv:5");
    /* "in Galati, Romania": the city */
    CHECK_STR(where("Rebels rebel NOUN 2 nsubj; clashed clash VERB 0 root; in in ADP 4 case; Galati Galati PROPN 2 obl; "
                    ", , PUNCT 6 punct; Romania Romania PROPN 4 appos; . . PUNCT 2 punct", 2),
              "Galati ROU 45.43 28.05 event in tests/data/lexicon/places.tsv:5");
}

TEST(asides_and_other_clauses_are_not_the_place)
{
    /* a country modifying talks is no place */
    CHECK_STR(where("Britain Britain PROPN 2 nsubj; welcomed welcome VERB 0 root; progress progress NOUN 2 obj; in in ADP 7 case; "
                    "Russian-Ukrainian Russian-Ukrainian ADJ 7 amod; Ukraine Ukraine PROPN 7 compound; talks talk NOUN 3 nmod; "
                    ". . PUNCT 2 punct", 2),
              "none");
    /* where the speaker is, not the event */
    CHECK_STR(where("Rebels rebel NOUN 2 nsubj; shelled shell VERB 0 root; Moscow Moscow PROPN 2 obj; , , PUNCT 7 punct; "
                    "officials official NOUN 7 nsubj; in in ADP 6 case; Transnistria Transnistria PROPN 5 nmod; said say VERB 2 parataxis; "
                    ". . PUNCT 2 punct", 2),
              "none");
    /* a place in a clause below the event's */
    CHECK_STR(where("Moscow Moscow PROPN 2 nsubj; warned warn VERB 0 root; Moldova Moldova PROPN 2 obj; if if SCONJ 7 mark; "
                    "troops troop NOUN 7 nsubj:pass; were be AUX 7 aux:pass; deployed deploy VERB 2 advcl; near near ADP 9 case; "
                    "Transnistria Transnistria PROPN 7 obl; . . PUNCT 2 punct", 2),
              "none");
    /* but the subject's own place is the event's */
    CHECK_STR(where("Police police NOUN 4 nsubj; in in ADP 3 case; Galati Galati PROPN 1 nmod; arrested arrest VERB 0 root; "
                    "activists activist NOUN 4 obj; . . PUNCT 4 punct", 4),
              "Galati ROU 45.43 28.05 sentence in tests/data/lexicon/places.tsv:5");
}

TEST(months_and_days_are_times)
{
    /* the test lexicon has a town March, as the city gazetteer does */
    CHECK_STR(where("Troops troop NOUN 2 nsubj; attacked attack VERB 0 root; Moldova Moldova PROPN 2 obj; in in ADP 5 case; "
                    "March March PROPN 2 obl; . . PUNCT 2 punct", 2),
              "none");
}

TEST(a_visit_happens_where_it_goes)
{
    CHECK_STR(where("Britain Britain PROPN 2 nsubj; held hold VERB 0 root; talks talk NOUN 2 obj; during during ADP 6 case; "
                    "a a DET 6 det; visit visit NOUN 2 obl; to to ADP 8 case; Odesa Odesa PROPN 6 nmod; . . PUNCT 2 punct", 2),
              "Odesa UKR 46.48 30.73 event to tests/data/lexicon/places.tsv:4");
    CHECK_STR(where("Britain Britain PROPN 2 nsubj; visited visit VERB 0 root; Odesa Odesa PROPN 2 obj; . . PUNCT 2 punct", 2),
              "Odesa UKR 46.48 30.73 event to tests/data/lexicon/places.tsv:4");
}

TEST(broken_trees_end)
{
    /* a cycle (2 -> 4 -> 2) and a head past the end, which the CoNLL-U
    ** reader refuses but a caller's own tree may hold: an answer, no hang */
    dyad_doc doc;
    rows_to_doc("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; in in ADP 4 case; "
              "Transnistria Transnistria PROPN 2 obl; Moldova Moldova PROPN 2 obj", &doc);
    CHECK_INT(doc.n_tokens, 5);
    if (doc.n_tokens != 5) { dyad_doc_free(&doc); return; }
    doc.tokens[1].head = 4;
    doc.tokens[3].head = 2;
    doc.tokens[1].deprel = "appos";
    doc.tokens[3].deprel = "nmod";
    doc.tokens[4].head = 9;
    CHECK_STR(where_in(&doc, 2), "Transnistria MDA 47.2 29.4 event in tests/data/lexicon/places.tsv:3");
}

TEST(a_dateline_is_the_last_resort)
{
    CHECK_STR(where("ODESA ODESA PROPN 0 root; ( ( PUNCT 3 punct; Reuters Reuters PROPN 1 appos; ) ) PUNCT 3 punct; "
                    "- - PUNCT 1 punct // Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; "
                    "Russia Russia PROPN 2 obj; . . PUNCT 2 punct", 2),
              "ODESA UKR 46.48 30.73 dateline - tests/data/lexicon/places.tsv:4");
    /* a story that opens with no dateline gives nothing */
    CHECK_STR(where("Odesa Odesa PROPN 2 nsubj; woke wake VERB 0 root; . . PUNCT 2 punct // "
                    "Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; "
                    "Russia Russia PROPN 2 obj; . . PUNCT 2 punct", 2),
              "none");
}

TEST(the_coder_fills_the_location)
{
    FILE *f = fopen(cameo_path, "w");
    fputs("190\tUse conventional military force\t-10.0\t4\tASSAULT\t\n", f);
    fclose(f);
    char path[512];
    snprintf(path, sizeof path, "mkdir -p %s", verbs_dir);
    if (system(path)) { CHECK(0); return; }
    snprintf(path, sizeof path, "%s/test.tsv", verbs_dir);
    f = fopen(path, "w");
    fputs("190\tattack obj@T\tThey attacked it.\n", f);
    fclose(f);
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 0, 0, 0, 0 };
    dyad_coder *coder;
    char err[256];
    if (dyad_coder_open(&coder, &options, err, sizeof err)) { fprintf(stderr, "coder: %s\n", err); CHECK(0); return; }
    dyad_doc doc;
    rows_to_doc("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; Moldova Moldova PROPN 2 obj; near near ADP 5 case; "
              "Transnistria Transnistria PROPN 2 obl; . . PUNCT 2 punct", &doc);
    dyad_events events;
    dyad_events_init(&events);
    CHECK_INT(dyad_code_doc(coder, &doc, &events), DYAD_OK);
    CHECK_INT(events.n, 1);
    if (events.n == 1) {
        const dyad_event_location *l = &events.items[0].location;
        CHECK_STR(l->text, "Transnistria");
        CHECK_STR(l->country, "MDA");
        CHECK(fabs(l->lat - 47.2) < 1e-9 && fabs(l->lon - 29.4) < 1e-9);
        CHECK_STR(l->id, "tests/data/lexicon/places.tsv:3");
    }
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    dyad_coder_close(coder);
}

int main(void)
{
    if (access("/usr/share/iso-codes/json/iso_3166-1.json", R_OK) != 0) {
        printf("test_where.c: 0 passed, 0 failed, 1 skipped\n");
        fprintf(stderr, "skip test_where.c: needs Debian's iso-codes (make deps)\n");
        return 0;
    }
    if (setup() != 0) {
        printf("test_where.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(the_border_town_of_galati);
    RUN(near_transnistria);
    RUN(a_city_beats_its_country);
    RUN(places_that_are_actors_are_not_the_location);
    RUN(no_place_no_location);
    RUN(a_country_alone_has_no_point);
    RUN(prepositions_that_name_parties);
    RUN(noun_events_and_objects);
    RUN(asides_and_other_clauses_are_not_the_place);
    RUN(months_and_days_are_times);
    RUN(a_visit_happens_where_it_goes);
    RUN(broken_trees_end);
    RUN(a_dateline_is_the_last_resort);
    RUN(the_coder_fills_the_location);
    dyad_lexicon_close(lexicon);
    char rm[512];
    snprintf(rm, sizeof rm, "rm -rf %s", dir);
    if (system(rm)) fprintf(stderr, "could not remove %s\n", dir);
    return TEST_DONE();
}
