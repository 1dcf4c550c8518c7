/*
** cmd_eval_tokens.c — `dyad eval-tokens`: tokenization and sentence
** splitting scored against a treebank from its own raw text.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "text/conllu_read.h"
#include "text/segeval.h"

static const char *HELP =
    "usage: dyad eval-tokens --gold FILE.conllu [--errors N]\n"
    "\n"
    "Rebuilds the raw text of a CoNLL-U treebank (sentences joined by a space,\n"
    "paragraphs by a blank line), segments it with dyad's tokenizer and\n"
    "sentence splitter, and scores the result the way the CoNLL 2018 shared\n"
    "task evaluator does: tokens, words and sentences match when their\n"
    "character spans agree.  Prints precision, recall and F1 for each.\n"
    "\n"
    "options:\n"
    "  --gold FILE      the treebank (required)\n"
    "  --show N         also print the first N token mismatches, for study\n"
    "  --json           print the scores as one JSON object\n"
    "  -h, --help       show this help\n";

static void show_mismatches(const dyad_doc *gold, const dyad_doc *sys, long limit)
{
    size_t gi = 0, si = 0;
    long shown = 0;
    while (gi < gold->n_tokens && si < sys->n_tokens && shown < limit) {
        const dyad_token *g = &gold->tokens[gi], *s = &sys->tokens[si];
        size_t gn = g->mwt > 1 ? g->mwt : 1, sn = s->mwt > 1 ? s->mwt : 1;
        uint32_t ge = gold->tokens[gi + gn - 1].end, se = sys->tokens[si + sn - 1].end;
        if (g->start == s->start && ge == se) { gi += gn; si += sn; continue; }
        uint32_t from = g->start < s->start ? g->start : s->start;
        uint32_t to = ge > se ? ge : se;
        uint32_t ctx_from = from > 30 ? from - 30 : 0;
        printf("gold [%.*s] system [%.*s]   ...%.*s...\n", (int)(ge - g->start), gold->text + g->start,
               (int)(se - s->start), sys->text + s->start, (int)(to + 30 - ctx_from > 90 ? 90 : to + 30 - ctx_from),
               gold->text + ctx_from);
        shown++;
        /* advance both past the disagreement */
        while (gi < gold->n_tokens && gold->tokens[gi].start < to) gi++;
        while (si < sys->n_tokens && sys->tokens[si].start < to) si++;
    }
}

/* Prints gold sentences the system did not find, with the system's cut. */
static void show_sentence_misses(const dyad_doc *gold, const dyad_doc *sys, long limit)
{
    size_t si = 0;
    long shown = 0;
    for (size_t gi = 0; gi < gold->n_sents && shown < limit; gi++) {
        const dyad_sentence *g = &gold->sents[gi];
        while (si < sys->n_sents && sys->sents[si].end <= g->start) si++;
        if (si < sys->n_sents && sys->sents[si].start == g->start && sys->sents[si].end == g->end) continue;
        printf("gold sentence: %.*s\n", (int)(g->end - g->start), gold->text + g->start);
        if (si < sys->n_sents)
            printf("  system:      %.*s\n", (int)(sys->sents[si].end - sys->sents[si].start),
                   sys->text + sys->sents[si].start);
        shown++;
    }
}

int cmd_eval_tokens(int argc, char **argv)
{
    const char *gold_path = NULL, *show = NULL, *json = NULL, *help = NULL;
    const cli_option options[] = {
        { "gold", 1, &gold_path }, { "show", 1, &show }, { "json", 0, &json }, { "help", 0, &help },
    };
    for (int i = 1; i < argc; i++) if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    char **rest;
    int n_rest;
    if (cli_parse("eval-tokens", argc, argv, options, sizeof options / sizeof options[0], &rest, &n_rest))
        return EXIT_USAGE;
    if (help) { fputs(HELP, stdout); return EXIT_ALL_OK; }
    if (!gold_path) return cli_usage_error("eval-tokens", "--gold FILE.conllu is required");
    if (n_rest) return cli_usage_error("eval-tokens", "unexpected argument '%s'", rest[0]);

    dyad_doc gold, sys;
    dyad_doc_init(&gold);
    dyad_doc_init(&sys);
    char *err = NULL;
    int rc = conllu_read_file(gold_path, &gold, &err);
    if (rc) {
        fprintf(stderr, "dyad eval-tokens: %s\n", err ? err : dyad_strerror(rc));
        free(err);
        dyad_doc_free(&gold);
        return EXIT_FATAL;
    }
    seg_eval eval = { 0 };
    double t0 = cli_now();
    rc = dyad_doc_set_text(&sys, gold.text, gold.text_len);
    if (rc == DYAD_OK) rc = dyad_segment(&sys, NULL);
    double secs = cli_now() - t0;
    if (rc) {
        fprintf(stderr, "dyad eval-tokens: cannot segment %s: %s\n", gold_path, dyad_strerror(rc));
        dyad_doc_free(&gold);
        dyad_doc_free(&sys);
        return EXIT_FATAL;
    }
    seg_eval_add(&eval, &gold, &sys);
    const seg_score *levels[] = { &eval.tokens, &eval.words, &eval.sentences };
    const char *names[] = { "tokens", "words", "sentences" };
    if (json) {
        printf("{");
        for (int l = 0; l < 3; l++)
            printf("%s\"%s\":{\"gold\":%zu,\"system\":%zu,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}",
                   l ? "," : "", names[l], levels[l]->gold, levels[l]->system, seg_precision(levels[l]),
                   seg_recall(levels[l]), seg_f1(levels[l]));
        printf("}\n");
    } else {
        printf("%-10s %8s %8s %9s %9s %9s\n", "level", "gold", "system", "precision", "recall", "F1");
        for (int l = 0; l < 3; l++)
            printf("%-10s %8zu %8zu %9.2f %9.2f %9.2f\n", names[l], levels[l]->gold, levels[l]->system,
                   100 * seg_precision(levels[l]), 100 * seg_recall(levels[l]), 100 * seg_f1(levels[l]));
        printf("(%zu bytes segmented in %.3f s)\n", gold.text_len, secs);
    }
    if (show) {
        show_mismatches(&gold, &sys, strtol(show, NULL, 10));
        show_sentence_misses(&gold, &sys, strtol(show, NULL, 10));
    }
    dyad_doc_free(&gold);
    dyad_doc_free(&sys);
    return EXIT_ALL_OK;
}
