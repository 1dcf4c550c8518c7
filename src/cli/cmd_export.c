/*
** cmd_export.c — `dyad export`: a store's events as JSON Lines, CSV or
** GDELT 2.0 event-table rows.
*/
#include <string.h>
#include "cli/cli_store.h"
#include "out/csv.h"
#include "out/event_jsonl.h"
#include "out/gdelt.h"
#include "store/store_read.h"

static void help(void)
{
    printf("usage: dyad export --store DB [--format jsonl|csv|gdelt] [FILTERS] [-o FILE]\n"
           "\n"
           "Writes the store's events, oldest first.  jsonl and csv write every\n"
           "stored mention as the event record (../DESIGN.md); gdelt writes the\n"
           "one-a-day events (same date, source, target and CAMEO code) as the 61\n"
           "tab-separated columns of the GDELT 2.0 event table, with NumMentions,\n"
           "NumSources and NumArticles counted from the mentions.\n"
           "\n"
           "options:\n"
           "  --store DB          the store (required)\n"
           "  --format F          jsonl (default), csv, gdelt\n"
           "  --daily             jsonl / csv: one-a-day events only, not every mention\n"
           "  --header            gdelt: a first line of column names (GDELT's own\n"
           "                      files have none)\n"
           "  -o, --output FILE   write there instead of standard output\n"
           "%s", cli_filter_help);
}

int cmd_export(int argc, char **argv)
{
    const char *path = NULL, *format = NULL, *output = NULL, *header = NULL, *daily = NULL,
               *help_flag = NULL, *with_dups;
    store_filter f;
    cli_option opts[8 + CLI_FILTER_OPTIONS];
    cli_filter_options(&f, &with_dups, opts);
    int n = CLI_FILTER_OPTIONS;
    opts[n++] = (cli_option){ "store", 1, &path };
    opts[n++] = (cli_option){ "format", 1, &format };
    opts[n++] = (cli_option){ "output", 1, &output };
    opts[n++] = (cli_option){ "header", 0, &header };
    opts[n++] = (cli_option){ "daily", 0, &daily };
    opts[n++] = (cli_option){ "help", 0, &help_flag };
    for (int i = 1; i < argc; i++)     /* -o is the one short option */
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
    char **pos; int n_pos;
    int rc = cli_parse("export", argc, argv, opts, n, &pos, &n_pos);
    if (rc) return rc;
    if (help_flag) { help(); return EXIT_ALL_OK; }
    if (n_pos) return cli_usage_error("export", "unexpected argument '%s'", pos[0]);
    enum { JSONL, CSV, GDELT } fmt = JSONL;
    if (!format || !strcmp(format, "jsonl")) fmt = JSONL;
    else if (!strcmp(format, "csv")) fmt = CSV;
    else if (!strcmp(format, "gdelt")) fmt = GDELT;
    else return cli_usage_error("export", "--format must be jsonl, csv or gdelt, not '%s'", format);
    if ((rc = cli_check_filter("export", &f, with_dups))) return rc;
    if (!path) return cli_usage_error("export", "--store DB is required");
    dyad_store *store = cli_open_store("export", path);
    if (!store) return EXIT_FATAL;
    FILE *out = cli_open_output("export", output);
    if (!out) { store_close(store); return EXIT_FATAL; }

    store_cursor *cur;
    int status = EXIT_ALL_OK;
    if (store_cursor_open(store, &f, fmt == GDELT || daily, &cur) != DYAD_OK) {
        fprintf(stderr, "dyad export: %s\n", store_error(store));
        status = EXIT_FATAL;
    } else {
        if (fmt == CSV) csv_event_header(out);
        if (fmt == GDELT && header) gdelt_write_header(out);
        dyad_event ev;
        store_event_info info;
        while ((rc = store_cursor_next(cur, &ev, &info)) == DYAD_OK) {
            if (fmt == JSONL) event_jsonl_write(out, &ev);
            else if (fmt == CSV) csv_event_row(out, &ev);
            else {
                gdelt_row row = { info.id, &ev, info.mentions, info.sources, info.articles,
                                  info.is_root, info.added, ev.story_url };
                gdelt_write_row(out, &row);
            }
        }
        if (rc != DYAD_DONE) {
            fprintf(stderr, "dyad export: %s\n", store_error(store));
            status = EXIT_FATAL;
        }
        store_cursor_close(cur);
    }
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(stderr, "dyad export: write error; check the disk has space\n");
        status = EXIT_FATAL;
    }
    if (out != stdout) fclose(out);
    store_close(store);
    return status;
}
