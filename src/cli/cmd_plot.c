/*
** cmd_plot.c — `dyad plot`: a dyad's time series as an SVG or PNG chart.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli_store.h"
#include "out/chart.h"
#include "store/series.h"

static void help(void)
{
    printf("usage: dyad plot --store DB --dyad SRC-TGT [--by day|week|month]\n"
           "                 [--measure quad|goldstein] [FILTERS] -o chart.svg|chart.png\n"
           "\n"
           "Draws the series 'dyad series' prints as a bar chart: cooperation above\n"
           "zero, conflict below.  quad (default) stacks the four quad classes'\n"
           "event counts; goldstein draws each period's net Goldstein score.\n"
           "\n"
           "options:\n"
           "  --store DB        the store (required)\n"
           "  -o, --output F    the chart: .svg or .png (required)\n"
           "  --by P            day, week (default) or month\n"
           "  --measure M       quad (default) or goldstein\n"
           "  --title T         the chart's title (default: the dyad and period)\n"
           "  --size WxH        pixels (default 1000x520)\n"
           "%s", cli_filter_help);
}

int cmd_plot(int argc, char **argv)
{
    const char *path = NULL, *by_s = NULL, *measure = NULL, *output = NULL, *title = NULL,
               *size = NULL, *help_flag = NULL, *with_dups;
    store_filter f;
    cli_option opts[8 + CLI_FILTER_OPTIONS];
    cli_filter_options(&f, &with_dups, opts);
    int n = CLI_FILTER_OPTIONS;
    opts[n++] = (cli_option){ "store", 1, &path };
    opts[n++] = (cli_option){ "by", 1, &by_s };
    opts[n++] = (cli_option){ "measure", 1, &measure };
    opts[n++] = (cli_option){ "output", 1, &output };
    opts[n++] = (cli_option){ "title", 1, &title };
    opts[n++] = (cli_option){ "size", 1, &size };
    opts[n++] = (cli_option){ "help", 0, &help_flag };
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
    char **pos; int n_pos;
    int rc = cli_parse("plot", argc, argv, opts, n, &pos, &n_pos);
    if (rc) return rc;
    if (help_flag) { help(); return EXIT_ALL_OK; }
    if (n_pos) return cli_usage_error("plot", "unexpected argument '%s'", pos[0]);
    int by = cli_series_by(by_s ? by_s : "week");
    if (by < 0) return cli_usage_error("plot", "--by must be day, week or month, not '%s'", by_s);
    int gold = 0;
    if (measure && !strcmp(measure, "goldstein")) gold = 1;
    else if (measure && strcmp(measure, "quad"))
        return cli_usage_error("plot", "--measure must be quad or goldstein, not '%s'", measure);
    if (!output) return cli_usage_error("plot", "-o chart.svg or -o chart.png is required");
    size_t ol = strlen(output);
    if (ol < 4 || (strcmp(output + ol - 4, ".svg") && strcmp(output + ol - 4, ".png")))
        return cli_usage_error("plot", "-o '%s' must end in .svg or .png", output);
    int W = 0, H = 0;
    if (size && (sscanf(size, "%dx%d", &W, &H) != 2 || W < 200 || H < 150 || W > 10000 || H > 10000))
        return cli_usage_error("plot", "--size must be WIDTHxHEIGHT in pixels, 200x150 to 10000x10000");
    if ((rc = cli_check_filter("plot", &f, with_dups))) return rc;
    if (!path) return cli_usage_error("plot", "--store DB is required");
    dyad_store *store = cli_open_store("plot", path);
    if (!store) return EXIT_FATAL;
    series s;
    if (series_compute(store, &f, (series_by)by, &s) != DYAD_OK) {
        fprintf(stderr, "dyad plot: %s\n", store_error(store));
        store_close(store);
        return EXIT_FATAL;
    }
    store_close(store);
    if (s.n == 0) {
        fprintf(stderr, "dyad plot: no events match; check --dyad and the dates "
                "('dyad stats --store %s' lists the busiest dyads)\n", path);
        return EXIT_FATAL;
    }
    char (*labels)[16] = calloc(s.n, sizeof *labels);
    const char **label_ptrs = calloc(s.n, sizeof *label_ptrs);
    double *vals = calloc(s.n * 4, sizeof *vals);
    int status = EXIT_ALL_OK;
    if (!labels || !label_ptrs || !vals) {
        fprintf(stderr, "dyad plot: out of memory\n");
        status = EXIT_FATAL;
    } else {
        for (size_t i = 0; i < s.n; i++) {
            series_label(s.points[i].start, (series_by)by, labels[i], sizeof labels[i]);
            label_ptrs[i] = labels[i];
            if (gold) {
                vals[i] = s.points[i].goldstein > 0 ? s.points[i].goldstein : 0;
                vals[s.n + i] = s.points[i].goldstein < 0 ? -s.points[i].goldstein : 0;
            } else {
                for (int q = 0; q < 4; q++) vals[(size_t)q * s.n + i] = (double)s.points[i].quad[q];
            }
        }
        chart_layer quad_layers[4] = {
            { "verbal cooperation", 0.55, 0.80, 0.55, 0, vals },
            { "material cooperation", 0.13, 0.55, 0.13, 0, vals + s.n },
            { "verbal conflict", 0.96, 0.60, 0.55, 1, vals + 2 * s.n },
            { "material conflict", 0.75, 0.12, 0.10, 1, vals + 3 * s.n },
        };
        chart_layer gold_layers[2] = {
            { "net cooperation (Goldstein)", 0.13, 0.55, 0.13, 0, vals },
            { "net conflict (Goldstein)", 0.75, 0.12, 0.10, 1, vals + s.n },
        };
        static const char *const by_names[] = { "day", "week", "month" };
        char default_title[160], subtitle[256];
        snprintf(default_title, sizeof default_title, "%s%s, %s per %s",
                 f.dyad ? f.dyad : "all events", f.dyad ? " (source \xe2\x86\x92 target)" : "",
                 gold ? "net Goldstein score" : "events by quad class", by_names[by]);
        snprintf(subtitle, sizeof subtitle, "%s to %s; events counted one a day; %s%s%s",
                 labels[0], labels[s.n - 1], f.root ? "CAMEO root " : "", f.root ? f.root2 : "",
                 f.root ? "; " : "");
        size_t sl = strlen(subtitle);
        snprintf(subtitle + sl, sizeof subtitle - sl, "store %s", path);
        chart_spec spec = { title ? title : default_title, subtitle,
                            gold ? "Goldstein score (sum)" : "events", label_ptrs, s.n,
                            gold ? gold_layers : quad_layers, gold ? 2 : 4, W, H, gold };
        char err[256];
        if (chart_write(&spec, output, err, sizeof err) != DYAD_OK) {
            fprintf(stderr, "dyad plot: %s\n", err);
            status = EXIT_FATAL;
        }
    }
    free(labels);
    free(label_ptrs);
    free(vals);
    series_free(&s);
    return status;
}
