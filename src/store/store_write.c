/*
** store_write.c — adding stories and their events in batches (store.h).
**
** Every statement is prepared once per store; a batch is one transaction
** of many stories, committed when it holds batch_events events, so the
** cost per event is a few B-tree inserts and no fsync.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
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
    /* Ids are handed out here rather than by SQLite so that a story knows
    ** its first event's id before inserting it (store.c: st_del_events). */
    rc = sqlite3_step(s->st_next_ids);
    if (rc == SQLITE_ROW) {
        s->next_sid = sqlite3_column_int64(s->st_next_ids, 0) + 1;
        s->next_event = sqlite3_column_int64(s->st_next_ids, 1) + 1;
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

int store_commit(dyad_store *s)
{
    if (!s->in_batch) return DYAD_OK;
    int rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        int status = store_fail(s, rc, "committing a batch");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->in_batch = 0;
        return status;
    }
    s->in_batch = 0;
    s->pending_events = 0;
    return DYAD_OK;
}

/* Gives up the batch in progress after a failure, keeping the error. */
static int abort_batch(dyad_store *s, int rc, const char *what)
{
    int status = store_fail(s, rc, what);
    if (s->in_batch) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_batch = 0;
    return status;
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

/* Deletes every row of the story stored as sid, whose events are the ids
** first .. first + n - 1. */
static int delete_story(dyad_store *s, int64_t sid, int64_t first, int64_t n)
{
    int rc = dedup_remove_bands(&s->dedup, sid);
    if (rc != SQLITE_OK) return rc;
    if (n > 0) {
        sqlite3_bind_int64(s->st_del_events, 1, first);
        sqlite3_bind_int64(s->st_del_events, 2, first + n - 1);
        rc = run(s->st_del_events);
        if (rc != SQLITE_OK) return rc;
    }
    sqlite3_stmt *sts[] = { s->st_del_sents, s->st_del_story };
    for (size_t i = 0; i < sizeof sts / sizeof sts[0]; i++) {
        sqlite3_bind_int64(sts[i], 1, sid);
        rc = run(sts[i]);
        if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
}

static int add_event(dyad_store *s, int64_t sid, const store_story *story,
                     const dyad_event *ev, int dup)
{
    sqlite3_stmt *st = s->st_add_event;
    const char *date = ev->date && *ev->date ? ev->date : nz(story->date);
    int64_t day = store_day_number(date);
    if (event_row_pack(&s->rec, ev, date) != 0) return SQLITE_NOMEM;
    sqlite3_bind_int64(st, 1, sid);
    if (day == INT64_MIN) sqlite3_bind_null(st, 2); else sqlite3_bind_int64(st, 2, day);
    bind_text(st, 3, ev->source.country);
    bind_text(st, 4, ev->target.country);
    bind_text(st, 5, ev->source.code);
    bind_text(st, 6, ev->target.code);
    bind_text(st, 7, ev->cameo);
    if (ev->quad_class >= 1 && ev->quad_class <= 4) sqlite3_bind_int(st, 8, ev->quad_class);
    else sqlite3_bind_null(st, 8);
    bind_real(st, 9, ev->goldstein);
    sqlite3_bind_int(st, 10, dup);
    sqlite3_bind_text(st, 11, s->rec.data, (int)s->rec.len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 12, s->next_event++);
    int rc = run(st);
    if (rc != SQLITE_OK) return rc;
    if (ev->sent >= 0 && ev->sentence && *ev->sentence) {
        sqlite3_bind_int64(s->st_add_sent, 1, sid);
        sqlite3_bind_int(s->st_add_sent, 2, ev->sent);
        bind_text(s->st_add_sent, 3, ev->sentence);
        rc = run(s->st_add_sent);
        if (rc != SQLITE_OK) return rc;
    }
    rc = add_actor(s, &ev->source);
    if (rc == SQLITE_OK) rc = add_actor(s, &ev->target);
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

    /* Re-coding a story replaces it: its old rows go first. */
    bind_text(s->st_find_story, 1, story->id);
    int rc = sqlite3_step(s->st_find_story);
    int64_t old = 0, old_first = 0, old_n = 0;
    if (rc == SQLITE_ROW) {
        old = sqlite3_column_int64(s->st_find_story, 0);
        old_first = sqlite3_column_int64(s->st_find_story, 1);
        old_n = sqlite3_column_int64(s->st_find_story, 2);
    }
    sqlite3_reset(s->st_find_story);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return abort_batch(s, rc, "looking up a story");
    if (old) {
        res->replaced = 1;
        rc = delete_story(s, old, old_first, old_n);
        if (rc != SQLITE_OK) return abort_batch(s, rc, "replacing a story");
    }

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
    sqlite3_bind_int64(st, 11, (int64_t)n);
    sqlite3_bind_int64(st, 12, sid);
    if (n) sqlite3_bind_int64(st, 13, s->next_event); else sqlite3_bind_null(st, 13);
    rc = run(st);
    if (rc != SQLITE_OK) return abort_batch(s, rc, "adding a story");

    /* Only originals are filed in the bands: a later copy of a duplicate
    ** finds the original just as well. */
    if (!dup_sid) {
        rc = dedup_add_bands(&s->dedup, sid, &sig);
        if (rc != SQLITE_OK) return abort_batch(s, rc, "filing the story's fingerprint");
    }
    for (size_t i = 0; i < n; i++) {
        rc = add_event(s, sid, story, &events[i], dup_sid != 0);
        if (rc != SQLITE_OK) return abort_batch(s, rc, "adding an event");
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
