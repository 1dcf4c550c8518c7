/*
** conllu_write.c — the CoNLL-U writer of conllu_write.h.
*/
#include <string.h>
#include "out/conllu_write.h"

/* Writes a column value: "_" for none; TABs and line breaks, which
** would break the format, become spaces. */
static void column(FILE *out, const char *s, size_t n)
{
    if (!s || n == 0) {
        fputc('_', out);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        fputc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, out);
    }
}

static void field(FILE *out, const char *s)
{
    column(out, s, s ? strlen(s) : 0);
    fputc('\t', out);
}

/* The document's text from start to end, if the span is sound. */
static const char *span(const dyad_doc *doc, uint32_t start, uint32_t end, size_t *n)
{
    if (!doc->text || start > end || end > doc->text_len) {
        *n = 0;
        return NULL;
    }
    *n = end - start;
    return doc->text + start;
}

int conllu_write(FILE *out, const dyad_doc *doc, size_t *counter)
{
    size_t local = 0;
    if (!counter) counter = &local;
    int has_id = doc->id && doc->id[0];
    if (has_id) {
        fputs("# newdoc id = ", out);
        column(out, doc->id, strlen(doc->id));
        fputc('\n', out);
    }
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        if (sent->first > doc->n_tokens || sent->count > doc->n_tokens - sent->first) continue;
        if (sent->new_paragraph) fputs("# newpar\n", out);
        ++*counter;
        if (has_id) {
            fputs("# sent_id = ", out);
            column(out, doc->id, strlen(doc->id));
            fprintf(out, "-%zu\n", s + 1);
        } else {
            fprintf(out, "# sent_id = %zu\n", *counter);
        }
        size_t n;
        const char *text = span(doc, sent->start, sent->end, &n);
        fputs("# text = ", out);
        column(out, text, n);
        fputc('\n', out);
        const dyad_token *words = doc->tokens + sent->first;
        for (uint32_t i = 0; i < sent->count; i++) {
            const dyad_token *t = &words[i];
            if (t->mwt > 1 && i + t->mwt <= sent->count) {
                const dyad_token *last = &words[i + t->mwt - 1];
                const char *surface = span(doc, t->start, t->end, &n);
                fprintf(out, "%u-%u\t", i + 1, i + t->mwt);
                column(out, surface, n);
                /* LEMMA to DEPS empty; MISC carries the token's spacing. */
                fputs(last->space_after ? "\t_\t_\t_\t_\t_\t_\t_\t_\n"
                                        : "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n", out);
            }
            /* A word inside a multiword token leaves spacing to the range. */
            int in_range = t->in_mwt || t->mwt > 1;
            fprintf(out, "%u\t", i + 1);
            field(out, t->form);
            field(out, t->lemma);
            field(out, t->upos);
            field(out, t->xpos);
            field(out, t->feats);
            if (t->head >= 0) fprintf(out, "%d\t", (int)t->head);
            else fputs("_\t", out);
            field(out, t->deprel);
            fputs("_\t", out);
            fputs(!in_range && !t->space_after ? "SpaceAfter=No\n" : "_\n", out);
        }
        fputc('\n', out);
    }
    return ferror(out) ? DYAD_EIO : DYAD_OK;
}
