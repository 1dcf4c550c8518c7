/*
** lemmatizer_train.c — the lemmatizer's tables (step 5 of tagger_train.c):
** per (word, label) the lemma and FEATS seen most, per (XPOS, ending) the
** edit scripts of the word types, and WordNet's exception lists and lemma
** index folded in with the treebank's lemmas.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/tagger_train_int.h"

/* ------------------------------------------------------------------ */
/* Lemmas and FEATS                                                   */
/* ------------------------------------------------------------------ */

/* One training word, for the per-(word, label) tallies. */
typedef struct lemrec {
    int32_t word, label;
    uint32_t lemma;          /* tmp: the gold lemma */
    uint32_t keep;           /* tmp: "strip\x1fappend" from the form as written */
    uint32_t feats;          /* tmp */
} lemrec;


typedef struct rulerec {
    uint64_t key;
    uint32_t script;
    uint32_t k;              /* ending length */
} rulerec;

static int cmp_lemrec(const void *a, const void *b)
{
    const lemrec *x = a, *y = b;
    if (x->word != y->word) return x->word < y->word ? -1 : 1;
    if (x->label != y->label) return x->label < y->label ? -1 : 1;
    return 0;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_rulerec(const void *a, const void *b)
{
    const rulerec *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->script < y->script ? -1 : x->script > y->script;
}

/* The most frequent value of v[0..n-1] (sorted in place); ties go to the
** smallest.  *count receives its count. */
static uint32_t mode_of(uint32_t *v, size_t n, uint32_t *count)
{
    qsort(v, n, sizeof *v, cmp_u32);
    uint32_t best = v[0], best_n = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && v[j] == v[i]) j++;
        if (j - i > best_n) { best = v[i]; best_n = (uint32_t)(j - i); }
        i = j;
    }
    *count = best_n;
    return best;
}

/* The length of the common prefix of a and b, backed off to a UTF-8
** character boundary. */
static size_t common_prefix(const char *a, const char *b)
{
    size_t p = 0;
    while (a[p] && a[p] == b[p]) p++;
    while (p > 0 && (((unsigned char)a[p] & 0xc0) == 0x80 || ((unsigned char)b[p] & 0xc0) == 0x80))
        p--;
    return p;
}


static int script_id(trainer *T, lemma_tables *L, uint8_t mode, size_t strip,
                     const char *append, uint32_t *id)
{
    if (strip > 255) return 1;
    uint32_t off = strpool_add(&T->str, append, strlen(append));
    if (off == UINT32_MAX) return -1;
    uint64_t key = (uint64_t)mode << 40 | (uint64_t)strip << 32 | off;
    uint32_t *slot;
    int put = u64map_put(&L->script_map, key, (uint32_t)(L->scripts.len / sizeof(tg_script)), &slot);
    if (put < 0) return -1;
    if (put) {
        tg_script s = { mode, (uint8_t)strip, 0, off };
        if (bytebuf_add(&L->scripts, &s, sizeof s)) return -1;
    }
    *id = *slot;
    return 0;
}

/* WordNet POS of an XPOS tag, and whether it inflects. */
void tagger_xpos_class(const char *x, uint8_t *pos, uint8_t *inflected, uint8_t *keep_case)
{
    static const char *const infl[] = { "VBD", "VBG", "VBN", "VBZ", "NNS", "JJR", "JJS", "RBR", "RBS" };
    *pos = TG_WN_NONE;
    if (!strncmp(x, "VB", 2)) *pos = TG_WN_VERB;
    else if (!strcmp(x, "NN") || !strcmp(x, "NNS")) *pos = TG_WN_NOUN;
    else if (!strncmp(x, "JJ", 2)) *pos = TG_WN_ADJ;
    else if (!strncmp(x, "RB", 2)) *pos = TG_WN_ADV;
    *inflected = 0;
    for (size_t i = 0; i < sizeof infl / sizeof *infl; i++)
        if (!strcmp(x, infl[i])) *inflected = 1;
    *keep_case = !strcmp(x, "NNP") || !strcmp(x, "NNPS");
}

int tagger_learn_lemmas(trainer *T, lemma_tables *L)
{
    corpus *c = &T->train;
    size_t n = c->n_words;
    lemrec *recs = malloc((n ? n : 1) * sizeof *recs);
    uint32_t *tally = malloc((n ? n : 1) * sizeof *tally);
    if (!recs || !tally) { free(recs); free(tally); return NOMEM(T); }
    int rc = DYAD_OK;
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        const dyad_token *t = c->tok[i];
        const char *form = t->form ? t->form : "";
        const char *lemma = col(t->lemma);
        size_t p = common_prefix(form, lemma);
        size_t strip = strlen(form) - p;
        char keep[512];
        int kn = snprintf(keep, sizeof keep, "%zu\x1f%s", strip, lemma + p);
        recs[i].word = c->word[i];
        recs[i].label = c->gold[i];
        recs[i].lemma = strpool_add(&T->tmp, lemma, strlen(lemma));
        recs[i].keep = (kn > 0 && (size_t)kn < sizeof keep && strip <= 255)
            ? strpool_add(&T->tmp, keep, (size_t)kn) : 0;
        recs[i].feats = t->feats ? strpool_add(&T->tmp, t->feats, strlen(t->feats)) : 0;
        if (recs[i].lemma == UINT32_MAX || recs[i].keep == UINT32_MAX || recs[i].feats == UINT32_MAX)
            rc = NOMEM(T);
    }
    /* Default FEATS per label. */
    for (uint32_t l = 0; l < T->n_labels && rc == DYAD_OK; l++) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) if (recs[i].label == (int32_t)l) tally[k++] = recs[i].feats;
        uint32_t cnt, f = k ? mode_of(tally, k, &cnt) : 0;
        const char *s = T->tmp.data + f;
        L->label_feats[l] = strpool_add(&T->str, s, strlen(s));
        if (L->label_feats[l] == UINT32_MAX) rc = NOMEM(T);
    }
    if (rc) { free(recs); free(tally); return rc; }

    /* Per (word, label): the lemma and FEATS seen most. */
    qsort(recs, n, sizeof *recs, cmp_lemrec);
    L->entries = malloc((n ? n : 1) * sizeof *L->entries);
    if (!L->entries) { free(recs); free(tally); return NOMEM(T); }
    for (size_t i = 0; i < n && rc == DYAD_OK;) {
        size_t j = i;
        while (j < n && recs[j].word == recs[i].word && recs[j].label == recs[i].label) j++;
        size_t g = j - i;
        entry *e = &L->entries[L->n_entries++];
        memset(e, 0, sizeof *e);
        e->word = recs[i].word;
        e->label = recs[i].label;
        e->count = (uint32_t)g;
        uint32_t whole_n, keep_n, feats_n;
        for (size_t k = 0; k < g; k++) tally[k] = recs[i + k].lemma;
        uint32_t whole = mode_of(tally, g, &whole_n);
        for (size_t k = 0; k < g; k++) tally[k] = recs[i + k].keep;
        uint32_t keep = mode_of(tally, g, &keep_n);
        if (keep == 0) keep_n = 0;       /* not expressible as a script */
        for (size_t k = 0; k < g; k++) tally[k] = recs[i + k].feats;
        uint32_t feats = mode_of(tally, g, &feats_n);
        const char *ks = T->tmp.data + keep;
        int identity = keep_n && ks[0] == '0' && ks[1] == '\x1f' && ks[2] == '\0';
        const char *lower = T->str.data + T->word_str[e->word];
        /* On a tie, "the form as written" wins only where the lemma is not
        ** just the lowered form: "Bush" stays "Bush", "Work" becomes "work". */
        const char *lm0 = T->tmp.data + whole;
        int keep_wins = keep_n > whole_n || (keep_n == whole_n && identity && strcmp(lm0, lower) != 0);
        if (keep_wins) {
            e->mode = TG_LEM_KEEP;
            char *sep;
            e->strip = (uint8_t)strtoul(ks, &sep, 10);
            e->lemma = strpool_add(&T->str, sep + 1, strlen(sep + 1));
            if (script_id(T, L, TG_LEM_KEEP, e->strip, sep + 1, &e->script) < 0) rc = NOMEM(T);
            /* On a tie the entry keeps the lemma's capitals whole, as the
            ** treebank's annotators do whatever the text's ("chicago",
            ** "CHICAGO": "Chicago"; "german": "German"); its script, the
            ** form as written, still teaches unseen names. */
            if (keep_n == whole_n) {
                e->mode = TG_LEM_WHOLE;
                e->strip = 0;
                e->lemma = strpool_add(&T->str, lm0, strlen(lm0));
            }
        } else {
            const char *lm = T->tmp.data + whole;
            e->mode = TG_LEM_WHOLE;
            e->lemma = strpool_add(&T->str, lm, strlen(lm));
            size_t p = common_prefix(lower, lm);
            int r2 = script_id(T, L, TG_LEM_WHOLE, strlen(lower) - p, lm + p, &e->script);
            if (r2 < 0) rc = NOMEM(T);
            if (r2 > 0) e->script = UINT32_MAX;
        }
        const char *fs = T->tmp.data + feats;
        e->feats = strpool_add(&T->str, fs, strlen(fs));
        if (e->lemma == UINT32_MAX || e->feats == UINT32_MAX) rc = NOMEM(T);
        i = j;
    }
    free(recs);
    free(tally);
    if (rc) return rc;

    /* Per word type and XPOS (its most frequent label with that XPOS),
    ** the script votes for each of its endings. */
    rulerec *rr = malloc((L->n_entries * (SUFFIX_MAX + 1) + 1) * sizeof *rr);
    if (!rr) return NOMEM(T);
    size_t n_rr = 0;
    for (size_t i = 0; i < L->n_entries; i++) {
        const entry *e = &L->entries[i];
        if (e->script == UINT32_MAX) continue;
        int best = 1;
        for (size_t k = i + 1; k < L->n_entries && L->entries[k].word == e->word; k++)
            if (T->label_xpos_id[L->entries[k].label] == T->label_xpos_id[e->label] &&
                L->entries[k].count > e->count) best = 0;
        for (size_t k = i; k-- > 0 && L->entries[k].word == e->word;)
            if (T->label_xpos_id[L->entries[k].label] == T->label_xpos_id[e->label] &&
                L->entries[k].count >= e->count) best = 0;
        if (!best) continue;
        const char *lower = T->str.data + T->word_str[e->word];
        size_t len = strlen(lower);
        /* A lemma that keeps nothing of its word (went -> go) teaches
        ** nothing about other words. */
        const tg_script *sc = (const tg_script *)L->scripts.data + e->script;
        if (sc->strip >= len) continue;
        for (size_t k = 0; k <= SUFFIX_MAX && k <= len; k++) {
            rr[n_rr].key = tg_rule_key(T->label_xpos_id[e->label], lower + len - k, k);
            rr[n_rr].script = e->script;
            rr[n_rr].k = (uint32_t)k;
            n_rr++;
        }
    }
    qsort(rr, n_rr, sizeof *rr, cmp_rulerec);
    /* Keys kept: every ending of up to 2 bytes; longer ones seen on at
    ** least two word types. */
    size_t n_keys = 0;
    for (size_t i = 0; i < n_rr;) {
        size_t j = i;
        while (j < n_rr && rr[j].key == rr[i].key) j++;
        if (rr[i].k <= 2 || j - i >= 2) n_keys++;
        i = j;
    }
    L->rule_slots = table_size(n_keys, LOAD_OTHER);
    L->rules.data = calloc(L->rule_slots, sizeof(tg_rule));
    if (!L->rules.data) { free(rr); return NOMEM(T); }
    L->rules.len = L->rule_slots * sizeof(tg_rule);
    tg_rule *table = (tg_rule *)L->rules.data;
    uint32_t mask = L->rule_slots - 1;
    for (size_t i = 0; i < n_rr;) {
        size_t j = i;
        while (j < n_rr && rr[j].key == rr[i].key) j++;
        if (!(rr[i].k <= 2 || j - i >= 2)) { i = j; continue; }
        /* The scripts of this key by votes, best first. */
        uint32_t sid[TAGGER_RULE_SCRIPTS], votes[TAGGER_RULE_SCRIPTS];
        int ns = 0;
        for (size_t a = i; a < j;) {
            size_t b = a;
            while (b < j && rr[b].script == rr[a].script) b++;
            uint32_t v = (uint32_t)(b - a);
            int pos = ns < TAGGER_RULE_SCRIPTS ? ns : TAGGER_RULE_SCRIPTS;
            while (pos > 0 && votes[pos - 1] < v) pos--;
            if (pos < TAGGER_RULE_SCRIPTS) {
                int last = ns < TAGGER_RULE_SCRIPTS ? ns : TAGGER_RULE_SCRIPTS - 1;
                for (int q = last; q > pos; q--) { sid[q] = sid[q - 1]; votes[q] = votes[q - 1]; }
                sid[pos] = rr[a].script;
                votes[pos] = v;
                if (ns < TAGGER_RULE_SCRIPTS) ns++;
            }
            a = b;
        }
        uint32_t fp = tg_rule_fp(rr[i].key);
        uint32_t h = (uint32_t)rr[i].key & mask;
        int clash = 0;
        while (table[h].fp != 0) {
            if (table[h].fp == fp) clash = 1;
            h = (h + 1) & mask;
        }
        if (!clash) {
            table[h].fp = fp;
            for (int q = 0; q < TAGGER_RULE_SCRIPTS; q++)
                table[h].script[q] = q < ns ? (uint16_t)sid[q] : 0xffff;
        }
        i = j;
    }
    free(rr);
    if (L->scripts.len / sizeof(tg_script) >= 0xffff)
        return fail(T, DYAD_EINVAL, "too many lemma scripts");
    return DYAD_OK;
}

/* ------------------------------------------------------------------ */
/* WordNet                                                            */
/* ------------------------------------------------------------------ */


static const char *const WN_NAMES[] = { NULL, "noun", "verb", "adj", "adv" };

typedef struct pair { uint64_t key; uint32_t form, lemma, pos; } pair;

/* Reads WordNet's exception lists and lemma indexes (when dir has them)
** and the treebank's lemmas into the two tables. */
int tagger_learn_wordnet(trainer *T, const lemma_tables *L, wordnet *W)
{
    const char *dir = T->o->wordnet ? T->o->wordnet : "/usr/share/wordnet";
    u64map known = { 0 }, exc_seen = { 0 };
    pair *exc = NULL;
    size_t n_exc = 0, cap_exc = 0;
    int rc = DYAD_OK, missing = 0;
    char path[4096], line[1024];
    for (int pos = TG_WN_NOUN; dir[0] && pos <= TG_WN_ADV && rc == DYAD_OK; pos++) {
        for (int kind = 0; kind < 2 && rc == DYAD_OK; kind++) {
            snprintf(path, sizeof path, "%s/%s.%s", dir, kind ? "index" : WN_NAMES[pos],
                     kind ? WN_NAMES[pos] : "exc");
            FILE *f = fopen(path, "r");
            if (!f) { missing++; continue; }
            while (rc == DYAD_OK && fgets(line, sizeof line, f)) {
                if (line[0] == ' ' || line[0] == '\n') continue;   /* licence header */
                char *a = strtok(line, " \n"), *b = strtok(NULL, " \n");
                if (!a || strchr(a, '_')) continue;
                if (kind) {               /* index.POS: the lemma leads the line */
                    uint64_t key = tg_known_key((uint32_t)pos, a, strlen(a));
                    if (u64map_put(&known, key, 0, NULL) < 0) rc = NOMEM(T);
                    continue;
                }
                if (!b || strchr(b, '_')) continue;
                uint64_t key = tg_exc_key((uint32_t)pos, a, strlen(a));
                int put = u64map_put(&exc_seen, key, 0, NULL);
                if (put < 0) { rc = NOMEM(T); break; }
                if (!put) continue;       /* the first lemma listed wins */
                if (n_exc == cap_exc) {
                    cap_exc = cap_exc ? cap_exc * 2 : 1024;
                    pair *p = realloc(exc, cap_exc * sizeof *p);
                    if (!p) { rc = NOMEM(T); break; }
                    exc = p;
                }
                exc[n_exc].key = key;
                exc[n_exc].form = strpool_add(&T->str, a, strlen(a));
                exc[n_exc].lemma = strpool_add(&T->str, b, strlen(b));
                exc[n_exc].pos = (uint32_t)pos;
                if (exc[n_exc].form == UINT32_MAX || exc[n_exc].lemma == UINT32_MAX) rc = NOMEM(T);
                n_exc++;
            }
            fclose(f);
        }
    }
    if (dir[0] && missing)
        snprintf(T->r->note, sizeof T->r->note,
                 "WordNet files missing in %s (%d of 8); install wordnet-base for better lemmas of unseen words",
                 dir, missing);
    /* The treebank's own lemmas count as known for their XPOS's POS. */
    for (size_t i = 0; rc == DYAD_OK && i < L->n_entries; i++) {
        const entry *e = &L->entries[i];
        uint8_t pos, infl, keep;
        tagger_xpos_class(T->str.data + T->label_xpos[e->label], &pos, &infl, &keep);
        if (pos == TG_WN_NONE || e->mode != TG_LEM_WHOLE) continue;
        const char *lm = T->str.data + e->lemma;
        if (u64map_put(&known, tg_known_key(pos, lm, strlen(lm)), 0, NULL) < 0) rc = NOMEM(T);
    }
    if (rc == DYAD_OK && n_exc) {
        W->exc_slots = table_size(n_exc, LOAD_OTHER);
        W->exc.data = calloc(W->exc_slots, sizeof(tg_exc));
        if (!W->exc.data) rc = NOMEM(T);
        else {
            W->exc.len = W->exc_slots * sizeof(tg_exc);
            tg_exc *t = (tg_exc *)W->exc.data;
            for (size_t i = 0; i < n_exc; i++) {
                uint32_t h = (uint32_t)exc[i].key & (W->exc_slots - 1);
                while (t[h].form) h = (h + 1) & (W->exc_slots - 1);
                t[h].fp = (uint32_t)(exc[i].key >> 32);
                t[h].form = exc[i].form;
                t[h].lemma = exc[i].lemma;
                t[h].pos = exc[i].pos;
            }
            W->n_exc = n_exc;
        }
    }
    if (rc == DYAD_OK && known.n) {
        W->known_slots = table_size(known.n, LOAD_OTHER);
        W->known.data = calloc(W->known_slots, sizeof(uint32_t));
        if (!W->known.data) rc = NOMEM(T);
        else {
            W->known.len = W->known_slots * sizeof(uint32_t);
            uint32_t *t = (uint32_t *)W->known.data;
            /* Insert in key order, so the table does not depend on the
            ** map's layout. */
            uint64_t *keys = malloc(known.n * sizeof *keys);
            if (!keys) rc = NOMEM(T);
            else {
                size_t k = 0;
                for (size_t i = 0; i < known.cap; i++)
                    if (known.vals[i] != UINT32_MAX) keys[k++] = known.keys[i];
                for (size_t i = 0; i < k; i++) {
                    uint32_t fp = tg_known_fp(keys[i]);
                    uint32_t h = (uint32_t)keys[i] & (W->known_slots - 1);
                    while (t[h] && t[h] != fp) h = (h + 1) & (W->known_slots - 1);
                    t[h] = fp;
                }
                free(keys);
                W->n_known = k;
            }
        }
    }
    free(exc);
    u64map_free(&known);
    u64map_free(&exc_seen);
    return rc;
}
