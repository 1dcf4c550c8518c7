/*
** event_roles.h — the words an event acts between.
**
** A pattern matched on a word names an event; unless the words around
** it say it reports none (a condition, a request, a participle ...), its
** source is the pattern's own @S word, else the subject of its clause (a
** noun event's clause when it names none: "rebels engaged peacekeepers in
** a firefight"), and its target the pattern's @T word, else the
** passive's subject or the object, else whom a thing is aimed at
** (aim.h).  Each role word stands for the actors conjoined to it, a group
** pronoun for its antecedents; conjoined sources with no one else acted
** upon act on each other where the act goes both ways.  docs/coder.md,
** steps 3 and 4.
*/
#ifndef DYAD_CODE_EVENT_ROLES_H
#define DYAD_CODE_EVENT_ROLES_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "code/actors.h"
#include "code/coder.h"
#include "code/pattern.h"
#include "where/where.h"

/* The words an event acts between (event_roles_find): one per conjoined actor. */
typedef struct event_roles {
    pattern_match m;
    const char *demand;        /* "100" for an obligation stated of someone */
    int inferred;              /* no agent: the state where it happened acts */
    actor state;               /* ... that state */
    where_place state_spot;    /* ... and where its name was found */
    int32_t thing;             /* the object, before aim.c looks past it */
    uint32_t srcs[8], tgts[8];
    size_t ns, nt;
    uint8_t src_place[8], tgt_place[8];   /* add_place_conjuncts' base */
    actor src_bases[8], tgt_bases[8];
    int mutual;                /* conjoined sources act on each other */
} event_roles;

/* Why the match of pattern p on word w reports no event of its own
** (a note for dyad explain), or NULL when it may. */
const char *event_roles_no_event_reason(const sentence_tree *t, uint32_t w, const pattern *p);

/* Fills r's roles for the event r->m (as pattern_try left it, which this
** may amend) matched on word w of the sentence.  0 when the event has no
** source or an inferred state would act on someone other than the
** passive's subject (noted for dyad explain), else 1. */
int event_roles_find(const sentence_coding *job, uint32_t w, event_roles *r);

/* *a, the actor of a place conjoined to an agent's place ("lawmakers in
** Kenya and Uganda": Uganda), as that agent of its own country: takes
** the sector of first, the agent's.  DYAD_OK or DYAD_ENOMEM. */
int event_roles_place_conjunct(dyad_doc *doc, const actor *first, actor *a);

/* *a, the actor of the conjoined modifier words[i] ("US and British
** activists": British), as the agent first names, of its own country,
** when it names no sector of its own.  DYAD_OK or DYAD_ENOMEM. */
int event_roles_modifier_conjunct(dyad_doc *doc, const sentence_tree *t, const uint32_t *words, size_t i,
                                  const actor *first, actor *a);

#endif
