/*
** story.h — how a wire page's lines are told apart.
**
** A plain-text file may hold a whole wire page: a full story, picture
** captions, then teasers of other stories, each opened by an ALL-CAPS
** kicker and a colon ("FISHING DISPUTE: ...", "‘UNACCEPTABLE’: ...").
** These functions classify single lines; reader.c assembles the stories.
*/
#ifndef DYAD_TEXT_STORY_H
#define DYAD_TEXT_STORY_H

#include <stddef.h>

/* A picture caption or credit line: "Photo: AP", "Photo courtesy of ...",
** "Photograph: Reuters", "File photo". */
int story_is_caption(const char *line, size_t len);

/*
** If the line opens with a kicker, returns the number of bytes up to and
** including the colon and the spaces after it, and sets *kicker_start and
** *kicker_len to the kicker's words without quotes; else returns 0.
** A kicker is 1 to 6 words of capitals (digits, hyphens, apostrophes and
** "&" allowed), optionally in straight or curly quotes, then a colon and a
** space.  Single capitals ("A:") and times ("10:30") are not kickers.
*/
size_t story_kicker(const char *line, size_t len, size_t *kicker_start, size_t *kicker_len);

/* True when the line holds only white space. */
int story_is_blank(const char *line, size_t len);

#endif
