/*
** explain.c — dyad_explain_doc(): how the coder read a story, for people.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "code/coder.h"

static const char *or_dash(const char *s)
{
    return s && s[0] ? s : "_";
}

static void explain_sentence(const dyad_coder *c, const dyad_doc *doc, size_t s, scratch *sc,
                             const dyad_events *events, FILE *out)
{
    const dyad_sentence *sent = &doc->sents[s];
    fprintf(out, "sentence %zu: %.*s\n\n", s + 1, (int)(sent->end - sent->start), doc->text + sent->start);
    fprintf(out, "  %-3s %-16s %-14s %-6s %-5s %-4s %-12s\n", "#", "word", "lemma", "upos", "xpos", "head", "relation");
    for (uint32_t w = 0; w < sent->count; w++) {
        const dyad_token *t = &doc->tokens[sent->first + w];
        fprintf(out, "  %-3u %-16s %-14s %-6s %-5s %-4d %-12s\n", w + 1, t->form, or_dash(t->lemma),
                or_dash(t->upos), or_dash(t->xpos), (int)t->head, or_dash(t->deprel));
    }
    fprintf(out, "\n  actors and places found:\n");
    int any = 0;
    for (size_t m = 0; m < sc->matches.n; m++) {
        const dyad_lex_match *lm = &sc->matches.items[m];
        if (lm->first < sent->first || lm->first >= sent->first + sent->count) continue;
        fprintf(out, "    \"%.*s\": %s %s (country %s, sector %s) from %s:%u\n", (int)(lm->end - lm->start),
                doc->text + lm->start, dyad_lex_kind_name((int)lm->kind), or_dash(lm->code),
                or_dash(lm->country), or_dash(lm->sector), lm->source_file ? lm->source_file : "?",
                lm->source_line);
        any = 1;
    }
    if (!any) fprintf(out, "    none\n");
    fprintf(out, "\n  patterns tried:\n");
    any = 0;
    sentence_tree *t = &sc->tree;
    if (sentence_tree_build(t, doc, s) != DYAD_OK) return;
    for (uint32_t w = 0; w < sent->count; w++) {
        char buf[64];
        const char *lemma = tree_lemma(t, w, buf, sizeof buf);
        size_t first, n = pattern_set_lookup(&c->patterns, lemma, &first);
        /* the coder's pick; those after it were never tried */
        pattern_match m;
        const pattern *won = pattern_set_match_word(&c->patterns, t, w, &m);
        int matched = 0;
        for (size_t k = 0; k < n; k++) {
            const pattern *p = &c->patterns.patterns[c->patterns.index[first + k].pattern];
            char text[256];
            pattern_format(&c->patterns, p, text, sizeof text);
            int failed;
            const char *verdict;
            char why[96];
            if (matched) {
                verdict = "not tried: a more specific pattern matched";
            } else if (p == won) {
                verdict = "MATCHED";
                matched = 1;
            } else {
                /* it fails (pattern_set_match_word tried it before its
                ** pick): say on what */
                pattern_check(&c->patterns, p, t, w, &m, &failed);
                if (failed < 0) {
                    snprintf(why, sizeof why, "no: '%s' is %s, the pattern wants a %s", t->words[w].form,
                             or_dash(t->words[w].upos), p->noun ? "noun" : "verb");
                } else {
                    const constraint *con = &c->patterns.cons[p->cons + (uint32_t)failed];
                    snprintf(why, sizeof why, "no: %s%s", con->negated ? "has a forbidden " : "no fitting ",
                             con->rel);
                }
                verdict = why;
            }
            fprintf(out, "    word %u '%s': %s %s (%s:%u): %s\n", w + 1, t->words[w].form, p->code, text,
                    c->patterns.files[p->file], p->line, verdict);
            any = 1;
        }
    }
    if (!any) fprintf(out, "    none: no word's lemma heads a pattern\n");
    fprintf(out, "\n  events:\n");
    any = 0;
    for (size_t e = 0; e < events->n; e++) {
        const dyad_event *ev = &events->items[e];
        if (ev->sent != (int32_t)s + 1) continue;
        fprintf(out, "    %s %s (%s) -> %s (%s)  %s %s, goldstein %.1f, %s%s, date %s (%s), confidence %.2f\n",
                ev->cameo, or_dash(ev->source.code), or_dash(ev->source.text), or_dash(ev->target.code),
                or_dash(ev->target.text), or_dash(ev->plover), ev->verb.lemma, ev->goldstein, ev->modality,
                ev->negated ? ", negated" : "", ev->date, ev->date_basis, ev->confidence);
        if (ev->location.text && ev->location.text[0])
            fprintf(out, "      where: %s (%s)%s\n", ev->location.text, or_dash(ev->location.country),
                    isnan(ev->location.lat) ? "" : ", with a point on the map");
        fprintf(out, "      why: %s\n", ev->why);
        any = 1;
    }
    if (!any) fprintf(out, "    none\n");
    for (size_t k = 0; k < sc->n_notes; k++) {
        const coder_note *n = &sc->notes[k];
        if (n->sent != s) continue;
        fprintf(out, "    not coded: word %u '%s'%s%s: %s\n", n->word + 1, doc->tokens[sent->first + n->word].form,
                n->pattern ? " " : "", n->pattern ? n->pattern->code : "", n->text);
    }
    fputc('\n', out);
}

int dyad_explain_doc(const dyad_coder *coder, dyad_doc *doc, dyad_events *out, FILE *report)
{
    int rc = coder_code_doc(coder, doc, out, NULL, 1);    /* every tree, to show */
    if (rc) return rc;
    scratch *sc = out->scratch;
    for (size_t s = 0; s < doc->n_sents; s++) explain_sentence(coder, doc, s, sc, out, report);
    return ferror(report) ? DYAD_EIO : DYAD_OK;
}
