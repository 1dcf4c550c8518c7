/*
** cmd_code.c — `dyad code`: stories in, events out, as JSON Lines or CSV,
** with --profile saying where the CPU time went.
*/
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/input.h"
#include "cli/parallel.h"
#include "out/csv.h"
#include "out/event_jsonl.h"
#include "store/store.h"

static const char *HELP =
    "usage: dyad code [OPTIONS] [FILE...]\n"
    "\n"
    "Codes the events in news stories: who did what to whom, when and where.\n"
    "Reads plain text (one story or a whole wire page), JSON Lines\n"
    "({\"id\",\"date\",\"text\"} a line), CoNLL-U or PETRARCH-2 XML\n"
    "(<Sentence date id><Text>...</Text></Sentence>); writes one event a line as\n"
    "JSON (the event record of the README), or CSV with a header row.\n"
    "\n"
    "options:\n"
    "  --date YYYY-MM-DD   publication date for stories that have none\n"
    "  --format F          output format: jsonl (default) or csv (RFC 4180,\n"
    "                      nested fields flattened: source_code, location_lat)\n"
    "  --input-format F    auto (default: by extension, then first byte), text,\n"
    "                      jsonl, conllu, petrxml\n"
    "  --conllu            the input is CoNLL-U (the same as --input-format conllu):\n"
    "                      its words are taken as given, then tagged and parsed\n"
    "  --all               also write negated events (\"did not attack\")\n"
    "  -o, --output FILE   write here instead of standard output\n"
    "  --errors FILE       copy each rejected record to FILE\n"
    "  --store DB          add the stories and events to an event store (SQLite;\n"
    "                      created if missing); events go to a file only with -o\n"
    "  --resume            with --store: skip stories the store already has\n"
    "  --models DIR        tagger.bin, parser.bin, lexicon.bin (default models/)\n"
    "  --beam N            the parser's beam width (1 greedy, fastest; default:\n"
    "                      the model's, 8)\n"
    "  --lexicon DIR       verbs/ and cameo.tsv (default lexicon/)\n"
    "  --threads N         code N stories at a time on N threads (default 1;\n"
    "                      0: one per processor); the output is the same, in\n"
    "                      the same order\n"
    "  --profile           print CPU seconds by stage (read and segment, tag,\n"
    "                      parse, lexicon, code, write) and how many sentences\n"
    "                      were parsed to standard error\n"
    "  --every-sentence    parse and code every sentence, not only those that can\n"
    "                      yield an event: slower, the same events (a check)\n";

/* --help prints cli_coder_options_help (cli.h), the lines the commands share, between
** the text above and this. */
static const char *const HELP_TAIL =
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 all stories coded, 3 some records rejected (reported as\n"
    "FILE:LINE: reason), 2 usage error, 1 fatal (a model or the lexicon missing).\n";

typedef struct code_ctx {
    const dyad_coder *coder;
    unsigned threads;
    size_t batch;                /* stories coded at a time */
    dyad_doc *docs;              /* the batch being coded */
    dyad_events *events;         /* [batch]: each story's events */
    unsigned char *skip;         /* [batch]: stored already (--resume) */
    FILE *out;
    int all, csv;
    size_t n_events, n_stories, n_sentences;
    dyad_code_profile *profiles; /* [threads], NULL unless --profile */
    dyad_store *store;           /* --store DB, or NULL */
    int resume;                  /* --resume: skip stories already stored */
    size_t skipped;
    double write_secs;           /* CPU seconds writing events (--profile) */
} code_ctx;

static double process_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Codes story `item` of the batch on thread `worker` (parallel.h). */
static int code_story(size_t item, unsigned worker, void *ctx)
{
    code_ctx *c = ctx;
    if (c->skip[item]) return 0;
    dyad_code_profile *profile = c->profiles ? &c->profiles[worker] : NULL;
    return dyad_code_doc_profiled(c->coder, &c->docs[item], &c->events[item], profile) != DYAD_OK;
}

/* A coded story's events to the store and the output. */
static int write_story(code_ctx *c, const dyad_doc *doc, const dyad_events *events)
{
    c->n_stories++;
    c->n_sentences += doc->n_sents;
    if (c->store) {
        /* the story's rows replace any earlier coding of the same id */
        store_story story = { doc->id, doc->date, doc->source, doc->url, doc->text, doc->text_len };
        if (store_add_story(c->store, &story, events->items, events->n, NULL) != DYAD_OK) {
            fprintf(stderr, "dyad code: %s\n", store_error(c->store));
            return 1;
        }
        if (!c->out) { c->n_events += events->n; return 0; }
    }
    double start = c->profiles ? process_cpu() : 0;
    for (size_t i = 0; i < events->n; i++) {
        if (events->items[i].negated && !c->all) continue;
        if (c->csv) csv_event_row(c->out, &events->items[i]);
        else if (event_jsonl_write(c->out, &events->items[i]) != DYAD_OK) {
            fprintf(stderr, "dyad code: cannot write the output\n");
            return 1;
        }
        c->n_events++;
    }
    if (c->csv && ferror(c->out)) {
        fprintf(stderr, "dyad code: cannot write the output\n");
        return 1;
    }
    if (c->profiles) c->write_secs += process_cpu() - start;
    return 0;
}

/* A batch of stories: those stored already set aside (--resume), the
** rest coded on the threads, then written in the order they were read,
** so the output does not depend on the number of threads. */
static int on_batch(dyad_doc *docs, size_t n, void *ctx)
{
    code_ctx *c = ctx;
    for (size_t k = 0; k < n; k++) {
        c->skip[k] = 0;
        if (!c->store || !c->resume) continue;
        int found = 0;
        if (store_has_story(c->store, docs[k].id, &found) != DYAD_OK) {
            fprintf(stderr, "dyad code: %s\n", store_error(c->store));
            return 1;
        }
        if (found) { c->skip[k] = 1; c->skipped++; }
    }
    c->docs = docs;
    if (parallel_for(n, c->threads, code_story, c)) {
        fprintf(stderr, "dyad code: out of memory\n");
        return 1;
    }
    for (size_t k = 0; k < n; k++)
        if (!c->skip[k] && write_story(c, &docs[k], &c->events[k])) return 1;
    return 0;
}

/* The --profile table: each stage's CPU seconds and share of the total. */
static void print_profile(const code_ctx *c, double load, double total)
{
    dyad_code_profile sum = { 0 };
    for (unsigned t = 0; t < c->threads; t++) {
        const dyad_code_profile *w = &c->profiles[t];
        sum.tag += w->tag;
        sum.parse += w->parse;
        sum.lexicon += w->lexicon;
        sum.code += w->code;
        sum.sentences_parsed += w->sentences_parsed;
    }
    const dyad_code_profile *p = &sum;
    double rest = total - load - p->tag - p->parse - p->lexicon - p->code - c->write_secs;
    const struct { const char *name; double secs; } rows[] = {
        { "load models", load }, { "read+segment", rest > 0 ? rest : 0 }, { "tag", p->tag },
        { "parse", p->parse }, { "lexicon", p->lexicon }, { "code", p->code },
        { "write", c->write_secs },
    };
    fprintf(stderr, "dyad code --profile: %zu stories, %zu sentences (%zu parsed), %zu events; "
            "CPU seconds by stage\n", c->n_stories, c->n_sentences, p->sentences_parsed, c->n_events);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        fprintf(stderr, "  %-13s %9.3f  %5.1f%%\n", rows[i].name, rows[i].secs,
                total > 0 ? 100.0 * rows[i].secs / total : 0.0);
    fprintf(stderr, "  %-13s %9.3f\n", "total", total);
}

int cmd_code(int argc, char **argv)
{
    const char *output = NULL, *help = NULL, *models = NULL, *lexicon = NULL, *beam = NULL, *all = NULL;
    const char *format = NULL, *profile = NULL, *store_path = NULL, *resume = NULL, *conllu = NULL;
    const char *every = NULL, *state = NULL, *monadic = NULL, *no_country = NULL, *threads = NULL;
    input_options in = { 0 };
    in.format_flag = "--input-format";
    const cli_option options[] = {
        { "format", 1, &format }, { "input-format", 1, &in.format },
        { "profile", 0, &profile }, { "date", 1, &in.date }, { "output", 1, &output },
        { "errors", 1, &in.errors_path }, { "max-story-bytes", 1, &in.max_story },
        { "models", 1, &models }, { "lexicon", 1, &lexicon }, { "beam", 1, &beam }, { "all", 0, &all },
        { "store", 1, &store_path }, { "resume", 0, &resume }, { "conllu", 0, &conllu },
        { "every-sentence", 0, &every }, { "state-agents", 0, &state }, { "monadic", 0, &monadic },
        { "no-country", 0, &no_country }, { "threads", 1, &threads }, { "help", 0, &help },
    };
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
        else if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    }
    char **files;
    int n_files;
    if (cli_parse("code", argc, argv, options, sizeof options / sizeof options[0], &files, &n_files))
        return EXIT_USAGE;
    if (help) { printf("%s%s%s", HELP, cli_coder_options_help, HELP_TAIL); return EXIT_ALL_OK; }
    code_ctx c = { 0 };
    c.all = all != NULL;
    if (format && !strcmp(format, "csv")) c.csv = 1;
    else if (format && strcmp(format, "jsonl")) {
        if (cli_format(format) > 0)
            return cli_usage_error("code", "--format names the output (jsonl or csv); "
                                   "for the input write --input-format %s", format);
        return cli_usage_error("code", "--format must be jsonl or csv, not '%s'", format);
    }
    /* ../DESIGN.md names `dyad code --conllu` for pre-tokenized input */
    if (conllu) {
        if (in.format && strcmp(in.format, "conllu"))
            return cli_usage_error("code", "--conllu and --input-format %s do not go together", in.format);
        in.format = "conllu";
    }
    if (in.format && cli_format(in.format) < 0)
        return cli_usage_error("code", "--input-format must be auto, text, jsonl, conllu or petrxml, not '%s'",
                               in.format);
    if (resume && !store_path) return cli_usage_error("code", "--resume goes with --store DB");
    if (cli_threads_option("code", threads, &c.threads)) return EXIT_USAGE;
    double cpu_start = process_cpu();
    dyad_coder *coder;
    int opened = cli_coder_open("code", models, lexicon, beam,
                                (every ? CLI_CODER_EVERY_SENTENCE : 0) | (state ? CLI_CODER_STATE_AGENTS : 0) |
                                (monadic ? CLI_CODER_MONADIC : 0) |
                                (no_country ? CLI_CODER_NO_COUNTRY : 0), &coder);
    if (opened) return opened;
    double load = process_cpu() - cpu_start;
    c.coder = coder;
    int status = EXIT_ALL_OK;
    /* One story at a time on one thread; on more, enough stories that a
    ** long one does not keep the others idle for long. */
    c.batch = c.threads == 1 ? 1 : 32 * (size_t)c.threads;
    c.events = malloc(c.batch * sizeof *c.events);
    c.skip = malloc(c.batch);
    c.profiles = profile ? calloc(c.threads, sizeof *c.profiles) : NULL;
    if (!c.events || !c.skip || (profile && !c.profiles)) {
        fprintf(stderr, "dyad code: out of memory\n");
        c.batch = 0;
        status = EXIT_FATAL;
    }
    for (size_t k = 0; k < c.batch; k++) dyad_events_init(&c.events[k]);
    if (store_path) {
        c.resume = resume != NULL;
        if (store_open(&c.store, store_path, NULL) != DYAD_OK) {
            fprintf(stderr, "dyad code: %s\n", c.store ? store_error(c.store) : "out of memory");
            store_close(c.store);
            c.store = NULL;
            status = EXIT_FATAL;
        }
    }
    /* with --store, events go to the store, and to a file only with -o */
    if (status == EXIT_ALL_OK && (!store_path || output)) {
        c.out = cli_open_output("code", output);
        if (!c.out) status = EXIT_FATAL;
        else if (c.csv) csv_event_header(c.out);
    }
    if (status == EXIT_ALL_OK)
        status = input_run_batched("code", &in, files, n_files, c.batch, on_batch, &c, &c.n_events, "events");
    if (c.store && store_close(c.store) != DYAD_OK) {
        fprintf(stderr, "dyad code: the store could not be written; the last batch is lost\n");
        status = EXIT_FATAL;
    }
    if (c.store && c.skipped) fprintf(stderr, "dyad code: %zu stories already stored, skipped (--resume)\n", c.skipped);
    if (c.out && c.out != stdout && fclose(c.out) != 0) status = EXIT_FATAL;
    else if (c.out == stdout && fflush(stdout) != 0) status = EXIT_FATAL;
    if (c.profiles) print_profile(&c, load, process_cpu() - cpu_start);
    for (size_t k = 0; k < c.batch; k++) dyad_events_free(&c.events[k]);
    free(c.events);
    free(c.skip);
    free(c.profiles);
    dyad_coder_close(coder);
    return status;
}
