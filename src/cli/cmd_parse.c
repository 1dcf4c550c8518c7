/*
** cmd_parse.c — `dyad parse [FILE...]`: words, tags and trees as full
** CoNLL-U, from raw text, JSON Lines or the words of a CoNLL-U file.
**
** Text and JSON Lines go through the story reader and segmenter
** (input_run_batched, cli/input.h) and the tagger first; CoNLL-U
** (--conllu, files named *.conllu, or standard input that opens with a
** '#' comment line, as dyad tag writes it) is parsed with its words and
** tags as given.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/conllu_batch.h"
#include "cli/input.h"
#include "cli/parallel.h"
#include "out/conllu_write.h"

static const char *const usage_text =
    "usage: dyad parse [OPTIONS] [FILE...]\n"
    "       dyad parse --conllu FILE [OPTIONS]\n"
    "\n"
    "Writes CoNLL-U with every word's tags, lemma, head and relation.\n"
    "FILE - or no FILE reads standard input.\n"
    "\n"
    "Input: plain text (one or many stories) or JSON Lines ({\"id\",\"text\",...}\n"
    "a line) are cut into sentences and words and tagged first (as `dyad tag`\n"
    "does); CoNLL-U is parsed with its words and tags as given (dyad tag's\n"
    "output, or a treebank).  The format is guessed from the file name, then\n"
    "the first byte ('{' JSON Lines; on standard input '#' CoNLL-U).\n"
    "Malformed CoNLL-U sentences are reported and skipped (exit 3).\n"
    "\n"
    "options:\n"
    "  --conllu FILE   parse FILE's words and tags as given (CoNLL-U)\n"
    "  --format F      input format: auto (default), text, jsonl, conllu, petrxml\n"
    "  --date DATE     publication date (YYYY-MM-DD) for stories without one\n"
    "  --errors FILE   copy each rejected record to FILE\n"
    "  --max-story-bytes N  reject stories larger than N bytes (default 8 MiB)\n"
    "  --model MODEL   the parser model (default $DYAD_MODELS/parser.bin or\n"
    "                  models/parser.bin)\n"
    "  --tagger MODEL  the tagger for text input (default $DYAD_MODELS/tagger.bin\n"
    "                  or models/tagger.bin)\n"
    "  -o, --output OUT  where to write (default standard output)\n"
    "  --beam N        beam width (default: the model's; 1 = greedy, fastest)\n";

/* --help prints cli_vote_options_help (cli.h), the lines the commands share, between
** the text above and this. */
static const char *const usage_tail =
    "  --threads N     parse N stories (CoNLL-U: # newdoc to # newdoc) at a\n"
    "                  time on N threads (default 1; 0: one per processor);\n"
    "                  the output is the same, in the same order\n"
    "  --help          this text\n"
    "\n"
    "Exit status: 0 all parsed, 3 some records or sentences rejected (reported\n"
    "on stderr as FILE:LINE: reason), 2 usage error, 1 fatal.\n";

/* What parsing a batch needs: the parsers are read only and shared, but
** an ensemble keeps working memory (voting, k-best beams), so each
** thread has its own copy of parsers.vote.  The tagger (text input
** only) keeps its working memory per call. */
typedef struct parse_ctx {
    pv_ensemble *workers;        /* [threads] */
    unsigned threads;
    const dyad_tagger *tagger;   /* NULL: the words come tagged */
    dyad_doc *docs;              /* the batch being parsed */
    FILE *out;
    size_t words;
} parse_ctx;

/* Tags (for text) and parses document `item` of the batch on thread
** `worker` (parallel.h). */
static int parse_one(size_t item, unsigned worker, void *ctx)
{
    parse_ctx *c = ctx;
    if (c->tagger) {
        int rc = dyad_tagger_tag(c->tagger, &c->docs[item]);
        if (rc) return rc;
    }
    return pv_parse_doc(&c->workers[worker], &c->docs[item], NULL);
}

/* A batch parsed on the threads, then written in the order read, so the
** output does not depend on the number of threads. */
static int parse_batch(dyad_doc *docs, size_t n, void *ctx)
{
    parse_ctx *c = ctx;
    c->docs = docs;
    int rc = parallel_for(n, c->threads, parse_one, c);
    for (size_t k = 0; k < n && !rc; k++) {
        rc = conllu_write_doc(c->out, &docs[k]);
        c->words += docs[k].n_tokens;
    }
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

/* Is the input CoNLL-U?  Said by --format, else every file named
** *.conllu, else standard input alone opening with a '#' comment line
** (dyad tag's output: "# newdoc id", "# sent_id"); the byte looked at
** is put back. */
static int input_is_conllu(const char *format, char **files, int n_files)
{
    if (format) return !strcmp(format, "conllu");
    int named = 1;
    for (int i = 0; i < n_files; i++)
        if (!cli_ends_with(files[i], ".conllu")) named = 0;
    if (named) return 1;
    if (n_files != 1 || strcmp(files[0], "-")) return 0;
    int first = getc(stdin);
    if (first == EOF) return 0;
    ungetc(first, stdin);
    return first == '#';
}

/* Parses the CoNLL-U files one after another a batch at a time; counts
** the malformed sentences skipped.  Returns the exit status. */
static int parse_conllu_files(parse_ctx *c, char **files, int n_files, size_t batch, size_t *rejected)
{
    dyad_doc *docs = calloc(batch, sizeof *docs);
    if (!docs) {
        fprintf(stderr, "dyad parse: out of memory\n");
        return EXIT_FATAL;
    }
    for (size_t k = 0; k < batch; k++) dyad_doc_init(&docs[k]);
    int status = EXIT_ALL_OK;
    for (int i = 0; i < n_files && status == EXIT_ALL_OK; i++) {
        int is_stdin = !strcmp(files[i], "-");
        FILE *in = is_stdin ? stdin : fopen(files[i], "rb");
        if (!in) {
            fprintf(stderr, "dyad parse: cannot open '%s'; check the path\n", files[i]);
            status = EXIT_FATAL;
            break;
        }
        conllu_reader *reader = NULL;
        int rc = conllu_reader_open(&reader, in, files[i]);
        if (!rc) rc = conllu_run_batched(reader, docs, batch, parse_batch, c, rejected);
        /* parse_batch has said why it stopped */
        if (rc && rc != CONLLU_BATCH_STOPPED) fprintf(stderr, "dyad parse: %s: %s\n", files[i], dyad_strerror(rc));
        if (rc) status = EXIT_FATAL;
        conllu_reader_close(reader);
        if (!is_stdin) fclose(in);
    }
    for (size_t k = 0; k < batch; k++) dyad_doc_free(&docs[k]);
    free(docs);
    return status;
}

int cmd_parse(int argc, char **argv)
{
    const char *conllu = NULL, *model_path = NULL, *tagger_path = NULL, *output = NULL, *help = NULL,
               *beam = NULL, *also = NULL, *weights = NULL, *kbest = NULL, *temperature = NULL,
               *threads = NULL;
    input_options inopt = { 0 };
    const cli_option options[] = {
        { "beam", 1, &beam },
        { "conllu", 1, &conllu }, { "model", 1, &model_path }, { "tagger", 1, &tagger_path },
        { "output", 1, &output }, { "help", 0, &help }, { "also-parser", 1, &also },
        { "vote-weights", 1, &weights }, { "vote-kbest", 1, &kbest },
        { "vote-temperature", 1, &temperature }, { "threads", 1, &threads },
        { "format", 1, &inopt.format }, { "date", 1, &inopt.date }, { "errors", 1, &inopt.errors_path },
        { "max-story-bytes", 1, &inopt.max_story },
    };
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc) argv[i] = "--output";
        if (!strcmp(argv[i], "-h")) help = "1";
    }
    char **files;
    int n_files;
    int rc = cli_parse("parse", argc, argv, options, (int)(sizeof options / sizeof options[0]),
                       &files, &n_files);
    if (rc) return rc;
    if (help) {
        printf("%s%s%s", usage_text, cli_vote_options_help, usage_tail);
        return EXIT_ALL_OK;
    }
    if (conllu && n_files) return cli_usage_error("parse", "give --conllu FILE or FILE..., not both");
    if (conllu && inopt.format && strcmp(inopt.format, "conllu"))
        return cli_usage_error("parse", "--conllu and --format %s do not go together", inopt.format);
    if (inopt.format && cli_format(inopt.format) < 0)
        return cli_usage_error("parse", "--format must be auto, text, jsonl, conllu or petrxml, not '%s'", inopt.format);
    if (inopt.format && !strcmp(inopt.format, "auto")) inopt.format = NULL;
    char *std_in[] = { "-" };
    char *conllu_files[] = { (char *)conllu };
    if (conllu) {
        files = conllu_files;
        n_files = 1;
    } else if (n_files == 0) {
        files = std_in;
        n_files = 1;
    }
    int as_conllu = conllu || input_is_conllu(inopt.format, files, n_files);
    parse_ctx c = { 0 };
    if (cli_threads_option("parse", threads, &c.threads)) return EXIT_USAGE;
    /* one story at a time on one thread; on more, enough that a long
    ** one does not keep the others idle for long (as dyad code does) */
    size_t batch = c.threads == 1 ? 1 : 32 * (size_t)c.threads;

    dyad_tagger *tagger = NULL;
    if (!as_conllu) {
        char path[4096], err[512];
        cli_model_path(tagger_path, "tagger.bin", path, sizeof path);
        rc = dyad_tagger_open(&tagger, path, err, sizeof err);
        if (rc) {
            fprintf(stderr, "dyad parse: %s\n", rc == DYAD_ENOMEM ? "out of memory" : err);
            return EXIT_FATAL;
        }
        c.tagger = tagger;
    }
    cli_parsers parsers;
    cli_vote_options vote = { also, weights, kbest, temperature };
    rc = cli_parsers_open("parse", model_path, &vote, beam, &parsers);
    if (rc) {
        dyad_tagger_close(tagger);
        return rc;
    }
    int status = EXIT_FATAL;
    size_t rejected = 0;
    FILE *out = cli_open_output("parse", output);
    if (!out) goto done;
    c.out = out;
    c.workers = worker_ensembles(&parsers.vote, c.threads);
    if (!c.workers) {
        fprintf(stderr, "dyad parse: out of memory\n");
        goto done;
    }
    if (as_conllu)
        status = parse_conllu_files(&c, files, n_files, batch, &rejected);
    else
        status = input_run_batched("parse", &inopt, files == std_in ? NULL : files, files == std_in ? 0 : n_files,
                                   batch, parse_batch, &c, &c.words, "words");
    if (status == EXIT_ALL_OK && rejected) {
        fprintf(stderr, "dyad parse: %zu malformed sentence%s skipped\n", rejected, rejected == 1 ? "" : "s");
        status = EXIT_SOME_REJECTED;
    }
done:
    for (unsigned t = 0; c.workers && t < c.threads; t++) pv_ensemble_free(&c.workers[t]);
    free(c.workers);
    if (out && out != stdout && fclose(out) && status != EXIT_USAGE) status = EXIT_FATAL;
    if (out == stdout && fflush(stdout) && status != EXIT_USAGE) status = EXIT_FATAL;
    cli_parsers_close(&parsers);
    dyad_tagger_close(tagger);
    return status;
}
