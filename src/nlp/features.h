/*
** features.h — the tagger's features, shared by training and tagging.
**
** Training (tagger_train.c) and tagging (tagger.c) must compute exactly the
** same features, so both go through this file.  A feature is a 64-bit key:
** a template number mixed with the hash of its value ("the word two to the
** right is 'of'", "the previous tag is DT").  The model maps keys to rows
** of per-label weights; a key it does not know contributes nothing.
**
** Work per word is done once: feat_word_init() hashes a word's lowered
** form, suffixes, prefixes and shape, and the caller adds what the model's
** vocabulary knows of it (its ambiguity class, a fixed label).  Then
** feat_static() gives the keys that do not depend on earlier decisions and
** feat_dynamic() the few that use the labels already chosen on the left.
**
** Hashes read bytes as little-endian words (memcpy into uint64_t), so
** models are portable between little-endian machines only; the model
** loader refuses to run elsewhere.
*/
#ifndef DYAD_NLP_FEATURES_H
#define DYAD_NLP_FEATURES_H

#include <stddef.h>
#include <stdint.h>

/* Bytes of a word's lowered form that features and look-ups see; longer
** words (URLs, runs of symbols) are cut here, for features only. */
#define FEAT_WORD_MAX 64

/* At most this many keys come out of feat_static / feat_dynamic. */
#define FEAT_STATIC_MAX 35
#define FEAT_DYNAMIC_MAX 8

/* Label number meaning "before the sentence" in feat_dynamic. */
#define FEAT_NO_LABEL (-1)

/* Word flags (feat_word.flags). */
enum {
    FEAT_UPPER_ANY   = 1 << 0,   /* has an upper-case letter */
    FEAT_UPPER_ALL   = 1 << 1,   /* has letters, all upper case */
    FEAT_UPPER_FIRST = 1 << 2,   /* begins with an upper-case letter */
    FEAT_DIGIT_ANY   = 1 << 3,
    FEAT_DIGIT_ALL   = 1 << 4,   /* digits and , . only, at least one digit */
    FEAT_HYPHEN      = 1 << 5,
    FEAT_PERIOD      = 1 << 6,
    FEAT_NON_ASCII   = 1 << 7,
    FEAT_ALPHA_NONE  = 1 << 8,   /* no letter at all (punctuation, symbols) */
    FEAT_FIRST       = 1 << 9    /* first word of its sentence */
};

typedef struct feat_word {
    uint64_t lower;          /* hash of the lowered form */
    uint64_t exact;          /* hash of the form as written if it has upper
                             ** case, else 0 */
    uint64_t suf[5];         /* hashes of the last 1..5 bytes of lower */
    uint64_t pre[3];         /* hashes of the first 1..3 bytes of lower */
    uint64_t shape;          /* hash of the word's shape ("Xxxx", "dd-dd") */
    uint32_t flags;          /* FEAT_* bits, plus a length bucket << 12 */
    uint32_t amb;            /* ambiguity class from the vocabulary, 0 if
                             ** unknown (set by the caller) */
    uint32_t wnc;            /* its WordNet classes (wnclass.h), 0 if none
                             ** (set by the caller) */
    uint32_t top;            /* 1 + its most frequent label in training, 0 if
                             ** unknown (set by the caller) */
    uint32_t guess;          /* 1 + the label the words to its left see it
                             ** take: `top` in a first pass, the first
                             ** pass's label in a second (set by the caller;
                             ** feat_word_init sets 0) */
} feat_word;

/* A fast 64-bit hash of n bytes (not cryptographic). */
uint64_t feat_hash(const void *p, size_t n);
/* Mixes two 64-bit values into one. */
uint64_t feat_mix(uint64_t a, uint64_t b);

/*
** Lowers a UTF-8 word into out (capacity FEAT_WORD_MAX + 8) and returns
** its length, at most FEAT_WORD_MAX; a longer lowered word is cut at a
** character boundary.  ASCII is lowered inline, other letters through
** utf8proc's simple case mapping; invalid bytes are copied as they are.
*/
size_t feat_lower(const char *s, size_t n, char *out);

/* Fills w from a form and its lowered form (from feat_lower); sets amb
** and top to 0. */
void feat_word_init(feat_word *w, const char *form, size_t n,
                    const char *lower, size_t lower_n, int first);

/*
** feat_word_init in two steps, for the tagger, which needs a known word's
** suffixes and prefixes only where it has no summed rows for them:
** feat_word_init_plain() all but the affix hashes (left 0), then
** feat_word_affixes() all of them (FEAT_AFFIXES_ALL) or only the
** three-letter suffix (FEAT_AFFIXES_SUF3: the one the label-dependent
** features read).
*/
enum { FEAT_AFFIXES_ALL = 0, FEAT_AFFIXES_SUF3 = 1 };
void feat_word_init_plain(feat_word *w, const char *form, size_t n,
                          const char *lower, size_t lower_n, int first);
void feat_word_affixes(feat_word *w, const char *lower, size_t lower_n, int which);

/*
** feat_lower() into `lower` then feat_word_init_plain(), with the same
** results, in one pass over an ASCII form of at most FEAT_WORD_MAX bytes
** (the tagger's words, nearly all); other forms take the two steps.
** Returns the lowered form's length.
*/
size_t feat_word_init_lower(feat_word *w, const char *form, size_t n, char *lower, int first);

/*
** Keys of word i of the n words ws[0..n-1] that do not depend on labels
** chosen earlier.  Returns how many were written to keys (at most
** FEAT_STATIC_MAX).
*/
int feat_static(const feat_word *ws, int n, int i, uint64_t *keys);

/*
** The same keys in two parts: feat_fixed() those that depend on the words
** only, feat_right() (at most FEAT_RIGHT_MAX) those that read the guessed
** labels of the word and its right neighbours (feat_word.guess), which a
** second pass recomputes.  feat_static = feat_fixed then feat_right.
*/
#define FEAT_RIGHT_MAX 5
int feat_fixed(const feat_word *ws, int n, int i, uint64_t *keys);

/*
** feat_fixed's keys in two parts again: feat_own() those of the word
** alone (its lowered form, suffixes, prefixes, ambiguity class and most
** frequent label: the same for every use of a vocabulary word, so the
** tagger sums their weights once per word when it loads a model), and
** feat_context() the rest.  Together they are feat_fixed's keys.
*/
#define FEAT_OWN_MAX 13
int feat_own(const feat_word *w, uint64_t *keys);
int feat_context(const feat_word *ws, int n, int i, uint64_t *keys);

/*
** feat_context's keys in parts once more: feat_near() the keys that word
** w gives the word `offset` (-2, -1, 1 or 2) places from it, from w's
** lowered form and ambiguity class alone (w NULL: beyond the sentence;
** the tagger looks these up once per vocabulary word when it loads a
** model), and feat_context_rest() the others.  feat_context = the rest
** and feat_near of the four neighbours (ws[i - 2] at offset 2...).
*/
#define FEAT_NEAR_MAX 3
#define FEAT_NEAR_ALL 8      /* all four offsets' keys together */
int feat_near(const feat_word *w, int offset, uint64_t *keys);
int feat_context_rest(const feat_word *ws, int n, int i, uint64_t *keys);
int feat_right(const feat_word *ws, int n, int i, uint64_t *keys);

/*
** feat_right's keys in two parts: feat_right_pair() the FEAT_RIGHT_PAIR_N
** that read only the guesses g1, g2 of the next two words (their
** feat_word.guess, or FEAT_GUESS_END past the sentence; the tagger sums
** their rows per pair when it loads a model), feat_right_word() the
** others.
*/
#define FEAT_GUESS_END 0xfffeu
#define FEAT_RIGHT_PAIR_N 3
int feat_right_pair(uint32_t g1, uint32_t g2, uint64_t *keys);
int feat_right_word(const feat_word *ws, int n, int i, uint64_t *keys);

/*
** Keys that use the labels chosen for words i-1 (p1) and i-2 (p2), or
** FEAT_NO_LABEL before the sentence.  Returns the count (at most
** FEAT_DYNAMIC_MAX).
*/
int feat_dynamic(const feat_word *ws, int n, int i, int p1, int p2,
                 uint64_t *keys);

/*
** feat_dynamic's keys in two parts: feat_labels() the FEAT_LABELS_N that
** read the two labels alone (the tagger sums their rows per pair of
** labels when it loads a model), feat_dynamic_word() the others.
*/
#define FEAT_LABELS_N 3
int feat_labels(int p1, int p2, uint64_t *keys);
int feat_dynamic_word(const feat_word *ws, int n, int i, int p1, int p2,
                      uint64_t *keys);
/* The last of feat_dynamic_word's keys, the only one that reads the next
** word's guess (feat_word.guess): a second pass, where only that guess
** changed, looks up this one again and keeps the others. */
uint64_t feat_dynamic_guess(const feat_word *ws, int n, int i, int p1);

#endif
