/*
** parser_beam.h — beam search over arc-eager transitions.
**
** Keeps the `width` best-scoring partial parses at every step (Zhang &
** Nivre 2011).  The scorer is a callback, so the same search serves
** parsing (the packed model) and training (the live weights); in training
** it also tracks which items are still gold (every action so far of least
** cost) and stops at the first step where none is, for the early update,
** or (keep_going) searches on to the end and records the best score of
** every step, for the max-violation update (Huang, Fayong & Guo 2012).
** States are copied whole at every step, so sentences longer than
** BEAM_MAX_WORDS are left to the greedy decoder.
*/
#ifndef DYAD_NLP_PARSER_BEAM_H
#define DYAD_NLP_PARSER_BEAM_H

#include <stdint.h>
#include "nlp/parser_features.h"
#include "nlp/transition.h"

#define BEAM_MAX_WIDTH 64
#define BEAM_MAX_WORDS 300

/* Adds nothing and sets scores[0..n_actions-1] for the keys of a state. */
typedef void (*beam_score_fn)(const void *ctx, const uint64_t *keys, int n_keys,
                              float *scores, int n_actions);

typedef struct beam_step {
    int16_t parent;          /* the item this one grew from, one step back */
    int16_t action;          /* the action taken, or -1 for a finished item */
} beam_step;

typedef struct beam_candidate {
    double score;
    int parent, action, gold;
} beam_candidate;

/* The working memory of a search; zero it before first use. */
typedef struct parser_beam {
    int width;
    tr_state items[BEAM_MAX_WIDTH], next[BEAM_MAX_WIDTH];
    double score[BEAM_MAX_WIDTH];
    uint8_t gold[BEAM_MAX_WIDTH];
    int n_items;
    beam_step *hist;         /* [steps][width] */
    size_t hist_cap;
    int steps;
    beam_candidate *cand;    /* [width * n_actions] */
    size_t cand_cap;
    float *scores;           /* [n_actions] */
    int32_t *costs;          /* [n_actions] */
    int n_actions_cap;
    uint64_t keys[PF_MAX];
    int keep_going;          /* set by the caller: do not stop when the
                             ** gold items have fallen out */
    double *best_at;         /* [steps]: item 0's score after each step */
    uint8_t *best_gold_at;   /* [steps]: was item 0 then still gold? */
    size_t best_cap;
} parser_beam;

void parser_beam_free(parser_beam *b);

/*
** The actions valid in st as runs [from[i], to[i]) in rising order, the
** same set as tr_valid gives an action at a time; from and to hold
** BEAM_MAX_RUNS.  Returns how many runs.
*/
#define BEAM_MAX_RUNS 6
int parser_beam_valid_runs(const tr_state *st, int32_t n_labels, int32_t root_label,
                           int *from, int *to);

/*
** Searches the parses of a sentence of n words (hashed in w) with the
** given width.  With gold_head/gold_label (n+1 entries each, entry 0 = -1)
** it tracks gold items and stops early when none is left (*fell_out = 1).
** Afterwards item 0 is the best.  DYAD_OK or DYAD_ENOMEM.
*/
int parser_beam_search(parser_beam *b, int width, const pf_words *w, int32_t n,
                       int32_t n_labels, int32_t root_label,
                       beam_score_fn score, const void *ctx,
                       const int32_t *gold_head, const int32_t *gold_label,
                       int *fell_out);

/* The actions of item k, oldest first, without the -1 of finished items;
** actions must hold b->steps entries.  Returns how many. */
int parser_beam_actions(const parser_beam *b, int k, int *actions);

/* The same for item k of the beam as it stood after `steps` steps
** (1 <= steps <= b->steps). */
int parser_beam_actions_at(const parser_beam *b, int steps, int k, int *actions);

#endif
