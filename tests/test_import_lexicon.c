/*
** test_import_lexicon.c — imported dictionaries as lexicon sources and
** dyad patterns: names in the case news text uses, codes split into
** country and sector, dated codes as roles, agent codes as sectors, and
** PETRARCH patterns said as dependents (or left out when they cannot be).
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "lex/import_lexicon.h"

static char tmpdir[] = "/tmp/dyad-test-import-lexicon-XXXXXX";

static const char *write_tmp(const char *name, const char *text)
{
    static char path[300];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    if (f) { fputs(text, f); fclose(f); }
    return path;
}

static int has_diag(const lex_diags *d, const char *needle)
{
    for (size_t i = 0; i < d->n; i++) if (strstr(d->msgs[i], needle)) return 1;
    return 0;
}

TEST(actors)
{
    const char *p = write_tmp("actors.tsv",
        "# names\tcode\tcountry\tsector\tstart\tend\tsource\n"
        "NORTHLAND|NORTHLANDER\tNRL\tNRL\t\t\t\tx:1\n"
        "GROUP OF NINE\tIGONIN\tIGO\tNIN\t\t\tx:2\n"
        "UNF\tUNF\tUNF\t\t\t\tx:3\n"
        "BORIS LEE KEL-DORAN\tNRL\tNRL\t\t\t2001-05-31\tx:4\n"
        "BORIS LEE KEL-DORAN\tNRLGOV\tNRL\tGOV\t2001-06-01\t\tx:4\n"
        "ODD ONE\t+++\t\t\t\t\tx:5\n");
    char cbuf[2048] = "", obuf[2048] = "", pbuf[2048] = "";
    FILE *c = fmemopen(cbuf, sizeof cbuf, "w"), *o = fmemopen(obuf, sizeof obuf, "w"),
         *pe = fmemopen(pbuf, sizeof pbuf, "w");
    import_codes codes = { 0 };
    lex_diags d = { 0 };
    import_lexicon_counts n = { 0 };
    CHECK_INT(import_lexicon_actors(p, c, o, pe, &codes, &d, &n), DYAD_OK);
    fclose(c); fclose(o); fclose(pe);
    CHECK_STR(cbuf, "NRL\tname\tNorthland|Northlander\nUNF\tname\tUNF\n");
    CHECK_STR(obuf, "IGONIN\tIGO\tNIN\tGroup of Nine\n");
    /* the dated role first: the earliest covering line wins */
    CHECK(strstr(pbuf, "Boris Lee Kel-Doran\tNRL\t\t\t\t\t2001-05-31\n") != NULL);
    CHECK(strstr(pbuf, "Boris Lee Kel-Doran\tNRL\tGOV\t\t\t2001-06-01\t\n") != NULL);
    CHECK(has_diag(&d, "x:5: code '+++' names no country"));
    CHECK_INT(n.countries, 2);
    CHECK_INT(n.orgs, 1);
    CHECK_INT(n.people, 2);
    CHECK_INT(codes.n, 3);     /* NRL, IGO, UNF */
    if (codes.n == 3) CHECK_STR(codes.list[2], "UNF");
    import_codes_free(&codes);
    lex_diags_free(&d);
}

TEST(agents)
{
    const char *p = write_tmp("agents.tsv",
        "FOREIGN MINISTER|FOREIGN MINISTERS\tGOV\t~GOVFRM\tx:1\n"
        "AID GROUP\tNGO\tNGO~\tx:2\n");
    char buf[1024] = "";
    FILE *out = fmemopen(buf, sizeof buf, "w");
    lex_diags d = { 0 };
    import_lexicon_counts n = { 0 };
    CHECK_INT(import_lexicon_agents(p, out, &d, &n), DYAD_OK);
    fclose(out);
    CHECK_STR(buf, "foreign minister|foreign ministers\tGOVFRM\tgroup\naid group\tNGO\tgroup\n");
    CHECK_INT(n.agents, 2);
    lex_diags_free(&d);
}

TEST(verbs)
{
    const char *p = write_tmp("verbs.tsv",
        "&goods\t+ grain\t\tx:1\n"
        "&goods\t+ iron ore\t\tx:2\n"
        "ship|ships|shipped\t= ship\t070\tx:3\n"
        "send\t= ship\t071\tx:4\n"
        "break down\t= ship\t---\tx:5\n"
        "ship\t* &GOODS TO +\t0712\tx:6\n"
        "ship\t* TO_HELP\t073\tx:7\n"
        "ship\tSAID * ARMS\t074\tx:8\n"
        "ship\tNOT * BACK\t075\tx:9\n"
        "ship\t* FORMAL TALKS\t076\tx:10\n"
        "ship\t% *\t077\tx:11\n"
        "ship\t* FROM $\t078\tx:13\n"
        "ship\t+ *\t079\tx:14\n"
        "ship\t* FOOD\t07A\tx:12\n"
        "ship\t* JOKES\t---\tx:15\n");
    char buf[8192] = "";
    FILE *out = fmemopen(buf, sizeof buf, "w");
    lex_diags d = { 0 };
    import_lexicon_counts n = { 0 };
    CHECK_INT(import_lexicon_verbs(p, out, &d, &n), DYAD_OK);
    fclose(out);
    CHECK(strstr(buf, "070\tship\tx:3\n") != NULL);
    CHECK(strstr(buf, "071\tsend\tx:4\n") != NULL);
    CHECK(strstr(buf, "\tbreak compound:prt=down") == NULL);            /* "---": no event */
    CHECK(strstr(buf, "0712\tship|send obj~=grain obl:to@T\tx:6\n") != NULL);
    CHECK(strstr(buf, "0712\tship|send obj>ore[amod=iron] obl:to@T\tx:6\n") != NULL);   /* both ways */
    CHECK(strstr(buf, "0712\tship|send obj>ore[compound=iron] obl:to@T\tx:6\n") != NULL);
    CHECK(strstr(buf, "0712\tship|send obj~=ore obl:to@T\tx:6\n") != NULL);
    CHECK(strstr(buf, "073\tship|send xcomp>help\tx:7\n") != NULL);
    CHECK(strstr(buf, "075\tship|send advmod=not|never compound:prt=back\tx:9\n") != NULL);
    CHECK(strstr(buf, "076\tship|send obj>talks|talk[amod=formal]\tx:10\n") != NULL);
    CHECK(strstr(buf, "076\tship|send obj~=talks|talk\tx:10\n") != NULL);
    CHECK(strstr(buf, "078\tship|send obl:from@S\tx:13\n") != NULL);   /* PETRARCH: $ source, + target */
    CHECK(strstr(buf, "---\tship|send obj~=jokes|joke") != NULL);      /* a phrase of no event */
    CHECK(strstr(buf, "079\t") == NULL);      /* a target before the verb */
    CHECK(strstr(buf, "074\t") == NULL);
    CHECK(strstr(buf, "077\t") == NULL);
    CHECK(has_diag(&d, "x:8: pattern 'SAID * ARMS'"));
    CHECK(has_diag(&d, "x:11: pattern '% *'"));
    CHECK(has_diag(&d, "x:12: code '07A' is not a CAMEO code"));
    CHECK_INT(n.patterns_left_out, 4);
    lex_diags_free(&d);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) { perror("mkdtemp"); return 1; }
    RUN(actors);
    RUN(agents);
    RUN(verbs);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
