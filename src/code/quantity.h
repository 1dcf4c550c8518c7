/*
** quantity.h — "up to 16 advisers" is a number of advisers.
**
** A parser trained on web text often reads the "up" of "up to N" as the
** verb's particle and "to N advisers" as a prepositional phrase:
** "rebels kidnapped up to 16 advisers" then has no object, and the
** kidnapping no one kidnapped.  After the parse, the phrase is put back
** as UD writes it: "up" a modifier of the number, "to" fixed to "up", and
** the counted noun the verb's object when the verb has none.
*/
#ifndef DYAD_CODE_QUANTITY_H
#define DYAD_CODE_QUANTITY_H

#include "dyad.h"

/* Repairs every "up to N" of doc's parsed sentences as described;
** returns how many it repaired. */
size_t quantity_repair(dyad_doc *doc);

#endif
