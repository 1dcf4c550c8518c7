/*
** csv.h — RFC 4180 CSV: fields with a comma, a double quote, CR or LF
** are quoted, and quotes inside are doubled; records end in CRLF as the
** RFC says (every CSV reader accepts it).
*/
#ifndef DYAD_OUT_CSV_H
#define DYAD_OUT_CSV_H

#include <stddef.h>
#include <stdio.h>

/* Writes one field (len bytes; s need not be NUL-terminated), preceded by
** a comma unless it is the record's first. */
void csv_field(FILE *out, const char *s, size_t len, int first);
/* The same for a NUL-terminated string (NULL writes an empty field). */
void csv_str(FILE *out, const char *s, int first);
/* Ends a record. */
void csv_end(FILE *out);



#include "dyad.h"
/* The flat event columns (the record's fields, nested names joined by
** '_': source_text, ..., location_lon, story_source, story_url). */
void csv_event_header(FILE *out);
/* One event as a record under csv_event_header; unknowns are empty. */
void csv_event_row(FILE *out, const dyad_event *ev);
#endif
