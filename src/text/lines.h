/*
** lines.h — reading a stream line by line with a bounded buffer.
**
** getline() would grow its buffer to hold a 100 MB line; readers of news
** must survive such input without their memory following it, so a line
** longer than the limit is skipped to its end and reported as overlong.
*/
#ifndef DYAD_TEXT_LINES_H
#define DYAD_TEXT_LINES_H

#include <stdio.h>
#include <stddef.h>

typedef struct line_reader {
    FILE *in;                  /* borrowed */
    const char *line;          /* the current line (not NUL-terminated):
                               ** in the read-ahead when it lies there
                               ** whole, else in buf; valid until the
                               ** next call */
    size_t len;                /* its length */
    char *buf;                 /* lines that span read-aheads are joined here */
    size_t buf_len, cap, limit;
    long number;               /* 1-based number of the current line */
    size_t offset;             /* bytes consumed so far */
    int eof, error;
    char chunk[65536];         /* read-ahead */
    size_t chunk_pos, chunk_len;
} line_reader;

/* limit: the longest line kept, in bytes. */
void line_reader_init(line_reader *r, FILE *in, size_t limit);
void line_reader_free(line_reader *r);

/*
** Reads the next line into r->line/r->len without its "\n" (and without a
** "\r" before it).  Returns 1 for a line, 0 at the end, -1 for a read
** error, and 2 for a line longer than the limit (skipped: r->len is 0).
*/
int line_reader_next(line_reader *r);

#endif
