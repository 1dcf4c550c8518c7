/*
** cli.c — option parsing, output files and progress lines for the
** subcommands.
*/
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli/cli.h"
#include "cli/parallel.h"

int cli_usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "dyad %s: ", command);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nRun 'dyad %s --help' for usage.\n", command);
    return EXIT_USAGE;
}

int cli_parse(const char *command, int argc, char **argv,
              const cli_option *options, int n_options,
              char ***positional, int *n_positional)
{
    *n_positional = 0;
    *positional = argv + 1;   /* positional words are packed in place */
    for (int i = 1; i < argc; i++) {
        char *arg = argv[i];
        if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
            if (!strcmp(arg, "--")) {   /* everything after is positional */
                for (i++; i < argc; i++) (*positional)[(*n_positional)++] = argv[i];
                break;
            }
            (*positional)[(*n_positional)++] = arg;
            continue;
        }
        const char *name = arg + 2;
        const char *eq = strchr(name, '=');
        size_t name_len = eq ? (size_t)(eq - name) : strlen(name);
        int found = 0;
        for (int k = 0; k < n_options; k++) {
            if (strlen(options[k].name) != name_len || strncmp(options[k].name, name, name_len))
                continue;
            found = 1;
            if (options[k].takes_value) {
                if (eq) *options[k].value = eq + 1;
                else if (i + 1 < argc) *options[k].value = argv[++i];
                else return cli_usage_error(command, "--%s needs a value", options[k].name);
            } else {
                if (eq) return cli_usage_error(command, "--%s takes no value", options[k].name);
                *options[k].value = "1";
            }
            break;
        }
        if (!found) return cli_usage_error(command, "unknown option '%s'", arg);
    }
    return 0;
}

int cli_format(const char *name)
{
    if (!name || !strcmp(name, "auto")) return DYAD_FORMAT_AUTO;
    if (!strcmp(name, "text")) return DYAD_FORMAT_TEXT;
    if (!strcmp(name, "jsonl")) return DYAD_FORMAT_JSONL;
    if (!strcmp(name, "conllu")) return DYAD_FORMAT_CONLLU;
    if (!strcmp(name, "petrxml") || !strcmp(name, "xml")) return DYAD_FORMAT_PETRXML;
    return -1;
}

int cli_threads_option(const char *command, const char *value, unsigned *out)
{
    *out = 1;
    if (!value) return 0;
    char *end;
    unsigned long t = strtoul(value, &end, 10);
    /* a digit first: strtoul would skip blanks and take "-1" as a huge number */
    if (*end || value[0] < '0' || value[0] > '9' || t > PARALLEL_MAX_THREADS)
        return cli_usage_error(command, "--threads must be a number from 0 (one per processor) to %d, not '%s'",
                               PARALLEL_MAX_THREADS, value);
    *out = t ? (unsigned)t : parallel_processors();
    return 0;
}

FILE *cli_open_output(const char *command, const char *path)
{
    if (!path || !strcmp(path, "-")) return stdout;
    FILE *out = fopen(path, "wb");
    if (!out) fprintf(stderr, "dyad %s: cannot write '%s'; check the folder exists and is writable\n", command, path);
    return out;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p, size_t total_bytes)
{
    p->enabled = isatty(STDERR_FILENO) && !getenv("CI");
    p->started = p->last_draw = cli_now();
    p->total_bytes = total_bytes;
}

void cli_progress_update(cli_progress *p, size_t bytes, size_t stories,
                         size_t items, const char *items_name)
{
    if (!p->enabled) return;
    double now = cli_now();
    if (now - p->last_draw < 0.25) return;
    p->last_draw = now;
    double secs = now - p->started;
    if (secs <= 0) return;
    double rate = (double)bytes / secs;
    fprintf(stderr, "\r%zu stories (%.0f/s), %zu %s, %.1f MB/s",
            stories, (double)stories / secs, items, items_name, rate / 1e6);
    if (p->total_bytes && rate > 0 && bytes <= p->total_bytes)
        fprintf(stderr, ", %3.0f%%, ETA %.0f s", 100.0 * (double)bytes / (double)p->total_bytes,
                (double)(p->total_bytes - bytes) / rate);
    fprintf(stderr, "\033[K");
}

void cli_progress_end(cli_progress *p)
{
    if (p->enabled) fprintf(stderr, "\r\033[K");
}

int cmd_version(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        printf("usage: dyad version\n\nPrints dyad's version.\n");
        return EXIT_ALL_OK;
    }
    printf("dyad %s\n", DYAD_VERSION);
    return EXIT_ALL_OK;
}

int cli_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}
