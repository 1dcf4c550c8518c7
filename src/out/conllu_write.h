/*
** conllu_write.h — writing documents as CoNLL-U (Universal Dependencies).
**
** Each document opens with "# newdoc id = ..." (when it has an id), each
** sentence with "# sent_id = ..." and "# text = ..." (its span of the
** document's text, line breaks as spaces), and "# newpar" where a
** paragraph begins.  A multiword token (a word with mwt > 0) gets its
** range line "4-5  don't" before its words; "SpaceAfter=No" goes in MISC
** where no space follows (on the range line for a multiword token).
** Columns the document does not have are "_".
*/
#ifndef DYAD_OUT_CONLLU_WRITE_H
#define DYAD_OUT_CONLLU_WRITE_H

#include <stdio.h>
#include "dyad.h"

/*
** Writes doc to out.  Sentence ids are "<doc id>-<n>" (n from 1 in the
** document) when the document has an id, else a running number kept in
** *counter across calls (counter may be NULL: numbering starts at 1).
** Returns DYAD_OK or DYAD_EIO when writing fails.
*/
int conllu_write(FILE *out, const dyad_doc *doc, size_t *counter);

#endif
