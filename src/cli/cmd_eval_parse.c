/*
** cmd_eval_parse.c — `dyad eval-parse --gold FILE`: scores the parser on a
** gold treebank's words with the tagger's tags (or the gold ones), and
** from raw text, and measures the speed.
*/
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
#include "nlp/parse_eval.h"
#include "text/conllu_read.h"

static const char *const usage_text =
    "usage: dyad eval-parse --gold FILE.conllu [--raw] [--gold-tags] [--model MODEL]\n"
    "                       [--tagger MODEL] [--beam N] [--repeat N]\n"
    "                       [--also-parser MODEL[,MODEL...] [--vote-weights W,W...]]\n"
    "\n"
    "Parses the words of a gold CoNLL-U file as given, tagged by the tagger\n"
    "(what users get), and scores the parse: UAS (right head), LAS (right head\n"
    "and relation, subtypes included), LAS over the universal relation only,\n"
    "and CLAS (LAS over content words, as in the CoNLL 2018 shared task).\n"
    "\n"
    "options:\n"
    "  --gold FILE     the gold treebank\n"
    "  --gold-tags     parse with the file's own (gold) tags and lemmas instead\n"
    "  --raw           also score from raw text: rebuild the file's text, cut it\n"
    "                  into sentences and words (dyad_segment), tag and parse\n"
    "                  them, align the words with the gold ones by character\n"
    "                  span as the CoNLL 2018 evaluator does, and print F1 over\n"
    "                  gold and system words; also the speed from text to trees\n"
    "  --model MODEL   the parser model (default $DYAD_MODELS/parser.bin or\n"
    "                  models/parser.bin)\n"
    "  --tagger MODEL  the tagger model (default $DYAD_MODELS/tagger.bin or\n"
    "                  models/tagger.bin)\n"
    "  --beam N        beam width (default: the model's; 1 = greedy, fastest)\n";

/* --help prints cli_vote_options_help (cli.h), the lines the commands share, between
** the text above and this. */
static const char *const usage_tail =
    "  --repeat N      parse the file N times (with --raw: segment, tag and\n"
    "                  parse it N times) and report the speed (benchmark)\n"
    "  --help          this text\n";

/* This thread's CPU time: a busy machine inflates it less than wall time. */
static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double rate(double words, double seconds) { return seconds > 0 ? words / seconds : 0; }

typedef struct eval_run {
    const dyad_tagger *tagger;   /* NULL: gold tags */
    pv_ensemble *parsers;        /* one parser, or several voting */
    long times;
} eval_run;

/* Gold words: tags (unless gold tags), parses `times` times, prints scores. */
static int gold_words(const eval_run *run, const dyad_doc *gold, dyad_doc *sys)
{
    double tag_cpu = 0;
    if (run->tagger) {
        double c0 = cpu_now();
        int rc = dyad_tagger_tag(run->tagger, sys);
        tag_cpu = cpu_now() - c0;
        if (rc) {
            fprintf(stderr, "dyad eval-parse: tagging: %s\n", dyad_strerror(rc));
            return rc;
        }
    }
    /* Parse a copy of the tagged words, fresh for every repetition. */
    dyad_token *tagged = malloc((sys->n_tokens ? sys->n_tokens : 1) * sizeof *tagged);
    if (!tagged) {
        fprintf(stderr, "dyad eval-parse: out of memory\n");
        return DYAD_ENOMEM;
    }
    memcpy(tagged, sys->tokens, sys->n_tokens * sizeof *tagged);
    int rc = DYAD_OK;
    double started = cli_now(), c0 = cpu_now();
    for (long k = 0; k < run->times && rc == DYAD_OK; k++) {
        memcpy(sys->tokens, tagged, sys->n_tokens * sizeof *tagged);
        rc = pv_parse_doc(run->parsers, sys, NULL);
    }
    double parse_cpu = cpu_now() - c0, seconds = cli_now() - started;
    free(tagged);
    if (rc) {
        fprintf(stderr, "dyad eval-parse: %s\n", dyad_strerror(rc));
        return rc;
    }
    parse_score score = { 0 };
    for (size_t s = 0; s < gold->n_sents; s++) {
        const dyad_sentence *se = &gold->sents[s];
        parse_eval_sentence(&score, gold->tokens + se->first, sys->tokens + se->first, se->count);
    }
    printf("UAS %.2f  LAS %.2f  CLAS %.2f  (LAS universal part %.2f)  gold words, %s tags\n",
           parse_uas(&score), parse_las(&score), parse_clas(&score),
           parse_las_universal(&score), run->tagger ? "predicted" : "gold");
    double words = (double)gold->n_tokens * (double)run->times;
    printf("%zu sentences, %zu words; parsed %.0f words in %.2f s: %.0f words/s\n",
           gold->n_sents, gold->n_tokens, words, seconds, rate(words, seconds));
    printf("cpu: parse %.0f words/s", rate(words, parse_cpu));
    if (run->tagger) printf(", tag %.0f words/s", rate((double)gold->n_tokens, tag_cpu));
    printf(" (CPU time, one thread)\n");
    return DYAD_OK;
}

/* Raw text: segments, tags and parses gold's text `times` times, then
** scores the last run against gold by aligned words. */
static int raw_text(const eval_run *run, const dyad_doc *gold, const dyad_tagger *tagger)
{
    dyad_doc sys;
    dyad_doc_init(&sys);
    double seg_cpu = 0, tag_cpu = 0, parse_cpu = 0;
    int rc = DYAD_OK;
    for (long k = 0; k < run->times && rc == DYAD_OK; k++) {
        double c0 = cpu_now();
        rc = dyad_doc_set_text(&sys, gold->text, gold->text_len);
        if (rc == DYAD_OK) rc = dyad_segment(&sys, NULL);
        double c1 = cpu_now();
        if (rc == DYAD_OK) rc = dyad_tagger_tag(tagger, &sys);
        double c2 = cpu_now();
        if (rc == DYAD_OK) rc = pv_parse_doc(run->parsers, &sys, NULL);
        double c3 = cpu_now();
        seg_cpu += c1 - c0;
        tag_cpu += c2 - c1;
        parse_cpu += c3 - c2;
    }
    parse_aligned a = { 0 };
    if (rc == DYAD_OK) rc = parse_aligned_add(&a, gold, &sys);
    if (rc) {
        fprintf(stderr, "dyad eval-parse: --raw: %s\n", dyad_strerror(rc));
        dyad_doc_free(&sys);
        return rc;
    }
    printf("raw text  %zu gold words, %zu system words, %zu aligned (words F1 %.2f%%); "
           "F1 over all words:\n", a.gold, a.system, a.aligned,
           parse_f1(a.aligned, a.gold, a.system));
    printf("raw UAS %.2f  LAS %.2f  CLAS %.2f  (LAS universal part %.2f)\n",
           parse_f1(a.head_ok, a.gold, a.system), parse_f1(a.label_ok, a.gold, a.system),
           parse_f1(a.content_ok, a.gold_content, a.system_content),
           parse_f1(a.universal_ok, a.gold, a.system));
    double words = (double)sys.n_tokens * (double)run->times;
    printf("raw speed %.0f words/s of CPU time from text to trees (segment %.0f, tag %.0f, "
           "parse %.0f words/s; %ld pass%s, %.0f words)\n",
           rate(words, seg_cpu + tag_cpu + parse_cpu), rate(words, seg_cpu),
           rate(words, tag_cpu), rate(words, parse_cpu), run->times,
           run->times == 1 ? "" : "es", words);
    dyad_doc_free(&sys);
    return DYAD_OK;
}

int cmd_eval_parse(int argc, char **argv)
{
    const char *gold_path = NULL, *model = NULL, *tagger_model = NULL, *repeat = NULL,
               *help = NULL, *beam = NULL, *gold_tags = NULL, *raw = NULL,
               *also = NULL, *weights = NULL,
               *kbest = NULL, *temperature = NULL;
    const cli_option options[] = {
        { "beam", 1, &beam }, { "gold", 1, &gold_path }, { "model", 1, &model },
        { "tagger", 1, &tagger_model }, { "repeat", 1, &repeat }, { "gold-tags", 0, &gold_tags },
        { "raw", 0, &raw }, { "help", 0, &help }, { "also-parser", 1, &also },
        { "vote-weights", 1, &weights }, { "vote-kbest", 1, &kbest },
        { "vote-temperature", 1, &temperature },
    };
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h")) help = "1";
    char **positional;
    int n_positional;
    int rc = cli_parse("eval-parse", argc, argv, options, (int)(sizeof options / sizeof options[0]),
                       &positional, &n_positional);
    if (rc) return rc;
    if (help) {
        printf("%s%s%s", usage_text, cli_vote_options_help, usage_tail);
        return EXIT_ALL_OK;
    }
    if (n_positional) return cli_usage_error("eval-parse", "unexpected argument '%s'", positional[0]);
    if (!gold_path) return cli_usage_error("eval-parse", "--gold FILE is required");
    eval_run run = { .times = 1 };
    if (repeat) {
        char *end;
        run.times = strtol(repeat, &end, 10);
        if (*end || run.times < 1) return cli_usage_error("eval-parse", "--repeat wants a positive number");
    }

    char path[4096], err[512];
    cli_parsers parsers;
    dyad_tagger *tagger = NULL;
    cli_vote_options vote = { also, weights, kbest, temperature };
    rc = cli_parsers_open("eval-parse", model, &vote, beam, &parsers);
    if (rc) return rc;
    run.parsers = &parsers.vote;
    if (!gold_tags || raw) {
        cli_model_path(tagger_model, "tagger.bin", path, sizeof path);
        rc = dyad_tagger_open(&tagger, path, err, sizeof err);
        if (rc) {
            fprintf(stderr, "dyad eval-parse: %s\n", err[0] ? err : dyad_strerror(rc));
            fprintf(stderr, "Give a tagger model with --tagger, or parse with --gold-tags.\n");
            cli_parsers_close(&parsers);
            return EXIT_FATAL;
        }
    }
    run.tagger = gold_tags ? NULL : tagger;

    dyad_doc gold, sys;
    dyad_doc_init(&gold);
    dyad_doc_init(&sys);
    char *error = NULL;
    int status = EXIT_FATAL;
    /* The same file twice: gold keeps its columns, sys is tagged and parsed. */
    rc = conllu_read_file(gold_path, &gold, &error);
    if (rc == DYAD_OK) rc = conllu_read_file(gold_path, &sys, &error);
    if (rc) {
        fprintf(stderr, "dyad eval-parse: %s\n", error ? error : dyad_strerror(rc));
        goto done;
    }
    if (gold_words(&run, &gold, &sys)) goto done;
    if (raw && raw_text(&run, &gold, tagger)) goto done;
    status = EXIT_ALL_OK;
done:
    free(error);
    dyad_doc_free(&gold);
    dyad_doc_free(&sys);
    cli_parsers_close(&parsers);
    dyad_tagger_close(tagger);
    return status;
}
