/*
** dedup.h — the two kinds of duplicate the store removes.
**
** Duplicate stories: the same text arriving from two feeds.  A story whose
** normalised text hash equals an earlier story's, or whose MinHash
** signature is at least `threshold` similar to one found through the LSH
** bands (shingle.h), is marked as a duplicate of it (stories.dup_of), and
** its events are kept but flagged (events.dup = 1), so counts of events
** ignore them while counts of sources and articles see them.
**
** Duplicate events: the one-a-day filter of the Phoenix and GDELT
** tradition.  Events with the same date, source code, target code and
** CAMEO code are one event, which counts its mentions (event rows), its
** articles (distinct stories) and its sources (distinct story sources),
** like GDELT's NumMentions / NumArticles / NumSources.  The store keeps
** every mention and computes this in the daily_events view (DEDUP_DAILY_SQL).
**
** Queries group by (source country, target country, date, source code,
** target code, CAMEO code): an actor code fixes its country, so the groups
** are the same, and in that order they stream out of events_by_dyad
** (store.c), whose key they are, without a sort.
*/
#ifndef DYAD_STORE_DEDUP_H
#define DYAD_STORE_DEDUP_H

#include <sqlite3.h>
#include <stdint.h>
#include "store/shingle.h"

typedef struct dedup_ctx {
    sqlite3_stmt *by_hash, *by_band, *get_sig, *add_band, *del_band;
    double threshold;        /* > 1: exact duplicates only */
} dedup_ctx;

/* Prepares the statements on db; returns a SQLite result code. */
int dedup_prepare(dedup_ctx *ctx, sqlite3 *db, double threshold);
void dedup_finalize(dedup_ctx *ctx);

/*
** Looks for an earlier story (not `self`) that this text duplicates.
** Sets *dup_sid (0 if none) and *similarity.  When the match is itself a
** duplicate, its original is returned, so chains end at the first story.
** Returns a SQLite result code.
*/
int dedup_find(dedup_ctx *ctx, int64_t self, uint64_t text_hash,
               const shingle_sig *sig, int64_t *dup_sid, double *similarity);

/* Files the story's LSH bands so that later stories can find it. */
int dedup_add_bands(dedup_ctx *ctx, int64_t sid, const shingle_sig *sig);

/* Removes the bands of a stored story (before it is replaced): they are
** recomputed from its stored signature, so no index on sid is needed. */
int dedup_remove_bands(dedup_ctx *ctx, int64_t sid);

/* The one-a-day view, created with the schema (store.c). */
#define DEDUP_DAILY_SQL \
    "CREATE VIEW IF NOT EXISTS daily_events AS\n" \
    "  SELECT d.id AS id,\n" \
    "         CASE WHEN d.day > -2147483648 THEN date(d.day * 86400, 'unixepoch') END AS date,\n" \
    "         nullif(d.day, -2147483648) AS day,\n" \
    "         sa.code AS src_code, ta.code AS tgt_code, cm.code AS cameo,\n" \
    "         substr(cm.code, 1, 2) AS cameo_root, d.quad_class AS quad_class,\n" \
    "         d.goldstein AS goldstein, d.num_mentions AS num_mentions,\n" \
    "         d.num_sources AS num_sources, d.num_articles AS num_articles\n" \
    "  FROM (SELECT min(e.id) AS id, e.day AS day, e.src_code AS src_code,\n" \
    "               e.tgt_code AS tgt_code, e.cameo AS cameo, min(e.quad_class) AS quad_class,\n" \
    "               avg(e.goldstein) AS goldstein, count(*) AS num_mentions,\n" \
    "               count(DISTINCT s.source) AS num_sources, count(DISTINCT e.sid) AS num_articles\n" \
    "        FROM events_by_dyad e JOIN stories s ON s.sid = e.sid\n" \
    "        GROUP BY e.src_country, e.tgt_country, e.day, e.src_code, e.tgt_code, e.cameo\n" \
    "        HAVING min(e.dup) = 0) d\n" \
    "  JOIN codes sa ON sa.id = d.src_code JOIN codes ta ON ta.id = d.tgt_code\n" \
    "  JOIN codes cm ON cm.id = d.cameo;\n"

#endif
