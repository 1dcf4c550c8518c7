/*
** infinitive_attach.h — "allow refugees who have lived abroad to return":
** the infinitive is the verb's, not the relative clause's.
**
** A verb that takes an object and a "to" infinitive (allow, urge, order,
** force, invite ...) keeps that infinitive after its object, however long
** the object is.  When the object has a relative clause ("refugees who
** have lived in Iraq for a decade"), the parser, trained on web text,
** hangs the infinitive on the relative clause's verb as a purpose clause
** (advcl), and the main verb's pattern (`allow obj@T xcomp`) finds no
** complement.  After the parse, such an infinitive with no subject of its
** own, when the main verb has no complement yet, becomes the main verb's
** xcomp.  Over all verbs the move is wrong (on the EWT training
** treebank, 6 of 7 such purpose clauses belong where the parser put
** them), so it is limited to the verbs whose object takes an infinitive.
** So is the other misreading: "ordered the diplomats to leave" parsed
** with "to leave" a clause of the diplomats (acl, as in "the decision to
** leave"); after an object that is no noun of content (roles.h), the
** infinitive becomes the verb's xcomp.  And an infinitive read as a
** purpose (advcl) because words came between ("agreed on Monday to
** impose sanctions") is the xcomp of a verb whose infinitive is its
** complement (agree, decide, vote, promise, threaten, refuse ...; not in
** the passive, nor after "so as", "in order" or "whether").
*/
#ifndef DYAD_CODE_INFINITIVE_ATTACH_H
#define DYAD_CODE_INFINITIVE_ATTACH_H

#include "dyad.h"

/* Repairs every such infinitive of doc's parsed sentences; returns how
** many. */
size_t infinitive_attach_repair(dyad_doc *doc);

#endif
