/*
** cli.h — what the dyad subcommands share: option parsing, progress lines,
** exit statuses.  Only the command line prints and exits; the library
** returns statuses.
*/
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>
#include "dyad.h"
#include "nlp/parser_vote.h"

/* Exit statuses (../DESIGN.md): all coded, fatal, usage, some rejected. */
enum { EXIT_ALL_OK = 0, EXIT_FATAL = 1, EXIT_USAGE = 2, EXIT_SOME_REJECTED = 3 };

#define X(name, fn, summary) int fn(int argc, char **argv);
#include "cli/commands.def"
#undef X
/* `dyad train parser` (a kind of `dyad train`) */
int cmd_train_parser(int argc, char **argv);
/* `dyad eval --petrarch-validation FILE` (cmd_eval_petrarch.c) */
int cmd_eval_petrarch(int argc, char **argv);

/*
** A small long-option parser: options are "--name value", "--name=value"
** or flags "--name"; "-" alone and words not starting with "--" are
** positional.  cli_parse returns 0, or prints a usage error naming the
** command and returns EXIT_USAGE.
*/
typedef struct cli_option {
    const char *name;       /* without the leading "--" */
    int takes_value;
    const char **value;     /* where the value goes (or "1" for flags) */
} cli_option;

int cli_parse(const char *command, int argc, char **argv,
              const cli_option *options, int n_options,
              char ***positional, int *n_positional);

/* True when the option is set to a value other than NULL. */
#define CLI_SET(v) ((v) != NULL)

/* Prints "dyad CMD: message" and the hint to run --help; returns EXIT_USAGE. */
int cli_usage_error(const char *command, const char *fmt, ...);

/* Parses a dyad_format name ("text", "jsonl", "conllu", "petrxml" or
** "xml", "auto"); -1 if bad. */
int cli_format(const char *name);

/* A command's --threads VALUE (NULL when not given: 1 thread); 0 means
** one per processor.  Sets *out and returns 0, or reports the usage error
** (saying what --threads takes) and returns EXIT_USAGE. */
int cli_threads_option(const char *command, const char *value, unsigned *out);

/* Opens an output file ("-" or NULL for stdout); prints why and returns
** NULL on failure. */
FILE *cli_open_output(const char *command, const char *path);

/*
** Progress on a terminal: "stories/s, MB/s, ETA", redrawn at most a few
** times a second, silent when stderr is not a terminal.
*/
typedef struct cli_progress {
    int enabled;
    double started, last_draw;
    size_t total_bytes;      /* 0 when unknown (stdin) */
} cli_progress;

void cli_progress_start(cli_progress *p, size_t total_bytes);
void cli_progress_update(cli_progress *p, size_t bytes, size_t stories,
                         size_t items, const char *items_name);
void cli_progress_end(cli_progress *p);
double cli_now(void);

/*
** The model file `name` ("tagger.bin") to load: the --model option if
** given, else $DYAD_MODELS/name, else models/name in the working folder,
** else models/name beside the checkout the dyad binary was built in
** (build/dyad -> models/).  Writes the path to buf and returns it.
*/
const char *cli_model_path(const char *option, const char *name, char *buf, size_t n);

/* Opens the event coder from --models DIR (default: as cli_model_path
** finds each model), --lexicon DIR (default lexicon/) and --beam N (the
** parser's beam; NULL: the model's) and the CLI_CODER_* flags given
** (--every-sentence, --state-agents, --monadic, --no-country); prints why and returns EXIT_FATAL
** when something is missing, EXIT_USAGE for a bad beam. */
/* The --help lines of the CLI_CODER_* options a coding command takes
** (--state-agents, --monadic, --no-country), so that every command says
** the same of them. */
extern const char cli_coder_options_help[];
enum { CLI_CODER_EVERY_SENTENCE = 1, CLI_CODER_STATE_AGENTS = 2, CLI_CODER_MONADIC = 4, CLI_CODER_NO_COUNTRY = 8 };
int cli_coder_open(const char *command, const char *models, const char *lexicon_dir,
                   const char *beam, int flags, dyad_coder **out);

/*
** The parsers of a command: MODEL (--model, found as cli_model_path
** does) and those of --also-parser (a comma-separated list of model
** files), which vote with --vote-weights (one weight per model, MODEL's
** first; default all 1) when there are several (parser_vote.h), each
** with its --vote-kbest best trees shared by --vote-temperature; each
** parses with --beam N when given (NULL: the model's).  Prints why and
** returns EXIT_FATAL when a model will not open, EXIT_USAGE for bad
** options; close with cli_parsers_close.  cli_vote_options_help is
** the --help lines of the voting options.
*/
typedef struct cli_parsers {
    dyad_parser *owned[PV_MAX_PARSERS];
    pv_ensemble vote;
} cli_parsers;
typedef struct cli_vote_options {
    const char *also, *weights, *kbest, *temperature;   /* NULL: not given */
} cli_vote_options;
extern const char cli_vote_options_help[];
int cli_parsers_open(const char *command, const char *model, const cli_vote_options *vote,
                     const char *beam, cli_parsers *out);
void cli_parsers_close(cli_parsers *p);

/* Does s end with suffix (a file named "*.conllu")? */
int cli_ends_with(const char *s, const char *suffix);

#endif
