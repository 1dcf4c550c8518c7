/*
** cli_models.c — where the subcommands find their models.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>
#include "cli/cli.h"

const char cli_coder_options_help[] =
    "  --state-agents      code an act only a state does (arrest, sentence,\n"
    "                      deport, ban ...) said in the passive with no agent\n"
    "                      as the act of the state where it happened\n"
    "  --monadic           also code an act that needs no one on the other\n"
    "                      side (agree, talks, reject, protest, show of force,\n"
    "                      ceasefire ...) with an empty target when none is\n"
    "                      named\n"
    "  --no-country        also code an event one side of which is named\n"
    "                      only by a sector (\"rebels\", \"police\") and given\n"
    "                      no country: that side is coded ---REB, ---COP ...\n";

const char cli_vote_options_help[] =
    "  --also-parser MODEL[,MODEL...]\n"
    "                  more parsers (e.g. one trained --right-to-left) that\n"
    "                  vote with --model: every parser's arcs count, the\n"
    "                  projective tree with the most votes is kept, and each\n"
    "                  relation is voted on; ties go to --model\n"
    "  --vote-weights W,W...  the votes' weights, --model's first (default 1 each)\n"
    "  --vote-kbest K  each parser votes with the K best trees of its beam\n"
    "                  (default 1), sharing its weight among them in proportion\n"
    "                  to exp(score / --vote-temperature T) (default 1000)\n";

const char *cli_model_path(const char *option, const char *name, char *buf, size_t n)
{
    const char *dir = getenv("DYAD_MODELS");
    if (option) snprintf(buf, n, "%s", option);
    else if (dir && dir[0]) snprintf(buf, n, "%s/%s", dir, name);
    else {
        snprintf(buf, n, "models/%s", name);
        if (access(buf, F_OK) != 0) {
            /* Run from elsewhere: try ../models beside build/dyad. */
            char exe[PATH_MAX];
            ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
            if (len > 0) {
                exe[len] = '\0';
                char *slash = strrchr(exe, '/');
                if (slash) {
                    *slash = '\0';
                    char alt[PATH_MAX + 64];
                    snprintf(alt, sizeof alt, "%s/../models/%s", exe, name);
                    size_t alt_n = strlen(alt);
                    if (access(alt, F_OK) == 0 && alt_n < n) memcpy(buf, alt, alt_n + 1);
                }
            }
        }
    }
    return buf;
}

int cli_coder_open(const char *command, const char *models, const char *lexicon_dir,
                   const char *beam, int flags, dyad_coder **out)
{
    char tagger[1024], parser[1024], lexicon[1024], verbs[1024], cameo[1024];
    const char *lex_dir = lexicon_dir ? lexicon_dir : "lexicon";
    if (models) {
        snprintf(tagger, sizeof tagger, "%s/tagger.bin", models);
        snprintf(parser, sizeof parser, "%s/parser.bin", models);
        snprintf(lexicon, sizeof lexicon, "%s/lexicon.bin", models);
    } else {
        cli_model_path(NULL, "tagger.bin", tagger, sizeof tagger);
        cli_model_path(NULL, "parser.bin", parser, sizeof parser);
        cli_model_path(NULL, "lexicon.bin", lexicon, sizeof lexicon);
    }
    snprintf(verbs, sizeof verbs, "%s/verbs", lex_dir);
    snprintf(cameo, sizeof cameo, "%s/cameo.tsv", lex_dir);
    dyad_coder_options options = { tagger, parser, lexicon, verbs, cameo, 0, 0,
                                   (flags & CLI_CODER_EVERY_SENTENCE) != 0, 0,
                                   (flags & CLI_CODER_STATE_AGENTS) != 0, (flags & CLI_CODER_MONADIC) != 0,
                                   (flags & CLI_CODER_NO_COUNTRY) != 0 };
    if (beam) {
        char *end;
        long width = strtol(beam, &end, 10);
        if (*end || width < 1 || width > 64) {
            fprintf(stderr, "dyad %s: --beam must be a number from 1 to 64, not '%s'\n", command, beam);
            return EXIT_USAGE;
        }
        options.parser_beam = (int)width;
    }
    char err[512];
    int rc = dyad_coder_open(out, &options, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dyad %s: %s\n(build the models with 'make', or point --models and --lexicon at them)\n",
                command, err);
        return EXIT_FATAL;
    }
    return EXIT_ALL_OK;
}

void cli_parsers_close(cli_parsers *p)
{
    for (int k = 0; k < PV_MAX_PARSERS; k++) dyad_parser_close(p->owned[k]);
    pv_ensemble_free(&p->vote);
    memset(p, 0, sizeof *p);
}

/* Opens one parser into p->owned[p->vote.n]; 0 or EXIT_FATAL. */
static int open_one(const char *command, const char *path, cli_parsers *p)
{
    char err[512];
    int k = p->vote.n;
    int rc = dyad_parser_open(&p->owned[k], path, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dyad %s: %s\n", command, err[0] ? err : dyad_strerror(rc));
        fprintf(stderr, "Give a model made by 'dyad train parser' with --model.\n");
        return EXIT_FATAL;
    }
    p->vote.parsers[k] = p->owned[k];
    p->vote.weights[k] = 1;
    p->vote.n = k + 1;
    return 0;
}

int cli_parsers_open(const char *command, const char *model, const cli_vote_options *vote,
                     const char *beam, cli_parsers *out)
{
    const char *also = vote->also, *weights = vote->weights;
    memset(out, 0, sizeof *out);
    char path[4096];
    cli_model_path(model, "parser.bin", path, sizeof path);
    int rc = open_one(command, path, out);
    for (const char *at = also; !rc && at && *at;) {
        size_t len = strcspn(at, ",");
        if (len == 0 || len >= sizeof path) {
            rc = cli_usage_error(command, "--also-parser wants model files separated by commas");
            break;
        }
        if (out->vote.n == PV_MAX_PARSERS) {
            rc = cli_usage_error(command, "at most %d parsers vote", PV_MAX_PARSERS);
            break;
        }
        memcpy(path, at, len);
        path[len] = '\0';
        rc = open_one(command, path, out);
        at += len + (at[len] == ',');
    }
    for (int k = 0; !rc && weights && k < out->vote.n; k++) {
        char *end;
        double w = strtod(weights, &end);
        if (end == weights || !(w > 0) || (*end != ',' && *end) || (k + 1 < out->vote.n) != (*end == ','))
            rc = cli_usage_error(command, "--vote-weights wants %d positive numbers separated by commas, "
                                 "--model's first", out->vote.n);
        out->vote.weights[k] = w;
        weights = end + (*end == ',');
    }
    if (!rc && vote->kbest) {
        char *end;
        long k = strtol(vote->kbest, &end, 10);
        if (*end || k < 1 || k > PV_MAX_KBEST)
            rc = cli_usage_error(command, "--vote-kbest wants a number from 1 to %d", PV_MAX_KBEST);
        out->vote.kbest = (int)k;
    }
    if (!rc) {
        char *end = NULL;
        out->vote.temperature = vote->temperature ? strtod(vote->temperature, &end) : 1000;
        if (vote->temperature && (*end || !(out->vote.temperature > 0)))
            rc = cli_usage_error(command, "--vote-temperature wants a positive number");
    }
    for (int k = 0; !rc && beam && k < out->vote.n; k++)
        if (dyad_parser_set_beam(out->owned[k], atoi(beam)) != DYAD_OK)
            rc = cli_usage_error(command, "--beam wants a width from 1 to 64");
    if (rc) cli_parsers_close(out);
    return rc;
}
