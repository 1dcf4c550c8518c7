/*
** test_petrxml.c — PETRARCH-2 XML records through dyad_reader: attributes,
** entities, the shapes PETRARCH-2's own files take, and every kind of bad
** record, reported as FILE:LINE: reason and skipped while the rest is read.
*/
#include <stdlib.h>
#include <sys/resource.h>
#include "testing.h"
#include "dyad.h"
#include "text/petrxml.h"

typedef struct result {
    int ok, rejected, status[16];
    char ids[512], dates[512], texts[2048], errors[4096], meta[512];
    long lines[16];
} result;

static void add(char *buf, size_t size, const char *s)
{
    strncat(buf, s, size - strlen(buf) - 2);
    strcat(buf, "|");
}

/* Reads every story of the stream f, rewound, with the given limit. */
static result read_stream(FILE *f, const char *name, dyad_format format, size_t max)
{
    result r = { 0 };
    rewind(f);
    dyad_reader *reader;
    dyad_reader_options options = { format, NULL, max };
    dyad_reader_open(&reader, f, name, &options);
    dyad_doc doc;
    dyad_doc_init(&doc);
    for (int n = 0; n < 1000; n++) {
        int rc = dyad_reader_next(reader, &doc);
        if (rc == DYAD_DONE) break;
        if (n < 16) r.status[n] = rc;
        if (rc == DYAD_OK) {
            if (r.ok < 16) r.lines[r.ok] = doc.line;
            r.ok++;
            add(r.ids, sizeof r.ids, doc.id);
            add(r.dates, sizeof r.dates, doc.date);
            add(r.texts, sizeof r.texts, doc.text);
            add(r.meta, sizeof r.meta, doc.meta);
        } else {
            r.rejected++;
            add(r.errors, sizeof r.errors, dyad_reader_error(reader));
            if (rc == DYAD_EIO) break;
        }
    }
    CHECK_INT(dyad_reader_rejects(reader), r.rejected);
    dyad_doc_free(&doc);
    dyad_reader_close(reader);
    return r;
}

static result read_xml(const char *input, const char *name, dyad_format format)
{
    FILE *f = tmpfile();
    fputs(input, f);
    result r = read_stream(f, name, format, 0);
    fclose(f);
    return r;
}

TEST(records_attributes_and_entities)
{
    result r = read_xml(
        "<Sentences>\n"
        "<Sentence date = \"20260312\" id =\"W1_1\" source = \"WIRE\" sentence = \"True\">\n"
        "<Text>\n"
        "  Ministers from Ruritania &amp; Freedonia met on Tuesday\n"
        "  to sign a &quot;water deal&quot;.\n"
        "</Text>\n"
        "<Parse>\n(ROOT (S (NP (NNS Ministers))))\n</Parse>\n"
        "</Sentence>\n"
        "<Sentence date='2026-03-13' id='W1_2'><Text>Caf&#233; owners &#x2014; &lt;all&gt; of them &apos;agreed&apos;.</Text></Sentence>\n"
        "</Sentences>\n", "a.xml", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 2);
    CHECK_INT(r.rejected, 0);
    CHECK_STR(r.ids, "W1_1|W1_2|");
    CHECK_STR(r.dates, "2026-03-12|2026-03-13|");
    /* the line break is hard wrapping: a space, the indent kept */
    CHECK_STR(r.texts, "Ministers from Ruritania & Freedonia met on Tuesday "
                       "  to sign a \"water deal\".|"
                       "Caf\xc3\xa9 owners \xe2\x80\x94 <all> of them 'agreed'.|");
    CHECK_STR(r.meta, "{\"sentence\":\"True\"}||");
    CHECK_INT(r.lines[0], 4);    /* where the text's first word stands */
    CHECK_INT(r.lines[1], 11);
}

TEST(hard_wrapped_text_is_unwrapped)
{
    /* A line that opens with a capital goes on the sentence before it;
    ** a blank line still parts paragraphs. */
    result r = read_xml(
        "<Sentences>\n"
        "<Sentence date=\"20260312\" id=\"W2_1\">\n"
        "<Text>\nThe envoy held talks with Premier\r\nAnna Kovac in Zagreb.\n\nTrade was\nnext.\n</Text>\n"
        "</Sentence>\n"
        "</Sentences>\n", "w.xml", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 1);
    CHECK_STR(r.texts, "The envoy held talks with Premier  Anna Kovac in Zagreb.\n\nTrade was next.|");
}

TEST(petrarch_shapes)
{
    /* A self-closing <Sentence/> closed again after the text, codings
    ** and comments inside, a commented-out record outside, two records on
    ** one line, and no date (then --date applies; here none is given). */
    result r = read_xml(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        "<Validation>\n"
        "<!-- <Sentence date=\"20260101\" id=\"OFF\"><Text>Not read.</Text></Sentence> -->\n"
        "<Sentences>\n"
        "<Sentence category=\"TEST\" date=\"20260401\" id=\"G1\" evaluate=\"true\"/>\n"
        "<EventCoding eventcode=\"036\" sourcecode=\"AAA\" targetcode=\"BBB\" />\n"
        "<!-- a note -->\n"
        "<Text>\nThe council offered talks.\n</Text>\n"
        "<Parse>\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n</Parse>\n"
        "</Sentence>\n"
        "<Sentence id=\"L1\" date=\"20260402\"><Text>One.</Text></Sentence><Sentence id=\"L2\"><Text><![CDATA[Two <b> & more.]]></Text></Sentence>\n"
        "</Sentences>\n</Validation>\n", "v.xml", DYAD_FORMAT_PETRXML);
    CHECK_INT(r.ok, 3);
    CHECK_INT(r.rejected, 0);
    CHECK_STR(r.ids, "G1|L1|L2|");
    CHECK_STR(r.dates, "2026-04-01|2026-04-02||");
    CHECK_STR(r.texts, "The council offered talks.|One.|Two <b> & more.|");
    CHECK(strstr(r.meta, "\"category\":\"TEST\"") != NULL);
}

TEST(bad_records_are_reported_and_skipped)
{
    result r = read_xml(
        "<Sentences>\n"
        "<Sentence id=\"B1\" date=\"20261345\"><Text>Bad month.</Text></Sentence>\n"
        "<Sentence id=\"B2\" date=\"121108\"><Text>Short date.</Text></Sentence>\n"
        "<Sentence id=\"B3\" date=\"20260101\"><Text>Open text.</Sentence>\n"
        "<Sentence id=\"B4\" date=\"20260101\"><Text>Fish &chips;.</Text></Sentence>\n"
        "<Sentence id=\"B5\" date=\"20260101\"><Text>A & B.</Text></Sentence>\n"
        "<Sentence id=\"B6\" date=\"20260101\"><Text>Nul &#0; here.</Text></Sentence>\n"
        "<Sentence id=\"B7\" date=\"20260101\"><Text> \t </Text></Sentence>\n"
        "<Sentence id=\"B8\" date=\"20260101\"><Parse>x</Parse></Sentence>\n"
        "<Sentence id=\"B9\" date=\"20260101><Text>Quote.</Text></Sentence>\n"
        "<Sentence id=\"OK1\" date=\"20260101\"><Text>Good one.</Text></Sentence>\n"
        "<Sentence id=\"B10\" date=\"20260101\"><Text>Never closed.</Text>\n"
        "<Sentence id=\"OK2\" date=\"20260102\"><Text>Good two.</Text></Sentence>\n"
        "<Sentence id=\"B11\" date=\"20260101\"><Text>a < b</Text></Sentence>\n"
        "<Sentence id=\"B12\" date=\"20260101\"><Text>Cut off at the end\n",
        "bad.xml", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 2);
    CHECK_STR(r.ids, "OK1|OK2|");
    CHECK_INT(r.rejected, 12);
    CHECK(strstr(r.errors, "bad.xml:2: date=\"20261345\" is not a date YYYYMMDD|") != NULL);
    CHECK(strstr(r.errors, "bad.xml:3: date=\"121108\"") != NULL);
    CHECK(strstr(r.errors, "bad.xml:4: <Text> is never closed") != NULL);
    CHECK(strstr(r.errors, "bad.xml:5: an unknown entity") != NULL);
    CHECK(strstr(r.errors, "bad.xml:6: '&' that opens no entity") != NULL);
    CHECK(strstr(r.errors, "bad.xml:7: a character reference") != NULL);
    CHECK(strstr(r.errors, "bad.xml:8: empty <Text>") != NULL);
    CHECK(strstr(r.errors, "bad.xml:9: no <Text>") != NULL);
    CHECK(strstr(r.errors, "bad.xml:10: attribute date: the quote is never closed") != NULL);
    CHECK(strstr(r.errors, "bad.xml:12: <Sentence> is never closed (the next one opens at line 13)") != NULL);
    CHECK(strstr(r.errors, "bad.xml:14: '<' inside the text") != NULL);
    CHECK(strstr(r.errors, "bad.xml:15: <Sentence> is never closed before the end of the file") != NULL);
}

TEST(invalid_utf8_in_text)
{
    result r = read_xml("<Sentence id=\"U\" date=\"20260101\">\n<Text>Bad \xff byte.</Text></Sentence>\n"
                        "<Sentence id=\"V\" date=\"20260101\"><Text>Fine.</Text></Sentence>\n",
                        "u.xml", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 1);
    CHECK_INT(r.status[0], DYAD_EUTF8);
    CHECK(strstr(r.errors, "u.xml:2: invalid UTF-8") != NULL);
}

TEST(detected_by_first_non_blank_byte)
{
    /* No .xml name: the first non-blank byte '<' says XML, and the blank
    ** lines before it still count in line numbers. */
    result r = read_xml("\n\n  <Sentences><Sentence id=\"D\" date=\"20260101\"><Text>Bad &x; entity.</Text></Sentence>\n"
                        "<Sentence id=\"E\" date=\"20260101\"><Text>Read.</Text></Sentence></Sentences>\n",
                        "<stdin>", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 1);
    CHECK_STR(r.ids, "E|");
    CHECK(strstr(r.errors, "<stdin>:3: an unknown entity") != NULL);
}

TEST(no_records_is_reported)
{
    result r = read_xml("<Sentences>\n<!-- nothing -->\n</Sentences>\n", "none.xml", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 0);
    CHECK_INT(r.rejected, 1);
    CHECK(strstr(r.errors, "none.xml:1: no <Sentence> records found") != NULL);
}

static long peak_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

TEST(record_of_100_mb_is_skipped_without_holding_it)
{
    FILE *f = tmpfile();
    if (!f) { SKIP("no temporary file"); return; }
    fputs("<Sentences>\n<Sentence id=\"BIG\" date=\"20260101\"><Text>", f);
    static char block[1 << 16];
    memset(block, 'a', sizeof block);
    for (int i = 0; i < 64; i++) block[i * 1024] = ' ';
    for (int i = 0; i < 1600; i++) fwrite(block, 1, sizeof block, f);   /* 100 MiB */
    fputs("</Text></Sentence>\n<Sentence id=\"AFTER\" date=\"20260102\"><Text>Still read.</Text></Sentence>\n"
          "</Sentences>\n", f);
    long before = peak_kb();
    result r = read_stream(f, "big.xml", DYAD_FORMAT_AUTO, 0);    /* the 8 MiB default */
    fclose(f);
    CHECK_INT(r.ok, 1);
    CHECK_STR(r.ids, "AFTER|");
    CHECK_INT(r.status[0], DYAD_ETOOBIG);
    CHECK(strstr(r.errors, "big.xml:2: record longer than 8388608 bytes") != NULL);
    /* Far below the record's size (sanitizer builds add their own). */
    CHECK(peak_kb() - before < 40 * 1024);
}

TEST(decode_directly)
{
    char out[64];
    size_t n, bad;
    const char *why;
    CHECK_INT(petrxml_decode("&#x1F600;&#65;", 14, out, &n, &bad, &why), DYAD_OK);
    CHECK_STR(out, "\xf0\x9f\x98\x80" "A");
    CHECK_INT(n, 5);
    CHECK_INT(petrxml_decode("ok &#xD800; no", 14, out, &n, &bad, &why), DYAD_EFORMAT);
    CHECK_INT(bad, 3);
    CHECK_INT(petrxml_decode("&#1114112;", 10, out, &n, &bad, &why), DYAD_EFORMAT);
    CHECK_INT(petrxml_decode("&amp", 4, out, &n, &bad, &why), DYAD_EFORMAT);
    CHECK_INT(petrxml_decode("<![CDATA[x", 10, out, &n, &bad, &why), DYAD_EFORMAT);
}

int main(void)
{
    RUN(records_attributes_and_entities);
    RUN(hard_wrapped_text_is_unwrapped);
    RUN(petrarch_shapes);
    RUN(bad_records_are_reported_and_skipped);
    RUN(invalid_utf8_in_text);
    RUN(detected_by_first_non_blank_byte);
    RUN(no_records_is_reported);
    RUN(record_of_100_mb_is_skipped_without_holding_it);
    RUN(decode_directly);
    return TEST_DONE();
}
