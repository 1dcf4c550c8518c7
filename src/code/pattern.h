/*
** pattern.h — event patterns: parsing them and matching them to a parse.
**
** A pattern (lexicon/README.md, "verbs/ files") names a head lemma and
** constraints on the head's dependents in a Universal Dependencies tree:
**
**     163   impose obj=sanction|embargo obl:on@T
**     1311  threaten xcomp>impose[obj=sanction]
**     195   strike/N compound=air nmod:on@T amod@S
**
** Relations with a preposition subtype ("obl:on", "nmod:against") are
** matched the way UD's basic trees encode them: a dependent with the
** relation's base ("obl") that has a "case" (or "mark") dependent with
** that lemma.  Plain subtypes ("compound:prt", "nmod:poss") match exactly.
*/
#ifndef DYAD_CODE_PATTERN_H
#define DYAD_CODE_PATTERN_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"

/* The code of a pattern that says its words report no event ("meet the
** demand" is no meeting): when it is the most specific to match, the
** word codes nothing (PETRARCH-2's "---"). */
#define PATTERN_NO_EVENT "---"

typedef struct constraint {
    char rel[32];              /* "obj", "obl:with", "compound:prt" */
    uint8_t negated;           /* "!rel": no such dependent */
    uint8_t role;              /* 0, 'T' target, 'S' source */
    uint8_t in_phrase;         /* "rel~=lemma": the lemma may also be a
                               ** noun modifier of the dependent
                               ** ("fired artillery shells") */
    uint32_t lemmas, n_lemmas; /* allowed lemmas: pool[lemmas .. +n) */
    int32_t clause;            /* for "rel>lemma[...]": the clause's
                               ** pattern index, else -1 */
} constraint;

typedef struct pattern {
    char code[8];              /* CAMEO code, "0871" */
    uint8_t noun;              /* the head is a noun ("/N") */
    uint32_t heads, n_heads;   /* head lemmas: pool[heads .. +n) */
    uint32_t cons, n_cons;     /* constraints: cons[cons .. +n) */
    int specificity;           /* more constraints, tried first */
    int32_t parent;            /* -1, or the pattern a clause belongs to */
    uint32_t file, line;       /* where it came from: files[file], line */
} pattern;

typedef struct pattern_set {
    pattern *patterns;
    size_t n, cap;
    constraint *cons;
    size_t n_cons, cap_cons;
    char **pool;               /* lemma strings, owned */
    size_t n_pool, cap_pool;
    char **files;              /* file names, owned */
    size_t n_files;
    /* head lemma index: (pool string, pattern) pairs sorted by lemma, then
    ** by falling specificity, then by falling count of constraints that
    ** name words, then by rising count of negated ones, then by line;
    ** built by pattern_set_index */
    struct head_entry { const char *lemma; uint32_t pattern; int specificity, named, negated; } *index;
    size_t n_index;
    /* open-addressing hash of head lemmas → their run in index, so that a
    ** word's look-up costs one probe, not a bisection of string compares */
    struct head_slot { uint64_t hash; uint32_t first, count; } *slots;
    size_t n_slots;            /* a power of two, or 0 */
} pattern_set;

void pattern_set_init(pattern_set *set);
void pattern_set_free(pattern_set *set);

/*
** Parses one pattern and adds it.  `file` and `line` are kept for
** explanations.  Returns DYAD_OK, DYAD_ENOMEM, or DYAD_EFORMAT with the
** reason in err.
*/
int pattern_set_add(pattern_set *set, const char *code, const char *text,
                    const char *file, unsigned line, char *err, size_t err_len);

/*
** Reads a file of lexicon/verbs/ (code TAB pattern [TAB example]).  Bad lines
** are reported through err as "FILE:LINE: reason" and counted in
** *bad (may be NULL); reading goes on.  Returns DYAD_EIO if the file
** cannot be read, else DYAD_OK.
*/
int pattern_set_load(pattern_set *set, const char *path, size_t *bad,
                     void (*report)(void *ctx, const char *message), void *ctx);

/* Builds the head index; call after adding, before matching. */
int pattern_set_index(pattern_set *set);

/* The top-level patterns whose head is `lemma`, most specific first:
** returns the count and sets *first to the index range start. */
size_t pattern_set_lookup(const pattern_set *set, const char *lemma, size_t *first);
/* The same by bisecting the sorted index (for tests). */
size_t pattern_set_lookup_sorted(const pattern_set *set, const char *lemma, size_t *first);

/*
** The dependents of a sentence's words, for matching: children[k] of word
** w are kids[first_kid[w] .. first_kid[w + 1]).  Built once per sentence.
*/
typedef struct sentence_tree {
    const dyad_token *words;   /* borrowed: the sentence's words */
    uint32_t n;
    uint32_t *first_kid;       /* [n + 1] */
    uint32_t *kids;            /* [n] */
    uint32_t *fill;            /* [n + 1] scratch */
    size_t cap;
} sentence_tree;

int sentence_tree_build(sentence_tree *tree, const dyad_doc *doc, size_t sent);
void sentence_tree_free(sentence_tree *tree);

/* The lemma of word w (its lower-cased form when no lemmatizer ran),
** written into buf when it must be made. */
const char *tree_lemma(const sentence_tree *tree, uint32_t w, char *buf, size_t len);

/* Is word w a day or a relative time ("Tuesday", "yesterday", "today")?
** Such a word dates an event and never takes part in it, even when the
** parse makes it a subject or an object ("protested yesterday"). */
int tree_time_word(const sentence_tree *tree, uint32_t w);
/* Is w the speaker of a closing attribution hung on it ("..., Thai
** military sources said.")? */
int tree_closing_speaker(const sentence_tree *tree, uint32_t w);
/* Is d, an appos of w, an item of a list ("The US, Russia, and Switzerland")? */
int tree_listed_appos(const sentence_tree *tree, uint32_t w, uint32_t d);
/* Is word's relation exactly rel?  For the repairs that rewrite the
** parse's words before any tree is built (quantity.h, control.h). */
int tree_rel_is(const dyad_token *word, const char *rel);

typedef struct pattern_match {
    const pattern *pattern;
    uint32_t head;             /* word index in the sentence */
    int32_t source, target;    /* words named by @S / @T, or -1 */
    int32_t clause;            /* the head of a clause constraint's match
                               ** ("provide" in say ccomp>provide[...]), or -1 */
} pattern_match;

/*
** Tries the pattern on word `head` of the tree; fills *match and returns 1
** when every constraint holds.
*/
int pattern_try(const pattern_set *set, const pattern *p, const sentence_tree *tree,
                uint32_t head, pattern_match *match);

/* Can word t head pattern p: a verb's pattern a verb (or an untagged
** word), a noun's a noun?  pattern_check asks it first. */
int pattern_head_fits(const pattern *p, const dyad_token *t);

/* The same, and for a pattern that fails, *failed is the index of the
** first constraint that did not hold (-1: the head's part of speech). */
int pattern_check(const pattern_set *set, const pattern *p, const sentence_tree *tree,
                  uint32_t head, pattern_match *match, int *failed);

/*
** The pattern that codes word w: of those headed by w's lemma, the first
** (most specific, then first listed) that matches, as the coder, dyad
** explain and the examples' test all pick it; NULL when none does.
*/
const pattern *pattern_set_match_word(const pattern_set *set, const sentence_tree *tree, uint32_t w,
                                      pattern_match *match);

/* Writes the pattern back as text ("impose obj=sanction obl:on@T") into
** buf; returns the length it needed. */
int pattern_format(const pattern_set *set, const pattern *p, char *buf, size_t len);

#endif
