/*
** speculation.h — what someone thinks another could do.
**
** "Analysts say China could invade Taiwan", "Kenya fears that Somalia
** might close the border": a possibility that someone believes, fears or
** predicts, or that commentators state, is neither an act nor a threat or
** promise of the one who would act (CAMEO codes a threat by its maker), so
** it is no event; nor is what someone is expected or likely to do ("the EU
** is expected to impose sanctions").  A party's own "could" stays a threat
** or an offer: "Iran said it could close the strait".  Nor is what a
** blocked, vetoed or rejected thing would have done ("blocked an EU
** statement criticizing China"): the thing never came to be.
*/
#ifndef DYAD_CODE_SPECULATION_H
#define DYAD_CODE_SPECULATION_H

#include "code/roles.h"

/* Is event word w of tree t in a "could"/"might"/"may" clause that
** someone believes, fears or predicts, or that commentators state, or
** what someone is expected or likely to do, or what a blocked thing would
** have done? */
int speculated(const sentence_tree *t, uint32_t w);

#endif
