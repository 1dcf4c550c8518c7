/*
** parser.h — the dependency parser's model and greedy decoder (internal
** half; the public API is dyad_parser_* in dyad.h).
**
** A model is a hashed feature table in which every feature keeps only the
** actions it has a weight for:
**
**   slots   [n_slots][2] uint32   check (high half of the key, | 1; 0 =
**                                 empty) and start (index in entries);
**                                 n_slots a power of two, linear probing
**   entries [n_entries]  uint32   weight (int16, bits 0-15), action
**                                 (bits 16-23), last-of-feature (bit 31)
**
** so scoring a state is one probe per feature and a handful of adds.  The
** file is a binfile of kind "parser" with the sections "meta" (uint32
** [8]: templates version, labels, root label, fallback label, slots,
** entries, beam width, flags), "labels" (NUL-terminated names), "slots"
** and "entries".  Like every binfile it is little-endian and read in place.
**
** Layout version 1 has flags 0.  A model with any flag is written as
** version 2, so that a dyad which does not know the flags refuses it
** instead of parsing wrongly; models without flags stay version 1 and
** byte for byte what they were.
*/
#ifndef DYAD_NLP_PARSER_H
#define DYAD_NLP_PARSER_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "nlp/parser_beam.h"
#include "nlp/parser_features.h"
#include "nlp/transition.h"

#define PARSER_FILE_VERSION 1
#define PARSER_FILE_VERSION_FLAGS 2   /* version 1 plus meta flags */
/* The model parses the sentence from its last word to its first
** (parser_vote.h combines it with a left-to-right one). */
#define PARSER_FLAG_REVERSE 1u
#define PARSER_FLAGS_KNOWN PARSER_FLAG_REVERSE
#define PARSER_MAX_LABELS 126       /* actions must fit the 8-bit field */
#define PARSER_ENTRY_LAST 0x80000000u
/* Room for every action's score, rounded up to whole vectors of 16. */
#define PARSER_SCORES_MAX ((2 + 2 * PARSER_MAX_LABELS + 15) / 16 * 16)

typedef struct parser_model {
    uint32_t n_labels;
    uint32_t root_label;       /* the label of the root's arc */
    uint32_t fallback_label;   /* for words left headless at the end */
    uint32_t beam;             /* beam width; 1 = greedy */
    uint32_t templates;        /* feature templates (parser_features.h);
                               ** 0 reads as PF_TEMPLATES_VERSION */
    uint32_t flags;            /* PARSER_FLAG_* */
    const char **labels;       /* [n_labels] names (owned by whoever built
                               ** the model; strings borrowed from its data) */
    uint64_t mask;             /* n_slots - 1 */
    const uint32_t *slots;     /* [n_slots * 2] */
    const uint32_t *entries;   /* [n_entries] */
    size_t n_entries;
    /* Set by parser_dense_build (parser_dense.h) when loaded: a slot whose
    ** start has PARSER_DENSE_FLAG names a row here instead of a run. */
    const int16_t *dense_rows; /* [rows][dense_stride], or NULL */
    uint32_t dense_stride;     /* the actions rounded up to 16 */
    /* scores[0..dense_stride) = the sum of the dense rows found[] names
    ** (every one with PARSER_DENSE_FLAG: the callers keep the dense and
    ** the sparse apart, so the sums test no flag; zero if none). */
    void (*sum_dense)(int32_t *scores, const int16_t *rows, const uint32_t *found,
                      int n_found, uint32_t stride);
} parser_model;

/*
** What the beam has looked up in one sentence: feature key -> its slot's
** start in the model (PARSER_NOT_FOUND: not in the model).  The items of a beam share
** most of their features (the same words at the front of the buffer, the
** same stack top for several steps), and the model's table is far larger
** than the caches, so remembering the look-ups saves most of the misses.
** Direct-mapped.  An unused entry h holds the key h ^ 1, which maps to
** entry h ^ 1, never to h: so one comparison of keys tells a hit, with
** no stamp to test.  Each sentence empties the entries the last one set
** (used[]), fewer than the look-ups they saved.
*/
#define PARSER_MEMO_SLOTS 4096
typedef struct parser_memo {
    uint64_t key[PARSER_MEMO_SLOTS];
    uint32_t start[PARSER_MEMO_SLOTS];   /* the slot's start, or PARSER_NOT_FOUND */
    uint16_t used[PARSER_MEMO_SLOTS];    /* the entries set in this sentence */
    uint32_t n_used;
    int ready;                 /* 0 until every entry has been emptied */
} parser_memo;
#define PARSER_NOT_FOUND 0xffffffffu

/* The per-call working memory of the decoder; zero it before first use. */
typedef struct parser_scratch {
    tr_state st;
    pf_words words;
    int32_t scores[PARSER_SCORES_MAX];
    uint64_t keys[PF_MAX];
    parser_beam *beam;         /* allocated on first use */
    parser_memo *memo;         /* the beam's look-ups; allocated with it */
} parser_scratch;

void parser_scratch_free(parser_scratch *sc);

/*
** Parses sentence `sent` of doc: sets each word's head and deprel (the
** relation strings are borrowed from the model).  Returns DYAD_OK or
** DYAD_ENOMEM / DYAD_ETOOBIG.
*/
int parser_model_parse_sentence(const parser_model *m, parser_scratch *sc,
                                dyad_doc *doc, size_t sent);

/*
** The k best trees of the n words `words` (read only) by parser p, from
** its beam: out[j * n + i] gets the head and deprel of word i in the j-th
** best tree (the other fields are left alone) and score[j] its score (may
** be NULL); *n_out says how many trees, at most k.  Greedy parsers, and
** sentences too long for the beam, give one tree of score 0.  Returns
** DYAD_OK, DYAD_EINVAL, DYAD_ENOMEM or DYAD_ETOOBIG.
*/
int parser_parse_kbest(const dyad_parser *p, parser_scratch *sc, const dyad_token *words, size_t n,
                       int k, dyad_token *out, double *score, int *n_out);

/*
** Checks the sections of a binfile of layout `version` and points *m at
** them; m->labels is malloc'd (free it).  Returns DYAD_OK, DYAD_EMODEL (reason in err) or
** DYAD_ENOMEM.
*/
int parser_model_from_sections(parser_model *m, const void *meta, size_t meta_size,
                               const void *labels, size_t labels_size,
                               const void *slots, size_t slots_size,
                               const void *entries, size_t entries_size,
                               uint32_t version, char *err, size_t err_len);

/* Writes a model as a binfile; DYAD_OK, DYAD_EIO (err says why) or
** DYAD_ENOMEM. */
int parser_model_write(const parser_model *m, const char *path, char *err, size_t err_len);

#endif
