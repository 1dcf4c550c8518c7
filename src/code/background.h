/*
** background.h — an act a sentence recalls, not one it reports.
**
** News sets the day's events against older ones: "two years after Eritrea
** invaded the border towns", "since Russia annexed Crimea", "when it sent
** troops in 2011".  Those acts happened long before the story, and the
** event record would date them to the story's day, so they are not coded:
** an act whose clause names a year before the story's, or the clause of
** "after"/"before"/"since" set months or years back ("two years after"),
** or a "since" clause under a present perfect ("since ... annexed
** Crimea, Ukraine has sought ...").
*/
#ifndef DYAD_CODE_BACKGROUND_H
#define DYAD_CODE_BACKGROUND_H

#include "code/roles.h"

/*
** Why the event word w of tree t is background, or NULL when it is not.
** story_date is the story's YYYY-MM-DD date, or NULL or "" for none (then
** a year said is not compared).
*/
const char *background_reason(const sentence_tree *t, uint32_t w, const char *story_date);

#endif
