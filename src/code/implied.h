/*
** implied.h — whom an event acts on when its sentence names no one.
**
** Precision matters more than recall, so an event needs someone acted
** upon; but some acts say whom they fall on without naming them.  Aid,
** protests, coercion and force at a place fall on that place's country
** ("lifted a state of emergency in West Darfur"); people protesting at
** home protest to their own government ("Egyptian demonstrators
** rioted"); police act at home, so the demonstrators they disperse are
** their own country's; a people named by ethnicity belongs to the
** country where the event happens.  docs/coder.md, step 4.
*/
#ifndef DYAD_CODE_IMPLIED_H
#define DYAD_CODE_IMPLIED_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "code/actors.h"
#include "code/coder.h"
#include "code/pattern.h"

/* The target an event's place or its people's home gives it. */
typedef struct implied_place {
    int found;
    actor target;              /* a country, or a country's government */
    uint32_t word;             /* the word that stands for target among
                               ** the event's target words */
} implied_place;

/*
** The target of event word w of sentence s (pattern code `code`, source
** word `source`) when no one is acted upon: the place where an action on
** a place's people happens, else the place its source is at ("students
** throughout Indonesia"), else, for a curfew, martial law or a state
** of emergency (or its threat) by a state's organ, the organ's own
** country, else, for a protest, the government of the source's own
** country.  Sets *out (out->found 0 when no rule applies);
** returns DYAD_OK or DYAD_ENOMEM.
*/
int implied_place_target(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                         uint32_t source, const char *code, implied_place *out);

/*
** An implied place's country, as the target of its own people (source
** and target the same): a protest there is aimed at its government, any
** other act falls on its civilians.  Rewrites target's code and sector
** (code in doc's arena); returns DYAD_OK or DYAD_ENOMEM.
*/
int implied_people_at_place(dyad_doc *doc, const char *event_code, actor *target);

/*
** The word for the people that police (actor *police) coerce or assault
** by the act on `thing` (pattern code `code`): thing itself ("dispersed
** demonstrators"), or who does it ("prevented the rally staged by
** students"); -1 when neither is the police's own country's people.
*/
int32_t implied_policed_word(const sentence_tree *t, const scratch *sc, uint32_t thing, const actor *police,
                             const char *code);

/*
** Word w, naming people with no country, as the target of police (actor
** *police) acting by event_code: their own country's people.  Returns 1
** with *out set (code in doc's arena), 0 when the rule does not apply
** (*out untouched), or DYAD_ENOMEM.
*/
int implied_policed_target(dyad_doc *doc, const scratch *sc, uint32_t w, const actor *police,
                           const char *event_code, actor *out);

/*
** A people named by ethnicity (*a, resolved by actors.c, how "ethnic
** people") as the people of the country where event word w of sentence s
** happens, when the sentence says where.  1 when it gives *a that
** country; 0 otherwise, or when memory ran out.
*/
int implied_ethnic_country(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w, actor *a);

/*
** Police named with no country (role word `word`) as the police of the
** country of the people they face (role word `other`, -1 for none:
** demonstrators, civilians, students, workers named with a country or
** at a place), else of the country where event word w of sentence s
** happens, when a phrase of the event or its object says where: police
** act at home ("protesters in Mombasa clashed with police").  1 when it
** sets *a; 0 otherwise, or when memory ran out.
*/
int implied_police_country(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                           uint32_t word, int32_t other, actor *a);

/*
** Local people named with no country (role word `word`: civilians,
** residents, villagers, women and children ...) struck by force (event
** code 18x, 19x, 20x) at event word w of sentence s, as the civilians
** of the country where a phrase of the event says it happened: "four
** children were killed in shelling in the east of the Gaza Strip".
** Only the event's own phrase, not the dateline nor a place elsewhere
** in the sentence.  1 when it sets *a (code in doc's arena), 0 when the
** rule does not apply, or DYAD_ENOMEM.
*/
int implied_victims_at_place(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                             uint32_t word, const char *code, actor *a);

#endif
