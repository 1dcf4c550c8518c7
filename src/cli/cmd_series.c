/*
** cmd_series.c — `dyad series`: a dyad's events over time, as CSV.
*/
#include <string.h>
#include "cli/cli_store.h"
#include "out/csv.h"
#include "store/series.h"

static void help(void)
{
    printf("usage: dyad series --store DB [--dyad SRC-TGT] [--by day|week|month]\n"
           "                   [--measure count|goldstein|quad] [FILTERS] [-o FILE]\n"
           "\n"
           "Prints a CSV time series of the events that match, one row a period\n"
           "(weeks start on Monday), with every period from --from (or the first\n"
           "event) to --to (or the last), empty ones as zeros.  Events are counted\n"
           "one a day: same date, source, target and CAMEO code is one event.\n"
           "\n"
           "measures (columns after 'period'):\n"
           "  count       events\n"
           "  goldstein   goldstein (the sum of the events' Goldstein scores: above\n"
           "              zero more cooperation, below more conflict), mean, events\n"
           "  quad        verbal_coop, material_coop, verbal_conflict, material_conflict\n"
           "\n"
           "options:\n"
           "  --store DB   the store (required)\n"
           "  --by P       day (default), week or month\n"
           "  --measure M  count (default), goldstein or quad\n"
           "  -o FILE      write there instead of standard output\n"
           "%s", cli_filter_help);
}

int cli_series_by(const char *s)
{
    if (!s || !strcmp(s, "day")) return SERIES_DAY;
    if (!strcmp(s, "week")) return SERIES_WEEK;
    if (!strcmp(s, "month")) return SERIES_MONTH;
    return -1;
}

int cmd_series(int argc, char **argv)
{
    const char *path = NULL, *by_s = NULL, *measure = NULL, *output = NULL, *help_flag = NULL, *with_dups;
    store_filter f;
    cli_option opts[6 + CLI_FILTER_OPTIONS];
    cli_filter_options(&f, &with_dups, opts);
    int n = CLI_FILTER_OPTIONS;
    opts[n++] = (cli_option){ "store", 1, &path };
    opts[n++] = (cli_option){ "by", 1, &by_s };
    opts[n++] = (cli_option){ "measure", 1, &measure };
    opts[n++] = (cli_option){ "output", 1, &output };
    opts[n++] = (cli_option){ "help", 0, &help_flag };
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
    char **pos; int n_pos;
    int rc = cli_parse("series", argc, argv, opts, n, &pos, &n_pos);
    if (rc) return rc;
    if (help_flag) { help(); return EXIT_ALL_OK; }
    if (n_pos) return cli_usage_error("series", "unexpected argument '%s'", pos[0]);
    int by = cli_series_by(by_s);
    if (by < 0) return cli_usage_error("series", "--by must be day, week or month, not '%s'", by_s);
    enum { COUNT, GOLDSTEIN, QUAD } m = COUNT;
    if (!measure || !strcmp(measure, "count")) m = COUNT;
    else if (!strcmp(measure, "goldstein")) m = GOLDSTEIN;
    else if (!strcmp(measure, "quad")) m = QUAD;
    else return cli_usage_error("series", "--measure must be count, goldstein or quad, not '%s'", measure);
    if ((rc = cli_check_filter("series", &f, with_dups))) return rc;
    if (!path) return cli_usage_error("series", "--store DB is required");
    dyad_store *store = cli_open_store("series", path);
    if (!store) return EXIT_FATAL;
    series s;
    if (series_compute(store, &f, (series_by)by, &s) != DYAD_OK) {
        fprintf(stderr, "dyad series: %s\n", store_error(store));
        store_close(store);
        return EXIT_FATAL;
    }
    FILE *out = cli_open_output("series", output);
    if (!out) { series_free(&s); store_close(store); return EXIT_FATAL; }
    if (m == COUNT) fputs("period,events\r\n", out);
    else if (m == GOLDSTEIN) fputs("period,goldstein,mean,events\r\n", out);
    else fputs("period,verbal_coop,material_coop,verbal_conflict,material_conflict\r\n", out);
    for (size_t i = 0; i < s.n; i++) {
        const series_point *p = &s.points[i];
        char label[16];
        series_label(p->start, (series_by)by, label, sizeof label);
        if (m == COUNT) fprintf(out, "%s,%ld\r\n", label, p->count);
        else if (m == GOLDSTEIN)
            fprintf(out, "%s,%.1f,%.2f,%ld\r\n", label, p->goldstein,
                    p->count ? p->goldstein / (double)p->count : 0.0, p->count);
        else fprintf(out, "%s,%ld,%ld,%ld,%ld\r\n", label, p->quad[0], p->quad[1], p->quad[2], p->quad[3]);
    }
    int status = EXIT_ALL_OK;
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(stderr, "dyad series: write error; check the disk has space\n");
        status = EXIT_FATAL;
    }
    if (out != stdout) fclose(out);
    series_free(&s);
    store_close(store);
    return status;
}
