/*
** attribution.h — the closing attribution of a news sentence.
**
** "Sudanese rebels shelled Juba, killing about 20 people, relief officials
** in Nairobi said."  The words after the last comma name who reported the
** event and where they were, not who took part in it or where it
** happened; but parsers often hang them inside the event ("officials"
** joined to "people", "in Nairobi" an oblique of "killing").  Knowing the
** span by its words, the coder keeps its actors and places out of the
** event whatever the tree says.
*/
#ifndef DYAD_CODE_ATTRIBUTION_H
#define DYAD_CODE_ATTRIBUTION_H

#include <stdint.h>
#include "code/pattern.h"

/* The first word of the sentence's closing attribution: the words after
** a comma that end with a verb of saying ("said", "have said", "told
** AFP") and hold a noun and no other verb, at most ten of them; or
** t->n when the sentence has none. */
uint32_t attribution_start(const sentence_tree *t);

/* Does word w belong to the closing attribution while word `of` (an
** event's word or role) does not? */
int attribution_apart(const sentence_tree *t, uint32_t of, uint32_t w);

#endif
