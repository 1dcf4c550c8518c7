/*
** source_read.h — reading the lexicon's tab-separated source files, and
** the list of "FILE:LINE: message" diagnostics every reader and check
** reports into.
*/
#ifndef DYAD_LEX_SOURCE_READ_H
#define DYAD_LEX_SOURCE_READ_H

#include <stdint.h>
#include <stdio.h>

/* How bad a diagnostic is: an error skipped the line; a warning is a
** doubtful entry that was kept; a note says what a missing file costs. */
enum { LEX_WARNING = 0, LEX_ERROR = 1, LEX_NOTE = 2 };

/* Diagnostics, in the order found.  The list owns its messages. */
typedef struct lex_diags {
    char **msgs;             /* "FILE:LINE: message" */
    unsigned char *level;    /* LEX_ERROR, LEX_WARNING or LEX_NOTE */
    size_t n, cap;
    size_t errors, warnings; /* notes are not counted */
} lex_diags;

/* Appends "FILE:LINE: message" (": message" alone when file is NULL, no
** line when line is 0).  Returns DYAD_OK or DYAD_ENOMEM. */
int lex_diags_add(lex_diags *d, int level, const char *file, long line,
                  const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void lex_diags_free(lex_diags *d);

#define TSV_FIELDS_MAX 16

/*
** One file, read a line at a time.  Comment lines ("#" first) and blank
** lines are skipped; a final "\r" is dropped.  fields[] point into the
** reader's line buffer and are valid until the next tsv_next.
*/
typedef struct tsv_reader {
    FILE *file;
    const char *path;        /* borrowed: the name used in messages */
    long line;               /* the current line's number */
    char *buf;
    size_t cap;
    char *fields[TSV_FIELDS_MAX];
    size_t n_fields;         /* more than TSV_FIELDS_MAX are counted, not kept */
} tsv_reader;

/* Opens path for reading; DYAD_EIO when it cannot be opened. */
int tsv_open(tsv_reader *r, const char *path);
/* Reads the next content line: DYAD_OK, DYAD_DONE at the end, DYAD_EUTF8
** for a line that is not valid UTF-8 (the caller reports and goes on),
** DYAD_ENOMEM or DYAD_EIO. */
int tsv_next(tsv_reader *r);
void tsv_close(tsv_reader *r);

/*
** Parses a source date "YYYY-MM-DD", "YYYY-MM" or "YYYY", with an optional
** trailing "~" (unsure), into YYYYMMDD.  A partial date is read as its
** first day, or its last day when is_end is set ("2019" as an end date is
** 2019-12-31).  An empty string gives 0 (open).  Returns 0, or -1 when the
** text is not such a date.
*/
int lex_parse_date(const char *s, int is_end, int32_t *out);

/* How precise a source date is: LEX_DAY, LEX_MONTH or LEX_YEAR; a "~"
** (unsure) widens it by one step. */
enum { LEX_DAY = 0, LEX_MONTH = 1, LEX_YEAR = 2 };
int lex_date_precision(const char *s);
/* The earliest and latest day a date of that precision may mean. */
int32_t lex_date_earliest(int32_t date, int precision);
int32_t lex_date_latest(int32_t date, int precision);

/* Splits a "a|b|c" names field in place; returns the number of names (at
** most max), skipping empty ones and trimming spaces. */
size_t lex_split_names(char *field, char **names, size_t max);

#endif
