/*
** input.h — the loop every story-reading command shares: open each FILE
** (or stdin), read stories, report rejected records as FILE:LINE: reason,
** copy them to --errors, show progress, and work out the exit status.
*/
#ifndef DYAD_CLI_INPUT_H
#define DYAD_CLI_INPUT_H

#include "cli/cli.h"

typedef struct input_options {
    const char *format;          /* --format: auto, text, jsonl, conllu, petrxml */
    const char *format_flag;     /* the option's name in messages (NULL: "--format") */
    const char *date;            /* --date YYYY-MM-DD */
    const char *errors_path;     /* --errors FILE */
    const char *max_story;       /* --max-story-bytes N */
} input_options;

/* Called once per story; returns 0, or nonzero to stop with a fatal error. */
typedef int (*story_fn)(dyad_doc *doc, void *ctx);

/*
** Runs fn over every story of the files (stdin when n_files is 0 or a file
** is "-").  Returns the exit status: EXIT_ALL_OK, EXIT_SOME_REJECTED,
** EXIT_USAGE (bad options) or EXIT_FATAL.  *items (may be NULL) is a
** counter fn may bump, shown in the progress line as items_name.
*/
int input_run(const char *command, const input_options *options,
              char **files, int n_files, story_fn fn, void *ctx,
              const size_t *items, const char *items_name);

/* Called with n stories read in a row (n <= the batch asked for; fewer
** only at the end); returns 0, or nonzero to stop with a fatal error. */
typedef int (*batch_fn)(dyad_doc *docs, size_t n, void *ctx);

/*
** input_run, handing fn up to `batch` stories at a time, in the order
** read, so that a command can work on them at once (dyad code's
** --threads).  The docs are reused for the next batch once fn returns.
*/
int input_run_batched(const char *command, const input_options *options,
                      char **files, int n_files, size_t batch, batch_fn fn, void *ctx,
                      const size_t *items, const char *items_name);

#endif
