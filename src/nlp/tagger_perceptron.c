/*
** tagger_perceptron.c — the trainer's features and averaged perceptron
** (steps 3 and 4 of tagger_train.c), and the jackknifed first-pass labels
** a two-pass model learns its second pass from.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/tagger_train_int.h"

/* ------------------------------------------------------------------ */
/* Features                                                           */
/* ------------------------------------------------------------------ */

int tagger_select_features(trainer *T)
{
    corpus *c = &T->train;
    u64map counts = { 0 };
    uint64_t keys[FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX];
    for (int pass = 0; pass < 2; pass++) {
        for (size_t s = 0; s < c->n_sents; s++) {
            const feat_word *ws = c->fw + c->sfirst[s];
            int n = (int)c->slen[s];
            for (int i = 0; i < n; i++) {
                int p1 = i >= 1 ? c->gold[c->sfirst[s] + i - 1] : FEAT_NO_LABEL;
                int p2 = i >= 2 ? c->gold[c->sfirst[s] + i - 2] : FEAT_NO_LABEL;
                int k = feat_static(ws, n, i, keys);
                k += feat_dynamic(ws, n, i, p1, p2, keys + k);
                for (int f = 0; f < k; f++) {
                    uint32_t *slot;
                    if (pass == 0) {
                        int put = u64map_put(&counts, keys[f], 0, &slot);
                        if (put < 0) { u64map_free(&counts); return NOMEM(T); }
                        (*slot)++;
                    } else if (*u64map_get(&counts, keys[f]) >= (uint32_t)T->o->min_count) {
                        int put = u64map_put(&T->feat_map, keys[f], T->n_feats, NULL);
                        if (put < 0) { u64map_free(&counts); return NOMEM(T); }
                        if (put) {
                            if ((T->n_feats & (T->n_feats - 1)) == 0) {
                                uint64_t *a = realloc(T->feat_keys, (T->n_feats ? T->n_feats * 2 : 1) * sizeof *a);
                                if (!a) { u64map_free(&counts); return NOMEM(T); }
                                T->feat_keys = a;
                            }
                            T->feat_keys[T->n_feats++] = keys[f];
                        }
                    }
                }
            }
        }
    }
    u64map_free(&counts);
    return DYAD_OK;
}

/* Looks up the static feature indices of every word of a corpus once. */
int tagger_index_static(trainer *T, corpus *c)
{
    c->sfeat_off = malloc((c->n_words + 1) * sizeof *c->sfeat_off);
    c->sfeat = malloc((c->n_words ? c->n_words : 1) * FEAT_STATIC_MAX * sizeof *c->sfeat);
    if (!c->sfeat_off || !c->sfeat) return NOMEM(T);
    uint64_t keys[FEAT_STATIC_MAX];
    size_t k = 0;
    for (size_t s = 0; s < c->n_sents; s++) {
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            c->sfeat_off[i] = (uint32_t)k;
            int n = feat_static(c->fw + c->sfirst[s], (int)c->slen[s], (int)j, keys);
            for (int f = 0; f < n; f++) {
                uint32_t *v = u64map_get(&T->feat_map, keys[f]);
                if (v) c->sfeat[k++] = (int32_t)*v;
            }
        }
    }
    c->sfeat_off[c->n_words] = (uint32_t)k;
    return DYAD_OK;
}

/* Looks the static features up again, after the words' guesses changed. */
static int reindex_static(trainer *T, corpus *c)
{
    free(c->sfeat_off);
    free(c->sfeat);
    c->sfeat_off = NULL;
    c->sfeat = NULL;
    return tagger_index_static(T, c);
}

/* The feature indices of word j of sentence s: static then dynamic. */
static int word_features(const trainer *T, const corpus *c, size_t s, uint32_t j,
                         int p1, int p2, int32_t *idx)
{
    size_t i = c->sfirst[s] + j;
    int n = 0;
    for (uint32_t f = c->sfeat_off[i]; f < c->sfeat_off[i + 1]; f++) idx[n++] = c->sfeat[f];
    uint64_t keys[FEAT_DYNAMIC_MAX];
    int k = feat_dynamic(c->fw + c->sfirst[s], (int)c->slen[s], (int)j, p1, p2, keys);
    for (int f = 0; f < k; f++) {
        uint32_t *v = u64map_get(&T->feat_map, keys[f]);
        if (v) idx[n++] = (int32_t)*v;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* The perceptron                                                     */
/* ------------------------------------------------------------------ */

static void update(trainer *T, int32_t f, int label, int32_t delta)
{
    size_t j = (size_t)f * T->n_labels + (size_t)label;
    T->tot[j] += (int64_t)(T->step - T->ts[j]) * T->w[j];
    T->ts[j] = T->step;
    T->w[j] += delta;
}

/* One pass over the training sentences in `order`; returns words right. */
static size_t train_epoch(trainer *T, const uint32_t *order, size_t n_order, size_t *scored)
{
    corpus *c = &T->train;
    uint32_t C = T->n_labels;
    int32_t idx[FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX];
    int32_t scores[TAGGER_MAX_LABELS];
    size_t right = 0;
    for (size_t o = 0; o < n_order; o++) {
        size_t s = order[o];
        int p1 = FEAT_NO_LABEL, p2 = FEAT_NO_LABEL;
        /* A two-pass model learns from both passes' inputs: some sentences
        ** (PASS2_QUARTERS quarters of them, picked afresh each time) see the
        ** first-pass guesses on their right, the others the most frequent
        ** labels. */
        if (c->guess2) {
            int second = (int)(splitmix(&T->mix_rng) & 3) < PASS2_QUARTERS;
            for (uint32_t j = 0; j < c->slen[s]; j++) {
                size_t i = c->sfirst[s] + j;
                c->fw[i].guess = second ? c->guess2[i] : c->fw[i].top;
            }
            if (second != T->mix_second) {
                uint32_t *off = c->sfeat_off;
                int32_t *v = c->sfeat;
                c->sfeat_off = c->alt_off;
                c->sfeat = c->alt;
                c->alt_off = off;
                c->alt = v;
                T->mix_second = second;
            }
        }
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            int gold = c->gold[i], guess;
            int32_t fixed = T->word_fixed[c->word[i]];
            if (fixed >= 0) {
                guess = fixed;
            } else {
                int n = word_features(T, c, s, j, p1, p2, idx);
                memset(scores, 0, C * sizeof *scores);
                for (int f = 0; f < n; f++) {
                    const int32_t *row = T->w + (size_t)idx[f] * C;
                    for (uint32_t l = 0; l < C; l++) scores[l] += row[l];
                }
                guess = 0;
                for (uint32_t l = 1; l < C; l++)
                    if (scores[l] > scores[guess]) guess = (int)l;
                T->step++;
                (*scored)++;
                if (guess != gold) {
                    for (int f = 0; f < n; f++) {
                        update(T, idx[f], gold, 1);
                        update(T, idx[f], guess, -1);
                    }
                } else {
                    right++;
                }
            }
            p2 = p1;
            p1 = guess;
        }
    }
    return right;
}

static void average(trainer *T)
{
    size_t n = (size_t)T->n_feats * T->n_labels;
    double steps = T->step ? (double)T->step : 1.0;
    for (size_t j = 0; j < n; j++)
        T->avg[j] = (float)((double)(T->tot[j] + (int64_t)(T->step - T->ts[j]) * T->w[j]) / steps);
}

/* Tags sentence s of a corpus with the averaged weights, each word's
** guess (feat_word.guess) standing for its label as the words to its
** left see it; the labels go to out[0..slen). */
static void predict(const trainer *T, const corpus *c, size_t s, int32_t *out)
{
    uint32_t C = T->n_labels;
    int32_t idx[FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX];
    float scores[TAGGER_MAX_LABELS];
    int p1 = FEAT_NO_LABEL, p2 = FEAT_NO_LABEL;
    for (uint32_t j = 0; j < c->slen[s]; j++) {
        size_t i = c->sfirst[s] + j;
        int guess;
        if (c->word[i] >= 0 && T->word_fixed[c->word[i]] >= 0) {
            guess = T->word_fixed[c->word[i]];
        } else {
            int n = word_features(T, c, s, j, p1, p2, idx);
            memset(scores, 0, C * sizeof *scores);
            for (int f = 0; f < n; f++) {
                const float *row = T->avg + (size_t)idx[f] * C;
                for (uint32_t l = 0; l < C; l++) scores[l] += row[l];
            }
            guess = 0;
            for (uint32_t l = 1; l < C; l++)
                if (scores[l] > scores[guess]) guess = (int)l;
        }
        out[j] = guess;
        p2 = p1;
        p1 = guess;
    }
}

/* Tags the dev corpus with the averaged weights, in one or two passes as
** the model will; counts the UPOS and XPOS right. */
static int score_dev(trainer *T, size_t *upos, size_t *xpos)
{
    corpus *c = &T->dev;
    *upos = *xpos = 0;
    int32_t *labels = malloc((c->n_words ? c->n_words : 1) * sizeof *labels);
    if (!labels) return NOMEM(T);
    for (size_t s = 0; s < c->n_sents; s++) predict(T, c, s, labels + c->sfirst[s]);
    int rc = DYAD_OK;
    if (T->o->passes == 2) {
        for (size_t i = 0; i < c->n_words; i++) c->fw[i].guess = (uint32_t)labels[i] + 1;
        rc = reindex_static(T, c);
        if (!rc) for (size_t s = 0; s < c->n_sents; s++) predict(T, c, s, labels + c->sfirst[s]);
        for (size_t i = 0; i < c->n_words; i++) c->fw[i].guess = c->fw[i].top;
        if (!rc) rc = reindex_static(T, c);
    }
    for (size_t i = 0; !rc && i < c->n_words; i++) {
        const dyad_token *t = c->tok[i];
        *upos += !strcmp(col(t->upos), T->str.data + T->label_upos[labels[i]]);
        *xpos += !strcmp(col(t->xpos), T->str.data + T->label_xpos[labels[i]]);
    }
    free(labels);
    return rc;
}

/* Fresh perceptron weights for the current features. */
static int alloc_weights(trainer *T)
{
    size_t n = (size_t)T->n_feats * T->n_labels;
    free(T->w); free(T->tot); free(T->ts); free(T->avg);
    T->w = calloc(n ? n : 1, sizeof *T->w);
    T->tot = calloc(n ? n : 1, sizeof *T->tot);
    T->ts = calloc(n ? n : 1, sizeof *T->ts);
    T->avg = malloc((n ? n : 1) * sizeof *T->avg);
    T->step = 0;
    return T->w && T->tot && T->ts && T->avg ? DYAD_OK : NOMEM(T);
}

static void shuffle(uint32_t *order, size_t n, uint64_t *rng)
{
    for (size_t s = n; s > 1; s--) {
        size_t j = (size_t)(splitmix(rng) % s);
        uint32_t x = order[s - 1];
        order[s - 1] = order[j];
        order[j] = x;
    }
}

/*
** For a two-pass model: the first-pass labels of the training words,
** each fold of JACKKNIFE tagged by a perceptron trained on the others
** (PASS1_EPOCHS epochs), so that the second pass learns from labels as
** wrong as they will be on new text.  They become the words' guesses;
** the features they give are added and the static features indexed again.
*/
int tagger_jackknifed_guesses(trainer *T)
{
    corpus *c = &T->train;
    int32_t *labels = malloc(c->n_words * sizeof *labels);
    uint32_t *order = malloc(c->n_sents * sizeof *order);
    int rc = labels && order ? DYAD_OK : NOMEM(T);
    for (size_t k = 0; !rc && k < JACKKNIFE; k++) {
        rc = alloc_weights(T);
        size_t n = 0;
        for (size_t s = 0; s < c->n_sents; s++)
            if (s % JACKKNIFE != k) order[n++] = (uint32_t)s;
        uint64_t rng = T->o->seed + k + 1;
        for (int e = 0; !rc && e < PASS1_EPOCHS; e++) {
            size_t scored = 0;
            shuffle(order, n, &rng);
            train_epoch(T, order, n, &scored);
        }
        if (rc) break;
        average(T);
        for (size_t s = k; s < c->n_sents; s += JACKKNIFE) predict(T, c, s, labels + c->sfirst[s]);
    }
    if (!rc) {
        for (size_t i = 0; i < c->n_words; i++) c->fw[i].guess = (uint32_t)labels[i] + 1;
        rc = tagger_select_features(T);
    }
    /* Both index sets, for the new feature table: pass-2 guesses in alt,
    ** most frequent labels in sfeat. */
    if (!rc) rc = reindex_static(T, c);
    if (!rc) {
        c->alt_off = c->sfeat_off;
        c->alt = c->sfeat;
        c->sfeat_off = NULL;
        c->sfeat = NULL;
        c->guess2 = malloc(c->n_words * sizeof *c->guess2);
        if (!c->guess2) rc = NOMEM(T);
    }
    if (!rc) {
        for (size_t i = 0; i < c->n_words; i++) {
            c->guess2[i] = c->fw[i].guess;
            c->fw[i].guess = c->fw[i].top;
        }
        T->mix_rng = T->o->seed ^ 0x5eed2ull;
        T->mix_second = 0;
        rc = tagger_index_static(T, c);
    }
    if (!rc) rc = reindex_static(T, &T->dev);
    free(labels);
    free(order);
    return rc;
}

int tagger_train_perceptron(trainer *T)
{
    const tagger_train_options *o = T->o;
    size_t n = (size_t)T->n_feats * T->n_labels;
    if (alloc_weights(T)) return DYAD_ENOMEM;
    T->best = malloc((n ? n : 1) * sizeof *T->best);
    uint32_t *order = malloc((T->train.n_sents ? T->train.n_sents : 1) * sizeof *order);
    if (!T->best || !order) {
        free(order);
        return NOMEM(T);
    }
    for (size_t s = 0; s < T->train.n_sents; s++) order[s] = (uint32_t)s;
    uint64_t rng = o->seed;
    double best_score = -1;
    int since_best = 0;
    for (int epoch = 1; epoch <= o->epochs; epoch++) {
        shuffle(order, T->train.n_sents, &rng);
        double t0 = now();
        size_t scored = 0;
        size_t right = train_epoch(T, order, T->train.n_sents, &scored);
        double secs = now() - t0;
        average(T);
        tagger_epoch e = { epoch, o->epochs, tag_pct(right, scored), -1, -1,
                           secs > 0 ? (double)T->train.n_words / secs : 0, 0 };
        double score;
        if (T->dev.n_words) {
            size_t upos, xpos;
            int rc = score_dev(T, &upos, &xpos);
            if (rc) {
                free(order);
                return rc;
            }
            e.dev_upos = tag_pct(upos, T->dev.n_words);
            e.dev_xpos = tag_pct(xpos, T->dev.n_words);
            score = (double)(upos + xpos);
        } else {
            score = (double)epoch;          /* no dev file: the last epoch */
        }
        T->r->epochs_run = epoch;
        if (score > best_score) {
            best_score = score;
            since_best = 0;
            T->r->best_epoch = epoch;
            memcpy(T->best, T->avg, n * sizeof *T->best);
        } else {
            since_best++;
        }
        e.best = T->r->best_epoch;
        if (o->progress) o->progress(&e, o->progress_ctx);
        if (T->dev.n_words && since_best >= o->patience) break;
    }
    free(order);
    return DYAD_OK;
}
