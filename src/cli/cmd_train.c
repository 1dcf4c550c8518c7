/*
** cmd_train.c — `dyad train KIND ...`: trains one of dyad's models.
**
** The first word names the model; each kind is one entry in `kinds`
** below and one function (the parser's is in cmd_train_parser.c).
*/
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli.h"
#include "nlp/tagger_train.h"

static int train_tagger(int argc, char **argv);

typedef struct train_kind {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} train_kind;

static const train_kind kinds[] = {
    { "tagger", train_tagger, "part-of-speech tagger and lemmatizer (models/tagger.bin)" },
    { "parser", cmd_train_parser, "labelled dependency parser (models/parser.bin)" },
};

static void usage(FILE *out)
{
    fprintf(out, "usage: dyad train KIND [OPTIONS]\n\nTrains a model from treebanks. Kinds:\n");
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        fprintf(out, "  %-8s %s\n", kinds[i].name, kinds[i].summary);
    fprintf(out, "\nRun 'dyad train KIND --help' for a kind's options.\n");
}

int cmd_train(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(stdout);
        return EXIT_ALL_OK;
    }
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (!strcmp(argv[1], kinds[i].name)) return kinds[i].run(argc - 1, argv + 1);
    return cli_usage_error("train", "unknown model kind '%s'", argv[1]);
}

/* ------------------------------------------------------------------ */
/* dyad train tagger                                                  */
/* ------------------------------------------------------------------ */

static const char TAGGER_HELP[] =
    "usage: dyad train tagger --train A.conllu[,B.conllu] [--dev D.conllu] -o MODEL [OPTIONS]\n"
    "\n"
    "Trains the part-of-speech tagger (UPOS + Penn XPOS, UD features) and the\n"
    "lemmatizer from CoNLL-U treebanks, and writes the model file.\n"
    "\n"
    "  --train FILES       training treebanks, comma-separated\n"
    "  --dev FILE          dev treebank: early stopping and the scores reported\n"
    "  -o, --output MODEL  where to write the model (e.g. models/tagger.bin)\n"
    "  --source TEXT       what the data is and its licence, kept in the model\n"
    "  --seed N            shuffling seed (default 1); same seed, same model\n"
    "  --epochs N          most epochs (default 20)\n"
    "  --patience N        stop after N epochs without a dev gain (default 3)\n"
    "  --min-count N       drop features seen fewer than N times (default 2)\n"
    "  --passes N          1, or 2: a second pass sees the first pass's labels\n"
    "                      of the words to the right (default 2)\n"
    "  --max-sentences N   train on the first N sentences only\n"
    "  --wordnet DIR       WordNet dict folder (default /usr/share/wordnet)\n"
    "  --no-wordnet        train without WordNet (its exception lists and word\n"
    "                      classes)\n"
    "\n"
    "Progress (one line per epoch: dev accuracy, words/s) is shown on a\n"
    "terminal; the closing summary always goes to standard output.\n";

static void on_epoch(const tagger_epoch *e, void *ctx)
{
    if (!*(int *)ctx) return;
    if (e->dev_upos >= 0)
        fprintf(stderr, "epoch %2d/%d  train %.2f%%  dev UPOS %.2f%%  XPOS %.2f%%  %.0fk words/s  (best: %d)\n",
                e->epoch, e->max_epochs, e->train_acc, e->dev_upos, e->dev_xpos,
                e->words_per_s / 1000, e->best);
    else
        fprintf(stderr, "epoch %2d/%d  train %.2f%%  %.0fk words/s\n",
                e->epoch, e->max_epochs, e->train_acc, e->words_per_s / 1000);
}

static int parse_int(const char *s, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

static int train_tagger(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *output = NULL, *source = NULL, *seed = NULL;
    const char *epochs = NULL, *patience = NULL, *min_count = NULL, *max_sents = NULL, *passes = NULL;
    const char *wordnet = NULL, *no_wordnet = NULL, *help = NULL;
    const cli_option opts[] = {
        { "train", 1, &train }, { "dev", 1, &dev }, { "output", 1, &output },
        { "source", 1, &source }, { "seed", 1, &seed }, { "epochs", 1, &epochs },
        { "patience", 1, &patience }, { "min-count", 1, &min_count },
        { "max-sentences", 1, &max_sents }, { "wordnet", 1, &wordnet }, { "passes", 1, &passes },
        { "no-wordnet", 0, &no_wordnet }, { "help", 0, &help },
    };
    /* The command line as given, for the model's provenance. */
    size_t cmd_len = 32;
    for (int i = 0; i < argc; i++) cmd_len += strlen(argv[i]) + 1;
    char *command = malloc(cmd_len);
    if (!command) {
        fprintf(stderr, "dyad train tagger: out of memory\n");
        return EXIT_FATAL;
    }
    strcpy(command, "dyad train");
    for (int i = 0; i < argc; i++) {
        strcat(command, " ");
        strcat(command, argv[i]);
    }
    for (int i = 1; i < argc; i++)          /* the one short option */
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    char **pos;
    int n_pos;
    int rc = cli_parse("train tagger", argc, argv, opts, sizeof opts / sizeof *opts, &pos, &n_pos);
    if (rc) { free(command); return rc; }
    if (help) {
        fputs(TAGGER_HELP, stdout);
        free(command);
        return EXIT_ALL_OK;
    }
    if (n_pos) { free(command); return cli_usage_error("train tagger", "unexpected argument '%s'", pos[0]); }
    if (!train) { free(command); return cli_usage_error("train tagger", "--train is required"); }
    if (!output) { free(command); return cli_usage_error("train tagger", "-o MODEL is required"); }

    tagger_train_options o;
    tagger_train_defaults(&o);
    long v;
    struct { const char *text, *name; long lo, hi; } ints[] = {
        { epochs, "epochs", 1, 1000 }, { patience, "patience", 1, 1000 },
        { min_count, "min-count", 1, 1000000 }, { max_sents, "max-sentences", 1, 100000000 },
        { passes, "passes", 1, 2 },
    };
    long values[5] = { o.epochs, o.patience, o.min_count, 0, o.passes };
    for (int i = 0; i < 5; i++) {
        if (!ints[i].text) continue;
        if (parse_int(ints[i].text, ints[i].lo, ints[i].hi, &v)) {
            free(command);
            return cli_usage_error("train tagger", "--%s needs a whole number from %ld to %ld",
                                   ints[i].name, ints[i].lo, ints[i].hi);
        }
        values[i] = v;
    }
    o.epochs = (int)values[0];
    o.patience = (int)values[1];
    o.min_count = (int)values[2];
    o.max_sentences = (size_t)values[3];
    o.passes = (int)values[4];
    if (seed) {
        char *end;
        o.seed = strtoull(seed, &end, 10);
        if (!*seed || *end) {
            free(command);
            return cli_usage_error("train tagger", "--seed needs a whole number");
        }
    }
    o.wordnet = no_wordnet ? "" : wordnet;

    /* Split --train on commas. */
    char *files = strdup(train);
    const char **paths = calloc(strlen(train) + 1, sizeof *paths);
    if (!files || !paths) {
        free(files); free(paths); free(command);
        fprintf(stderr, "dyad train tagger: out of memory\n");
        return EXIT_FATAL;
    }
    size_t n_paths = 0;
    for (char *p = strtok(files, ","); p; p = strtok(NULL, ",")) paths[n_paths++] = p;
    o.train = paths;
    o.n_train = n_paths;
    o.dev = dev;
    o.out = output;

    size_t info_len = strlen(command) + (source ? strlen(source) : 0) + strlen(train) + 256;
    char *info = malloc(info_len);
    if (!info) {
        free(files); free(paths); free(command);
        fprintf(stderr, "dyad train tagger: out of memory\n");
        return EXIT_FATAL;
    }
    snprintf(info, info_len, "dyad %s tagger model\nsource: %s\ncommand: %s\n",
             DYAD_VERSION, source ? source : train, command);
    o.info = info;
    int show = isatty(STDERR_FILENO) && !getenv("CI");
    o.progress = on_epoch;
    o.progress_ctx = &show;

    tagger_train_result r;
    char err[512];
    double t0 = cli_now();
    rc = tagger_train(&o, &r, err, sizeof err);
    double secs = cli_now() - t0;
    free(files);
    free(paths);
    free(command);
    free(info);
    if (rc) {
        fprintf(stderr, "dyad train tagger: %s\n", err[0] ? err : dyad_strerror(rc));
        return rc == DYAD_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    }
    if (r.note[0]) fprintf(stderr, "dyad train tagger: note: %s\n", r.note);
    printf("wrote %s (%.2f MB) in %.1f s: %zu sentences, %zu words, %zu labels, %zu features, "
           "%zu weights, %d epochs (best %d)\n",
           output, (double)r.model_bytes / 1e6, secs, r.sentences, r.words, r.labels,
           r.features, r.weights, r.epochs_run, r.best_epoch);
    if (r.have_dev)
        printf("dev %s: %zu words; UPOS %.2f%%, XPOS %.2f%%, UFeats %.2f%%, AllTags %.2f%%, Lemmas %.2f%%\n",
               dev, r.dev.words, tag_pct(r.dev.upos, r.dev.words), tag_pct(r.dev.xpos, r.dev.words),
               tag_pct(r.dev.feats, r.dev.words), tag_pct(r.dev.all, r.dev.words),
               tag_pct(r.dev.lemma, r.dev.words));
    return EXIT_ALL_OK;
}
