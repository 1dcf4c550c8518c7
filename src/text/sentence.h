/*
** sentence.h — finding sentence boundaries among surface tokens.
**
** News text is hard on sentence splitters: "Gen.", "Lt. Col.", "Feb. 24",
** "U.S.", "No. 2" and initials carry periods mid-sentence; quotes close
** after the stop ("... said."”); ellipses stand inside quotes; a wire
** page's sub-headline has no stop at all.  The rules here decide at each
** candidate stop by looking at the token after it.
*/
#ifndef DYAD_TEXT_SENTENCE_H
#define DYAD_TEXT_SENTENCE_H

#include "text/tokenize.h"

typedef struct sentence_span {
    uint32_t first, count;     /* surface tokens */
    uint8_t new_paragraph;     /* after a blank line (or the text's start) */
    uint8_t complete;          /* ends with a stop (. ! ? …) or a closing
                               ** quote or bracket after one */
} sentence_span;

typedef struct sentence_list {
    sentence_span *items;
    size_t n, cap;
} sentence_list;

/*
** Splits the tokens of `text` into sentences, appended to list (the caller
** owns list->items).  With kicker_subhead, the first sentence is taken to
** be a sub-headline without a stop, and ends where a capitalised function
** word opens the story's first real sentence ("... crew members The
** Philippines yesterday ...").  A dateline that opens a line or the
** story ("KYIV (Reuters) -": dateline.h) is a sentence of its own, as
** in the UD English treebank.  Returns DYAD_OK or DYAD_ENOMEM.
*/
int split_sentences(const char *text, const token_list *tokens,
                    int kicker_subhead, sentence_list *list);

#endif
