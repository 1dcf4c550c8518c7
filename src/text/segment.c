/*
** segment.c — dyad_segment(): a document's text into sentences and words.
**
** Tokenizing and sentence splitting work on surface tokens (tokenize.h,
** sentence.h); this file turns them into the document's words, splitting
** multiword tokens, normalising forms to NFC, and dropping a last sentence
** that a teaser cut off.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "base/arena.h"
#include "text/doc.h"
#include "text/sentence.h"
#include "text/tokenize.h"
#include "text/utf8.h"

/*
** Word forms are NUL-terminated strings owned by the document.  Rather
** than copy each, the whole text is copied once into the arena and a word
** followed by white space (most words) is cut out of that copy by writing
** its NUL over the space; words glued to the next one ("do" in "don't",
** "word" in "word,") are copied into the rest of the same block.
*/
typedef struct form_block {
    char *copy;              /* the text, copied, NULs written over spaces */
    char *next, *end;        /* room for forms copied one by one */
} form_block;

/* ASCII white space, by byte. */
static const unsigned char SPACE_BYTE[256] = {
    [' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1,
};

static int is_space_byte(char c)
{
    return SPACE_BYTE[(unsigned char)c];
}

/* The NFC form of text[start, end); ASCII needs no normalising, and a
** text that is all ASCII (most English news) skips the check per word. */
static inline __attribute__((always_inline)) const char *word_form(dyad_doc *doc, form_block *block, uint32_t start, uint32_t end,
                             int text_ascii)
{
    const char *s = doc->text + start;
    size_t n = end - start;
    int ascii = 1;
    if (!text_ascii)
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80) { ascii = 0; break; }
    if (ascii && (end == doc->text_len || is_space_byte(doc->text[end]))) {
        block->copy[end] = '\0';
        return block->copy + start;
    }
    if (ascii && (size_t)(block->end - block->next) > n) {
        char *form = block->next;
        memcpy(form, s, n);
        form[n] = '\0';
        block->next += n + 1;
        return form;
    }
    if (ascii) return dyad_doc_strdup(doc, s, n);
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (len < 0) return dyad_doc_strdup(doc, s, n);   /* validated: cannot happen */
    const char *form = dyad_doc_strdup(doc, (const char *)nfc, (size_t)len);
    free(nfc);
    return form;
}

/* Appends the words of one surface token; the caller has reserved room
** (doc_reserve_tokens), so no word needs a capacity check. */
static inline __attribute__((always_inline)) int add_words(dyad_doc *doc, form_block *block, const surface_token *tok, int space_after,
                     int text_ascii)
{
    int n = tok->n_words;
    uint32_t start = tok->start;
    if (n == 1) {              /* nearly every word: no loop, one store pass */
        dyad_token *w = &doc->tokens[doc->n_tokens++];
        const char *form = word_form(doc, block, tok->start, tok->end, text_ascii);
        if (!form) return DYAD_ENOMEM;
        *w = (dyad_token){ .start = tok->start, .end = tok->end, .form = form, .head = -1,
                           .space_after = (uint8_t)space_after };
        return DYAD_OK;
    }
    for (int k = 0; k < n; k++) {
        uint32_t end = k + 1 < n ? tok->split[k] : tok->end;
        dyad_token *w = &doc->tokens[doc->n_tokens++];
        w->start = start;
        w->end = end;
        w->form = word_form(doc, block, start, end, text_ascii);
        if (!w->form) return DYAD_ENOMEM;
        w->lemma = w->upos = w->xpos = w->feats = w->deprel = NULL;
        w->head = -1;
        w->mwt = (uint16_t)(n > 1 && k == 0 ? n : 0);
        w->in_mwt = (uint8_t)(n > 1 && k > 0);
        w->space_after = (uint8_t)(k == n - 1 && space_after);
        start = end;
    }
    return DYAD_OK;
}

int dyad_segment(dyad_doc *doc, const dyad_segment_options *options)
{
    dyad_segment_options defaults = { 0, 0 };
    if (!options) options = &defaults;
    doc_clear_segments(doc);
    int ascii;
    if (utf8_check(doc->text, doc->text_len, &ascii) != doc->text_len) return DYAD_EUTF8;

    token_list tokens = { doc->seg_tokens, 0, doc->seg_tokens_cap };
    sentence_list sents = { doc->seg_sents, 0, doc->seg_sents_cap };
    int rc = tokenize_text(doc->text, doc->text_len, &tokens);
    if (rc == DYAD_OK) rc = split_sentences(doc->text, &tokens, options->kicker_subhead, &sents);
    size_t keep = sents.n;
    if (rc == DYAD_OK && options->drop_truncated && keep >= 2 && !sents.items[keep - 1].complete) {
        keep--;
        doc->truncated++;
    }
    form_block block = { NULL, NULL, NULL };
    /* A sentence-final abbreviation may become two words, so one more per
    ** surface token bounds the count. */
    if (rc == DYAD_OK) rc = doc_reserve_tokens(doc, 3 * tokens.n + 1);
    if (rc == DYAD_OK) {
        size_t need = 2 * (doc->text_len + 1) + 3 * tokens.n;
        block.copy = arena_alloc(&doc->arena, need);
        if (!block.copy) rc = DYAD_ENOMEM;
        else {
            memcpy(block.copy, doc->text, doc->text_len + 1);
            block.next = block.copy + doc->text_len + 1;
            block.end = block.copy + need;
        }
    }
    for (size_t s = 0; rc == DYAD_OK && s < keep; s++) {
        const sentence_span *span = &sents.items[s];
        uint32_t first_word = (uint32_t)doc->n_tokens;
        uint32_t last = span->first + span->count - 1;
        for (uint32_t k = span->first; rc == DYAD_OK && k <= last; k++) {
            int space_after = k + 1 < tokens.n ? tokens.items[k + 1].space_before : 0;
            const surface_token *tok = &tokens.items[k];
            if (k == last && tok->period && tok->n_words == 1 && tok->end - tok->start > 1 &&
                doc->text[tok->end - 1] == '.') {
                /* An abbreviation that ends a sentence gives its period to
                ** the sentence, as UD does: "... and so on, etc" + "." */
                surface_token word = *tok, stop = *tok;
                word.end--;
                stop.start = word.end;
                rc = add_words(doc, &block, &word, 0, ascii);
                if (rc == DYAD_OK) rc = add_words(doc, &block, &stop, space_after, ascii);
                continue;
            }
            rc = add_words(doc, &block, tok, space_after, ascii);
        }
        if (rc == DYAD_OK)
            rc = doc_add_sentence(doc, first_word, tokens.items[span->first].start,
                                  tokens.items[span->first + span->count - 1].end,
                                  span->new_paragraph);
    }
    /* the lists stay with the document for its next story */
    doc->seg_tokens = tokens.items;
    doc->seg_tokens_cap = tokens.cap;
    doc->seg_sents = sents.items;
    doc->seg_sents_cap = sents.cap;
    if (rc) doc_clear_segments(doc);
    return rc;
}
