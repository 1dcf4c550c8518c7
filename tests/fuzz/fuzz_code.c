/*
** fuzz_code.c — libFuzzer target: any bytes, as a story, through the whole
** coder (segmenter, tagger and its lemmatizer, lexicon, sentence filter,
** parser, patterns, roles); checks that every event points into the text
** and the document.  Needs the models built by `make` (models/), and
** skips every input without them.  Half the inputs are coded with every
** sentence parsed, and must give the same events as with the filter; of
** those, half with monadic events on (the filter reasons differently
** about a lone name then).
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"

static dyad_coder *coder, *coder_every, *coder_monadic, *coder_monadic_every;
static int tried;

static void open_coders(void)
{
    tried = 1;
    dyad_coder_options o = { "models/tagger.bin", "models/parser.bin", "models/lexicon.bin",
                             "lexicon/verbs", "lexicon/cameo.tsv", 0, 0, 0, 0, 0, 0, 0 };
    if (dyad_coder_open(&coder, &o, NULL, 0) != DYAD_OK) coder = NULL;
    o.every_sentence = 1;
    if (dyad_coder_open(&coder_every, &o, NULL, 0) != DYAD_OK) coder_every = NULL;
    o.monadic = 1;
    if (dyad_coder_open(&coder_monadic_every, &o, NULL, 0) != DYAD_OK) coder_monadic_every = NULL;
    o.every_sentence = 0;
    if (dyad_coder_open(&coder_monadic, &o, NULL, 0) != DYAD_OK) coder_monadic = NULL;
}

static void check(const dyad_doc *doc, const dyad_events *ev)
{
    for (size_t i = 0; i < ev->n; i++) {
        const dyad_event *e = &ev->items[i];
        if (e->sent < 1 || (size_t)e->sent > doc->n_sents || !e->cameo || !e->source.code) abort();
        if (e->verb.start < 0 || e->verb.end > (int32_t)doc->text_len || e->verb.start > e->verb.end) abort();
        if (!(e->confidence >= 0 && e->confidence <= 1)) abort();
    }
}

/* The two codings give the same events: codes, actors, words. */
static void same(const dyad_events *a, const dyad_events *b)
{
    if (a->n != b->n) abort();
    for (size_t i = 0; i < a->n; i++) {
        const dyad_event *x = &a->items[i], *y = &b->items[i];
        if (x->sent != y->sent || strcmp(x->cameo, y->cameo) || strcmp(x->source.code, y->source.code) ||
            x->verb.start != y->verb.start)
            abort();
        if ((x->target.code == NULL) != (y->target.code == NULL) ||
            (x->target.code && strcmp(x->target.code, y->target.code)))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!tried) open_coders();
    if (!coder || !coder_monadic) return 0;
    if (size > 1024) size = 1024;     /* a few sentences: parsing is the slow part */
    int monadic = (size & 3) == 3;
    const dyad_coder *filtered = monadic ? coder_monadic : coder;
    const dyad_coder *every = monadic ? coder_monadic_every : coder_every;
    dyad_doc doc, doc2;
    dyad_doc_init(&doc);
    dyad_doc_init(&doc2);
    doc.id = doc2.id = "fuzz";
    doc.date = doc2.date = "2024-05-17";
    dyad_segment_options options = { 0, 0 };
    dyad_events ev, ev2;
    dyad_events_init(&ev);
    dyad_events_init(&ev2);
    if (dyad_doc_set_text(&doc, (const char *)data, size) == DYAD_OK &&
        dyad_segment(&doc, &options) == DYAD_OK && dyad_code_doc(filtered, &doc, &ev) == DYAD_OK) {
        check(&doc, &ev);
        if ((size & 1) && every && dyad_doc_set_text(&doc2, (const char *)data, size) == DYAD_OK &&
            dyad_segment(&doc2, &options) == DYAD_OK && dyad_code_doc(every, &doc2, &ev2) == DYAD_OK)
            same(&ev, &ev2);
    }
    dyad_events_free(&ev);
    dyad_events_free(&ev2);
    dyad_doc_free(&doc);
    dyad_doc_free(&doc2);
    return 0;
}
