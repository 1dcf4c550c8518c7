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
#include "cli/input.h"
#include "out/conllu_write.h"
#include "text/conllu_read.h"

static const char HELP[] =
    "usage: dyad tag [--conllu] [--model MODEL] [-o OUT] [FILE...]\n"
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
    "\n"
    "Exit status: 0 all tagged, 3 some sentences rejected (reported on\n"
    "stderr as FILE:LINE: reason), 2 usage error, 1 fatal.\n";

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

/* Tags one CoNLL-U stream; counts rejected sentences.  Returns DYAD_OK or
** a fatal status. */
static int tag_conllu(const dyad_tagger *tagger, FILE *in, const char *name,
                      FILE *out, size_t *rejected)
{
    conllu_reader *r;
    int rc = conllu_reader_open(&r, in, name);
    if (rc) return rc;
    dyad_doc doc;
    dyad_doc_init(&doc);
    for (;;) {
        rc = conllu_reader_next(r, &doc, 0);
        if (rc == DYAD_DONE) { rc = DYAD_OK; break; }
        if (rc == DYAD_EFORMAT) {
            fprintf(stderr, "%s\n", conllu_reader_error(r));
            ++*rejected;
            if (doc.n_sents == 0) continue;   /* the rest of the doc is still tagged */
        } else if (rc) {
            break;
        }
        rc = dyad_tagger_tag(tagger, &doc);
        if (!rc) rc = conllu_write_doc(out, &doc);
        if (rc) break;
    }
    dyad_doc_free(&doc);
    conllu_reader_close(r);
    return rc;
}

/* Raw text and JSON Lines: each story as the reader segmented it. */
typedef struct text_ctx {
    const dyad_tagger *tagger;
    FILE *out;
    size_t words;
} text_ctx;

static int tag_story(dyad_doc *doc, void *ctx)
{
    text_ctx *c = ctx;
    int rc = dyad_tagger_tag(c->tagger, doc);
    if (!rc) rc = conllu_write_doc(c->out, doc);
    if (rc) {
        fprintf(stderr, "dyad tag: %s\n", dyad_strerror(rc));
        return 1;
    }
    c->words += doc->n_tokens;
    return 0;
}

int cmd_tag(int argc, char **argv)
{
    const char *conllu = NULL, *model = NULL, *output = NULL, *help = NULL;
    input_options inopt = { 0 };
    const cli_option opts[] = {
        { "conllu", 0, &conllu }, { "model", 1, &model }, { "output", 1, &output }, { "help", 0, &help },
        { "format", 1, &inopt.format }, { "date", 1, &inopt.date }, { "errors", 1, &inopt.errors_path },
        { "max-story-bytes", 1, &inopt.max_story },
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
            if (!ends_with(files[i], ".conllu")) all_conllu = 0;
    }
    if (conllu && inopt.format && strcmp(inopt.format, "conllu"))
        return cli_usage_error("tag", "--conllu and --format %s do not go together", inopt.format);

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
    size_t rejected = 0;
    int status = EXIT_ALL_OK;
    if (!all_conllu) {
        text_ctx c = { tagger, out, 0 };
        status = input_run("tag", &inopt, files == std_in ? NULL : files, files == std_in ? 0 : n_files,
                           tag_story, &c, &c.words, "words");
        n_files = 0;
    }
    for (int i = 0; i < n_files && status == EXIT_ALL_OK; i++) {
        int is_stdin = !strcmp(files[i], "-");
        FILE *in = is_stdin ? stdin : fopen(files[i], "rb");
        if (!in) {
            fprintf(stderr, "dyad tag: cannot read '%s'\n", files[i]);
            status = EXIT_FATAL;
            break;
        }
        rc = tag_conllu(tagger, in, is_stdin ? "-" : files[i], out, &rejected);
        if (!is_stdin) fclose(in);
        if (rc) {
            fprintf(stderr, "dyad tag: %s: %s\n", files[i], dyad_strerror(rc));
            status = EXIT_FATAL;
        }
    }
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
