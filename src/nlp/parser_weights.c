/*
** parser_weights.c — training weights and their packing.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "nlp/parser.h"
#include "nlp/parser_weights.h"

tw_feature *tw_find(const tw_table *t, uint64_t key)
{
    if (!t->index) return NULL;
    for (size_t at = key & t->mask;; at = (at + 1) & t->mask) {
        uint32_t i = t->index[at];
        if (i == 0) return NULL;
        if (t->feats[i - 1].key == key) return &t->feats[i - 1];
    }
}

static int tw_grow_index(tw_table *t)
{
    size_t size = t->index ? (t->mask + 1) * 2 : 1u << 16;
    uint32_t *index = calloc(size, sizeof *index);
    if (!index) return DYAD_ENOMEM;
    for (size_t i = 0; i < t->n_feats; i++) {
        size_t at = t->feats[i].key & (size - 1);
        while (index[at]) at = (at + 1) & (size - 1);
        index[at] = (uint32_t)(i + 1);
    }
    free(t->index);
    t->index = index;
    t->mask = size - 1;
    return DYAD_OK;
}

tw_feature *tw_add(tw_table *t, uint64_t key)
{
    tw_feature *f = tw_find(t, key);
    if (f) return f;
    if (!t->index || (t->n_feats + 1) * 2 > t->mask + 1) {
        if (tw_grow_index(t)) return NULL;
    }
    if (t->n_feats == t->cap_feats) {
        size_t cap = t->cap_feats ? t->cap_feats * 2 : 1u << 16;
        if (cap >= UINT32_MAX) return NULL;
        tw_feature *feats = realloc(t->feats, cap * sizeof *feats);
        if (!feats) return NULL;
        t->feats = feats;
        t->cap_feats = cap;
    }
    size_t at = key & t->mask;
    while (t->index[at]) at = (at + 1) & t->mask;
    f = &t->feats[t->n_feats++];
    memset(f, 0, sizeof *f);
    f->key = key;
    t->index[at] = (uint32_t)t->n_feats;
    return f;
}

int tw_update(tw_table *t, uint64_t key, int action, float delta)
{
    tw_feature *f = tw_add(t, key);
    if (!f) return DYAD_ENOMEM;
    tw_entry *e = NULL;
    for (uint32_t i = 0; i < f->n; i++)
        if (f->e[i].action == (uint32_t)action) { e = &f->e[i]; break; }
    if (!e) {
        if (f->n == f->cap) {
            uint32_t cap = f->cap ? f->cap * 2 : 2;
            tw_entry *grown = realloc(f->e, cap * sizeof *grown);
            if (!grown) return DYAD_ENOMEM;
            f->e = grown;
            f->cap = cap;
        }
        e = &f->e[f->n++];
        e->action = (uint32_t)action;
        e->w = 0;
        e->u = 0;
    }
    e->w += delta;
    e->u += t->time * delta;
    return DYAD_OK;
}

void tw_free(tw_table *t)
{
    for (size_t i = 0; i < t->n_feats; i++) free(t->feats[i].e);
    free(t->feats);
    free(t->index);
    memset(t, 0, sizeof *t);
}

void tw_score(const tw_table *t, const uint64_t *keys, int n_keys,
                     float *scores, int n_actions)
{
    memset(scores, 0, (size_t)n_actions * sizeof *scores);
    for (int i = 0; i < n_keys; i++) {
        const tw_feature *f = tw_find(t, keys[i]);
        if (!f) continue;
        for (uint32_t k = 0; k < f->n; k++) scores[f->e[k].action] += f->e[k].w;
    }
}
int tw_pack(const tw_table *tw, double threshold, uint32_t **slots_out, size_t *n_slots_out,
            uint32_t **entries_out, size_t *n_entries_out, size_t *n_features)
{
    double c = tw->time > 0 ? tw->time : 1;
    double max_w = 0;
    for (size_t i = 0; i < tw->n_feats; i++)
        for (uint32_t k = 0; k < tw->feats[i].n; k++) {
            double a = fabs(tw->feats[i].e[k].w - tw->feats[i].e[k].u / c);
            if (a > max_w) max_w = a;
        }
    /* One scale for all weights: the largest maps to the int16 limit. */
    double scale = max_w > 0 ? 32767.0 / max_w : 1.0;
    /* First pass: count what survives. */
    size_t n_feats = 0, n_entries = 0;
    for (size_t i = 0; i < tw->n_feats; i++) {
        size_t kept = 0;
        for (uint32_t k = 0; k < tw->feats[i].n; k++) {
            double a = tw->feats[i].e[k].w - tw->feats[i].e[k].u / c;
            if (fabs(a) >= threshold && lround(a * scale) != 0) kept++;
        }
        n_entries += kept;
        n_feats += kept > 0;
    }
    if (n_entries == 0 || n_entries > UINT32_MAX / 2) return DYAD_EINVAL;
    size_t n_slots = 1024;
    while (n_slots * 7 / 10 < n_feats) n_slots *= 2;
    uint32_t *slots = calloc(n_slots * 2, sizeof *slots);
    uint32_t *entries = malloc(n_entries * sizeof *entries);
    if (!slots || !entries) {
        free(slots);
        free(entries);
        return DYAD_ENOMEM;
    }
    size_t at_entry = 0;
    for (size_t i = 0; i < tw->n_feats; i++) {
        const tw_feature *f = &tw->feats[i];
        size_t start = at_entry;
        for (uint32_t k = 0; k < f->n; k++) {
            double a = f->e[k].w - f->e[k].u / c;
            long q = lround(a * scale);
            if (fabs(a) < threshold || q == 0) continue;
            if (q > 32767) q = 32767;
            if (q < -32767) q = -32767;
            entries[at_entry++] = ((uint32_t)(uint16_t)(int16_t)q) | (f->e[k].action << 16);
        }
        if (at_entry == start) continue;
        entries[at_entry - 1] |= PARSER_ENTRY_LAST;
        uint32_t check = (uint32_t)(f->key >> 32) | 1u;
        size_t at = f->key & (n_slots - 1);
        while (slots[2 * at]) at = (at + 1) & (n_slots - 1);
        slots[2 * at] = check;
        slots[2 * at + 1] = (uint32_t)start;
    }
    *slots_out = slots;
    *n_slots_out = n_slots;
    *entries_out = entries;
    *n_entries_out = n_entries;
    *n_features = n_feats;
    return DYAD_OK;
}
