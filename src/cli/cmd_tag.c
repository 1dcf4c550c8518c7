/*
** cmd_tag.c — `dyad tag [FILE...]`: tags words and writes CoNLL-U with
** UPOS, XPOS, FEATS and LEMMA filled in.
**
** CoNLL-U input (--conllu, or files named *.conllu) keeps its words and
** every column the tagger does not fill.  Plain text and JSON Lines go
** through the story reader and segmenter (input_run, cli/input.h) first.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/conllu_batch.h"
#include "cli/input.h"
#include "cli/parallel.h"
#include "out/conllu_write.h"

static const char HELP[] =
    "usage: dyad tag [--conllu] [--model MODEL] [--threads N] [-o OUT] [FILE...]\n"
    "\n"
    "Tags every word with its UPOS and Penn XPOS tags, UD features and lemma,\n"
    "and writes CoNLL-U (# newdoc id, # sent_id, # text; head and relation\n"
    "columns as given, else _).  FILE - or no FILE reads standard input.\n"
    "\n"
    "Input: plain text (one or many stories) or JSON Lines ({\"id\",\"text\",...}\n"
    "a line) are cut into sentences and words first (as `dyad split` does);\n"
    "CoNLL-U keeps its words as given.  The format is guessed from the file\n"
    "name or first byte.\n"
    "\n"
    "  --conllu        the input is CoNLL-U: tag its words as given (the\n"
    "                  default for files named *.conllu)\n"
    "  --format F      input format: auto (default), text, jsonl, conllu\n"
    "  --date DATE     publication date (YYYY-MM-DD) for stories without one\n"
    "  --errors FILE   copy each rejected record to FILE\n"
    "  --max-story-bytes N  reject stories larger than N bytes (default 8 MiB)\n"
    "  --model MODEL   tagger model (default $DYAD_MODELS/tagger.bin or\n"
    "                  models/tagger.bin)\n"
    "  -o, --output F  write to F instead of standard output\n"
    "  --threads N     tag N stories (CoNLL-U: # newdoc to # newdoc) at a\n"
    "                  time on N threads (default 1; 0: one per processor);\n"
    "                  the output is the same, in the same order\n"
    "\n"
    "Exit status: 0 all tagged, 3 some sentences rejected (reported on\n"
    "stderr as FILE:LINE: reason), 2 usage error, 1 fatal.\n";

/* What tagging a batch of documents needs: the same for CoNLL-U and for
** stories read as text or JSON Lines. */
typedef struct tag_ctx {
    const dyad_tagger *tagger;   /* read only: shared by the threads */
    FILE *out;
    unsigned threads;
    dyad_doc *docs;              /* the batch being tagged */
    size_t words;
} tag_ctx;

/* Tags document `item` of the batch on a thread (parallel.h); the
** tagger keeps its working memory per call, so nothing else is shared. */
static int tag_one(size_t item, unsigned worker, void *ctx)
{
    tag_ctx *c = ctx;
    return dyad_tagger_tag(c->tagger, &c->docs[item]);
}

/* A batch tagged on the threads, then written in the order read, so the
** output does not depend on the number of threads. */
static int tag_batch(dyad_doc *docs, size_t n, void *ctx)
{
    tag_ctx *c = ctx;
    c->docs = docs;
    int rc = parallel_for(n, c->threads, tag_one, c);
    for (size_t k = 0; k < n && !rc; k++) {
        rc = conllu_write_doc(c->out, &docs[k]);
        c->words += docs[k].n_tokens;
    }
    if (rc) {
        fprintf(stderr, "dyad tag: %s\n", dyad_strerror(rc));
        return 1;
    }
    return 0;
}

/* Tags one CoNLL-U stream a batch at a time; counts rejected sentences.
** Returns DYAD_OK, a reader's failure or CONLLU_BATCH_STOPPED. */
static int tag_conllu(tag_ctx *c, dyad_doc *docs, size_t batch, FILE *in, const char *name,
                      size_t *rejected)
{
    conllu_reader *r;
    int rc = conllu_reader_open(&r, in, name);
    if (rc) return rc;
    rc = conllu_run_batched(r, docs, batch, tag_batch, c, rejected);
    conllu_reader_close(r);
    return rc;
}

int cmd_tag(int argc, char **argv)
{
    const char *conllu = NULL, *model = NULL, *output = NULL, *help = NULL, *threads = NULL;
    input_options inopt = { 0 };
    const cli_option opts[] = {
        { "conllu", 0, &conllu }, { "model", 1, &model }, { "output", 1, &output }, { "help", 0, &help },
        { "format", 1, &inopt.format }, { "date", 1, &inopt.date }, { "errors", 1, &inopt.errors_path },
        { "max-story-bytes", 1, &inopt.max_story }, { "threads", 1, &threads },
    };
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
        else if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    }
    char **files;
    int n_files;
    int rc = cli_parse("tag", argc, argv, opts, sizeof opts / sizeof *opts, &files, &n_files);
    if (rc) return rc;
    if (help) {
        fputs(HELP, stdout);
        return EXIT_ALL_OK;
    }
    char *std_in[] = { "-" };
    if (n_files == 0) {
        files = std_in;
        n_files = 1;
    }
    /* CoNLL-U alone keeps its own reader (every column kept, bad
    ** sentences skipped one by one); anything else goes through the
    ** story reader and the segmenter. */
    int all_conllu = conllu != NULL || (inopt.format && !strcmp(inopt.format, "conllu"));
    if (!all_conllu && !inopt.format) {
        all_conllu = 1;
        for (int i = 0; i < n_files; i++)
            if (!cli_ends_with(files[i], ".conllu")) all_conllu = 0;
    }
    if (conllu && inopt.format && strcmp(inopt.format, "conllu"))
        return cli_usage_error("tag", "--conllu and --format %s do not go together", inopt.format);
    tag_ctx c = { 0 };
    if (cli_threads_option("tag", threads, &c.threads)) return EXIT_USAGE;
    /* one document at a time on one thread; on more, enough that a long
    ** one does not keep the others idle for long (as dyad code does) */
    size_t batch = c.threads == 1 ? 1 : 32 * (size_t)c.threads;

    char path[4096], err[512];
    cli_model_path(model, "tagger.bin", path, sizeof path);
    dyad_tagger *tagger;
    rc = dyad_tagger_open(&tagger, path, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dyad tag: %s\n", rc == DYAD_ENOMEM ? "out of memory" : err);
        return EXIT_FATAL;
    }
    FILE *out = cli_open_output("tag", output);
    if (!out) {
        dyad_tagger_close(tagger);
        return EXIT_FATAL;
    }
    c.tagger = tagger;
    c.out = out;
    size_t rejected = 0;
    int status = EXIT_ALL_OK;
    dyad_doc *docs = NULL;
    if (!all_conllu) {
        status = input_run_batched("tag", &inopt, files == std_in ? NULL : files, files == std_in ? 0 : n_files,
                                   batch, tag_batch, &c, &c.words, "words");
        n_files = 0;
    } else if (!(docs = malloc(batch * sizeof *docs))) {
        fprintf(stderr, "dyad tag: out of memory\n");
        status = EXIT_FATAL;
        n_files = 0;
    } else {
        for (size_t k = 0; k < batch; k++) dyad_doc_init(&docs[k]);
    }
    for (int i = 0; i < n_files && status == EXIT_ALL_OK; i++) {
        int is_stdin = !strcmp(files[i], "-");
        FILE *in = is_stdin ? stdin : fopen(files[i], "rb");
        if (!in) {
            fprintf(stderr, "dyad tag: cannot read '%s'\n", files[i]);
            status = EXIT_FATAL;
            break;
        }
        rc = tag_conllu(&c, docs, batch, in, is_stdin ? "-" : files[i], &rejected);
        if (!is_stdin) fclose(in);
        if (rc) {
            /* tag_batch has said why it stopped */
            if (rc != CONLLU_BATCH_STOPPED) fprintf(stderr, "dyad tag: %s: %s\n", files[i], dyad_strerror(rc));
            status = EXIT_FATAL;
        }
    }
    if (docs)
        for (size_t k = 0; k < batch; k++) dyad_doc_free(&docs[k]);
    free(docs);
    int to_stdout = out == stdout;
    int write_failed = to_stdout ? fflush(out) != 0 : fclose(out) != 0;
    if (write_failed && status == EXIT_ALL_OK) {
        fprintf(stderr, "dyad tag: write failed\n");
        status = EXIT_FATAL;
    }
    dyad_tagger_close(tagger);
    if (status == EXIT_ALL_OK && rejected) {
        fprintf(stderr, "dyad tag: %zu sentence%s rejected\n", rejected, rejected == 1 ? "" : "s");
        status = EXIT_SOME_REJECTED;
    }
    return status;
}
