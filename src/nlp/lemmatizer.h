/*
** lemmatizer.h — lemmas from a tagger model: "seized"/VBD -> "seize".
**
** Three sources, tried in order:
**
**  1. the treebank: a word seen in training with the same label (or at
**     least the same XPOS) takes the lemma it had there most often; an
**     unseen word mistyped ("releif") or drawn out ("sooooo"), that of
**     the word meant (respell.h);
**  2. WordNet's exception lists (went -> go, mice -> mouse, better ->
**     good), folded into the model at training time, for inflecting tags;
**  3. edit scripts learned per XPOS and word ending ("-ied" on a VBD:
**     cut "ied", add "y"), tried best first; the first whose result is a
**     lemma WordNet or the treebank knows for that part of speech wins,
**     else the best one.
*/
#ifndef DYAD_NLP_LEMMATIZER_H
#define DYAD_NLP_LEMMATIZER_H

#include <stddef.h>
#include "nlp/tagger.h"
#include "nlp/features.h"

/* Room lem_lemma may need in its buffer. */
#define LEM_BUF (4 * FEAT_WORD_MAX + 32)

/*
** The lemma of `form` (n bytes; `lower` its feat_lower form) tagged with
** `label` (or -1 to go by the XPOS alone) and XPOS `xpos_id`.  `word` is
** its vocabulary entry or NULL.  Returns the lemma, NUL-terminated, in one
** of three places: the model's strings (borrowed from the model), `form`
** itself when the lemma is the form as written, or `buf` (LEM_BUF bytes);
** *len is its length.
*/
const char *lem_lemma(const dyad_tagger *t, const tg_word *word, int label,
                      uint32_t xpos_id, const char *form, size_t n,
                      const char *lower, size_t lower_n, char *buf,
                      size_t *len);

/*
** The lemma a vocabulary entry gives `form` (step 1 above), or NULL when
** its script does not fit the form.  The result is in the model's
** strings, `form` itself, or `buf` (LEM_BUF bytes); only for `buf` is
** *len set: the others are NUL-terminated where they are.
*/
const char *lem_entry(const dyad_tagger *t, const tg_wentry *e, const char *form, size_t n,
                      const char *lower, size_t lower_n, char *buf, size_t *len);

/* Whether WordNet or the treebank knows `lemma` (n bytes, lower case) as a
** lemma of part of speech pos (TG_WN_*): "fine" as a verb, "teargass"
** not. */
int lem_known(const dyad_tagger *t, uint32_t pos, const char *lemma, size_t n);

/* WordNet's lemma of an irregular form of part of speech pos ("drew" ->
** "draw" as a verb), or NULL. */
const char *lem_exception(const dyad_tagger *t, uint32_t pos, const char *lower, size_t n);

#endif
