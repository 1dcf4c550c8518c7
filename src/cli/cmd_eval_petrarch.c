/*
** cmd_eval_petrarch.c — `dyad eval --petrarch-validation FILE`: PETRARCH-2
** compatibility.  Imports the dictionaries a PETRARCH-2 validation file
** names into a temporary lexicon, compiles it, codes every record the
** file runs and compares the events with the codings it expects.
*/
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli/cli.h"
#include "lex/compile.h"
#include "lex/import.h"
#include "lex/import_lexicon.h"
#include "text/petrval.h"

static const char *HELP =
    "usage: dyad eval --petrarch-validation FILE [--dictionaries DIR] [OPTIONS]\n"
    "\n"
    "Runs a PETRARCH-2 validation file (<Sentence> records with the\n"
    "<EventCoding>s each should give) with dyad: imports the dictionaries the\n"
    "file's <Environment> names (verbs, actors, agents, discards) from DIR\n"
    "(default: FILE's folder + /dictionaries) into a temporary lexicon, compiles\n"
    "it, codes the text of every record PETRARCH itself runs (not those marked\n"
    "sentence=\"false\" or of a category its <Include> leaves out) on the record's\n"
    "date, and compares the events with the expected ones: source and target\n"
    "codes, and the event code in full and at its root.  A record expecting\n"
    "noevents, or an error (a discard, a bad parse), expects no event.\n"
    "Prints the records coded exactly as expected and event P/R/F1.\n"
    "\n"
    "options:\n"
    "  --petrarch-validation FILE  the validation records (required)\n"
    "  --dictionaries DIR    where the dictionaries are (default FILE's folder/dictionaries)\n"
    "  --diff                print each record's expected and coded events (coded\n"
    "                        ones with their confidence, modality and why)\n"
    "  --keep DIR            write the converted lexicon into DIR and keep it\n"
    "  --models DIR          tagger.bin and parser.bin (default models/)\n"
    "  --beam N              the parser's beam width (default: the model's)\n"
    "  --lexicon DIR         cameo.tsv (default lexicon/)\n"
    "  --no-country          code a side named only by a sector as ---REB ...\n"
    "                        (as dyad eval --no-country)\n"
    "  -h, --help            show this help\n"
    "See docs/petrarch.md for what carries over.\n";

/* Every file and folder made, removed in reverse at the end. */
typedef struct made { char paths[32][2048]; int n; } made;

static void made_add(made *m, const char *path)
{
    if (m->n < 32) snprintf(m->paths[m->n++], sizeof m->paths[0], "%s", path);
}

static void made_remove(made *m)
{
    while (m->n > 0) remove(m->paths[--m->n]);
}

static FILE *open_made(made *m, const char *dir, const char *name, int keep)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (f && !keep) made_add(m, path);
    if (!f) fprintf(stderr, "dyad eval: cannot write '%s'; check the folder\n", path);
    return f;
}

static int make_dir(made *m, const char *path, int keep)
{
    if (mkdir(path, 0700) && errno != EEXIST) {
        fprintf(stderr, "dyad eval: cannot make the folder '%s'\n", path);
        return -1;
    }
    if (!keep) made_add(m, path);
    return 0;
}

static void print_diags(const lex_diags *d, int all)
{
    for (size_t i = 0; i < d->n; i++)
        if (all || d->level[i] == LEX_ERROR)
            fprintf(stderr, "%s%s\n", d->level[i] == LEX_ERROR ? "error: " :
                    d->level[i] == LEX_WARNING ? "warning: " : "note: ", d->msgs[i]);
}

/* Imports one dictionary (a file name the records give, in dir) to
** import/KIND.tsv. */
static int import_one(made *m, const char *work, const char *dir, const char *file, import_kind kind,
                      int keep, lex_diags *d)
{
    char src[2048], name[64];
    snprintf(src, sizeof src, "%s/%s", dir, file);
    snprintf(name, sizeof name, "import/%s.tsv", import_kind_name(kind));
    FILE *out = open_made(m, work, name, keep);
    if (!out) return -1;
    import_write_header(out, kind, "petrarch");
    import_counts c = { 0 };
    int st = import_petrarch(src, kind, out, d, &c);
    fclose(out);
    if (st == DYAD_EIO) {
        fprintf(stderr, "dyad eval: cannot read the dictionary '%s'; give --dictionaries DIR\n", src);
        return -1;
    }
    if (st) { fprintf(stderr, "dyad eval: %s\n", dyad_strerror(st)); return -1; }
    fprintf(stderr, "dyad eval: imported %s: %zu %s, %zu rejected\n", file, c.entries, import_kind_name(kind),
            c.rejected);
    return 0;
}

/* Discard phrases, lowercase, one a line. */
typedef struct discards { char **v; size_t n; } discards;

static void read_discards(const char *path, discards *out)
{
    tsv_reader r;
    if (tsv_open(&r, path)) return;
    while (tsv_next(&r) == DYAD_OK) {
        if (r.n_fields < 1 || !r.fields[0][0]) continue;
        char **v = realloc(out->v, (out->n + 1) * sizeof *v);
        if (!v) break;
        out->v = v;
        char *s = strdup(r.fields[0]);
        if (!s) break;
        for (char *p = s; *p; p++) *p = (char)tolower((unsigned char)*p);
        out->v[out->n++] = s;
    }
    tsv_close(&r);
}

/* Does the text hold a discard phrase as whole words (case aside)? */
static const char *discarded(const discards *d, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < d->n; i++) {
        size_t k = strlen(d->v[i]);
        for (size_t at = 0; at + k <= n; at++) {
            if (strncasecmp(text + at, d->v[i], k)) continue;
            int left = at == 0 || !isalnum((unsigned char)text[at - 1]);
            int right = at + k == n || !isalnum((unsigned char)text[at + k]);
            if (left && right) return d->v[i];
        }
    }
    return NULL;
}

/* An event as the records write it; confidence and why only for dyad's
** own (printed by --diff). */
typedef struct ev3 { char source[40], target[40], code[16]; double confidence; const char *why, *modality; } ev3;

/* A code as the records write it: uppercase, quotes kept, and an actor
** with no country "---" before its sector ("---GOV"). */
static void norm_code(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; s && *s && o + 1 < cap; s++) out[o++] = (char)toupper((unsigned char)*s);
    out[o] = '\0';
}

static void predicted_code(const dyad_event_actor *a, char *out, size_t cap)
{
    const char *code = a->code ? a->code : "";
    /* coded with no country (dyad_coder_options.no_country): "---GOV" already */
    if ((a->country && a->country[0]) || !strncmp(code, "---", 3)) norm_code(code, out, cap);
    else if (*code) { char up[32]; norm_code(code, up, sizeof up); snprintf(out, cap, "---%s", up); }
    else out[0] = '\0';
}

/* Matches predicted to expected events (each used once) at a level: the
** full code, or its first two characters (root).  Returns the matches. */
static size_t match(const ev3 *gold, size_t ng, const ev3 *pred, size_t np, int root, signed char *pred_ok)
{
    unsigned char used[64] = { 0 };
    size_t tp = 0;
    for (size_t p = 0; p < np; p++) {
        pred_ok[p] = 0;
        for (size_t g = 0; g < ng && g < 64; g++) {
            if (used[g] || strcmp(gold[g].source, pred[p].source) || strcmp(gold[g].target, pred[p].target)) continue;
            if (root ? strncmp(gold[g].code, pred[p].code, 2) : strcmp(gold[g].code, pred[p].code)) continue;
            used[g] = 1;
            pred_ok[p] = 1;
            tp++;
            break;
        }
    }
    return tp;
}

typedef struct level { size_t tp, fp, fn; } level;

static void print_level(const char *name, const level *l)
{
    double p = l->tp + l->fp ? (double)l->tp / (double)(l->tp + l->fp) : 0.0;
    double r = l->tp + l->fn ? (double)l->tp / (double)(l->tp + l->fn) : 0.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    printf("%-6s tp=%4zu fp=%4zu fn=%4zu P=%.3f R=%.3f F1=%.3f\n", name, l->tp, l->fp, l->fn, p, r, f);
}

/* Builds the lexicon folder from the dictionaries and compiles it. */
static int build_lexicon(made *m, const char *work, const char *dict_dir, const petrval_file *vf, int keep,
                         import_codes *codes, discards *disc)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/import", work);
    if (make_dir(m, path, keep)) return -1;
    snprintf(path, sizeof path, "%s/people", work);
    if (make_dir(m, path, keep)) return -1;
    snprintf(path, sizeof path, "%s/verbs", work);
    if (make_dir(m, path, keep)) return -1;
    lex_diags d = { 0 };
    int rc = 0;
    const char *files[4] = {
        vf->actorfile ? vf->actorfile : "PETR.Validate.actors.txt",
        vf->agentfile ? vf->agentfile : "PETR.Validate.agents.txt",
        vf->verbfile ? vf->verbfile : "PETR.Validate.verbs.txt",
        vf->discardfile ? vf->discardfile : "PETR.Validate.discards.txt",
    };
    for (int k = 0; k < 4 && !rc; k++)
        rc = import_one(m, work, dict_dir, files[k], (import_kind)(IMPORT_ACTORS + k), keep, &d);
    FILE *countries = rc ? NULL : open_made(m, work, "countries.tsv", keep);
    FILE *orgs = countries ? open_made(m, work, "orgs.tsv", keep) : NULL;
    FILE *people = orgs ? open_made(m, work, "people/imported.tsv", keep) : NULL;
    FILE *agents = people ? open_made(m, work, "agents.tsv", keep) : NULL;
    FILE *verbs = agents ? open_made(m, work, "verbs/imported.tsv", keep) : NULL;
    import_lexicon_counts c = { 0 };
    int st = verbs ? DYAD_OK : DYAD_EIO;
    if (st == DYAD_OK) {
        snprintf(path, sizeof path, "%s/import/actors.tsv", work);
        st = import_lexicon_actors(path, countries, orgs, people, codes, &d, &c);
    }
    if (st == DYAD_OK) {
        snprintf(path, sizeof path, "%s/import/agents.tsv", work);
        st = import_lexicon_agents(path, agents, &d, &c);
    }
    if (st == DYAD_OK) {
        snprintf(path, sizeof path, "%s/import/verbs.tsv", work);
        st = import_lexicon_verbs(path, verbs, &d, &c);
    }
    snprintf(path, sizeof path, "%s/import/discards.tsv", work);
    read_discards(path, disc);
    FILE *all[5] = { countries, orgs, people, agents, verbs };
    for (int i = 0; i < 5; i++) if (all[i]) fclose(all[i]);
    if (!rc && st) { fprintf(stderr, "dyad eval: converting the dictionaries: %s\n", dyad_strerror(st)); rc = -1; }
    print_diags(&d, 0);
    if (!rc)
        fprintf(stderr, "dyad eval: lexicon: %zu countries, %zu organisations, %zu people, %zu agents; "
                "patterns: %zu verbs, %zu patterns, %zu patterns and %zu verbs dyad cannot say\n",
                c.countries, c.orgs, c.people, c.agents, c.verbs, c.patterns, c.patterns_left_out, c.verbs_left_out);
    lex_diags_free(&d);
    if (rc) return rc;
    /* dyad's own compiler, with the dictionary's made-up country codes
    ** accepted and only its names: no iso-codes, gazetteer or WordNet */
    lex_diags cd = { 0 };
    lex_build *b = NULL;
    lex_compile_options o = { .lexicon_dir = work, .iso_path = "", .cities_path = "", .wordnet_dir = "",
                              .extra_countries = codes->list, .n_extra_countries = codes->n };
    char err[512] = "";
    st = lex_build_new(&b);
    if (st == DYAD_OK) st = lex_build_read(b, &o, &cd);
    snprintf(path, sizeof path, "%s/lexicon.bin", work);
    if (st == DYAD_OK) st = lex_build_write(b, path, err, sizeof err);
    if (st == DYAD_OK && !keep) made_add(m, path);
    print_diags(&cd, 0);
    if (st) fprintf(stderr, "dyad eval: cannot compile the imported lexicon: %s %s\n", dyad_strerror(st), err);
    lex_diags_free(&cd);
    lex_build_free(b);
    return st ? -1 : 0;
}

static void print_events(const char *what, const ev3 *e, size_t n, const signed char *ok)
{
    for (size_t i = 0; i < n; i++) {
        printf("  %s %s-%s %s%s", what, e[i].source, e[i].target, e[i].code, ok && !ok[i] ? "  (wrong)" : "");
        if (e[i].why) printf("  [confidence %.2f; %s; %s]", e[i].confidence, e[i].modality, e[i].why);
        printf("\n");
    }
}

/* Records and exact ones by category, for the summary. */
typedef struct by_category { const char *name[32]; size_t used[32], exact[32]; int n; } by_category;

static void count_category(by_category *bc, const char *name, int exact)
{
    int i = 0;
    while (i < bc->n && strcmp(bc->name[i], name)) i++;
    if (i == bc->n) {
        if (bc->n == 32) return;
        bc->name[bc->n++] = name;
    }
    bc->used[i]++;
    bc->exact[i] += (size_t)exact;
}

static int run(const petrval_file *vf, const dyad_coder *coder, const discards *disc, int diff)
{
    by_category bc = { .n = 0 };
    size_t used = 0, exact = 0, expect_none = 0, exact_none = 0, skipped = 0, failed = 0;
    level full = { 0 }, root = { 0 };
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_events events;
    dyad_events_init(&events);
    for (size_t i = 0; i < vf->n; i++) {
        const petrval_record *r = &vf->records[i];
        if (!r->included) { skipped++; continue; }
        used++;
        ev3 gold[64], pred[64];
        size_t ng = 0, np = 0;
        int none = r->noevents || r->error;
        for (size_t k = 0; !none && k < r->n_codings && ng < 64; k++) {
            norm_code(r->codings[k].source, gold[ng].source, sizeof gold[ng].source);
            norm_code(r->codings[k].target, gold[ng].target, sizeof gold[ng].target);
            norm_code(r->codings[k].event, gold[ng].code, sizeof gold[ng].code);
            gold[ng].why = NULL;
            ng++;
        }
        if (!ng) expect_none++;
        const char *discard = discarded(disc, r->text);
        dyad_doc_reset(&doc);
        int st = dyad_doc_set_text(&doc, r->text, strlen(r->text));
        doc.id = dyad_doc_strdup(&doc, r->id, strlen(r->id));
        doc.date = dyad_doc_strdup(&doc, r->date, strlen(r->date));
        if (st == DYAD_OK && !discard) st = dyad_segment(&doc, NULL);
        if (st == DYAD_OK && !discard) st = dyad_code_doc(coder, &doc, &events);
        if (st != DYAD_OK) {
            fprintf(stderr, "line %ld: %s: could not code the text: %s\n", r->line, r->id, dyad_strerror(st));
            failed++;
            continue;
        }
        for (size_t e = 0; !discard && e < events.n && np < 64; e++) {
            const dyad_event *ev = &events.items[e];
            if (ev->negated) continue;
            ev3 p;
            predicted_code(&ev->source, p.source, sizeof p.source);
            predicted_code(&ev->target, p.target, sizeof p.target);
            norm_code(ev->cameo, p.code, sizeof p.code);
            p.confidence = ev->confidence;
            p.why = ev->why;
            p.modality = ev->modality;
            int dup = 0;   /* PETRARCH codes an event once a sentence */
            for (size_t k = 0; k < np; k++)
                if (!strcmp(pred[k].source, p.source) && !strcmp(pred[k].target, p.target) &&
                    !strcmp(pred[k].code, p.code))
                    dup = 1;
            if (!dup) pred[np++] = p;
        }
        signed char ok_full[64], ok_root[64];
        size_t tp = match(gold, ng, pred, np, 0, ok_full);
        full.tp += tp; full.fp += np - tp; full.fn += ng - tp;
        int is_exact = tp == ng && tp == np;
        exact += (size_t)is_exact;
        count_category(&bc, r->category, is_exact);
        if (!ng && is_exact) exact_none++;
        size_t tpr = match(gold, ng, pred, np, 1, ok_root);
        root.tp += tpr; root.fp += np - tpr; root.fn += ng - tpr;
        if (diff) {
            printf("== %s [%s%s]: %s\n", r->id, is_exact ? "as expected" : "differs",
                   discard ? ", discarded" : "", r->text);
            if (!ng) printf("  gold (no event%s%s)\n", r->error ? ": " : "", r->error ? r->error : "");
            print_events("gold", gold, ng, NULL);
            print_events("pred", pred, np, ok_full);
        }
    }
    printf("records: %zu in the file, %zu used (%zu not run by PETRARCH-2 itself), %zu could not be coded\n",
           vf->n, used, skipped, failed);
    printf("coded exactly as expected: %zu of %zu (%.1f%%); of the %zu expecting no event, %zu\n", exact, used,
           used ? 100.0 * (double)exact / (double)used : 0.0, expect_none, exact_none);
    printf("by category (as expected / used):");
    for (int c = 0; c < bc.n; c++) printf(" %s %zu/%zu", bc.name[c][0] ? bc.name[c] : "(none)", bc.exact[c], bc.used[c]);
    printf("\n");
    print_level("full", &full);
    print_level("root", &root);
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    return failed ? EXIT_SOME_REJECTED : EXIT_ALL_OK;
}

int cmd_eval_petrarch(int argc, char **argv)
{
    const char *file = NULL, *dict_dir = NULL, *diff = NULL, *keep = NULL, *help = NULL;
    const char *models = NULL, *lexicon = NULL, *beam = NULL, *no_country = NULL;
    const cli_option options[] = {
        { "no-country", 0, &no_country }, { "petrarch-validation", 1, &file }, { "dictionaries", 1, &dict_dir }, { "diff", 0, &diff },
        { "keep", 1, &keep }, { "models", 1, &models }, { "lexicon", 1, &lexicon }, { "beam", 1, &beam },
        { "help", 0, &help },
    };
    for (int i = 1; i < argc; i++) if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    char **rest;
    int n_rest;
    if (cli_parse("eval", argc, argv, options, sizeof options / sizeof options[0], &rest, &n_rest))
        return EXIT_USAGE;
    if (help) { fputs(HELP, stdout); return EXIT_ALL_OK; }
    if (!file) return cli_usage_error("eval", "--petrarch-validation FILE is required");
    if (n_rest) return cli_usage_error("eval", "unexpected argument '%s'", rest[0]);
    petrval_file vf;
    char err[512] = "";
    int st = petrval_read(file, &vf, err, sizeof err);
    if (st) {
        if (st == DYAD_EIO) fprintf(stderr, "dyad eval: cannot read '%s'; check the path\n", file);
        else fprintf(stderr, "dyad eval: %s:%s\n", file, st == DYAD_EFORMAT ? err : dyad_strerror(st));
        return EXIT_FATAL;
    }
    char dict_buf[1024];
    if (!dict_dir) {
        const char *slash = strrchr(file, '/');
        snprintf(dict_buf, sizeof dict_buf, "%.*s%sdictionaries", slash ? (int)(slash - file) : 0, file,
                 slash ? "/" : "");
        dict_dir = dict_buf;
    }
    made m = { .n = 0 };
    char work[1024];
    if (keep) {
        snprintf(work, sizeof work, "%s", keep);
        if (make_dir(&m, work, 1)) { petrval_free(&vf); return EXIT_FATAL; }
    } else {
        const char *tmp = getenv("TMPDIR");
        snprintf(work, sizeof work, "%s/dyad-petrarch-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(work)) {
            fprintf(stderr, "dyad eval: cannot make a temporary folder in '%s'; set TMPDIR\n", tmp ? tmp : "/tmp");
            petrval_free(&vf);
            return EXIT_FATAL;
        }
        made_add(&m, work);
    }
    import_codes codes = { 0 };
    discards disc = { 0 };
    int rc = build_lexicon(&m, work, dict_dir, &vf, keep != NULL, &codes, &disc) ? EXIT_FATAL : EXIT_ALL_OK;
    dyad_coder *coder = NULL;
    if (rc == EXIT_ALL_OK) {
        char tagger[1024], parser[1024], lex_bin[2048], verbs[2048], cameo[1024];
        if (models) {
            snprintf(tagger, sizeof tagger, "%s/tagger.bin", models);
            snprintf(parser, sizeof parser, "%s/parser.bin", models);
        } else {
            cli_model_path(NULL, "tagger.bin", tagger, sizeof tagger);
            cli_model_path(NULL, "parser.bin", parser, sizeof parser);
        }
        snprintf(lex_bin, sizeof lex_bin, "%s/lexicon.bin", work);
        snprintf(verbs, sizeof verbs, "%s/verbs", work);
        snprintf(cameo, sizeof cameo, "%s/cameo.tsv", lexicon ? lexicon : "lexicon");
        /* PETRARCH-2 codes a meeting once, from its subject */
        dyad_coder_options o = { tagger, parser, lex_bin, verbs, cameo, 0, 1, 0, 1, 0, 0, no_country != NULL };
        if (beam) o.parser_beam = atoi(beam);
        if (beam && (o.parser_beam < 1 || o.parser_beam > 64)) {
            fprintf(stderr, "dyad eval: --beam must be a number from 1 to 64, not '%s'\n", beam);
            rc = EXIT_USAGE;
        } else if (dyad_coder_open(&coder, &o, err, sizeof err)) {
            fprintf(stderr, "dyad eval: %s\n(build the models with 'make', or point --models and --lexicon at them)\n", err);
            rc = EXIT_FATAL;
        } else if (dyad_coder_bad_patterns(coder)) {
            fprintf(stderr, "dyad eval: %zu converted patterns were malformed and skipped\n",
                    dyad_coder_bad_patterns(coder));
        }
    }
    if (rc == EXIT_ALL_OK) rc = run(&vf, coder, &disc, diff != NULL);
    dyad_coder_close(coder);
    made_remove(&m);
    for (size_t i = 0; i < disc.n; i++) free(disc.v[i]);
    free(disc.v);
    import_codes_free(&codes);
    petrval_free(&vf);
    return rc;
}
