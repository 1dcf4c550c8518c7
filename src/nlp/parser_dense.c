/*
** parser_dense.c — turning a loaded model's long weight runs into dense
** rows (parser_dense.h), and adding such a row to a state's scores.
*/
#include <stdlib.h>
#include <string.h>
#include "base/hugemem.h"
#include "nlp/parser_dense.h"

/* scores[a] += row[a] for a < stride (a multiple of 16), eight actions
** at a time in vector registers (GCC/Clang vector extensions: one AVX2
** widening add, or a few SSE2 instructions). */
typedef int16_t v8i16 __attribute__((vector_size(16)));
typedef int32_t v8i32 __attribute__((vector_size(32)));

static inline __attribute__((always_inline))
void add_row(int32_t *scores, const int16_t *row, uint32_t stride)
{
    for (uint32_t a = 0; a < stride; a += 8) {
        v8i16 r;
        v8i32 sum;
        memcpy(&r, row + a, sizeof r);
        memcpy(&sum, scores + a, sizeof sum);
        sum += __builtin_convertvector(r, v8i32);
        memcpy(scores + a, &sum, sizeof sum);
    }
}

static void add_row_base(int32_t *scores, const int16_t *row, uint32_t stride)
{
    add_row(scores, row, stride);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_AVX2_ADD 1
__attribute__((target("avx2")))
static void add_row_avx2(int32_t *scores, const int16_t *row, uint32_t stride)
{
    add_row(scores, row, stride);
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
    m->add_dense = add_row_base;
#ifdef HAVE_AVX2_ADD
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2")) m->add_dense = add_row_avx2;
#endif
    return DYAD_OK;
}

void parser_dense_free(parser_dense *d)
{
    hugemem_free(d->mem, d->mem_bytes);
    memset(d, 0, sizeof *d);
}
