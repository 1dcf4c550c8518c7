/*
** input.c — the shared story-reading loop of input.h.
*/
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli/input.h"

static int valid_date(const char *d)
{
    if (strlen(d) != 10) return 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) { if (d[i] != '-') return 0; }
        else if (d[i] < '0' || d[i] > '9') return 0;
    }
    return 1;
}

int input_run_batched(const char *command, const input_options *options,
                      char **files, int n_files, size_t batch, batch_fn fn, void *ctx,
                      const size_t *items, const char *items_name)
{
    if (batch < 1) batch = 1;
    dyad_reader_options ropt = { 0 };
    int format = cli_format(options->format);
    if (format < 0)
        return cli_usage_error(command, "%s must be auto, text, jsonl, conllu or petrxml, not '%s'",
                               options->format_flag ? options->format_flag : "--format", options->format);
    ropt.format = (dyad_format)format;
    if (options->date && !valid_date(options->date))
        return cli_usage_error(command, "--date must be YYYY-MM-DD, not '%s'", options->date);
    ropt.default_date = options->date;
    if (options->max_story) {
        char *end;
        unsigned long long n = strtoull(options->max_story, &end, 10);
        if (*end || n < 1024)
            return cli_usage_error(command, "--max-story-bytes must be a number of at least 1024");
        ropt.max_story_bytes = (size_t)n;
    }
    FILE *errors = NULL;
    if (options->errors_path && !(errors = fopen(options->errors_path, "wb"))) {
        fprintf(stderr, "dyad %s: cannot write '%s'; check the folder exists\n", command, options->errors_path);
        return EXIT_FATAL;
    }

    char *stdin_only[] = { "-" };
    if (n_files == 0) { files = stdin_only; n_files = 1; }
    size_t total = 0;
    for (int f = 0; f < n_files; f++) {
        struct stat st;
        if (strcmp(files[f], "-") && stat(files[f], &st) == 0) total += (size_t)st.st_size;
    }
    cli_progress progress;
    cli_progress_start(&progress, total);

    int status = EXIT_ALL_OK;
    size_t done_bytes = 0, stories = 0, held = 0;
    dyad_doc *docs = malloc(batch * sizeof *docs);
    if (!docs) {
        fprintf(stderr, "dyad %s: out of memory\n", command);
        if (errors) fclose(errors);
        return EXIT_FATAL;
    }
    for (size_t k = 0; k < batch; k++) dyad_doc_init(&docs[k]);
    for (int f = 0; f < n_files && status != EXIT_FATAL; f++) {
        int is_stdin = !strcmp(files[f], "-");
        FILE *in = is_stdin ? stdin : fopen(files[f], "rb");
        if (!in) {
            fprintf(stderr, "dyad %s: cannot open '%s'; check the path\n", command, files[f]);
            status = EXIT_FATAL;
            break;
        }
        dyad_reader *reader;
        if (dyad_reader_open(&reader, in, is_stdin ? "<stdin>" : files[f], &ropt)) {
            fprintf(stderr, "dyad %s: out of memory\n", command);
            if (!is_stdin) fclose(in);
            status = EXIT_FATAL;
            break;
        }
        for (;;) {
            int rc = dyad_reader_next(reader, &docs[held]);
            if (rc == DYAD_DONE) break;
            if (rc == DYAD_EIO || rc == DYAD_ENOMEM) {
                fprintf(stderr, "dyad %s: %s: %s\n", command, dyad_reader_error(reader), dyad_strerror(rc));
                status = EXIT_FATAL;
                break;
            }
            if (rc != DYAD_OK) {
                cli_progress_end(&progress);
                fprintf(stderr, "%s\n", dyad_reader_error(reader));
                size_t len;
                const char *record = dyad_reader_rejected(reader, &len);
                if (errors && len) { fwrite(record, 1, len, errors); fputc('\n', errors); }
                status = EXIT_SOME_REJECTED;
                continue;
            }
            stories++;
            if (++held < batch) continue;
            held = 0;
            if (fn(docs, batch, ctx)) {
                status = EXIT_FATAL;
                break;
            }
            cli_progress_update(&progress, done_bytes + dyad_reader_offset(reader), stories,
                                items ? *items : 0, items_name ? items_name : "items");
        }
        done_bytes += dyad_reader_offset(reader);
        dyad_reader_close(reader);
        if (!is_stdin) fclose(in);
    }
    /* The last stories, fewer than a batch (a story's doc.file points
    ** at files[], which outlives the loop). */
    if (held && status != EXIT_FATAL && fn(docs, held, ctx)) status = EXIT_FATAL;
    cli_progress_end(&progress);
    for (size_t k = 0; k < batch; k++) dyad_doc_free(&docs[k]);
    free(docs);
    if (errors) fclose(errors);
    return status;
}

/* input_run's story_fn, called for each story of a batch of one. */
typedef struct one_by_one {
    story_fn fn;
    void *ctx;
} one_by_one;

static int each_story(dyad_doc *docs, size_t n, void *ctx)
{
    const one_by_one *o = ctx;
    for (size_t k = 0; k < n; k++)
        if (o->fn(&docs[k], o->ctx)) return 1;
    return 0;
}

int input_run(const char *command, const input_options *options,
              char **files, int n_files, story_fn fn, void *ctx,
              const size_t *items, const char *items_name)
{
    one_by_one o = { fn, ctx };
    return input_run_batched(command, options, files, n_files, 1, each_story, &o, items, items_name);
}
