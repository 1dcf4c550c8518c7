/*
** sentence_job.h — for the tests of the coder's steps (event_roles.h,
** emit.h): one hand-parsed sentence with the working memory the coder
** gives it (lexicon matches, tree, each word's match), coded by the
** coder of coder_fixture.h.
*/
#ifndef DYAD_SENTENCE_JOB_H
#define DYAD_SENTENCE_JOB_H

#include <stdlib.h>
#include "coder_fixture.h"
#include "code/coder.h"
#include "sentence_scratch.h"

typedef struct test_sentence {
    dyad_doc doc;
    scratch sc;
    sentence_coding job;
} test_sentence;

static void sentence_open(test_sentence *ts, const char *rows)
{
    sentence_scratch_open(&ts->sc, &ts->doc, coder->lexicon, rows);
    sentence_coding job = { coder, &ts->doc, 0, &ts->doc.sents[0], &ts->sc.tree, &ts->sc };
    ts->job = job;
}

static void sentence_close(test_sentence *ts)
{
    sentence_scratch_close(&ts->sc, &ts->doc);
}

/* The first pattern of the coder that matches word w, as the coder tries
** them; 0 when none does. */
static int sentence_match(test_sentence *ts, uint32_t w, pattern_match *m)
{
    return pattern_set_match_word(&coder->patterns, &ts->sc.tree, w, m) != NULL;
}

#endif
