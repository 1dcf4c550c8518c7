/*
** cmd_store.c — `dyad store add`: feeds event JSON Lines into a store.
**
** Events arrive one a line, as `dyad code` writes them: a story's events
** together.  Each run of lines with the same doc_id becomes one story in
** the store (replacing a story of that id), with the story's text rebuilt
** from the events' sentences for the duplicate-story checks.
*/
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "base/arena.h"
#include "cli/cli.h"
#include "out/event_jsonl.h"
#include "store/store.h"

static const char store_help[] =
    "usage: dyad store add --store DB [OPTIONS] FILE.jsonl...\n"
    "\n"
    "Adds coded events (JSON Lines, one event a line, a story's events\n"
    "together, as 'dyad code' writes them) to the store DB, an SQLite file\n"
    "made on first use.  A story already in the store is replaced by the\n"
    "new one of the same id; a story whose text duplicates an earlier one is\n"
    "kept and marked as a duplicate.  '-' reads standard input.\n"
    "\n"
    "options:\n"
    "  --store DB          the store file (required)\n"
    "  --resume            skip stories already in the store (after an\n"
    "                      interrupted run)\n"
    "  --batch N           events per transaction (default 200000)\n"
    "  --dup-threshold X   MinHash similarity (0-1) above which a story is a\n"
    "                      near duplicate (default 0.8; 'off' for exact only)\n"
    "  --errors FILE       write each rejected line there whole\n"
    "  --quiet             no summary line\n"
    "\n"
    "Exit status: 0 all stored, 3 some lines rejected (the rest stored),\n"
    "2 usage, 1 fatal (store unwritable, locked or not a store).\n";

/* The events of the story being gathered, with copies of their strings. */
typedef struct story_buf {
    dyad_event *events;
    size_t n, cap;
    dyad_arena_block *arena;
    char *text;                  /* the story text rebuilt from sentences */
    size_t text_len, text_cap;
} story_buf;

static const char *keep(story_buf *b, const char *s)
{
    if (!s || !*s) return "";
    return arena_strdup(&b->arena, s, strlen(s));
}

static int keep_actor(story_buf *b, dyad_event_actor *a)
{
    a->text = keep(b, a->text); a->code = keep(b, a->code);
    a->country = keep(b, a->country); a->sector = keep(b, a->sector);
    return a->text && a->code && a->country && a->sector;
}

/* Appends a copy of ev (strings and all); 0 or -1 when out of memory. */
static int story_add(story_buf *b, const dyad_event *ev)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        dyad_event *e = realloc(b->events, cap * sizeof *e);
        if (!e) return -1;
        b->events = e;
        b->cap = cap;
    }
    dyad_event c = *ev;
    const char **strs[] = { &c.doc_id, &c.event_id, &c.date, &c.date_basis, &c.cameo,
        &c.cameo_root, &c.plover, &c.verb.text, &c.verb.lemma, &c.modality,
        &c.location.text, &c.location.name, &c.location.country, &c.location.id,
        &c.sentence, &c.why, &c.story_source, &c.story_url };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        *strs[i] = keep(b, *strs[i]);
        if (!*strs[i]) return -1;
    }
    if (!keep_actor(b, &c.source) || !keep_actor(b, &c.target)) return -1;
    b->events[b->n++] = c;
    return 0;
}

static int text_append(story_buf *b, const char *s, size_t n)
{
    if (b->text_len + n + 2 > b->text_cap) {
        size_t cap = b->text_cap ? b->text_cap : 4096;
        while (cap < b->text_len + n + 2) cap *= 2;
        char *t = realloc(b->text, cap);
        if (!t) return -1;
        b->text = t;
        b->text_cap = cap;
    }
    memcpy(b->text + b->text_len, s, n);
    b->text_len += n;
    b->text[b->text_len++] = '\n';
    b->text[b->text_len] = '\0';
    return 0;
}

static int by_sent(const void *x, const void *y)
{
    const dyad_event *a = *(const dyad_event *const *)x, *b = *(const dyad_event *const *)y;
    return (a->sent > b->sent) - (a->sent < b->sent);
}

/* The story text: its events' distinct sentences in order (what the
** store can know of a story fed from events). */
static int rebuild_text(story_buf *b)
{
    b->text_len = 0;
    const dyad_event **order = malloc((b->n ? b->n : 1) * sizeof *order);
    if (!order) return -1;
    for (size_t i = 0; i < b->n; i++) order[i] = &b->events[i];
    qsort(order, b->n, sizeof *order, by_sent);
    int32_t last = -2;
    for (size_t i = 0; i < b->n; i++) {
        const dyad_event *e = order[i];
        if (!*e->sentence || (e->sent == last && e->sent >= 0)) continue;
        last = e->sent;
        if (text_append(b, e->sentence, strlen(e->sentence))) { free(order); return -1; }
    }
    free(order);
    return 0;
}

typedef struct add_run {
    dyad_store *store;
    int resume, quiet;
    size_t stories, events, skipped, replaced, duplicates, rejected;
    story_buf buf;
    uint64_t *done;              /* hashes of the ids stored by this run (open */
    size_t n_done, cap_done;     /* addressing), to catch a story split in two */
    cli_progress progress;
    size_t bytes_before;         /* bytes of earlier files, for progress */
} add_run;

static uint64_t id_hash(const char *id)
{
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) h = (h ^ *p) * 1099511628211ull;
    return h ? h : 1;
}

static int seen_in_run(const add_run *r, const char *id)
{
    if (!r->cap_done) return 0;
    uint64_t h = id_hash(id);
    for (size_t j = h & (r->cap_done - 1); r->done[j]; j = (j + 1) & (r->cap_done - 1))
        if (r->done[j] == h) return 1;
    return 0;
}

/* Remembers a stored id; 0, or -1 when out of memory. */
static int remember(add_run *r, const char *id)
{
    if (2 * (r->n_done + 1) > r->cap_done) {
        size_t cap = r->cap_done ? r->cap_done * 2 : 4096;
        uint64_t *t = calloc(cap, sizeof *t);
        if (!t) return -1;
        for (size_t i = 0; i < r->cap_done; i++) {
            if (!r->done[i]) continue;
            size_t j = r->done[i] & (cap - 1);
            while (t[j]) j = (j + 1) & (cap - 1);
            t[j] = r->done[i];
        }
        free(r->done);
        r->done = t;
        r->cap_done = cap;
    }
    uint64_t h = id_hash(id);
    size_t j = h & (r->cap_done - 1);
    while (r->done[j] && r->done[j] != h) j = (j + 1) & (r->cap_done - 1);
    if (!r->done[j]) { r->done[j] = h; r->n_done++; }
    return 0;
}

/* Stores the gathered story; returns EXIT_ALL_OK or EXIT_FATAL. */
static int flush_story(add_run *r)
{
    story_buf *b = &r->buf;
    if (!b->n) return EXIT_ALL_OK;
    const dyad_event *first = &b->events[0];
    int found = 0;
    if (r->resume && store_has_story(r->store, first->doc_id, &found) != DYAD_OK) {
        fprintf(stderr, "dyad store: %s\n", store_error(r->store));
        return EXIT_FATAL;
    }
    if (found) {
        r->skipped++;
    } else {
        const char *date = first->date;
        for (size_t i = 0; i < b->n; i++)
            if (!strcmp(b->events[i].date_basis, "story") && *b->events[i].date) {
                date = b->events[i].date;
                break;
            }
        if (rebuild_text(b)) { fprintf(stderr, "dyad store: out of memory\n"); return EXIT_FATAL; }
        store_story st = { first->doc_id, date, first->story_source, first->story_url,
                           b->text_len ? b->text : NULL, b->text_len };
        store_add_result res;
        if (store_add_story(r->store, &st, b->events, b->n, &res) != DYAD_OK) {
            fprintf(stderr, "dyad store: %s\n", store_error(r->store));
            return EXIT_FATAL;
        }
        r->stories++;
        r->events += b->n;
        r->replaced += (size_t)res.replaced;
        r->duplicates += (size_t)res.duplicate;
    }
    if (remember(r, first->doc_id)) { fprintf(stderr, "dyad store: out of memory\n"); return EXIT_FATAL; }
    b->n = 0;
    arena_reset(&b->arena);
    return EXIT_ALL_OK;
}

static int add_file(add_run *r, const char *path, FILE *errors)
{
    FILE *in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!in) {
        fprintf(stderr, "dyad store: cannot read '%s'; check the path\n", path);
        return EXIT_FATAL;
    }
    event_jsonl_reader *reader;
    if (event_jsonl_open(&reader, in, path) != DYAD_OK) {
        if (in != stdin) fclose(in);
        fprintf(stderr, "dyad store: out of memory\n");
        return EXIT_FATAL;
    }
    int status = EXIT_ALL_OK;
    dyad_event ev;
    for (;;) {
        int rc = event_jsonl_next(reader, &ev);
        if (rc == DYAD_DONE) break;
        if (rc == DYAD_EIO) {
            fprintf(stderr, "dyad store: %s\n", event_jsonl_error(reader));
            status = EXIT_FATAL;
            break;
        }
        if (rc == DYAD_OK && r->buf.n && strcmp(ev.doc_id, r->buf.events[0].doc_id)) {
            if ((status = flush_story(r)) != EXIT_ALL_OK) break;
        }
        if (rc == DYAD_OK && !r->buf.n && seen_in_run(r, ev.doc_id)) {
            /* Storing it again would replace the part stored before. */
            fprintf(stderr, "%s:%ld: story '%s' resumes after other stories; put a story's "
                    "events together (sort the file by doc_id)\n",
                    path, event_jsonl_line(reader), ev.doc_id);
            rc = DYAD_EFORMAT;
        } else if (rc != DYAD_OK) {
            fprintf(stderr, "%s\n", event_jsonl_error(reader));
        }
        if (rc != DYAD_OK) {
            r->rejected++;
            if (errors) {
                size_t len;
                const char *raw = event_jsonl_rejected(reader, &len);
                fwrite(raw, 1, len, errors);
                if (len && raw[len - 1] != '\n') putc('\n', errors);
            }
            continue;
        }
        if (story_add(&r->buf, &ev)) {
            fprintf(stderr, "dyad store: out of memory\n");
            status = EXIT_FATAL;
            break;
        }
        cli_progress_update(&r->progress, r->bytes_before + event_jsonl_offset(reader),
                            r->stories, r->events, "events");
    }
    r->bytes_before += event_jsonl_offset(reader);
    event_jsonl_close(reader);
    if (in != stdin) fclose(in);
    return status;
}

static int store_add(int argc, char **argv)
{
    const char *path = NULL, *resume = NULL, *batch = NULL, *threshold = NULL,
               *errors_path = NULL, *quiet = NULL, *help = NULL;
    cli_option opts[] = {
        { "store", 1, &path }, { "resume", 0, &resume }, { "batch", 1, &batch },
        { "dup-threshold", 1, &threshold }, { "errors", 1, &errors_path },
        { "quiet", 0, &quiet }, { "help", 0, &help },
    };
    char **files; int n_files;
    int rc = cli_parse("store add", argc, argv, opts, (int)(sizeof opts / sizeof opts[0]), &files, &n_files);
    if (rc) return rc;
    if (help) { fputs(store_help, stdout); return EXIT_ALL_OK; }
    if (!path) return cli_usage_error("store add", "--store DB is required");
    if (n_files == 0) return cli_usage_error("store add", "give one or more event files (JSON Lines), or '-' for standard input");
    store_options o = { 0 };
    if (batch) {
        char *end;
        long v = strtol(batch, &end, 10);
        if (*end || v < 1) return cli_usage_error("store add", "--batch must be a whole number from 1, not '%s'", batch);
        o.batch_events = (size_t)v;
    }
    if (threshold) {
        char *end;
        double v = strtod(threshold, &end);
        if (!strcmp(threshold, "off")) o.dup_threshold = 2.0;
        else if (*end || !(v > 0 && v <= 1))
            return cli_usage_error("store add", "--dup-threshold must be a number in (0, 1] or 'off', not '%s'", threshold);
        else o.dup_threshold = v;
    }
    FILE *errors = NULL;
    if (errors_path && !(errors = cli_open_output("store add", errors_path))) return EXIT_FATAL;

    add_run r;
    memset(&r, 0, sizeof r);
    r.resume = resume != NULL;
    r.quiet = quiet != NULL;
    int status = EXIT_ALL_OK;
    if (store_open(&r.store, path, &o) != DYAD_OK) {
        fprintf(stderr, "dyad store: %s\n", store_error(r.store));
        store_close(r.store);
        if (errors && errors != stdout) fclose(errors);
        return EXIT_FATAL;
    }
    size_t total = 0;
    for (int i = 0; i < n_files; i++) {
        struct stat sb;
        if (strcmp(files[i], "-") && stat(files[i], &sb) == 0) total += (size_t)sb.st_size;
    }
    cli_progress_start(&r.progress, total);
    for (int i = 0; i < n_files && status == EXIT_ALL_OK; i++) status = add_file(&r, files[i], errors);
    if (status == EXIT_ALL_OK) status = flush_story(&r);
    cli_progress_end(&r.progress);
    if (status == EXIT_ALL_OK && store_commit(r.store) != DYAD_OK) {
        fprintf(stderr, "dyad store: %s\n", store_error(r.store));
        status = EXIT_FATAL;
    }
    if (store_close(r.store) != DYAD_OK && status == EXIT_ALL_OK) status = EXIT_FATAL;
    if (status == EXIT_ALL_OK && !r.quiet)
        fprintf(stderr, "dyad store: %zu stories, %zu events stored in %s (%zu replaced, "
                "%zu duplicate stories, %zu skipped as already stored, %zu lines rejected)\n",
                r.stories, r.events, path, r.replaced, r.duplicates, r.skipped, r.rejected);
    free(r.done);
    free(r.buf.events);
    free(r.buf.text);
    arena_free(&r.buf.arena);
    if (errors && errors != stdout) fclose(errors);
    if (status == EXIT_ALL_OK && r.rejected) status = EXIT_SOME_REJECTED;
    return status;
}

int cmd_store(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(store_help, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_ALL_OK;
    }
    if (!strcmp(argv[1], "add")) return store_add(argc - 1, argv + 1);
    return cli_usage_error("store", "unknown action '%s'; the action is 'add'", argv[1]);
}
