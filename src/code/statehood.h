/*
** statehood.h — a place names the country it belonged to on the story's
** date.
**
** The lexicon gives each place, capital and group today's country: Juba
** is South Sudan's capital, Asmara Eritrea's.  A story written before
** such a state seceded is about the country it seceded from ("Sudanese
** rebels shelled Juba" in 1990 shelled a Sudanese town), as CAMEO coders
** of the time coded it.
*/
#ifndef DYAD_CODE_STATEHOOD_H
#define DYAD_CODE_STATEHOOD_H

#include "dyad.h"

/* Gives each match of a state that did not yet exist on doc->date the
** country it was part of then (country and the code's first three
** letters; the code is copied into doc's arena).  Undated stories are
** left as they are.  Returns how many matches changed, or -1 when out
** of memory. */
long statehood_on_date(dyad_doc *doc, dyad_lex_matches *matches);

#endif
