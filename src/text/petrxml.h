/*
** petrxml.h — PETRARCH-2 XML records in: <Sentence date id ...><Text>
** ...</Text> ...</Sentence>, one story each.
**
** The files PETRARCH-2 reads and ships are XML in shape but not always
** well formed (its own validation file closes a self-closing <Sentence/>
** again after the text), so this is a tolerant record scanner, not an
** XML parser: it streams the file in fixed chunks, keeps only the current
** record (at most max_record bytes), skips comments and every element but
** <Text>, and decodes the five XML entities, numeric references and
** CDATA in the text.  A bad record is reported and skipped; the scan goes
** on with the next <Sentence>.
*/
#ifndef DYAD_TEXT_PETRXML_H
#define DYAD_TEXT_PETRXML_H

#include <stdio.h>
#include "dyad.h"

typedef struct petrxml_reader petrxml_reader;

/*
** Opens a scanner over `in` (borrowed), naming it `name` (borrowed) in
** messages; first_line is the number of the line `in` is positioned on
** (1 unless the caller already consumed lines).  Records over max_record
** bytes are skipped without being held.  DYAD_OK or DYAD_ENOMEM (then
** *out is NULL).
*/
int petrxml_open(petrxml_reader **out, FILE *in, const char *name, long first_line,
                 size_t max_record);

/*
** Reads the next record into doc, which the caller has reset: id, date
** (YYYYMMDD turned into YYYY-MM-DD, or "" when absent), source (the
** "source" attribute), meta (the other attributes as a JSON object),
** line and the decoded, trimmed text.  doc is not segmented.  Returns
** DYAD_OK, DYAD_DONE at the end, DYAD_EIO (fatal), DYAD_ENOMEM, or
** DYAD_EFORMAT / DYAD_ETOOBIG for a rejected record: petrxml_error() then
** says "FILE:LINE: reason" and the next call goes on after it.
*/
int petrxml_next(petrxml_reader *r, dyad_doc *doc);

/* The last rejection's message, valid until the next call. */
const char *petrxml_error(const petrxml_reader *r);
/* The last record's raw bytes (empty for an oversized one), valid until
** the next call. */
const char *petrxml_record(const petrxml_reader *r, size_t *len);
/* Records read so far, bad ones included, and bytes consumed. */
size_t petrxml_records(const petrxml_reader *r);
size_t petrxml_offset(const petrxml_reader *r);
void petrxml_close(petrxml_reader *r);

/*
** Decodes XML character data (len bytes) into out (which must hold len + 1
** bytes; decoding never lengthens): &amp; &lt; &gt; &quot; &apos;,
** &#N; and &#xH; (as UTF-8), and <![CDATA[...]]> sections as given.  On
** success returns DYAD_OK and sets *out_len.  On failure returns
** DYAD_EFORMAT, sets *bad to the byte offset of the fault and *why to a
** static reason.
*/
int petrxml_decode(const char *s, size_t len, char *out, size_t *out_len, size_t *bad,
                   const char **why);

#endif
