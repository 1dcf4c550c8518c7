/*
** cmd_stats.c — `dyad stats`: what a store holds.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli_store.h"

static void help(void)
{
    printf("usage: dyad stats --store DB [--top N]\n"
           "\n"
           "Summarises the store: stories (and duplicate stories), events\n"
           "(mentions and one-a-day events), dates covered, events by CAMEO root\n"
           "code and the N busiest dyads (default 10).  Events of duplicate\n"
           "stories are left out of the event counts.\n");
}

/* Runs sql and prints each row through fmt's columns; returns SQLite rc. */
static int one_int(sqlite3 *db, const char *sql, long long *v)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_step(st);
    *v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static const char *root_names[21] = { "", "make public statement", "appeal", "express intent to cooperate",
    "consult", "engage in diplomatic cooperation", "engage in material cooperation",
    "provide aid", "yield", "investigate", "demand", "disapprove", "reject", "threaten",
    "protest", "exhibit force posture", "reduce relations", "coerce", "assault", "fight",
    "use unconventional mass violence" };

int cmd_stats(int argc, char **argv)
{
    const char *path = NULL, *top_s = NULL, *help_flag = NULL;
    cli_option opts[] = { { "store", 1, &path }, { "top", 1, &top_s }, { "help", 0, &help_flag } };
    char **pos; int n_pos;
    int rc = cli_parse("stats", argc, argv, opts, 3, &pos, &n_pos);
    if (rc) return rc;
    if (help_flag) { help(); return EXIT_ALL_OK; }
    if (n_pos) return cli_usage_error("stats", "unexpected argument '%s'", pos[0]);
    int top = 10;
    if (top_s) {
        char *end;
        long v = strtol(top_s, &end, 10);
        if (*end || v < 1 || v > 100000) return cli_usage_error("stats", "--top must be a whole number from 1, not '%s'", top_s);
        top = (int)v;
    }
    if (!path) return cli_usage_error("stats", "--store DB is required");
    dyad_store *store = cli_open_store("stats", path);
    if (!store) return EXIT_FATAL;
    sqlite3 *db = store_db(store);
    long long stories = 0, dups = 0, events = 0, dup_events = 0, daily = 0;
    rc = one_int(db, "SELECT count(*) FROM stories", &stories);
    if (!rc) rc = one_int(db, "SELECT count(*) FROM stories WHERE dup_of IS NOT NULL", &dups);
    if (!rc) rc = one_int(db, "SELECT count(*) FROM events", &events);
    if (!rc) rc = one_int(db, "SELECT count(*) FROM events WHERE dup = 1", &dup_events);
    if (!rc) rc = one_int(db, "SELECT count(*) FROM (SELECT 1 FROM events WHERE dup = 0"
                              " GROUP BY src_country, tgt_country, day, src_code, tgt_code, cameo)", &daily);
    sqlite3_stmt *st = NULL;
    if (!rc) {
        printf("store       %s\n", path);
        printf("stories     %lld (%lld duplicates of earlier stories)\n", stories, dups);
        printf("events      %lld mentions, %lld one-a-day events (%lld mentions from duplicate stories left out)\n",
               events - dup_events, daily, dup_events);
        rc = sqlite3_prepare_v2(db, "SELECT min(day), max(day) FROM events", -1, &st, NULL);
        if (!rc && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
            char a[16], b[16];
            store_day_string(sqlite3_column_int64(st, 0), a, sizeof a);
            store_day_string(sqlite3_column_int64(st, 1), b, sizeof b);
            printf("dates       %s to %s\n", a, b);
        }
        sqlite3_finalize(st);
        st = NULL;
    }
    if (!rc) {
        printf("\nby CAMEO root code (mentions)\n");
        rc = sqlite3_prepare_v2(db, "SELECT substr(cameo, 1, 2) AS r, count(*) FROM events WHERE dup = 0"
                                    " GROUP BY r ORDER BY r", -1, &st, NULL);
        while (!rc && sqlite3_step(st) == SQLITE_ROW) {
            const char *r = (const char *)sqlite3_column_text(st, 0);
            int code = r ? atoi(r) : 0;
            printf("  %-4s %-36s %lld\n", r && *r ? r : "--",
                   code >= 1 && code <= 20 ? root_names[code] : "(no code)", (long long)sqlite3_column_int64(st, 1));
        }
        sqlite3_finalize(st);
        st = NULL;
    }
    if (!rc) {
        printf("\ntop dyads (source-target, mentions)\n");
        rc = sqlite3_prepare_v2(db, "SELECT src_country, tgt_country, count(*) AS n FROM events"
                                    " WHERE dup = 0 AND src_country <> '' AND tgt_country <> ''"
                                    " GROUP BY src_country, tgt_country ORDER BY n DESC LIMIT ?1", -1, &st, NULL);
        if (!rc) sqlite3_bind_int(st, 1, top);
        while (!rc && sqlite3_step(st) == SQLITE_ROW)
            printf("  %s-%s %lld\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
                   (long long)sqlite3_column_int64(st, 2));
        sqlite3_finalize(st);
    }
    int status = EXIT_ALL_OK;
    if (rc) {
        fprintf(stderr, "dyad stats: %s: %s\n", path, sqlite3_errmsg(db));
        status = EXIT_FATAL;
    }
    store_close(store);
    return status;
}
