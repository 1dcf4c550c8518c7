/*
** lexicon.c — opening a compiled lexicon and checking it before use.
**
** The file may come from anyone, so every count, offset and id is checked
** against the sizes of the sections it points into before the matcher
** ever follows it; after that the matcher needs no bounds checks.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lex/lexicon.h"
#include "lex/words.h"

static int bad(char *err, size_t err_len, const char *fmt, ...)
{
    if (err && err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, err_len, fmt, ap);
        va_end(ap);
    }
    return DYAD_EMODEL;
}

/* A section that must hold exactly count records of size item. */
static const void *section(const dyad_lexicon *lex, const char *name, size_t item,
                           uint64_t count, char *err, size_t err_len, int *status)
{
    size_t size = 0;
    const void *p = binfile_section(&lex->bf, name, &size);
    /* binfile aligns sections to 64 bytes; a file that claims otherwise
    ** is not one we wrote, and records must not be read misaligned. */
    if (p && (uintptr_t)p % 8 != 0) {
        *status = bad(err, err_len, "lexicon section '%s' is misaligned", name);
        return NULL;
    }
    if (!p || (uint64_t)size != count * item) {
        *status = bad(err, err_len, "lexicon section '%s' is %s (want %llu bytes)",
                      name, p ? "the wrong size" : "missing",
                      (unsigned long long)(count * item));
        return NULL;
    }
    return p;
}

static int fixed_string_ok(const char *s, size_t n)
{
    return memchr(s, '\0', n) != NULL;
}

int lex_validate(dyad_lexicon *lex, char *err, size_t err_len)
{
    int st = DYAD_OK;
    size_t size;
    const lex_meta *m = binfile_section(&lex->bf, "meta", &size);
    if (!m || size != sizeof *m || (uintptr_t)m % 8 != 0)
        return bad(err, err_len, "lexicon has no valid 'meta' section");
    if (m->bom != LEX_BOM) return bad(err, err_len, "lexicon was written with another byte order");
    lex->meta = m;
    if (m->n_slots == 0 || (m->n_slots & (m->n_slots - 1)) || m->n_slots < m->n_vocab)
        return bad(err, err_len, "lexicon hash table size %u is invalid", m->n_slots);
    if (!(lex->strings = section(lex, "strings", 1, m->strings_size, err, err_len, &st))) return st;
    if (m->strings_size == 0 || lex->strings[m->strings_size - 1] != '\0')
        return bad(err, err_len, "lexicon strings are not terminated");
    if (!(lex->vocab = section(lex, "vocab", sizeof(lex_word), m->n_vocab, err, err_len, &st))) return st;
    if (!(lex->slots = section(lex, "slots", sizeof(lex_slot), m->n_slots, err, err_len, &st))) return st;
    if (!(lex->filter = section(lex, "filter", 8, LEX_FILTER_WORDS, err, err_len, &st))) return st;
    if (!(lex->first = section(lex, "first", 4, (uint64_t)m->n_vocab + 1, err, err_len, &st))) return st;
    if (!(lex->phrases = section(lex, "phrases", sizeof(lex_phrase), m->n_phrases, err, err_len, &st))) return st;
    if (!(lex->pwords = section(lex, "pwords", sizeof(lex_pword), m->n_pwords, err, err_len, &st))) return st;
    if (!(lex->refs = section(lex, "refs", 4, m->n_refs, err, err_len, &st))) return st;
    if (!(lex->entries = section(lex, "entries", sizeof(lex_entry), m->n_entries, err, err_len, &st))) return st;

    for (uint32_t i = 0; i < m->n_vocab; i++) {
        const lex_word *w = &lex->vocab[i];
        if (w->len == 0 || w->len > LEX_WORD_MAX * 2 || w->off >= m->strings_size ||
            m->strings_size - w->off <= w->len || lex->strings[w->off + w->len] != '\0')
            return bad(err, err_len, "lexicon word %u is out of bounds", i);
    }
    for (uint32_t i = 0; i < m->n_slots; i++)
        if (lex->slots[i].id > m->n_vocab)
            return bad(err, err_len, "lexicon hash slot %u is out of bounds", i);
    if (lex->first[0] != 0 || lex->first[m->n_vocab] != m->n_phrases)
        return bad(err, err_len, "lexicon phrase index does not cover the phrases");
    for (uint32_t i = 0; i < m->n_vocab; i++)
        if (lex->first[i] > lex->first[i + 1])
            return bad(err, err_len, "lexicon phrase index is not ordered at word %u", i);
    for (uint32_t i = 0; i < m->n_phrases; i++) {
        const lex_phrase *p = &lex->phrases[i];
        if (p->n_words == 0 || p->n_words > LEX_PHRASE_MAX || p->n_refs == 0 ||
            p->pword > m->n_pwords || m->n_pwords - p->pword < p->n_words ||
            p->ref > m->n_refs || m->n_refs - p->ref < p->n_refs ||
            (p->n_words > 1 && p->second >= m->n_vocab))
            return bad(err, err_len, "lexicon phrase %u is out of bounds", i);
    }
    for (uint32_t i = 0; i < m->n_pwords; i++) {
        const lex_pword *w = &lex->pwords[i];
        if (w->word >= m->n_vocab || w->cls > LEX_CASE_NAME ||
            (w->cls == LEX_CASE_EXACT && w->exact >= m->n_vocab))
            return bad(err, err_len, "lexicon phrase word %u is out of bounds", i);
    }
    for (uint32_t i = 0; i < m->n_refs; i++)
        if (lex->refs[i] >= m->n_entries)
            return bad(err, err_len, "lexicon entry reference %u is out of bounds", i);
    for (uint32_t i = 0; i < m->n_entries; i++) {
        const lex_entry *e = &lex->entries[i];
        if (!fixed_string_ok(e->code, sizeof e->code) ||
            !fixed_string_ok(e->country, sizeof e->country) ||
            !fixed_string_ok(e->sector, sizeof e->sector) ||
            !fixed_string_ok(e->role, sizeof e->role) ||
            e->kind < DYAD_LEX_COUNTRY || e->kind > DYAD_LEX_AGENT ||
            e->form >= LEX_FORM_COUNT || e->file >= m->strings_size)
            return bad(err, err_len, "lexicon entry %u is malformed", i);
    }
    return DYAD_OK;
}

int dyad_lexicon_open(dyad_lexicon **out, const char *path, char *err, size_t err_len)
{
    *out = NULL;
    dyad_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex) return DYAD_ENOMEM;
    int st = binfile_open(&lex->bf, path, LEX_KIND_NAME, LEX_VERSION, LEX_VERSION, err, err_len);
    if (st == DYAD_OK) st = lex_validate(lex, err, err_len);
    if (st != DYAD_OK) {
        dyad_lexicon_close(lex);
        return st;
    }
    *out = lex;
    return DYAD_OK;
}

int lex_open_memory(dyad_lexicon **out, const void *data, size_t size,
                    char *err, size_t err_len)
{
    *out = NULL;
    dyad_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex) return DYAD_ENOMEM;
    int st = binfile_open_memory(&lex->bf, data, size, LEX_KIND_NAME, LEX_VERSION, LEX_VERSION,
                                 err, err_len);
    if (st == DYAD_OK) st = lex_validate(lex, err, err_len);
    if (st != DYAD_OK) {
        dyad_lexicon_close(lex);
        return st;
    }
    *out = lex;
    return DYAD_OK;
}

void dyad_lexicon_close(dyad_lexicon *lex)
{
    if (!lex) return;
    binfile_close(&lex->bf);
    free(lex);
}

size_t dyad_lexicon_count(const dyad_lexicon *lex, int kind)
{
    if (!lex) return 0;
    if (kind == 0) {
        size_t n = 0;
        for (int k = DYAD_LEX_COUNTRY; k <= DYAD_LEX_AGENT; k++) n += lex->meta->kind_counts[k];
        return n;
    }
    if (kind < 0 || kind > DYAD_LEX_AGENT) return 0;
    return lex->meta->kind_counts[kind];
}

uint32_t lex_word_id(const dyad_lexicon *lex, const char *w, size_t len)
{
    return lex_word_id_hashed(lex, w, len, lex_hash(w, len));
}

uint32_t lex_word_id_hashed(const dyad_lexicon *lex, const char *w, size_t len, uint32_t hash)
{
    uint32_t mask = lex->meta->n_slots - 1;
    uint32_t h = hash & mask;
    uint32_t bit = lex_filter_bit(hash);
    if (!(lex->filter[bit >> 6] >> (bit & 63) & 1)) return UINT32_MAX;
    /* The table is at most half full (compile.c), so a probe ends at a
    ** free slot; the bound is for hand-made files that are full. */
    for (uint32_t probes = 0; probes <= mask; probes++) {
        const lex_slot *slot = &lex->slots[h];
        if (slot->id == 0) return UINT32_MAX;
        if (slot->hash == hash) {
            const lex_word *v = &lex->vocab[slot->id - 1];
            if (v->len == len && memcmp(lex->strings + v->off, w, len) == 0) return slot->id - 1;
        }
        h = (h + 1) & mask;
    }
    return UINT32_MAX;
}

const char *dyad_lex_kind_name(int kind)
{
    switch (kind) {
    case DYAD_LEX_COUNTRY: return "country";
    case DYAD_LEX_PLACE: return "place";
    case DYAD_LEX_ORG: return "org";
    case DYAD_LEX_PERSON: return "person";
    case DYAD_LEX_AGENT: return "agent";
    default: return "";
    }
}
