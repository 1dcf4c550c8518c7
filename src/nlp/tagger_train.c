/*
** tagger_train.c — the trainer of tagger_train.h.
**
** The steps, in order:
**   1. read the treebanks; collect the labels (UPOS + XPOS pairs seen)
**      and the vocabulary (lowered forms, with their label counts);
**   2. give frequent words an ambiguity class (the labels they take) and,
**      when they never vary, a fixed label the decoder just copies;
**   3. count the features of the training words (with the gold labels on
**      the left) and keep those seen at least min_count times;
**   3b. for a two-pass model, tag each tenth of the training data with a
**      perceptron trained on the rest (jackknifing), and add the features
**      of those first-pass labels on the right;
**   4. train an averaged perceptron (Collins 2002) greedily left to
**      right, with the labels it predicted itself on the left, shuffling
**      the sentences each epoch; after each epoch score the averaged
**      weights on the dev file and keep the best; stop after `patience`
**      epochs without a gain (a two-pass model trains on both passes'
**      inputs, and is scored on dev in two passes as it will tag);
**   5. learn the lemmatizer: per (word, label) the lemma seen most, per
**      (XPOS, ending) the edit scripts of the word types, and WordNet's
**      exceptions and lemma index;
**   6. quantize the weights to int16, drop the zeros, and write the
**      tables (tagger.h); then score the written model on the dev file.
** Steps 3-4 are in tagger_perceptron.c, 5 in lemmatizer_train.c, 6 in
** tagger_write.c; tagger_train_int.h holds what they share.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/tagger_train_int.h"

/* ------------------------------------------------------------------ */
/* Reading                                                            */
/* ------------------------------------------------------------------ */

static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->n_docs; i++) dyad_doc_free(&c->docs[i]);
    free(c->docs);
    free(c->tok);
    free(c->sfirst);
    free(c->slen);
    free(c->gold);
    free(c->word);
    free(c->fw);
    free(c->lower);
    free(c->sfeat_off);
    free(c->sfeat);
    free(c->guess2);
    free(c->alt_off);
    free(c->alt);
    memset(c, 0, sizeof *c);
}

/* Reads files into c, keeping at most max_sents sentences (0 = all). */
static int corpus_read(trainer *T, corpus *c, const char *const *paths,
                       size_t n_paths, size_t max_sents)
{
    c->docs = calloc(n_paths, sizeof *c->docs);
    if (!c->docs) return NOMEM(T);
    size_t sents = 0, words = 0;
    for (size_t i = 0; i < n_paths; i++) {
        dyad_doc *d = &c->docs[i];
        dyad_doc_init(d);
        c->n_docs++;
        char *error = NULL;
        int rc = conllu_read_file(paths[i], d, &error);
        if (rc) {
            rc = fail(T, rc, "%s", error ? error : dyad_strerror(rc));
            free(error);
            return rc;
        }
        if (max_sents && sents + d->n_sents > max_sents) d->n_sents = max_sents - sents;
        sents += d->n_sents;
        for (size_t s = 0; s < d->n_sents; s++) words += d->sents[s].count;
    }
    c->n_sents = sents;
    c->n_words = words;
    size_t nw = words ? words : 1, ns = sents ? sents : 1;
    c->tok = malloc(nw * sizeof *c->tok);
    c->sfirst = malloc(ns * sizeof *c->sfirst);
    c->slen = malloc(ns * sizeof *c->slen);
    c->gold = malloc(nw * sizeof *c->gold);
    c->word = malloc(nw * sizeof *c->word);
    c->fw = malloc(nw * sizeof *c->fw);
    c->lower = malloc(nw * sizeof *c->lower);
    if (!c->tok || !c->sfirst || !c->slen || !c->gold || !c->word || !c->fw || !c->lower)
        return NOMEM(T);
    size_t k = 0, s2 = 0;
    for (size_t i = 0; i < c->n_docs; i++) {
        dyad_doc *d = &c->docs[i];
        for (size_t s = 0; s < d->n_sents; s++) {
            c->sfirst[s2] = (uint32_t)k;
            c->slen[s2++] = d->sents[s].count;
            for (uint32_t j = 0; j < d->sents[s].count; j++)
                c->tok[k++] = &d->tokens[d->sents[s].first + j];
        }
    }
    for (size_t i = 0; i < c->n_words; i++) {
        char lower[FEAT_WORD_MAX + 8];
        const char *form = c->tok[i]->form ? c->tok[i]->form : "";
        size_t n = feat_lower(form, strlen(form), lower);
        c->lower[i] = strpool_add(&T->tmp, lower, n);
        if (c->lower[i] == UINT32_MAX) return NOMEM(T);
    }
    return DYAD_OK;
}


/* The label of a UPOS/XPOS pair, adding it when `add`; -1 if absent. */
static int label_of(trainer *T, const char *upos, const char *xpos, int add)
{
    char key[256];
    int n = snprintf(key, sizeof key, "%s\t%s", col(upos), col(xpos));
    if (n < 0 || (size_t)n >= sizeof key) return -1;
    uint32_t off = add ? strpool_add(&T->tmp, key, (size_t)n) : strpool_find(&T->tmp, key, (size_t)n);
    if (off == UINT32_MAX) return -1;
    uint32_t *v = u64map_get(&T->label_map, off);
    if (v) return (int)*v;
    if (!add || T->n_labels >= TAGGER_MAX_LABELS) return -2;
    uint32_t id = T->n_labels++;
    if (u64map_put(&T->label_map, off, id, NULL) < 0) return -1;
    T->label_upos[id] = strpool_add(&T->str, col(upos), strlen(col(upos)));
    T->label_xpos[id] = strpool_add(&T->str, col(xpos), strlen(col(xpos)));
    T->label_count[id] = 0;
    return (int)id;
}

/* Orders labels by frequency (then name), so that label numbers do not
** depend on the order of the training files' sentences. */
static int collect_labels(trainer *T)
{
    corpus *c = &T->train;
    for (size_t i = 0; i < c->n_words; i++) {
        int l = label_of(T, c->tok[i]->upos, c->tok[i]->xpos, 1);
        if (l == -2)
            return fail(T, DYAD_EINVAL, "more than %d distinct UPOS+XPOS pairs in the training data",
                        TAGGER_MAX_LABELS);
        if (l < 0) return NOMEM(T);
        T->label_count[l]++;
        c->gold[i] = l;
    }
    uint32_t n = T->n_labels, order[TAGGER_MAX_LABELS], rank[TAGGER_MAX_LABELS];
    for (uint32_t i = 0; i < n; i++) order[i] = i;
    for (uint32_t i = 1; i < n; i++) {           /* insertion sort: n <= 255 */
        uint32_t x = order[i], j = i;
        while (j > 0) {
            uint32_t y = order[j - 1];
            int before = T->label_count[x] > T->label_count[y] ||
                (T->label_count[x] == T->label_count[y] &&
                 (strcmp(T->str.data + T->label_upos[x], T->str.data + T->label_upos[y]) < 0 ||
                  (strcmp(T->str.data + T->label_upos[x], T->str.data + T->label_upos[y]) == 0 &&
                   strcmp(T->str.data + T->label_xpos[x], T->str.data + T->label_xpos[y]) < 0)));
            if (!before) break;
            order[j] = y;
            j--;
        }
        order[j] = x;
    }
    uint32_t upos[TAGGER_MAX_LABELS], xpos[TAGGER_MAX_LABELS];
    size_t count[TAGGER_MAX_LABELS];
    for (uint32_t i = 0; i < n; i++) {
        rank[order[i]] = i;
        upos[i] = T->label_upos[order[i]];
        xpos[i] = T->label_xpos[order[i]];
        count[i] = T->label_count[order[i]];
    }
    memcpy(T->label_upos, upos, sizeof upos);
    memcpy(T->label_xpos, xpos, sizeof xpos);
    memcpy(T->label_count, count, sizeof count);
    for (size_t i = 0; i < T->label_map.cap; i++)
        if (T->label_map.vals[i] != UINT32_MAX) T->label_map.vals[i] = rank[T->label_map.vals[i]];
    for (size_t i = 0; i < c->n_words; i++) c->gold[i] = (int32_t)rank[c->gold[i]];

    /* The XPOS tags, in name order. */
    for (uint32_t i = 0; i < n; i++) {
        uint32_t x = T->label_xpos[i], j = 0;
        while (j < T->n_xpos && T->xpos_name[j] != x) j++;
        if (j == T->n_xpos) T->xpos_name[T->n_xpos++] = x;
    }
    for (uint32_t i = 1; i < T->n_xpos; i++)
        for (uint32_t j = i; j > 0 && strcmp(T->str.data + T->xpos_name[j],
                                             T->str.data + T->xpos_name[j - 1]) < 0; j--) {
            uint32_t y = T->xpos_name[j];
            T->xpos_name[j] = T->xpos_name[j - 1];
            T->xpos_name[j - 1] = y;
        }
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < T->n_xpos; j++)
            if (T->xpos_name[j] == T->label_xpos[i]) T->label_xpos_id[i] = j;
    return DYAD_OK;
}

/* The vocabulary index of a lowered word (tmp offset), adding it when
** `add`; -1 when absent, -2 when out of memory. */
static int32_t word_of(trainer *T, uint32_t lower_off, int add)
{
    const char *s = T->tmp.data + lower_off;
    size_t n = strlen(s);
    uint64_t key = feat_hash(s, n);
    for (;;) {
        uint32_t *v = u64map_get(&T->vocab_map, key);
        if (!v) break;
        if (!strcmp(T->str.data + T->word_str[*v], s)) return (int32_t)*v;
        key = feat_mix(key, 1);
    }
    if (!add) return -1;
    if (T->n_words == T->cap_words) {
        uint32_t cap = T->cap_words ? T->cap_words * 2 : 4096;
        uint32_t *a = realloc(T->word_str, cap * sizeof *a);
        if (a) T->word_str = a;
        uint32_t *b = realloc(T->word_count, cap * sizeof *b);
        if (b) T->word_count = b;
        uint32_t *c = realloc(T->word_labels, (size_t)cap * T->n_labels * sizeof *c);
        if (c) T->word_labels = c;
        if (!a || !b || !c) return -2;
        T->cap_words = cap;
    }
    uint32_t id = T->n_words;
    T->word_str[id] = strpool_add(&T->str, s, n);
    T->word_count[id] = 0;
    memset(T->word_labels + (size_t)id * T->n_labels, 0, T->n_labels * sizeof *T->word_labels);
    if (T->word_str[id] == UINT32_MAX || u64map_put(&T->vocab_map, key, id, NULL) < 0) return -2;
    T->n_words++;
    return (int32_t)id;
}

/* The ambiguity class of a word with these label counts (0 for none),
** and 1 + its most frequent label (0 for none). */
static int amb_class(trainer *T, const uint32_t *counts, uint32_t *out, uint32_t *top)
{
    uint32_t total = 0, best = 0;
    for (uint32_t l = 0; l < T->n_labels; l++) {
        total += counts[l];
        if (counts[l] > counts[best]) best = l;
    }
    *out = 0;
    *top = total ? best + 1 : 0;
    if (total < AMB_MIN_COUNT) return 0;
    uint8_t set[TAGGER_MAX_LABELS];
    size_t k = 0;
    for (uint32_t l = 0; l < T->n_labels; l++)
        if (counts[l] && counts[l] >= AMB_MIN_SHARE * total) set[k++] = (uint8_t)l;
    uint32_t *slot;
    int put = u64map_put(&T->amb_classes, feat_hash(set, k), T->n_classes + 1, &slot);
    if (put < 0) return -1;
    if (put) T->n_classes++;
    *out = *slot;
    return 0;
}

/* Counts the training words; sets ambiguity classes and fixed labels. */
static int build_vocabulary(trainer *T)
{
    corpus *c = &T->train;
    for (size_t i = 0; i < c->n_words; i++) {
        int32_t w = word_of(T, c->lower[i], 1);
        if (w < 0) return NOMEM(T);
        c->word[i] = w;
        T->word_count[w]++;
        T->word_labels[(size_t)w * T->n_labels + (size_t)c->gold[i]]++;
    }
    size_t nw = T->n_words ? T->n_words : 1;
    T->word_amb = calloc(nw, sizeof *T->word_amb);
    T->word_top = calloc(nw, sizeof *T->word_top);
    T->word_fixed = malloc(nw * sizeof *T->word_fixed);
    T->fold_labels = calloc(JACKKNIFE * nw * T->n_labels, sizeof *T->fold_labels);
    if (!T->word_amb || !T->word_top || !T->word_fixed || !T->fold_labels) return NOMEM(T);
    for (size_t s = 0; s < c->n_sents; s++)
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            T->fold_labels[((s % JACKKNIFE) * nw + (size_t)c->word[i]) * T->n_labels + (size_t)c->gold[i]]++;
        }
    for (uint32_t w = 0; w < T->n_words; w++) {
        const uint32_t *counts = T->word_labels + (size_t)w * T->n_labels;
        uint32_t total = T->word_count[w], top = 0;
        for (uint32_t l = 1; l < T->n_labels; l++)
            if (counts[l] > counts[top]) top = l;
        T->word_fixed[w] = total >= FIXED_MIN_COUNT && counts[top] >= FIXED_MIN_SHARE * total
            ? (int32_t)top : -1;
        if (amb_class(T, counts, &T->word_amb[w], &T->word_top[w])) return NOMEM(T);
    }
    return DYAD_OK;
}

/* The class of training word i of sentence s, without its own fold. */
static int jackknifed_amb(trainer *T, size_t s, size_t i, uint32_t *out, uint32_t *top)
{
    size_t nw = T->n_words ? T->n_words : 1;
    int32_t w = T->train.word[i];
    const uint32_t *all = T->word_labels + (size_t)w * T->n_labels;
    const uint32_t *fold = T->fold_labels + ((s % JACKKNIFE) * nw + (size_t)w) * T->n_labels;
    uint32_t counts[TAGGER_MAX_LABELS];
    for (uint32_t l = 0; l < T->n_labels; l++) counts[l] = all[l] - fold[l];
    return amb_class(T, counts, out, top);
}

/* WordNet's word classes, which words without an ambiguity class take in
** its place (wnclass.h); none with --no-wordnet or without WordNet. */
static int read_word_classes(trainer *T)
{
    const char *dir = T->o->wordnet ? T->o->wordnet : "/usr/share/wordnet";
    if (!dir[0]) return DYAD_OK;
    uint32_t *slots;
    int rc = wnc_build(dir, &slots, &T->wnc_slots, &T->r->wordnet_classes);
    if (rc < 0) return NOMEM(T);
    T->wnc.slots = slots;
    T->wnc.mask = T->wnc_slots ? T->wnc_slots - 1 : 0;
    return DYAD_OK;
}

/* Fills the corpus's feat_words (and, for dev, labels and words). */
static int prepare_words(trainer *T, corpus *c, int is_dev)
{
    for (size_t s = 0; s < c->n_sents; s++) {
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            if (is_dev) {
                int l = label_of(T, c->tok[i]->upos, c->tok[i]->xpos, 0);
                c->gold[i] = l >= 0 ? l : -1;
                c->word[i] = word_of(T, c->lower[i], 0);
            }
            const char *form = c->tok[i]->form ? c->tok[i]->form : "";
            const char *lower = T->tmp.data + c->lower[i];
            feat_word_init(&c->fw[i], form, strlen(form), lower, strlen(lower), j == 0);
            c->fw[i].amb = c->word[i] >= 0 ? T->word_amb[c->word[i]] : 0;
            c->fw[i].top = c->word[i] >= 0 ? T->word_top[c->word[i]] : 0;
            if (!is_dev && JACKKNIFE > 1 && jackknifed_amb(T, s, i, &c->fw[i].amb, &c->fw[i].top))
                return NOMEM(T);
            c->fw[i].wnc = wnc_classes(&T->wnc, lower, strlen(lower));
            if (!c->fw[i].amb) c->fw[i].amb = wnc_amb(c->fw[i].wnc);
            c->fw[i].guess = c->fw[i].top;
        }
    }
    return DYAD_OK;
}

/* The provenance text: the caller's, then what this run learned. */
static char *info_text(trainer *T, const tag_scores *dev)
{
    const tagger_train_result *r = T->r;
    size_t cap = strlen(T->o->info ? T->o->info : "") + 1024;
    char *s = malloc(cap);
    if (!s) return NULL;
    int n = snprintf(s, cap, "%s%s"
                     "training: %zu sentences, %zu words; %zu labels; %zu features, %zu weights; "
                     "%zu words in the vocabulary; %zu WordNet exceptions, %zu known lemmas, "
                     "%zu WordNet word classes; "
                     "epochs %d (best %d); seed %llu\n",
                     T->o->info ? T->o->info : "",
                     T->o->info && T->o->info[0] && T->o->info[strlen(T->o->info) - 1] != '\n' ? "\n" : "",
                     r->sentences, r->words, r->labels, r->features, r->weights, r->vocabulary,
                     r->wordnet_exceptions, r->known_lemmas, r->wordnet_classes,
                     r->epochs_run, r->best_epoch,
                     (unsigned long long)T->o->seed);
    if (dev && dev->words && n > 0 && (size_t)n < cap)
        snprintf(s + n, cap - (size_t)n,
                 "dev (%s, gold words): %zu words; UPOS %.2f%%, XPOS %.2f%%, UFeats %.2f%%, "
                 "AllTags %.2f%%, Lemmas %.2f%%\n",
                 T->o->dev, dev->words, tag_pct(dev->upos, dev->words), tag_pct(dev->xpos, dev->words),
                 tag_pct(dev->feats, dev->words), tag_pct(dev->all, dev->words),
                 tag_pct(dev->lemma, dev->words));
    return s;
}

void tagger_train_defaults(tagger_train_options *o)
{
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->epochs = 20;
    o->patience = 3;
    o->min_count = 2;
    o->min_weight = 1;
    o->passes = 2;
}

static void trainer_free(trainer *T)
{
    strpool_free(&T->str);
    strpool_free(&T->tmp);
    u64map_free(&T->label_map);
    u64map_free(&T->vocab_map);
    u64map_free(&T->feat_map);
    free(T->word_str);
    free(T->word_count);
    free(T->word_labels);
    free(T->word_amb);
    free(T->word_top);
    free(T->word_fixed);
    free(T->fold_labels);
    u64map_free(&T->amb_classes);
    free(T->feat_keys);
    free(T->w);
    free(T->tot);
    free(T->ts);
    free(T->avg);
    free(T->best);
    free((void *)T->wnc.slots);
    corpus_free(&T->train);
    corpus_free(&T->dev);
}

int tagger_train(const tagger_train_options *o, tagger_train_result *r,
                 char *err, size_t err_len)
{
    trainer T;
    memset(&T, 0, sizeof T);
    memset(r, 0, sizeof *r);
    T.o = o;
    T.r = r;
    T.err = err;
    T.err_len = err_len;
    if (err && err_len) err[0] = '\0';
    if (!o->n_train || !o->out || o->epochs < 1 || o->patience < 1 || o->min_count < 1 ||
        o->passes < 1 || o->passes > 2)
        return fail(&T, DYAD_EINVAL, "training needs a training file, an output path and positive settings");
    lemma_tables L;
    wordnet W;
    model_out M;
    memset(&L, 0, sizeof L);
    memset(&W, 0, sizeof W);
    memset(&M, 0, sizeof M);
    int rc = DYAD_OK;
    if (strpool_init(&T.str) || strpool_init(&T.tmp) || u64map_init(&T.label_map, 256) ||
        u64map_init(&T.vocab_map, 1 << 15) || u64map_init(&T.feat_map, 1 << 20))
        rc = NOMEM(&T);
    if (!rc) rc = corpus_read(&T, &T.train, o->train, o->n_train, o->max_sentences);
    if (!rc && T.train.n_words == 0) rc = fail(&T, DYAD_EINVAL, "no training words");
    if (!rc && o->dev) rc = corpus_read(&T, &T.dev, &o->dev, 1, 0);
    if (!rc) rc = collect_labels(&T);
    if (!rc) rc = build_vocabulary(&T);
    if (!rc) rc = read_word_classes(&T);
    if (!rc) rc = prepare_words(&T, &T.train, 0);
    if (!rc) rc = prepare_words(&T, &T.dev, 1);
    if (!rc) rc = tagger_select_features(&T);
    if (!rc) rc = tagger_index_static(&T, &T.train);
    if (!rc) rc = tagger_index_static(&T, &T.dev);
    if (!rc && o->passes == 2) rc = tagger_jackknifed_guesses(&T);
    r->sentences = T.train.n_sents;
    r->words = T.train.n_words;
    r->labels = T.n_labels;
    if (!rc) rc = tagger_train_perceptron(&T);
    free(T.w); free(T.tot); free(T.ts); free(T.avg);
    T.w = NULL; T.tot = NULL; T.ts = NULL; T.avg = NULL;
    if (!rc && u64map_init(&L.script_map, 1024)) rc = NOMEM(&T);
    if (!rc) rc = tagger_learn_lemmas(&T, &L);
    if (!rc) rc = tagger_learn_wordnet(&T, &L, &W);
    r->wordnet_exceptions = W.n_exc;
    r->known_lemmas = W.n_known;
    if (!rc) rc = tagger_build_model(&T, &L, &W, &M);
    char *info = NULL;
    if (!rc && !(info = info_text(&T, NULL))) rc = NOMEM(&T);
    if (!rc) rc = tagger_write_model(&T, &M, &L, &W, info);
    if (!rc && o->dev) {
        /* Score the model as written, then write it again with the scores
        ** in its provenance (the tables are the same, so the scores are). */
        dyad_tagger *tagger;
        rc = dyad_tagger_open(&tagger, o->out, err, err_len);
        char *error = NULL;
        if (!rc) rc = tag_eval_file(tagger, o->dev, &r->dev, &error);
        if (rc && error) fail(&T, rc, "%s", error);
        free(error);
        dyad_tagger_close(tagger);
        r->have_dev = rc == DYAD_OK;
        free(info);
        info = NULL;
        if (!rc && !(info = info_text(&T, &r->dev))) rc = NOMEM(&T);
        if (!rc) rc = tagger_write_model(&T, &M, &L, &W, info);
    }
    /* The vocabulary's rows, so that the model loads without finding them
    ** (tagger.h: "ownrows", "nearrows"). */
    if (!rc) rc = tagger_add_word_rows(o->out, o->out, err, err_len);
    if (!rc) {
        FILE *f = fopen(o->out, "rb");
        if (f) {
            fseek(f, 0, SEEK_END);
            r->model_bytes = (size_t)ftell(f);
            fclose(f);
        }
    }
    free(info);
    free(L.entries);
    bytebuf_free(&L.scripts);
    bytebuf_free(&L.rules);
    u64map_free(&L.script_map);
    bytebuf_free(&W.exc);
    bytebuf_free(&W.known);
    tagger_model_out_free(&M);
    trainer_free(&T);
    return rc;
}
