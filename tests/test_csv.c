/*
** test_csv.c — RFC 4180 quoting, and the event record as a CSV row.
*/
#include <stdlib.h>
#include "testing.h"
#include "out/csv.h"

static char *capture(void (*fn)(FILE *, void *), void *arg)
{
    char *buf = NULL; size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fn(f, arg);
    fclose(f);
    return buf;
}

static void fields(FILE *f, void *arg)
{
    (void)arg;
    csv_str(f, "plain", 1);
    csv_str(f, "a,b", 0);
    csv_str(f, "say \"hi\"", 0);
    csv_str(f, "two\nlines", 0);
    csv_str(f, "cr\r", 0);
    csv_str(f, NULL, 0);
    csv_field(f, "abc", 2, 0);
    csv_end(f);
}

TEST(quoting)
{
    char *s = capture(fields, NULL);
    CHECK_STR(s, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,ab\r\n");
    free(s);
}

static void event_row(FILE *f, void *arg)
{
    csv_event_header(f);
    csv_event_row(f, arg);
}

TEST(event_row_matches_header)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.doc_id = "d1"; ev.sent = 2; ev.cameo = "112"; ev.quad_class = 3; ev.goldstein = -2;
    ev.sentence = "He said, \"no.\"";
    char *s = capture(event_row, &ev);
    char *row = strstr(s, "\r\n") + 2;
    int header_commas = 0, row_commas = 0, in_quotes = 0;
    for (char *p = s; p < row; p++) header_commas += *p == ',';
    for (char *p = row; *p; p++) {
        if (*p == '"') in_quotes = !in_quotes;
        else if (*p == ',' && !in_quotes) row_commas++;
    }
    CHECK_INT(header_commas, 38);
    CHECK_INT(row_commas, header_commas);
    CHECK(strncmp(row, "d1,2,,,,", 8) == 0);
    CHECK(strstr(row, ",112,,,3,-2,") != NULL);
    CHECK(strstr(row, "\"He said, \"\"no.\"\"\"") != NULL);
    free(s);
}

/* A monadic event: the six target fields are empty, the row whole. */
TEST(event_row_with_no_target)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.doc_id = "d1"; ev.sent = 2; ev.cameo = "141";
    ev.source = (dyad_event_actor){ "protesters", "ROUOPP", "ROU", "OPP", 0, 10 };
    char *s = capture(event_row, &ev);
    char *row = strstr(s, "\r\n") + 2;
    CHECK(strstr(row, ",protesters,ROUOPP,ROU,OPP,0,10,,,,,,,141,") != NULL);
    free(s);
}

int main(void)
{
    RUN(quoting);
    RUN(event_row_matches_header);
    RUN(event_row_with_no_target);
    return TEST_DONE();
}
