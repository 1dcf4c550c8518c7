/*
** cli_store.h — what the store's reading commands share: opening a store
** read-only with a message that says what to do, and the filter options.
*/
#ifndef DYAD_CLI_STORE_H
#define DYAD_CLI_STORE_H

#include "cli/cli.h"
#include "store/filter.h"
#include "store/store.h"

/* Opens the store at path read-only; prints why not and returns NULL. */
dyad_store *cli_open_store(const char *command, const char *path);

/* The filter options as cli_option entries pointing into f: --from --to
** --actor --dyad --root --with-duplicates.  Fills 6 entries of opts. */
#define CLI_FILTER_OPTIONS 6
void cli_filter_options(store_filter *f, const char **with_dups, cli_option *opts);

/* The filter options' help text. */
extern const char cli_filter_help[];

/* Checks the filter; prints a usage error and returns EXIT_USAGE if bad. */
int cli_check_filter(const char *command, store_filter *f, const char *with_dups);

/* --by: SERIES_DAY, SERIES_WEEK, SERIES_MONTH (series.h), -1 if bad; NULL is day. */
int cli_series_by(const char *name);

#endif
