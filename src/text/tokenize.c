/*
** tokenize.c — the tokenizer of tokenize.h.
**
** Text is read as white-space separated chunks.  Each chunk loses its
** leading and trailing punctuation first (quotes, brackets, commas, a
** sentence's final period), then its core is cut into words, numbers and
** punctuation, and words are checked for clitics.
*/
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "dyad.h"
#include "text/tokenize.h"
#include "text/utf8.h"

typedef struct tokenizer {
    const char *text;
    size_t len;
    token_list *list;
    int newlines, space;        /* white space seen before the next token */
    int status;                 /* sticky DYAD_ENOMEM */
    int chunk_has_at;           /* the current chunk holds an '@' */
    int chunk_has_apos;         /* ... an apostrophe (' or the first byte of ’) */
} tokenizer;

static unsigned class_at(const tokenizer *t, size_t i, int *len)
{
    return utf8_class_at(t->text, t->len, i, len);
}

/* 'u' upper-case letter, 'l' lower, 'd' digit, 'p' punctuation, 'o' other,
** for the first character of a token. */
static char first_class(const tokenizer *t, size_t i)
{
    int len;
    unsigned c = class_at(t, i, &len);
    if (c & CC_UPPER) return 'u';
    if (c & CC_LOWER) return 'l';
    if (c & CC_LETTER) return 'u';    /* caseless scripts: treat as names */
    if (c & CC_DIGIT) return 'd';
    if (c & CC_PUNCT) return 'p';
    return 'o';
}

static inline surface_token *emit(tokenizer *t, size_t start, size_t end, int kind)
{
    token_list *l = t->list;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        surface_token *items = realloc(l->items, cap * sizeof *items);
        if (!items) { t->status = DYAD_ENOMEM; return NULL; }
        l->items = items;
        l->cap = cap;
    }
    surface_token *tok = &l->items[l->n++];
    tok->start = (uint32_t)start;
    tok->end = (uint32_t)end;
    tok->split[0] = tok->split[1] = 0;
    tok->n_words = 1;
    tok->kind = (uint8_t)kind;
    tok->period = PERIOD_NONE;
    tok->newlines_before = (uint8_t)(t->newlines > 2 ? 2 : t->newlines);
    tok->space_before = (uint8_t)t->space;
    unsigned char c = (unsigned char)t->text[start];
    if (c >= 'a' && c <= 'z') tok->first_class = 'l';
    else if (c >= 'A' && c <= 'Z') tok->first_class = 'u';
    else tok->first_class = (uint8_t)first_class(t, start);
    t->newlines = t->space = 0;
    return tok;
}

#ifndef __SSE2__
/* 1 for A-Z and a-z, by byte. */
static const unsigned char ASCII_LETTER[256] = {
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};
#endif

/*
** The number of ASCII letters at the start of p.  The text is padded with
** zero bytes (DOC_TEXT_PAD), so reading 16 bytes at a time is safe and the
** run always ends; with SSE2 a word costs one compare of 16 bytes and no
** branch per letter, whose misprediction at each word's end was the
** tokenizer's largest single cost.
*/
static inline size_t letter_run(const char *p)
{
#ifdef __SSE2__
    size_t n = 0;
    for (;;) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + n));
        /* fold case, then letters map to -128..-103 as signed bytes */
        __m128i shifted = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                                       _mm_set1_epi8((char)(128 - 'a')));
        __m128i letters = _mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(-128 + 26)));
        unsigned mask = (unsigned)_mm_movemask_epi8(letters);
        unsigned run = (unsigned)__builtin_ctz(~mask);   /* bit 16 of ~mask is set */
        n += run;
        if (run < 16) return n;
    }
#else
    size_t n = 0;
    while (ASCII_LETTER[(unsigned char)p[n]]) n++;
    return n;
#endif
}

static int is_ascii_letter(char c)
{
    /* (c | 0x20) folds A-Z onto a-z; the cast keeps bytes >= 0x80 out */
    return (unsigned char)((unsigned char)(c | 0x20) - 'a') < 26;
}

static int lower_ascii(char c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int equals_nocase(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k) return 0;
    for (size_t i = 0; i < n; i++)
        if (lower_ascii(s[i]) != word[i]) return 0;
    return 1;
}

/* The apostrophe at text[i], if any: 1 for ', 3 for ’, else 0. */
static int apostrophe_len(const tokenizer *t, size_t i, size_t end)
{
    if (i < end && t->text[i] == '\'') return 1;
    if (i + 3 <= end && memcmp(t->text + i, "\xe2\x80\x99", 3) == 0) return 3;
    return 0;
}

static void split_fused(const tokenizer *t, surface_token *tok, size_t s, size_t e);

/*
** Splits a word [s, e) into the syntactic words UD gives it and emits it.
** Handles the clitics n't 's 're 've 'll 'd 'm (with ' or ’), the
** plural possessive apostrophe, and the fused forms cannot, gonna, gotta,
** wanna and apostrophe-less negations (dont, didnt).
*/
static void emit_word(tokenizer *t, size_t s, size_t e, int kind, int period)
{
    surface_token *tok = emit(t, s, e, kind);
    if (!tok) return;
    tok->period = (uint8_t)period;
    if (kind != TOK_WORD || period) return;
    const char *w = t->text + s;
    size_t n = e - s;
    if (n < 2) return;

    /* Most words have no apostrophe near their end and are not fused
    ** forms: two cheap tests keep them off the slow path. */
    int apostrophe = 0;
    if (t->chunk_has_apos)
        for (size_t k = n > 6 ? n - 6 : 0; k < n; k++)
            if (w[k] == '\'' || (unsigned char)w[k] == 0xe2) { apostrophe = 1; break; }
    if (apostrophe) {
        /* n't: "don't" → do + n't, "can't" → ca + n't */
        for (int alen = 1; alen <= 3; alen += 2) {
            size_t k = 2 + (size_t)alen;              /* n + apostrophe + t */
            if (n > k && lower_ascii(w[n - k]) == 'n' && apostrophe_len(t, e - k + 1, e) == alen &&
                lower_ascii(w[n - 1]) == 't') {
                tok->n_words = 2;
                tok->split[0] = (uint32_t)(e - k);
                return;
            }
        }
        /* 's 're 've 'll 'd 'm */
        static const char *const clitics[] = { "s", "re", "ve", "ll", "d", "m" };
        static const size_t clitic_len[] = { 1, 2, 2, 2, 1, 1 };
        for (size_t c = 0; c < sizeof clitics / sizeof clitics[0]; c++) {
            size_t cl = clitic_len[c];
            for (int alen = 1; alen <= 3; alen += 2) {
                size_t k = cl + (size_t)alen;
                if (n > k && apostrophe_len(t, e - k, e) == alen &&
                    equals_nocase(w + n - cl, cl, clitics[c]) && is_ascii_letter(w[n - k - 1])) {
                    tok->n_words = 2;
                    tok->split[0] = (uint32_t)(e - k);
                    return;
                }
            }
        }
        /* plural possessive: "Tigers'" → Tigers + ' */
        for (int alen = 1; alen <= 3; alen += 2) {
            if (n > (size_t)alen + 1 && apostrophe_len(t, e - (size_t)alen, e) == alen &&
                lower_ascii(w[n - (size_t)alen - 1]) == 's') {
                tok->n_words = 2;
                tok->split[0] = (uint32_t)(e - (size_t)alen);
                return;
            }
        }
        return;
    }
    split_fused(t, tok, s, e);
}

/* Fused forms, all ending in "t" or "a": "cannot" → can + not, "gonna" →
** gon + na, "dont" → do + nt. */
static void split_fused(const tokenizer *t, surface_token *tok, size_t s, size_t e)
{
    const char *w = t->text + s;
    size_t n = e - s;
    char last = (char)lower_ascii(w[n - 1]), first = (char)lower_ascii(w[0]);
    if (n < 4 || n > 8 || (last != 't' && last != 'a')) return;
    if (first != 'c' && first != 'g' && first != 'w' && first != 'd' && first != 'i' &&
        first != 'a' && first != 'h' && first != 's')
        return;
    static const struct { const char *word; unsigned len, at; } fused[] = {
        { "cannot", 6, 3 }, { "gonna", 5, 3 }, { "gotta", 5, 3 }, { "wanna", 5, 3 },
        { "dont", 4, 2 }, { "didnt", 5, 3 }, { "doesnt", 6, 4 }, { "isnt", 4, 2 },
        { "wasnt", 5, 3 }, { "arent", 5, 3 }, { "werent", 6, 4 }, { "couldnt", 7, 5 },
        { "wouldnt", 7, 5 }, { "shouldnt", 8, 6 }, { "havent", 6, 4 }, { "hasnt", 5, 3 },
        { "hadnt", 5, 3 },
    };
    for (size_t f = 0; f < sizeof fused / sizeof fused[0]; f++) {
        if (fused[f].len == n && equals_nocase(w, n, fused[f].word)) {
            tok->n_words = 2;
            tok->split[0] = (uint32_t)(s + fused[f].at);
            return;
        }
    }
}

/* user@host.domain */
static int email_like(const char *w, size_t n)
{
    const char *at = memchr(w, '@', n);
    return at && at > w && at + 1 < w + n && is_ascii_letter(at[1]) && at[-1] != '.' &&
           memchr(at, '.', (size_t)(w + n - at)) != NULL;
}

/* True for a URL or e-mail address in [s, e). */
static int looks_like_url(const tokenizer *t, size_t s, size_t e)
{
    const char *w = t->text + s;
    size_t n = e - s;
    /* Cheap tests first: "he", "with" and "for" start like URLs too. */
    if (n > 7 && w[0] == 'h' && w[1] == 't' && w[2] == 't' && w[3] == 'p' &&
        (!strncmp(w, "http://", 7) || (n > 8 && !strncmp(w, "https://", 8))))
        return 1;
    if (n > 4 && w[0] == 'w' && w[1] == 'w' && w[2] == 'w' && w[3] == '.') return 1;
    if (n > 6 && w[0] == 'f' && w[1] == 't' && w[2] == 'p' && !strncmp(w, "ftp://", 6)) return 1;
    return t->chunk_has_at && email_like(w, n);
}

/* End of a number starting at digit i: digits joined by , . : / - to
** further digits, then a letter suffix (1990s, 5th, 10am). */
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static size_t digit_run(const char *x, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && is_digit(x[k])) k++;
    return k - i;
}

static size_t scan_number(const tokenizer *t, size_t i, size_t e)
{
    const char *x = t->text;
    size_t group_start = i;
    while (i < e) {
        if (is_digit(x[i])) { i++; continue; }
        if ((x[i] == ',' || x[i] == '.' || x[i] == ':' || x[i] == '/') && i + 1 < e && is_digit(x[i + 1])) {
            i++;
            group_start = i;
            continue;
        }
        /* A hyphen joins phone-number groups (713-654-0365), but a range
        ** (13-17, 1998-30) is three tokens, as in UD English. */
        if (x[i] == '-' && i + 1 < e && i - group_start >= 3 && digit_run(x, i + 1, e) >= 3) {
            i++;
            group_start = i;
            continue;
        }
        break;
    }
    /* Decades and ordinals keep their ending (1990s, 80's, 5th); units
    ** such as "8gb" or "375mm" are words of their own. */
    size_t k = i;
    while (k < e && is_ascii_letter(x[k])) k++;
    size_t n = k - i;
    if ((n == 1 && lower_ascii(x[i]) == 's') ||
        (n == 2 && (equals_nocase(x + i, 2, "th") || equals_nocase(x + i, 2, "st") ||
                    equals_nocase(x + i, 2, "nd") || equals_nocase(x + i, 2, "rd"))))
        return k;
    if (n == 0 && i + 1 < e && x[i] == '\'' && lower_ascii(x[i + 1]) == 's' &&
        (i + 2 == e || !is_ascii_letter(x[i + 2])))
        return i + 2;
    return i;
}

/*
** End of a word starting at letter i.  A word runs over letters, marks and
** digits; over an apostrophe or a period followed by a letter (O'Brien,
** U.S, e.g); over & between capitals (AT&T); over a hyphen after a prefix
** that keeps it (e-mail); and over the final period of a dotted acronym.
*/
static size_t scan_word(const tokenizer *t, size_t i, size_t e, int *dotted)
{
    const char *x = t->text;
    size_t start = i;
    *dotted = 0;
    while (i < e) {
        int len;
        unsigned c = class_at(t, i, &len);
        if (c & (CC_LETTER | CC_MARK | CC_DIGIT)) { i += (size_t)len; continue; }
        int alen = apostrophe_len(t, i, e);
        if (alen && i + (size_t)alen < e && is_ascii_letter(x[i + (size_t)alen])) {
            i += (size_t)alen;
            continue;
        }
        /* "soldiers'" at the end of the core: the plural possessive */
        if (alen && i + (size_t)alen == e && i > start && lower_ascii(x[i - 1]) == 's') {
            i += (size_t)alen;
            break;
        }
        /* file_names, user@host: joined by _ or @ to more letters or digits */
        if ((x[i] == '_' || x[i] == '@') && i > start && i + 1 < e &&
            (is_ascii_letter(x[i + 1]) || (x[i + 1] >= '0' && x[i + 1] <= '9'))) {
            i++;
            continue;
        }
        /* short slash forms: b/c, w/o, w/, f/2, 24/7 */
        if (x[i] == '/' && i - start <= 2) {
            size_t k = i + 1;
            while (k < e && (is_ascii_letter(x[k]) || (x[k] >= '0' && x[k] <= '9'))) k++;
            if (k - i - 1 <= 2) { i = k; continue; }
        }
        if (x[i] == '.' && i + 1 < e && is_ascii_letter(x[i + 1])) {
            *dotted = 1;
            i++;
            continue;
        }
        if (x[i] == '&' && i > start && i + 1 < e && x[i - 1] >= 'A' && x[i - 1] <= 'Z' &&
            x[i + 1] >= 'A' && x[i + 1] <= 'Z') {
            i++;
            continue;
        }
        if (x[i] == '-' && i + 1 < e && is_ascii_letter(x[i + 1]) && hyphen_prefix(x + start, i - start)) {
            i++;
            continue;
        }
        break;
    }
    /* "U.S." keeps its last period even before "-led" or a comma. */
    if (*dotted && i < e && x[i] == '.' && i - start <= 12) i++;
    return i;
}

/* Marks whose runs form one token. */
static int run_mark(char c)
{
    switch (c) {
    case '-': case '=': case '_': case '*': case '~': case '<': case '>': case '/':
    case '\\': case '|': case '+': case '^': case '.': case '!': case '?': case '$':
        return 1;
    }
    return 0;
}

/* Length of an emoticon at the start of s, or 0: :) :-) :( :P ;) :D =) */
static size_t emoticon_len(const char *s, size_t n)
{
    if (n < 2 || (s[0] != ':' && s[0] != ';' && s[0] != '=')) return 0;
    size_t k = 1;
    if (k < n && (s[k] == '-' || s[k] == '\'')) k++;
    if (k < n && strchr(")(PpDdOo/|]3", s[k])) {
        size_t end = k + 1;
        /* ":)" must not swallow the start of a word (":Don") */
        if (end < n && is_ascii_letter(s[end]) && is_ascii_letter(s[k])) return 0;
        return end;
    }
    return 0;
}

/* Cuts the core of a chunk, [s, e), into tokens. */
static void split_core(tokenizer *t, size_t s, size_t e, int period)
{
    const char *x = t->text;
    if (looks_like_url(t, s, e)) {
        surface_token *tok = emit(t, s, e, TOK_URL);
        if (tok) tok->period = (uint8_t)period;
        return;
    }
    size_t i = s;
    while (i < e && t->status == DYAD_OK) {
        int len;
        unsigned c = class_at(t, i, &len);
        if (c & CC_DIGIT) {
            size_t j = scan_number(t, i, e);
            if (j == i) j = i + (size_t)len;
            emit(t, i, j, TOK_NUMBER);
            i = j;
            continue;
        }
        if (c & (CC_LETTER | CC_MARK)) {
            int dotted;
            size_t j = scan_word(t, i, e, &dotted);
            /* "US$170": a short capital prefix joined to a dollar sign */
            if (j < e && x[j] == '$' && j - i <= 3 && j + 1 < e && x[j + 1] >= '0' && x[j + 1] <= '9')
                j++;
            /* The chunk's kept abbreviation period belongs to the last word. */
            int word_period = PERIOD_NONE;
            if (j + 1 == e && period && x[j] == '.') { j++; word_period = period; }
            else if (j == e && period) word_period = period;
            else if (dotted && x[j - 1] == '.') word_period = PERIOD_OTHER;
            emit_word(t, i, j, TOK_WORD, word_period);
            i = j;
            continue;
        }
        /* Runs of symbol marks are one token: "--", "...", "!!!", "==--",
        ** "<<", "$$$"; an emoticon too. */
        size_t j = i + (size_t)len;
        size_t emo = emoticon_len(x + i, e - i);
        if (emo) j = i + emo;
        else if (len == 1 && run_mark(x[i]))
            while (j < e && run_mark(x[j]) && (x[j] != '$' || x[i] == '$')) j++;
        /* "#audiobooks": a hashtag is a word */
        if (len == 1 && x[i] == '#' && j == i + 1 && j < e && is_ascii_letter(x[j])) {
            int dotted;
            j = scan_word(t, j, e, &dotted);
            emit(t, i, j, TOK_WORD);
            i = j;
            continue;
        }
        emit(t, i, j, TOK_PUNCT);
        i = j;
    }
}

/* Does the text after position e (past white space) start with a digit? */
static int digit_follows(const tokenizer *t, size_t e)
{
    while (e < t->len && (t->text[e] == ' ' || t->text[e] == '\t')) e++;
    return e < t->len && t->text[e] >= '0' && t->text[e] <= '9';
}

/* Decides whether the period ending [s, e) belongs to the word. */
static int kept_period(const tokenizer *t, size_t s, size_t e)
{
    const char *w = t->text + s;
    size_t n = e - s - 1;               /* the word without its period */
    if (n == 0) return PERIOD_NONE;
    switch (abbrev_lookup(w, n)) {
    case ABBREV_TITLE: return PERIOD_TITLE;
    case ABBREV_OTHER: return PERIOD_OTHER;
    case ABBREV_NUMERIC: return digit_follows(t, e) ? PERIOD_TITLE : PERIOD_NONE;
    case ABBREV_NONE: break;
    }
    if (n == 1 && w[0] >= 'A' && w[0] <= 'Z') return PERIOD_INITIAL;
    /* dotted forms: U.S, e.g, a.m, Ph.D — short letter runs and dots */
    int dots = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.') { if (run == 0) return PERIOD_NONE; dots++; run = 0; }
        else if (is_ascii_letter(w[i]) && run < 3) run++;
        else return PERIOD_NONE;
    }
    return dots ? PERIOD_OTHER : PERIOD_NONE;
}

#define MAX_TRAIL 32

/* Cuts one white-space separated chunk [s, e) into tokens. */
static void tokenize_chunk(tokenizer *t, size_t s, size_t e)
{
    const char *x = t->text;
    int single_quoted = 0;

    size_t emo = (x[s] == ':' || x[s] == ';' || x[s] == '=') ? emoticon_len(x + s, e - s) : 0;
    if (emo && emo == e - s) {
        emit(t, s, e, TOK_PUNCT);
        return;
    }

    /* Leading punctuation: opening quotes and brackets, dashes, ellipses. */
    while (s < e && t->status == DYAD_OK) {
        int len;
        unsigned c = class_at(t, s, &len);
        if (c & CC_APOS) {
            /* A chunk that is itself a clitic ("it 's") or "'90s" is a word. */
            size_t j = s + (size_t)len;
            if (j < e && ((x[j] >= '0' && x[j] <= '9') || is_ascii_letter(x[j]))) {
                size_t rest = e - j;
                int clitic = (rest <= 2 && (equals_nocase(x + j, rest, "s") || equals_nocase(x + j, rest, "re") ||
                              equals_nocase(x + j, rest, "ve") || equals_nocase(x + j, rest, "ll") ||
                              equals_nocase(x + j, rest, "d") || equals_nocase(x + j, rest, "m")));
                if (clitic || (x[j] >= '0' && x[j] <= '9')) break;
            }
            single_quoted = 1;
            emit(t, s, j, TOK_PUNCT);
            s = j;
            continue;
        }
        if ((c & CC_OPEN) || ((c & CC_QUOTE) && !(c & CC_CLOSE))) {
            emit(t, s, s + (size_t)len, TOK_PUNCT);
            s += (size_t)len;
            continue;
        }
        if (x[s] == '<' && e - s > 2 && x[e - 1] == '>' && x[s + 1] != '<') {
            emit(t, s, s + 1, TOK_PUNCT);          /* <user@host> */
            s++;
            continue;
        }
        break;
    }

    /* Trailing punctuation, peeled from the end onto a stack. */
    uint32_t trail[MAX_TRAIL][2];
    int n_trail = 0, period = PERIOD_NONE;
    while (e > s && n_trail < MAX_TRAIL) {
        size_t p = utf8_prev(x, e);
        int len;
        unsigned c = class_at(t, p, &len);
        if (x[p] == '.') {
            size_t d = p;
            while (d > s && x[d - 1] == '.') d--;
            if (e - d >= 2) {                      /* an ellipsis ".." "..." */
                trail[n_trail][0] = (uint32_t)d; trail[n_trail++][1] = (uint32_t)e;
                e = d;
                continue;
            }
            period = kept_period(t, s, e);
            if (period) break;
            trail[n_trail][0] = (uint32_t)p; trail[n_trail++][1] = (uint32_t)e;
            e = p;
            continue;
        }
        if ((c & CC_APOS) && !single_quoted && p > s + 1 && lower_ascii(x[p - 1]) == 's' &&
            is_ascii_letter(x[s]))
            break;                                 /* plural possessive: a clitic */
        if (x[p] == '!' || x[p] == '?') {
            size_t d = p;
            while (d > s && (x[d - 1] == '!' || x[d - 1] == '?')) d--;
            trail[n_trail][0] = (uint32_t)d; trail[n_trail++][1] = (uint32_t)e;
            e = d;
            continue;
        }
        if (x[p] == '>' && p > s && x[p - 1] != '>' && x[p - 1] != '-' && x[p - 1] != '=' &&
            memchr(x + s, '@', p - s)) {
            trail[n_trail][0] = (uint32_t)p; trail[n_trail++][1] = (uint32_t)e;
            e = p;
            continue;
        }
        /* a trailing emoticon: "community :-)" is a chunk of its own, but
        ** "great:)" is not */
        if (p > s + 1 && x[p - 1] == ':' && emoticon_len(x + p - 1, e - p + 1) == e - p + 1) {
            trail[n_trail][0] = (uint32_t)(p - 1); trail[n_trail++][1] = (uint32_t)e;
            e = p - 1;
            continue;
        }
        if ((c & (CC_CLOSE | CC_QUOTE)) || x[p] == ',' || x[p] == ';' || x[p] == ':' ||
            (c & CC_TERMINAL) || ((c & CC_DASH) && len > 1)) {
            trail[n_trail][0] = (uint32_t)p; trail[n_trail++][1] = (uint32_t)e;
            e = p;
            continue;
        }
        break;
    }

    if (e > s) split_core(t, s, e, period);
    while (n_trail > 0 && t->status == DYAD_OK) {
        n_trail--;
        emit(t, trail[n_trail][0], trail[n_trail][1], TOK_PUNCT);
    }
}

int tokenize_text(const char *text, size_t len, token_list *list)
{
    tokenizer t = { text, len, list, 0, 0, DYAD_OK, 0, 0 };
    size_t i = 0;
    while (i < len && t.status == DYAD_OK) {
        int clen;
        unsigned c = utf8_class_at(text, len, i, &clen);
        if (c & CC_SPACE) {
            if (c & CC_NEWLINE) t.newlines++;
            t.space = 1;
            i += (size_t)clen;
            continue;
        }
        /* Most chunks are plain words of ASCII letters: no punctuation to
        ** peel, no URL, no clitic but the fused forms.  They skip the
        ** general path. */
        if (is_ascii_letter(text[i])) {
            size_t j = i + 1 + letter_run(text + i + 1);
            if (j == len || text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r') {
                surface_token *tok = emit(&t, i, j, TOK_WORD);
                if (tok && j - i >= 4 && ((text[j - 1] | 0x20) == 't' || (text[j - 1] | 0x20) == 'a'))
                    split_fused(&t, tok, i, j);
                /* the one space between words, without a trip round the loop */
                if (text[j] == ' ' && j < len) { t.space = 1; j++; }
                i = j;
                continue;
            }
            /* ... and the next most common, a word with a comma or stop */
            char stop = text[j];
            if ((stop == ',' || stop == '.' || stop == ';' || stop == ':') &&
                (j + 1 == len || text[j + 1] == ' ' || text[j + 1] == '\n' || text[j + 1] == '\r')) {
                int period = stop == '.' ? kept_period(&t, i, j + 1) : PERIOD_NONE;
                if (period) {
                    surface_token *tok = emit(&t, i, j + 1, TOK_WORD);
                    if (tok) tok->period = (uint8_t)period;
                } else {
                    surface_token *tok = emit(&t, i, j, TOK_WORD);
                    if (tok && j - i >= 4 && ((text[j - 1] | 0x20) == 't' || (text[j - 1] | 0x20) == 'a'))
                        split_fused(&t, tok, i, j);
                    emit(&t, j, j + 1, TOK_PUNCT);
                }
                i = j + 1;
                continue;
            }
        }
        size_t e = i + (size_t)clen;
        t.chunk_has_at = text[i] == '@';
        t.chunk_has_apos = text[i] == '\'' || (unsigned char)text[i] >= 0x80;
        while (e < len) {
            unsigned char b = (unsigned char)text[e];
            if (b < 0x80) {
                if (b <= ' ' && (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v')) break;
                t.chunk_has_at |= b == '@';
                t.chunk_has_apos |= b == '\'';
                e++;
                continue;
            }
            t.chunk_has_apos = 1;
            c = utf8_class_at(text, len, e, &clen);
            if (c & CC_SPACE) break;
            e += (size_t)clen;
        }
        tokenize_chunk(&t, i, e);
        i = e;
    }
    return t.status;
}
