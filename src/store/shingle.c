/*
** shingle.c — normalised text hash and MinHash signatures (shingle.h).
*/
#include <string.h>
#include "store/shingle.h"

#define FNV_OFFSET 14695981039346656037ull
#define FNV_PRIME 1099511628211ull

static uint64_t mix64(uint64_t x)
{
    /* splitmix64's finaliser: a cheap, well-spread bijection. */
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Finds the next word at or after *pos; returns its hash (FNV-1a of the
** lower-cased bytes) and moves *pos past it, or returns 0 at the end. */
static uint64_t next_word(const char *text, size_t len, size_t *pos, uint64_t *fnv_text)
{
    size_t i = *pos;
    while (i < len && !is_word_byte((unsigned char)text[i])) i++;
    if (i >= len) { *pos = len; return 0; }
    uint64_t h = FNV_OFFSET;
    for (; i < len && is_word_byte((unsigned char)text[i]); i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        h = (h ^ c) * FNV_PRIME;
        if (fnv_text) *fnv_text = (*fnv_text ^ c) * FNV_PRIME;
    }
    *pos = i;
    return h | 1;     /* never 0, which means "no word" */
}

uint64_t shingle_text_hash(const char *text, size_t len)
{
    uint64_t h = FNV_OFFSET;
    size_t pos = 0;
    int words = 0;
    while (next_word(text, len, &pos, &h)) {
        h = (h ^ ' ') * FNV_PRIME;
        words++;
    }
    if (!words) return 0;
    return h ? h : 1;
}

/* The hash functions: h_k(x) = high 32 bits of (a_k * x + b_k) mod 2^64
** over a well-mixed x, with odd multipliers a_k and offsets b_k drawn
** from splitmix64, so a shingle costs one mix and 64 multiply-adds. */
typedef struct hash_family {
    uint64_t a[SHINGLE_HASHES], b[SHINGLE_HASHES];
} hash_family;

static void family_init(hash_family *f)
{
    for (int k = 0; k < SHINGLE_HASHES; k++) {
        f->a[k] = mix64(0x9e3779b97f4a7c15ull * (uint64_t)(2 * k + 1)) | 1;
        f->b[k] = mix64(0x9e3779b97f4a7c15ull * (uint64_t)(2 * k + 2));
    }
}

static void add_shingle(shingle_sig *sig, const hash_family *f, uint64_t h)
{
    uint64_t x = mix64(h);
    sig->n_shingles++;
    for (int k = 0; k < SHINGLE_HASHES; k++) {
        uint32_t v = (uint32_t)((f->a[k] * x + f->b[k]) >> 32);
        if (v < sig->min[k]) sig->min[k] = v;
    }
}

void shingle_minhash(const char *text, size_t len, shingle_sig *sig)
{
    memset(sig->min, 0xff, sizeof sig->min);
    sig->n_shingles = 0;
    hash_family fam;
    family_init(&fam);
    uint64_t window[SHINGLE_WORDS];
    size_t n = 0, pos = 0;
    uint64_t w;
    while ((w = next_word(text, len, &pos, NULL)) != 0) {
        window[n % SHINGLE_WORDS] = w;
        n++;
        if (n >= SHINGLE_WORDS) {
            uint64_t h = 0;
            for (size_t j = n - SHINGLE_WORDS; j < n; j++)
                h = mix64(h ^ window[j % SHINGLE_WORDS]);
            add_shingle(sig, &fam, h);
        }
    }
    if (n > 0 && n < SHINGLE_WORDS) {   /* a short text is one shingle */
        uint64_t h = 0;
        for (size_t j = 0; j < n; j++) h = mix64(h ^ window[j]);
        add_shingle(sig, &fam, h);
    }
}

double shingle_similarity(const shingle_sig *a, const shingle_sig *b)
{
    if (!a->n_shingles || !b->n_shingles) return 0.0;
    int same = 0;
    for (int k = 0; k < SHINGLE_HASHES; k++) same += a->min[k] == b->min[k];
    return (double)same / SHINGLE_HASHES;
}

int64_t shingle_band(const shingle_sig *sig, int band)
{
    enum { ROWS = SHINGLE_HASHES / SHINGLE_BANDS };
    uint64_t h = mix64((uint64_t)band + 1);
    for (int r = 0; r < ROWS; r++) h = mix64(h ^ sig->min[band * ROWS + r]);
    return (int64_t)h;
}

void shingle_sig_pack(const shingle_sig *sig, unsigned char out[SHINGLE_HASHES * 4])
{
    for (int k = 0; k < SHINGLE_HASHES; k++) {
        uint32_t v = sig->min[k];
        out[4 * k] = (unsigned char)v;
        out[4 * k + 1] = (unsigned char)(v >> 8);
        out[4 * k + 2] = (unsigned char)(v >> 16);
        out[4 * k + 3] = (unsigned char)(v >> 24);
    }
}

int shingle_sig_unpack(const void *data, size_t len, shingle_sig *sig)
{
    if (!data || len != SHINGLE_HASHES * 4) return -1;
    const unsigned char *p = data;
    for (int k = 0; k < SHINGLE_HASHES; k++)
        sig->min[k] = (uint32_t)p[4 * k] | (uint32_t)p[4 * k + 1] << 8 |
                      (uint32_t)p[4 * k + 2] << 16 | (uint32_t)p[4 * k + 3] << 24;
    sig->n_shingles = 1;
    return 0;
}
