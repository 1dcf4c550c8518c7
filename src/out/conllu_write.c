/*
** conllu_write.c — documents out as CoNLL-U.
*/
#include <string.h>
#include "out/conllu_write.h"

static const char *col(const char *s)
{
    return s && s[0] ? s : "_";
}

/* Writes a comment value with any line breaks flattened to spaces, since
** a comment ends at the end of its line. */
static void put_flat(FILE *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        putc(c == '\n' || c == '\r' ? ' ' : c, out);
    }
}

int conllu_write_doc(FILE *out, const dyad_doc *doc)
{
    const char *id = doc->id && doc->id[0] ? doc->id : "doc";
    fprintf(out, "# newdoc id = %s\n", id);
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *se = &doc->sents[s];
        fprintf(out, "# sent_id = %s-%zu\n# text = ", id, s + 1);
        if (doc->text && se->end <= doc->text_len && se->start <= se->end)
            put_flat(out, doc->text + se->start, se->end - se->start);
        putc('\n', out);
        for (uint32_t i = 0; i < se->count; i++) {
            const dyad_token *t = &doc->tokens[se->first + i];
            if (t->mwt > 1) {
                const dyad_token *last = t + t->mwt - 1;
                if (se->first + i + t->mwt - 1 < se->first + se->count) {
                    fprintf(out, "%u-%u\t", i + 1, i + t->mwt);
                    if (doc->text && t->end <= doc->text_len && t->start <= t->end)
                        put_flat(out, doc->text + t->start, t->end - t->start);
                    else
                        fputs("_", out);
                    fprintf(out, "\t_\t_\t_\t_\t_\t_\t_\t%s\n",
                            last->space_after ? "_" : "SpaceAfter=No");
                }
            }
            char head[16] = "_";
            if (t->head >= 0) snprintf(head, sizeof head, "%d", (int)t->head);
            int own_space = !t->in_mwt && t->mwt <= 1;
            fprintf(out, "%u\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", i + 1,
                    col(t->form), col(t->lemma), col(t->upos), col(t->xpos),
                    col(t->feats), head, col(t->deprel),
                    own_space && !t->space_after ? "SpaceAfter=No" : "_");
        }
        putc('\n', out);
    }
    return ferror(out) ? DYAD_EIO : DYAD_OK;
}
