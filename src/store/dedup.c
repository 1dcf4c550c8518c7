/*
** dedup.c — finding the story a new story duplicates (dedup.h).
*/
#include <stddef.h>
#include "store/dedup.h"

int dedup_prepare(dedup_ctx *ctx, sqlite3 *db, double threshold)
{
    ctx->threshold = threshold;
    int rc = sqlite3_prepare_v2(db,
        "SELECT sid, dup_of_sid FROM stories WHERE text_hash = ?1 AND sid <> ?2 "
        "ORDER BY sid LIMIT 1", -1, &ctx->by_hash, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db,
        "SELECT sid FROM story_bands WHERE band = ?1 AND sid <> ?2 LIMIT 96",
        -1, &ctx->by_band, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db,
        "SELECT minhash, dup_of_sid FROM stories WHERE sid = ?1", -1, &ctx->get_sig, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db,
        "INSERT OR IGNORE INTO story_bands(band, sid) VALUES (?1, ?2)", -1, &ctx->add_band, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db,
        "DELETE FROM story_bands WHERE band = ?1 AND sid = ?2", -1, &ctx->del_band, NULL);
    return rc;
}

void dedup_finalize(dedup_ctx *ctx)
{
    sqlite3_finalize(ctx->by_hash);
    sqlite3_finalize(ctx->by_band);
    sqlite3_finalize(ctx->get_sig);
    sqlite3_finalize(ctx->add_band);
    sqlite3_finalize(ctx->del_band);
    ctx->by_hash = ctx->by_band = ctx->get_sig = ctx->add_band = ctx->del_band = NULL;
}

/* A step that should yield rows or end: SQLITE_ROW / SQLITE_DONE are fine. */
static int step_ok(int rc) { return rc == SQLITE_ROW || rc == SQLITE_DONE; }

/* The original a candidate points to: itself, or what it duplicates. */
static int64_t original(sqlite3_stmt *st, int col, int64_t sid)
{
    return sqlite3_column_type(st, col) == SQLITE_NULL ? sid : sqlite3_column_int64(st, col);
}

int dedup_find(dedup_ctx *ctx, int64_t self, uint64_t text_hash,
               const shingle_sig *sig, int64_t *dup_sid, double *similarity)
{
    *dup_sid = 0;
    *similarity = 0.0;
    if (!text_hash) return SQLITE_OK;
    sqlite3_bind_int64(ctx->by_hash, 1, (int64_t)text_hash);
    sqlite3_bind_int64(ctx->by_hash, 2, self);
    int rc = sqlite3_step(ctx->by_hash);
    if (rc == SQLITE_ROW) {
        *dup_sid = original(ctx->by_hash, 1, sqlite3_column_int64(ctx->by_hash, 0));
        *similarity = 1.0;
    }
    sqlite3_reset(ctx->by_hash);
    if (!step_ok(rc)) return rc;
    if (*dup_sid || ctx->threshold > 1.0 || !sig->n_shingles) return SQLITE_OK;

    /* Near duplicates: the stories sharing a band are the candidates,
    ** each compared once however many bands it shares.  Boilerplate
    ** (bylines, disclaimers) can make a band popular, so the candidates
    ** are capped: the first DEDUP_MAX_CANDIDATES found, earliest first
    ** within a band. */
    enum { DEDUP_MAX_CANDIDATES = 96 };
    int64_t cand[DEDUP_MAX_CANDIDATES];
    size_t n_cand = 0;
    for (int b = 0; b < SHINGLE_BANDS && n_cand < DEDUP_MAX_CANDIDATES; b++) {
        sqlite3_bind_int64(ctx->by_band, 1, shingle_band(sig, b));
        sqlite3_bind_int64(ctx->by_band, 2, self);
        while (n_cand < DEDUP_MAX_CANDIDATES && (rc = sqlite3_step(ctx->by_band)) == SQLITE_ROW) {
            int64_t c = sqlite3_column_int64(ctx->by_band, 0);
            size_t k = 0;
            while (k < n_cand && cand[k] != c) k++;
            if (k == n_cand) cand[n_cand++] = c;
        }
        sqlite3_reset(ctx->by_band);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) return rc;
    }
    for (size_t k = 0; k < n_cand; k++) {
        sqlite3_bind_int64(ctx->get_sig, 1, cand[k]);
        rc = sqlite3_step(ctx->get_sig);
        if (rc == SQLITE_ROW) {
            shingle_sig other;
            const void *blob = sqlite3_column_blob(ctx->get_sig, 0);
            size_t len = (size_t)sqlite3_column_bytes(ctx->get_sig, 0);
            if (shingle_sig_unpack(blob, len, &other) == 0) {
                double sim = shingle_similarity(sig, &other);
                int64_t orig = original(ctx->get_sig, 1, cand[k]);
                if (sim >= ctx->threshold &&
                    (sim > *similarity || (sim == *similarity && orig < *dup_sid))) {
                    *similarity = sim;
                    *dup_sid = orig;
                }
            }
        }
        sqlite3_reset(ctx->get_sig);
        if (!step_ok(rc)) return rc;
    }
    if (!*dup_sid) *similarity = 0.0;
    return SQLITE_OK;
}

int dedup_add_bands(dedup_ctx *ctx, int64_t sid, const shingle_sig *sig)
{
    if (!sig->n_shingles || ctx->threshold > 1.0) return SQLITE_OK;
    for (int b = 0; b < SHINGLE_BANDS; b++) {
        sqlite3_bind_int64(ctx->add_band, 1, shingle_band(sig, b));
        sqlite3_bind_int64(ctx->add_band, 2, sid);
        int rc = sqlite3_step(ctx->add_band);
        sqlite3_reset(ctx->add_band);
        if (rc != SQLITE_DONE) return rc;
    }
    return SQLITE_OK;
}

int dedup_remove_bands(dedup_ctx *ctx, int64_t sid)
{
    shingle_sig sig;
    sqlite3_bind_int64(ctx->get_sig, 1, sid);
    int rc = sqlite3_step(ctx->get_sig);
    int have = rc == SQLITE_ROW &&
        shingle_sig_unpack(sqlite3_column_blob(ctx->get_sig, 0),
                           (size_t)sqlite3_column_bytes(ctx->get_sig, 0), &sig) == 0;
    sqlite3_reset(ctx->get_sig);
    if (!step_ok(rc)) return rc;
    if (!have) return SQLITE_OK;
    for (int b = 0; b < SHINGLE_BANDS; b++) {
        sqlite3_bind_int64(ctx->del_band, 1, shingle_band(&sig, b));
        sqlite3_bind_int64(ctx->del_band, 2, sid);
        rc = sqlite3_step(ctx->del_band);
        sqlite3_reset(ctx->del_band);
        if (rc != SQLITE_DONE) return rc;
    }
    return SQLITE_OK;
}
