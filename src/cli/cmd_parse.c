/*
** cmd_parse.c — `dyad parse --conllu FILE`: parses the words of a CoNLL-U
** file as given (with their tags) and writes full CoNLL-U.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "out/conllu_write.h"
#include "text/conllu_read.h"

static const char *const usage_text =
    "usage: dyad parse --conllu FILE [--model MODEL] [-o OUT]\n"
    "\n"
    "Parses each sentence of a CoNLL-U file (the words and tags as given)\n"
    "and writes CoNLL-U with heads and relations filled in.  '-' reads\n"
    "standard input.  Malformed sentences are reported and skipped (exit 3).\n"
    "\n"
    "options:\n"
    "  --conllu FILE   the input (also accepted as a plain argument)\n"
    "  --model MODEL   the parser model (default models/parser.bin)\n"
    "  -o, --output OUT  where to write (default standard output)\n"
    "  --beam N        beam width (default: the model's; 1 = greedy, fastest)\n"
    "  --also-parser MODEL[,MODEL...]\n"
    "                  more parsers (e.g. one trained --right-to-left) that\n"
    "                  vote with --model: every parser's arcs count, the\n"
    "                  projective tree with the most votes is kept, and each\n"
    "                  relation is voted on; ties go to --model\n"
    "  --vote-weights W,W...  the votes' weights, --model's first (default 1 each)\n"
    "  --vote-kbest K  each parser votes with the K best trees of its beam\n"
    "                  (default 1), sharing its weight among them in proportion\n"
    "                  to exp(score / --vote-temperature T) (default 1000)\n"
    "  --help          this text\n";

int cmd_parse(int argc, char **argv)
{
    const char *input = NULL, *model_path = NULL, *output = NULL, *help = NULL, *beam = NULL,
               *also = NULL, *weights = NULL,
               *kbest = NULL, *temperature = NULL;
    const cli_option options[] = {
        { "beam", 1, &beam },
        { "conllu", 1, &input }, { "model", 1, &model_path },
        { "output", 1, &output }, { "help", 0, &help }, { "also-parser", 1, &also },
        { "vote-weights", 1, &weights }, { "vote-kbest", 1, &kbest },
        { "vote-temperature", 1, &temperature },
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
        fputs(usage_text, stdout);
        return EXIT_ALL_OK;
    }
    if (!input && n_positional == 1) input = positional[0];
    else if (n_positional) return cli_usage_error("parse", "unexpected argument '%s'", positional[0]);
    if (!input) return cli_usage_error("parse", "give the words to parse with --conllu FILE");
    if (!model_path) model_path = "models/parser.bin";

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
    int status = EXIT_FATAL;
    if (!out) goto done;
    if (conllu_reader_open(&reader, in, input)) {
        fprintf(stderr, "dyad parse: out of memory\n");
        goto done;
    }
    dyad_doc doc;
    dyad_doc_init(&doc);
    size_t rejected = 0;
    status = EXIT_ALL_OK;
    for (;;) {
        rc = conllu_reader_next(reader, &doc, 0);
        if (rc == DYAD_DONE) break;
        if (rc == DYAD_EFORMAT) {
            fprintf(stderr, "%s\n", conllu_reader_error(reader));
            rejected++;
            if (doc.n_sents == 0) continue;
        } else if (rc) {
            fprintf(stderr, "dyad parse: %s: %s\n", input, dyad_strerror(rc));
            status = EXIT_FATAL;
            break;
        }
        rc = pv_parse_doc(&parsers.vote, &doc, NULL);
        if (!rc) rc = conllu_write_doc(out, &doc);
        if (rc) {
            fprintf(stderr, "dyad parse: %s\n", dyad_strerror(rc));
            status = EXIT_FATAL;
            break;
        }
    }
    if (status == EXIT_ALL_OK && rejected) {
        fprintf(stderr, "dyad parse: %zu malformed sentence%s skipped\n", rejected, rejected == 1 ? "" : "s");
        status = EXIT_SOME_REJECTED;
    }
    dyad_doc_free(&doc);
done:
    conllu_reader_close(reader);
    if (out && out != stdout && fclose(out)) status = EXIT_FATAL;
    if (out == stdout && fflush(stdout)) status = EXIT_FATAL;
    if (in != stdin) fclose(in);
    cli_parsers_close(&parsers);
    return status;
}
