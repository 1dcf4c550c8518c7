/*
** words.c — splitting, folding and hashing words for the lexicon.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "dyad.h"
#include "lex/words.h"
#include "text/doc.h"

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Characters that are always words of their own. */
static int is_solo(unsigned char c)
{
    return strchr(",;:!?()[]{}\"-/", c) != NULL && c != 0;
}

/* Multibyte punctuation that stands alone: dashes and curly quotes. */
static size_t solo_utf8(const unsigned char *p, size_t left)
{
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x9C || p[2] == 0x9D || p[2] == 0x98))
        return 3;    /* – — “ ” ‘ */
    return 0;
}

/* An abbreviation keeps its final ".": it has another "." ("U.S."), is
** one letter ("J."), or is a title news text abbreviates ("Gen.", "Mr.");
** any other word loses it, as at a sentence's end ("attacked Iran."). */
static int keeps_period(const char *w, size_t n)
{
    static const char *const titles[] = {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Sgt",
        "Capt", "Gov", "Sen", "Rep", "Rev", "Prof", "Jr", "Sr", "Adm",
        "Cmdr", "Brig", "Pres", "Amb", "Sec", "Gens", "Lieut", "Cpl", "Pvt",
    };
    if (n < 2) return 0;
    if (memchr(w, '.', n - 1)) return 1;
    if (n == 2) return 1;
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
        if (strlen(titles[i]) == n - 1 && memcmp(titles[i], w, n - 1) == 0) return 1;
    return 0;
}

size_t lex_split(const char *s, size_t len, lex_span *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0, i = 0;
#define EMIT(a, b) do { if (n < cap) { out[n].start = (uint32_t)(a); \
                        out[n].end = (uint32_t)(b); } n++; } while (0)
    while (i < len) {
        if (is_space(p[i])) { i++; continue; }
        size_t solo = is_solo(p[i]) ? 1 : solo_utf8(p + i, len - i);
        if (solo) { EMIT(i, i + solo); i += solo; continue; }
        size_t start = i;
        while (i < len && !is_space(p[i]) && !is_solo(p[i]) && !solo_utf8(p + i, len - i)) i++;
        size_t end = i;
        /* "'s" / "’s" / a bare final "'" split off, as the tokenizer does. */
        size_t poss = 0;
        if (end - start > 2 && (p[end - 1] == 's' || p[end - 1] == 'S') && p[end - 2] == '\'')
            poss = 2;
        else if (end - start > 4 && (p[end - 1] == 's' || p[end - 1] == 'S') &&
                 p[end - 4] == 0xE2 && p[end - 3] == 0x80 && p[end - 2] == 0x99)
            poss = 4;
        else if (end - start > 1 && p[end - 1] == '\'')
            poss = 1;
        size_t word_end = end - poss;
        int period = 0;
        if (!poss && word_end - start > 1 && p[word_end - 1] == '.' &&
            !keeps_period(s + start, word_end - start))
            period = 1;
        EMIT(start, word_end - period);
        if (period) EMIT(word_end - 1, word_end);
        if (poss) EMIT(word_end, end);
    }
#undef EMIT
    return n;
}

size_t lex_fold(const char *s, size_t len, char *out)
{
    if (len == 0 || len > LEX_WORD_MAX) return 0;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t got = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                                (utf8proc_ssize_t)(len - i), &cp);
        if (got <= 0) return 0;
        i += (size_t)got;
        if (cp == 0x2019) cp = '\'';
        cp = utf8proc_tolower(cp);
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
    }
    out[o] = '\0';
    return o;
}

size_t lex_fold_hash(const char *s, size_t len, char *out, uint32_t *hash)
{
    if (len == 0 || len > LEX_WORD_MAX) return 0;
    uint32_t h = 2166136261u;
    size_t i = 0;
    for (; i < len; i++) {          /* the ASCII words most text is made of */
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) break;
        c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        out[i] = (char)c;
        h = (h ^ c) * 16777619u;
    }
    if (i == len) {
        out[len] = '\0';
        *hash = h;
        return len;
    }
    size_t n = lex_fold(s, len, out);
    *hash = lex_hash(out, n);
    return n;
}

uint32_t lex_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The first code point's case: 1 upper, -1 lower, 0 neither. */
static int first_case(const char *s, size_t len, size_t *next)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {          /* ASCII: no table look-up */
        *next = 1;
        return c >= 'A' && c <= 'Z' ? 1 : c >= 'a' && c <= 'z' ? -1 : 0;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t got = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                            (utf8proc_ssize_t)len, &cp);
    if (got <= 0) { *next = len; return 0; }
    *next = (size_t)got;
    if (utf8proc_isupper(cp)) return 1;
    if (utf8proc_islower(cp)) return -1;
    return 0;
}

int lex_case_class(const char *s, size_t len)
{
    size_t upper = 0, lower = 0, i = 0, first = 0;
    int first_seen = 0;
    while (i < len) {
        size_t step;
        int c = first_case(s + i, len - i, &step);
        if (c && !first_seen) { first = c > 0; first_seen = 1; }
        if (c > 0) upper++;
        if (c < 0) lower++;
        i += step;
    }
    /* Acronyms of up to three letters are too often ordinary words in
    ** lowercase ("us", "is", "au"); longer ones ("NATO") also appear as
    ** "Nato", so only the capital is required. */
    if (upper >= 2 && lower == 0 && upper <= 3) return LEX_CASE_EXACT;
    if (first) return LEX_CASE_CAPITAL;
    return LEX_CASE_ANY;
}

int lex_not_lowercase(const char *tok, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t step;
        int c = first_case(tok + i, len - i, &step);
        if (c) return c > 0;
        i += step;
    }
    return 1;
}

int lex_doc_split(dyad_doc *doc)
{
    doc_clear_segments(doc);
    size_t n = lex_split(doc->text, doc->text_len, NULL, 0);
    lex_span *spans = malloc((n ? n : 1) * sizeof *spans);
    if (!spans) return DYAD_ENOMEM;
    lex_split(doc->text, doc->text_len, spans, n);
    int st = DYAD_OK;
    for (size_t i = 0; i < n && st == DYAD_OK; i++) {
        dyad_token *t = doc_add_token(doc);
        if (!t) { st = DYAD_ENOMEM; break; }
        t->start = spans[i].start;
        t->end = spans[i].end;
        t->form = dyad_doc_strdup(doc, doc->text + t->start, t->end - t->start);
        if (!t->form) st = DYAD_ENOMEM;
        t->space_after = i + 1 < n && spans[i + 1].start > t->end;
    }
    free(spans);
    if (st == DYAD_OK && doc->n_tokens)
        st = doc_add_sentence(doc, 0, 0, (uint32_t)doc->text_len, 1);
    return st;
}
