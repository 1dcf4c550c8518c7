/*
** wnclass.c — WordNet word classes (wnclass.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/wnclass.h"
#include "nlp/features.h"
#include "nlp/train_util.h"

#define DIRECT_MASK ((1u << WNC_DIRECT_BITS) - 1)

static uint32_t fingerprint(uint64_t key) { return (uint32_t)(key >> 32) & ~DIRECT_MASK; }

uint32_t wnc_direct(const wnc_table *t, const char *lower, size_t n)
{
    if (!t->slots) return 0;
    uint64_t key = feat_hash(lower, n);
    uint32_t fp = fingerprint(key);
    for (uint32_t i = (uint32_t)key & t->mask;; i = (i + 1) & t->mask) {
        uint32_t s = t->slots[i];
        if (s == 0) return 0;
        if ((s & ~DIRECT_MASK) == fp) return s & DIRECT_MASK;
    }
}

/* Adds `bit` when the stem (s[0..keep) then `tail`) is a lemma of a
** class in `need`. */
static uint32_t stem_is(const wnc_table *t, const char *s, size_t keep, const char *tail,
                        uint32_t need, uint32_t bit)
{
    char buf[FEAT_WORD_MAX + 8];
    size_t tn = strlen(tail);
    if (keep < 2 || keep + tn > FEAT_WORD_MAX) return 0;
    memcpy(buf, s, keep);
    memcpy(buf + keep, tail, tn);
    return (wnc_direct(t, buf, keep + tn) & need) ? bit : 0;
}

static int ends(const char *s, size_t n, const char *end)
{
    size_t e = strlen(end);
    return n > e && memcmp(s + n - e, end, e) == 0;
}

static int doubled(const char *s, size_t at)
{
    return at >= 2 && s[at - 1] == s[at - 2] && strchr("bdgklmnprtz", s[at - 1]);
}

uint32_t wnc_classes(const wnc_table *t, const char *s, size_t n)
{
    if (!t->slots || n == 0) return 0;
    uint32_t c = wnc_direct(t, s, n);
    const uint32_t NV = WNC_NOUN | WNC_PROPER;
    if (ends(s, n, "ies")) {
        c |= stem_is(t, s, n - 3, "y", NV, WNC_PLURAL) | stem_is(t, s, n - 3, "y", WNC_VERB, WNC_VERB_S);
    } else if (ends(s, n, "s") && !ends(s, n, "ss")) {
        c |= stem_is(t, s, n - 1, "", NV, WNC_PLURAL) | stem_is(t, s, n - 1, "", WNC_VERB, WNC_VERB_S);
        if (ends(s, n, "es"))
            c |= stem_is(t, s, n - 2, "", NV, WNC_PLURAL) | stem_is(t, s, n - 2, "", WNC_VERB, WNC_VERB_S);
    }
    if (ends(s, n, "ied")) {
        c |= stem_is(t, s, n - 3, "y", WNC_VERB, WNC_PAST);
    } else if (ends(s, n, "ed")) {
        c |= stem_is(t, s, n - 2, "", WNC_VERB, WNC_PAST) | stem_is(t, s, n - 1, "", WNC_VERB, WNC_PAST);
        if (doubled(s, n - 2)) c |= stem_is(t, s, n - 3, "", WNC_VERB, WNC_PAST);
    }
    if (ends(s, n, "ing")) {
        c |= stem_is(t, s, n - 3, "", WNC_VERB, WNC_ING) | stem_is(t, s, n - 3, "e", WNC_VERB, WNC_ING);
        if (doubled(s, n - 3)) c |= stem_is(t, s, n - 4, "", WNC_VERB, WNC_ING);
    }
    if (ends(s, n, "ier") || ends(s, n, "iest")) {
        c |= stem_is(t, s, n - (s[n - 1] == 'r' ? 3 : 4), "y", WNC_ADJ, WNC_MORE);
    } else if (ends(s, n, "er") || ends(s, n, "est")) {
        size_t e = s[n - 1] == 'r' ? 2 : 3;
        c |= stem_is(t, s, n - e, "", WNC_ADJ, WNC_MORE) | stem_is(t, s, n - e + 1, "", WNC_ADJ, WNC_MORE);
        if (doubled(s, n - e)) c |= stem_is(t, s, n - e - 1, "", WNC_ADJ, WNC_MORE);
    }
    if (ends(s, n, "ily")) c |= stem_is(t, s, n - 3, "y", WNC_ADJ, WNC_LY);
    else if (ends(s, n, "ly")) c |= stem_is(t, s, n - 2, "", WNC_ADJ, WNC_LY);
    return c;
}

/* ------------------------------------------------------------------ */
/* Building (training)                                                */
/* ------------------------------------------------------------------ */

/* Adds one lemma (as written in WordNet) with a class. */
static int add_lemma(u64map *m, const char *w, uint32_t cls)
{
    char low[FEAT_WORD_MAX + 8];
    size_t n = strlen(w);
    if (n == 0 || n > FEAT_WORD_MAX || strchr(w, '_')) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)w[i];
        if (ch >= 'A' && ch <= 'Z') {
            ch = (unsigned char)(ch + 32);
            if (cls == WNC_NOUN) cls = WNC_PROPER;
        }
        low[i] = (char)ch;
    }
    uint32_t *v;
    if (u64map_put(m, feat_hash(low, n), 0, &v) < 0) return -1;
    *v |= cls;
    return 0;
}

int wnc_build(const char *dir, uint32_t **slots, uint32_t *n_slots, size_t *n_lemmas)
{
    static const struct { const char *file; uint32_t cls; int data; } SRC[] = {
        { "data.noun", WNC_NOUN, 1 }, { "index.verb", WNC_VERB, 0 },
        { "index.adj", WNC_ADJ, 0 }, { "index.adv", WNC_ADV, 0 },
    };
    *slots = NULL;
    *n_slots = 0;
    *n_lemmas = 0;
    u64map m = { 0 };
    if (u64map_init(&m, 1 << 17)) return -1;
    int rc = 0, found = 0;
    char path[4096], line[8192];
    for (size_t s = 0; s < sizeof SRC / sizeof *SRC && rc == 0; s++) {
        snprintf(path, sizeof path, "%s/%s", dir, SRC[s].file);
        FILE *f = fopen(path, "r");
        if (!f) continue;
        found++;
        while (rc == 0 && fgets(line, sizeof line, f)) {
            if (!SRC[s].data) {             /* index: the lemma leads the line */
                if (line[0] == ' ') continue;
                char *a = strtok(line, " \n");
                if (a) rc = add_lemma(&m, a, SRC[s].cls);
                continue;
            }
            /* data: offset lex_filenum ss_type w_cnt (hex) word lex_id ... */
            if (line[0] < '0' || line[0] > '9') continue;
            strtok(line, " ");
            strtok(NULL, " ");
            strtok(NULL, " ");
            char *cnt = strtok(NULL, " ");
            long k = cnt ? strtol(cnt, NULL, 16) : 0;
            for (long j = 0; j < k && rc == 0; j++) {
                char *w = strtok(NULL, " ");
                if (!w || !strtok(NULL, " ")) break;
                rc = add_lemma(&m, w, SRC[s].cls);
            }
        }
        fclose(f);
    }
    if (rc == 0 && found == 0) rc = 1;
    if (rc == 0 && m.n) {
        uint32_t n = table_size(m.n, 0.5);
        uint32_t *t = calloc(n, sizeof *t);
        if (!t) rc = -1;
        for (size_t i = 0; t && i < m.cap; i++) {
            if (m.vals[i] == UINT32_MAX) continue;
            uint32_t fp = fingerprint(m.keys[i]);
            uint32_t h = (uint32_t)m.keys[i] & (n - 1);
            while (t[h] && (t[h] & ~DIRECT_MASK) != fp) h = (h + 1) & (n - 1);
            t[h] |= fp | m.vals[i];     /* a fingerprint clash merges classes */
        }
        *slots = t;
        *n_slots = t ? n : 0;
        *n_lemmas = m.n;
    }
    u64map_free(&m);
    return rc;
}
