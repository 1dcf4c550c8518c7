/*
** gdelt.h — events as rows of the GDELT 2.0 event table.
**
** The GDELT 2.0 Event Database codebook lists 61 tab-separated columns
** (GDELT 1.0 had 57, 58 with SOURCEURL: 2.0 added an ADM2Code to each of
** the three geographies).  dyad fills what it knows — actors, codes, quad
** class, Goldstein, mentions / sources / articles, the action's place,
** dates and URL — and leaves the rest empty, so existing GDELT tooling
** reads the file.  docs/store.md lists each column and what goes in it.
*/
#ifndef DYAD_OUT_GDELT_H
#define DYAD_OUT_GDELT_H

#include <stdint.h>
#include <stdio.h>
#include "dyad.h"

#define GDELT_N_COLUMNS 61

/* The column names, in order (static storage). */
extern const char *const gdelt_columns[GDELT_N_COLUMNS];

/* One de-duplicated (one-a-day) event. */
typedef struct gdelt_row {
    int64_t id;              /* GLOBALEVENTID: the store's id of its first mention */
    const dyad_event *ev;    /* its first mention (borrowed) */
    long mentions, sources, articles;
    int is_root;             /* first mention in a story's lead */
    const char *added;       /* when stored, "YYYY-MM-DDTHH:MM:SSZ", or "" */
    const char *url;         /* the first mention's story URL, or "" */
} gdelt_row;

/* Writes the row, tab-separated, ending in "\n".  Tabs and newlines in
** text fields become spaces, since the format has no quoting. */
void gdelt_write_row(FILE *out, const gdelt_row *row);

/* The header line (names, tab-separated); GDELT's own files have none,
** so writing it is the caller's choice. */
void gdelt_write_header(FILE *out);

/*
** The CAMEO country code GDELT uses for an ISO 3166-1 alpha-3 code: the
** same three letters except where CAMEO kept an older code (ROU -> ROM,
** Romania) or has its own (XKX -> KSV, Kosovo).  Static storage.
*/
const char *gdelt_country(const char *iso3);

#endif
