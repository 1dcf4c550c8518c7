/*
** state_act.h — who did an act only a state does, when the news says it
** in the passive with no agent: "two journalists were arrested in Cairo",
** "the opposition leader was sentenced in Minsk", "a Nigerian student
** was deported from Malaysia".  The state where it happened did it, as
** CAMEO coders code it: that place's country with the sector the act
** implies (its police for an arrest, its courts for a sentence, its
** government otherwise).  docs/coder.md, step 4, says which acts.
*/
#ifndef DYAD_CODE_STATE_ACT_H
#define DYAD_CODE_STATE_ACT_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "code/actors.h"
#include "code/pattern.h"
#include "where/where.h"

/*
** The state that did event word w of sentence s, whose pattern gave code
** and whose clause (w, or the verb a noun event hangs on: "was put under
** investigation") is a passive with a subject and no "by" agent.  *out
** is the place's country with the act's sector (code in doc's arena,
** certainty below a named actor's, how saying it was inferred); *spot
** the place it came from: a locative phrase of the event or its object,
** a country the expelled were sent "from", or the story's dateline, never
** a phrase elsewhere in the sentence.  Returns 1 when inferred, 0 when
** the act is not one only states do, the state is not said, or memory
** ran out.
*/
int state_act_source(dyad_doc *doc, size_t s, const sentence_tree *t, const dyad_lex_matches *matches,
                     const int32_t *word_match, uint32_t w, uint32_t clause, const char *code,
                     const char *modality, actor *out, where_place *spot);

/*
** May an inferred state act on target, an actor of the event's passive
** subject?  Only one named in the sentence: two guesses, the state from
** the place and the person from the story's memory ("she was nabbed in
** Karachi"), make a wrong event too often; and not the place's own
** people standing in for a subject that names no actor.
*/
int state_act_named_target(const actor *target);

#endif
