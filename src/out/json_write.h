/*
** json_write.h — writing JSON fast into a growable buffer.
**
** `dyad split` and the event writers emit millions of small JSON values;
** building them with a DOM library would cost more than the work they
** report, so strings are escaped by hand here (RFC 8259: quote, backslash
** and control characters; everything else, UTF-8 included, passes
** through as is).
*/
#ifndef DYAD_OUT_JSON_WRITE_H
#define DYAD_OUT_JSON_WRITE_H

#include <stddef.h>
#include <stdio.h>

typedef struct json_buf {
    char *data;
    size_t len, cap;
    int failed;          /* sticky: an allocation failed */
} json_buf;

void json_buf_free(json_buf *b);
void json_raw(json_buf *b, const char *s, size_t n);
static inline void json_lit(json_buf *b, const char *s) { json_raw(b, s, __builtin_strlen(s)); }
/* A quoted, escaped JSON string. */
void json_str(json_buf *b, const char *s, size_t n);
static inline void json_cstr(json_buf *b, const char *s) { json_str(b, s, s ? __builtin_strlen(s) : 0); }
void json_uint(json_buf *b, unsigned long long v);
void json_double(json_buf *b, double v, int decimals);
/* Writes the buffer to out and empties it; returns 0 or -1 on error. */
int json_flush(json_buf *b, FILE *out);

#endif
