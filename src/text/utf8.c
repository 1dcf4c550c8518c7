/*
** utf8.c — validation, decoding and classes for the tokenizer.
*/
#include <string.h>
#include <utf8proc.h>
#include "text/utf8.h"

#define L (CC_LETTER)
#define U (CC_LETTER | CC_UPPER)
#define W (CC_LETTER | CC_LOWER)
#define D (CC_DIGIT)
#define P (CC_PUNCT)
#define S (CC_SPACE)

/* A table, not a switch, because the tokenizer asks once per byte: see
** SQLite's tokenize.c for the same choice. */
const uint16_t utf8_ascii_class[128] = {
    /* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, S, S | CC_NEWLINE, S, S, S, 0, 0,
    /* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* ' ' */ S,
    /* '!' */ P | CC_TERMINAL,
    /* '"' */ P | CC_QUOTE | CC_OPEN | CC_CLOSE,
    /* '#' */ P, /* '$' */ P | CC_CURRENCY, /* '%' */ P, /* '&' */ P,
    /* ''' */ P | CC_QUOTE | CC_APOS | CC_OPEN | CC_CLOSE,
    /* '(' */ P | CC_OPEN, /* ')' */ P | CC_CLOSE, /* '*' */ P, /* '+' */ P,
    /* ',' */ P, /* '-' */ P | CC_DASH, /* '.' */ P | CC_TERMINAL, /* '/' */ P,
    /* 0-9 */ D, D, D, D, D, D, D, D, D, D,
    /* ':' */ P, /* ';' */ P, /* '<' */ P, /* '=' */ P, /* '>' */ P,
    /* '?' */ P | CC_TERMINAL, /* '@' */ P,
    /* A-Z */ U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
    /* '[' */ P | CC_OPEN, /* '\' */ P, /* ']' */ P | CC_CLOSE, /* '^' */ P, /* '_' */ P,
    /* '`' */ P | CC_QUOTE | CC_OPEN,
    /* a-z */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* '{' */ P | CC_OPEN, /* '|' */ P, /* '}' */ P | CC_CLOSE, /* '~' */ P, /* DEL */ 0,
};

size_t utf8_invalid_at(const char *str, size_t n)
{
    int ascii;
    return utf8_check(str, n, &ascii);
}

size_t utf8_check(const char *str, size_t n, int *ascii)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    *ascii = 1;
    while (i < n) {
        /* Skip ASCII eight bytes at a time: most text is ASCII. */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) { i++; continue; }
        *ascii = 0;
        size_t need;
        uint32_t cp, min;
        if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; min = 0x80; }
        else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; min = 0x800; }
        else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (n - i <= need) return i;
        for (size_t k = 1; k <= need; k++) {
            if ((s[i + k] & 0xc0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
        i += need + 1;
    }
    return n;
}

uint32_t utf8_decode(const char *str, size_t n, size_t i, int *len)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[i];
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xe0 && i + 1 < n) { *len = 2; return (uint32_t)(c & 0x1f) << 6 | (s[i + 1] & 0x3f); }
    if (c < 0xf0 && i + 2 < n) {
        *len = 3;
        return (uint32_t)(c & 0x0f) << 12 | (uint32_t)(s[i + 1] & 0x3f) << 6 | (s[i + 2] & 0x3f);
    }
    if (i + 3 < n) {
        *len = 4;
        return (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[i + 1] & 0x3f) << 12 |
               (uint32_t)(s[i + 2] & 0x3f) << 6 | (s[i + 3] & 0x3f);
    }
    *len = 1;   /* truncated sequence: callers validated, so only at misuse */
    return 0xfffd;
}

size_t utf8_prev(const char *s, size_t i)
{
    do i--; while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80);
    return i;
}

unsigned utf8_class(uint32_t cp)
{
    if (cp < 128) return utf8_ascii_class[cp];
    switch (cp) {
    case 0x2018: case 0x201a: case 0x201b: case 0x2039:
        return CC_PUNCT | CC_QUOTE | CC_OPEN;
    case 0x2019:   /* ’ is both an apostrophe and a closing quote */
        return CC_PUNCT | CC_QUOTE | CC_APOS | CC_CLOSE;
    case 0x201c: case 0x201e: case 0x201f: case 0x00ab:
        return CC_PUNCT | CC_QUOTE | CC_OPEN;
    case 0x201d: case 0x00bb: case 0x203a:
        return CC_PUNCT | CC_QUOTE | CC_CLOSE;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return CC_PUNCT | CC_DASH;
    case 0x2026: case 0x203c: case 0x2047: case 0x2048: case 0x2049:
        return CC_PUNCT | CC_TERMINAL;
    case 0x2028: case 0x2029: case 0x0085:
        return CC_SPACE | CC_NEWLINE;
    case 0x00a0: case 0x200b: case 0xfeff:
        return CC_SPACE;
    }
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
        return CC_LETTER | CC_UPPER;
    case UTF8PROC_CATEGORY_LL:
        return CC_LETTER | CC_LOWER;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return CC_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return CC_MARK;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return CC_DIGIT;
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PI:
        return CC_PUNCT | CC_OPEN;
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PF:
        return CC_PUNCT | CC_CLOSE;
    case UTF8PROC_CATEGORY_PD:
        return CC_PUNCT | CC_DASH;
    case UTF8PROC_CATEGORY_SC:
        return CC_PUNCT | CC_CURRENCY;
    case UTF8PROC_CATEGORY_ZS:
        return CC_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return CC_SPACE | CC_NEWLINE;
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
        return 0;
    default:
        return CC_PUNCT;   /* other punctuation and symbols */
    }
}
