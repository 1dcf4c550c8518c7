/*
** emit.h — the events of a matched word, from its roles (event_roles.h)
** and what the event is: one event per source and target that name
** actors, and one per code of an actor with several ("The Shire"
** [FRO/BIL/SAM]).  An event needs someone acted upon, and an actor does
** not act on itself.  docs/coder.md, steps 5 and 7.
*/
#ifndef DYAD_CODE_EMIT_H
#define DYAD_CODE_EMIT_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "code/cameo.h"
#include "code/coder.h"
#include "code/event_roles.h"
#include "code/implied.h"
#include "when/when.h"

/* What the event is: its code and how it is said (coder.c reads it). */
typedef struct event_kind {
    const char *event_code;
    const cameo_code *code;    /* its CAMEO entry, or NULL */
    const char *modality;
    int negated;
} event_kind;

/*
** Writes at the end of out the events of word w (whose lemma is lemma)
** of the sentence, dated when: each source of r acting on each target,
** or on implied's target when it was found (implied.h), with what k says
** the event is.  Sets head_of_event[w] (n_heads long) to 1 when w coded
** an event; notes why a pair coded none, for dyad explain.  Returns
** DYAD_OK or DYAD_ENOMEM.
*/
int emit_events(const sentence_coding *job, uint32_t w, const char *lemma, const event_date *when,
                const event_roles *r, const event_kind *k, const implied_place *implied,
                uint8_t *head_of_event, size_t n_heads, dyad_events *out);

#endif
