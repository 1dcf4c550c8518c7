/*
** json_write.c — the JSON buffer of json_write.h.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "out/json_write.h"

void json_buf_free(json_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

static int reserve(json_buf *b, size_t n)
{
    if (b->len + n <= b->cap) return 1;
    if (b->failed) return 0;
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->len + n) cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) { b->failed = 1; return 0; }
    b->data = data;
    b->cap = cap;
    return 1;
}

void json_raw(json_buf *b, const char *s, size_t n)
{
    if (!reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

/* Which bytes need escaping: controls, quote and backslash. */
static inline int needs_escape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

void json_str(json_buf *b, const char *s, size_t n)
{
    /* Worst case: every byte becomes \u00XX. */
    if (!reserve(b, n * 6 + 2)) return;
    char *o = b->data + b->len;
    *o++ = '"';
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && !needs_escape((unsigned char)s[run])) run++;
        memcpy(o, s + i, run - i);
        o += run - i;
        if (run == n) break;
        unsigned char c = (unsigned char)s[run];
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        default:
            *o++ = 'u'; *o++ = '0'; *o++ = '0';
            *o++ = "0123456789abcdef"[c >> 4];
            *o++ = "0123456789abcdef"[c & 15];
        }
        i = run + 1;
    }
    *o++ = '"';
    b->len = (size_t)(o - b->data);
}

void json_uint(json_buf *b, unsigned long long v)
{
    char digits[24];
    int n = 0;
    do { digits[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    if (!reserve(b, (size_t)n)) return;
    while (n) b->data[b->len++] = digits[--n];
}

void json_double(json_buf *b, double v, int decimals)
{
    if (!isfinite(v)) { json_lit(b, "null"); return; }
    char num[64];
    int n = snprintf(num, sizeof num, "%.*f", decimals, v);
    /* Trim trailing zeros so 2.50 prints as 2.5 and 3.00 as 3.0. */
    if (decimals > 0) {
        while (n > 2 && num[n - 1] == '0' && num[n - 2] != '.') n--;
    }
    json_raw(b, num, (size_t)n);
}

int json_flush(json_buf *b, FILE *out)
{
    if (b->failed) return -1;
    if (b->len && fwrite(b->data, 1, b->len, out) != b->len) return -1;
    b->len = 0;
    return 0;
}
