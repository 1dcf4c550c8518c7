/*
** acts.h — "North Korea launched two missiles ... Seoul condemned the
** launch": an act named again later in the story by a definite noun.
**
** The story memory (actors.h) remembers who was named; this remembers
** what was done and by whom: for each pattern that matched with a doer
** found, the act's word and that doer.  A later target that names no
** actor but is a definite noun of the same word ("the launch", "the
** arrests", "this attack", "the shelling") stands for the act, and a
** condemnation, a rejection, a demand, a threat, praise or a protest
** aimed at the act is aimed at its doer.
**
** The prefilter must know which sentences may give or take such an act
** so that parsing only some sentences codes the same events as parsing
** all (prefilter.h): acts_bloom keeps the words of acts a sentence may
** give, and of definite nouns a sentence may take, as small Bloom
** filters (a word added is always found).
*/
#ifndef DYAD_CODE_ACTS_H
#define DYAD_CODE_ACTS_H

#include <stdint.h>
#include "dyad.h"
#include "code/actors.h"

enum { ACTS_MAX = 64, ACTS_KEY = 24 };

typedef struct act_memory {
    struct remembered_act {
        char key[ACTS_KEY];      /* acts_key of the act's word */
        uint32_t sent;           /* its sentence */
        actor who;               /* its doer */
    } items[ACTS_MAX];
    int n;                       /* the newest last; the oldest forgotten */
} act_memory;

/* The word as acts compare them, into buf: the lemma lower-cased, a
** gerund's "-ing" cut ("shelling" -> "shell", "killings" -> "kill").
** NULL when it does not fit. */
const char *acts_key(const char *lemma, char *buf, size_t n);

/* Remembers that who did the act of word `lemma` in sentence `sent`
** (the coder calls it for the patterns acts_pattern_code accepts). */
void acts_remember(act_memory *m, const char *lemma, uint32_t sent, const actor *who);

/* Is word w (0-based, of the n words of a sentence) a noun with a
** definite determiner at most three words before it ("the launch", "the
** missile launch", "this attack")?  Read from the words alone, so that
** the prefilter asks the same before the parse. */
int acts_definite_noun(const dyad_token *words, uint32_t n, uint32_t w);

/* Word w of sentence `sent` (its words, n long) as the doer of an act an
** earlier sentence remembered under the same word: 1 with *out set, or 0.
** Only for a pattern of `code` that may be aimed at an act
** (acts_aimed_code): the pattern's own code, not the event's, so that
** the prefilter can ask it before the parse. */
int acts_resolve(const act_memory *m, const dyad_token *words, uint32_t n, uint32_t sent, uint32_t w,
                 const char *code, actor *out);

/* Is a pattern of this CAMEO code an act to remember: anything but a
** statement (01x), which a later "the statement" would name only as
** words? */
int acts_pattern_code(const char *code);

/* May an event of this CAMEO code be aimed at an act's doer: praise and
** endorsement (05), demands (10), disapproval (11), rejection (12),
** threats (13), protest (14)? */
int acts_aimed_code(const char *code);

/* A small Bloom filter of act keys. */
typedef struct acts_bloom {
    uint64_t bits[8];
} acts_bloom;

void acts_bloom_add(acts_bloom *b, const char *key);
int acts_bloom_has(const acts_bloom *b, const char *key);

#endif
