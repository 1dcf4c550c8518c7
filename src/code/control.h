/*
** control.h — "urged Mali to hold elections": Mali is the verb's object.
**
** Universal Dependencies makes the one a verb asks, urges or orders to do
** something its object (obj), and its complement (xcomp) is what that
** one is to do; an indirect object (iobj) goes only beside an object
** ("gave Ukraine weapons") or a clause ("told Reuters that ...").  The
** parser, trained on web text, often reads the noun between the verb and
** its "to" infinitive as an iobj, and then no pattern with an object
** (`urge obj@T xcomp`) matches.  After the parse such an iobj, with an
** xcomp and no obj beside it, becomes the obj.
** And a passive subject (nsubj:pass) of a participle with a perfect
** "have" and no "be" or "get" becomes its subject: "had 'intruded'",
** quotes and all, is active.  And a verb's object with a preposition as
** its case ("pulled out of the deal" with "deal" an obj) is an oblique;
** and "said on Sunday Chinese ships fired", read with "on Sunday
** Chinese ships" one oblique of "fired", has its day split off for the
** saying verb and its subject back.
*/
#ifndef DYAD_CODE_CONTROL_H
#define DYAD_CODE_CONTROL_H

#include "dyad.h"
#include "code/pattern.h"

/* Repairs every such iobj of doc's parsed sentences; returns how many. */
size_t control_repair(dyad_doc *doc);

/*
** "Russia handed over the bodies", "brushed aside the calls": the parser
** often reads a verb's particle as the preposition of the noun after it,
** which becomes an oblique, and the verb has no object.  Where a pattern
** of the set knows the verb with that particle (`hand compound:prt=over`)
** and the verb has no object, the particle and the object are put back
** (the noun stays an oblique when it has a preposition of its own:
** "pulled out of the deal").
** Returns how many were repaired.
*/
size_t particle_repair(dyad_doc *doc, const pattern_set *set);

/*
** "denied the junta aid", "promised Ghana more investment": the parser
** often reads the one given to as a compound of the thing given ("the
** junta aid").  Where a pattern of the set knows the verb with an
** indirect object beside that object (`deny iobj@T obj=aid`), the verb
** has no iobj, and only adjectives, numbers or determiners stand
** between that noun and the object, the noun becomes the iobj, with the
** words before it.  Returns how many were repaired.
*/
size_t double_object_repair(dyad_doc *doc, const pattern_set *set);

#endif
