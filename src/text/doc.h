/*
** doc.h — growing a dyad_doc: the internal half of the document API.
**
** Readers and the segmenter build documents with these; everything else
** reads the plain arrays in dyad.h.
*/
#ifndef DYAD_TEXT_DOC_H
#define DYAD_TEXT_DOC_H

#include "dyad.h"

/* Appends a zeroed word (head -1) and returns it, or NULL when out of
** memory.  The pointer is valid until the next doc_add_token. */
dyad_token *doc_add_token(dyad_doc *doc);
/* Makes room for n more words, so that callers may fill
** doc->tokens[doc->n_tokens++] directly. */
int doc_reserve_tokens(dyad_doc *doc, size_t n);
/* Appends a sentence covering the words from `first` to the current end. */
int doc_add_sentence(dyad_doc *doc, uint32_t first, uint32_t start,
                     uint32_t end, int new_paragraph);
/* Zero bytes after a document's text (its NUL included). */
#define DOC_TEXT_PAD 17

/* Appends bytes to the document's text (readers build text piecewise). */
int doc_append_text(dyad_doc *doc, const char *s, size_t len);
/* Drops the words and sentences but keeps the text. */
void doc_clear_segments(dyad_doc *doc);

#endif
