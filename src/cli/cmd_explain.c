/*
** cmd_explain.c — `dyad explain "SENTENCE"`: how dyad codes a text.
*/
#include <string.h>
#include "cli/cli.h"

static const char *HELP =
    "usage: dyad explain [OPTIONS] \"TEXT\"\n"
    "\n"
    "Codes TEXT (one or more sentences; '-' reads standard input) and shows\n"
    "how: each word with its lemma, tags and place in the parse tree, the\n"
    "actors and places the lexicon found, every pattern tried on each word\n"
    "and why it matched or not, the events coded, and for each match that\n"
    "coded nothing, why (\"not coded: ...\").\n"
    "\n"
    "options:\n"
    "  --date YYYY-MM-DD   the story's date (for 'yesterday', 'on Tuesday')\n"
    "  --models DIR        tagger.bin, parser.bin, lexicon.bin (default models/)\n"
    "  --beam N            the parser's beam width (1 greedy, fastest; default:\n"
    "                      the model's, 8)\n"
    "  --lexicon DIR       verbs/ and cameo.tsv (default lexicon/)\n";

/* --help prints cli_coder_options_help (cli.h), the lines the commands share, between
** the text above and this. */
static const char *const HELP_TAIL =
    "  -h, --help          show this help\n";

int cmd_explain(int argc, char **argv)
{
    const char *date = NULL, *models = NULL, *lexicon = NULL, *beam = NULL, *help = NULL, *state = NULL;
    const char *monadic = NULL, *no_country = NULL;
    const cli_option options[] = {
        { "state-agents", 0, &state }, { "monadic", 0, &monadic }, { "no-country", 0, &no_country }, { "date", 1, &date }, { "models", 1, &models }, { "lexicon", 1, &lexicon }, { "beam", 1, &beam }, { "help", 0, &help },
    };
    for (int i = 1; i < argc; i++) if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    char **rest;
    int n_rest;
    if (cli_parse("explain", argc, argv, options, sizeof options / sizeof options[0], &rest, &n_rest))
        return EXIT_USAGE;
    if (help) { printf("%s%s%s", HELP, cli_coder_options_help, HELP_TAIL); return EXIT_ALL_OK; }
    if (n_rest != 1) return cli_usage_error("explain", "give the text to explain as one argument");
    char buf[65536];
    const char *text = rest[0];
    size_t len = strlen(text);
    if (!strcmp(text, "-")) {
        len = fread(buf, 1, sizeof buf - 1, stdin);
        buf[len] = '\0';
        text = buf;
    }
    dyad_coder *coder;
    int opened = cli_coder_open("explain", models, lexicon, beam, (state ? CLI_CODER_STATE_AGENTS : 0) | (monadic ? CLI_CODER_MONADIC : 0) |
                                (no_country ? CLI_CODER_NO_COUNTRY : 0), &coder);
    if (opened) return opened;
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_events events;
    dyad_events_init(&events);
    int status = EXIT_ALL_OK;
    if (dyad_doc_set_text(&doc, text, len) || dyad_segment(&doc, NULL)) {
        fprintf(stderr, "dyad explain: the text is not valid UTF-8\n");
        status = EXIT_USAGE;
    } else {
        doc.id = "explain";
        if (date) doc.date = date;
        if (dyad_explain_doc(coder, &doc, &events, stdout)) status = EXIT_FATAL;
    }
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    dyad_coder_close(coder);
    return status;
}
