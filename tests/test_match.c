/*
** test_match.c — the matcher's edge cases: longest match, case, possessives,
** hyphenated modifiers, titles with names, people by date, lemmas,
** sentence bounds.
*/
#include <stdlib.h>
#include <unistd.h>
#include "testing.h"
#include "dyad.h"
#include "lex/compile.h"
#include "lex/match.h"
#include "lex/words.h"
#include "text/doc.h"

static char tmpdir[] = "/tmp/dyad-test-match-XXXXXX";
static char bin_path[300];
static dyad_lexicon *lex;

/* The matches of text on date, as "text=CODE" joined by "; ". */
static const char *run(const char *text, const char *date, dyad_lex_matches *m, dyad_doc *doc)
{
    static char out[2048];
    dyad_doc_reset(doc);
    dyad_doc_set_text(doc, text, strlen(text));
    dyad_segment(doc, NULL);   /* as stories are segmented */
    doc->date = date ? date : "";
    m->n = 0;
    out[0] = '\0';
    if (dyad_lex_match_doc(lex, doc, m) != DYAD_OK) return "(error)";
    size_t o = 0;
    for (size_t i = 0; i < m->n && o < sizeof out; i++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s=%s", i ? "; " : "",
                              (int)(m->items[i].end - m->items[i].start),
                              doc->text + m->items[i].start, m->items[i].code);
    return out;
}

#define MATCHES(text_, date_, want_) do { \
    dyad_doc doc_; dyad_doc_init(&doc_); \
    dyad_lex_matches m_; dyad_lex_matches_init(&m_); \
    CHECK_STR(run(text_, date_, &m_, &doc_), want_); \
    doc_.date = ""; dyad_lex_matches_free(&m_); dyad_doc_free(&doc_); \
} while (0)

TEST(longest_match_wins)
{
    MATCHES("the Eurasian Economic Union met", NULL, "Eurasian Economic Union=IGOEEU");
    MATCHES("riot police and police", NULL, "riot police=COP; police=COP");
    MATCHES("the United Nations and the North Atlantic Treaty Organization", NULL,
            "United Nations=IGOUNO; North Atlantic Treaty Organization=IGONAT");
}

TEST(case_rules)
{
    MATCHES("US and UN and AU and IS", NULL, "US=USA; UN=IGOUNO; AU=IGOAFU; IS=SYRREB");
    MATCHES("let us go; it is a union of au pairs", NULL, "");
    MATCHES("fine china from China", NULL, "China=CHN");
    /* a name that is no English word matches in lowercase too; with
    ** WordNet's words (wordnet-base) only: "china" is porcelain there */
    if (access("/usr/share/wordnet/data.noun", R_OK) == 0)
        MATCHES("ukrainian and israeli envoys in beijing", NULL, "ukrainian=UKR; israeli=ISR; beijing=CHNGOV");
    MATCHES("Nato and NATO", NULL, "Nato=IGONAT; NATO=IGONAT");
    MATCHES("TROOPS Troops troops", NULL, "TROOPS=MIL; Troops=MIL; troops=MIL");
    MATCHES("U.S. forces", NULL, "U.S.=USA");
    /* the unit after a place's name is part of it ("Odesa province") */
    MATCHES("clashes in Transnistria region and Odesa province", NULL,
            "Transnistria region=MDA; Odesa province=UKR");
}

TEST(possessives_and_modifiers)
{
    dyad_doc doc; dyad_doc_init(&doc);
    dyad_lex_matches m; dyad_lex_matches_init(&m);
    CHECK_STR(run("Ukraine's southern port city of Odesa", NULL, &m, &doc), "Ukraine=UKR; Odesa=UKR");
    CHECK_INT(m.n, 2);
    if (m.n == 2) {
        CHECK_INT(m.items[0].possessive, 1);
        CHECK_INT(m.items[0].start, 0);
        CHECK_INT(m.items[0].end, 7);
        CHECK_INT(m.items[1].kind, DYAD_LEX_PLACE);
        CHECK(m.items[1].has_point && m.items[1].lat > 46 && m.items[1].lat < 47);
        CHECK_STR(m.items[1].source_file, "tests/data/lexicon/places.tsv");
        CHECK_INT(m.items[1].source_line, 4);
    }
    CHECK_STR(run("Iran-backed militias and the US-led coalition", NULL, &m, &doc),
              "Iran=IRN; US=USA");
    if (m.n == 2) {
        CHECK_STR(doc.tokens[m.items[0].modifier].form, "backed");
        CHECK_INT(m.items[0].end, 4);
        CHECK_STR(doc.tokens[m.items[1].modifier].form, "led");
    }
    /* a spaced dash is not a modifier */
    CHECK_STR(run("Iran - backed", NULL, &m, &doc), "Iran=IRN");
    CHECK_INT(m.n ? m.items[0].modifier : 1, 0);
    CHECK_STR(run("the Moscow-based union", NULL, &m, &doc), "Moscow=RUSGOV");
    CHECK_STR(m.n ? m.items[0].sector : "", "GOV");
    doc.date = "";
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
}

TEST(titles_join_people)
{
    dyad_doc doc; dyad_doc_init(&doc);
    dyad_lex_matches m; dyad_lex_matches_init(&m);
    CHECK_STR(run("Moldovan President Maia Sandu met Foreign Minister Sergei Lavrov", "2023-05-01", &m, &doc),
              "Moldovan=MDA; President Maia Sandu=MDAGOV; Foreign Minister Sergei Lavrov=RUSGOV");
    if (m.n == 3) {
        CHECK_INT(m.items[1].kind, DYAD_LEX_PERSON);
        CHECK_STR(m.items[1].sector, "GOV");
        CHECK_STR(m.items[1].role, "head_of_state");
        CHECK_INT(m.items[1].first, 1);
        CHECK_INT(m.items[1].last, 4);
        CHECK(m.items[1].certainty == 1.0f);
        CHECK_STR(m.items[0].form, "adj");
    }
    /* title + surname: only right after a title, and only in the role */
    CHECK_STR(run("President Putin and Foreign Minister Lavrov", "2015-01-01", &m, &doc),
              "President Putin=RUSGOV; Foreign Minister Lavrov=RUSGOV");
    if (m.n == 2) CHECK_STR(m.items[0].role, "head_of_state");
    /* out of role, a title and surname name the holder nearest in time,
    ** as a full name does, less surely */
    CHECK_STR(run("President Putin", "1995-01-01", &m, &doc), "President Putin=RUS");
    if (m.n == 1) CHECK(m.items[0].certainty < 1.0f);
    CHECK_STR(run("President Lindqvist", "1995-01-01", &m, &doc), "President Lindqvist=SWE");
    /* a surname alone: the one person in a role with that name that day */
    CHECK_STR(run("Putin said", "2015-01-01", &m, &doc), "Putin=RUSGOV");
    if (m.n == 1) CHECK(m.items[0].certainty < 1.0f);
    CHECK_STR(run("Putin said", "1995-01-01", &m, &doc), "");
    /* a family name the text goes on from is someone else's given name */
    CHECK_STR(run("President Putin Smith said", "2015-01-01", &m, &doc), "President=GOV");
    CHECK_STR(run("Putin Monday said", "2015-01-01", &m, &doc), "Putin=RUSGOV");
    /* every spelling of a name gives its surname */
    CHECK_STR(run("Petrovic said", "2015-06-01", &m, &doc), "Petrovic=SRBGOV");
    CHECK_STR(run("Petrović said", "2015-06-01", &m, &doc), "Petrović=SRBGOV");
    /* one person in two roles that day is still one person */
    CHECK_STR(run("Lindqvist said", "2015-06-01", &m, &doc), "Lindqvist=SWEGOV");
    /* but not a common word ("brown"), which needs its title */
    CHECK_STR(run("Brown said", "2015-06-01", &m, &doc), "");
    CHECK_STR(run("Prime Minister Brown said", "2015-06-01", &m, &doc), "Prime Minister Brown=GBRGOV");
    /* and not a name two people in a role share */
    CHECK_STR(run("Novak said", "2015-06-01", &m, &doc), "");
    CHECK_STR(run("President Novak said", "2015-06-01", &m, &doc), "President Novak=CZEGOV");
    CHECK_STR(run("President Sandu", NULL, &m, &doc), "President=GOV");
    /* a title alone stays an agent */
    CHECK_STR(run("the President said", NULL, &m, &doc), "President=GOV");
    doc.date = "";
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
}

TEST(people_by_date)
{
    dyad_doc doc; dyad_doc_init(&doc);
    dyad_lex_matches m; dyad_lex_matches_init(&m);
    /* in role: sure */
    run("Vladimir Putin", "2010-01-01", &m, &doc);
    CHECK_INT(m.n, 1);
    if (m.n) { CHECK_STR(m.items[0].role, "head_of_government"); CHECK(m.items[0].certainty == 1.0f); }
    run("Vladimir Putin", "2015-01-01", &m, &doc);
    if (m.n) { CHECK_STR(m.items[0].role, "head_of_state"); CHECK_STR(m.items[0].code, "RUSGOV"); }
    /* the handover day belongs to both; the earlier line in the file wins */
    run("Igor Dodon", "2020-12-24", &m, &doc);
    if (m.n) CHECK(m.items[0].certainty == 1.0f);
    /* out of role: the country, no sector, less sure */
    run("Igor Dodon", "2023-01-01", &m, &doc);
    CHECK_INT(m.n, 1);
    if (m.n) {
        CHECK_STR(m.items[0].code, "MDA");
        CHECK_STR(m.items[0].country, "MDA");
        CHECK_STR(m.items[0].sector, "");
        CHECK(m.items[0].certainty == LEX_CERTAIN_OUT_OF_ROLE);
    }
    run("Maia Sandu", "2019-01-01", &m, &doc);
    if (m.n) CHECK_STR(m.items[0].code, "MDA");
    /* no date: the latest role */
    run("Vladimir Putin", NULL, &m, &doc);
    if (m.n) {
        CHECK_STR(m.items[0].role, "head_of_state");
        CHECK(m.items[0].certainty == LEX_CERTAIN_NO_DATE);
    }
    doc.date = "";
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
}

/* Heads of organisations ("org:IGOUNO" lines): coded as the organisation
** on their dates, and as their country in a national role on others. */
TEST(people_of_organisations)
{
    dyad_doc doc; dyad_doc_init(&doc);
    dyad_lex_matches m; dyad_lex_matches_init(&m);
    CHECK_STR(run("Secretary-General Lena Okafor said", "2012-03-01", &m, &doc),
              "Secretary-General Lena Okafor=IGOUNO");
    if (m.n == 1) {
        CHECK_STR(m.items[0].country, "IGO");
        CHECK_STR(m.items[0].sector, "");
        CHECK_STR(m.items[0].role, "head_of_organisation");
        CHECK(m.items[0].certainty == 1.0f);
    }
    /* the family name alone, on a date in the role */
    CHECK_STR(run("Okafor said", "2012-03-01", &m, &doc), "Okafor=IGOUNO");
    /* the same person in a national role on another date */
    CHECK_STR(run("Lena Okafor said", "2007-03-01", &m, &doc), "Lena Okafor=NGAGOV");
    CHECK_STR(run("Okafor said", "2007-03-01", &m, &doc), "Okafor=NGAGOV");
    /* out of every role: the nearest one's country, as for anyone */
    CHECK_STR(run("Lena Okafor said", "2020-03-01", &m, &doc), "Lena Okafor=IGO");
    /* the organisation's sector comes with it */
    CHECK_STR(run("Ines Varga said", "2020-03-01", &m, &doc), "Ines Varga=IGOWHO");
    if (m.n == 1) { CHECK_STR(m.items[0].country, "IGO"); CHECK_STR(m.items[0].sector, "HLH"); }
    /* a Korean's family name comes first, known from the national line;
    ** each spelling of the title joins it */
    CHECK_STR(run("Secretary General Park said", "2016-03-01", &m, &doc), "Secretary General Park=IGOUNO");
    CHECK_STR(run("Secretary-General Park said", "2016-03-01", &m, &doc), "Secretary-General Park=IGOUNO");
    CHECK_STR(run("Foreign Minister Park said", "2013-03-01", &m, &doc), "Foreign Minister Park=KORGOV");
    CHECK_STR(run("Min-jun said", "2016-03-01", &m, &doc), "");
    /* the title alone is of the organisation's kind, not its sector */
    CHECK_STR(run("the Director-General said", "2020-03-01", &m, &doc), "Director-General=IGO");
    doc.date = "";
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
}

TEST(lemmas_and_sentences)
{
    dyad_doc doc; dyad_doc_init(&doc);
    dyad_lex_matches m; dyad_lex_matches_init(&m);
    const char *text = "militias attacked. Russian troops";
    dyad_doc_set_text(&doc, text, strlen(text));
    lex_doc_split(&doc);
    /* without a lemma "militias" is unknown to the sample lexicon */
    CHECK_INT(dyad_lex_match_doc(lex, &doc, &m), DYAD_OK);
    CHECK_INT(m.n, 2);
    doc.tokens[0].lemma = dyad_doc_strdup(&doc, "militia", 7);
    CHECK_INT(dyad_lex_match_doc(lex, &doc, &m), DYAD_OK);
    CHECK_INT(m.n, 3);
    if (m.n == 3) {
        CHECK_STR(m.items[0].code, "REB");
        CHECK_INT(m.items[0].end, 8);
        CHECK_STR(m.items[1].code, "RUS");
        CHECK_STR(m.items[2].form, "group");
        CHECK_STR(m.items[2].sector, "MIL");
    }
    /* words of another sentence never join a name */
    const char *t2 = "the United. Nations";
    dyad_doc_set_text(&doc, t2, strlen(t2));
    doc_clear_segments(&doc);
    lex_span sp[8];
    size_t n = lex_split(t2, strlen(t2), sp, 8);
    for (size_t i = 0; i < n; i++) {
        dyad_token *t = doc_add_token(&doc);
        t->start = sp[i].start; t->end = sp[i].end;
        t->form = dyad_doc_strdup(&doc, t2 + sp[i].start, sp[i].end - sp[i].start);
        if (i == 2) doc_add_sentence(&doc, 0, 0, sp[i].end, 1);
    }
    doc_add_sentence(&doc, 3, sp[3].start, (uint32_t)strlen(t2), 0);
    CHECK_INT(dyad_lex_match_doc(lex, &doc, &m), DYAD_OK);
    CHECK_INT(m.n, 0);
    /* bad ranges are refused */
    CHECK_INT(dyad_lex_match_words(lex, &doc, 2, 10, NULL, &m), DYAD_EINVAL);
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
}

/* A big city whose name is a surname ("Lagos") is the city unless a
** title says the person; a small one is left out (geo rules) */
TEST(a_big_city_beside_a_surname_is_the_city)
{
    char cities[320], bin[320];
    snprintf(cities, sizeof cities, "%s/cities.tsv", tmpdir);
    snprintf(bin, sizeof bin, "%s/lex-cities.bin", tmpdir);
    FILE *f = fopen(cities, "w");
    if (!f) { CHECK(0); return; }
    /* the first line with a GeoNames id (tools/cities.js writes one), the
    ** second as older gazetteers were, without */
    fputs("Lindqvist\t\tFI\t2000000\t60.0\t25.0\t658225\nDodon\t\tFI\t5000\t61.0\t25.0\n", f);
    fclose(f);
    lex_build *b = NULL;
    lex_diags d = { 0 };
    lex_compile_options o = { .lexicon_dir = "tests/data/lexicon", .cities_path = cities };
    char err[256] = "";
    dyad_lexicon *with_cities = NULL;
    int st = lex_build_new(&b);
    if (st == DYAD_OK) st = lex_build_read(b, &o, &d);
    if (st == DYAD_OK) st = lex_build_write(b, bin, err, sizeof err);
    if (st == DYAD_OK) st = dyad_lexicon_open(&with_cities, bin, err, sizeof err);
    lex_build_free(b);
    lex_diags_free(&d);
    CHECK_INT(st, DYAD_OK);
    if (st != DYAD_OK) return;
    dyad_lexicon *sample = lex;
    lex = with_cities;
    /* Omar Lindqvist is Prime Minister in 2015: alone, the name is the
    ** city; after a title, the person */
    MATCHES("Lindqvist said", "2015-06-01", "Lindqvist=FIN");
    {   /* the city's source is its GeoNames id, not a line of a build file */
        dyad_doc doc;
        dyad_doc_init(&doc);
        dyad_lex_matches m;
        dyad_lex_matches_init(&m);
        CHECK_STR(run("Lindqvist said", "2015-06-01", &m, &doc), "Lindqvist=FIN");
        if (m.n == 1) {
            CHECK_STR(m.items[0].source_file, "geonames");
            CHECK_INT(m.items[0].source_line, 658225);
        }
        doc.date = "";
        dyad_lex_matches_free(&m);
        dyad_doc_free(&doc);
    }
    MATCHES("Prime Minister Lindqvist said", "2015-06-01", "Prime Minister Lindqvist=SWEGOV");
    /* a small town never takes a person's name */
    MATCHES("Dodon said", "2018-06-01", "Dodon=MDAGOV");
    lex = sample;
    dyad_lexicon_close(with_cities);
    remove(bin);
    remove(cities);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) { perror("mkdtemp"); return 1; }
    snprintf(bin_path, sizeof bin_path, "%s/lex.bin", tmpdir);
    lex_build *b = NULL;
    lex_diags d = { 0 };
    lex_compile_options o = { .lexicon_dir = "tests/data/lexicon", .cities_path = "" };
    char err[256] = "";
    if (lex_build_new(&b) || lex_build_read(b, &o, &d) || lex_build_write(b, bin_path, err, sizeof err) ||
        dyad_lexicon_open(&lex, bin_path, err, sizeof err)) {
        fprintf(stderr, "cannot build the sample lexicon: %s\n", err);
        return 1;
    }
    lex_build_free(b);
    lex_diags_free(&d);
    RUN(longest_match_wins);
    RUN(case_rules);
    RUN(possessives_and_modifiers);
    RUN(titles_join_people);
    RUN(people_by_date);
    RUN(people_of_organisations);
    RUN(lemmas_and_sentences);
    RUN(a_big_city_beside_a_surname_is_the_city);
    dyad_lexicon_close(lex);
    remove(bin_path);
    rmdir(tmpdir);
    return TEST_DONE();
}
