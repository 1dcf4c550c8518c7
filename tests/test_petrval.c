/*
** test_petrval.c — reading PETRARCH-2 validation records: attributes in
** either quote, the codings each expects, noevents and error, the
** <Include> list and sentence="false", and the <Environment> file names.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "text/petrval.h"

static const char *SAMPLE =
    "<Validation>\n"
    "<!-- a header <Sentence id=\"fake\"> inside a comment is not a record -->\n"
    "<Environment>\n"
    "  <Verbfile> My.verbs.txt </Verbfile>\n"
    "  <Actorfile>My.actors.txt</Actorfile>\n"
    "  <Include>valid ALPHA BETA</Include>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date=\"20200131\" id=\"ALPHA-1\" category=\"ALPHA\" sentence=\"true\">\n"
    "<!-- <EventCoding sourcecode=\"NO\" targetcode=\"NO\" eventcode=\"000\"> in a comment -->\n"
    "<EventCoding sourcecode=\"NRL\" targetcode=\"SVL\" eventcode=\"042\"></EventCoding>\n"
    "<EventCoding sourcecode='\"SOME GROUP\"' targetcode = \"SVL\" eventcode=\"043\"/>\n"
    "<Text>\n  Northland   praised\n Southvale &amp; its king.\n</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Northland))))</Parse>\n"
    "</Sentence>\n"
    "<Sentence date = \"20200201\" id =\"BETA-1\" category=\"BETA\" sentence=\"false\">\n"
    "<EventCoding noevents = \"True\"></EventCoding>\n"
    "<Text>Nothing happened.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20200202\" id=\"GAMMA-1\" category=\"GAMMA\" sentence=\"true\">\n"
    "<EventCoding error=\"sentencediscard\"></EventCoding>\n"
    "<Text>A match was played.</Text>\n"
    "</Sentence>\n"
    "</Sentences></Validation>\n";

TEST(reads_records_and_codings)
{
    petrval_file f;
    char err[128] = "";
    CHECK_INT(petrval_parse(SAMPLE, strlen(SAMPLE), &f, err, sizeof err), DYAD_OK);
    CHECK_INT(f.n, 3);
    if (f.n == 3) {
        const petrval_record *r = &f.records[0];
        CHECK_STR(r->id, "ALPHA-1");
        CHECK_STR(r->date, "2020-01-31");
        CHECK_STR(r->text, "Northland praised Southvale & its king.");
        CHECK_INT(r->n_codings, 2);
        if (r->n_codings == 2) {
            CHECK_STR(r->codings[0].source, "NRL");
            CHECK_STR(r->codings[0].target, "SVL");
            CHECK_STR(r->codings[0].event, "042");
            CHECK_STR(r->codings[1].source, "\"SOME GROUP\"");
            CHECK_STR(r->codings[1].target, "SVL");
        }
        CHECK(r->included);
        CHECK_INT(r->line, 9);
        r = &f.records[1];
        CHECK_STR(r->date, "2020-02-01");
        CHECK(r->noevents);
        CHECK(r->sentence_false);
        CHECK(!r->included);
        r = &f.records[2];
        CHECK_STR(r->error, "sentencediscard");
        CHECK(!r->included);      /* GAMMA is not in <Include> */
    }
    CHECK_STR(f.verbfile, "My.verbs.txt");
    CHECK_STR(f.actorfile, "My.actors.txt");
    CHECK(f.agentfile == NULL);
    petrval_free(&f);
}

TEST(unclosed_record_says_where)
{
    const char *bad = "<Sentences>\n\n<Sentence id=\"X\">\n<Text>never closed\n";
    petrval_file f;
    char err[128] = "";
    CHECK_INT(petrval_parse(bad, strlen(bad), &f, err, sizeof err), DYAD_EFORMAT);
    CHECK_STR(err, "3: <Sentence> is never closed");
    CHECK_INT(f.n, 0);
    petrval_free(&f);
}

TEST(missing_file_is_eio)
{
    petrval_file f;
    CHECK_INT(petrval_read("/nonexistent/records.xml", &f, NULL, 0), DYAD_EIO);
}

TEST(shared_unit_tests)
{
    const char *path = "../shared/data/petrarch2/PETR.UnitTest.records.xml";
    if (access(path, R_OK)) { SKIP("../shared is absent"); return; }
    petrval_file f;
    char err[128] = "";
    CHECK_INT(petrval_read(path, &f, err, sizeof err), DYAD_OK);
    size_t with_text = 0, included = 0;
    for (size_t i = 0; i < f.n; i++) {
        with_text += f.records[i].text[0] != '\0';
        included += (size_t)f.records[i].included;
    }
    CHECK(f.n > 200);
    CHECK_INT(with_text, f.n);
    CHECK(included > 0 && included < f.n);
    CHECK(f.include != NULL);
    petrval_free(&f);
}

int main(void)
{
    RUN(reads_records_and_codings);
    RUN(unclosed_record_says_where);
    RUN(missing_file_is_eio);
    RUN(shared_unit_tests);
    return TEST_DONE();
}
