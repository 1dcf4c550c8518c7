/*
** train_util.c — the containers of train_util.h.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/train_util.h"
#include "nlp/features.h"

static size_t home(const u64map *m, uint64_t key)
{
    return (size_t)(key ^ (key >> 29)) & (m->cap - 1);
}

int u64map_init(u64map *m, size_t expected)
{
    size_t cap = 64;
    while (cap < expected * 2) cap *= 2;
    m->keys = malloc(cap * sizeof *m->keys);
    m->vals = malloc(cap * sizeof *m->vals);
    m->cap = cap;
    m->n = 0;
    if (!m->keys || !m->vals) {
        u64map_free(m);
        return -1;
    }
    memset(m->vals, 0xff, cap * sizeof *m->vals);
    return 0;
}

void u64map_free(u64map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

uint32_t *u64map_get(const u64map *m, uint64_t key)
{
    if (!m->cap) return NULL;
    for (size_t i = home(m, key);; i = (i + 1) & (m->cap - 1)) {
        if (m->vals[i] == UINT32_MAX) return NULL;
        if (m->keys[i] == key) return &m->vals[i];
    }
}

static int grow(u64map *m)
{
    u64map bigger;
    if (u64map_init(&bigger, m->cap)) return -1;
    for (size_t i = 0; i < m->cap; i++)
        if (m->vals[i] != UINT32_MAX) u64map_put(&bigger, m->keys[i], m->vals[i], NULL);
    u64map_free(m);
    *m = bigger;
    return 0;
}

int u64map_put(u64map *m, uint64_t key, uint32_t val, uint32_t **slot)
{
    if (!m->cap && u64map_init(m, 16)) return -1;
    if ((m->n + 1) * 4 > m->cap * 3 && grow(m)) return -1;
    for (size_t i = home(m, key);; i = (i + 1) & (m->cap - 1)) {
        if (m->vals[i] == UINT32_MAX) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->n++;
            if (slot) *slot = &m->vals[i];
            return 1;
        }
        if (m->keys[i] == key) {
            if (slot) *slot = &m->vals[i];
            return 0;
        }
    }
}

int strpool_init(strpool *p)
{
    memset(p, 0, sizeof *p);
    p->cap = 4096;
    p->data = malloc(p->cap);
    if (!p->data || u64map_init(&p->index, 1024)) {
        strpool_free(p);
        return -1;
    }
    p->data[0] = '\0';
    p->len = 1;
    return 0;
}

void strpool_free(strpool *p)
{
    free(p->data);
    u64map_free(&p->index);
    memset(p, 0, sizeof *p);
}

static int same(const strpool *p, uint32_t off, const char *s, size_t n)
{
    return strncmp(p->data + off, s, n) == 0 && p->data[off + n] == '\0';
}

uint32_t strpool_find(const strpool *p, const char *s, size_t n)
{
    if (n == 0) return 0;
    uint64_t key = feat_hash(s, n);
    for (;;) {
        uint32_t *v = u64map_get(&p->index, key);
        if (!v) return UINT32_MAX;
        if (same(p, *v, s, n)) return *v;
        key = feat_mix(key, 1);         /* a clash: try the next key */
    }
}

uint32_t strpool_add(strpool *p, const char *s, size_t n)
{
    if (n == 0) return 0;
    uint64_t key = feat_hash(s, n);
    for (;;) {
        uint32_t *v = u64map_get(&p->index, key);
        if (!v) break;
        if (same(p, *v, s, n)) return *v;
        key = feat_mix(key, 1);
    }
    if (p->len + n + 1 > UINT32_MAX) return UINT32_MAX;
    if (p->len + n + 1 > p->cap) {
        size_t cap = p->cap * 2;
        while (cap < p->len + n + 1) cap *= 2;
        char *d = realloc(p->data, cap);
        if (!d) return UINT32_MAX;
        p->data = d;
        p->cap = cap;
    }
    uint32_t off = (uint32_t)p->len;
    memcpy(p->data + off, s, n);
    p->data[off + n] = '\0';
    p->len += n + 1;
    if (u64map_put(&p->index, key, off, NULL) < 0) return UINT32_MAX;
    return off;
}

int bytebuf_add(bytebuf *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->len + n) cap *= 2;
        uint8_t *d = realloc(b->data, cap);
        if (!d) return -1;
        b->data = d;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    return 0;
}

void bytebuf_free(bytebuf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

uint32_t table_size(size_t n, double load)
{
    uint32_t size = 16;
    while ((double)size * load < (double)n + 1) size *= 2;
    return size;
}
