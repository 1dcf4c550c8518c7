/*
** aim.h — at whom an action is aimed when its object is a thing.
**
** "signed an agreement with the EU", "imposed sanctions on Iran",
** "welcomed the resumption of ties with Mordor": the object names no one,
** so the target is the one its directed modifier ("with", "on",
** "against", "to", "between" ...) names, one phrase down if need be; else
** the verb's own directed oblique; else, for a demand or threat, the
** subject of its clause ("demanded that North Korea stop") or whom the
** open complement is aimed at ("threatened to break ties with Russia",
** "threatened to deliver blows to the United States"), or, for a threat,
** the subject of its "unless"/"if" condition, and for a protest what its
** purpose clause ("to protest X", "to show their anger at X") protests.  A phrase on the last of
** conjoined objects counts for them all, as does whoever does the thing
** by its participle ("the plan drafted by France"); a border names no one,
** nor does the topic of an agreement or talk ("a deal on Ukraine").
** A statement (01x) is not addressed to its clause's subject.
*/
#ifndef DYAD_CODE_AIM_H
#define DYAD_CODE_AIM_H

#include "code/coder.h"

/* The target word of the event whose head is sentence word w, with CAMEO
** code `code`, given tgt, the object found so far (-1 if none): tgt when
** it names an actor, else the word aimed at as above, else -1. */
int32_t aim_target(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, uint32_t w,
                   const char *code, int32_t tgt);

/* Is tgt, the object of a disapproval (CAMEO 11x), an act done to
** someone ("the attack on Uganda's embassy", "the killing of Ugandan
** students", "the crackdown on protesters") whose only actor named is
** the one it was done to?  That one is its victim, not the one
** disapproved of, so the event has no target. */
/* Is tgt, the thing given in a giving event (CAMEO 033x, 07x), named
** only with the one it comes from ("approved a loan from China")?  That
** one is the giver, not the one given to, so the event has no target. */
int aim_names_only_giver(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, const char *code,
                         int32_t tgt);

int aim_names_only_victim(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                          const char *code, int32_t tgt);

#endif
