/*
** conllu_write.h — writing documents as CoNLL-U.
**
** Each document opens with "# newdoc id = ...", each sentence carries
** "# sent_id = DOC-N" and "# text = ...", multiword tokens get their range
** lines, and SpaceAfter=No marks words glued to the next.  Columns a stage
** has not filled are "_".
*/
#ifndef DYAD_OUT_CONLLU_WRITE_H
#define DYAD_OUT_CONLLU_WRITE_H

#include <stdio.h>
#include "dyad.h"

/* Returns DYAD_OK or DYAD_EIO. */
int conllu_write_doc(FILE *out, const dyad_doc *doc);

#endif
