/*
** conllu_read.h — reading CoNLL-U (Universal Dependencies) files.
**
** A CoNLL-U file becomes dyad documents: the text is rebuilt from the
** surface tokens and their SpaceAfter=No marks (sentences joined by a
** space, paragraphs and documents by a blank line), so every word gets
** byte offsets just as if dyad had segmented that text itself.  The words
** of a multiword token ("don't" = "do" + "n't") all carry the token's span.
** All columns given (lemma, tags, features, head, relation) are kept.
*/
#ifndef DYAD_TEXT_CONLLU_READ_H
#define DYAD_TEXT_CONLLU_READ_H

#include <stdio.h>
#include "dyad.h"

typedef struct conllu_reader conllu_reader;

/* Opens a reader over `in` (borrowed) named `name` in messages. */
int conllu_reader_open(conllu_reader **out, FILE *in, const char *name);

/*
** Reads sentences into doc (reset first) until a "# newdoc" line starts a
** new document, the file ends, or max_sentences (0 = no limit) are read.
** Returns DYAD_OK, DYAD_DONE when nothing was left, DYAD_EFORMAT for a
** malformed sentence (skipped; conllu_reader_error says where and why,
** and the next call goes on), or DYAD_ENOMEM / DYAD_EIO.
*/
int conllu_reader_next(conllu_reader *reader, dyad_doc *doc,
                       size_t max_sentences);

/* "FILE:LINE: reason" for the last error, or "". */
const char *conllu_reader_error(const conllu_reader *reader);
/* The line the reader is on (for callers' own messages). */
long conllu_reader_line(const conllu_reader *reader);
void conllu_reader_close(conllu_reader *reader);

/* Reads a whole file into one document; for training and evaluation.
** On failure *error (if given) holds a message the caller frees. */
int conllu_read_file(const char *path, dyad_doc *doc, char **error);

#endif
