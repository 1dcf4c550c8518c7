/*
** text_helpers.h — for the text-stage tests: segment a string and render
** the result compactly, so that expectations read like the text itself.
*/
#ifndef DYAD_TEXT_HELPERS_H
#define DYAD_TEXT_HELPERS_H

#include <stdio.h>
#include <string.h>
#include "dyad.h"

/* Words joined by "|", sentences by " // ", into out (static storage). */
static inline const char *render(const dyad_doc *doc)
{
    static char out[8192];
    size_t n = 0;
    out[0] = '\0';
    for (size_t s = 0; s < doc->n_sents; s++) {
        if (s) n += (size_t)snprintf(out + n, sizeof out - n, " // ");
        for (uint32_t k = 0; k < doc->sents[s].count && n < sizeof out; k++)
            n += (size_t)snprintf(out + n, sizeof out - n, "%s%s", k ? "|" : "",
                                  doc->tokens[doc->sents[s].first + k].form);
    }
    return out;
}

/* Segments text with the given options and renders it. */
static inline const char *segment_with(const char *text, int drop_truncated, int kicker)
{
    static dyad_doc doc;
    static int ready;
    if (!ready) { dyad_doc_init(&doc); ready = 1; }
    dyad_doc_reset(&doc);
    dyad_segment_options options = { drop_truncated, kicker };
    if (dyad_doc_set_text(&doc, text, strlen(text)) || dyad_segment(&doc, &options))
        return "(error)";
    return render(&doc);
}

static inline const char *segment(const char *text) { return segment_with(text, 0, 0); }

#endif
