/*
** cmd_eval.c — `dyad eval --gold FILE`: code each gold text and score the
** events at CAMEO root, full code and PLOVER levels.
*/
#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <string.h>
#include "cli/cli.h"
#include "code/score.h"
#include "out/event_jsonl.h"

static const char *HELP =
    "usage: dyad eval --gold FILE.jsonl [OPTIONS]\n"
    "\n"
    "Codes the text of every gold record ({\"id\",\"date\",\"text\",\"events\"})\n"
    "and scores the events as ../shared/DESIGN.md says: a predicted event is\n"
    "right when its type agrees at the level scored (CAMEO root, full code,\n"
    "PLOVER type) and its source and target countries agree with a gold\n"
    "event's (a gold \"\" accepts any).  Prints precision, recall and F1.\n"
    "\n"
    "options:\n"
    "  --gold FILE         the gold records (required)\n"
    "  --predictions FILE  also write the predicted events (JSON Lines), for\n"
    "                      an independent scorer\n"
    "  --diff              print each record's gold and predicted events\n"
    "  --calibration       print how often events of each confidence are right (at the\n"
    "                      CAMEO root, or the PLOVER type where the gold has no CAMEO)\n"
    "  --json              print the scores as JSON, one level a line\n"
    "  --models DIR        tagger.bin, parser.bin, lexicon.bin (default models/)\n"
    "  --beam N            the parser's beam width (1 greedy, fastest; default: the\n"
    "                      model's, 8)\n"
    "  --lexicon DIR       verbs/ and cameo.tsv (default lexicon/)\n"
    "  --every-sentence    parse and code every sentence, not only those that can\n"
    "                      yield an event (the same events; a check)\n";

/* --help prints cli_coder_options_help (cli.h), the lines the commands
** share, between the text above and this. */
static const char *const HELP_TAIL =
    "  -h, --help          show this help\n"
    "\n"
    "dyad eval --petrarch-validation FILE runs a PETRARCH-2 validation file\n"
    "with its own dictionaries instead (see its --help).\n";

static double round4(double x)
{
    return round(x * 10000.0) / 10000.0;
}

static void country3(const char *code, char out[4])
{
    size_t i = 0;
    for (; code && code[i] && i < 3; i++) out[i] = (char)toupper((unsigned char)code[i]);
    out[i] = '\0';
}

/* The strings of a JSON string-or-list value. */
static size_t strings(json_t *v, const char **out, size_t max)
{
    size_t n = 0;
    if (json_is_string(v)) { if (json_string_length(v) && max) out[n++] = json_string_value(v); }
    else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) {
            if (n < max && json_is_string(x) && json_string_length(x)) out[n++] = json_string_value(x);
            else if (n < max && json_is_object(x) && json_is_string(json_object_get(x, "code")))
                out[n++] = json_string_value(json_object_get(x, "code"));
        }
    } else if (json_is_object(v) && json_is_string(json_object_get(v, "code")) && max) {
        out[n++] = json_string_value(json_object_get(v, "code"));
    }
    return n;
}

static void add_type(gold_event *g, int level, const char *type)
{
    if (g->n_types[level] >= 16) return;
    for (int i = 0; i < g->n_types[level]; i++)
        if (!strcmp(g->types[level][i], type)) return;
    char *slot = g->types[level][g->n_types[level]++];
    size_t n = strlen(type);
    if (n > 15) n = 15;        /* CAMEO codes and PLOVER names fit */
    memcpy(slot, type, n);
    slot[n] = '\0';
}

/* Expands a record's events to one gold event per source x target. */
static size_t read_gold(json_t *events, gold_event *out, size_t max)
{
    size_t n = 0, i;
    json_t *ev;
    json_array_foreach(events, i, ev) {
        const char *src[8], *tgt[8], *codes[16], *roots[16], *plovers[16];
        size_t ns = strings(json_object_get(ev, "source"), src, 8);
        size_t nt = strings(json_object_get(ev, "target"), tgt, 8);
        size_t nc = strings(json_object_get(ev, "cameo"), codes, 16);
        nc += strings(json_object_get(ev, "codes"), codes + nc, 16 - nc);
        size_t nr = strings(json_object_get(ev, "roots"), roots, 16);
        size_t np = strings(json_object_get(ev, "plover"), plovers, 16);
        int optional = json_is_true(json_object_get(ev, "optional"));
        for (size_t a = 0; a < (ns ? ns : 1); a++)
            for (size_t b = 0; b < (nt ? nt : 1) && n < max; b++) {
                gold_event *g = &out[n++];
                memset(g, 0, sizeof *g);
                country3(ns ? src[a] : "", g->source);
                country3(nt ? tgt[b] : "", g->target);
                g->optional = optional;
                for (size_t k = 0; k < nc; k++) {
                    add_type(g, SCORE_FULL, codes[k]);
                    char root[3] = { codes[k][0], codes[k][1] ? codes[k][1] : 0, 0 };
                    add_type(g, SCORE_ROOT, root);
                }
                for (size_t k = 0; k < nr; k++) add_type(g, SCORE_ROOT, roots[k]);
                for (size_t k = 0; k < np; k++) {
                    char up[16];
                    size_t u = 0;
                    for (; plovers[k][u] && u + 1 < sizeof up; u++) up[u] = (char)toupper((unsigned char)plovers[k][u]);
                    up[u] = '\0';
                    add_type(g, SCORE_PLOVER, up);
                }
            }
    }
    return n;
}

static void predicted(const dyad_event *ev, predicted_event *p)
{
    memset(p, 0, sizeof *p);
    const char *cameo = ev->cameo ? ev->cameo : "";
    snprintf(p->types[SCORE_FULL], sizeof p->types[SCORE_FULL], "%s", cameo);
    snprintf(p->types[SCORE_ROOT], 3, "%s", cameo);
    snprintf(p->types[SCORE_PLOVER], sizeof p->types[SCORE_PLOVER], "%s", ev->plover ? ev->plover : "");
    country3(ev->source.country && ev->source.country[0] ? ev->source.country : ev->source.code, p->source);
    country3(ev->target.country && ev->target.country[0] ? ev->target.country : ev->target.code, p->target);
}

int cmd_eval(int argc, char **argv)
{
    const char *gold_path = NULL, *pred_path = NULL, *diff = NULL, *json = NULL, *help = NULL;
    const char *models = NULL, *lexicon = NULL, *beam = NULL, *calibration = NULL, *every = NULL;
    const char *state = NULL, *monadic = NULL, *no_country = NULL;
    const cli_option options[] = {
        { "calibration", 0, &calibration }, { "every-sentence", 0, &every },
        { "state-agents", 0, &state }, { "monadic", 0, &monadic }, { "no-country", 0, &no_country },
        { "gold", 1, &gold_path }, { "predictions", 1, &pred_path }, { "diff", 0, &diff },
        { "json", 0, &json }, { "models", 1, &models }, { "lexicon", 1, &lexicon }, { "beam", 1, &beam }, { "help", 0, &help },
    };
    for (int i = 1; i < argc; i++)
        if (!strncmp(argv[i], "--petrarch-validation", 21)) return cmd_eval_petrarch(argc, argv);
    for (int i = 1; i < argc; i++) if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    char **rest;
    int n_rest;
    if (cli_parse("eval", argc, argv, options, sizeof options / sizeof options[0], &rest, &n_rest))
        return EXIT_USAGE;
    if (help) { printf("%s%s%s", HELP, cli_coder_options_help, HELP_TAIL); return EXIT_ALL_OK; }
    if (!gold_path) return cli_usage_error("eval", "--gold FILE is required");
    if (n_rest) return cli_usage_error("eval", "unexpected argument '%s'", rest[0]);
    FILE *in = fopen(gold_path, "r");
    if (!in) {
        fprintf(stderr, "dyad eval: cannot open '%s'\n", gold_path);
        return EXIT_FATAL;
    }
    dyad_coder *coder;
    int opened = cli_coder_open("eval", models, lexicon, beam,
                                (every ? CLI_CODER_EVERY_SENTENCE : 0) | (state ? CLI_CODER_STATE_AGENTS : 0) |
                                (monadic ? CLI_CODER_MONADIC : 0) |
                                (no_country ? CLI_CODER_NO_COUNTRY : 0), &coder);
    if (opened) { fclose(in); return opened; }
    FILE *pred_out = pred_path ? cli_open_output("eval", pred_path) : NULL;
    level_score scores[SCORE_LEVELS];
    memset(scores, 0, sizeof scores);
    size_t annotated[SCORE_LEVELS] = { 0 };
    size_t calib_n[5] = { 0 }, calib_right[5] = { 0 };
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_events events;
    dyad_events_init(&events);
    char *line = NULL;
    size_t cap = 0;
    long number = 0;
    int status = EXIT_ALL_OK;
    static gold_event gold[256];
    static predicted_event pred[256];
    while (getline(&line, &cap, in) >= 0) {
        number++;
        json_error_t jerr;
        json_t *rec = json_loads(line, 0, &jerr);
        json_t *text = rec ? json_object_get(rec, "text") : NULL;
        json_t *evs = rec ? json_object_get(rec, "events") : NULL;
        if (!json_is_string(text) || !json_is_array(evs)) {
            if (line[strspn(line, " \t\r\n")]) {
                fprintf(stderr, "%s:%ld: not a gold record (needs \"text\" and \"events\")\n", gold_path, number);
                status = EXIT_SOME_REJECTED;
            }
            json_decref(rec);
            continue;
        }
        dyad_doc_reset(&doc);
        dyad_doc_set_text(&doc, json_string_value(text), json_string_length(text));
        json_t *id = json_object_get(rec, "id"), *date = json_object_get(rec, "date");
        char idbuf[64];
        if (json_is_string(id)) doc.id = dyad_doc_strdup(&doc, json_string_value(id), json_string_length(id));
        else { snprintf(idbuf, sizeof idbuf, "%ld", number); doc.id = dyad_doc_strdup(&doc, idbuf, strlen(idbuf)); }
        if (json_is_string(date) && json_string_length(date) >= 10)
            doc.date = dyad_doc_strdup(&doc, json_string_value(date), 10);
        if (dyad_segment(&doc, NULL) || dyad_code_doc(coder, &doc, &events)) {
            fprintf(stderr, "%s:%ld: could not code the text\n", gold_path, number);
            status = EXIT_SOME_REJECTED;
            json_decref(rec);
            continue;
        }
        size_t n_gold = read_gold(evs, gold, 256), n_pred = 0;
        for (size_t g = 0; g < n_gold; g++)
            for (int l = 0; l < SCORE_LEVELS; l++) if (gold[g].n_types[l]) annotated[l]++;
        for (size_t e = 0; e < events.n && n_pred < 256; e++) {
            if (events.items[e].negated) continue;
            predicted(&events.items[e], &pred[n_pred++]);
            if (pred_out) event_jsonl_write(pred_out, &events.items[e]);
        }
        /* each prediction's verdict at the CAMEO root, or at PLOVER for
        ** a text annotated with PLOVER types only */
        signed char verdict[256], plover_verdict[256];
        level_score unused[SCORE_LEVELS];
        score_text(gold, n_gold, pred, n_pred, scores, SCORE_ROOT, verdict);
        score_text(gold, n_gold, pred, n_pred, unused, SCORE_PLOVER, plover_verdict);
        for (size_t p = 0; p < n_pred; p++)
            if (verdict[p] < 0) verdict[p] = plover_verdict[p];
        /* calibration: how often events of each confidence are right */
        for (size_t p = 0, e = 0; p < n_pred && e < events.n; e++) {
            if (events.items[e].negated) continue;
            if (verdict[p] >= 0) {
                double conf = events.items[e].confidence;
                int bin = conf >= 0.9 ? 4 : conf >= 0.8 ? 3 : conf >= 0.7 ? 2 : conf >= 0.6 ? 1 : 0;
                calib_n[bin]++;
                calib_right[bin] += (size_t)verdict[p];
            }
            p++;
        }
        if (diff) {
            printf("== %s: %s\n", doc.id, json_string_value(text));
            for (size_t g = 0; g < n_gold; g++)
                printf("  gold %s-%s %s %s%s\n", gold[g].source, gold[g].target,
                       gold[g].n_types[SCORE_FULL] ? gold[g].types[SCORE_FULL][0] : "",
                       gold[g].n_types[SCORE_PLOVER] ? gold[g].types[SCORE_PLOVER][0] : "",
                       gold[g].optional ? " (optional)" : "");
            for (size_t e = 0, p = 0; e < events.n; e++) {
                const dyad_event *ev = &events.items[e];
                const char *mark = ev->negated ? " (negated)" : "";
                if (!ev->negated && p < n_pred) mark = verdict[p++] == 0 ? " (wrong)" : "";
                printf("  pred %s-%s %s %s%s  [confidence %.2f; %s; %s]\n", ev->source.code ? ev->source.code : "",
                       ev->target.code ? ev->target.code : "", ev->cameo, ev->plover ? ev->plover : "", mark,
                       ev->confidence, ev->modality ? ev->modality : "", ev->why ? ev->why : "");
            }
        }
        json_decref(rec);
    }
    free(line);
    fclose(in);
    const char *names[SCORE_LEVELS] = { "root", "full", "plover" };
    for (int l = 0; l < SCORE_LEVELS; l++) {
        if (!annotated[l]) continue;     /* the file carries no annotation at this level */
        const level_score *s = &scores[l];
        if (json)
            printf("{\"level\":\"%s\",\"texts\":%zu,\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,\"precision\":%.4f,"
                   "\"recall\":%.4f,\"f1\":%.4f}\n", names[l], s->texts, s->tp, s->fp, s->fn,
                   round4(score_precision(s)), round4(score_recall(s)), round4(score_f1(s)));
        else
            /* rounded to four places first, as the independent scorer
            ** does, so that the two print the same figures */
            printf("%-6s texts=%4zu tp=%4zu fp=%4zu fn=%4zu P=%.3f R=%.3f F1=%.3f\n", names[l], s->texts,
                   s->tp, s->fp, s->fn, round4(score_precision(s)), round4(score_recall(s)), round4(score_f1(s)));
    }
    if (calibration && (annotated[SCORE_ROOT] || annotated[SCORE_PLOVER])) {
        static const char *const bins[5] = { "< 0.6", "0.6-0.7", "0.7-0.8", "0.8-0.9", ">= 0.9" };
        printf("calibration (%s): confidence, events, right, share right\n",
               annotated[SCORE_ROOT] ? "CAMEO root" : "PLOVER type");
        for (int b = 0; b < 5; b++)
            printf("  %-8s %5zu %5zu %6.2f\n", bins[b], calib_n[b], calib_right[b],
                   calib_n[b] ? (double)calib_right[b] / (double)calib_n[b] : 0.0);
    }
    if (pred_out && pred_out != stdout) fclose(pred_out);
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    dyad_coder_close(coder);
    return status;
}
