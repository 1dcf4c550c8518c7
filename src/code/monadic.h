/*
** monadic.h — the events that may stand without a target.
**
** CAMEO and PLOVER code who did what to whom, but some acts are complete
** with no one on the other side: an agreement among a body's own members,
** talks held among the participants, a rejection whose author of what is
** rejected goes unnamed, a protest or a strike, a show of force, a
** ceasefire declared, a curfew eased.  POLECAT and GDELT carry such
** events with an empty second actor.  Others are not: an attack, an
** accusation, a request, a visit, aid all fall on someone, and with no one
** named they are no event at all.  The list is in monadic.c, by CAMEO
** code; docs/coder.md gives the reasons.
*/
#ifndef DYAD_CODE_MONADIC_H
#define DYAD_CODE_MONADIC_H

#include "code/actors.h"
#include "code/coder.h"

/* May an event of CAMEO code `code` be coded with no target? */
int monadic_code(const char *code);

/* May a match of a pattern of CAMEO code pattern_code end as an event
** that monadic_code allows, once modality, refusal and negation have
** turned its code (coder.c, read_event_kind)?  Conservative: the
** prefilter relies on a 0 to skip a sentence. */
int monadic_pattern_code(const char *pattern_code);

/* Does the sentence job codes name no actor but *source, outside its
** words, save of its own country, nor a proper name the lexicon lacks?  A monadic event is coded only then: a
** counterpart the sentence names ("declined to see the envoy of Chile",
** "urged Peru to reopen the border") is one the roles step missed,
** not an act with no one on the other side. */
int monadic_sentence_alone(const sentence_coding *job, const actor *source);

#endif
