/*
** petrxml.c — the PETRARCH-2 XML record scanner of petrxml.h.
**
** Two steps.  The scan streams bytes and cuts the file into records, from
** "<Sentence" to "</Sentence>", outside comments; it looks for those
** markers in a 16-byte window of the last bytes read, so it holds nothing
** but the current record, and an oversized record costs no memory.  Then
** the record, now whole in memory, is taken apart: its start tag's
** attributes, and the one <Text> element among comments and elements dyad
** does not use (<EventCoding>, <Parse>).
*/
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "text/doc.h"
#include "text/petrxml.h"

#define OPEN_TAG "<Sentence"
#define CLOSE_TAG "</Sentence>"
#define WINDOW 16

struct petrxml_reader {
    FILE *in;                     /* borrowed */
    const char *name;             /* borrowed */
    size_t max_record;
    char chunk[65536];            /* read-ahead */
    size_t pos, len;
    int eof;
    long line;                    /* the line of the next byte */
    size_t offset;                /* bytes consumed */
    char window[WINDOW];          /* the last bytes read, newest last */
    int in_comment;               /* between "<!--" and "-->" outside records */
    /* The record being scanned: starts at rec_line; over = too long to keep. */
    char *rec;
    size_t rec_len, rec_cap;
    long rec_line;
    int in_record, rec_over;
    /* The record last handed out (swapped with rec), and its text. */
    char *last;
    size_t last_len, last_cap;
    long last_line;
    int last_over;
    char *text;
    size_t text_cap;
    size_t records;
    char error[512];
};

int petrxml_open(petrxml_reader **out, FILE *in, const char *name, long first_line,
                 size_t max_record)
{
    petrxml_reader *r = calloc(1, sizeof *r);
    *out = r;
    if (!r) return DYAD_ENOMEM;
    r->in = in;
    r->name = name;
    r->line = first_line > 0 ? first_line : 1;
    r->max_record = max_record;
    return DYAD_OK;
}

void petrxml_close(petrxml_reader *r)
{
    if (!r) return;
    free(r->rec);
    free(r->last);
    free(r->text);
    free(r);
}

const char *petrxml_error(const petrxml_reader *r) { return r->error; }
size_t petrxml_records(const petrxml_reader *r) { return r->records; }
size_t petrxml_offset(const petrxml_reader *r) { return r->offset; }

const char *petrxml_record(const petrxml_reader *r, size_t *len)
{
    *len = r->last_over ? 0 : r->last_len;
    return r->last && !r->last_over ? r->last : "";
}

/* ---- decoding character data ------------------------------------ */

static size_t put_utf8(char *out, unsigned long cp)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The first occurrence of needle in [s, s+len), or NULL. */
static const char *find(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = s; len >= n && (p = memchr(p, needle[0], len - n + 1 - (size_t)(p - s))); p++)
        if (!memcmp(p, needle, n)) return p;
    return NULL;
}

/* A numeric reference's code point (between "&#" and ";"), or 0 when it
** is not one XML allows in text. */
static unsigned long char_ref(const char *s, size_t n)
{
    int hex = n && (s[0] == 'x' || s[0] == 'X');
    size_t i = (size_t)hex;
    if (i == n || n - i > 8) return 0;
    unsigned long cp = 0;
    for (; i < n; i++) {
        int c = (unsigned char)s[i], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return 0;
        cp = cp * (hex ? 16u : 10u) + (unsigned long)d;
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') return 0;
    return cp;
}

int petrxml_decode(const char *s, size_t len, char *out, size_t *out_len, size_t *bad,
                   const char **why)
{
    static const struct { const char *name; char c; } named[] = {
        { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
    };
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        char c = s[i];
        if (c == '<') {
            const char *end;
            if (len - i >= 9 && !memcmp(s + i, "<![CDATA[", 9) && (end = find(s + i + 9, len - i - 9, "]]>"))) {
                size_t n = (size_t)(end - (s + i + 9));
                memcpy(out + o, s + i + 9, n);
                o += n;
                i += 9 + n + 3;
                continue;
            }
            *bad = i;
            *why = "'<' inside the text; write it as &lt;";
            return DYAD_EFORMAT;
        }
        if (c != '&') { out[o++] = c; i++; continue; }
        const char *semi = memchr(s + i, ';', len - i < 12 ? len - i : 12);
        if (!semi) {
            *bad = i;
            *why = "'&' that opens no entity; write it as &amp;";
            return DYAD_EFORMAT;
        }
        const char *name = s + i + 1;
        size_t n = (size_t)(semi - name);
        size_t k;
        if (n > 1 && name[0] == '#') {
            unsigned long cp = char_ref(name + 1, n - 1);
            if (!cp) {
                *bad = i;
                *why = "a character reference &#...; to no allowed character";
                return DYAD_EFORMAT;
            }
            o += put_utf8(out + o, cp);
        } else {
            for (k = 0; k < sizeof named / sizeof named[0]; k++)
                if (strlen(named[k].name) == n && !memcmp(named[k].name, name, n)) break;
            if (k == sizeof named / sizeof named[0]) {
                *bad = i;
                *why = "an unknown entity (XML knows &amp; &lt; &gt; &quot; &apos; and &#N;)";
                return DYAD_EFORMAT;
            }
            out[o++] = named[k].c;
        }
        i += n + 2;
    }
    out[o] = '\0';
    *out_len = o;
    return DYAD_OK;
}

/* ---- scanning records out of the stream ------------------------- */

enum scan_result { SCAN_CLOSED, SCAN_NEXT_OPENED, SCAN_EOF_OPEN, SCAN_EOF, SCAN_EIO, SCAN_ENOMEM };

static int ends_with(const char *window, const char *s)
{
    size_t n = strlen(s);
    return !memcmp(window + WINDOW - n, s, n);
}

static int rec_push(petrxml_reader *r, const char *s, size_t n)
{
    if (r->rec_over) return DYAD_OK;
    if (r->rec_len + n > r->max_record) {
        r->rec_over = 1;          /* keep scanning to its end, keep nothing */
        r->rec_len = 0;
        return DYAD_OK;
    }
    if (r->rec_len + n + 1 > r->rec_cap) {
        size_t cap = r->rec_cap ? r->rec_cap : 4096;
        while (cap < r->rec_len + n + 1) cap *= 2;
        char *b = realloc(r->rec, cap);
        if (!b) return DYAD_ENOMEM;
        r->rec = b;
        r->rec_cap = cap;
    }
    memcpy(r->rec + r->rec_len, s, n);
    r->rec_len += n;
    r->rec[r->rec_len] = '\0';
    return DYAD_OK;
}

static int begin_record(petrxml_reader *r, char delim, long line)
{
    r->in_record = 1;
    r->rec_over = 0;
    r->rec_len = 0;
    r->rec_line = line;
    char start[sizeof OPEN_TAG + 1];
    memcpy(start, OPEN_TAG, sizeof OPEN_TAG - 1);
    start[sizeof OPEN_TAG - 1] = delim;
    return rec_push(r, start, sizeof OPEN_TAG);
}

/* Hands the scanned record over as r->last, by swapping buffers. */
static void hand_over(petrxml_reader *r)
{
    char *b = r->last;
    size_t cap = r->last_cap;
    r->last = r->rec;
    r->last_cap = r->rec_cap;
    r->last_len = r->rec_len;
    r->last_line = r->rec_line;
    r->last_over = r->rec_over;
    r->rec = b;
    r->rec_cap = cap;
    r->rec_len = 0;
    r->in_record = 0;
}

static int scan(petrxml_reader *r)
{
    for (;;) {
        if (r->pos == r->len) {
            if (r->eof) break;
            r->len = fread(r->chunk, 1, sizeof r->chunk, r->in);
            r->pos = 0;
            if (r->len == 0) {
                if (ferror(r->in)) return SCAN_EIO;
                r->eof = 1;
                break;
            }
        }
        if (!r->in_comment && !memchr(r->window, '<', WINDOW) && r->chunk[r->pos] != '<') {
            /* Every marker holds a '<' within its last 11 bytes: with none
            ** in the window, the bytes up to the next '<' complete no
            ** marker and go through in one piece. */
            const char *start = r->chunk + r->pos;
            const char *lt = memchr(start, '<', r->len - r->pos);
            size_t k = lt ? (size_t)(lt - start) : r->len - r->pos;
            for (size_t i = 0; i < k; i++) r->line += start[i] == '\n';
            if (r->in_record && rec_push(r, start, k)) return SCAN_ENOMEM;
            if (k >= WINDOW) {
                memcpy(r->window, start + k - WINDOW, WINDOW);
            } else {
                memmove(r->window, r->window + k, WINDOW - k);
                memcpy(r->window + WINDOW - k, start, k);
            }
            r->pos += k;
            r->offset += k;
            continue;
        }
        char c = r->chunk[r->pos++];
        r->offset++;
        long line = r->line;
        if (c == '\n') r->line++;
        int delim = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
        /* The opening tag is tested before c joins the window. */
        int opens = delim && !r->in_comment && ends_with(r->window, OPEN_TAG);
        memmove(r->window, r->window + 1, WINDOW - 1);
        r->window[WINDOW - 1] = c;
        if (r->in_record) {
            if (opens) {
                /* A new record before this one closed: hand this one
                ** over (rejected) and start the next. */
                if (!r->rec_over) r->rec_len -= sizeof OPEN_TAG - 1;
                hand_over(r);
                if (begin_record(r, c, line)) return SCAN_ENOMEM;
                return SCAN_NEXT_OPENED;
            }
            if (rec_push(r, &c, 1)) return SCAN_ENOMEM;
            if (c == '>' && ends_with(r->window, CLOSE_TAG)) {
                hand_over(r);
                return SCAN_CLOSED;
            }
        } else if (r->in_comment) {
            if (c == '>' && ends_with(r->window, "-->")) r->in_comment = 0;
        } else if (opens) {
            if (begin_record(r, c, line)) return SCAN_ENOMEM;
        } else if (c == '-' && ends_with(r->window, "<!--")) {
            r->in_comment = 1;
        }
    }
    if (r->in_record) {
        hand_over(r);
        return SCAN_EOF_OPEN;
    }
    return SCAN_EOF;
}

/* ---- taking a record apart -------------------------------------- */

static int fail(petrxml_reader *r, int status, size_t at, const char *fmt, ...)
{
    long line = r->last_line;
    if (!r->last_over)
        for (size_t i = 0; i < at && i < r->last_len; i++) line += r->last[i] == '\n';
    int n = snprintf(r->error, sizeof r->error, "%s:%ld: ", r->name, line);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof r->error)
        vsnprintf(r->error + n, sizeof r->error - (size_t)n, fmt, ap);
    va_end(ap);
    return status;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static int name_char(char c, int first)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' ||
           (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
}

static int text_room(petrxml_reader *r, size_t n)
{
    if (n + 1 <= r->text_cap) return DYAD_OK;
    char *b = realloc(r->text, n + 1);
    if (!b) return DYAD_ENOMEM;
    r->text = b;
    r->text_cap = n + 1;
    return DYAD_OK;
}

/* YYYYMMDD (or YYYY-MM-DD) → YYYY-MM-DD in out[11]; 0 when not a date. */
static int iso_date(const char *s, char *out)
{
    size_t n = strlen(s);
    const char *y = s, *m = s + 4, *d = s + 6;
    if (n == 10 && s[4] == '-' && s[7] == '-') { m = s + 5; d = s + 8; }
    else if (n != 8) return 0;
    snprintf(out, 11, "%.4s-%.2s-%.2s", y, m, d);
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (out[i] < '0' || out[i] > '9')) return 0;
    int month = (out[5] - '0') * 10 + out[6] - '0', day = (out[8] - '0') * 10 + out[9] - '0';
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* The start tag's attributes; *p is past "<Sentence" and ends past '>'. */
static int read_attributes(petrxml_reader *r, dyad_doc *doc, const char **p, const char *end,
                           json_t *meta)
{
    const char *s = *p, *rec = r->last;
    for (;;) {
        while (s < end && is_space(*s)) s++;
        if (s == end) return fail(r, DYAD_EFORMAT, 0, "the <Sentence> tag is never closed with '>'");
        if (*s == '>') { s++; break; }
        /* <Sentence .../> followed by the text and </Sentence>: PETRARCH-2's
        ** own files have this shape, so it is read as an opening tag. */
        if (*s == '/' && s + 1 < end && s[1] == '>') { s += 2; break; }
        const char *name = s;
        while (s < end && name_char(*s, s == name)) s++;
        size_t name_len = (size_t)(s - name);
        while (s < end && is_space(*s)) s++;
        if (!name_len || s == end || *s != '=')
            return fail(r, DYAD_EFORMAT, (size_t)(s - rec),
                        "malformed <Sentence> tag: expected name=\"value\" attributes");
        s++;
        while (s < end && is_space(*s)) s++;
        if (s == end || (*s != '"' && *s != '\''))
            return fail(r, DYAD_EFORMAT, (size_t)(s - rec), "attribute %.*s has no quoted value",
                        (int)(name_len > 40 ? 40 : name_len), name);
        const char *close = memchr(s + 1, *s, (size_t)(end - s - 1));
        if (!close)
            return fail(r, DYAD_EFORMAT, (size_t)(s - rec), "attribute %.*s: the quote is never closed",
                        (int)(name_len > 40 ? 40 : name_len), name);
        size_t vlen = (size_t)(close - s - 1), out_len, bad;
        const char *why;
        if (text_room(r, vlen)) return DYAD_ENOMEM;
        if (petrxml_decode(s + 1, vlen, r->text, &out_len, &bad, &why))
            return fail(r, DYAD_EFORMAT, (size_t)(s + 1 + bad - rec), "attribute %.*s: %s",
                        (int)(name_len > 40 ? 40 : name_len), name, why);
        const char *value = dyad_doc_strdup(doc, r->text, out_len);
        if (!value) return DYAD_ENOMEM;
        if (name_len == 2 && !memcmp(name, "id", 2)) doc->id = value;
        else if (name_len == 4 && !memcmp(name, "date", 4)) doc->date = value;
        else if (name_len == 6 && !memcmp(name, "source", 6)) doc->source = value;
        else {
            json_t *v = json_stringn(value, out_len);
            char key[64];
            snprintf(key, sizeof key, "%.*s", (int)(name_len > 63 ? 63 : name_len), name);
            if (!v) return fail(r, DYAD_EUTF8, (size_t)(s - rec), "attribute %s is not valid UTF-8", key);
            json_object_set_new(meta, key, v);
        }
        s = close + 1;
    }
    *p = s;
    return DYAD_OK;
}

/* Finds the <Text> element's content between *p and end. */
static int find_text(petrxml_reader *r, const char *p, const char *end, const char **text,
                     size_t *text_len)
{
    const char *rec = r->last;
    *text = NULL;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt) break;
        size_t left = (size_t)(end - lt);
        const char *gt;
        if (left >= 4 && !memcmp(lt, "<!--", 4)) {
            const char *close = find(lt + 4, left - 4, "-->");
            if (!close) return fail(r, DYAD_EFORMAT, (size_t)(lt - rec), "a comment <!-- is never closed with -->");
            p = close + 3;
        } else if (left > 5 && !memcmp(lt, "<Text", 5) && (is_space(lt[5]) || lt[5] == '>' || lt[5] == '/')) {
            if (*text) return fail(r, DYAD_EFORMAT, (size_t)(lt - rec), "a second <Text> in one <Sentence>");
            gt = memchr(lt, '>', left);
            if (!gt) return fail(r, DYAD_EFORMAT, (size_t)(lt - rec), "the <Text> tag is never closed with '>'");
            if (gt[-1] == '/') {
                *text = gt + 1;
                *text_len = 0;
                p = gt + 1;
                continue;
            }
            const char *close = find(gt + 1, (size_t)(end - gt - 1), "</Text>");
            if (!close) return fail(r, DYAD_EFORMAT, (size_t)(lt - rec), "<Text> is never closed; close it with </Text>");
            *text = gt + 1;
            *text_len = (size_t)(close - gt - 1);
            p = close + 7;
        } else {
            gt = memchr(lt, '>', left);
            if (!gt) return fail(r, DYAD_EFORMAT, (size_t)(lt - rec), "a tag is never closed with '>'");
            p = gt + 1;
        }
    }
    if (!*text) return fail(r, DYAD_EFORMAT, 0, "no <Text> in the <Sentence>");
    return DYAD_OK;
}

/* A record's <Text> is one sentence, or a few, hard-wrapped as GigaWord
** and the wire services kept it: a single line break in it is a space, or
** the sentence splitter would end a sentence at each line that opens with
** a capital ("met with Premier\nAnna Kovac").  A blank line
** still parts paragraphs.  Offsets stay as they were. */
static void unwrap_lines(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\n') continue;
        size_t a = i, b = i + 1;
        while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t' || s[a - 1] == '\r')) a--;
        while (b < n && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) b++;
        if ((a > 0 && s[a - 1] == '\n') || (b < n && s[b] == '\n')) continue;
        for (size_t k = a; k < b; k++) if (s[k] == '\r' || s[k] == '\n') s[k] = ' ';
    }
}

/* A whole record, "<Sentence" to "</Sentence>", into doc. */
static int take_apart(petrxml_reader *r, dyad_doc *doc)
{
    const char *rec = r->last, *end = rec + r->last_len - (sizeof CLOSE_TAG - 1);
    const char *p = rec + sizeof OPEN_TAG - 1;
    json_t *meta = json_object();
    if (!meta) return DYAD_ENOMEM;
    int rc = read_attributes(r, doc, &p, end, meta);
    if (rc == DYAD_OK && json_object_size(meta)) {
        char *dump = json_dumps(meta, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (!dump || !(doc->meta = dyad_doc_strdup(doc, dump, strlen(dump)))) rc = DYAD_ENOMEM;
        free(dump);
    }
    json_decref(meta);
    if (rc) return rc;
    if (doc->date[0]) {
        char iso[11];
        if (!iso_date(doc->date, iso))
            return fail(r, DYAD_EFORMAT, 0, "date=\"%.40s\" is not a date YYYYMMDD", doc->date);
        if (!(doc->date = dyad_doc_strdup(doc, iso, 10))) return DYAD_ENOMEM;
    }
    const char *text;
    size_t text_len = 0, out_len, bad;
    if ((rc = find_text(r, p, end, &text, &text_len))) return rc;
    const char *why;
    if (text_room(r, text_len)) return DYAD_ENOMEM;
    if (petrxml_decode(text, text_len, r->text, &out_len, &bad, &why))
        return fail(r, DYAD_EFORMAT, (size_t)(text + bad - rec), "%s", why);
    size_t a = 0, b = out_len;
    while (a < b && is_space(r->text[a])) a++;
    while (b > a && is_space(r->text[b - 1])) b--;
    if (a == b) return fail(r, DYAD_EFORMAT, (size_t)(text - rec), "empty <Text>");
    unwrap_lines(r->text + a, b - a);
    /* The story's line: where its first word stands in the file. */
    size_t first = 0;
    while (first < text_len && is_space(text[first])) first++;
    doc->line = r->last_line;
    for (const char *q = rec; q < text + first; q++) doc->line += *q == '\n';
    if (!doc->id[0]) {
        char id[64];
        int n = snprintf(id, sizeof id, "line-%ld", r->last_line);
        if (!(doc->id = dyad_doc_strdup(doc, id, (size_t)n))) return DYAD_ENOMEM;
    }
    return doc_append_text(doc, r->text + a, b - a);
}

int petrxml_next(petrxml_reader *r, dyad_doc *doc)
{
    r->error[0] = '\0';
    int got = scan(r);
    switch (got) {
    case SCAN_EIO:
        snprintf(r->error, sizeof r->error, "%s:%ld: read error", r->name, r->line);
        return DYAD_EIO;
    case SCAN_ENOMEM:
        return DYAD_ENOMEM;
    case SCAN_EOF:
        if (r->records) return DYAD_DONE;
        r->records = 1;           /* said once */
        r->last_len = 0;
        snprintf(r->error, sizeof r->error,
                 "%s:1: no <Sentence> records found; is it PETRARCH XML? (--input-format text reads it as text)",
                 r->name);
        return DYAD_EFORMAT;
    default:
        break;
    }
    r->records++;
    if (r->last_over)
        return fail(r, DYAD_ETOOBIG, 0,
                    "record longer than %zu bytes, skipped; split it or raise --max-story-bytes",
                    r->max_record);
    if (got == SCAN_NEXT_OPENED)
        return fail(r, DYAD_EFORMAT, 0,
                    "<Sentence> is never closed (the next one opens at line %ld); close it with </Sentence>",
                    r->rec_line);
    if (got == SCAN_EOF_OPEN)
        return fail(r, DYAD_EFORMAT, 0, "<Sentence> is never closed before the end of the file");
    return take_apart(r, doc);
}
