/*
** compile.c — the lexicon builder: interning words, grouping every name
** of every entry into phrases, choosing which entry a shared name means,
** cross-checking the sources, and writing the binary file.
*/
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "lex/compile_int.h"

static int grow(void **p, size_t *cap, size_t need, size_t item)
{
    if (need <= *cap) return DYAD_OK;
    size_t cap2 = *cap ? *cap : 64;
    while (cap2 < need) cap2 *= 2;
    void *q = realloc(*p, cap2 * item);
    if (!q) return DYAD_ENOMEM;
    *p = q;
    *cap = cap2;
    return DYAD_OK;
}

int lex_build_new(lex_build **out)
{
    *out = calloc(1, sizeof **out);
    if (!*out) return DYAD_ENOMEM;
    lex_build *b = *out;
    dyad_doc_init(&b->scratch);
    /* Offset 0 is the empty string, so 0 can mean "none". */
    if (build_string(b, "", 0) == UINT32_MAX) {
        lex_build_free(b);
        *out = NULL;
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

void lex_build_free(lex_build *b)
{
    if (!b) return;
    dyad_doc_free(&b->scratch);
    free(b->strings); free(b->vocab); free(b->slots); free(b->pwords);
    free(b->inst); free(b->entries); free(b->entry_name);
    free(b->iso3); free(b->iso2); free(b->person_word);
    common_words_free(&b->common);
    free(b);
}

uint32_t build_string(lex_build *b, const char *s, size_t len)
{
    if (b->strings_len + len + 1 > UINT32_MAX / 2) return UINT32_MAX;
    if (grow((void **)&b->strings, &b->strings_cap, b->strings_len + len + 1, 1)) return UINT32_MAX;
    uint32_t off = (uint32_t)b->strings_len;
    memcpy(b->strings + off, s, len);
    b->strings[off + len] = '\0';
    b->strings_len += len + 1;
    return off;
}

/* Doubles the vocabulary hash, keeping it at most half full. */
static int rehash(lex_build *b)
{
    size_t n = b->n_slots ? b->n_slots * 2 : 1024;
    lex_slot *slots = calloc(n, sizeof *slots);
    if (!slots) return DYAD_ENOMEM;
    for (size_t i = 0; i < b->n_vocab; i++) {
        const lex_word *w = &b->vocab[i];
        uint32_t hash = lex_hash(b->strings + w->off, w->len);
        size_t h = hash & (n - 1);
        while (slots[h].id) h = (h + 1) & (n - 1);
        slots[h].hash = hash;
        slots[h].id = (uint32_t)i + 1;
    }
    free(b->slots);
    b->slots = slots;
    b->n_slots = n;
    return DYAD_OK;
}

/* The id of a word (interned if new), or UINT32_MAX when out of memory. */
static uint32_t intern(lex_build *b, const char *w, size_t len)
{
    if ((b->n_vocab + 1) * 2 > b->n_slots && rehash(b)) return UINT32_MAX;
    uint32_t hash = lex_hash(w, len);
    size_t mask = b->n_slots - 1, h = hash & mask;
    while (b->slots[h].id) {
        const lex_word *v = &b->vocab[b->slots[h].id - 1];
        if (b->slots[h].hash == hash && v->len == len && memcmp(b->strings + v->off, w, len) == 0)
            return b->slots[h].id - 1;
        h = (h + 1) & mask;
    }
    if (grow((void **)&b->vocab, &b->vocab_cap, b->n_vocab + 1, sizeof *b->vocab)) return UINT32_MAX;
    uint32_t off = build_string(b, w, len);
    if (off == UINT32_MAX) return UINT32_MAX;
    b->vocab[b->n_vocab].off = off;
    b->vocab[b->n_vocab].len = (uint32_t)len;
    b->slots[h].hash = hash;
    b->slots[h].id = (uint32_t)++b->n_vocab;
    return (uint32_t)b->n_vocab - 1;
}

uint32_t build_word_lookup(const lex_build *b, const char *w, size_t len)
{
    if (!b->n_slots) return UINT32_MAX;
    uint32_t hash = lex_hash(w, len);
    size_t mask = b->n_slots - 1, h = hash & mask;
    while (b->slots[h].id) {
        const lex_word *v = &b->vocab[b->slots[h].id - 1];
        if (b->slots[h].hash == hash && v->len == len && memcmp(b->strings + v->off, w, len) == 0)
            return b->slots[h].id - 1;
        h = (h + 1) & mask;
    }
    return UINT32_MAX;
}

uint32_t build_entry(lex_build *b, const lex_entry *e, const char *first_name)
{
    if (grow((void **)&b->entries, &b->entries_cap, b->n_entries + 1, sizeof *b->entries) ||
        grow((void **)&b->entry_name, &b->entry_name_cap, b->n_entries + 1, sizeof *b->entry_name))
        return UINT32_MAX;
    uint32_t name = build_string(b, first_name, strlen(first_name));
    if (name == UINT32_MAX) return UINT32_MAX;
    b->entries[b->n_entries] = *e;
    b->entry_name[b->n_entries] = name;
    if (e->kind < 8) b->kind_entries[e->kind]++;
    return (uint32_t)b->n_entries++;
}

/*
** Splits a name into words exactly as dyad_segment splits story text, so
** that a name's words and a story's compare one for one whatever the
** tokenizer's rules for hyphens and abbreviations ("Un-chan" is one word,
** "Iran-backed" three).  A word " x" is appended so that a final
** abbreviation ("Jr.", "Gen.") is not read as the end of a sentence.
** Falls back on lex_split for what the segmenter refuses.  Fills forms
** and lengths (pointing into the builder's scratch document or into name)
** and returns the word count, or 0 when the name cannot be a phrase.
*/
static size_t name_words(lex_build *b, const char *name, const char **forms, size_t *lens)
{
    size_t len = strlen(name);
    char text[1024];
    if (len + 3 <= sizeof text) {
        memcpy(text, name, len);
        memcpy(text + len, " x", 3);
        if (dyad_doc_set_text(&b->scratch, text, len + 2) == DYAD_OK &&
            dyad_segment(&b->scratch, NULL) == DYAD_OK && b->scratch.n_tokens >= 2) {
            size_t n = b->scratch.n_tokens - 1;
            if (n > LEX_PHRASE_MAX) return 0;
            for (size_t i = 0; i < n; i++) {
                forms[i] = b->scratch.tokens[i].form;
                lens[i] = strlen(forms[i]);
            }
            return n;
        }
    }
    lex_span spans[LEX_PHRASE_MAX];
    size_t n = lex_split(name, len, spans, LEX_PHRASE_MAX);
    if (n > LEX_PHRASE_MAX) return 0;
    for (size_t i = 0; i < n; i++) {
        forms[i] = name + spans[i].start;
        lens[i] = spans[i].end - spans[i].start;
    }
    return n;
}

int build_name(lex_build *b, uint32_t entry, const char *name, int prio,
               int implicit, uint32_t population)
{
    const char *forms[LEX_PHRASE_MAX];
    size_t lens[LEX_PHRASE_MAX];
    size_t n = name_words(b, name, forms, lens);
    if (n == 0) return DYAD_EINVAL;
    if (grow((void **)&b->pwords, &b->pwords_cap, b->n_pwords + n, sizeof *b->pwords) ||
        grow((void **)&b->inst, &b->inst_cap, b->n_inst + 1, sizeof *b->inst))
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        char folded[LEX_WORD_MAX * 2 + 1];
        size_t flen = lex_fold(forms[i], lens[i], folded);
        if (flen == 0) return DYAD_EINVAL;
        lex_pword *pw = &b->pwords[b->n_pwords + i];
        pw->cls = (uint32_t)lex_case_class(forms[i], lens[i]);
        /* a name that is no English word may be written in lowercase
        ** ("tunisian rioters"); one that is ("china", "turkey", "chad")
        ** must not.  Without WordNet's words every name stays strict. */
        if (pw->cls == LEX_CASE_CAPITAL && b->common.n && !common_words_has(&b->common, folded, flen))
            pw->cls = LEX_CASE_NAME;
        pw->word = intern(b, folded, flen);
        pw->exact = pw->cls == LEX_CASE_EXACT ? intern(b, forms[i], lens[i]) : 0;
        if (pw->word == UINT32_MAX || pw->exact == UINT32_MAX) return DYAD_ENOMEM;
    }
    lex_instance *in = &b->inst[b->n_inst++];
    in->pword = (uint32_t)b->n_pwords;
    in->n_words = (uint16_t)n;
    in->entry = entry;
    in->prio = (uint8_t)prio;
    in->implicit = (uint8_t)(implicit != 0);
    in->population = population;
    b->n_pwords += n;
    /* names the compiler made (titles, surnames) are not the sources' */
    if (!implicit && b->entries[entry].kind < 8) b->kind_names[b->entries[entry].kind]++;
    return DYAD_OK;
}

const char *build_iso3(const lex_build *b, const char *code)
{
    size_t n = strlen(code);
    for (size_t i = 0; i < b->n_iso; i++)
        if ((n == 3 && !strcmp(b->iso3[i], code)) || (n == 2 && !strcmp(b->iso2[i], code)))
            return b->iso3[i];
    return NULL;
}

size_t lex_build_entries(const lex_build *b, int kind)
{
    if (kind == 0) {            /* the sources' entries, not derived copies */
        size_t n = 0;
        for (int k = 1; k < 8; k++) n += b->kind_entries[k];
        return n;
    }
    return kind > 0 && kind < 8 ? b->kind_entries[kind] : 0;
}

size_t lex_build_names(const lex_build *b, int kind)
{
    if (kind == 0) {
        size_t n = 0;
        for (int k = 1; k < 8; k++) n += b->kind_names[k];
        return n;
    }
    return kind > 0 && kind < 8 ? b->kind_names[kind] : 0;
}

/* ---- grouping names into phrases ---------------------------------- */

/* The order of instances: by first word, longer names first, then word by
** word (id, case rule, exact bytes), then by priority, population, entry.
** Equal names end up adjacent with the winning entry first. */
typedef struct sort_item { const lex_instance *in; const lex_pword *w; } sort_item;

static int same_words(const sort_item *a, const sort_item *b)
{
    if (a->in->n_words != b->in->n_words) return 0;
    for (size_t i = 0; i < a->in->n_words; i++) {
        const lex_pword *x = &a->w[a->in->pword + i], *y = &b->w[b->in->pword + i];
        if (x->word != y->word || x->cls != y->cls || x->exact != y->exact) return 0;
    }
    return 1;
}

static int cmp_items(const void *pa, const void *pb)
{
    const sort_item *a = pa, *b = pb;
    const lex_pword *x = &a->w[a->in->pword], *y = &b->w[b->in->pword];
    if (x->word != y->word) return x->word < y->word ? -1 : 1;
    /* then by second word (one-word names last), so the matcher finds the
    ** names that go on like the text by binary search */
    uint32_t xs = a->in->n_words > 1 ? x[1].word : UINT32_MAX;
    uint32_t ys = b->in->n_words > 1 ? y[1].word : UINT32_MAX;
    if (xs != ys) return xs < ys ? -1 : 1;
    if (a->in->n_words != b->in->n_words) return a->in->n_words > b->in->n_words ? -1 : 1;
    for (size_t i = 0; i < a->in->n_words; i++) {
        x = &a->w[a->in->pword + i]; y = &b->w[b->in->pword + i];
        if (x->word != y->word) return x->word < y->word ? -1 : 1;
        if (x->cls != y->cls) return x->cls < y->cls ? -1 : 1;
        if (x->exact != y->exact) return x->exact < y->exact ? -1 : 1;
    }
    if (a->in->prio != b->in->prio) return a->in->prio < b->in->prio ? -1 : 1;
    if (a->in->population != b->in->population) return a->in->population > b->in->population ? -1 : 1;
    if (a->in->entry != b->in->entry) return a->in->entry < b->in->entry ? -1 : 1;
    return 0;
}

static int sorted_items(const lex_build *b, sort_item **out)
{
    sort_item *items = malloc((b->n_inst ? b->n_inst : 1) * sizeof *items);
    if (!items) return DYAD_ENOMEM;
    for (size_t i = 0; i < b->n_inst; i++) { items[i].in = &b->inst[i]; items[i].w = b->pwords; }
    qsort(items, b->n_inst, sizeof *items, cmp_items);
    *out = items;
    return DYAD_OK;
}

typedef struct tables {
    lex_phrase *phrases; size_t n_phrases;
    lex_pword *pwords; size_t n_pwords;     /* the phrases' words, in order */
    uint32_t *refs; size_t n_refs;
    uint32_t *first;
} tables;

/* Builds phrases and their entry lists from the sorted names.  A city
** never shadows anything else of the same name (it lends its point to a
** capital of the same country instead), and of several cities of one
** name only the most populous stays ("Paris" is in France). */
static int build_tables(lex_build *b, tables *t)
{
    sort_item *items;
    if (sorted_items(b, &items)) return DYAD_ENOMEM;
    t->phrases = malloc((b->n_inst ? b->n_inst : 1) * sizeof *t->phrases);
    t->refs = malloc((b->n_inst ? b->n_inst : 1) * sizeof *t->refs);
    t->first = calloc(b->n_vocab + 1, sizeof *t->first);
    t->pwords = malloc((b->n_pwords ? b->n_pwords : 1) * sizeof *t->pwords);
    if (!t->phrases || !t->refs || !t->first || !t->pwords) { free(items); return DYAD_ENOMEM; }
    for (size_t i = 0; i < b->n_inst;) {
        size_t j = i + 1;
        while (j < b->n_inst && same_words(&items[i], &items[j])) j++;
        lex_phrase *p = &t->phrases[t->n_phrases];
        const lex_pword *words = &b->pwords[items[i].in->pword];
        p->n_words = items[i].in->n_words;
        p->pword = (uint32_t)t->n_pwords;
        memcpy(t->pwords + t->n_pwords, words, p->n_words * sizeof *words);
        t->n_pwords += p->n_words;
        p->second = p->n_words > 1 ? words[1].word : UINT32_MAX;
        p->ref = (uint32_t)t->n_refs;
        p->n_refs = 0;
        /* "Lagos": a big city whose name is otherwise only a surname
        ** stays, and the surname then needs a title, as a common word's
        ** does (match.c falls back on the city) */
        int surnames = 0, big_city = 0, others = 0;
        for (size_t k = i; k < j; k++) {
            const lex_entry *en = &b->entries[items[k].in->entry];
            if (items[k].in->prio == PRIO_CITY) big_city |= items[k].in->population >= CITY_SHADOW_POPULATION;
            else if (en->flags & LEX_ENTRY_SURNAME) surnames++;
            else others++;
        }
        int city_beside_surnames = big_city && surnames && !others;
        int other = 0, cities = 0;
        for (size_t k = i; k < j && p->n_refs < UINT16_MAX; k++) {
            uint32_t e = items[k].in->entry;
            lex_entry *en = &b->entries[e];
            int dup = 0;
            for (uint32_t r = p->ref; r < t->n_refs; r++) if (t->refs[r] == e) dup = 1;
            if (dup) continue;
            if (city_beside_surnames && items[k].in->prio != PRIO_CITY) en->flags |= LEX_ENTRY_COMMON_SURNAME;
            if (city_beside_surnames && items[k].in->prio == PRIO_CITY) {
                if (cities++) continue;
            } else if (items[k].in->prio == PRIO_CITY) {
                lex_entry *lead = &b->entries[t->refs[p->ref]];
                if (other && !lead->has_point && !strcmp(lead->country, en->country)) {
                    lead->lat = en->lat; lead->lon = en->lon; lead->has_point = 1;
                }
                if (other || cities++) continue;
            } else {
                other = 1;
            }
            t->refs[t->n_refs++] = e;
            p->n_refs++;
        }
        t->first[words[0].word + 1]++;
        t->n_phrases++;
        i = j;
    }
    for (size_t w = 0; w < b->n_vocab; w++) t->first[w + 1] += t->first[w];
    free(items);
    return DYAD_OK;
}

int lex_build_write(lex_build *b, const char *path, char *err, size_t err_len)
{
    tables t = { 0 };
    binfile_writer *w = NULL;
    int st = build_tables(b, &t);
    if (st == DYAD_OK && b->n_slots == 0) st = rehash(b);
    if (st == DYAD_OK) st = binfile_writer_new(&w, LEX_KIND_NAME, LEX_VERSION);
    if (st == DYAD_OK) {
        lex_meta m = { 0 };
        m.bom = LEX_BOM;
        m.n_vocab = (uint32_t)b->n_vocab; m.n_slots = (uint32_t)b->n_slots;
        m.n_phrases = (uint32_t)t.n_phrases;
        m.n_refs = (uint32_t)t.n_refs; m.n_entries = (uint32_t)b->n_entries;
        m.n_pwords = (uint32_t)t.n_pwords;
        m.strings_size = (uint32_t)b->strings_len;
        for (int k = 0; k < 8; k++) {
            m.kind_counts[k] = (uint32_t)b->kind_entries[k];
            m.name_counts[k] = (uint32_t)b->kind_names[k];
        }
        if (!st) st = binfile_add(w, "meta", &m, sizeof m);
        if (!st) st = binfile_add(w, "strings", b->strings, b->strings_len);
        if (!st) st = binfile_add(w, "vocab", b->vocab, b->n_vocab * sizeof *b->vocab);
        if (!st) st = binfile_add(w, "slots", b->slots, b->n_slots * sizeof *b->slots);
        uint64_t *filter = calloc(LEX_FILTER_WORDS, sizeof *filter);
        if (!filter) st = DYAD_ENOMEM;
        for (size_t i = 0; !st && i < b->n_vocab; i++) {
            uint32_t bit = lex_filter_bit(lex_hash(b->strings + b->vocab[i].off, b->vocab[i].len));
            filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
        }
        if (!st) st = binfile_add(w, "filter", filter, LEX_FILTER_WORDS * sizeof *filter);
        free(filter);
        if (!st) st = binfile_add(w, "first", t.first, (b->n_vocab + 1) * sizeof *t.first);
        if (!st) st = binfile_add(w, "phrases", t.phrases, t.n_phrases * sizeof *t.phrases);
        if (!st) st = binfile_add(w, "pwords", t.pwords, t.n_pwords * sizeof *t.pwords);
        if (!st) st = binfile_add(w, "refs", t.refs, t.n_refs * sizeof *t.refs);
        if (!st) st = binfile_add(w, "entries", b->entries, b->n_entries * sizeof *b->entries);
        if (!st) st = binfile_write(w, path, err, err_len);
    } else if (err && err_len) {
        snprintf(err, err_len, "%s", dyad_strerror(st));
    }
    binfile_writer_free(w);
    free(t.phrases); free(t.refs); free(t.first); free(t.pwords);
    return st;
}
