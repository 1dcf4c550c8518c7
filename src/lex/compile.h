/*
** compile.h — turning the lexicon's sources into one binary file, and
** checking the sources on the way (`dyad dict compile`, `dyad dict check`).
**
** Sources (formats in lexicon/README.md and docs/lexicon.md):
**   Debian iso-codes iso_3166-1.json   country names and codes
**   DIR/countries.tsv                  more names, adjectives, capitals, seats
**   DIR/places.tsv                     regions and features with a point
**   DIR/orgs.tsv                       organisations
**   DIR/people/ *.tsv                  people in dated roles
**   DIR/agents.tsv                     sector nouns
**   a cities TSV (tools/cities.js)     the GeoNames city gazetteer
** Every file is optional; what is missing is said in the diagnostics.
*/
#ifndef DYAD_LEX_COMPILE_H
#define DYAD_LEX_COMPILE_H

#include <stddef.h>
#include "lex/source_read.h"

typedef struct lex_build lex_build;

typedef struct lex_compile_options {
    const char *lexicon_dir;   /* "lexicon" when NULL */
    const char *iso_path;      /* Debian's iso_3166-1.json when NULL; "" skips */
    const char *cities_path;   /* NULL or "": no gazetteer */
    const char *wordnet_dir;   /* Debian's WordNet when NULL; "": none, so
                               ** every surname needs a title */
    /* More country codes to accept besides ISO 3166-1's: the made-up
    ** ones of an imported dictionary ("XYZ" in a made-up world of a validation
    ** suite).  Borrowed; each exactly three characters. */
    const char *const *extra_countries;
    size_t n_extra_countries;
} lex_compile_options;

/* Creates an empty builder; *out is NULL on DYAD_ENOMEM. */
int lex_build_new(lex_build **out);
void lex_build_free(lex_build *b);

/*
** Reads every source.  Bad lines are skipped and reported in diags as
** errors, doubtful ones as warnings.  Returns DYAD_OK (even with
** diagnostics), DYAD_ENOMEM, or DYAD_EIO when a file that exists cannot be
** read (also in diags).
*/
int lex_build_read(lex_build *b, const lex_compile_options *options, lex_diags *diags);

/*
** Cross-checks what was read: duplicate names, one name with two codes,
** overlapping dated roles of one country, reported as warnings.
*/
int lex_build_check(lex_build *b, lex_diags *diags);

/* Writes the binary lexicon atomically; DYAD_EIO with the reason in err. */
int lex_build_write(lex_build *b, const char *path, char *err, size_t err_len);

/* Entries (kind 0: all) and names read so far, by dyad_lex_kind. */
size_t lex_build_entries(const lex_build *b, int kind);
size_t lex_build_names(const lex_build *b, int kind);

#endif
