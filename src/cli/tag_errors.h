/*
** tag_errors.h — `dyad eval-tags --show N`: the most frequent errors of
** each column, to see what to fix next.
*/
#ifndef DYAD_CLI_TAG_ERRORS_H
#define DYAD_CLI_TAG_ERRORS_H

#include <stdio.h>
#include "dyad.h"
#include "nlp/tag_eval.h"

/*
** Prints, for UPOS, XPOS and lemmas, the n most frequent mismatches
** between g (gold columns) and doc's tagged words, with counts: "gold ->
** predicted" for tags; for lemmas the words' gold XPOS and lowered-case
** class (the lemma errors of each XPOS), then the single errors as
** "XPOS form: gold -> predicted".  Returns 0, or -1 when out of memory.
*/
int tag_errors_print(FILE *out, const tag_gold *g, const dyad_doc *doc, long n);

#endif
