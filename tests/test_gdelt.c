/*
** test_gdelt.c — the GDELT 2.0 event-table row: 61 columns in the
** codebook's order, filled where dyad knows the value.
*/
#include <stdlib.h>
#include "testing.h"
#include "out/gdelt.h"

TEST(column_list)
{
    CHECK_INT(GDELT_N_COLUMNS, 61);
    CHECK_STR(gdelt_columns[0], "GLOBALEVENTID");
    CHECK_STR(gdelt_columns[5], "Actor1Code");
    CHECK_STR(gdelt_columns[15], "Actor2Code");
    CHECK_STR(gdelt_columns[25], "IsRootEvent");
    CHECK_STR(gdelt_columns[26], "EventCode");
    CHECK_STR(gdelt_columns[29], "QuadClass");
    CHECK_STR(gdelt_columns[31], "NumMentions");
    CHECK_STR(gdelt_columns[34], "AvgTone");
    CHECK_STR(gdelt_columns[35], "Actor1Geo_Type");
    CHECK_STR(gdelt_columns[39], "Actor1Geo_ADM2Code");
    CHECK_STR(gdelt_columns[51], "ActionGeo_Type");
    CHECK_STR(gdelt_columns[59], "DATEADDED");
    CHECK_STR(gdelt_columns[60], "SOURCEURL");
}

static char **split(char *line, int *n)
{
    static char *cols[100];
    *n = 0;
    char *p = line;
    for (;;) {
        cols[(*n)++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = '\0';
        p = t + 1;
    }
    char *nl = strchr(cols[*n - 1], '\n');
    if (nl) *nl = '\0';
    return cols;
}

/* Writes row and splits it into its columns (pointing into *buf, which
** the caller frees). */
static char **row_columns(const gdelt_row *row, char **buf, int *n)
{
    size_t len = 0;
    *buf = NULL;
    FILE *f = open_memstream(buf, &len);
    gdelt_write_row(f, row);
    fclose(f);
    return split(*buf, n);
}

TEST(row)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.date = "2026-01-20";
    ev.source = (dyad_event_actor){ "Romania's\tgovernment", "ROUGOV", "ROU", "GOV", 0, 5 };
    ev.target = (dyad_event_actor){ "NATO", "IGONAT", "IGO", "", 9, 13 };
    ev.cameo = "0431"; ev.quad_class = 1; ev.goldstein = 2.8;
    ev.location = (dyad_event_location){ "Bucharest", "Bucharest", "ROU", 44.4325, 26.1039, "683506" };
    gdelt_row row = { 42, &ev, 5, 2, 3, 1, "2026-01-20T10:11:12Z", "http://x/y" };
    char *buf;
    int n;
    char **c = row_columns(&row, &buf, &n);
    CHECK_INT(n, 61);
    if (n == 61) {
        CHECK_STR(c[0], "42");
        CHECK_STR(c[1], "20260120");
        CHECK_STR(c[2], "202601");
        CHECK_STR(c[3], "2026");
        CHECK_STR(c[4], "2026.1370");   /* (1 * 30 + 20) / 365, as GDELT computes it */
        CHECK_STR(c[5], "ROUGOV");
        CHECK_STR(c[6], "Romania's government");
        CHECK_STR(c[7], "ROM");                /* CAMEO's code for Romania */
        CHECK_STR(c[12], "GOV");
        CHECK_STR(c[15], "IGONAT");
        CHECK_STR(c[17], "");                  /* an IGO has no country... */
        CHECK_STR(c[18], "NAT");               /* ...but a known group */
        CHECK_STR(c[25], "1");
        CHECK_STR(c[26], "0431");
        CHECK_STR(c[27], "043");
        CHECK_STR(c[28], "04");
        CHECK_STR(c[29], "1");
        CHECK_STR(c[30], "2.8");
        CHECK_STR(c[31], "5");
        CHECK_STR(c[32], "2");
        CHECK_STR(c[33], "3");
        CHECK_STR(c[34], "");
        CHECK_STR(c[35], "");
        CHECK_STR(c[51], "4");
        CHECK_STR(c[52], "Bucharest");
        CHECK_STR(c[56], "44.4325");
        CHECK_STR(c[57], "26.1039");
        CHECK_STR(c[58], "683506");
        CHECK_STR(c[59], "20260120101112");
        CHECK_STR(c[60], "http://x/y");
    }
    free(buf);
}

/* A side of no known country ("---REB") is its sector alone, with no
** country code, as GDELT writes one. */
TEST(row_with_a_side_of_no_country)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.date = "2026-01-20";
    ev.source = (dyad_event_actor){ "Gunmen", "---UAF", "", "UAF", 0, 6 };
    ev.target = (dyad_event_actor){ "Romanian engineers", "ROU", "ROU", "", 16, 34 };
    ev.cameo = "181"; ev.quad_class = 4; ev.goldstein = -9.0;
    gdelt_row row = { 8, &ev, 1, 1, 1, 1, "2026-01-20T10:11:12Z", "" };
    char *buf;
    int n;
    char **c = row_columns(&row, &buf, &n);
    CHECK_INT(n, 61);
    if (n == 61) {
        CHECK_STR(c[5], "UAF");
        CHECK_STR(c[6], "Gunmen");
        CHECK_STR(c[7], "");
        CHECK_STR(c[8], "");
        CHECK_STR(c[12], "UAF");
        CHECK_STR(c[15], "ROU");
        CHECK_STR(c[17], "ROM");
    }
    free(buf);
}

/* A monadic event: the ten Actor2 columns are empty, the row whole. */
TEST(row_with_no_target)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.date = "2026-01-20";
    ev.source = (dyad_event_actor){ "Romanian protesters", "ROUOPP", "ROU", "OPP", 0, 19 };
    ev.cameo = "141"; ev.quad_class = 3; ev.goldstein = -6.5;
    gdelt_row row = { 7, &ev, 1, 1, 1, 1, "2026-01-20T10:11:12Z", "" };
    char *buf;
    int n;
    char **c = row_columns(&row, &buf, &n);
    CHECK_INT(n, 61);
    if (n == 61) {
        CHECK_STR(c[5], "ROUOPP");
        for (int i = 15; i < 25; i++) CHECK_STR(c[i], "");
        CHECK_STR(c[26], "141");
        CHECK_STR(c[28], "14");
    }
    free(buf);
}

TEST(header_and_countries)
{
    char *buf = NULL; size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    gdelt_write_header(f);
    fclose(f);
    int n;
    split(buf, &n);
    CHECK_INT(n, 61);
    free(buf);
    CHECK_STR(gdelt_country("USA"), "USA");
    CHECK_STR(gdelt_country("ROU"), "ROM");
    CHECK_STR(gdelt_country("XKX"), "KSV");
    CHECK_STR(gdelt_country(NULL), "");
}

int main(void)
{
    RUN(column_list);
    RUN(row);
    RUN(row_with_no_target);
    RUN(row_with_a_side_of_no_country);
    RUN(header_and_countries);
    return TEST_DONE();
}
