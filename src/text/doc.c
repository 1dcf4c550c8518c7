/*
** doc.c — the lifetime of a dyad_doc: init, reuse, free, and growth.
*/
#include <stdlib.h>
#include <string.h>
#include "base/arena.h"
#include "text/doc.h"

void dyad_doc_init(dyad_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->id = doc->date = doc->source = doc->url = doc->title = "";
    doc->kicker = doc->meta = doc->file = "";
    doc->text = "";
}

void dyad_doc_reset(dyad_doc *doc)
{
    arena_reset(&doc->arena);
    doc->id = doc->date = doc->source = doc->url = doc->title = "";
    doc->kicker = doc->meta = doc->file = "";
    doc->line = 0;
    doc->text_len = 0;
    doc->text = doc->text_buf ? doc->text_buf : "";
    if (doc->text_buf) doc->text_buf[0] = '\0';
    doc->n_sents = doc->n_tokens = 0;
    doc->truncated = 0;
}

void dyad_doc_free(dyad_doc *doc)
{
    if (!doc) return;
    arena_free(&doc->arena);
    free(doc->sents);
    free(doc->tokens);
    free(doc->text_buf);
    free(doc->seg_tokens);
    free(doc->seg_sents);
    dyad_doc_init(doc);
}

const char *dyad_doc_strdup(dyad_doc *doc, const char *s, size_t len)
{
    return arena_strdup(&doc->arena, s, len);
}

static int grow(void **array, size_t *cap, size_t need, size_t item)
{
    if (need <= *cap) return DYAD_OK;
    size_t cap2 = *cap ? *cap : 64;
    while (cap2 < need) cap2 *= 2;
    void *p = realloc(*array, cap2 * item);
    if (!p) return DYAD_ENOMEM;
    *array = p;
    *cap = cap2;
    return DYAD_OK;
}

int doc_append_text(dyad_doc *doc, const char *s, size_t len)
{
    /* The text ends with DOC_TEXT_PAD zero bytes, so the tokenizer may
    ** read 16 bytes at a time without looking for the end. */
    if (grow((void **)&doc->text_buf, &doc->cap_text, doc->text_len + len + DOC_TEXT_PAD, 1))
        return DYAD_ENOMEM;
    if (len) memcpy(doc->text_buf + doc->text_len, s, len);
    doc->text_len += len;
    memset(doc->text_buf + doc->text_len, 0, DOC_TEXT_PAD);
    doc->text = doc->text_buf;
    return DYAD_OK;
}

int dyad_doc_set_text(dyad_doc *doc, const char *text, size_t len)
{
    doc->text_len = 0;
    doc_clear_segments(doc);
    return doc_append_text(doc, text, len);
}

void doc_clear_segments(dyad_doc *doc)
{
    doc->n_sents = doc->n_tokens = 0;
    doc->truncated = 0;
}

int doc_reserve_tokens(dyad_doc *doc, size_t n)
{
    return grow((void **)&doc->tokens, &doc->cap_tokens, doc->n_tokens + n, sizeof *doc->tokens);
}

dyad_token *doc_add_token(dyad_doc *doc)
{
    if (grow((void **)&doc->tokens, &doc->cap_tokens, doc->n_tokens + 1,
             sizeof *doc->tokens))
        return NULL;
    dyad_token *t = &doc->tokens[doc->n_tokens++];
    memset(t, 0, sizeof *t);
    t->head = -1;
    return t;
}

int doc_add_sentence(dyad_doc *doc, uint32_t first, uint32_t start,
                     uint32_t end, int new_paragraph)
{
    if (grow((void **)&doc->sents, &doc->cap_sents, doc->n_sents + 1,
             sizeof *doc->sents))
        return DYAD_ENOMEM;
    dyad_sentence *s = &doc->sents[doc->n_sents++];
    s->start = start;
    s->end = end;
    s->first = first;
    s->count = (uint32_t)doc->n_tokens - first;
    s->new_paragraph = (uint8_t)new_paragraph;
    return DYAD_OK;
}
