/*
** sentence.c — the sentence splitter of sentence.h.
*/
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "text/dateline.h"
#include "text/sentence.h"
#include "text/utf8.h"

static int token_is(const char *text, const surface_token *t, const char *s)
{
    size_t n = strlen(s);
    return t->end - t->start == n && memcmp(text + t->start, s, n) == 0;
}

/* A stop: . ! ? and runs of them, "...", "…". */
static inline int is_stop(const char *text, const surface_token *t)
{
    if (t->kind != TOK_PUNCT) return 0;
    char c = text[t->start];
    if (c == '.' || c == '!' || c == '?') return 1;
    return token_is(text, t, "\xe2\x80\xa6");
}

static int is_ellipsis(const char *text, const surface_token *t)
{
    return t->kind == TOK_PUNCT && ((t->end - t->start >= 2 && text[t->start] == '.') ||
                                    token_is(text, t, "\xe2\x80\xa6"));
}

/* A closing quote or bracket that belongs to the sentence before it. */
static int is_closer(const char *text, size_t len, const surface_token *t)
{
    if (t->kind != TOK_PUNCT || t->space_before) return 0;
    int clen;
    unsigned c = utf8_class_at(text, len, t->start, &clen);
    return (c & (CC_CLOSE | CC_QUOTE)) != 0 && (size_t)clen == t->end - t->start;
}

static int push(sentence_list *list, uint32_t first, uint32_t end, int par, int complete)
{
    if (end <= first) return DYAD_OK;
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 64;
        sentence_span *items = realloc(list->items, cap * sizeof *items);
        if (!items) return DYAD_ENOMEM;
        list->items = items;
        list->cap = cap;
    }
    sentence_span *s = &list->items[list->n++];
    s->first = first;
    s->count = end - first;
    s->new_paragraph = (uint8_t)par;
    s->complete = (uint8_t)complete;
    return DYAD_OK;
}

/* Is the token a word that can open a sentence after an abbreviation? */
static int starter_at(const char *text, const surface_token *t)
{
    return t->kind == TOK_WORD && sentence_starter(text + t->start, t->end - t->start);
}

/* Verbs that close a postposed attribution: "..., the UN said". */
static int reporting_verb(const char *text, const surface_token *t)
{
    static const char *const verbs[] = { "said", "says", "reported", "announced", "added",
                                         "stated", "confirmed", "warned", "reports", "say" };
    size_t n = t->end - t->start;
    for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
        if (strlen(verbs[v]) == n && !memcmp(text + t->start, verbs[v], n)) return 1;
    return 0;
}

/*
** Index of the token where a kicker's sub-headline ends, or 0 for none.
** The sub-headline has no stop, so the body's first sentence is found by
** what opens it: a capitalised function or number word right after a
** lower-case word ("... crew members The Philippines ..."), or any
** capitalised word after a postposed attribution ("..., officials said
** Indonesia yesterday ..."), which needs a comma before it so that "The
** coast guard said Chinese vessels ..." is not cut.
*/
static size_t subhead_end(const char *text, const surface_token *tok, size_t first, size_t end)
{
    int comma = 0;
    for (size_t i = first + 1; i < end; i++) {
        const surface_token *prev = &tok[i - 1];
        if (prev->kind == TOK_PUNCT && text[prev->start] == ',') comma = 1;
        if (tok[i].newlines_before) return i;
        if (i < first + 3) continue;
        if (prev->kind != TOK_WORD && prev->kind != TOK_NUMBER) continue;
        if (prev->first_class != 'l' && prev->kind == TOK_WORD) continue;
        if (tok[i].first_class != 'u') continue;
        if (starter_at(text, &tok[i])) return i;
        if (comma && reporting_verb(text, prev)) return i;
    }
    return 0;
}

/* Does a line that ends with t go on on the next line, whatever case
** that opens with?  A comma, or a word that cannot end a sentence nor a
** headline (an article, a preposition, a conjunction, a possessive
** pronoun or a noun's possessive "'s"):
** hard-wrapped copy breaks lines anywhere, "met with" /
** "Premier Anna Kovac". */
static int line_goes_on(const char *text, const surface_token *t)
{
    static const char *const open_words[] = {
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
        "onto", "over", "against", "between", "among", "about", "and", "or", "but", "nor",
        "than", "its", "their", "his", "her", "our", "your", "my", NULL };
    if (t->kind == TOK_PUNCT) return token_is(text, t, ",");
    if (t->kind != TOK_WORD) return 0;
    /* a possessive wants its noun: "the army's" / "2019 purge" */
    size_t n = t->end - t->start;
    const char *end = text + t->end;
    if ((n > 2 && !memcmp(end - 2, "'s", 2)) || (n > 4 && !memcmp(end - 4, "\xe2\x80\x99s", 4))) return 1;
    if (t->first_class != 'l') return 0;
    for (size_t i = 0; open_words[i]; i++)
        if (token_is(text, t, open_words[i])) return 1;
    return 0;
}

/* Splits off, as a sentence of its own, the dateline that opens a line
** (or the story's first sentence, `story_first`, after a sub-headline):
** dateline.h. */
static int split_datelines(const char *text, const surface_token *tok, size_t story_first, sentence_list *list)
{
    for (size_t k = 0; k < list->n; k++) {
        sentence_span *s = &list->items[k];
        if (s->first != 0 && !tok[s->first].newlines_before && k != story_first) continue;
        size_t cut = dateline_end(text, tok, s->first, (size_t)s->first + s->count);
        if (!cut) continue;
        if (push(list, 0, 1, 0, 0)) return DYAD_ENOMEM;    /* room for one more */
        s = &list->items[k];
        memmove(list->items + k + 2, list->items + k + 1, (list->n - k - 2) * sizeof *list->items);
        sentence_span whole = *s;
        s->count = (uint32_t)(cut - whole.first);
        s->complete = 0;
        list->items[k + 1].first = (uint32_t)cut;
        list->items[k + 1].count = whole.count - s->count;
        list->items[k + 1].new_paragraph = 0;
        list->items[k + 1].complete = whole.complete;
        k++;
    }
    return DYAD_OK;
}

int split_sentences(const char *text, const token_list *tokens,
                    int kicker_subhead, sentence_list *list)
{
    const surface_token *tok = tokens->items;
    size_t n = tokens->n, first = 0;
    size_t text_len = n ? tok[n - 1].end : 0;
    int par = 1;
    for (size_t i = 0; i < n; i++) {
        /* A line break ends a sentence unless the next line goes on in
        ** lower case, or the line before cannot end there (hard-wrapped
        ** text); a blank line always does. */
        if (i > first && tok[i].newlines_before &&
            (tok[i].newlines_before >= 2 ||
             (tok[i].first_class != 'l' && !line_goes_on(text, &tok[i - 1])))) {
            const surface_token *last = &tok[i - 1];
            if (push(list, (uint32_t)first, (uint32_t)i, par, is_stop(text, last) || last->period == PERIOD_OTHER))
                return DYAD_ENOMEM;
            par = tok[i].newlines_before >= 2;
            first = i;
        }
        int stop = is_stop(text, &tok[i]);
        int abbrev_stop = tok[i].period == PERIOD_OTHER || tok[i].period == PERIOD_INITIAL;
        if (!stop && !abbrev_stop) continue;
        size_t j = i + 1;
        while (j < n && is_closer(text, text_len, &tok[j]) && !tok[j].newlines_before) j++;
        if (j >= n) break;
        const surface_token *next = &tok[j];
        int boundary, quoted = j > i + 1;
        if (next->newlines_before) boundary = 0;        /* the line-break rule decides */
        else if (abbrev_stop && !stop) {
            /* "U.S. officials" goes on, "in the U.S. The talks" stops; an
            ** initial ("Jennifer M. Anderson") ends one only before a clear
            ** starter other than "A" and "I", which are initials too. */
            boundary = next->first_class == 'u' && starter_at(text, next) &&
                       (tok[i].period == PERIOD_OTHER || next->end - next->start > 1);
        } else if (is_ellipsis(text, &tok[i])) {
            /* "will continue ... as long as": an ellipsis inside a sentence */
            boundary = next->first_class == 'u' || next->first_class == 'd';
        } else if (next->first_class == 'l') {
            /* A period that is not an abbreviation's ends the sentence even
            ** before lower case (chat and e-mail text); after a quote,
            ** lower case is the attribution: "Why?" she asked. */
            boundary = !quoted;
        }
        else if (next->kind == TOK_PUNCT && !(next->first_class == 'p' &&
                 (text[next->start] == '"' || text[next->start] == '(' ||
                  (unsigned char)text[next->start] == 0xe2)))
            boundary = 0;                               /* ". ," ". ;" */
        else boundary = 1;
        if (!boundary) continue;
        if (push(list, (uint32_t)first, (uint32_t)j, par, 1)) return DYAD_ENOMEM;
        par = 0;
        first = j;
        i = j - 1;
    }
    if (first < n) {
        const surface_token *last = &tok[n - 1];
        size_t k = n - 1;
        while (k > first && is_closer(text, text_len, &tok[k])) k--;
        int complete = is_stop(text, &tok[k]) || tok[k].period == PERIOD_OTHER ||
                       tok[k].period == PERIOD_INITIAL;
        (void)last;
        if (push(list, (uint32_t)first, (uint32_t)n, par, complete)) return DYAD_ENOMEM;
    }
    size_t story_first = 0;
    if (kicker_subhead && list->n > 0) {
        /* Split the first sentence at the sub-headline's end. */
        sentence_span *s0 = &list->items[0];
        size_t cut = subhead_end(text, tok, s0->first, s0->first + s0->count);
        if (cut) {
            story_first = 1;
            sentence_span whole = *s0;
            if (push(list, 0, 1, 0, 0)) return DYAD_ENOMEM;    /* room for one more */
            memmove(list->items + 2, list->items + 1, (list->n - 2) * sizeof *list->items);
            list->items[0].first = whole.first;
            list->items[0].count = (uint32_t)(cut - whole.first);
            list->items[0].new_paragraph = whole.new_paragraph;
            list->items[0].complete = 1;
            list->items[1].first = (uint32_t)cut;
            list->items[1].count = (uint32_t)(whole.first + whole.count - cut);
            list->items[1].new_paragraph = 0;
            list->items[1].complete = whole.complete;
        }
    }
    return split_datelines(text, tok, story_first, list);
}
