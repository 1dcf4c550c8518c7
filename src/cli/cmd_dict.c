/*
** cmd_dict.c — `dyad dict compile|lookup|check|import`: the lexicon from
** the command line.
*/
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli/cli.h"
#include "lex/compile.h"
#include "lex/import.h"
#include "lex/match.h"
#include "lex/source_read.h"

#define DEFAULT_BIN "models/lexicon.bin"
#define DEFAULT_CITIES "build/cities.tsv"

static const char *const KIND_NAMES[] = { "", "countries", "places", "organisations", "people", "agents" };

static int help_dict(FILE *out)
{
    fprintf(out,
        "usage: dyad dict compile [--lexicon DIR] [--cities FILE] [--iso FILE] [--wordnet DIR] [-o FILE]\n"
        "       dyad dict lookup TEXT [--date YYYY-MM-DD] [--bin FILE]\n"
        "       dyad dict check [--lexicon DIR] [--cities FILE] [--iso FILE] [--wordnet DIR]\n"
        "       dyad dict import --format petrarch|tabari [--kind KIND] FILE... -o OUT.tsv\n\n"
        "compile  turns the lexicon sources (DIR, default lexicon/; Debian's iso-codes;\n"
        "         the city gazetteer, default " DEFAULT_CITIES " when present) into one\n"
        "         binary file (default " DEFAULT_BIN ").  Bad lines are reported as\n"
        "         FILE:LINE and skipped (exit 3).  WordNet (DIR, default\n"
        "         /usr/share/wordnet; '' for none) tells which surnames are also\n"
        "         common words (\"Bush\", \"May\"): those stand for a person only\n"
        "         after a title.\n"
        "lookup   segments TEXT into sentences and words and prints one JSON object\n"
        "         a name found: text, code, country, sector, kind, start, end (byte\n"
        "         offsets), lat/lon for places.\n"
        "check    reports bad lines, unknown codes, duplicate names, names with two\n"
        "         codes and overlapping dated roles, each with FILE:LINE (exit 3 if any).\n"
        "import   converts PETRARCH-2 or TABARI actor, agent, verb or discard\n"
        "         dictionaries to dyad's TSV (KIND: actors, agents, verbs, discards;\n"
        "         guessed from the file name when not given).\n"
        "See docs/lexicon.md for the formats and the matching rules.\n");
    return EXIT_ALL_OK;
}

static int wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return 1;
    return 0;
}

/* "-o FILE" is the one short option; cli_parse leaves it positional. */
static int take_output(const char *cmd, char **pos, int *n_pos, const char **out)
{
    for (int i = 0; i < *n_pos; i++) {
        if (strcmp(pos[i], "-o")) continue;
        if (i + 1 >= *n_pos) return cli_usage_error(cmd, "-o needs a file name");
        *out = pos[i + 1];
        for (int k = i; k + 2 < *n_pos; k++) pos[k] = pos[k + 2];
        *n_pos -= 2;
        return 0;
    }
    return 0;
}

static void print_diags(const lex_diags *d)
{
    for (size_t i = 0; i < d->n; i++)
        fprintf(stderr, "%s%s\n", d->level[i] == LEX_ERROR ? "error: " :
                d->level[i] == LEX_WARNING ? "warning: " : "note: ", d->msgs[i]);
}

static const char *default_cities(const char *given)
{
    if (given) return given;
    struct stat sb;
    return stat(DEFAULT_CITIES, &sb) == 0 ? DEFAULT_CITIES : "";
}

static int read_sources(const char *cmd, lex_build **b, lex_diags *d, const char *dir,
                        const char *cities, const char *iso, const char *wordnet)
{
    lex_compile_options o = { .lexicon_dir = dir, .iso_path = iso, .cities_path = default_cities(cities),
                              .wordnet_dir = wordnet };
    if (lex_build_new(b)) {
        fprintf(stderr, "dyad dict %s: out of memory\n", cmd);
        return EXIT_FATAL;
    }
    int st = lex_build_read(*b, &o, d);
    if (st == DYAD_OK && !*o.cities_path)
        lex_diags_add(d, LEX_NOTE, NULL, 0, "no city gazetteer: run 'npm ci' then 'make lexicon' to add cities");
    if (st != DYAD_OK) {
        print_diags(d);
        fprintf(stderr, "dyad dict %s: cannot read the sources: %s\n", cmd, dyad_strerror(st));
        return EXIT_FATAL;
    }
    return EXIT_ALL_OK;
}

static void print_counts(const lex_build *b)
{
    fprintf(stderr, "dyad dict: %zu entries, %zu names:", lex_build_entries(b, 0), lex_build_names(b, 0));
    for (int k = DYAD_LEX_COUNTRY; k <= DYAD_LEX_AGENT; k++)
        fprintf(stderr, "%s %zu %s (%zu names)", k > 1 ? "," : "", lex_build_entries(b, k),
                KIND_NAMES[k], lex_build_names(b, k));
    fprintf(stderr, "\n");
}

static int dict_compile(int argc, char **argv)
{
    const char *dir = NULL, *cities = NULL, *iso = NULL, *wordnet = NULL, *out = DEFAULT_BIN;
    cli_option opts[] = { { "lexicon", 1, &dir }, { "cities", 1, &cities }, { "iso", 1, &iso },
                          { "wordnet", 1, &wordnet } };
    char **pos; int n_pos;
    if (cli_parse("dict compile", argc, argv, opts, 4, &pos, &n_pos)) return EXIT_USAGE;
    if (take_output("dict compile", pos, &n_pos, &out)) return EXIT_USAGE;
    if (n_pos) return cli_usage_error("dict compile", "unexpected argument '%s'", pos[0]);
    double t0 = cli_now();
    lex_build *b = NULL;
    lex_diags d = { 0 };
    int rc = read_sources("compile", &b, &d, dir, cities, iso, wordnet);
    if (rc == EXIT_ALL_OK) {
        print_diags(&d);
        char err[512] = "";
        int st = lex_build_write(b, out, err, sizeof err);
        if (st != DYAD_OK) {
            fprintf(stderr, "dyad dict compile: cannot write '%s': %s; check the folder exists\n", out, err);
            rc = EXIT_FATAL;
        } else {
            print_counts(b);
            fprintf(stderr, "dyad dict compile: wrote %s in %.2f s%s\n", out, cli_now() - t0,
                    d.errors ? "; some lines were skipped (see above)" : "");
            rc = d.errors ? EXIT_SOME_REJECTED : EXIT_ALL_OK;
        }
    }
    lex_diags_free(&d);
    lex_build_free(b);
    return rc;
}

static int dict_check(int argc, char **argv)
{
    const char *dir = NULL, *cities = NULL, *iso = NULL, *wordnet = NULL;
    cli_option opts[] = { { "lexicon", 1, &dir }, { "cities", 1, &cities }, { "iso", 1, &iso },
                          { "wordnet", 1, &wordnet } };
    char **pos; int n_pos;
    if (cli_parse("dict check", argc, argv, opts, 4, &pos, &n_pos)) return EXIT_USAGE;
    if (n_pos) return cli_usage_error("dict check", "unexpected argument '%s'", pos[0]);
    lex_build *b = NULL;
    lex_diags d = { 0 };
    int rc = read_sources("check", &b, &d, dir, cities, iso, wordnet);
    if (rc == EXIT_ALL_OK && lex_build_check(b, &d) != DYAD_OK) {
        fprintf(stderr, "dyad dict check: out of memory\n");
        rc = EXIT_FATAL;
    }
    if (rc == EXIT_ALL_OK) {
        print_diags(&d);
        print_counts(b);
        fprintf(stderr, "dyad dict check: %zu errors, %zu warnings\n", d.errors, d.warnings);
        rc = d.errors || d.warnings ? EXIT_SOME_REJECTED : EXIT_ALL_OK;
    }
    lex_diags_free(&d);
    lex_build_free(b);
    return rc;
}

static void json_string(FILE *out, const char *s, size_t n)
{
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static void print_match(FILE *out, const dyad_doc *doc, const dyad_lex_match *m)
{
    fputs("{\"text\":", out);
    json_string(out, doc->text + m->start, m->end - m->start);
    fputs(",\"code\":", out); json_string(out, m->code, strlen(m->code));
    fputs(",\"country\":", out); json_string(out, m->country, strlen(m->country));
    fputs(",\"sector\":", out); json_string(out, m->sector, strlen(m->sector));
    fprintf(out, ",\"kind\":\"%s\",\"start\":%u,\"end\":%u", dyad_lex_kind_name(m->kind),
            (unsigned)m->start, (unsigned)m->end);
    if (m->has_point) fprintf(out, ",\"lat\":%.4f,\"lon\":%.4f", m->lat, m->lon);
    fprintf(out, ",\"form\":\"%s\"", m->form);
    if (*m->role) fprintf(out, ",\"role\":\"%s\"", m->role);
    if (m->certainty < 1.0f) fprintf(out, ",\"certainty\":%.2f", m->certainty);
    if (m->possessive) fputs(",\"possessive\":true", out);
    if (m->modifier) {
        const char *mod = doc->tokens[m->modifier].form;
        fputs(",\"modifier\":", out);
        json_string(out, mod, strlen(mod));
    }
    fputs(",\"source\":", out);
    char where[600];
    int n = snprintf(where, sizeof where, "%s:%u", m->source_file, (unsigned)m->source_line);
    json_string(out, where, n < 0 ? 0 : (size_t)n >= sizeof where ? sizeof where - 1 : (size_t)n);
    fputs("}\n", out);
}

static int dict_lookup(int argc, char **argv)
{
    const char *date = NULL, *bin = DEFAULT_BIN;
    cli_option opts[] = { { "date", 1, &date }, { "bin", 1, &bin } };
    char **pos; int n_pos;
    if (cli_parse("dict lookup", argc, argv, opts, 2, &pos, &n_pos)) return EXIT_USAGE;
    if (n_pos != 1) return cli_usage_error("dict lookup", "give one TEXT to look up (quote it)");
    if (date && !lex_date_number_ok(date))
        return cli_usage_error("dict lookup", "--date wants YYYY-MM-DD, not '%s'", date);
    dyad_lexicon *lex = NULL;
    char err[512] = "";
    int st = dyad_lexicon_open(&lex, bin, err, sizeof err);
    if (st != DYAD_OK) {
        fprintf(stderr, "dyad dict lookup: cannot use lexicon '%s': %s; run 'dyad dict compile' first\n",
                bin, err);
        return EXIT_FATAL;
    }
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_lex_matches m;
    dyad_lex_matches_init(&m);
    st = dyad_doc_set_text(&doc, pos[0], strlen(pos[0]));
    if (st == DYAD_OK) {
        doc.date = date ? date : "";
        st = dyad_segment(&doc, NULL);
    }
    if (st == DYAD_OK) st = dyad_lex_match_doc(lex, &doc, &m);
    for (size_t i = 0; st == DYAD_OK && i < m.n; i++) print_match(stdout, &doc, &m.items[i]);
    if (st == DYAD_EUTF8)
        fprintf(stderr, "dyad dict lookup: TEXT is not valid UTF-8; convert it first\n");
    else if (st != DYAD_OK)
        fprintf(stderr, "dyad dict lookup: %s\n", dyad_strerror(st));
    dyad_lex_matches_free(&m);
    doc.date = "";
    dyad_doc_free(&doc);
    dyad_lexicon_close(lex);
    return st == DYAD_OK ? EXIT_ALL_OK : EXIT_FATAL;
}

static int dict_import(int argc, char **argv)
{
    const char *format = NULL, *kind_name = NULL, *out_path = NULL;
    cli_option opts[] = { { "format", 1, &format }, { "kind", 1, &kind_name } };
    char **pos; int n_pos;
    if (cli_parse("dict import", argc, argv, opts, 2, &pos, &n_pos)) return EXIT_USAGE;
    if (take_output("dict import", pos, &n_pos, &out_path)) return EXIT_USAGE;
    if (!format || (strcmp(format, "petrarch") && strcmp(format, "tabari")))
        return cli_usage_error("dict import", "--format must be petrarch or tabari");
    if (!n_pos) return cli_usage_error("dict import", "name the dictionary files to import");
    import_kind kind = IMPORT_GUESS;
    if (kind_name) {
        for (int k = IMPORT_ACTORS; k <= IMPORT_DISCARDS; k++)
            if (!strcmp(kind_name, import_kind_name((import_kind)k))) kind = (import_kind)k;
        if (kind == IMPORT_GUESS)
            return cli_usage_error("dict import", "--kind must be actors, agents, verbs or discards");
    }
    /* One output holds one kind: every file must be of it. */
    for (int i = 0; i < n_pos; i++) {
        import_kind k = kind_name ? kind : import_kind_of(pos[i]);
        if (k == IMPORT_GUESS)
            return cli_usage_error("dict import", "cannot tell what '%s' holds; give --kind", pos[i]);
        if (kind != IMPORT_GUESS && k != kind)
            return cli_usage_error("dict import", "'%s' holds %s, not %s; import one kind at a time",
                                   pos[i], import_kind_name(k), import_kind_name(kind));
        kind = k;
    }
    FILE *out = cli_open_output("dict import", out_path);
    if (!out) return EXIT_FATAL;
    import_write_header(out, kind, format);
    lex_diags d = { 0 };
    import_counts c = { 0 };
    int st = DYAD_OK;
    for (int i = 0; i < n_pos && st == DYAD_OK; i++) {
        st = !strcmp(format, "petrarch") ? import_petrarch(pos[i], kind, out, &d, &c)
                                        : import_tabari(pos[i], kind, out, &d, &c);
        if (st == DYAD_EIO)
            fprintf(stderr, "dyad dict import: cannot read '%s'; check the path\n", pos[i]);
    }
    if (out != stdout && fclose(out) != 0 && st == DYAD_OK) {
        fprintf(stderr, "dyad dict import: cannot write '%s'\n", out_path);
        st = DYAD_EIO;
    }
    print_diags(&d);
    fprintf(stderr, "dyad dict import: %zu %s, %zu names, %zu codes/patterns, %zu lines written, %zu rejected\n",
            c.entries, import_kind_name(kind), c.names, c.codes, c.lines, c.rejected);
    lex_diags_free(&d);
    if (st != DYAD_OK) return EXIT_FATAL;
    return c.rejected ? EXIT_SOME_REJECTED : EXIT_ALL_OK;
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help"))
        return argc < 2 ? (help_dict(stderr), EXIT_USAGE) : help_dict(stdout);
    if (wants_help(argc - 1, argv + 1)) return help_dict(stdout);
    if (!strcmp(argv[1], "compile")) return dict_compile(argc - 1, argv + 1);
    if (!strcmp(argv[1], "lookup")) return dict_lookup(argc - 1, argv + 1);
    if (!strcmp(argv[1], "check")) return dict_check(argc - 1, argv + 1);
    if (!strcmp(argv[1], "import")) return dict_import(argc - 1, argv + 1);
    return cli_usage_error("dict", "unknown subcommand '%s' (compile, lookup, check, import)", argv[1]);
}
