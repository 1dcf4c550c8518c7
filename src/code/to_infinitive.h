/*
** to_infinitive.h — "threatened to fire on the protesters": the verb
** after "to" that completes a verb taking an infinitive.
**
** The tagger, trained on web text, often reads such a word as a noun
** and "to" as a preposition ("to/IN fire/NN"), so the parse hangs "fire"
** on "threatened" as an oblique and the threat, vow or refusal loses its
** act.  Right after a verb or adjective that takes a "to" infinitive
** (threaten, vow, pledge, refuse, plan, decide, seek ...; ready,
** willing, poised ...), "to" and a lower-case word WordNet knows as a
** verb, read as a singular noun, a name ("to march" as the month) or an
** adjective ("refused to elaborate", "plans to lower tariffs"), are the
** infinitive marker and that verb; so they are after a verb whose
** object does the infinitive (urge, ask, order, appeal, call on ...)
** and that object ("urged Portugal to exercise restraint", "appealed
** to Iran to boost trade").  Not after verbs that
** also take "to" and a noun ("agreed to talks", "moved to Paris",
** "committed to reform").
*/
#ifndef DYAD_CODE_TO_INFINITIVE_H
#define DYAD_CODE_TO_INFINITIVE_H

#include "dyad.h"

/* Retags as described, in every sentence of doc, with the tagger's
** model for WordNet's verbs (NULL: nothing is retagged); returns how
** many infinitives it gave back. */
size_t to_infinitive_repair(dyad_doc *doc, const dyad_tagger *tagger);

#endif
