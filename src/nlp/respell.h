/*
** respell.h — the word a mistyped or drawn-out word stands for, so that it
** gets that word's lemma: "releif" -> relief, "peiod" -> period, "sooooo"
** -> so.
**
** Web text and wires alike have slips of the keyboard, and Universal
** Dependencies gives such a word the lemma of the word meant (EWT's
** training data: "litttle" -> little, "waaaaaaay" -> way, "willl" ->
** will).  The lemmatizer asks here only for a word its vocabulary does not
** know.  Two kinds of repair are tried:
**
**  1. letters drawn out: every run of three or more of one letter is cut
**     to two, then to one ("sooooo" -> "soo", "so");
**  2. failing that, one slip, for a lowercase word of five letters or
**     more that WordNet does not know either: two letters swapped
**     ("releif"), one missing ("peiod"), one too many ("extrememly"),
**     tried in that order and, within each, from the left.  The first
**     letter is taken as typed:
**     slips are rarely there, and words that differ in it alone are
**     often both real ("iphone", "phone").  One letter wrong is not
**     tried: on the rare words of EWT's training data it respelled as
**     many real words ("texting" -> testing, "unset" -> upset) as typos.
**
** A repair counts only if it gives a word the treebank's vocabulary knows
** with the tag the word has here, so a noun is respelled only as a noun.
** Proper nouns, addresses, foreign words, interjections and the like are
** never respelled: their spellings are their own.
*/
#ifndef DYAD_NLP_RESPELL_H
#define DYAD_NLP_RESPELL_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"

struct tg_wentry;

/*
** The vocabulary's words of six letters or more, each filed under every
** string it gives when one of its letters after the first is dropped, so
** that the words a typed word is missing one letter from are found in one
** look-up rather than 26 per place.  Built when a model is loaded (about
** 1 MB, a few milliseconds); the model owns it.  Slots: 12 bits of the
** look-up string's hash, then the word's index plus one in 20 bits; 0 is
** empty.  A vocabulary of a million words or more gets no index, and then
** no word is taken to be missing a letter.
*/
typedef struct respell_index {
    uint32_t *slots;
    uint32_t mask;
} respell_index;

/* Builds the index of t's vocabulary: DYAD_OK or DYAD_ENOMEM. */
int respell_index_build(respell_index *ix, const dyad_tagger *t);
void respell_index_free(respell_index *ix);

/*
** The vocabulary entry, for XPOS `xpos_id`, of the word that the unknown
** lowered word `lower` (n bytes) stands for, with that word written into
** `out` (capacity FEAT_WORD_MAX + 8, NUL-terminated) and its length in
** *out_n; NULL when no repair gives such a word.  `written_lower` says
** the word was written in lowercase: only such a word is taken for a
** slip (a capitalised unknown word is more often a name).
*/
const struct tg_wentry *respell_entry(const dyad_tagger *t, uint32_t xpos_id,
                               const char *lower, size_t n, int written_lower,
                               char *out, size_t *out_n);

#endif
