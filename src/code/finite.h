/*
** finite.h — a sentence of news has a finite verb.
**
** A tagger trained on web text often reads a headline-style past tense as
** a participle: "European ministers agreed in principle ..." tagged VBN,
** so the parse makes "agreed" describe the ministers and the sentence has
** no main verb.  Reported news has one ("Kurds demonstrated in Kirkuk,
** witnesses said"): when the only finite verbs of a sentence are a
** closing attribution, or there are none, its first bare past participle
** (no auxiliary before it) is read as the past tense before parsing.
** And anywhere, a participle right after a noun with a noun phrase after
** it ("Chinese vessels fired water cannon") is a past tense with its
** object, unless it is a naming verb ("a town called Miramar") or what
** follows is a time ("people killed last week").  On the sentences of
** PETRARCH-2's GigaWord sample this rule changed three tags, all to the
** past tense the text has; on EWT dev, web text, 14 of 17 firings were
** naming verbs or inversions, which the exceptions now leave alone.
** A word tagged as an adjective right after a modal or "to", with a noun
** phrase after it ("would free 150 prisoners"), is a verb.
** After a word of demanding and "that", a lower-case noun between a name
** and a noun phrase is the name's bare subjunctive verb ("its demand
** that Kenya ease restrictions"); so is one before a particle or the
** clause's end ("that Somalia hand over", "that the garrison
** surrender"), and one after a common noun ("that the president step
** down"), when the clause has no other verb.
** And a sentence that ends ", a Saudi weekly reports." ends with its
** attribution's verb ("reports", "says", "claims" ...), not a plural
** noun in apposition to what comes before the comma.
*/
#ifndef DYAD_CODE_FINITE_H
#define DYAD_CODE_FINITE_H

#include "dyad.h"

/* Retags as described, in every sentence of doc; returns how many words
** changed.  With the tagger's model (may be NULL) it also mends the
** lemmas of regular pasts ("fined" -> fine) and reads a WordNet verb's
** past form between a subject and an object in a sentence with no
** finite verb as that past tense ("rioters smashed windows"). */
size_t finite_verb_repair(dyad_doc *doc, const dyad_tagger *tagger);

#endif
