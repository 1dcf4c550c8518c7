/*
** cmd_parse.c — `dyad parse --conllu FILE`: parses the words of a CoNLL-U
** file as given (with their tags) and writes full CoNLL-U.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/conllu_batch.h"
#include "cli/parallel.h"
#include "out/conllu_write.h"

static const char *const usage_text =
    "usage: dyad parse --conllu FILE [--model MODEL] [--threads N] [-o OUT]\n"
    "\n"
    "Parses each sentence of a CoNLL-U file (the words and tags as given)\n"
    "and writes CoNLL-U with heads and relations filled in.  '-' reads\n"
    "standard input.  Malformed sentences are reported and skipped (exit 3).\n"
    "\n"
    "options:\n"
    "  --conllu FILE   the input (also accepted as a plain argument)\n"
    "  --model MODEL   the parser model (default models/parser.bin)\n"
    "  -o, --output OUT  where to write (default standard output)\n"
    "  --beam N        beam width (default: the model's; 1 = greedy, fastest)\n";

/* --help prints cli_vote_options_help (cli.h), the lines the commands share, between
** the text above and this. */
static const char *const usage_tail =
    "  --threads N     parse N documents (# newdoc to # newdoc) at a time on\n"
    "                  N threads (default 1; 0: one per processor); the\n"
    "                  output is the same, in the same order\n"
    "  --help          this text\n"
    "\n"
    "Plain text is not read: tag it first (dyad tag FILE | dyad parse -).\n";

/* What parsing a batch needs: the parsers are read only and shared, but
** an ensemble keeps working memory (voting, k-best beams), so each
** thread has its own copy of parsers.vote. */
typedef struct parse_ctx {
    pv_ensemble *workers;        /* [threads] */
    unsigned threads;
    dyad_doc *docs;              /* the batch being parsed */
    FILE *out;
} parse_ctx;

/* Parses document `item` of the batch on thread `worker` (parallel.h). */
static int parse_one(size_t item, unsigned worker, void *ctx)
{
    parse_ctx *c = ctx;
    return pv_parse_doc(&c->workers[worker], &c->docs[item], NULL);
}

/* A batch parsed on the threads, then written in the order read, so the
** output does not depend on the number of threads. */
static int parse_batch(dyad_doc *docs, size_t n, void *ctx)
{
    parse_ctx *c = ctx;
    c->docs = docs;
    int rc = parallel_for(n, c->threads, parse_one, c);
    for (size_t k = 0; k < n && !rc; k++) rc = conllu_write_doc(c->out, &docs[k]);
    if (rc) {
        fprintf(stderr, "dyad parse: %s\n", dyad_strerror(rc));
        return 1;
    }
    return 0;
}

/* Each thread's ensemble: the same parsers and settings as `shared`,
** with working memory of its own (zeroed, as pv_ensemble asks). */
static pv_ensemble *worker_ensembles(const pv_ensemble *shared, unsigned threads)
{
    pv_ensemble *w = calloc(threads, sizeof *w);
    for (unsigned t = 0; w && t < threads; t++) {
        memcpy(w[t].parsers, shared->parsers, sizeof w[t].parsers);
        memcpy(w[t].weights, shared->weights, sizeof w[t].weights);
        w[t].n = shared->n;
        w[t].kbest = shared->kbest;
        w[t].temperature = shared->temperature;
    }
    return w;
}

int cmd_parse(int argc, char **argv)
{
    const char *input = NULL, *model_path = NULL, *output = NULL, *help = NULL, *beam = NULL,
               *also = NULL, *weights = NULL,
               *kbest = NULL, *temperature = NULL, *threads = NULL;
    const cli_option options[] = {
        { "beam", 1, &beam },
        { "conllu", 1, &input }, { "model", 1, &model_path },
        { "output", 1, &output }, { "help", 0, &help }, { "also-parser", 1, &also },
        { "vote-weights", 1, &weights }, { "vote-kbest", 1, &kbest },
        { "vote-temperature", 1, &temperature }, { "threads", 1, &threads },
    };
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc) argv[i] = "--output";
        if (!strcmp(argv[i], "-h")) help = "1";
    }
    char **positional;
    int n_positional;
    int rc = cli_parse("parse", argc, argv, options, (int)(sizeof options / sizeof options[0]),
                       &positional, &n_positional);
    if (rc) return rc;
    if (help) {
        printf("%s%s%s", usage_text, cli_vote_options_help, usage_tail);
        return EXIT_ALL_OK;
    }
    if (!input && n_positional == 1) input = positional[0];
    else if (n_positional) return cli_usage_error("parse", "unexpected argument '%s'", positional[0]);
    if (!input) return cli_usage_error("parse", "give the words to parse with --conllu FILE");
    if (!model_path) model_path = "models/parser.bin";
    parse_ctx c = { 0 };
    if (cli_threads_option("parse", threads, &c.threads)) return EXIT_USAGE;
    /* one document at a time on one thread; on more, enough that a long
    ** one does not keep the others idle for long (as dyad code does) */
    size_t batch = c.threads == 1 ? 1 : 32 * (size_t)c.threads;

    cli_parsers parsers;
    cli_vote_options vote = { also, weights, kbest, temperature };
    rc = cli_parsers_open("parse", model_path, &vote, beam, &parsers);
    if (rc) return rc;
    FILE *in = strcmp(input, "-") ? fopen(input, "rb") : stdin;
    if (!in) {
        fprintf(stderr, "dyad parse: cannot open '%s'; check the path\n", input);
        cli_parsers_close(&parsers);
        return EXIT_FATAL;
    }
    FILE *out = cli_open_output("parse", output);
    conllu_reader *reader = NULL;
    dyad_doc *docs = NULL;
    int status = EXIT_FATAL;
    if (!out) goto done;
    if (conllu_reader_open(&reader, in, input)) {
        fprintf(stderr, "dyad parse: out of memory\n");
        goto done;
    }
    c.out = out;
    c.workers = worker_ensembles(&parsers.vote, c.threads);
    docs = calloc(batch, sizeof *docs);
    if (!c.workers || !docs) {
        fprintf(stderr, "dyad parse: out of memory\n");
        goto done;
    }
    for (size_t k = 0; k < batch; k++) dyad_doc_init(&docs[k]);
    size_t rejected = 0;
    rc = conllu_run_batched(reader, docs, batch, parse_batch, &c, &rejected);
    /* parse_batch has said why it stopped */
    if (rc && rc != CONLLU_BATCH_STOPPED) fprintf(stderr, "dyad parse: %s: %s\n", input, dyad_strerror(rc));
    status = rc ? EXIT_FATAL : EXIT_ALL_OK;
    if (status == EXIT_ALL_OK && rejected) {
        fprintf(stderr, "dyad parse: %zu malformed sentence%s skipped\n", rejected, rejected == 1 ? "" : "s");
        status = EXIT_SOME_REJECTED;
    }
    for (size_t k = 0; k < batch; k++) dyad_doc_free(&docs[k]);
done:
    free(docs);
    for (unsigned t = 0; c.workers && t < c.threads; t++) pv_ensemble_free(&c.workers[t]);
    free(c.workers);
    conllu_reader_close(reader);
    if (out && out != stdout && fclose(out)) status = EXIT_FATAL;
    if (out == stdout && fflush(stdout)) status = EXIT_FATAL;
    if (in != stdin) fclose(in);
    cli_parsers_close(&parsers);
    return status;
}
