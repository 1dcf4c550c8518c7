/*
** event_jsonl.h — the event record as JSON Lines, out and back in.
**
** The writer prints a dyad_event exactly as ../DESIGN.md "The event
** record" shows it, every field present ("" or null when unknown), plus
** the story's own fields as "story": {"source", "url"}.  The reader parses
** such lines with jansson so that the store can be fed from files.
*/
#ifndef DYAD_OUT_EVENT_JSONL_H
#define DYAD_OUT_EVENT_JSONL_H

#include <stdio.h>
#include "dyad.h"

/*
** Writes ev as one JSON line ending in "\n" to out.  Strings are written
** as given (they must be UTF-8); quotes, backslashes and control bytes
** are escaped.  Returns DYAD_OK or DYAD_EIO when the write failed.
*/
int event_jsonl_write(FILE *out, const dyad_event *ev);

/* Writes s (NULL reads as "") as a JSON string with its quotes. */
void event_jsonl_write_string(FILE *out, const char *s);

/* Writes a number, or null when it is NAN or infinite. */
void event_jsonl_write_real(FILE *out, double x);

typedef struct event_jsonl_reader event_jsonl_reader;

/*
** Opens a reader over `in` (borrowed: the caller closes it after
** event_jsonl_close), naming it `name` in messages.  Returns DYAD_OK or
** DYAD_ENOMEM (then *out is NULL).
*/
int event_jsonl_open(event_jsonl_reader **out, FILE *in, const char *name);

/*
** Reads the next event line into ev.  The strings ev points to belong to
** the reader and stay valid until the next call.  Blank lines are
** skipped.  Returns DYAD_OK, DYAD_DONE at the end, DYAD_EIO on a read
** error (fatal), or DYAD_EFORMAT for a rejected line: then
** event_jsonl_error() says "FILE:LINE: reason" and the next call goes on
** with the following line.
*/
int event_jsonl_next(event_jsonl_reader *r, dyad_event *ev);

/* The message for the last rejected line, or "". */
const char *event_jsonl_error(const event_jsonl_reader *r);
/* The rejected line's bytes (valid until the next call) and length. */
const char *event_jsonl_rejected(const event_jsonl_reader *r, size_t *len);
/* The number of the line last read (1-based) and the bytes consumed. */
long event_jsonl_line(const event_jsonl_reader *r);
size_t event_jsonl_offset(const event_jsonl_reader *r);
void event_jsonl_close(event_jsonl_reader *r);

/*
** Parses one JSON text (len bytes, need not be NUL-terminated) into ev.
** *holder receives the parsed JSON value that owns ev's strings; the
** caller releases it with event_jsonl_release(*holder) when done with
** ev.  On failure returns DYAD_EFORMAT with the reason in err (at most
** err_size bytes) and *holder NULL.
*/
int event_jsonl_parse(const char *text, size_t len, dyad_event *ev,
                      void **holder, char *err, size_t err_size);
void event_jsonl_release(void *holder);

#endif
