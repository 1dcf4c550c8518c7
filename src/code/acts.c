/*
** acts.c — acts named again later in a story (acts.h).
*/
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "code/acts.h"

const char *acts_key(const char *lemma, char *buf, size_t n)
{
    if (!lemma) return NULL;
    size_t len = strlen(lemma);
    if (len == 0 || len >= n) return NULL;
    for (size_t i = 0; i <= len; i++) buf[i] = (char)tolower((unsigned char)lemma[i]);
    if (len > 4 && buf[len - 1] == 's' && !strcmp(buf + len - 4, "ings")) buf[--len] = '\0';
    if (len > 5 && !strcmp(buf + len - 3, "ing")) buf[len - 3] = '\0';
    return buf;
}

void acts_remember(act_memory *m, const char *lemma, uint32_t sent, const actor *who)
{
    char key[ACTS_KEY];
    if (!acts_key(lemma, key, sizeof key)) return;
    if (m->n == ACTS_MAX) {
        memmove(m->items, m->items + 1, (ACTS_MAX - 1) * sizeof *m->items);
        m->n--;
    }
    struct remembered_act *a = &m->items[m->n++];
    memcpy(a->key, key, sizeof key);
    a->sent = sent;
    a->who = *who;
}

int acts_definite_noun(const dyad_token *words, uint32_t n, uint32_t w)
{
    static const char *const dets[] = { "the", "this", "that", "these", "those", NULL };
    if (w >= n || !words[w].upos || strcmp(words[w].upos, "NOUN")) return 0;
    for (uint32_t k = w; k-- > 0 && w - k <= 3;) {
        const char *f = words[k].form;
        for (size_t i = 0; f && dets[i]; i++)
            if (!strcasecmp(f, dets[i])) return 1;
    }
    return 0;
}

int acts_pattern_code(const char *code)
{
    return code && strncmp(code, "01", 2);
}

int acts_aimed_code(const char *code)
{
    static const char *const roots[] = { "05", "10", "11", "12", "13", "14", NULL };
    for (size_t i = 0; code && roots[i]; i++)
        if (!strncmp(code, roots[i], 2)) return 1;
    return 0;
}

int acts_resolve(const act_memory *m, const dyad_token *words, uint32_t n, uint32_t sent, uint32_t w,
                 const char *code, actor *out)
{
    char key[ACTS_KEY];
    if (!acts_aimed_code(code) || !acts_definite_noun(words, n, w) || !acts_key(words[w].lemma, key, sizeof key))
        return 0;
    for (int i = m->n; i-- > 0;) {
        const struct remembered_act *a = &m->items[i];
        if (a->sent >= sent || strcmp(a->key, key)) continue;
        *out = a->who;
        out->first = w;
        out->last = w + 1;
        out->span_start = out->span_end = 0;
        out->how = "the doer of the act named before";
        return 1;
    }
    return 0;
}

/* Two bit positions of key (FNV-1a, split). */
static void positions(const char *key, unsigned *p, unsigned *q)
{
    uint64_t h = 1469598103934665603ull;
    for (const char *c = key; *c; c++) h = (h ^ (unsigned char)*c) * 1099511628211ull;
    *p = (unsigned)(h & 511);
    *q = (unsigned)((h >> 32) & 511);
}

void acts_bloom_add(acts_bloom *b, const char *key)
{
    unsigned p, q;
    positions(key, &p, &q);
    b->bits[p / 64] |= 1ull << (p % 64);
    b->bits[q / 64] |= 1ull << (q % 64);
}

int acts_bloom_has(const acts_bloom *b, const char *key)
{
    unsigned p, q;
    positions(key, &p, &q);
    return (b->bits[p / 64] >> (p % 64) & 1) && (b->bits[q / 64] >> (q % 64) & 1);
}
