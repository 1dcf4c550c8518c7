/*
** dateline.h — the dateline that opens a wire story ("KYIV (Reuters) -",
** "GAZA CITY, Palestinian Territories:", "MANILA, Jan 24 (Reuters) —").
**
** A dateline says where the reporter was; it is not part of the first
** sentence's grammar.  Left in, it becomes the sentence's root and the
** real clause a loose dependent of it, so the parser loses the subject
** of the story's main event.  The UD English treebank keeps such a
** dateline as a sentence of its own ("NEW DELHI -"), and so does the
** segmenter.
*/
#ifndef DYAD_TEXT_DATELINE_H
#define DYAD_TEXT_DATELINE_H

#include "text/tokenize.h"

/*
** The index of the first token after a dateline that opens tokens
** [first, end) of text, or 0 when they do not open with one.  A dateline
** is one to four upper-case words (the place), then optionally ", "
** and up to five capitalised words or numbers (a country, region or
** date) once or twice, then optionally an agency in brackets, and last a
** dash or a colon; at least two tokens must follow it.
*/
size_t dateline_end(const char *text, const surface_token *tok, size_t first, size_t end);

#endif
