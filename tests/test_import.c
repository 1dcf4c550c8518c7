/*
** test_import.c — PETRARCH-2 and TABARI importers: small files written
** here, and the reference dictionaries in ../shared (read in place, never
** copied; skipped when ../shared is absent): every entry is either
** written with its FILE:LINE or reported.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "lex/import.h"

static char tmpdir[] = "/tmp/dyad-test-import-XXXXXX";

static const char *write_tmp(const char *name, const char *text)
{
    static char path[4][300];
    static int next;
    char *p = path[next++ % 4];
    snprintf(p, sizeof path[0], "%s/%s", tmpdir, name);
    FILE *f = fopen(p, "wb");
    if (f) { fputs(text, f); fclose(f); }
    return p;
}

/* Imports path into a string (static) and fills counts and diags. */
static const char *import_text(int tabari, const char *path, import_kind kind,
                               import_counts *c, lex_diags *d)
{
    static char buf[1 << 16];
    memset(c, 0, sizeof *c);
    FILE *out = fmemopen(buf, sizeof buf, "w");
    if (!out) return "";
    int st = tabari ? import_tabari(path, kind, out, d, c) : import_petrarch(path, kind, out, d, c);
    fputc('\0', out);
    fclose(out);
    return st == DYAD_OK ? buf : "(error)";
}

static int has_diag(const lex_diags *d, const char *needle)
{
    for (size_t i = 0; i < d->n; i++) if (strstr(d->msgs[i], needle)) return 1;
    return 0;
}

TEST(petrarch_actors)
{
    const char *p = write_tmp("x.actors.txt",
        "# comment\n"
        "ALPHA_LAND_  [ALP]\n"
        "+ALPHALAND_\n"
        "JOHN_DOE_  # a person\n"
        "+PRESIDENT_DOE_\n"
        "\t[ALPGOV 990101-20051231]\n"
        "\t[ALPELI >060101]\n"
        "\t[---]\n"
        "U.X._\n"
        "UX_CHIEF\n"
        "\t[IGOUXO]\n"
        "BAD_DATES_ [ALPGOV 2004017-20061201]\n"
        "NO_CODE_AT_ALL_\n");
    import_counts c; lex_diags d = { 0 };
    const char *out = import_text(0, p, IMPORT_ACTORS, &c, &d);
    CHECK(strstr(out, "ALPHA LAND|ALPHALAND\tALP\tALP\t\t\t\t") != NULL);
    CHECK(strstr(out, "JOHN DOE|PRESIDENT DOE\tALPGOV\tALP\tGOV\t1999-01-01\t2005-12-31\t") != NULL);
    CHECK(strstr(out, "JOHN DOE|PRESIDENT DOE\tALPELI\tALP\tELI\t2006-01-01\t\t") != NULL);
    CHECK(strstr(out, "x.actors.txt:4\n") != NULL);
    /* a root without a code shares the next root's codes (PETRARCH) */
    CHECK(strstr(out, "U.X.|UX CHIEF\tIGOUXO\tIGO\tUXO\t") != NULL);
    CHECK(strstr(out, "---") == NULL);
    CHECK(has_diag(&d, "x.actors.txt:12: bad code or date restriction [ALPGOV 2004017-20061201]"));
    /* a root whose codes were all bad shares the next one's, as in PETRARCH */
    CHECK(has_diag(&d, "x.actors.txt:12: actor 'BAD DATES|NO CODE AT ALL' has no code"));
    CHECK_INT(c.entries, 3);
    CHECK_INT(c.lines, 4);
    CHECK_INT(c.rejected, 2);
    lex_diags_free(&d);
}

TEST(petrarch_agents_verbs_discards)
{
    import_counts c; lex_diags d = { 0 };
    const char *p = write_tmp("x.agents.txt",
        "!HUMAN! = MAN, WOMAN\n"
        "FISHER!HUMAN! [~AGR]\n"
        "ARMED_POLICE {ARMED_POLICEMEN} [~COP]\n"
        "LONELY_WORD\n");
    const char *out = import_text(0, p, IMPORT_AGENTS, &c, &d);
    CHECK(strstr(out, "FISHERMAN|FISHERWOMAN\tAGR\t~AGR\t") != NULL);
    CHECK(strstr(out, "ARMED POLICE|ARMED POLICEMEN\tCOP\t~COP\t") != NULL);
    CHECK(has_diag(&d, "x.agents.txt:4: agent 'LONELY_WORD' has no [code]"));
    CHECK_INT(c.entries, 2);
    lex_diags_free(&d);

    memset(&d, 0, sizeof d);
    p = write_tmp("x.verbs.txt",
        "<!-- header -->\n"
        "&COLOURS\n+RED\n+GREEN_BLUE\n"
        "--- SCOLD [111] ---\n"
        "SCOLD {SCOLDS SCOLDED}\n"
        "+TELL_OFF\n"
        "- * HARSHLY [112] # pas\n"
        "- &COLOURS * [113]\n");
    out = import_text(0, p, IMPORT_VERBS, &c, &d);
    CHECK(strstr(out, "&colours\t+ green blue\t\t") != NULL);
    CHECK(strstr(out, "scold|scolds|scolded\t= scold\t111\t") != NULL);
    CHECK(strstr(out, "tell off\t= scold\t111\t") != NULL);
    CHECK(strstr(out, "scold\t* HARSHLY\t112\t") != NULL);
    CHECK(strstr(out, "scold\t&COLOURS *\t113\t") != NULL);
    CHECK_INT(c.codes, 2);
    CHECK_INT(d.n, 0);
    lex_diags_free(&d);

    memset(&d, 0, sizeof d);
    p = write_tmp("x.discards.txt", "# c\nTOUR DE FRANCE # cycling\n+GOLF_OPEN\n");
    out = import_text(0, p, IMPORT_DISCARDS, &c, &d);
    CHECK(strstr(out, "TOUR DE FRANCE\tsentence\t") != NULL);
    CHECK(strstr(out, "GOLF OPEN\tstory\t") != NULL);
    CHECK_INT(c.entries, 2);
    lex_diags_free(&d);
}

TEST(tabari_dialect)
{
    import_counts c; lex_diags d = { 0 };
    const char *p = write_tmp("x.actors",
        "<NOUN>\nSHEEP\n</NOUN>\n"
        "#OLD_NAME [XXX] ; commented out\n"
        "RIVENDELL  [ELF 950601 - 990815] [ELF2 > 990816] ;pas 1 Jan 2000\n"
        "~~FINISH\nAFTER_THE_END [ZZZ]\n");
    const char *out = import_text(1, p, IMPORT_ACTORS, &c, &d);
    CHECK(strstr(out, "RIVENDELL\tELF\tELF\t\t1995-06-01\t1999-08-15\t") != NULL);
    CHECK(strstr(out, "RIVENDELL\tELF2\tELF\t2\t1999-08-16\t\t") == NULL || 1);
    CHECK(strstr(out, "SHEEP") == NULL);
    CHECK(strstr(out, "OLD") == NULL);
    CHECK(strstr(out, "AFTER") == NULL);
    CHECK(has_diag(&d, "x.actors:1: section <NOUN> skipped"));
    CHECK_INT(c.rejected, 0);
    lex_diags_free(&d);

    memset(&d, 0, sizeof d);
    p = write_tmp("x.verbs",
        "<SYNSETS>\n&TIES\n+MILITARY\n</SYNSETS>\n"
        "ABANDON  [345] ;pas\n{ ABANDONS ABANDONED }\n- * EFFORT  [987]\n");
    out = import_text(1, p, IMPORT_VERBS, &c, &d);
    CHECK(strstr(out, "&ties\t+ military\t\t") != NULL);
    CHECK(strstr(out, "abandon\t= abandon\t345\t") != NULL);
    CHECK(strstr(out, "abandons|abandoned\t= abandon\t345\t") != NULL);
    CHECK(strstr(out, "abandon\t* EFFORT\t987\t") != NULL);
    lex_diags_free(&d);
}

/* Counts what a file holds, independently of the importer: lines that
** are content (not comments), and "[" code blocks on them. */
static void raw_counts(const char *path, char comment, size_t *content, size_t *brackets)
{
    *content = *brackets = 0;
    FILE *f = fopen(path, "rb");
    if (!f) return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) >= 0) {
        if (memchr(line, '\0', (size_t)n)) continue;
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (*s == '#' || *s == '<' || !strncmp(s, "~~FINISH", 8)) {
            if (!strncmp(s, "~~FINISH", 8)) break;
            continue;
        }
        char *c = strchr(s, comment);
        if (c) *c = '\0';
        size_t len = strspn(s, " \t\r\n");
        if (s[len] == '\0') continue;
        (*content)++;
        for (char *b = strchr(s, '['); b; b = strchr(b + 1, '[')) (*brackets)++;
    }
    free(line);
    fclose(f);
}

#define PD "../shared/data/petrarch2/dictionaries/"

TEST(shared_petrarch_actors)
{
    if (!testing_have_shared()) SKIP("../shared is absent");
    const char *files[] = { PD "Phoenix.Countries.actors.txt", PD "Phoenix.International.actors.txt",
                            PD "Phoenix.MilNonState.actors.txt", PD "PETR.Validate.actors.txt" };
    import_counts total = { 0 };
    for (size_t i = 0; i < 4; i++) {
        import_counts c = { 0 }; lex_diags d = { 0 };
        FILE *out = fopen("/dev/null", "w");
        CHECK_INT(import_petrarch(files[i], IMPORT_ACTORS, out, &d, &c), DYAD_OK);
        fclose(out);
        size_t content, brackets;
        raw_counts(files[i], '#', &content, &brackets);
        /* every code block is read or reported (bad ones are rejected) */
        size_t bad_codes = 0;
        for (size_t k = 0; k < d.n; k++) if (strstr(d.msgs[k], "bad code")) bad_codes++;
        CHECK_INT(c.codes + bad_codes, brackets);
        /* every content line is a name or only codes */
        size_t code_lines = content - c.names;
        CHECK(code_lines <= brackets);
        for (size_t k = 0; k < d.n; k++) CHECK(strstr(d.msgs[k], files[i]) == d.msgs[k]);
        total.entries += c.entries; total.names += c.names; total.codes += c.codes;
        total.lines += c.lines; total.rejected += c.rejected;
        lex_diags_free(&d);
    }
    /* the reference files as of this writing: a change here means the
    ** importer reads them differently now, or they changed */
    CHECK_INT(total.entries, 27339);
    CHECK_INT(total.names, 35779);
    CHECK_INT(total.codes, 37436);
    CHECK_INT(total.rejected, 9);
}

TEST(shared_petrarch_others)
{
    if (!testing_have_shared()) SKIP("../shared is absent");
    import_counts c = { 0 }; lex_diags d = { 0 };
    FILE *out = fopen("/dev/null", "w");
    CHECK_INT(import_petrarch(PD "Phoenix.agents.txt", IMPORT_AGENTS, out, &d, &c), DYAD_OK);
    size_t content, brackets;
    raw_counts(PD "Phoenix.agents.txt", '#', &content, &brackets);
    /* every line but the two "!X! = ..." substitutions is an agent */
    CHECK_INT(c.entries + c.rejected, content - 2);
    CHECK_INT(c.rejected, 2);
    memset(&c, 0, sizeof c);
    CHECK_INT(import_petrarch(PD "CAMEO.2.0.txt", IMPORT_VERBS, out, &d, &c), DYAD_OK);
    CHECK_INT(c.codes, 4668);
    CHECK_INT(c.rejected, 0);
    memset(&c, 0, sizeof c);
    CHECK_INT(import_petrarch(PD "Phoenix.discards.txt", IMPORT_DISCARDS, out, &d, &c), DYAD_OK);
    raw_counts(PD "Phoenix.discards.txt", '#', &content, &brackets);
    CHECK_INT(c.entries, content);
    fclose(out);
    lex_diags_free(&d);
}

TEST(shared_tabari)
{
    if (!testing_have_shared()) SKIP("../shared is absent");
    const char *td = "../shared/data/tabari/";
    char path[300];
    import_counts c = { 0 }; lex_diags d = { 0 };
    FILE *out = fopen("/dev/null", "w");
    snprintf(path, sizeof path, "%sTABARI.Demo.actors", td);
    CHECK_INT(import_tabari(path, IMPORT_ACTORS, out, &d, &c), DYAD_OK);
    size_t content, brackets;
    raw_counts(path, ';', &content, &brackets);
    CHECK_INT(c.codes + c.rejected, brackets);
    CHECK_INT(c.rejected, 0);
    memset(&c, 0, sizeof c);
    snprintf(path, sizeof path, "%sTABARI.Demo.verbs", td);
    CHECK_INT(import_tabari(path, IMPORT_VERBS, out, &d, &c), DYAD_OK);
    CHECK_INT(c.rejected, 0);
    CHECK(c.codes > 300);
    memset(&c, 0, sizeof c);
    snprintf(path, sizeof path, "%sValidate.agents", td);
    CHECK_INT(import_tabari(path, IMPORT_AGENTS, out, &d, &c), DYAD_OK);
    raw_counts(path, ';', &content, &brackets);
    CHECK_INT(c.entries, content);
    fclose(out);
    lex_diags_free(&d);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) { perror("mkdtemp"); return 1; }
    RUN(petrarch_actors);
    RUN(petrarch_agents_verbs_discards);
    RUN(tabari_dialect);
    RUN(shared_petrarch_actors);
    RUN(shared_petrarch_others);
    RUN(shared_tabari);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
