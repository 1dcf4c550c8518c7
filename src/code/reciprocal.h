/*
** reciprocal.h — consultations go both ways.
**
** "Russia's foreign minister telephoned his US counterpart", "held talks
** with leaders of Romania's government": a meeting, a call or a
** negotiation is an act of both sides.  CAMEO coders code a meeting as
** two events, one each way, and PLOVER makes every party to a CONSULT an
** actor; so the coder adds, for each consultation it coded, the one the
** other side took part in.  Visits (042) and hosting (043) are not
** reversed: who travelled says which is which.
*/
#ifndef DYAD_CODE_RECIPROCAL_H
#define DYAD_CODE_RECIPROCAL_H

#include <stddef.h>
#include "dyad.h"

/* Is CAMEO code `code` a consultation of both sides (040, 041, 046)? */
int reciprocal_code(const char *code);

/* For each event out->items[first..] with a reciprocal code, not
** negated, whose reverse (a consultation from the target's country to
** the source's) is not already there, appends that reverse.  Strings it makes live in doc's arena.
** Returns DYAD_OK or DYAD_ENOMEM. */
int reciprocal_events(dyad_doc *doc, dyad_events *out, size_t first);

#endif
