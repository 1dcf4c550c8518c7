/*
** parser_dense.c — turning a loaded model's long weight runs into dense
** rows (parser_dense.h), and adding such a row to a state's scores.
*/
#include <stdlib.h>
#include <string.h>
#include "base/hugemem.h"
#include "nlp/parser_dense.h"

/*
** scores[0..stride) = the sum of the dense rows found[] names (all of
** them dense: the callers sort them out), in int32, eight actions an
** instruction.  The sums of up to 64 actions at a time
** stay in vector registers across all the rows and are stored once.
** The baseline uses GCC/Clang vector extensions; the AVX2 version uses
** the widening load the compiler does not pick for them.
*/
typedef int16_t v8i16 __attribute__((vector_size(16)));
typedef int32_t v8i32 __attribute__((vector_size(32)));

static void sum_dense_base(int32_t *scores, const int16_t *rows, const uint32_t *found,
                           int n_found, uint32_t stride)
{
    for (uint32_t base = 0; base < stride; base += 64) {
        uint32_t chunks = (stride - base < 64 ? stride - base : 64) / 8;
        v8i32 acc[8] = { 0 };
        for (int i = 0; i < n_found; i++) {
            const int16_t *row = rows + (size_t)(found[i] & ~PARSER_DENSE_FLAG) * stride + base;
            for (uint32_t c = 0; c < chunks; c++) {
                v8i16 r;
                memcpy(&r, row + 8 * c, sizeof r);
                acc[c] += __builtin_convertvector(r, v8i32);
            }
        }
        memcpy(scores + base, acc, chunks * sizeof *acc);
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_AVX2_SUM 1
#include <immintrin.h>

/* 64 actions (or, for the last, fewer: `chunks` of 8) from `base` on.
** With `chunks` a constant the eight sums are registers. */
__attribute__((target("avx2"), always_inline))
static inline void sum_dense_avx2_part(int32_t *scores, const int16_t *rows, const uint32_t *found,
                                       int n_found, uint32_t stride, uint32_t base, uint32_t chunks)
{
    __m256i acc[8];
    for (uint32_t c = 0; c < 8; c++) acc[c] = _mm256_setzero_si256();
    for (int i = 0; i < n_found; i++) {
        const int16_t *row = rows + (size_t)(found[i] & ~PARSER_DENSE_FLAG) * stride + base;
#pragma GCC unroll 8
        for (uint32_t c = 0; c < chunks; c++)
            acc[c] = _mm256_add_epi32(acc[c], _mm256_cvtepi16_epi32(
                         _mm_loadu_si128((const __m128i *)(const void *)(row + 8 * c))));
    }
#pragma GCC unroll 8
    for (uint32_t c = 0; c < chunks; c++)
        _mm256_storeu_si256((__m256i *)(void *)(scores + base + 8 * c), acc[c]);
}

__attribute__((target("avx2")))
static void sum_dense_avx2(int32_t *scores, const int16_t *rows, const uint32_t *found,
                           int n_found, uint32_t stride)
{
    uint32_t base = 0;
    for (; base + 64 <= stride; base += 64)
        sum_dense_avx2_part(scores, rows, found, n_found, stride, base, 8);
    switch ((stride - base) / 8) {      /* the rest: 0, 16, 32 or 48 actions */
    case 2: sum_dense_avx2_part(scores, rows, found, n_found, stride, base, 2); break;
    case 4: sum_dense_avx2_part(scores, rows, found, n_found, stride, base, 4); break;
    case 6: sum_dense_avx2_part(scores, rows, found, n_found, stride, base, 6); break;
    default: break;
    }
}
#endif

/* The number of entries in the run starting at entries[start]. */
static uint32_t run_length(const parser_model *m, uint32_t start)
{
    uint32_t len = 1;
    while (!(m->entries[start + len - 1] & PARSER_ENTRY_LAST)) len++;
    return len;
}

int parser_dense_build(parser_dense *d, parser_model *m, uint32_t min_run)
{
    memset(d, 0, sizeof *d);
    size_t n_slots = (size_t)m->mask + 1;
    uint32_t n_actions = 2 + 2 * m->n_labels;
    uint32_t stride = (n_actions + 15) / 16 * 16;
    uint32_t n_rows = 0;
    for (size_t i = 0; i < n_slots; i++)
        if (m->slots[2 * i] && run_length(m, m->slots[2 * i + 1]) >= min_run) n_rows++;
    if (n_rows == 0) return DYAD_OK;
    /* The slots, the rows and a copy of the entries, all read at random
    ** while parsing, in huge pages (hugemem.h). */
    size_t slots_bytes = (n_slots * 2 * sizeof *d->slots + 63) & ~(size_t)63;
    size_t rows_bytes = ((size_t)n_rows * stride * sizeof *d->rows + 63) & ~(size_t)63;
    size_t entries_bytes = (size_t)m->n_entries * sizeof *m->entries;
    d->mem_bytes = slots_bytes + rows_bytes + entries_bytes;
    d->mem = hugemem_alloc(d->mem_bytes);
    if (!d->mem) {
        d->mem_bytes = 0;
        return DYAD_ENOMEM;
    }
    d->slots = (uint32_t *)d->mem;
    d->rows = (int16_t *)((char *)d->mem + slots_bytes);
    uint32_t *entries = (uint32_t *)((char *)d->mem + slots_bytes + rows_bytes);
    memcpy(entries, m->entries, entries_bytes);
    m->entries = entries;
    memcpy(d->slots, m->slots, n_slots * 2 * sizeof *d->slots);
    for (size_t i = 0; i < n_slots; i++) {
        uint32_t start = d->slots[2 * i + 1];
        if (!d->slots[2 * i] || run_length(m, start) < min_run) continue;
        int16_t *row = d->rows + (size_t)d->n_rows * stride;
        for (const uint32_t *e = &m->entries[start];; e++) {
            row[(*e >> 16) & 0xff] = (int16_t)(*e & 0xffff);
            if (*e & PARSER_ENTRY_LAST) break;
        }
        d->slots[2 * i + 1] = PARSER_DENSE_FLAG | d->n_rows++;
    }
    m->slots = d->slots;
    m->dense_rows = d->rows;
    m->dense_stride = stride;
    m->sum_dense = sum_dense_base;
#ifdef HAVE_AVX2_SUM
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2")) m->sum_dense = sum_dense_avx2;
#endif
    return DYAD_OK;
}

void parser_dense_free(parser_dense *d)
{
    hugemem_free(d->mem, d->mem_bytes);
    memset(d, 0, sizeof *d);
}
