/*
** conllu_write.h — writing documents as CoNLL-U.
**
** One "# newdoc id = ..." per document, then per sentence "# sent_id =
** <docid>-<n>" (n from 1) and "# text = ...", a range line for each
** multiword token, and the ten columns from the word fields ("_" for
** NULL; head "_" when unknown; SpaceAfter=No where no space follows).
*/
#ifndef DYAD_OUT_CONLLU_WRITE_H
#define DYAD_OUT_CONLLU_WRITE_H

#include <stdio.h>
#include "dyad.h"

/* Writes doc (borrowed) to out; DYAD_OK or DYAD_EIO. */
int conllu_write_doc(FILE *out, const dyad_doc *doc);

#endif
