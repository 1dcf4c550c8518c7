/*
** store_write.c — adding stories and their events in batches (store.h).
**
** Every statement is prepared once per store; a batch is one transaction
** of many stories, committed when it holds batch_events events, so there
** is no fsync per story.  A story is one row (its events' records and its
** sentences packed in it); each event is one row of events_by_dyad, whose
** key is the event's dyad, day and codes.  Those rows wait in memory and
** go in sorted by key when the batch commits: inserted as they come they
** land on random pages of the table, and the cache misses cost more than
** the rest of the insert (bench/bench_store.sh; docs/store.md).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "store/store.h"

static const char *nz(const char *s) { return s ? s : ""; }

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    sqlite3_bind_text(st, i, nz(s), -1, SQLITE_STATIC);
}

static void bind_real(sqlite3_stmt *st, int i, double x)
{
    if (isfinite(x)) sqlite3_bind_double(st, i, x);
    else sqlite3_bind_null(st, i);
}

/* Runs a statement that returns no rows, then resets it. */
static int run(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static int begin_batch(dyad_store *s)
{
    if (s->in_batch) return DYAD_OK;
    /* IMMEDIATE takes the write lock now, so a second writer is told at
    ** once (after the busy timeout) rather than half-way through. */
    int rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK) return store_fail(s, rc, "starting a batch");
    s->in_batch = 1;
    s->pending_events = 0;
    s->n_keys = 0;
    /* Worked out once a batch rather than by SQL for every story. */
    time_t now = time(NULL);
    struct tm utc;
    if (!gmtime_r(&now, &utc) || !strftime(s->batch_time, sizeof s->batch_time, "%Y-%m-%dT%H:%M:%SZ", &utc))
        snprintf(s->batch_time, sizeof s->batch_time, "1970-01-01T00:00:00Z");
    /* Ids are handed out here rather than by SQLite so that a story knows
    ** its first event's id before inserting it (store.c: st_del_events). */
    rc = sqlite3_step(s->st_next_ids);
    if (rc == SQLITE_ROW) {
        s->next_sid = sqlite3_column_int64(s->st_next_ids, 0) + 1;
        s->next_event = sqlite3_column_int64(s->st_next_ids, 1) + 1;
        s->batch_first_sid = s->next_sid;
    }
    sqlite3_reset(s->st_next_ids);
    if (rc != SQLITE_ROW) {
        int status = store_fail(s, rc, "starting a batch");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->in_batch = 0;
        return status;
    }
    return DYAD_OK;
}

/* The order rows go in: by dyad and day, which is what puts a batch's
** rows for one page of events_by_dyad together (the rest of the key
** hardly matters for that).  Country ids are small, so 16 bits each keep
** the order exact for all but a store of more than 65535 codes, where it
** is still a good grouping; the order of inserts never changes the
** result, only the speed. */
static uint64_t locality(const store_key_row *k)
{
    return (uint64_t)(k->src_country & 0xffff) << 48 | (uint64_t)(k->tgt_country & 0xffff) << 32 |
           (uint64_t)((uint32_t)k->day ^ 0x80000000u);
}

/* Sorts the batch's rows by locality key: a stable LSD radix sort, a
** byte a pass, that skips the bytes every row shares (most of them: the
** country ids are small and a batch's days span a few thousand).  The
** rows themselves move, so the inserts then read them in order: reading
** them through a sorted index instead missed the cache on every row. */
static int sort_rows(dyad_store *s)
{
    size_t n = s->n_keys;
    if (s->keys_scratch_cap < n) {
        free(s->keys_scratch);
        s->keys_scratch = malloc(n * sizeof *s->keys_scratch);
        s->keys_scratch_cap = s->keys_scratch ? n : 0;
        if (!s->keys_scratch) return SQLITE_NOMEM;
    }
    store_key_row *a = s->keys, *b = s->keys_scratch;
    size_t count[256];
    for (int shift = 0; shift < 64; shift += 8) {
        memset(count, 0, sizeof count);
        for (size_t i = 0; i < n; i++) count[(locality(&a[i]) >> shift) & 0xff]++;
        if (count[(locality(&a[0]) >> shift) & 0xff] == n) continue;   /* all the same */
        size_t sum = 0;
        for (int d = 0; d < 256; d++) { size_t c = count[d]; count[d] = sum; sum += c; }
        for (size_t i = 0; i < n; i++) b[count[(locality(&a[i]) >> shift) & 0xff]++] = a[i];
        store_key_row *t = a; a = b; b = t;
    }
    if (a != s->keys) memcpy(s->keys, a, n * sizeof *a);   /* sorted into the scratch array */
    return SQLITE_OK;
}

/* Binds row k as the 11 values from parameter first on. */
static void bind_row(sqlite3_stmt *st, int first, const store_key_row *k)
{
    sqlite3_bind_int(st, first, k->src_country);
    sqlite3_bind_int(st, first + 1, k->tgt_country);
    sqlite3_bind_int(st, first + 2, k->day);
    sqlite3_bind_int(st, first + 3, k->src_code);
    sqlite3_bind_int(st, first + 4, k->tgt_code);
    sqlite3_bind_int(st, first + 5, k->cameo);
    sqlite3_bind_int64(st, first + 6, k->id);
    sqlite3_bind_int64(st, first + 7, k->sid);
    sqlite3_bind_int(st, first + 8, k->dup);
    if (k->quad_class) sqlite3_bind_int(st, first + 9, k->quad_class);
    else sqlite3_bind_null(st, first + 9);
    bind_real(st, first + 10, k->goldstein);
}

/* Inserts the batch's events_by_dyad rows in key order, STORE_ROWS_PER_INSERT
** to a statement: one statement per row spent as much on starting and
** ending statements as on the inserts. */
static int flush_keys(dyad_store *s)
{
    if (!s->n_keys) return SQLITE_OK;
    int rc = sort_rows(s);
    size_t i = 0;
    for (; rc == SQLITE_OK && i + STORE_ROWS_PER_INSERT <= s->n_keys; i += STORE_ROWS_PER_INSERT) {
        for (int r = 0; r < STORE_ROWS_PER_INSERT; r++)
            bind_row(s->st_add_events, 1 + 11 * r, &s->keys[i + (size_t)r]);
        rc = run(s->st_add_events);
    }
    for (; rc == SQLITE_OK && i < s->n_keys; i++) {
        bind_row(s->st_add_event, 1, &s->keys[i]);
        rc = run(s->st_add_event);
    }
    if (rc == SQLITE_OK) s->n_keys = 0;
    return rc;
}

/* Gives up the batch in progress after a failure, keeping the error; the
** codes it added are rolled back too, so the dictionary is read again. */
static int abort_batch(dyad_store *s, int rc, const char *what)
{
    int status = store_fail(s, rc, what);
    if (s->in_batch) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_batch = 0;
    s->n_keys = 0;
    code_dict_reload(&s->codes, s->db);
    return status;
}

int store_commit(dyad_store *s)
{
    if (!s->in_batch) return DYAD_OK;
    int rc = flush_keys(s);
    if (rc != SQLITE_OK) return abort_batch(s, rc, "committing a batch");
    rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) return abort_batch(s, rc, "committing a batch");
    s->in_batch = 0;
    s->pending_events = 0;
    return DYAD_OK;
}

static uint64_t hash_str(const char *str)
{
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *p = (const unsigned char *)str; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    return h ? h : 1;
}

/* Returns 1 when the actor code was seen before by this handle, and
** remembers it otherwise (0 also when out of memory: the INSERT OR IGNORE
** then just runs again). */
static int actor_seen(dyad_store *s, const char *code)
{
    uint64_t h = hash_str(code);
    if (s->actor_count * 2 >= s->actor_cap) {
        size_t cap = s->actor_cap ? s->actor_cap * 2 : 1024;
        uint64_t *t = calloc(cap, sizeof *t);
        if (!t) return 0;
        for (size_t i = 0; i < s->actor_cap; i++) {
            uint64_t v = s->actor_seen[i];
            if (!v) continue;
            size_t j = v & (cap - 1);
            while (t[j]) j = (j + 1) & (cap - 1);
            t[j] = v;
        }
        free(s->actor_seen);
        s->actor_seen = t;
        s->actor_cap = cap;
    }
    size_t j = h & (s->actor_cap - 1);
    while (s->actor_seen[j]) {
        if (s->actor_seen[j] == h) return 1;
        j = (j + 1) & (s->actor_cap - 1);
    }
    s->actor_seen[j] = h;
    s->actor_count++;
    return 0;
}

static int add_actor(dyad_store *s, const dyad_event_actor *a)
{
    if (!a->code || !*a->code || actor_seen(s, a->code)) return SQLITE_OK;
    bind_text(s->st_add_actor, 1, a->code);
    bind_text(s->st_add_actor, 2, a->country);
    bind_text(s->st_add_actor, 3, a->sector);
    bind_text(s->st_add_actor, 4, a->text);
    return run(s->st_add_actor);
}

/* The events_by_dyad key of an event (all but id and sid). */
static int event_key(dyad_store *s, const dyad_event *ev, const char *date, store_key_row *k)
{
    int64_t ids[5];
    const char *codes[5] = { ev->source.country, ev->target.country, ev->source.code,
                             ev->target.code, ev->cameo };
    for (int i = 0; i < 5; i++) {
        int rc = code_dict_id(&s->codes, codes[i], &ids[i]);
        if (rc != SQLITE_OK) return rc;
        if (ids[i] > INT32_MAX) return SQLITE_FULL;
    }
    /* A story's events mostly share a date: parse it once. */
    if (strcmp(date, s->last_date) != 0) {
        size_t len = strlen(date);
        s->last_day = store_day_number(date);
        if (len < sizeof s->last_date) memcpy(s->last_date, date, len + 1);
        else s->last_date[0] = '\0';
    }
    int64_t day = s->last_day;
    k->src_country = (int32_t)ids[0];
    k->tgt_country = (int32_t)ids[1];
    k->src_code = (int32_t)ids[2];
    k->tgt_code = (int32_t)ids[3];
    k->cameo = (int32_t)ids[4];
    k->day = day == INT64_MIN || day < INT32_MIN + 1 || day > INT32_MAX ? STORE_NO_DAY : (int32_t)day;
    return SQLITE_OK;
}

/* Deletes the events_by_dyad rows of a stored story whose first event id
** is first: their keys come from its packed events.  A story of the
** batch in progress has its rows still in memory; they are dropped there. */
static int delete_events(dyad_store *s, int64_t sid, int64_t first, const char *events, size_t len)
{
    if (sid >= s->batch_first_sid) {
        size_t kept = 0;
        for (size_t i = 0; i < s->n_keys; i++)
            if (s->keys[i].sid != sid) s->keys[kept++] = s->keys[i];
        s->n_keys = kept;
        return SQLITE_OK;
    }
    void *holder;
    size_t n;
    if (event_row_parse_list(events, len, &holder, &n) != DYAD_OK) return SQLITE_CORRUPT;
    int rc = SQLITE_OK;
    for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
        dyad_event ev;
        dyad_event_init(&ev);
        if (event_row_fill(holder, i, &ev) != DYAD_OK) { rc = SQLITE_CORRUPT; break; }
        store_key_row k;
        /* Codes it used are in the dictionary; looking them up adds none. */
        const char *codes[5] = { ev.source.country, ev.target.country, ev.source.code,
                                 ev.target.code, ev.cameo };
        int64_t ids[5];
        for (int c = 0; c < 5; c++) ids[c] = code_dict_find(&s->codes, codes[c]);
        int64_t day = store_day_number(ev.date);
        k.day = day == INT64_MIN || day < INT32_MIN + 1 || day > INT32_MAX ? STORE_NO_DAY : (int32_t)day;
        sqlite3_stmt *st = s->st_del_event;
        for (int c = 0; c < 5; c++) sqlite3_bind_int64(st, c < 2 ? c + 1 : c + 2, ids[c]);
        sqlite3_bind_int(st, 3, k.day);
        sqlite3_bind_int64(st, 7, first + (int64_t)i);
        rc = run(st);
    }
    event_row_release(holder);
    return rc;
}

/* Deletes every row of the story stored as sid. */
static int delete_story(dyad_store *s, int64_t sid, int64_t first, const char *events, size_t len)
{
    int rc = dedup_remove_bands(&s->dedup, sid);
    if (rc == SQLITE_OK) rc = delete_events(s, sid, first, events, len);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_int64(s->st_del_story, 1, sid);
    return run(s->st_del_story);
}

/* Adds ev's sentence to the story's sentence object unless its number is
** there already (seen lists the numbers so far). */
static void add_sentence(dyad_store *s, const dyad_event *ev, int32_t *seen, size_t *n_seen)
{
    if (ev->sent < 0 || !ev->sentence || !*ev->sentence) return;
    for (size_t i = 0; i < *n_seen; i++)
        if (seen[i] == ev->sent) return;
    seen[(*n_seen)++] = ev->sent;
    char key[24], digits[12];
    size_t len = 0, nd = 0;
    if (s->sents.len > 1) key[len++] = ',';
    key[len++] = '"';
    for (uint32_t v = (uint32_t)ev->sent; nd == 0 || v; v /= 10) digits[nd++] = (char)('0' + v % 10);
    while (nd) key[len++] = digits[--nd];
    key[len++] = '"';
    key[len++] = ':';
    event_row_put_raw(&s->sents, key, len);
    event_row_put_string(&s->sents, ev->sentence);
}

/* Packs the story's events and sentences, and queues its events_by_dyad
** rows.  Returns a SQLite result code. */
static int add_events(dyad_store *s, int64_t sid, const store_story *story,
                      const dyad_event *events, size_t n, int dup)
{
    s->rec.len = 0;
    s->rec.failed = 0;
    s->sents.len = 0;
    s->sents.failed = 0;
    if (s->n_keys + n > s->keys_cap) {
        size_t cap = s->keys_cap ? s->keys_cap : 4096;
        while (cap < s->n_keys + n) cap *= 2;
        store_key_row *k = realloc(s->keys, cap * sizeof *k);
        if (!k) return SQLITE_NOMEM;
        s->keys = k;
        s->keys_cap = cap;
    }
    int32_t seen_small[64], *seen = n <= 64 ? seen_small : malloc(n * sizeof *seen);
    if (!seen) return SQLITE_NOMEM;
    size_t n_seen = 0;
    event_row_put_raw(&s->rec, "[", 1);
    event_row_put_raw(&s->sents, "{", 1);
    int rc = SQLITE_OK;
    for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
        const dyad_event *ev = &events[i];
        const char *date = ev->date && *ev->date ? ev->date : nz(story->date);
        if (i) event_row_put_raw(&s->rec, ",", 1);
        event_row_append(&s->rec, ev, date);
        add_sentence(s, ev, seen, &n_seen);
        store_key_row *k = &s->keys[s->n_keys];
        rc = event_key(s, ev, date, k);
        if (rc != SQLITE_OK) break;
        k->id = s->next_event + (int64_t)i;
        k->sid = sid;
        k->dup = (int8_t)dup;
        k->quad_class = (int8_t)(ev->quad_class >= 1 && ev->quad_class <= 4 ? ev->quad_class : 0);
        k->goldstein = ev->goldstein;
        s->n_keys++;
        rc = add_actor(s, &ev->source);
        if (rc == SQLITE_OK) rc = add_actor(s, &ev->target);
    }
    if (seen != seen_small) free(seen);
    event_row_put_raw(&s->rec, "]", 1);
    event_row_put_raw(&s->sents, "}", 1);
    if (rc == SQLITE_OK && (s->rec.failed || s->sents.failed)) rc = SQLITE_NOMEM;
    return rc;
}

/* Removes the stored story with this id, if there is one. */
static int replace_existing(dyad_store *s, const char *id, store_add_result *res)
{
    bind_text(s->st_find_story, 1, id);
    int rc = sqlite3_step(s->st_find_story);
    if (rc == SQLITE_ROW) {
        int64_t old = sqlite3_column_int64(s->st_find_story, 0);
        int64_t old_first = sqlite3_column_int64(s->st_find_story, 1);
        const char *old_events = (const char *)sqlite3_column_text(s->st_find_story, 3);
        size_t len = (size_t)sqlite3_column_bytes(s->st_find_story, 3);
        res->replaced = 1;
        rc = delete_story(s, old, old_first, old_events ? old_events : "[]", old_events ? len : 2);
    } else if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
    }
    sqlite3_reset(s->st_find_story);
    return rc;
}

int store_add_story(dyad_store *s, const store_story *story,
                    const dyad_event *events, size_t n, store_add_result *res)
{
    store_add_result scratch;
    if (!res) res = &scratch;
    memset(res, 0, sizeof *res);
    if (s->read_only) {
        snprintf(s->error, sizeof s->error, "%s: opened read-only", s->path);
        return DYAD_EINVAL;
    }
    if (!story || !story->id || !*story->id) {
        snprintf(s->error, sizeof s->error, "%s: a story needs an id", s->path);
        return DYAD_EINVAL;
    }
    int status = begin_batch(s);
    if (status != DYAD_OK) return status;

    /* Re-coding a story replaces it: its old rows go first.  A story
    ** with a text must not find its own old copy as a duplicate, so that
    ** copy goes now; one without is inserted straight, and only when the
    ** id turns out to be taken (rarely) is the old one found and removed:
    ** a look-up saved per story. */
    int rc;
    if (story->text && (rc = replace_existing(s, story->id, res)) != SQLITE_OK)
        return abort_batch(s, rc, "replacing a story");

    uint64_t text_hash = 0;
    shingle_sig sig;
    sig.n_shingles = 0;
    int64_t dup_sid = 0;
    if (story->text) {
        text_hash = shingle_text_hash(story->text, story->text_len);
        if (text_hash && s->dup_threshold <= 1.0) shingle_minhash(story->text, story->text_len, &sig);
        rc = dedup_find(&s->dedup, 0, text_hash, &sig, &dup_sid, &res->similarity);
        if (rc != SQLITE_OK) return abort_batch(s, rc, "checking for duplicate stories");
        if (dup_sid) {
            sqlite3_bind_int64(s->st_story_id, 1, dup_sid);
            if (sqlite3_step(s->st_story_id) == SQLITE_ROW) {
                res->duplicate = 1;
                snprintf(res->dup_of, sizeof res->dup_of, "%s",
                         (const char *)sqlite3_column_text(s->st_story_id, 0));
            }
            sqlite3_reset(s->st_story_id);
            if (!res->duplicate) dup_sid = 0;
        }
    }

    sqlite3_stmt *st = s->st_add_story;
    bind_text(st, 1, story->id);
    bind_text(st, 2, story->date);
    int64_t day = store_day_number(nz(story->date));
    if (day == INT64_MIN) sqlite3_bind_null(st, 3); else sqlite3_bind_int64(st, 3, day);
    bind_text(st, 4, story->source);
    bind_text(st, 5, story->url);
    unsigned char packed[SHINGLE_HASHES * 4];
    if (text_hash) sqlite3_bind_int64(st, 6, (int64_t)text_hash); else sqlite3_bind_null(st, 6);
    if (sig.n_shingles) {
        shingle_sig_pack(&sig, packed);
        sqlite3_bind_blob(st, 7, packed, sizeof packed, SQLITE_STATIC);
    } else {
        sqlite3_bind_null(st, 7);
    }
    if (dup_sid) {
        bind_text(st, 8, res->dup_of);
        sqlite3_bind_int64(st, 9, dup_sid);
        sqlite3_bind_double(st, 10, res->similarity);
    } else {
        sqlite3_bind_null(st, 8);
        sqlite3_bind_null(st, 9);
        sqlite3_bind_null(st, 10);
    }
    int64_t sid = s->next_sid++;
    rc = add_events(s, sid, story, events, n, dup_sid != 0);
    if (rc != SQLITE_OK) return abort_batch(s, rc, "adding an event");
    sqlite3_bind_int64(st, 11, (int64_t)n);
    sqlite3_bind_int64(st, 12, sid);
    if (n) sqlite3_bind_int64(st, 13, s->next_event); else sqlite3_bind_null(st, 13);
    sqlite3_bind_text(st, 14, s->rec.data, (int)s->rec.len, SQLITE_STATIC);
    sqlite3_bind_text(st, 15, s->sents.data, (int)s->sents.len, SQLITE_STATIC);
    sqlite3_bind_text(st, 16, s->batch_time, -1, SQLITE_STATIC);
    rc = run(st);
    if ((rc & 0xff) == SQLITE_CONSTRAINT && !story->text && !res->replaced) {
        rc = replace_existing(s, story->id, res);
        if (rc == SQLITE_OK) rc = run(st);
    }
    if (rc != SQLITE_OK) return abort_batch(s, rc, "adding a story");
    s->next_event += (int64_t)n;

    /* Only originals are filed in the bands: a later copy of a duplicate
    ** finds the original just as well. */
    if (!dup_sid) {
        rc = dedup_add_bands(&s->dedup, sid, &sig);
        if (rc != SQLITE_OK) return abort_batch(s, rc, "filing the story's fingerprint");
    }
    s->pending_events += n + 1;
    if (s->pending_events >= s->batch_events) return store_commit(s);
    return DYAD_OK;
}

int store_has_story(dyad_store *s, const char *id, int *found)
{
    *found = 0;
    sqlite3_stmt *st = s->st_find_story;
    if (!st) {   /* read-only handles have no write statements */
        int rc = sqlite3_prepare_v2(s->db, "SELECT sid FROM stories WHERE id = ?1", -1, &st, NULL);
        if (rc != SQLITE_OK) return store_fail(s, rc, "looking up a story");
    }
    bind_text(st, 1, id);
    int rc = sqlite3_step(st);
    *found = rc == SQLITE_ROW;
    if (st == s->st_find_story) sqlite3_reset(st); else sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return store_fail(s, rc, "looking up a story");
    return DYAD_OK;
}
