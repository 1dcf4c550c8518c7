/*
** parser_vote.h — combining several parsers' trees of one sentence into
** one by reparsing (Sagae & Lavie 2006): every tree votes for its arcs
** with its weight, and the result is the projective tree, with a single
** word under the root, that collects the most votes (Eisner's algorithm).
** Each word's relation is then the one most of the weight gives it among
** the trees that chose the same head.
**
** Ties, of arcs and of relations, go to the first tree: it should be the
** best single parser, so that voting never does worse than it where the
** others have nothing to say.  The parsers dyad trains are projective
** (arc-eager), so Eisner's projective search loses nothing that any of
** them could give.
*/
#ifndef DYAD_NLP_PARSER_VOTE_H
#define DYAD_NLP_PARSER_VOTE_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "nlp/parser.h"

/* Longer sentences keep the first tree: the search is cubic in length. */
#define PV_MAX_WORDS 400

/* One parser's tree of an n-word sentence: word i's head (0 = root) and
** relation, as dyad_token's head and deprel. */
typedef struct pv_tree {
    const dyad_token *words;   /* [n], borrowed */
    double weight;             /* > 0 */
} pv_tree;

/* The working memory of the search, kept from sentence to sentence;
** zero it before first use, release it with pv_scratch_free. */
typedef struct pv_scratch {
    double *score;             /* [(n+1)^2] votes for head h of word d */
    double *table;             /* [4 (n+1)^2] best spans */
    int32_t *split;            /* [4 (n+1)^2] where each best span splits */
    size_t capacity;           /* n+1 the arrays have room for */
} pv_scratch;

void pv_scratch_free(pv_scratch *sc);

/*
** Combines n_trees (>= 1) trees of the same n words into out[n]: sets
** each word's head and deprel (relations borrowed from the trees' words);
** the other fields of out are left alone, and out must not be any tree's
** words.  Returns DYAD_OK, DYAD_EINVAL (no tree, or a weight not above 0)
** or DYAD_ENOMEM.
*/
int pv_combine(pv_scratch *sc, const pv_tree *trees, int n_trees, size_t n, dyad_token *out);

/* ---- whole documents ----------------------------------------------- */

#define PV_MAX_PARSERS 8
#define PV_MAX_KBEST 16

/* Parsers voting together: parsers[0] first (it takes the ties).  The
** parsers are borrowed; zero the rest before first use and release it
** with pv_ensemble_free. */
typedef struct pv_ensemble {
    const dyad_parser *parsers[PV_MAX_PARSERS];
    double weights[PV_MAX_PARSERS];     /* each > 0 */
    int n;                              /* 1 to PV_MAX_PARSERS */
    /* kbest > 1: each parser votes with the kbest best trees of its beam,
    ** its weight shared among them as exp(score / temperature) (a
    ** parser's beam scores are sums of its weights, so the temperature
    ** is in those units); a greedy parser votes with its one tree. */
    int kbest;                          /* 0 or 1: the best tree only */
    double temperature;                 /* > 0 when kbest > 1 */
    dyad_token *copies;                 /* the parsers' trees */
    size_t copies_cap;                  /* tokens there is room for, in all */
    pv_scratch scratch;
    parser_scratch parse[PV_MAX_PARSERS];   /* each parser's, for kbest */
} pv_ensemble;

/*
** Parses the sentences of doc that `which` asks for (all when NULL), as
** dyad_parser_parse_some does, with every parser of e, and gives each
** word the head and relation of the combined tree.  One parser parses
** alone.  Returns DYAD_OK, DYAD_EINVAL, DYAD_ENOMEM or a parser's error.
*/
int pv_parse_doc(pv_ensemble *e, dyad_doc *doc, const unsigned char *which);
void pv_ensemble_free(pv_ensemble *e);

#endif
