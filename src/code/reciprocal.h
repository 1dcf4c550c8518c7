/*
** reciprocal.h — consultations go both ways.
**
** "Russia's foreign minister telephoned his US counterpart", "held talks
** with leaders of Romania's government": a meeting, a call or a
** negotiation is an act of both sides.  CAMEO coders code a meeting as
** two events, one each way, and PLOVER makes every party to a CONSULT an
** actor; so the coder adds, for each consultation it coded, the one the
** other side took part in.  A visit (042) is not reversed: who travelled
** says which is which, and a place visited hosts no one.  But hosting
** (043: "Georgia received ministers from Armenia") says who travelled,
** so the guest's visit (042, Armenia to Georgia) is added.
*/
#ifndef DYAD_CODE_RECIPROCAL_H
#define DYAD_CODE_RECIPROCAL_H

#include <stddef.h>
#include "dyad.h"
#include "code/cameo.h"

/* Is CAMEO code `code` a consultation of both sides (040, 041, 046)? */
int reciprocal_code(const char *code);

/* For each event out->items[first..] with a reciprocal code, not
** negated, whose reverse (a consultation from the target's country to
** the source's) is not already there, appends that reverse; for each
** hosting (043), the guest's visit (042, its label and weights from
** `cameo`) unless there.  Strings it makes live in doc's arena.
** Returns DYAD_OK or DYAD_ENOMEM. */
int reciprocal_events(dyad_doc *doc, const cameo_table *cameo, dyad_events *out, size_t first);

#endif
