/*
** lexicon.h — the compiled lexicon: its binary layout, and loading it.
**
** A lexicon is one binfile of kind "lexicon", version 1, memory-mapped and
** checked at load; after that a lookup touches only a few cache lines.
** Sections (all arrays of little-endian fixed-size records; dyad builds
** only on little-endian hosts, and "meta" carries a byte-order mark):
**
**   meta      lex_meta: counts of everything below
**   strings   NUL-terminated words and source file names
**   vocab     lex_word[n_vocab]: every word of every name, by id.  Folded
**             (lowercase) words, plus the exact bytes of acronyms.
**   slots     lex_slot[n_slots]: open-addressed hash of vocab; each slot
**             keeps the word's hash, so a probe rarely touches the words
**   filter    uint64[LEX_FILTER_WORDS]: a one-hash Bloom filter of the
**             vocabulary (128 KiB, stays in cache): most words of a story
**             are in no name, and this says so without a probe of slots
**   first     uint32[n_vocab + 1]: phrases whose first word is w are
**             phrases[first[w] .. first[w+1]), ordered by second word
**             (one-word phrases last), then longest first
**   phrases   lex_phrase[n_phrases]: a name as words, and its entries
**   pwords    lex_pword[n_pwords]: the words of the phrases, in phrase order
**   refs      uint32[n_refs]: entry ids, per phrase, best first
**   entries   lex_entry[n_entries]: what a name stands for
*/
#ifndef DYAD_LEX_LEXICON_H
#define DYAD_LEX_LEXICON_H

#include <stdint.h>
#include "dyad.h"
#include "base/binfile.h"

#define LEX_KIND_NAME "lexicon"
#define LEX_VERSION 1
#define LEX_BOM 0x01020304u
#define LEX_FILTER_BITS 20
#define LEX_FILTER_WORDS ((1u << LEX_FILTER_BITS) / 64)

/* The filter bit of a word's hash. */
static inline uint32_t lex_filter_bit(uint32_t hash)
{
    return (uint32_t)((hash * 0x9E3779B1u) >> (32 - LEX_FILTER_BITS));
}

/* How a country, agent or place entry reads (dyad_lex_match.form). */
enum {
    LEX_FORM_NAME = 0, LEX_FORM_ADJ, LEX_FORM_CAPITAL, LEX_FORM_GOV,
    LEX_FORM_GROUP, LEX_FORM_PERSON, LEX_FORM_TITLE, LEX_FORM_ORG,
    LEX_FORM_REGION, LEX_FORM_FEATURE, LEX_FORM_CITY, LEX_FORM_TERRITORY,
    LEX_FORM_COUNT
};

typedef struct lex_meta {
    uint32_t bom;
    uint32_t n_vocab, n_slots, n_phrases, n_pwords, n_refs, n_entries;
    uint32_t strings_size;
    uint32_t kind_counts[8];      /* entries by dyad_lex_kind */
    uint32_t name_counts[8];      /* names by dyad_lex_kind */
} lex_meta;

typedef struct lex_word { uint32_t off, len; } lex_word;
typedef struct lex_slot { uint32_t hash, id; } lex_slot;   /* id + 1; 0 free */

typedef struct lex_phrase {
    uint32_t pword;               /* first word in pwords */
    uint32_t ref;                 /* first entry id in refs */
    uint32_t second;              /* the second word's id, UINT32_MAX if
                                  ** none: most candidates fail on it
                                  ** without the matcher reading pwords */
    uint16_t n_words, n_refs;
} lex_phrase;

typedef struct lex_pword {
    uint32_t word;                /* folded word id */
    uint32_t exact;               /* LEX_CASE_EXACT: id of the exact bytes */
    uint32_t cls;                 /* LEX_CASE_* */
} lex_pword;

typedef struct lex_entry {
    char code[24];                /* "USAGOV", "IGONAT", "RUS", "MIL" */
    char country[8];              /* ISO3, IGO, NGO, MNC or "" */
    char sector[8];               /* CAMEO agent code or "" */
    char role[24];                /* people: head_of_state, ... */
    int32_t start, end;           /* people: YYYYMMDD, 0 = open */
    float lat, lon;
    uint32_t population;          /* cities */
    uint32_t file;                /* source file name: offset in strings */
    uint32_t line;                /* source line (entry number for JSON) */
    uint8_t kind;                 /* dyad_lex_kind */
    uint8_t form;                 /* LEX_FORM_* */
    uint8_t has_point;
    uint8_t flags;                /* people: date precisions (start, end << 2),
                                  ** LEX_ENTRY_SURNAME, ... */
} lex_entry;

/* A person's entry reached by surname alone: valid for someone in a role
** on the story's date, alone only when no one else in a role that day
** has the name and it is not a common word (then only after a title). */
#define LEX_ENTRY_SURNAME 0x10
#define LEX_ENTRY_COMMON_SURNAME 0x20
/* A person in a role of an organisation ("org:IGOUNO" in the sources):
** code, country and sector are the organisation's. */
#define LEX_ENTRY_ORG_PERSON 0x40

struct dyad_lexicon {
    binfile bf;
    const lex_meta *meta;
    const char *strings;
    const lex_word *vocab;
    const lex_slot *slots;
    const uint64_t *filter;
    const uint32_t *first, *refs;
    const lex_phrase *phrases;
    const lex_pword *pwords;
    const lex_entry *entries;
};

/* The id of a folded word, or UINT32_MAX when no name has it. */
uint32_t lex_word_id(const dyad_lexicon *lex, const char *w, size_t len);
/* The same with the word's lex_hash already known. */
uint32_t lex_word_id_hashed(const dyad_lexicon *lex, const char *w, size_t len, uint32_t hash);

/* Checks every offset and count of a loaded file (used by the loaders). */
int lex_validate(dyad_lexicon *lex, char *err, size_t err_len);

/* Opens a lexicon over memory the caller keeps alive until the close
** (for tests and fuzzing); the same checks as dyad_lexicon_open. */
int lex_open_memory(dyad_lexicon **out, const void *data, size_t size,
                    char *err, size_t err_len);

#endif
