/*
** cmd_eval_parse.c — `dyad eval-parse --gold FILE`: parses the gold words
** (with their gold tags) and reports UAS, LAS and CLAS.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "nlp/parse_eval.h"
#include "text/conllu_read.h"

static const char *const usage_text =
    "usage: dyad eval-parse --gold FILE.conllu [--model MODEL] [--repeat N]\n"
    "\n"
    "Parses the words of a gold CoNLL-U file as given and scores the parse:\n"
    "UAS (right head), LAS (right head and relation, subtypes included),\n"
    "LAS over the universal relation only, and CLAS (LAS over content words,\n"
    "as in the CoNLL 2018 shared task).\n"
    "\n"
    "options:\n"
    "  --gold FILE     the gold treebank\n"
    "  --model MODEL   the parser model (default models/parser.bin)\n"
    "  --repeat N      parse the file N times and report the speed (benchmark)\n"
    "  --beam N        beam width (default: the model's; 1 = greedy, fastest)\n"
    "  --help          this text\n";

int cmd_eval_parse(int argc, char **argv)
{
    const char *gold = NULL, *model_path = NULL, *repeat = NULL, *help = NULL, *beam = NULL;
    const cli_option options[] = {
        { "beam", 1, &beam },
        { "gold", 1, &gold }, { "model", 1, &model_path }, { "repeat", 1, &repeat },
        { "help", 0, &help },
    };
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h")) help = "1";
    char **positional;
    int n_positional;
    int rc = cli_parse("eval-parse", argc, argv, options, (int)(sizeof options / sizeof options[0]),
                       &positional, &n_positional);
    if (rc) return rc;
    if (help) {
        fputs(usage_text, stdout);
        return EXIT_ALL_OK;
    }
    if (n_positional) return cli_usage_error("eval-parse", "unexpected argument '%s'", positional[0]);
    if (!gold) return cli_usage_error("eval-parse", "--gold FILE is required");
    long times = 1;
    if (repeat) {
        char *end;
        times = strtol(repeat, &end, 10);
        if (*end || times < 1) return cli_usage_error("eval-parse", "--repeat wants a positive number");
    }
    if (!model_path) model_path = "models/parser.bin";

    dyad_parser *parser;
    char err[256];
    rc = dyad_parser_open(&parser, model_path, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dyad eval-parse: %s\n", err[0] ? err : dyad_strerror(rc));
        fprintf(stderr, "Give a model made by 'dyad train parser' with --model.\n");
        return EXIT_FATAL;
    }
    if (beam && dyad_parser_set_beam(parser, atoi(beam)) != DYAD_OK) {
        dyad_parser_close(parser);
        return cli_usage_error("eval-parse", "--beam wants a width from 1 to 64");
    }
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *error = NULL;
    int status = EXIT_FATAL;
    dyad_token *copy = NULL;
    rc = conllu_read_file(gold, &doc, &error);
    if (rc) {
        fprintf(stderr, "dyad eval-parse: %s\n", error ? error : dyad_strerror(rc));
        goto done;
    }
    /* Parse a copy of the words, keeping the gold ones to compare with. */
    copy = malloc((doc.n_tokens ? doc.n_tokens : 1) * sizeof *copy);
    if (!copy) {
        fprintf(stderr, "dyad eval-parse: out of memory\n");
        goto done;
    }
    dyad_doc view = doc;
    view.tokens = copy;
    double started = cli_now();
    for (long k = 0; k < times && rc == DYAD_OK; k++) {
        memcpy(copy, doc.tokens, doc.n_tokens * sizeof *copy);
        rc = dyad_parser_parse(parser, &view);
    }
    double seconds = cli_now() - started;
    if (rc) {
        fprintf(stderr, "dyad eval-parse: %s\n", dyad_strerror(rc));
        goto done;
    }
    parse_score score = { 0 };
    for (size_t s = 0; s < doc.n_sents; s++) {
        const dyad_sentence *se = &doc.sents[s];
        parse_eval_sentence(&score, doc.tokens + se->first, copy + se->first, se->count);
    }
    printf("UAS %.2f  LAS %.2f  CLAS %.2f  (LAS universal part %.2f)\n",
           parse_uas(&score), parse_las(&score), parse_clas(&score),
           parse_las_universal(&score));
    double words = (double)doc.n_tokens * (double)times;
    printf("%zu sentences, %zu words; parsed %.0f words in %.2f s: %.0f words/s\n",
           doc.n_sents, doc.n_tokens, words, seconds, seconds > 0 ? words / seconds : 0);
    status = EXIT_ALL_OK;
done:
    free(copy);
    free(error);
    dyad_doc_free(&doc);
    dyad_parser_close(parser);
    return status;
}
