/*
** parser_weights.h — the parser's weights while it trains, and packing
** them into the parsing model.
**
** Each feature keeps a short list of (action, weight, update sum) for the
** actions it has ever been updated for; the averaged weight is w - u/c
** (Daumé's trick), so averaging costs nothing per step.  Packing takes the
** averaged weights, drops those below a threshold, quantizes the rest to
** int16 and lays them out as parser.h describes.
*/
#ifndef DYAD_NLP_PARSER_WEIGHTS_H
#define DYAD_NLP_PARSER_WEIGHTS_H

#include <stddef.h>
#include <stdint.h>

typedef struct tw_entry {
    uint32_t action;
    float w;                 /* current weight */
    double u;                /* sum of time * update, for the average */
} tw_entry;

typedef struct tw_feature {
    uint64_t key;
    uint32_t n, cap;
    tw_entry *e;
} tw_feature;

/* The training weights: features in creation order, and an index. */
typedef struct tw_table {
    tw_feature *feats;
    size_t n_feats, cap_feats;
    uint32_t *index;         /* feature number + 1, 0 = empty */
    size_t mask;
    double time;             /* decisions seen: the perceptron's clock */
} tw_table;

/* The feature with this key, or NULL. */
tw_feature *tw_find(const tw_table *t, uint64_t key);
/* The feature with this key, added if new; NULL when out of memory. */
tw_feature *tw_add(tw_table *t, uint64_t key);
/* Adds delta to the weight of (key, action) at the table's time;
** DYAD_OK or DYAD_ENOMEM. */
int tw_update(tw_table *t, uint64_t key, int action, float delta);
/* scores[a] = the sum of the current weights of the keys for action a. */
void tw_score(const tw_table *t, const uint64_t *keys, int n_keys,
              float *scores, int n_actions);
/* Frees everything the table holds and zeroes it. */
void tw_free(tw_table *t);

/*
** Packs the averaged weights of magnitude >= threshold: *slots (n_slots*2
** uint32, n_slots a power of two) and *entries, both malloc'd for the
** caller to free.  DYAD_OK, DYAD_EINVAL when nothing survives, or
** DYAD_ENOMEM.
*/
int tw_pack(const tw_table *t, double threshold, uint32_t **slots, size_t *n_slots,
            uint32_t **entries, size_t *n_entries, size_t *n_features);

#endif
