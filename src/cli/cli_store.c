/*
** cli_store.c — opening stores and reading filter options (cli_store.h).
*/
#include <string.h>
#include "cli/cli_store.h"

const char cli_filter_help[] =
    "  --from YYYY-MM-DD   events on or after this date\n"
    "  --to YYYY-MM-DD     events on or before this date\n"
    "  --actor X           events with X on either side: a country (USA) or an\n"
    "                      actor-code prefix (USAGOV, IGONAT)\n"
    "  --dyad SRC-TGT      events from SRC to TGT (directed), e.g. USA-CAN\n"
    "  --root NN           events of one CAMEO root code, 01-20 (13: threaten)\n"
    "  --with-duplicates   also count events of stories that duplicate another\n";

dyad_store *cli_open_store(const char *command, const char *path)
{
    if (!path) {
        cli_usage_error(command, "--store DB is required");
        return NULL;
    }
    store_options o = { 0 };
    o.read_only = 1;
    dyad_store *store = NULL;
    if (store_open(&store, path, &o) != DYAD_OK) {
        fprintf(stderr, "dyad %s: %s\n", command, store_error(store));
        store_close(store);
        return NULL;
    }
    return store;
}

void cli_filter_options(store_filter *f, const char **with_dups, cli_option *opts)
{
    memset(f, 0, sizeof *f);
    *with_dups = NULL;
    opts[0] = (cli_option){ "from", 1, &f->from };
    opts[1] = (cli_option){ "to", 1, &f->to };
    opts[2] = (cli_option){ "actor", 1, &f->actor };
    opts[3] = (cli_option){ "dyad", 1, &f->dyad };
    opts[4] = (cli_option){ "root", 1, &f->root };
    opts[5] = (cli_option){ "with-duplicates", 0, with_dups };
}

int cli_check_filter(const char *command, store_filter *f, const char *with_dups)
{
    char err[256];
    f->with_duplicates = with_dups != NULL;
    if (store_filter_check(f, err, sizeof err) != 0) return cli_usage_error(command, "%s", err);
    return 0;
}
