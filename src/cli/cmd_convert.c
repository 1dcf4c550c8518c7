/*
** cmd_convert.c — `dyad convert tagger IN -o OUT`: rewrites a model file
** in the layout this dyad loads fastest, its weights untouched.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "nlp/tagger.h"

static const char HELP[] =
    "usage: dyad convert tagger MODEL -o OUT\n"
    "\n"
    "Rewrites a tagger model with the row ids of its vocabulary's features\n"
    "(sections \"ownrows\" and \"nearrows\"), which the loader otherwise finds\n"
    "by hashing every word's features each time it loads the model.  The\n"
    "weights, tables and provenance are copied as they are, so the tags and\n"
    "lemmas do not change.  `dyad train tagger` writes these sections\n"
    "itself; this is for models trained before it did.  OUT may be MODEL.\n"
    "\n"
    "  -o, --output OUT  where to write the converted model\n";

int cmd_convert(int argc, char **argv)
{
    const char *output = NULL, *help = NULL;
    const cli_option opts[] = { { "output", 1, &output }, { "help", 0, &help } };
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h")) argv[i] = "--help";
        else if (!strcmp(argv[i], "-o")) argv[i] = "--output";
    }
    char **pos;
    int n_pos;
    int rc = cli_parse("convert", argc, argv, opts, sizeof opts / sizeof *opts, &pos, &n_pos);
    if (rc) return rc;
    if (help) {
        fputs(HELP, stdout);
        return EXIT_ALL_OK;
    }
    if (n_pos < 1) return cli_usage_error("convert", "which kind of model? (dyad convert tagger MODEL -o OUT)");
    if (strcmp(pos[0], "tagger"))
        return cli_usage_error("convert", "cannot convert '%s' models; only 'tagger'", pos[0]);
    if (n_pos != 2) return cli_usage_error("convert", "give one MODEL to convert");
    if (!output) return cli_usage_error("convert", "-o OUT is required");
    char err[512];
    rc = tagger_add_word_rows(pos[1], output, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dyad convert: %s\n", rc == DYAD_ENOMEM ? "out of memory" : err);
        return EXIT_FATAL;
    }
    printf("dyad convert: wrote %s\n", output);
    return EXIT_ALL_OK;
}
