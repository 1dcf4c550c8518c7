/*
** test_reader.c — stories from plain text (wire pages), JSON Lines and
** CoNLL-U, and every kind of bad record: reported with FILE:LINE, skipped,
** the rest still read.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"

typedef struct result {
    int ok, rejected;
    char ids[512];
    char errors[2048];
} result;

/* Reads every story of `input` and records ids and error messages. */
static result read_all(const char *input, size_t len, const char *name, dyad_format format)
{
    result r = { 0 };
    FILE *f = tmpfile();
    fwrite(input, 1, len, f);
    rewind(f);
    dyad_reader *reader;
    dyad_reader_options options = { format, "2026-01-24", 4096 };
    dyad_reader_open(&reader, f, name, &options);
    dyad_doc doc;
    dyad_doc_init(&doc);
    for (int guard = 0; guard < 1000; guard++) {
        int rc = dyad_reader_next(reader, &doc);
        if (rc == DYAD_DONE) break;
        if (rc == DYAD_OK) {
            r.ok++;
            strncat(r.ids, doc.id, sizeof r.ids - strlen(r.ids) - 2);
            strcat(r.ids, " ");
        } else {
            r.rejected++;
            strncat(r.errors, dyad_reader_error(reader), sizeof r.errors - strlen(r.errors) - 2);
            strcat(r.errors, "\n");
            if (rc == DYAD_EIO) break;
        }
    }
    CHECK_INT(dyad_reader_rejects(reader), r.rejected);
    dyad_doc_free(&doc);
    dyad_reader_close(reader);
    fclose(f);
    return r;
}

#define READ(s, name, fmt) read_all((s), sizeof(s) - 1, (name), (fmt))

TEST(wire_page_stories)
{
    static const char page[] =
        "First story opens here. It goes on.\n"
        "Photo: AP\n"
        "A second paragraph of it.\n"
        "\n"
        "Second story after a blank line.\n"
        "NEW TOPIC: A teaser sub-headline, officials said The body begins here. It was cut off in the mid\n"
        "‘QUOTED’: Another one, the UN said Two trucks crossed. Nothing more.\n";
    FILE *f = tmpfile();
    fputs(page, f);
    rewind(f);
    dyad_reader *reader;
    dyad_reader_open(&reader, f, "page.txt", NULL);
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(dyad_reader_next(reader, &doc), DYAD_OK);
    CHECK_STR(doc.id, "page-1");
    CHECK_INT(doc.n_sents, 3);
    CHECK(strstr(doc.text, "Photo") == NULL);
    CHECK_INT(doc.line, 1);
    CHECK_INT(dyad_reader_next(reader, &doc), DYAD_OK);
    CHECK_INT(doc.n_sents, 1);
    CHECK_INT(dyad_reader_next(reader, &doc), DYAD_OK);
    CHECK_STR(doc.kicker, "NEW TOPIC");
    CHECK_INT(doc.n_sents, 2);
    CHECK_INT(doc.truncated, 1);
    CHECK_INT(doc.line, 6);
    CHECK_INT(dyad_reader_next(reader, &doc), DYAD_OK);
    CHECK_STR(doc.kicker, "QUOTED");
    CHECK_INT(doc.n_sents, 3);
    CHECK_INT(doc.truncated, 0);
    CHECK_INT(dyad_reader_next(reader, &doc), DYAD_DONE);
    dyad_doc_free(&doc);
    dyad_reader_close(reader);
    fclose(f);
}

TEST(crlf_line_ends)
{
    result r = READ("One story.\r\nSame story.\r\n\r\nAnother.\r\n", "crlf.txt", DYAD_FORMAT_TEXT);
    CHECK_INT(r.ok, 2);
    CHECK_INT(r.rejected, 0);
}

TEST(jsonl_records)
{
    result r = READ("{\"id\":\"a\",\"date\":\"2026-01-02\",\"text\":\"It rained.\",\"lang\":\"en\"}\n"
                    "\n"
                    "{\"id\":7,\"text\":\"Numbers are ids too.\"}\n"
                    "{\"text\":\"No id.\"}\n",
                    "x.jsonl", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 3);
    CHECK_STR(r.ids, "a 7 line-4 ");
}

TEST(jsonl_fields_and_meta)
{
    FILE *f = tmpfile();
    fputs("{\"id\":\"a\",\"text\":\"Hi.\",\"source\":\"AFP\",\"lang\":\"en\",\"n\":[1,2]}\n", f);
    rewind(f);
    dyad_reader *reader;
    dyad_reader_options options = { DYAD_FORMAT_JSONL, "2026-01-24", 0 };
    dyad_reader_open(&reader, f, "m.jsonl", &options);
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(dyad_reader_next(reader, &doc), DYAD_OK);
    CHECK_STR(doc.source, "AFP");
    CHECK_STR(doc.date, "2026-01-24");
    CHECK(strstr(doc.meta, "\"lang\":\"en\"") != NULL);
    CHECK(strstr(doc.meta, "\"n\":[1,2]") != NULL);
    dyad_doc_free(&doc);
    dyad_reader_close(reader);
    fclose(f);
}

TEST(bad_jsonl_records_are_reported_and_skipped)
{
    result r = READ("{\"text\":\"good one.\"}\n"
                    "not json at all\n"
                    "[1,2,3]\n"
                    "{\"id\":\"x\"}\n"
                    "{\"text\":42}\n"
                    "{\"text\":\"bad date\",\"date\":\"24/01/2026\"}\n"
                    "{\"text\":\"nul \\u0000 inside\"}\n"
                    "{\"text\":\"also good.\"}\n",
                    "bad.jsonl", DYAD_FORMAT_JSONL);
    CHECK_INT(r.ok, 2);
    CHECK_INT(r.rejected, 6);
    CHECK(strstr(r.errors, "bad.jsonl:2: not valid JSON") != NULL);
    CHECK(strstr(r.errors, "bad.jsonl:3: not a JSON object") != NULL);
    CHECK(strstr(r.errors, "bad.jsonl:4: no \"text\" string field") != NULL);
    CHECK(strstr(r.errors, "bad.jsonl:5: no \"text\"") != NULL);
    CHECK(strstr(r.errors, "bad.jsonl:6: \"date\" must be YYYY-MM-DD") != NULL);
    CHECK(strstr(r.errors, "bad.jsonl:7:") != NULL);
}

TEST(invalid_utf8_and_nul_in_text)
{
    static const char input[] = "Good story.\n\nBad \xff byte here.\n\nNul \0 byte.\n\nGood again.\n";
    result r = read_all(input, sizeof input - 1, "t.txt", DYAD_FORMAT_TEXT);
    CHECK_INT(r.ok, 2);
    CHECK_INT(r.rejected, 2);
    CHECK(strstr(r.errors, "t.txt:3: invalid UTF-8") != NULL);
    CHECK(strstr(r.errors, "t.txt:5: NUL byte") != NULL);
}

TEST(overlong_line_is_rejected_without_buffering_it)
{
    /* The limit in read_all is 4096 bytes. */
    size_t n = 100000;
    char *input = malloc(n + 64);
    strcpy(input, "Short one.\n\n");
    size_t len = strlen(input);
    memset(input + len, 'a', n);
    len += n;
    memcpy(input + len, "\n\nLast one.\n", 12);
    len += 12;
    result r = read_all(input, len, "long.txt", DYAD_FORMAT_TEXT);
    CHECK_INT(r.ok, 2);
    CHECK_INT(r.rejected, 1);
    CHECK(strstr(r.errors, "long.txt:3: story longer than 4096 bytes") != NULL);
    r = read_all(input + 12, len - 12 - 12, "long.jsonl", DYAD_FORMAT_JSONL);
    CHECK_INT(r.rejected, 1);
    CHECK(strstr(r.errors, "long.jsonl:1: line longer") != NULL);
    free(input);
}

TEST(empty_input_is_reported)
{
    result r = READ("", "empty.txt", DYAD_FORMAT_TEXT);
    CHECK_INT(r.ok, 0);
    CHECK_INT(r.rejected, 1);
    CHECK(strstr(r.errors, "empty.txt:1: empty input") != NULL);
    r = READ("\n\n  \n", "blank.jsonl", DYAD_FORMAT_JSONL);
    CHECK_INT(r.rejected, 1);
}

TEST(conllu_input)
{
    result r = READ("# newdoc id = d1\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
                    "# newdoc id = d2\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n",
                    "x.conllu", DYAD_FORMAT_AUTO);
    CHECK_INT(r.ok, 2);
    CHECK_STR(r.ids, "d1 d2 ");
}

int main(void)
{
    RUN(wire_page_stories);
    RUN(crlf_line_ends);
    RUN(jsonl_records);
    RUN(jsonl_fields_and_meta);
    RUN(bad_jsonl_records_are_reported_and_skipped);
    RUN(invalid_utf8_and_nul_in_text);
    RUN(overlong_line_is_rejected_without_buffering_it);
    RUN(empty_input_is_reported);
    RUN(conllu_input);
    return TEST_DONE();
}
