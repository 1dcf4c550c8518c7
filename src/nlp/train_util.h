/*
** train_util.h — containers for building models: a 64-bit-key hash map,
** a deduplicating string pool and a growable byte buffer.  Training only;
** tagging reads the flat tables these produce.
*/
#ifndef DYAD_NLP_TRAIN_UTIL_H
#define DYAD_NLP_TRAIN_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Open addressing map from uint64_t keys to uint32_t values. */
typedef struct u64map {
    uint64_t *keys;
    uint32_t *vals;          /* UINT32_MAX marks an empty slot */
    size_t cap, n;           /* cap is a power of two */
} u64map;

int u64map_init(u64map *m, size_t expected);
void u64map_free(u64map *m);
/* The value's slot for key, or NULL if absent. */
uint32_t *u64map_get(const u64map *m, uint64_t key);
/* Inserts key with val unless present; *slot (may be NULL) points at the
** stored value.  Returns 1 inserted, 0 present, -1 out of memory. */
int u64map_put(u64map *m, uint64_t key, uint32_t val, uint32_t **slot);

/* Strings stored once each, NUL-terminated; offset 0 is "". */
typedef struct strpool {
    char *data;
    size_t len, cap;
    u64map index;            /* hash -> offset (rehashed on a clash) */
} strpool;

int strpool_init(strpool *p);
void strpool_free(strpool *p);
/* The offset of s (n bytes) in the pool, adding it if new; UINT32_MAX
** when out of memory or past 4 GiB. */
uint32_t strpool_add(strpool *p, const char *s, size_t n);
/* The offset of s if present, else UINT32_MAX. */
uint32_t strpool_find(const strpool *p, const char *s, size_t n);
static inline const char *strpool_str(const strpool *p, uint32_t off) { return p->data + off; }

typedef struct bytebuf {
    uint8_t *data;
    size_t len, cap;
} bytebuf;

/* Appends n bytes; returns 0, or -1 when out of memory. */
int bytebuf_add(bytebuf *b, const void *p, size_t n);
void bytebuf_free(bytebuf *b);

/* The smallest power of two holding n items at most at the given load. */
uint32_t table_size(size_t n, double load);

#endif
