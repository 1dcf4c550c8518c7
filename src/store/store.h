/*
** store.h — the event store: one SQLite file, no server.
**
** A store keeps every coded story (id, date, source, url, text hash) with
** its events' records and the sentences that carry them, one row per
** event in events_by_dyad (the dyad, day and codes that series and the
** one-a-day filter read, and the story that mentions it), and the actors
** and codes seen.  docs/store.md documents the schema.
**
** Writes go in batches, one transaction each, in WAL mode with
** synchronous=NORMAL: a process killed at any moment leaves the store as
** it was after the last committed batch, never half a story.
*/
#ifndef DYAD_STORE_STORE_H
#define DYAD_STORE_STORE_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "dyad.h"
#include "store/codes.h"
#include "store/dedup.h"
#include "store/event_row.h"

#define STORE_SCHEMA_VERSION 2
#define STORE_APPLICATION_ID 0x64796164   /* "dyad" */

typedef struct store_options {
    int read_only;           /* open read-only (SQLITE_OPEN_READONLY) */
    int must_exist;          /* fail rather than create a new store */
    size_t batch_events;     /* commit after this many events; 0: 200000 */
    int busy_timeout_ms;     /* wait this long for a lock; 0: 1000, <0: none */
    double dup_threshold;    /* near-duplicate MinHash similarity; 0: 0.8,
                             ** > 1 turns near-duplicate detection off */
} store_options;

/* Private to src/store/: callers use the functions below. */
/* events_by_dyad.day of an event whose date is unknown: the day is part
** of the table's key, which cannot be NULL.  The views show it as NULL. */
#define STORE_NO_DAY INT32_MIN

/* events_by_dyad rows inserted by one statement at a batch's end. */
#define STORE_ROWS_PER_INSERT 32

/* An events_by_dyad row waiting in the batch (store_write.c): rows are
** inserted in key order when the batch commits. */
typedef struct store_key_row {
    int32_t src_country, tgt_country, day, src_code, tgt_code, cameo;
    int64_t id, sid;
    double goldstein;        /* NaN: unknown */
    int8_t quad_class;       /* 0: unknown */
    int8_t dup;
} store_key_row;

typedef struct dyad_store {
    sqlite3 *db;
    char *path;
    int read_only;
    int in_batch;            /* a write transaction is open */
    size_t batch_events, pending_events;
    int busy_timeout_ms;
    double dup_threshold;
    sqlite3_stmt *st_find_story, *st_del_event, *st_add_events,
                 *st_del_story, *st_add_story, *st_add_event,
                 *st_add_actor, *st_story_id, *st_next_ids;
    int64_t next_sid, next_event;   /* ids the batch in progress hands out */
    int64_t batch_first_sid;        /* the first story id of the batch */
    char batch_time[24];     /* when the batch began, UTC: stories.added */
    event_row_buf rec;       /* the packed events of the story being added */
    event_row_buf sents;     /* its sentences, a JSON object */
    store_key_row *keys;     /* the batch's events_by_dyad rows, unsorted */
    size_t n_keys, keys_cap;
    store_key_row *keys_scratch;     /* room for sorting them */
    size_t keys_scratch_cap;
    code_dict codes;
    char last_date[16];      /* the date last turned into a day number */
    int64_t last_day;
    dedup_ctx dedup;
    uint64_t *actor_seen;    /* open-addressed set of actor-code hashes */
    size_t actor_cap, actor_count;
    char error[512];
} dyad_store;

/*
** Opens (and, unless read-only or must_exist, creates) the store at path,
** checking that it is a dyad store and bringing an older schema up to
** date.  On failure returns DYAD_EIO (unreadable, locked, not a database),
** DYAD_EFORMAT (another application's database, or a newer schema),
** DYAD_ENOTFOUND (no store there and must_exist) or DYAD_ENOMEM, and
** *out is still a handle whose store_error() says why; store_close it.
** *out is NULL only on DYAD_ENOMEM.
*/
int store_open(dyad_store **out, const char *path, const store_options *options);

/* Commits any batch in progress and closes; returns DYAD_OK or DYAD_EIO
** (then the batch is lost, and the store is as after the last commit). */
int store_close(dyad_store *store);

/* What went wrong last, "PATH: reason" ("" if nothing did). */
const char *store_error(const dyad_store *store);

/* The SQLite handle (borrowed), for queries. */
sqlite3 *store_db(dyad_store *store);

/* Records a failure from SQLite in the store's error text; returns the
** dyad status for it (DYAD_EIO, DYAD_EFORMAT for a corrupt file). */
int store_fail(dyad_store *store, int sqlite_rc, const char *what);

/* ---- writing (store_write.c) ------------------------------------ */

typedef struct store_story {
    const char *id;          /* required, non-empty */
    const char *date, *source, *url;    /* NULL or "" when unknown */
    const char *text;        /* the story text, for the duplicate checks; */
    size_t text_len;         /* NULL: no text, no duplicate check */
} store_story;

typedef struct store_add_result {
    int replaced;            /* a story with this id was there and is replaced */
    int duplicate;           /* the text duplicates an earlier story's */
    double similarity;       /* 1 for the same normalised text */
    char dup_of[128];        /* that story's id */
} store_add_result;

/*
** Stores a story and its events (borrowed, n may be 0), replacing any
** rows of an earlier story with the same id, inside the batch in
** progress (begun here if none is).  Events whose doc_id differs from
** story->id are stored under story->id.  res may be NULL.  Returns DYAD_OK,
** DYAD_EINVAL (no id), or DYAD_EIO (locked, disk full...): then the whole
** batch in progress is rolled back and store_error() says why.
*/
int store_add_story(dyad_store *store, const store_story *story,
                    const dyad_event *events, size_t n, store_add_result *res);

/* Commits the batch in progress, if any. */
int store_commit(dyad_store *store);

/* Sets *found to 1 when a story with this id is stored (committed or in
** the batch in progress), for --resume. */
int store_has_story(dyad_store *store, const char *id, int *found);

/* Days since 1970-01-01 of a date YYYY-MM-DD, or INT64_MIN when it is
** not one. */
int64_t store_day_number(const char *date);
/* The date YYYY-MM-DD of a day number (buf of 11 bytes or more). */
void store_day_string(int64_t day, char *buf, size_t size);

#endif
