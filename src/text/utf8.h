/*
** utf8.h — the little Unicode the tokenizer needs: validation, decoding,
** and character classes.
**
** ASCII, which is nearly all of English news, is classified by a 128-entry
** table; other code points ask utf8proc for their general category.
*/
#ifndef DYAD_TEXT_UTF8_H
#define DYAD_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Character classes, as bits. */
enum {
    CC_SPACE  = 1 << 0,   /* white space, including U+00A0 and U+2000..U+200A */
    CC_NEWLINE= 1 << 1,   /* \n (and U+2028/2029) */
    CC_LETTER = 1 << 2,
    CC_UPPER  = 1 << 3,
    CC_LOWER  = 1 << 4,
    CC_DIGIT  = 1 << 5,
    CC_PUNCT  = 1 << 6,   /* punctuation and symbols */
    CC_OPEN   = 1 << 7,   /* opening brackets and quotes */
    CC_CLOSE  = 1 << 8,   /* closing brackets and quotes */
    CC_QUOTE  = 1 << 9,   /* any quote mark */
    CC_MARK   = 1 << 10,  /* combining marks (part of a word) */
    CC_DASH   = 1 << 11,  /* - – — ‒ ― */
    CC_APOS   = 1 << 12,  /* ' and ’ (apostrophe or single quote) */
    CC_CURRENCY = 1 << 13,
    CC_TERMINAL = 1 << 14 /* . ! ? … */
};

/*
** Returns the byte index of the first invalid UTF-8 sequence in s[0..n)
** (overlong forms, surrogates and code points above U+10FFFF are invalid),
** or n when all of it is valid.
*/
size_t utf8_invalid_at(const char *s, size_t n);

/* The same, and sets *ascii to whether every byte is below 0x80. */
size_t utf8_check(const char *s, size_t n, int *ascii);

/* Decodes the code point at s[i] (valid UTF-8 assumed, i < n); sets *len. */
uint32_t utf8_decode(const char *s, size_t n, size_t i, int *len);

/* The class bits of a code point. */
unsigned utf8_class(uint32_t cp);

/* Class of the code point starting at s[i], and its length. */
static inline unsigned utf8_class_at(const char *s, size_t n, size_t i, int *len)
{
    extern const uint16_t utf8_ascii_class[128];
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { *len = 1; return utf8_ascii_class[c]; }
    return utf8_class(utf8_decode(s, n, i, len));
}

/* Start of the code point that ends just before s[i] (i > 0). */
size_t utf8_prev(const char *s, size_t i);

#endif
