/*
** match.h — finding the lexicon's names in a document's words.
**
** The public API is dyad_lex_match_doc / dyad_lex_match_words in dyad.h;
** this header holds what the matcher shares with tests and the CLI.
*/
#ifndef DYAD_LEX_MATCH_H
#define DYAD_LEX_MATCH_H

#include <stdint.h>
#include "dyad.h"

/* "YYYY-MM-DD" (or a prefix "YYYY-MM", "YYYY") as YYYYMMDD; 0 if absent
** or not a date. */
int32_t lex_date_number(const char *date);
/* True when date is exactly "YYYY-MM-DD" with a valid month and day. */
int lex_date_number_ok(const char *date);

/* How certain a person match is (dyad_lex_match.certainty). */
#define LEX_CERTAIN_IN_ROLE 1.0f     /* the story's date is in the role */
#define LEX_CERTAIN_NO_DATE 0.8f     /* no date: the latest role is taken */
#define LEX_CERTAIN_OUT_OF_ROLE 0.5f /* not in any role then: country only */

#endif
