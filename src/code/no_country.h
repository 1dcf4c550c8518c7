/*
** no_country.h — a side named only by a sector, coded with no country.
**
** CAMEO's actor codebook writes a side whose country is unknown as "---"
** and its sector ("---REB": rebels no one can place), as PETRARCH-2 and
** TABARI code it.  With dyad_coder_options.no_country (off by default:
** docs/coder.md, step 7) a role word that no rule gives a country (its
** own words, a place, the story's memory, the event's place) but whose
** head is a noun the lexicon knows for one side's sector is such an
** actor: "Gunmen kidnapped two Chilean engineers" is ---UAF -> CHL.
*/
#ifndef DYAD_CODE_NO_COUNTRY_H
#define DYAD_CODE_NO_COUNTRY_H

#include "code/actors.h"
#include "code/coder.h"

/* With no_country on, the actor of role word `word` (which mention.c
** could not resolve) as "---" and its sector, country "", into *a: only
** for the sectors of the sides of political events (the state's organs,
** armed and political groups, civilians); not a title, which waits for a
** name; not "people", who may be anyone's; not a noun that only acts for
** a body ("officials", "a spokesman", "the delegation") unless the body
** is named ("leaders of the rebels"); not one a possessive owns ("his
** army": mention.c decides whose); not a named group the lexicon lacks.
** 1 when *a is such an actor, 0 when not, DYAD_ENOMEM. */
int no_country_actor(const sentence_coding *job, uint32_t word, actor *a);

/* Was *a made by no_country_actor?  An event needs one side with a
** country: "---REB" against "---COP" says nothing of where or whom. */
int no_country_is(const actor *a);

#endif
