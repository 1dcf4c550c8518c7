/*
** cmd_eval_tags.c — `dyad eval-tags --gold FILE`: scores the tagger on a
** gold CoNLL-U file's own words (UPOS, XPOS, UFeats, AllTags, Lemmas, as
** the CoNLL 2018 evaluator names them) and measures its speed.
*/
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
#include "nlp/tag_eval.h"
#include "text/conllu_read.h"
#include "cli/tag_errors.h"

static const char HELP[] =
    "usage: dyad eval-tags --gold FILE.conllu [--raw] [--show N] [--model MODEL]\n"
    "                      [--repeat N]\n"
    "\n"
    "Tags the gold file's words (its tokenization is taken as given) and\n"
    "prints the share of words whose UPOS, XPOS, features (UFeats), all three\n"
    "(AllTags) and lemma match the gold columns, then the speed of tagging\n"
    "plus lemmatizing on one thread.\n"
    "\n"
    "  --gold FILE     gold CoNLL-U\n"
    "  --raw           also score from raw text: rebuild the file's text, cut it\n"
    "                  into sentences and words (dyad_segment), tag them and\n"
    "                  score the words aligned with gold ones by character\n"
    "                  span, as the CoNLL 2018 evaluator does (F1 over gold\n"
    "                  and system words)\n"
    "  --show N        list the N most frequent errors of each column (gold\n"
    "                  words): \"gold -> predicted\" with counts, and for\n"
    "                  lemmas the XPOS and word\n"
    "  --model MODEL   tagger model (default $DYAD_MODELS/tagger.bin or\n"
    "                  models/tagger.bin)\n"
    "  --repeat N      tag the file N times in one process, for a steadier\n"
    "                  speed figure (default 1)\n";

/*
** --raw: segments the gold file's text afresh, tags it, and prints the
** scores of the words aligned with gold ones.  The gold columns go back
** into doc (borrowed from g) for the alignment.
*/
static int raw_scores(const dyad_tagger *tagger, dyad_doc *doc, const tag_gold *g)
{
    for (size_t i = 0; i < doc->n_tokens; i++) {
        dyad_token *t = &doc->tokens[i];
        t->upos = g->upos[i];
        t->xpos = g->xpos[i];
        t->feats = g->feats[i];
        t->lemma = g->lemma[i];
    }
    dyad_doc sys;
    dyad_doc_init(&sys);
    int rc = dyad_doc_set_text(&sys, doc->text, doc->text_len);
    if (rc == DYAD_OK) rc = dyad_segment(&sys, NULL);
    if (rc == DYAD_OK) rc = dyad_tagger_tag(tagger, &sys);
    if (rc) {
        fprintf(stderr, "dyad eval-tags: --raw: %s\n", dyad_strerror(rc));
        dyad_doc_free(&sys);
        return rc;
    }
    tag_aligned a = { 0 };
    tag_aligned_add(&a, doc, &sys);
    printf("raw text  %zu gold words, %zu system words, %zu aligned (words F1 %.2f%%); "
           "F1 over all words:\n", a.gold, a.system, a.right.words, tag_f1(a.right.words, &a));
    printf("raw UPOS    %6.2f%%\n", tag_f1(a.right.upos, &a));
    printf("raw XPOS    %6.2f%%\n", tag_f1(a.right.xpos, &a));
    printf("raw UFeats  %6.2f%%\n", tag_f1(a.right.feats, &a));
    printf("raw AllTags %6.2f%%\n", tag_f1(a.right.all, &a));
    printf("raw Lemmas  %6.2f%%\n", tag_f1(a.right.lemma, &a));
    dyad_doc_free(&sys);
    return DYAD_OK;
}

int cmd_eval_tags(int argc, char **argv)
{
    const char *gold = NULL, *model = NULL, *repeat = NULL, *help = NULL, *raw = NULL, *show = NULL;
    const cli_option opts[] = {
        { "gold", 1, &gold }, { "model", 1, &model }, { "repeat", 1, &repeat }, { "help", 0, &help },
        { "raw", 0, &raw }, { "show", 1, &show },
    };
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    char **pos;
    int n_pos;
    int rc = cli_parse("eval-tags", argc, argv, opts, sizeof opts / sizeof *opts, &pos, &n_pos);
    if (rc) return rc;
    if (help) {
        fputs(HELP, stdout);
        return EXIT_ALL_OK;
    }
    if (n_pos) return cli_usage_error("eval-tags", "unexpected argument '%s'", pos[0]);
    if (!gold) return cli_usage_error("eval-tags", "--gold FILE is required");
    long passes = 1;
    if (repeat) {
        char *end;
        passes = strtol(repeat, &end, 10);
        if (!*repeat || *end || passes < 1 || passes > 1000000)
            return cli_usage_error("eval-tags", "--repeat needs a whole number from 1 to 1000000");
    }
    long n_errors = 0;
    if (show) {
        char *end;
        n_errors = strtol(show, &end, 10);
        if (!*show || *end || n_errors < 1 || n_errors > 100000)
            return cli_usage_error("eval-tags", "--show needs a whole number from 1 to 100000");
    }

    char path[4096], err[512];
    cli_model_path(model, "tagger.bin", path, sizeof path);
    dyad_tagger *tagger;
    double t0 = cli_now();
    rc = dyad_tagger_open(&tagger, path, err, sizeof err);
    double load_ms = (cli_now() - t0) * 1000;
    if (rc) {
        fprintf(stderr, "dyad eval-tags: %s\n", rc == DYAD_ENOMEM ? "out of memory" : err);
        return EXIT_FATAL;
    }

    dyad_doc doc;
    dyad_doc_init(&doc);
    char *error = NULL;
    rc = conllu_read_file(gold, &doc, &error);
    if (rc) {
        fprintf(stderr, "dyad eval-tags: %s\n", error ? error : dyad_strerror(rc));
        free(error);
        dyad_doc_free(&doc);
        dyad_tagger_close(tagger);
        return EXIT_FATAL;
    }
    tag_gold g;
    rc = tag_gold_save(&g, &doc);
    /* Wall time, and this thread's CPU time, which a busy machine does
    ** not inflate as much. */
    double secs = 0;
    struct timespec c0, c1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
    for (long p = 0; rc == DYAD_OK && p < passes; p++) {
        t0 = cli_now();
        rc = dyad_tagger_tag(tagger, &doc);
        secs += cli_now() - t0;
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
    double cpu = (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
    if (rc) {
        fprintf(stderr, "dyad eval-tags: %s\n", dyad_strerror(rc));
        tag_gold_free(&g);
        dyad_doc_free(&doc);
        dyad_tagger_close(tagger);
        return EXIT_FATAL;
    }
    tag_scores s = { 0 };
    tag_gold_score(&g, &doc, &s);
    double words = (double)doc.n_tokens * (double)passes;
    printf("gold      %s: %zu words in %zu sentences\n", gold, doc.n_tokens, doc.n_sents);
    printf("UPOS      %6.2f%%\n", tag_pct(s.upos, s.words));
    printf("XPOS      %6.2f%%\n", tag_pct(s.xpos, s.words));
    printf("UFeats    %6.2f%%\n", tag_pct(s.feats, s.words));
    printf("AllTags   %6.2f%%\n", tag_pct(s.all, s.words));
    printf("Lemmas    %6.2f%%\n", tag_pct(s.lemma, s.words));
    printf("speed     %.0f words/s of CPU time, %.0f words/s of wall time "
           "(tag + lemmatize, 1 thread, %ld pass%s, %.0f words, %.3f s CPU)\n",
           cpu > 0 ? words / cpu : 0.0, secs > 0 ? words / secs : 0.0, passes,
           passes == 1 ? "" : "es", words, cpu);
    printf("model     %s: loaded in %.1f ms\n", path, load_ms);
    int status = EXIT_ALL_OK;
    if (n_errors && tag_errors_print(stdout, &g, &doc, n_errors)) status = EXIT_FATAL;
    if (raw && status == EXIT_ALL_OK && raw_scores(tagger, &doc, &g) != DYAD_OK) status = EXIT_FATAL;
    tag_gold_free(&g);
    dyad_doc_free(&doc);
    dyad_tagger_close(tagger);
    return status;
}
