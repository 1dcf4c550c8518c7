/*
** reciprocal.c — consultations go both ways (reciprocal.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "code/reciprocal.h"
#include "code/coder.h"

int reciprocal_code(const char *code)
{
    return code && (!strcmp(code, "040") || !strcmp(code, "041") || !strcmp(code, "046"));
}

static int same(const char *a, const char *b)
{
    return a && b && !strcmp(a, b);
}

/* The country of an actor, or its code when it names none. */
static const char *side(const dyad_event_actor *a)
{
    return a->country && a->country[0] ? a->country : a->code;
}

/* Is there a consultation in items[first..n) from src's side to tgt's? */
static int has_event(const dyad_events *out, size_t first, const dyad_event_actor *src,
                     const dyad_event_actor *tgt)
{
    for (size_t e = first; e < out->n; e++) {
        const dyad_event *ev = &out->items[e];
        if (same(side(&ev->source), side(src)) && same(side(&ev->target), side(tgt)) && reciprocal_code(ev->cameo))
            return 1;
    }
    return 0;
}

/* Is there an event of code `code` in items[first..n) from src's side
** to tgt's? */
static int has_visit(const dyad_events *out, size_t first, const dyad_event_actor *src,
                     const dyad_event_actor *tgt, const char *code)
{
    for (size_t e = first; e < out->n; e++) {
        const dyad_event *ev = &out->items[e];
        if (same(side(&ev->source), side(src)) && same(side(&ev->target), side(tgt)) && same(ev->cameo, code))
            return 1;
    }
    return 0;
}

int reciprocal_events(dyad_doc *doc, const cameo_table *cameo, dyad_events *out, size_t first)
{
    size_t n = out->n;
    const cameo_code *visit = cameo_find(cameo, "042");
    for (size_t e = first; e < n; e++) {
        dyad_event ev = out->items[e];
        if (ev.negated || !ev.target.code || !ev.target.code[0] || same(ev.source.code, ev.target.code))
            continue;
        /* the guest of a host (043) made the visit (042) */
        int hosted = same(ev.cameo, "043") && visit && !has_visit(out, first, &ev.target, &ev.source, "042");
        if (!hosted && (!reciprocal_code(ev.cameo) || has_event(out, first, &ev.target, &ev.source)))
            continue;
        dyad_event *rev = coder_new_event(out);
        if (!rev) return DYAD_ENOMEM;
        *rev = ev;
        rev->source = ev.target;
        rev->target = ev.source;
        if (hosted) {
            rev->cameo = visit->code;
            rev->plover = visit->plover;
            rev->quad_class = visit->quad;
            rev->goldstein = visit->goldstein;
        }
        char why[600];
        int len = snprintf(why, sizeof why, "the other side of: %s", ev.why ? ev.why : "");
        rev->why = dyad_doc_strdup(doc, why, (size_t)(len < (int)sizeof why ? len : (int)sizeof why - 1));
        if (!rev->why) return DYAD_ENOMEM;
    }
    return DYAD_OK;
}
