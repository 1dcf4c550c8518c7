/*
** cmd_train_parser.c — `dyad train parser`:
** trains the dependency parser on CoNLL-U treebanks and writes the model.
*/
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli.h"
#include "cli/jackknife.h"
#include "nlp/parser_train.h"
#include "text/conllu_read.h"

static const char *const usage_text =
    "usage: dyad train parser --train FILE.conllu [--dev FILE.conllu] -o MODEL\n"

    "\n"
    "Trains the labelled dependency parser (arc-eager, averaged perceptron,\n"
    "dynamic oracle) on gold trees and writes a model for 'dyad parse'.\n"
    "After each epoch the model is scored on --dev; training stops when dev\n"
    "LAS has not improved for --patience epochs and the best epoch is kept.\n"
    "\n"
    "options:\n"
    "  --train FILE        training treebank (CoNLL-U with heads and relations)\n"
    "  --dev FILE          development treebank for early stopping\n"
    "  -o, --output MODEL  where to write the model (e.g. models/parser.bin)\n"
    "  --epochs N          at most N epochs (default 15)\n"
    "  --patience N        stop after N epochs without a better dev LAS (default 3)\n"
    "  --seed N            sentence order and exploration (default 1)\n"
    "  --beam N            train with a beam of N (e.g. 8; default 1: greedy\n"
    "                      with the dynamic oracle); the model parses with it\n"
    "  --max-violation     with --beam: update where the best partial parse\n"
    "                      beats the gold one by most, not where the gold one\n"
    "                      falls out of the beam (Huang et al. 2012)\n"
    "  --prune X           drop averaged weights below X (default 0.05)\n"
    "  --max-mb N          prune harder until the model fits N MB (default 14.5)\n"
    "  --max-sentences N   train on the first N sentences only\n"
    "  --morph             add feature templates over the words' morphological\n"
    "                      features (FEATS)\n"
    "  --right-to-left     read each sentence from its last word to its first\n"
    "                      (a second opinion for --parser-also; models made\n"
    "                      so need a dyad that knows the direction)\n"
    "  --jackknife K       train on predicted tags: cut the training sentences\n"
    "                      into K folds, train a tagger on each K-1 of them and\n"
    "                      tag the fold left out, so the parser learns from the\n"
    "                      errors a tagger makes on new text; the dev file is\n"
    "                      then tagged by --tagger\n"
    "  --fold-passes N     the fold taggers' --passes (default 1)\n"
    "  --fold-epochs N     the fold taggers' most epochs (default 20)\n"
    "  --tags-out FILE     write the jack-knifed training file (for --tags-from)\n"
    "  --tags-from FILE    take the training words' UPOS, XPOS, features and\n"
    "                      lemmas from FILE, the same sentences tagged by a\n"
    "                      tagger (e.g. written by --tags-out); the dev file is\n"
    "                      then tagged by --tagger\n"
    "  --tagger MODEL      the tagger for the dev file with predicted tags\n"
    "                      (default $DYAD_MODELS/tagger.bin or models/tagger.bin)\n"
    "  --tags gold|predicted  gold (default): the files' own tags; predicted:\n"
    "                      --jackknife 10\n"
    "  --help              this text\n";

typedef struct progress_ctx {
    int on_terminal;
} progress_ctx;

static void report_epoch(void *ctx, const parser_epoch_report *r)
{
    const progress_ctx *p = ctx;
    if (!p->on_terminal) return;
    fprintf(stderr, "epoch %2d: train %.2f%%  dev UAS %.2f LAS %.2f  %zu features, %.1f MB, %.1f s%s\n",
            r->epoch, r->train_accuracy, r->dev_uas, r->dev_las, r->features,
            (double)r->bytes / 1e6, r->seconds, r->is_best ? "  *" : "");
}

static int read_treebank(const char *path, dyad_doc *doc)
{
    char *error = NULL;
    int rc = conllu_read_file(path, doc, &error);
    if (rc) {
        fprintf(stderr, "dyad train parser: %s\n",
                error ? error : dyad_strerror(rc));
        fprintf(stderr, "Check that the file is CoNLL-U (10 TAB-separated columns).\n");
    }
    free(error);
    return rc;
}

/*
** Gives the words of train the tags and lemmas of the same words in
** tagged (which must outlive train's use).  Returns 0, or prints where the
** two files part and returns -1.
*/
static int take_tags(dyad_doc *train, const dyad_doc *tagged, const char *path)
{
    if (tagged->n_sents != train->n_sents || tagged->n_tokens != train->n_tokens) {
        fprintf(stderr, "dyad train parser: %s has %zu sentences and %zu words, the training "
                "file %zu and %zu; tag the same file\n", path, tagged->n_sents,
                tagged->n_tokens, train->n_sents, train->n_tokens);
        return -1;
    }
    for (size_t i = 0; i < train->n_tokens; i++) {
        dyad_token *t = &train->tokens[i];
        const dyad_token *g = &tagged->tokens[i];
        if (strcmp(t->form, g->form)) {
            fprintf(stderr, "dyad train parser: word %zu is '%s' in the training file but "
                    "'%s' in %s; tag the same file\n", i + 1, t->form, g->form, path);
            return -1;
        }
        t->upos = g->upos;
        t->xpos = g->xpos;
        t->feats = g->feats;
        t->lemma = g->lemma;
    }
    return 0;
}

/* Parses a non-negative integer option; -1 when it is not one. */
static long number(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    return (*s && !*end && v >= 0) ? v : -1;
}

int cmd_train_parser(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *output = NULL, *epochs = NULL,
               *patience = NULL, *seed = NULL, *prune = NULL, *max_mb = NULL,
               *max_sentences = NULL, *tags = NULL, *beam = NULL, *tags_from = NULL, *help = NULL, *o = NULL;
    const char *jackknife = NULL, *fold_passes = NULL, *fold_epochs = NULL, *tags_out = NULL,
               *tagger_path = NULL, *morph = NULL, *max_violation = NULL,
               *right_to_left = NULL;
    const cli_option options[] = {
        { "train", 1, &train }, { "dev", 1, &dev }, { "output", 1, &output },
        { "epochs", 1, &epochs }, { "patience", 1, &patience }, { "seed", 1, &seed },
        { "prune", 1, &prune }, { "max-mb", 1, &max_mb },
        { "max-sentences", 1, &max_sentences }, { "tags", 1, &tags }, { "beam", 1, &beam }, { "tags-from", 1, &tags_from }, { "help", 0, &help },
        { "jackknife", 1, &jackknife }, { "fold-passes", 1, &fold_passes },
        { "fold-epochs", 1, &fold_epochs }, { "tags-out", 1, &tags_out }, { "tagger", 1, &tagger_path },
        { "morph", 0, &morph }, { "max-violation", 0, &max_violation },
        { "right-to-left", 0, &right_to_left },
    };
    /* "-o MODEL" is the one short option; turn it into --output. */
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], "-o")) { o = argv[i + 1]; argv[i] = "--output"; }
    (void)o;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h")) help = "1";
    char **positional;
    int n_positional;
    int rc = cli_parse("train parser", argc, argv, options,
                       (int)(sizeof options / sizeof options[0]), &positional, &n_positional);
    if (rc) return rc;
    if (help) {
        fputs(usage_text, stdout);
        return EXIT_ALL_OK;
    }
    if (n_positional) return cli_usage_error("train parser", "unexpected argument '%s'", positional[0]);
    if (!train) return cli_usage_error("train parser", "--train FILE is required");
    if (!output) return cli_usage_error("train parser", "-o MODEL is required");
    parser_train_options opt = { .seed = 1 };
    if (epochs && (opt.epochs = (int)number(epochs)) <= 0)
        return cli_usage_error("train parser", "--epochs wants a positive number");
    if (patience && (opt.patience = (int)number(patience)) <= 0)
        return cli_usage_error("train parser", "--patience wants a positive number");
    if (seed) {
        long v = number(seed);
        if (v < 0) return cli_usage_error("train parser", "--seed wants a number");
        opt.seed = (uint64_t)v;
    }
    if (prune && (opt.prune = strtod(prune, NULL)) <= 0)
        return cli_usage_error("train parser", "--prune wants a positive number");
    if (max_mb) {
        double mb = strtod(max_mb, NULL);
        if (mb <= 0) return cli_usage_error("train parser", "--max-mb wants a positive number");
        opt.max_bytes = (size_t)(mb * 1e6);
    }
    if (max_sentences) {
        long v = number(max_sentences);
        if (v <= 0) return cli_usage_error("train parser", "--max-sentences wants a positive number");
        opt.max_sentences = (size_t)v;
    }
    opt.morph = morph != NULL;
    opt.max_violation = max_violation != NULL;
    opt.reverse = right_to_left != NULL;
    if (beam && ((opt.beam = (int)number(beam)) < 1 || opt.beam > 64))
        return cli_usage_error("train parser", "--beam wants a width from 1 to 64");
    if (tags && strcmp(tags, "gold") && strcmp(tags, "predicted"))
        return cli_usage_error("train parser", "--tags is gold or predicted");
    jackknife_options jk = { .train_path = train, .dev_path = dev, .work_prefix = output,
                             .tags_out = tags_out, .tagger_passes = 1, .tagger_epochs = 20,
                             .seed = opt.seed };
    if (tags && !strcmp(tags, "predicted") && !jackknife) jk.folds = 10;
    if (jackknife && ((jk.folds = (int)number(jackknife)) < 2 || jk.folds > 1000))
        return cli_usage_error("train parser", "--jackknife wants a number of folds from 2 to 1000");
    if (fold_passes && ((jk.tagger_passes = (int)number(fold_passes)) < 1 || jk.tagger_passes > 2))
        return cli_usage_error("train parser", "--fold-passes is 1 or 2");
    if (fold_epochs && (jk.tagger_epochs = (int)number(fold_epochs)) < 1)
        return cli_usage_error("train parser", "--fold-epochs wants a positive number");
    if (tags && !strcmp(tags, "gold") && (jk.folds || tags_from))
        return cli_usage_error("train parser", "--tags gold does not go with --jackknife or --tags-from");
    if (jk.folds && tags_from)
        return cli_usage_error("train parser", "give --jackknife or --tags-from, not both");
    if (tags_out && !jk.folds)
        return cli_usage_error("train parser", "--tags-out writes the tags of --jackknife; give it too");
    int predicted = jk.folds || tags_from;

    dyad_tagger *dev_tagger = NULL;
    dyad_doc train_doc, dev_doc, tagged_doc;
    dyad_doc_init(&train_doc);
    dyad_doc_init(&dev_doc);
    dyad_doc_init(&tagged_doc);
    int status = EXIT_FATAL;
    if (read_treebank(train, &train_doc)) goto done;
    if (tags_from && (read_treebank(tags_from, &tagged_doc) ||
                      take_tags(&train_doc, &tagged_doc, tags_from))) goto done;
    if (jk.folds && jackknife_tags(&jk, &train_doc)) goto done;
    if (dev && read_treebank(dev, &dev_doc)) goto done;
    if (dev && predicted) {
        /* Early stopping on the tags the parser will see: the full tagger's. */
        char path[4096], terr[512];
        cli_model_path(tagger_path, "tagger.bin", path, sizeof path);
        rc = dyad_tagger_open(&dev_tagger, path, terr, sizeof terr);
        if (rc == DYAD_OK) rc = dyad_tagger_tag(dev_tagger, &dev_doc);
        if (rc) {
            fprintf(stderr, "dyad train parser: tagging the dev file: %s\n",
                    dev_tagger ? dyad_strerror(rc) : terr);
            fprintf(stderr, "Give a tagger model with --tagger.\n");
            goto done;
        }
    }
    progress_ctx progress = { isatty(STDERR_FILENO) };
    opt.train = &train_doc;
    opt.dev = dev ? &dev_doc : NULL;
    opt.progress = report_epoch;
    opt.progress_ctx = &progress;
    parser_trained *model;
    char err[256];
    rc = parser_train(&opt, &model, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dyad train parser: %s\n", rc == DYAD_EINVAL ? err : dyad_strerror(rc));
        goto done;
    }
    rc = parser_model_write(&model->model, output, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dyad train parser: %s\n", err[0] ? err : dyad_strerror(rc));
    } else {
        const parser_epoch_report *b = &model->best;
        printf("wrote %s: epoch %d, dev UAS %.2f LAS %.2f, %zu features, %zu weights, "
               "%zu sentences (%zu skipped)\n", output, b->epoch, b->dev_uas, b->dev_las,
               b->features, b->entries, model->sentences_used, model->sentences_skipped);
        status = EXIT_ALL_OK;
    }
    parser_trained_free(model);
done:
    dyad_doc_free(&train_doc);
    dyad_doc_free(&dev_doc);
    dyad_doc_free(&tagged_doc);
    dyad_tagger_close(dev_tagger);
    return status;
}
