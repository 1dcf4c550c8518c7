/*
** cmd_stats.c — `dyad stats`: what a store holds.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli_store.h"
#include "store/summary.h"

static void help(void)
{
    printf("usage: dyad stats --store DB [--top N]\n"
           "\n"
           "Summarises the store: stories (and duplicate stories), events\n"
           "(mentions and one-a-day events), dates covered, mentions by CAMEO\n"
           "root code and the N busiest dyads (default 10).  Mentions from\n"
           "duplicate stories are counted apart.\n");
}

static const char *const root_names[21] = { "(no code)", "make public statement", "appeal",
    "express intent to cooperate", "consult", "engage in diplomatic cooperation",
    "engage in material cooperation", "provide aid", "yield", "investigate", "demand",
    "disapprove", "reject", "threaten", "protest", "exhibit force posture",
    "reduce relations", "coerce", "assault", "fight", "use unconventional mass violence" };

int cmd_stats(int argc, char **argv)
{
    const char *path = NULL, *top_s = NULL, *help_flag = NULL;
    cli_option opts[] = { { "store", 1, &path }, { "top", 1, &top_s }, { "help", 0, &help_flag } };
    char **pos; int n_pos;
    int rc = cli_parse("stats", argc, argv, opts, 3, &pos, &n_pos);
    if (rc) return rc;
    if (help_flag) { help(); return EXIT_ALL_OK; }
    if (n_pos) return cli_usage_error("stats", "unexpected argument '%s'", pos[0]);
    size_t top = 10;
    if (top_s) {
        char *end;
        long v = strtol(top_s, &end, 10);
        if (*end || v < 1 || v > 100000)
            return cli_usage_error("stats", "--top must be a whole number from 1 to 100000, not '%s'", top_s);
        top = (size_t)v;
    }
    if (!path) return cli_usage_error("stats", "--store DB is required");
    dyad_store *store = cli_open_store("stats", path);
    if (!store) return EXIT_FATAL;
    store_summary sum;
    if (store_summarise(store, top, &sum) != DYAD_OK) {
        fprintf(stderr, "dyad stats: %s\n", store_error(store));
        store_summary_free(&sum);
        store_close(store);
        return EXIT_FATAL;
    }
    printf("store       %s\n", path);
    printf("stories     %ld (%ld duplicates of earlier stories)\n", sum.stories, sum.duplicate_stories);
    printf("events      %ld mentions, %ld one-a-day events (%ld mentions from duplicate stories left out)\n",
           sum.mentions, sum.daily, sum.duplicate_mentions);
    if (sum.first_day != INT64_MIN) {
        char a[16], b[16];
        store_day_string(sum.first_day, a, sizeof a);
        store_day_string(sum.last_day, b, sizeof b);
        printf("dates       %s to %s\n", a, b);
    }
    printf("\nby CAMEO root code (mentions)\n");
    for (int r = 1; r <= 20; r++)
        if (sum.by_root[r]) printf("  %02d   %-36s %ld\n", r, root_names[r], sum.by_root[r]);
    if (sum.by_root[0]) printf("  --   %-36s %ld\n", root_names[0], sum.by_root[0]);
    printf("\ntop dyads (source-target, mentions)\n");
    for (size_t i = 0; i < sum.n_top; i++)
        printf("  %s-%s %ld\n", sum.top[i].src, sum.top[i].tgt, sum.top[i].mentions);
    store_summary_free(&sum);
    store_close(store);
    return EXIT_ALL_OK;
}
