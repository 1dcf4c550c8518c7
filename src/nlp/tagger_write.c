/*
** tagger_write.c — the model file (step 6 of tagger_train.c): weights
** quantized to int16, zero weights dropped, rows sparse or dense, and the
** hash tables of tagger.h, written as one binfile.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/tagger_train_int.h"

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */


void tagger_model_out_free(model_out *m)
{
    bytebuf_free(&m->labels);
    bytebuf_free(&m->xpos);
    bytebuf_free(&m->fslots);
    bytebuf_free(&m->weights);
    bytebuf_free(&m->dense);
    bytebuf_free(&m->vslots);
    bytebuf_free(&m->words);
    bytebuf_free(&m->wentries);
}

int tagger_build_model(trainer *T, const lemma_tables *L, const wordnet *W, model_out *M)
{
    tg_meta *m = &M->meta;
    memset(m, 0, sizeof *m);
    m->byte_order = TAGGER_BYTE_ORDER;
    m->n_labels = T->n_labels;
    m->n_xpos = T->n_xpos;
    m->suffix_max = SUFFIX_MAX;

    for (uint32_t l = 0; l < T->n_labels; l++) {
        tg_label lab = { T->label_upos[l], T->label_xpos[l], L->label_feats[l], T->label_xpos_id[l] };
        if (bytebuf_add(&M->labels, &lab, sizeof lab)) return NOMEM(T);
    }
    for (uint32_t x = 0; x < T->n_xpos; x++) {
        tg_xpos xp = { T->xpos_name[x], 0, 0, 0, 0 };
        tagger_xpos_class(T->str.data + T->xpos_name[x], &xp.wn_pos, &xp.inflected, &xp.keep_case);
        if (bytebuf_add(&M->xpos, &xp, sizeof xp)) return NOMEM(T);
    }

    /* Weights: int16 at a scale that maps the largest to TG_WEIGHT_MAX. */
    size_t n = (size_t)T->n_feats * T->n_labels;
    float maxabs = 0;
    for (size_t j = 0; j < n; j++) if (fabsf(T->best[j]) > maxabs) maxabs = fabsf(T->best[j]);
    m->scale = maxabs > 0 ? (float)TG_WEIGHT_MAX / maxabs : 1.0f;
    m->passes = T->o->passes == 2 ? 2 : 1;
    uint32_t *row_start = malloc((T->n_feats ? T->n_feats : 1) * sizeof *row_start);
    if (!row_start) return NOMEM(T);
    uint32_t n_rows = 0, stride = TG_STRIDE(T->n_labels);
    int16_t dense[TG_STRIDE(TAGGER_MAX_LABELS)];
    for (uint32_t f = 0; f < T->n_feats; f++) {
        row_start[f] = TAGGER_EMPTY;
        uint32_t k = 0;
        memset(dense, 0, sizeof dense);
        for (uint32_t l = 0; l < T->n_labels; l++) {
            long q = lroundf(T->best[(size_t)f * T->n_labels + l] * m->scale);
            if (labs(q) < T->o->min_weight || q == 0) continue;
            dense[l] = (int16_t)q;
            k++;
        }
        if (!k) continue;
        n_rows++;
        if (k > TG_DENSE_MIN) {
            row_start[f] = TG_DENSE | m->n_dense++;
            if (bytebuf_add(&M->dense, dense, stride * sizeof *dense)) { free(row_start); return NOMEM(T); }
            continue;
        }
        row_start[f] = (uint32_t)(M->weights.len / 4);
        for (uint32_t l = 0; l < T->n_labels; l++) {
            if (!dense[l]) continue;
            uint32_t e = (uint32_t)(uint16_t)dense[l] | l << 16;
            if (bytebuf_add(&M->weights, &e, 4)) { free(row_start); return NOMEM(T); }
        }
        ((uint32_t *)M->weights.data)[M->weights.len / 4 - 1] |= TG_W_LAST;
    }
    m->n_weights = (uint32_t)(M->weights.len / 4);
    m->feat_slots = table_size(n_rows, LOAD_FEATURES);
    tg_slot empty = { 0, TAGGER_EMPTY };
    for (uint32_t i = 0; i < m->feat_slots; i++)
        if (bytebuf_add(&M->fslots, &empty, sizeof empty)) { free(row_start); return NOMEM(T); }
    tg_slot *fs = (tg_slot *)M->fslots.data;
    size_t kept = 0;
    for (uint32_t f = 0; f < T->n_feats; f++) {
        if (row_start[f] == TAGGER_EMPTY) continue;
        uint64_t key = T->feat_keys[f];
        uint32_t fp = (uint32_t)(key >> 32), h = (uint32_t)key & (m->feat_slots - 1);
        int clash = 0;
        while (fs[h].value != TAGGER_EMPTY) {
            if (fs[h].fp == fp) clash = 1;   /* would shadow: drop this one */
            h = (h + 1) & (m->feat_slots - 1);
        }
        if (clash) continue;
        fs[h].fp = fp;
        fs[h].value = row_start[f];
        kept++;
    }
    free(row_start);
    T->r->features = kept;
    T->r->weights = m->n_weights + (size_t)m->n_dense * T->n_labels;

    /* Vocabulary and its entries (L->entries is sorted by word). */
    m->n_words = T->n_words;
    m->vocab_slots = table_size(T->n_words, LOAD_OTHER);
    for (uint32_t i = 0; i < m->vocab_slots; i++)
        if (bytebuf_add(&M->vslots, &empty, sizeof empty)) return NOMEM(T);
    tg_slot *vs = (tg_slot *)M->vslots.data;
    size_t e = 0;
    for (uint32_t w = 0; w < T->n_words; w++) {
        const char *s = T->str.data + T->word_str[w];
        uint64_t key = feat_hash(s, strlen(s));
        uint32_t h = (uint32_t)key & (m->vocab_slots - 1);
        while (vs[h].value != TAGGER_EMPTY) h = (h + 1) & (m->vocab_slots - 1);
        vs[h].fp = (uint32_t)(key >> 32);
        vs[h].value = w;
        tg_word tw = { T->word_str[w], T->word_amb[w], T->word_top[w], T->word_fixed[w], (uint32_t)(M->wentries.len / sizeof(tg_wentry)), 0 };
        for (; e < L->n_entries && L->entries[e].word == (int32_t)w; e++) {
            const entry *en = &L->entries[e];
            tg_wentry we = { (uint16_t)en->label, en->mode, en->strip, en->lemma, en->feats };
            if (bytebuf_add(&M->wentries, &we, sizeof we)) return NOMEM(T);
            tw.count++;
        }
        if (bytebuf_add(&M->words, &tw, sizeof tw)) return NOMEM(T);
    }
    m->n_wentries = (uint32_t)(M->wentries.len / sizeof(tg_wentry));
    m->n_scripts = (uint32_t)(L->scripts.len / sizeof(tg_script));
    m->rule_slots = L->rule_slots;
    m->exc_slots = W->exc_slots;
    m->known_slots = W->known_slots;
    m->strings_size = (uint32_t)T->str.len;
    T->r->vocabulary = T->n_words;
    return DYAD_OK;
}

int tagger_write_model(trainer *T, const model_out *M, const lemma_tables *L,
                       const wordnet *W, const char *info)
{
    binfile_writer *w;
    if (binfile_writer_new(&w, TAGGER_KIND, TAGGER_VERSION)) return NOMEM(T);
    int rc = binfile_add(w, "meta", &M->meta, sizeof M->meta);
    if (!rc) rc = binfile_add(w, "info", info, strlen(info) + 1);
    if (!rc) rc = binfile_add(w, "strings", T->str.data, T->str.len);
    if (!rc) rc = binfile_add(w, "labels", M->labels.data, M->labels.len);
    if (!rc) rc = binfile_add(w, "xpos", M->xpos.data, M->xpos.len);
    if (!rc) rc = binfile_add(w, "fslots", M->fslots.data, M->fslots.len);
    if (!rc) rc = binfile_add(w, "weights", M->weights.data, M->weights.len);
    if (!rc) rc = binfile_add(w, "dense", M->dense.data, M->dense.len);
    if (!rc) rc = binfile_add(w, "vslots", M->vslots.data, M->vslots.len);
    if (!rc) rc = binfile_add(w, "words", M->words.data, M->words.len);
    if (!rc) rc = binfile_add(w, "wentries", M->wentries.data, M->wentries.len);
    if (!rc) rc = binfile_add(w, "scripts", L->scripts.data, L->scripts.len);
    if (!rc) rc = binfile_add(w, "rslots", L->rules.data, L->rules.len);
    if (!rc) rc = binfile_add(w, "xslots", W->exc.data, W->exc.len);
    if (!rc) rc = binfile_add(w, "known", W->known.data, W->known.len);
    if (!rc && T->wnc.slots) rc = binfile_add(w, "wnclass", T->wnc.slots, (size_t)T->wnc_slots * 4);
    if (!rc && T->wnc.slots) {
        /* The vocabulary's classes, ready for the tagger's loading. */
        uint32_t *cls = malloc((T->n_words ? T->n_words : 1) * sizeof *cls);
        if (!cls) rc = DYAD_ENOMEM;
        for (uint32_t i = 0; cls && i < T->n_words; i++) {
            const char *s = T->str.data + T->word_str[i];
            cls[i] = wnc_classes(&T->wnc, s, strlen(s));
        }
        if (!rc) rc = binfile_add(w, "wordwnc", cls, (size_t)T->n_words * sizeof *cls);
        free(cls);
    }
    if (rc) {
        binfile_writer_free(w);
        return NOMEM(T);
    }
    rc = binfile_write(w, T->o->out, T->err, T->err_len);
    binfile_writer_free(w);
    return rc;
}
