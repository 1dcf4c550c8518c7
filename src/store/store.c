/*
** store.c — opening, checking, creating and closing a store (store.h).
** The schema below is the one docs/store.md documents.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "store/store.h"

/* Schema version 2 (docs/store.md).  Version 1 stores are refused with
** what to do (check_schema): there were no users with stores to migrate. */
static const char schema_v2[] =
    "CREATE TABLE stories(\n"
    "  sid INTEGER PRIMARY KEY,\n"
    "  id TEXT NOT NULL UNIQUE,\n"
    "  date TEXT NOT NULL DEFAULT '',\n"
    "  day INTEGER,\n"
    "  source TEXT NOT NULL DEFAULT '',\n"
    "  url TEXT NOT NULL DEFAULT '',\n"
    "  text_hash INTEGER,\n"
    "  minhash BLOB,\n"
    "  dup_of TEXT,\n"
    "  dup_of_sid INTEGER,\n"
    "  similarity REAL,\n"
    "  first_event INTEGER,\n"
    "  n_events INTEGER NOT NULL DEFAULT 0,\n"
    "  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),\n"
    "  events TEXT NOT NULL DEFAULT '[]',\n"
    "  sentences TEXT NOT NULL DEFAULT '{}');\n"
    "CREATE INDEX stories_text_hash ON stories(text_hash) WHERE text_hash IS NOT NULL;\n"
    "CREATE TABLE story_bands(band INTEGER NOT NULL, sid INTEGER NOT NULL,\n"
    "  PRIMARY KEY(band, sid)) WITHOUT ROWID;\n"
    "CREATE TABLE codes(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);\n"
    "CREATE TABLE actors(code TEXT PRIMARY KEY, country TEXT NOT NULL, sector TEXT NOT NULL,\n"
    "  name TEXT NOT NULL) WITHOUT ROWID;\n"
    /* The one table with a row per event, clustered by dyad and day: a
    ** dyad's one-a-day events stream out in GROUP BY order with no other
    ** index, and the codes are ids of the codes table. */
    "CREATE TABLE events_by_dyad(\n"
    "  src_country INTEGER NOT NULL, tgt_country INTEGER NOT NULL, day INTEGER NOT NULL,\n"
    "  src_code INTEGER NOT NULL, tgt_code INTEGER NOT NULL, cameo INTEGER NOT NULL,\n"
    "  id INTEGER NOT NULL, sid INTEGER NOT NULL, dup INTEGER NOT NULL,\n"
    "  quad_class INTEGER, goldstein REAL,\n"
    "  PRIMARY KEY(src_country, tgt_country, day, src_code, tgt_code, cameo, id)) WITHOUT ROWID;\n"
    "CREATE VIEW events AS\n"
    "  SELECT e.id AS id, e.sid AS sid, nullif(e.day, -2147483648) AS day,\n"
    "    (SELECT code FROM codes WHERE id = e.src_country) AS src_country,\n"
    "    (SELECT code FROM codes WHERE id = e.tgt_country) AS tgt_country,\n"
    "    (SELECT code FROM codes WHERE id = e.src_code) AS src_code,\n"
    "    (SELECT code FROM codes WHERE id = e.tgt_code) AS tgt_code,\n"
    "    (SELECT code FROM codes WHERE id = e.cameo) AS cameo,\n"
    "    e.quad_class AS quad_class, e.goldstein AS goldstein, e.dup AS dup\n"
    "  FROM events_by_dyad e;\n"
    "CREATE VIEW sentences AS\n"
    "  SELECT s.sid AS sid, CAST(j.key AS INTEGER) AS sent, j.value AS text\n"
    "  FROM stories s, json_each(s.sentences) j;\n"
    "CREATE VIEW events_full AS\n"
    "  SELECT\n"
    "    x.id AS id,\n"
    "    x.doc_id AS doc_id,\n"
    "    json_extract(x.r, '$[1]') AS sent,\n"
    "    json_extract(x.r, '$[0]') AS event_id,\n"
    "    json_extract(x.r, '$[2]') AS date,\n"
    "    x.day AS day,\n"
    "    json_extract(x.r, '$[3]') AS date_basis,\n"
    "    json_extract(x.r, '$[4]') AS src_text,\n"
    "    json_extract(x.r, '$[28]') AS src_code,\n"
    "    json_extract(x.r, '$[29]') AS src_country,\n"
    "    json_extract(x.r, '$[5]') AS src_sector,\n"
    "    json_extract(x.r, '$[6]') AS src_start,\n"
    "    json_extract(x.r, '$[7]') AS src_end,\n"
    "    json_extract(x.r, '$[8]') AS tgt_text,\n"
    "    json_extract(x.r, '$[30]') AS tgt_code,\n"
    "    json_extract(x.r, '$[31]') AS tgt_country,\n"
    "    json_extract(x.r, '$[9]') AS tgt_sector,\n"
    "    json_extract(x.r, '$[10]') AS tgt_start,\n"
    "    json_extract(x.r, '$[11]') AS tgt_end,\n"
    "    json_extract(x.r, '$[32]') AS cameo,\n"
    "    json_extract(x.r, '$[12]') AS cameo_root,\n"
    "    json_extract(x.r, '$[13]') AS plover,\n"
    "    x.quad_class AS quad_class,\n"
    "    x.goldstein AS goldstein,\n"
    "    json_extract(x.r, '$[14]') AS verb_text,\n"
    "    json_extract(x.r, '$[15]') AS verb_lemma,\n"
    "    json_extract(x.r, '$[16]') AS verb_start,\n"
    "    json_extract(x.r, '$[17]') AS verb_end,\n"
    "    json_extract(x.r, '$[18]') AS negated,\n"
    "    json_extract(x.r, '$[19]') AS modality,\n"
    "    json_extract(x.r, '$[20]') AS confidence,\n"
    "    json_extract(x.r, '$[21]') AS loc_text,\n"
    "    json_extract(x.r, '$[22]') AS loc_name,\n"
    "    json_extract(x.r, '$[23]') AS loc_country,\n"
    "    json_extract(x.r, '$[24]') AS loc_lat,\n"
    "    json_extract(x.r, '$[25]') AS loc_lon,\n"
    "    json_extract(x.r, '$[26]') AS loc_id,\n"
    "    json_extract(x.sentences, '$.\"' || json_extract(x.r, '$[1]') || '\"') AS sentence,\n"
    "    json_extract(x.r, '$[27]') AS why,\n"
    "    x.story_source AS story_source,\n"
    "    x.story_url AS story_url,\n"
    "    x.dup AS dup\n"
    "  FROM (SELECT e.id AS id, s.id AS doc_id, nullif(e.day, -2147483648) AS day,\n"
    "          e.quad_class AS quad_class, e.goldstein AS goldstein, e.dup AS dup,\n"
    "          s.source AS story_source, s.url AS story_url, s.sentences AS sentences,\n"
    "          json_extract(s.events, '$[' || (e.id - s.first_event) || ']') AS r\n"
    "        FROM events_by_dyad e JOIN stories s ON s.sid = e.sid) x;\n"
    "CREATE VIEW event_mentions AS\n"
    "  SELECT e.id AS event, json_extract(s.events, '$[' || (e.id - s.first_event) || '][0]') AS event_id,\n"
    "         s.id AS story, s.source AS source, s.url AS url, e.dup AS dup\n"
    "  FROM events_by_dyad e JOIN stories s ON s.sid = e.sid;\n"
    DEDUP_DAILY_SQL;

int store_fail(dyad_store *s, int rc, const char *what)
{
    const char *msg = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        snprintf(s->error, sizeof s->error,
                 "%s: the store is locked by another process (%s); wait for it to "
                 "finish, or use another --store", s->path, what);
        return DYAD_EIO;
    }
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) {
        snprintf(s->error, sizeof s->error,
                 "%s: not a dyad store, or a damaged one (%s: %s); give the path of a "
                 "store made by 'dyad store add'", s->path, what, msg);
        return DYAD_EFORMAT;
    }
    if (primary == SQLITE_READONLY) {
        snprintf(s->error, sizeof s->error, "%s: read-only (%s: %s)", s->path, what, msg);
        return DYAD_EIO;
    }
    if (primary == SQLITE_NOMEM) {
        snprintf(s->error, sizeof s->error, "%s: out of memory (%s)", s->path, what);
        return DYAD_ENOMEM;
    }
    snprintf(s->error, sizeof s->error, "%s: %s: %s", s->path, what, msg);
    return DYAD_EIO;
}

static void set_error(dyad_store *s, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(s->error, sizeof s->error, "%s: ", s->path);
    if (n < 0 || (size_t)n >= sizeof s->error) return;
    va_start(ap, fmt);
    vsnprintf(s->error + n, sizeof s->error - (size_t)n, fmt, ap);
    va_end(ap);
}

/* Reads one integer pragma. */
static int pragma_int(dyad_store *s, const char *sql, int64_t *value)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_step(st);
    *value = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Creates the schema in an empty database, or checks an existing one. */
static int check_schema(dyad_store *s)
{
    int64_t app = 0, version = 0, tables = 0;
    int rc = pragma_int(s, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK) rc = pragma_int(s, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK) rc = pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables);
    if (rc != SQLITE_OK) return store_fail(s, rc, "reading the schema");
    if (tables == 0 && app == 0) {
        if (s->read_only) {
            set_error(s, "empty file, not a dyad store; make one with 'dyad store add --store %s FILE.jsonl'", s->path);
            return DYAD_EFORMAT;
        }
        char *msg = NULL;
        char sql[sizeof schema_v2 + 200];
        snprintf(sql, sizeof sql, "BEGIN IMMEDIATE;\n%s"
                 "PRAGMA application_id = %d;\nPRAGMA user_version = %d;\nCOMMIT;",
                 schema_v2, STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
        rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
        sqlite3_free(msg);
        if (rc != SQLITE_OK) {
            int status = store_fail(s, rc, "creating the schema");
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return status;
        }
        return DYAD_OK;
    }
    if (app != STORE_APPLICATION_ID) {
        set_error(s, "an SQLite database of another application, not a dyad store; "
                     "give the path of a store made by 'dyad store add'");
        return DYAD_EFORMAT;
    }
    if (version > STORE_SCHEMA_VERSION) {
        set_error(s, "made by a newer dyad (schema %lld, this dyad reads up to %d); upgrade dyad",
                  (long long)version, STORE_SCHEMA_VERSION);
        return DYAD_EFORMAT;
    }
    if (version < STORE_SCHEMA_VERSION) {
        /* Schema 2 changed every events row (integer codes, records kept
        ** per story); rebuilding from the JSON Lines is the way across. */
        set_error(s, "made by an older dyad (schema %lld; this dyad reads schema %d); "
                     "store the events again into a new store: 'dyad store add --store NEW.db "
                     "FILE.jsonl' (an older dyad's 'dyad export --format jsonl' gives the "
                     "JSON Lines of this one)", (long long)version, STORE_SCHEMA_VERSION);
        return DYAD_EFORMAT;
    }
    return DYAD_OK;
}

static int prepare(dyad_store *s, sqlite3_stmt **st, const char *sql)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    return rc == SQLITE_OK ? DYAD_OK : store_fail(s, rc, "preparing statements");
}

static int prepare_writes(dyad_store *s)
{
    int rc = DYAD_OK;
    if (!rc) rc = prepare(s, &s->st_find_story,
                          "SELECT sid, first_event, n_events, events FROM stories WHERE id = ?1");
    /* A replaced story's rows are found from its stored events: their
    ** codes give the keys, so events_by_dyad needs no index on sid. */
    if (!rc) rc = prepare(s, &s->st_del_event,
        "DELETE FROM events_by_dyad WHERE src_country = ?1 AND tgt_country = ?2 AND day = ?3"
        " AND src_code = ?4 AND tgt_code = ?5 AND cameo = ?6 AND id = ?7");
    if (!rc) rc = prepare(s, &s->st_del_story, "DELETE FROM stories WHERE sid = ?1");
    /* OR FAIL, not the default ABORT: an ABORT statement that writes more
    ** than one B-tree keeps a statement journal, a copy of every page it
    ** touches, to undo itself (without it, 13% more inserts a second).  A failed insert
    ** here has written nothing yet (a story's constraints are checked
    ** before its row goes in; events_by_dyad rows cannot collide, their
    ** ids being new), and a failure rolls the whole batch back anyway. */
    if (!rc) rc = prepare(s, &s->st_add_story,
        "INSERT OR FAIL INTO stories(id, date, day, source, url, text_hash, minhash, dup_of, dup_of_sid,"
        " similarity, n_events, sid, first_event, events, sentences, added)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    /* Story and event ids are handed out together, in order (begin_batch),
    ** so the last event id is that of the last story with events: found
    ** from the end of the table, where max(first_event + n_events - 1)
    ** read every story at each batch (the whole file on a big store). */
    if (!rc) rc = prepare(s, &s->st_next_ids,
                          "SELECT (SELECT ifnull(max(sid), 0) FROM stories),"
                          " ifnull((SELECT first_event + n_events - 1 FROM stories"
                          " WHERE n_events > 0 ORDER BY sid DESC LIMIT 1), 0)");
    if (!rc) rc = prepare(s, &s->st_add_event,
        "INSERT OR FAIL INTO events_by_dyad(src_country, tgt_country, day, src_code, tgt_code, cameo,"
        " id, sid, dup, quad_class, goldstein)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!rc) {
        /* The same insert, STORE_ROWS_PER_INSERT rows at a time. */
        char sql[STORE_ROWS_PER_INSERT * 40 + 200];
        size_t len = (size_t)snprintf(sql, sizeof sql,
            "INSERT OR FAIL INTO events_by_dyad(src_country, tgt_country, day, src_code, tgt_code, cameo,"
            " id, sid, dup, quad_class, goldstein) VALUES ");
        for (int r = 0; r < STORE_ROWS_PER_INSERT; r++)
            len += (size_t)snprintf(sql + len, sizeof sql - len, "%s(?,?,?,?,?,?,?,?,?,?,?)", r ? "," : "");
        rc = prepare(s, &s->st_add_events, sql);
    }
    if (!rc) rc = prepare(s, &s->st_add_actor,
        "INSERT OR IGNORE INTO actors(code, country, sector, name) VALUES (?1, ?2, ?3, ?4)");
    if (!rc) rc = prepare(s, &s->st_story_id, "SELECT id FROM stories WHERE sid = ?1");
    if (!rc) {
        int crc = code_dict_load(&s->codes, s->db);
        if (crc != SQLITE_OK) rc = store_fail(s, crc, "reading the codes");
    }
    if (!rc) {
        int src = dedup_prepare(&s->dedup, s->db, s->dup_threshold);
        if (src != SQLITE_OK) rc = store_fail(s, src, "preparing statements");
    }
    return rc;
}

int store_open(dyad_store **out, const char *path, const store_options *options)
{
    static const store_options defaults = { 0 };
    const store_options *o = options ? options : &defaults;
    *out = NULL;
    dyad_store *s = calloc(1, sizeof *s);
    if (!s) return DYAD_ENOMEM;
    s->path = strdup(path ? path : "");
    if (!s->path) { free(s); return DYAD_ENOMEM; }
    *out = s;
    s->read_only = o->read_only;
    s->batch_events = o->batch_events ? o->batch_events : 200000;
    s->busy_timeout_ms = o->busy_timeout_ms == 0 ? 1000 : o->busy_timeout_ms < 0 ? 0 : o->busy_timeout_ms;
    s->dup_threshold = o->dup_threshold > 0 ? o->dup_threshold : 0.8;
    s->last_day = INT64_MIN;     /* the day of last_date, "": unknown */

    struct stat sb;
    int exists = stat(s->path, &sb) == 0;
    if (!*s->path) { set_error(s, "no store path given"); return DYAD_EINVAL; }
    if (!exists && (o->read_only || o->must_exist)) {
        set_error(s, "no store here; make one with 'dyad store add --store %s FILE.jsonl'", s->path);
        return DYAD_ENOTFOUND;
    }
    if (exists && S_ISDIR(sb.st_mode)) {
        set_error(s, "a folder, not a store file");
        return DYAD_EIO;
    }
    int flags = o->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(s->path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) return store_fail(s, rc, "opening");
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, s->busy_timeout_ms);

    char *msg = NULL;
    if (!o->read_only) {
        /* WAL keeps readers running beside a writer and makes a killed
        ** writer's open transaction simply vanish; NORMAL syncs at
        ** checkpoints, which is durable across a process kill. */
        /* 64 KiB pages (for a new file; an existing one keeps its own):
        ** the events_by_dyad inserts of a batch land in fewer, larger
        ** pages, and a series scan reads fewer of them. */
        rc = sqlite3_exec(s->db, "PRAGMA page_size=65536; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                          " PRAGMA wal_autocheckpoint=4096;",
                          NULL, NULL, &msg);
        sqlite3_free(msg);
        if (rc != SQLITE_OK) return store_fail(s, rc, "opening");
    }
    /* Readers map the file rather than copy pages through read(): a series
    ** over a big dyad touches hundreds of megabytes of index. */
    rc = sqlite3_exec(s->db, o->read_only
                      ? "PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=17179869184;"
                      : "PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;", NULL, NULL, &msg);
    sqlite3_free(msg);
    if (rc != SQLITE_OK) return store_fail(s, rc, "opening");
    int status = check_schema(s);
    if (status != DYAD_OK) return status;
    if (o->read_only) return DYAD_OK;
    return prepare_writes(s);
}

int store_close(dyad_store *s)
{
    if (!s) return DYAD_OK;
    int status = DYAD_OK;
    if (s->in_batch) status = store_commit(s);
    sqlite3_stmt **sts[] = { &s->st_find_story, &s->st_del_event, &s->st_add_events,
        &s->st_del_story, &s->st_add_story,
        &s->st_add_event, &s->st_add_actor, &s->st_story_id, &s->st_next_ids };
    free(s->rec.data);
    free(s->sents.data);
    free(s->keys);
    free(s->keys_scratch);
    code_dict_free(&s->codes);
    for (size_t i = 0; i < sizeof sts / sizeof sts[0]; i++) sqlite3_finalize(*sts[i]);
    dedup_finalize(&s->dedup);
    if (s->db) sqlite3_close(s->db);
    free(s->actor_seen);
    free(s->path);
    free(s);
    return status;
}

const char *store_error(const dyad_store *s) { return s ? s->error : "out of memory"; }

sqlite3 *store_db(dyad_store *s) { return s->db; }

/* Days from civil (H. Hinnant's algorithm), valid for the proleptic
** Gregorian calendar. */
int64_t store_day_number(const char *d)
{
    if (!d || strlen(d) != 10 || d[4] != '-' || d[7] != '-') return INT64_MIN;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return INT64_MIN;
    int64_t y = atoi(d), m = atoi(d + 5), day = atoi(d + 8);
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12 || day < 1 || day > mdays[m - 1]) return INT64_MIN;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && day == 29 && !leap) return INT64_MIN;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void store_day_string(int64_t z, char *buf, size_t size)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    snprintf(buf, size, "%04lld-%02lld-%02lld", (long long)y, (long long)m, (long long)d);
}
