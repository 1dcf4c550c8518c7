/*
** conllu_write.c — the CoNLL-U writer of conllu_write.h.
*/
#include <string.h>
#include "out/conllu_write.h"

/* Writes a field, replacing the characters CoNLL-U reserves (TAB and line
** ends) so one odd character cannot break the file's columns. */
static void field(FILE *out, const char *s)
{
    if (!s || !*s) { fputc('_', out); return; }
    for (; *s; s++) {
        char c = *s;
        fputc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, out);
    }
}

/* The sentence's text on one line, as "# text = " needs it. */
static void text_line(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        fputc(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, out);
    }
}

int conllu_write_doc(FILE *out, const dyad_doc *doc)
{
    const char *id = doc->id && doc->id[0] ? doc->id : "doc";
    fprintf(out, "# newdoc id = %s\n", id);
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        /* a document begins a paragraph anyway: mark only later ones */
        if (s > 0 && sent->new_paragraph) fprintf(out, "# newpar\n");
        fprintf(out, "# sent_id = %s-%zu\n# text = ", id, s + 1);
        text_line(out, doc->text + sent->start, sent->end - sent->start);
        fputc('\n', out);
        for (uint32_t k = 0; k < sent->count; k++) {
            const dyad_token *t = &doc->tokens[sent->first + k];
            if (t->mwt > 1) {
                const dyad_token *last = t + t->mwt - 1;
                fprintf(out, "%u-%u\t", k + 1, k + t->mwt);
                fwrite(doc->text + t->start, 1, last->end - t->start, out);
                fprintf(out, "\t_\t_\t_\t_\t_\t_\t_\t%s\n", last->space_after ? "_" : "SpaceAfter=No");
            }
            fprintf(out, "%u\t", k + 1);
            field(out, t->form);
            fputc('\t', out); field(out, t->lemma);
            fputc('\t', out); field(out, t->upos);
            fputc('\t', out); field(out, t->xpos);
            fputc('\t', out); field(out, t->feats);
            fputc('\t', out);
            if (t->head >= 0) fprintf(out, "%d", (int)t->head); else fputc('_', out);
            fputc('\t', out); field(out, t->deprel);
            /* Inside a multiword token the range line carries the spacing. */
            int in_range = t->mwt > 1 || t->in_mwt;
            fprintf(out, "\t_\t%s\n", !in_range && !t->space_after && k + 1 < sent->count ? "SpaceAfter=No" : "_");
        }
        fputc('\n', out);
    }
    return ferror(out) ? DYAD_EIO : DYAD_OK;
}
