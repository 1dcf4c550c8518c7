/*
** cmd_query.c — `dyad query`: read-only SQL on a store, CSV out.
**
** Two locks keep it read-only: the store is opened with
** SQLITE_OPEN_READONLY, and an authorizer denies every action but reading
** (no writes, schema changes, ATTACH, or PRAGMAs that set a value).
*/
#include <ctype.h>
#include <string.h>
#include "cli/cli_store.h"
#include "out/csv.h"

static void help(void)
{
    printf("usage: dyad query --store DB \"SELECT ...\" [-o FILE]\n"
           "\n"
           "Runs one read-only SQL statement on the store and prints the rows as\n"
           "CSV with a header.  Tables: stories, sentences, events, actors,\n"
           "story_bands; views: events_full (every field of the record),\n"
           "daily_events (one-a-day events with their counts), event_mentions.\n"
           "docs/store.md describes them.  Writes are refused.\n"
           "\n"
           "example:\n"
           "  dyad query --store events.db \"SELECT cameo, count(*) FROM events\n"
           "      WHERE src_country='USA' AND tgt_country='CAN' GROUP BY cameo\"\n");
}

static int authorize(void *unused, int action, const char *a, const char *b,
                     const char *db, const char *trigger)
{
    (void)unused; (void)b; (void)db; (void)trigger;
    switch (action) {
    case SQLITE_SELECT: case SQLITE_READ: case SQLITE_FUNCTION: case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        /* A pragma with a value (b) sets something; without, it reads. */
        return b ? SQLITE_DENY : SQLITE_OK;
    default:
        (void)a;
        return SQLITE_DENY;
    }
}

int cmd_query(int argc, char **argv)
{
    const char *path = NULL, *output = NULL, *help_flag = NULL;
    cli_option opts[] = { { "store", 1, &path }, { "output", 1, &output }, { "help", 0, &help_flag } };
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
    char **pos; int n_pos;
    int rc = cli_parse("query", argc, argv, opts, 3, &pos, &n_pos);
    if (rc) return rc;
    if (help_flag) { help(); return EXIT_ALL_OK; }
    if (n_pos != 1) return cli_usage_error("query", "give one SQL statement, in quotes");
    if (!path) return cli_usage_error("query", "--store DB is required");
    dyad_store *store = cli_open_store("query", path);
    if (!store) return EXIT_FATAL;
    sqlite3 *db = store_db(store);
    sqlite3_set_authorizer(db, authorize, NULL);
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    rc = sqlite3_prepare_v2(db, pos[0], -1, &st, &tail);
    int status = EXIT_ALL_OK;
    if (rc != SQLITE_OK) {
        const char *msg = sqlite3_errmsg(db);
        if (rc == SQLITE_AUTH)
            fprintf(stderr, "dyad query: refused: the store is read-only here (%s); "
                    "use 'dyad store add' to change it\n", msg);
        else
            fprintf(stderr, "dyad query: %s\n", msg);
        store_close(store);
        return EXIT_USAGE;
    }
    while (tail && isspace((unsigned char)*tail)) tail++;
    if (!st || (tail && *tail && strcmp(tail, ";") != 0)) {
        fprintf(stderr, "dyad query: give exactly one SQL statement\n");
        sqlite3_finalize(st);
        store_close(store);
        return EXIT_USAGE;
    }
    if (!sqlite3_stmt_readonly(st)) {
        fprintf(stderr, "dyad query: refused: only statements that read are allowed\n");
        sqlite3_finalize(st);
        store_close(store);
        return EXIT_USAGE;
    }
    FILE *out = cli_open_output("query", output);
    if (!out) { sqlite3_finalize(st); store_close(store); return EXIT_FATAL; }
    int cols = sqlite3_column_count(st);
    for (int i = 0; i < cols; i++) csv_str(out, sqlite3_column_name(st, i), i == 0);
    csv_end(out);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < cols; i++) {
            int t = sqlite3_column_type(st, i);
            if (t == SQLITE_NULL) { if (i) putc(',', out); continue; }
            if (t == SQLITE_BLOB) {   /* as hex, so the CSV stays text */
                if (i) putc(',', out);
                const unsigned char *p = sqlite3_column_blob(st, i);
                int len = sqlite3_column_bytes(st, i);
                for (int k = 0; k < len; k++) fprintf(out, "%02x", p[k]);
                continue;
            }
            const char *v = (const char *)sqlite3_column_text(st, i);
            csv_field(out, v ? v : "", (size_t)sqlite3_column_bytes(st, i), i == 0);
        }
        csv_end(out);
    }
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "dyad query: %s\n", sqlite3_errmsg(db));
        status = EXIT_FATAL;
    }
    sqlite3_finalize(st);
    if (fflush(out) != 0 || ferror(out)) status = EXIT_FATAL;
    if (out != stdout) fclose(out);
    store_close(store);
    return status;
}
