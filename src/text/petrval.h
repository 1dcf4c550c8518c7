/*
** petrval.h — PETRARCH-2 validation records: each <Sentence>'s text with
** the codings it expects (<EventCoding sourcecode targetcode eventcode>),
** for `dyad eval --petrarch-validation`.
**
** petrxml.c streams stories for coding and drops <EventCoding>; this
** reader keeps them, and the file's <Include> list of categories.  A
** validation file is small (hundreds of records), so it is read whole.
** The records flag what they expect in three ways, all kept here: event
** codings; `noevents="True"` (no event); and `error="..."` (PETRARCH
** rejects the sentence: a discard, a bad parse, a dateline), which also
** means no event.  A record marked sentence="false", or whose category
** the <Include> list leaves out, is one PETRARCH itself does not run.
*/
#ifndef DYAD_TEXT_PETRVAL_H
#define DYAD_TEXT_PETRVAL_H

#include <stddef.h>

typedef struct petrval_coding {
    char *source, *target, *event;   /* as written: "XYZ", "---GOV", "064" */
} petrval_coding;

typedef struct petrval_record {
    char *id;                /* "" when absent */
    char date[11];           /* YYYY-MM-DD, or "" */
    char *category;          /* "" when absent */
    char *text;              /* decoded, spaces collapsed */
    char *error;             /* the error="..." a coding expects, or NULL */
    int noevents;            /* a coding says noevents="True" */
    int sentence_false;      /* sentence="false": not run by PETRARCH */
    int included;            /* its category is in <Include> (or there is
                             ** no <Include>) and it is not sentence="false" */
    long line;               /* where its <Sentence> starts */
    petrval_coding *codings;
    size_t n_codings;
} petrval_record;

typedef struct petrval_file {
    petrval_record *records;
    size_t n;
    char *include;           /* the <Include> list as written, or NULL */
    /* the dictionaries its <Environment> names (file names), or NULL */
    char *verbfile, *actorfile, *agentfile, *discardfile;
} petrval_file;

/*
** Reads a validation file.  Returns DYAD_OK, DYAD_EIO (cannot read it),
** DYAD_ENOMEM, or DYAD_EFORMAT with "LINE: reason" in err for a record
** that cannot be read (an unclosed element or bad text).
*/
int petrval_read(const char *path, petrval_file *out, char *err, size_t err_len);
/* The same over a buffer (for tests). */
int petrval_parse(const char *s, size_t len, petrval_file *out, char *err, size_t err_len);
void petrval_free(petrval_file *f);

#endif
