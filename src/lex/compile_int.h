/*
** compile_int.h — the builder shared by compile.c (tables, checks, the
** file) and compile_sources.c (reading the sources into it).
*/
#ifndef DYAD_LEX_COMPILE_INT_H
#define DYAD_LEX_COMPILE_INT_H

#include "lex/common_words.h"
#include "lex/compile.h"
#include "lex/lexicon.h"
#include "lex/words.h"

/* Which entry wins a name shared by several: the lower, the better. */
enum { PRIO_COUNTRY = 0, PRIO_ORG, PRIO_PERSON, PRIO_AGENT, PRIO_PLACE, PRIO_CITY };

/* A city this big is kept even when its name is a word of a person's
** name, and beside a bare surname of the same name it is what the name
** means unless a title says the person ("Lagos"; compile.c, match.c). */
#define CITY_SHADOW_POPULATION 1000000

/* One name of one entry, as words (pwords[pword .. pword + n_words)). */
typedef struct lex_instance {
    uint32_t pword;
    uint32_t entry;
    uint32_t population;      /* cities rank by it */
    uint16_t n_words;
    uint8_t prio;
    uint8_t implicit;         /* made by the compiler (titles of people) */
} lex_instance;

struct lex_build {
    char *strings; size_t strings_len, strings_cap;
    lex_word *vocab; size_t n_vocab, vocab_cap;
    lex_slot *slots; size_t n_slots;
    lex_pword *pwords; size_t n_pwords, pwords_cap;
    lex_instance *inst; size_t n_inst, inst_cap;
    lex_entry *entries; size_t n_entries, entries_cap;
    uint32_t *entry_name;     /* per entry: its first name (strings offset) */
    size_t entry_name_cap;
    /* ISO 3166-1 codes, for checking and for the gazetteer's alpha-2 */
    char (*iso3)[4]; char (*iso2)[3]; size_t n_iso, iso_cap;
    const char *const *extra_countries; size_t n_extra_countries;  /* borrowed */
    uint32_t title_entries[512]; size_t n_titles;  /* implicit titles made */
    unsigned char *person_word; size_t n_person_word; /* by word id: in a person's name */
    size_t kind_entries[8], kind_names[8];
    dyad_doc scratch;         /* names are segmented in it (name_words) */
    common_words common;      /* English words: surnames that need a title */
};

/* Copies s into the string pool; returns its offset or UINT32_MAX. */
uint32_t build_string(lex_build *b, const char *s, size_t len);
/* Appends an entry (copied) and returns its index, or UINT32_MAX. */
uint32_t build_entry(lex_build *b, const lex_entry *e, const char *first_name);
/*
** Adds a name of entry `entry`: DYAD_OK, DYAD_EINVAL when the name cannot
** be a phrase (too many words, a word too long or not UTF-8), DYAD_ENOMEM.
*/
int build_name(lex_build *b, uint32_t entry, const char *name, int prio,
               int implicit, uint32_t population);
/* The id of a word already in the vocabulary, or UINT32_MAX. */
uint32_t build_word_lookup(const lex_build *b, const char *w, size_t len);
/* The ISO3 code of an ISO 3166-1 country, or NULL (by alpha-3 or alpha-2). */
const char *build_iso3(const lex_build *b, const char *code);

/* ---- shared by the source readers (compile_sources.c, compile_geo.c) */

#define NAMES_MAX 64

typedef struct source_ctx {
    lex_build *b;
    lex_diags *diags;
    tsv_reader r;
    uint32_t file;            /* the file's name in the string pool */
} source_ctx;

/* Copies src into a fixed field, truncating. */
void copy_field(char *dst, size_t cap, const char *src);
/* The first "|"-separated name of a field, copied into buf. */
const char *first_name(const char *field, char *buf, size_t cap);
/* Reports a line with the wrong number of columns; returns 0. */
int bad_columns(source_ctx *c, size_t want);
/* Parses a decimal degree in [lo, hi]; 0, or -1 when it is not one. */
int parse_coord(const char *s, double lo, double hi, float *out);

/* Reads Debian's iso_3166-1.json: the countries and their ISO codes. */
int geo_read_iso(lex_build *b, lex_diags *diags, const char *path);
/* Marks the words of people's names, before the cities are read. */
int geo_mark_person_words(lex_build *b);
/* One line of the city gazetteer. */
int geo_read_city_line(source_ctx *c);

#endif
