/*
** score.h — scoring coded events against gold records, by the rules of
** ../shared/DESIGN.md ("Evaluation"), the same as the independent scorer
** tools/score.py there: per text, gold events in order (optional ones
** last) each take the first unused prediction of an accepted type whose
** source and target countries agree (a gold "" accepts any); a matched
** optional gold event makes its prediction neither right nor wrong.
*/
#ifndef DYAD_CODE_SCORE_H
#define DYAD_CODE_SCORE_H

#include <stddef.h>

enum score_level { SCORE_ROOT = 0, SCORE_FULL, SCORE_PLOVER, SCORE_LEVELS };

/* One gold event, expanded to a single source and target. */
typedef struct gold_event {
    char source[4], target[4];     /* country prefixes, "" for any */
    char types[SCORE_LEVELS][16][16]; /* accepted types per level */
    int n_types[SCORE_LEVELS];
    int optional;
} gold_event;

/* One prediction: its type at each level and its actors' countries. */
typedef struct predicted_event {
    char types[SCORE_LEVELS][16];
    char source[4], target[4];
} predicted_event;

typedef struct level_score {
    size_t texts, tp, fp, fn;
} level_score;

/* Scores one text's predictions against its gold events, adding to
** scores[level] for each level the text is annotated at.  When verdict is
** given, verdict[p] is set for prediction p at level verdict_level: 1
** right, 0 wrong, -1 neither (matched an optional gold event, or the text
** is not annotated at that level). */
void score_text(const gold_event *gold, size_t n_gold, const predicted_event *pred,
                size_t n_pred, level_score scores[SCORE_LEVELS], int verdict_level,
                signed char *verdict);

double score_precision(const level_score *s);
double score_recall(const level_score *s);
double score_f1(const level_score *s);

#endif
