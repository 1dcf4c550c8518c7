/*
** lines.c — the bounded line reader of lines.h.
*/
#include <stdlib.h>
#include <string.h>
#include "text/lines.h"

void line_reader_init(line_reader *r, FILE *in, size_t limit)
{
    memset(r, 0, sizeof *r);
    r->in = in;
    r->limit = limit;
}

void line_reader_free(line_reader *r)
{
    free(r->buf);
    r->buf = NULL;
    r->cap = r->buf_len = r->len = 0;
}

static int append(line_reader *r, const char *s, size_t n)
{
    if (r->buf_len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->buf_len + n + 1) cap *= 2;
        char *buf = realloc(r->buf, cap);
        if (!buf) return -1;
        r->buf = buf;
        r->cap = cap;
    }
    memcpy(r->buf + r->buf_len, s, n);
    r->buf_len += n;
    r->buf[r->buf_len] = '\0';
    return 0;
}

int line_reader_next(line_reader *r)
{
    int overlong = 0, any = 0, joined = 0;
    r->buf_len = 0;
    r->line = "";
    r->len = 0;
    for (;;) {
        if (r->chunk_pos == r->chunk_len) {
            if (r->eof) break;
            r->chunk_len = fread(r->chunk, 1, sizeof r->chunk, r->in);
            r->chunk_pos = 0;
            if (r->chunk_len == 0) {
                if (ferror(r->in)) { r->error = 1; return -1; }
                r->eof = 1;
                break;
            }
        }
        any = 1;
        const char *start = r->chunk + r->chunk_pos;
        size_t avail = r->chunk_len - r->chunk_pos;
        const char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        r->chunk_pos += take + (nl ? 1 : 0);
        r->offset += take + (nl ? 1 : 0);
        if (nl && !joined && !overlong && take <= r->limit) {
            /* the whole line lies in the read-ahead: no copy */
            r->line = start;
            r->len = take;
            break;
        }
        if (!overlong && r->buf_len + take > r->limit) {
            overlong = 1;          /* keep reading to the line's end, keep nothing */
            r->buf_len = 0;
        }
        if (!overlong) {
            if (append(r, start, take)) return -1;
            joined = 1;
        }
        if (nl) break;
    }
    if (!any) return 0;
    r->number++;
    if (overlong) {
        r->line = "";
        r->len = 0;
        return 2;
    }
    if (joined) {
        r->line = r->buf;
        r->len = r->buf_len;
    }
    if (r->len && r->line[r->len - 1] == '\r') r->len--;
    return 1;
}
