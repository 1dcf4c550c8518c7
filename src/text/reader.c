/*
** reader.c — dyad_reader: files of stories in, one segmented story out
** per call, whatever the input format.
**
** Plain text is read as a wire page (story.h): a story ends at a blank
** line or where a kicker line opens the next; captions are dropped.  JSON
** Lines are parsed with jansson, which rejects invalid UTF-8 and NUL
** characters for us.  PETRARCH-2 XML records are cut out and taken apart
** by petrxml.h.  A bad record is reported with its file and line and
** skipped; the reader goes on with the next one.
*/
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "base/arena.h"
#include "text/conllu_read.h"
#include "text/doc.h"
#include "text/lines.h"
#include "text/petrxml.h"
#include "text/story.h"
#include "text/utf8.h"

#define DEFAULT_MAX_STORY (8u << 20)

struct dyad_reader {
    dyad_reader_options options;
    const char *name;            /* borrowed */
    dyad_format format;
    line_reader lines;
    conllu_reader *conllu;
    petrxml_reader *petrxml;
    int started;
    /* A kicker line read while finishing the story before it. */
    char *carry;
    size_t carry_len, carry_cap;
    long carry_line;
    int have_carry;
    /* Rejected record and the message about it. */
    char *rejected;
    size_t rejected_len, rejected_cap;
    char error[512];
    size_t stories, rejects;
};

static int keep_bytes(char **buf, size_t *cap, size_t *len, const char *s, size_t n)
{
    if (n + 1 > *cap) {
        size_t c = *cap ? *cap : 1024;
        while (c < n + 1) c *= 2;
        char *b = realloc(*buf, c);
        if (!b) return DYAD_ENOMEM;
        *buf = b;
        *cap = c;
    }
    memcpy(*buf, s, n);
    (*buf)[n] = '\0';
    *len = n;
    return DYAD_OK;
}

static int reject(dyad_reader *r, int status, long line, const char *record, size_t record_len,
                  const char *fmt, ...)
{
    int n = snprintf(r->error, sizeof r->error, "%s:%ld: ", r->name, line);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof r->error)
        vsnprintf(r->error + n, sizeof r->error - (size_t)n, fmt, ap);
    va_end(ap);
    if (keep_bytes(&r->rejected, &r->rejected_cap, &r->rejected_len, record, record_len))
        r->rejected_len = 0;
    r->rejects++;
    return status;
}

int dyad_reader_open(dyad_reader **out, FILE *in, const char *name,
                     const dyad_reader_options *options)
{
    dyad_reader *r = calloc(1, sizeof *r);
    *out = r;
    if (!r) return DYAD_ENOMEM;
    if (options) r->options = *options;
    if (!r->options.max_story_bytes) r->options.max_story_bytes = DEFAULT_MAX_STORY;
    r->name = name ? name : "-";
    r->format = r->options.format;
    long skipped_lines = 0;
    size_t skipped_bytes = 0;
    if (r->format == DYAD_FORMAT_AUTO) {
        /* By extension, else by the first byte: one byte of pushback is
        ** all that C promises on a pipe. */
        size_t n = name ? strlen(name) : 0;
        if (n > 6 && !strcmp(name + n - 6, ".jsonl")) r->format = DYAD_FORMAT_JSONL;
        else if (n > 7 && !strcmp(name + n - 7, ".conllu")) r->format = DYAD_FORMAT_CONLLU;
        else if (n > 4 && !strcmp(name + n - 4, ".xml")) r->format = DYAD_FORMAT_PETRXML;
        else {
            /* Leading white space is read past (XML files often open
            ** with a blank line), counting its lines and bytes so that
            ** line numbers and offsets still match the file. */
            int c;
            while ((c = getc(in)) == ' ' || c == '\t' || c == '\r' || c == '\n') {
                skipped_bytes++;
                if (c == '\n') skipped_lines++;
            }
            if (c != EOF) ungetc(c, in);
            r->format = c == '{' ? DYAD_FORMAT_JSONL : c == '<' ? DYAD_FORMAT_PETRXML : DYAD_FORMAT_TEXT;
        }
    }
    line_reader_init(&r->lines, in, r->options.max_story_bytes);
    r->lines.number = skipped_lines;
    r->lines.offset = skipped_bytes;
    if (r->format == DYAD_FORMAT_PETRXML &&
        petrxml_open(&r->petrxml, in, r->name, skipped_lines + 1, r->options.max_story_bytes)) {
        free(r);
        *out = NULL;
        return DYAD_ENOMEM;
    }
    if (r->format == DYAD_FORMAT_CONLLU && conllu_reader_open(&r->conllu, in, r->name)) {
        free(r);
        *out = NULL;
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r) return;
    line_reader_free(&r->lines);
    conllu_reader_close(r->conllu);
    petrxml_close(r->petrxml);
    free(r->carry);
    free(r->rejected);
    free(r);
}

const char *dyad_reader_error(const dyad_reader *r) { return r->error; }
size_t dyad_reader_stories(const dyad_reader *r) { return r->stories; }
size_t dyad_reader_rejects(const dyad_reader *r) { return r->rejects; }
size_t dyad_reader_offset(const dyad_reader *r)
{
    return r->petrxml ? r->lines.offset + petrxml_offset(r->petrxml) : r->lines.offset;
}

const char *dyad_reader_rejected(const dyad_reader *r, size_t *len)
{
    *len = r->rejected_len;
    return r->rejected ? r->rejected : "";
}

/* The line of the story that holds byte `offset` of its text. */
static long line_of(const dyad_doc *doc, size_t offset)
{
    long line = doc->line;
    for (size_t i = 0; i < offset && i < doc->text_len; i++)
        if (doc->text[i] == '\n') line++;
    return line;
}

/* Checks and segments a story whose text is in doc; reports a bad one. */
static int finish_story(dyad_reader *r, dyad_doc *doc, int kicker)
{
    const char *nul = memchr(doc->text, '\0', doc->text_len);
    if (nul)
        return reject(r, DYAD_EFORMAT, line_of(doc, (size_t)(nul - doc->text)), doc->text,
                      doc->text_len, "NUL byte in the text; remove it (e.g. tr -d '\\000')");
    if (!doc->date[0] && r->options.default_date) doc->date = r->options.default_date;
    dyad_segment_options seg = { 1, kicker };
    int rc = dyad_segment(doc, &seg);
    if (rc == DYAD_EUTF8) {
        /* the segmenter validates; only a bad story pays to find where */
        size_t bad = utf8_invalid_at(doc->text, doc->text_len);
        return reject(r, DYAD_EUTF8, line_of(doc, bad), doc->text, doc->text_len,
                      "invalid UTF-8 at byte %zu of the story; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
                      bad);
    }
    if (rc) return reject(r, rc, doc->line, doc->text, doc->text_len, "%s", dyad_strerror(rc));
    r->stories++;
    return DYAD_OK;
}

/* A plain-text story's id: the file's name without folder and extension,
** and the story's number in the file ("wire-page-2"). */
static const char *story_id(dyad_reader *r, dyad_doc *doc)
{
    const char *base = strrchr(r->name, '/');
    base = base ? base + 1 : r->name;
    if (!strcmp(base, "<stdin>")) base = "stdin";
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    /* by hand: snprintf was a twentieth of all the time spent on stories */
    char id[256];
    if (n > 200) n = 200;
    memcpy(id, base, n);
    id[n++] = '-';
    char digits[24];
    size_t k = 0, number = r->stories + r->rejects + 1;
    do { digits[k++] = (char)('0' + number % 10); number /= 10; } while (number);
    while (k) id[n++] = digits[--k];
    return dyad_doc_strdup(doc, id, n);
}

/* Reads one wire-page story of plain text. */
static int next_text_story(dyad_reader *r, dyad_doc *doc)
{
    int kicker = 0, too_long = 0;
    size_t story_bytes = 0;
    for (;;) {
        const char *line;
        size_t len;
        long number;
        int got;
        if (r->have_carry) {
            line = r->carry;
            len = r->carry_len;
            number = r->carry_line;
            r->have_carry = 0;
            got = 1;
        } else {
            got = line_reader_next(&r->lines);
            if (got < 0) return reject(r, DYAD_EIO, r->lines.number, "", 0, "read error");
            line = r->lines.line;
            len = r->lines.len;
            number = r->lines.number;
        }
        if (got == 0) break;
        if (got == 2) {
            too_long = 1;
            if (!doc->line) doc->line = number;
            continue;
        }
        if (story_is_blank(line, len)) {
            if (doc->text_len || too_long) break;
            continue;
        }
        if (story_is_caption(line, len)) continue;
        size_t kstart, klen, body = story_kicker(line, len, &kstart, &klen);
        if (body) {
            if (doc->text_len || too_long) {
                /* This line opens the next story: keep it for then. */
                if (keep_bytes(&r->carry, &r->carry_cap, &r->carry_len, line, len)) return DYAD_ENOMEM;
                r->carry_line = number;
                r->have_carry = 1;
                break;
            }
            doc->kicker = dyad_doc_strdup(doc, line + kstart, klen);
            if (!doc->kicker) return DYAD_ENOMEM;
            kicker = 1;
            line += body;
            len -= body;
        }
        if (!doc->line) doc->line = number;
        story_bytes += len + 1;
        if (story_bytes > r->options.max_story_bytes) { too_long = 1; continue; }
        if (doc_append_text(doc, line, len) || doc_append_text(doc, "\n", 1)) return DYAD_ENOMEM;
    }
    if (too_long)
        return reject(r, DYAD_ETOOBIG, doc->line, "", 0,
                      "story longer than %zu bytes, skipped; split it or raise --max-story-bytes",
                      r->options.max_story_bytes);
    if (!doc->text_len) {
        if (!r->started) {
            r->started = 1;
            return reject(r, DYAD_EFORMAT, 1, "", 0, "empty input: no stories found");
        }
        return DYAD_DONE;
    }
    r->started = 1;
    /* The trailing newline is ours, not the story's. */
    doc->text_buf[--doc->text_len] = '\0';
    doc->id = story_id(r, doc);
    if (!doc->id) return DYAD_ENOMEM;
    return finish_story(r, doc, kicker);
}

static const char *json_field(dyad_doc *doc, json_t *obj, const char *key, int *bad)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) return "";
    if (json_is_string(v))
        return dyad_doc_strdup(doc, json_string_value(v), json_string_length(v));
    if (json_is_integer(v)) {
        char num[32];
        int n = snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
        return dyad_doc_strdup(doc, num, (size_t)n);
    }
    *bad = 1;
    return "";
}

static int valid_date(const char *d)
{
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) { if (d[i] != '-') return 0; }
        else if (d[i] < '0' || d[i] > '9') return 0;
    }
    return 1;
}

/* Reads one JSON Lines story. */
static int next_jsonl_story(dyad_reader *r, dyad_doc *doc)
{
    for (;;) {
        int got = line_reader_next(&r->lines);
        if (got < 0) return reject(r, DYAD_EIO, r->lines.number, "", 0, "read error");
        if (got == 0) {
            if (!r->started) {
                r->started = 1;
                return reject(r, DYAD_EFORMAT, 1, "", 0, "empty input: no stories found");
            }
            return DYAD_DONE;
        }
        long number = r->lines.number;
        if (got == 2 || !story_is_blank(r->lines.line, r->lines.len)) r->started = 1;
        if (got == 2)
            return reject(r, DYAD_ETOOBIG, number, "", 0,
                          "line longer than %zu bytes, skipped; raise --max-story-bytes",
                          r->options.max_story_bytes);
        const char *line = r->lines.line;
        size_t len = r->lines.len;
        if (story_is_blank(line, len)) continue;
        json_error_t jerr;
        json_t *obj = json_loadb(line, len, 0, &jerr);
        if (!obj)
            return reject(r, DYAD_EFORMAT, number, line, len, "not valid JSON (%s at column %d)",
                          jerr.text, jerr.column);
        int status = DYAD_OK;
        if (!json_is_object(obj)) {
            status = reject(r, DYAD_EFORMAT, number, line, len, "not a JSON object");
        } else {
            json_t *text = json_object_get(obj, "text");
            int bad = 0;
            if (!json_is_string(text)) {
                status = reject(r, DYAD_EFORMAT, number, line, len, "no \"text\" string field");
            } else {
                doc->line = number;
                doc->id = json_field(doc, obj, "id", &bad);
                doc->date = json_field(doc, obj, "date", &bad);
                doc->source = json_field(doc, obj, "source", &bad);
                doc->url = json_field(doc, obj, "url", &bad);
                doc->title = json_field(doc, obj, "title", &bad);
                if (!doc->id || !doc->date || !doc->source || !doc->url || !doc->title) status = DYAD_ENOMEM;
                else if (bad)
                    status = reject(r, DYAD_EFORMAT, number, line, len,
                                    "\"id\", \"date\", \"source\", \"url\" and \"title\" must be strings");
                else if (doc->date[0] && (strlen(doc->date) < 10 || !valid_date(doc->date)))
                    status = reject(r, DYAD_EFORMAT, number, line, len,
                                    "\"date\" must be YYYY-MM-DD, not \"%s\"", doc->date);
                else {
                    if (strlen(doc->date) > 10) doc->date = dyad_doc_strdup(doc, doc->date, 10);
                    if (!doc->id[0]) {
                        char id[64];
                        int n = snprintf(id, sizeof id, "line-%ld", number);
                        doc->id = dyad_doc_strdup(doc, id, (size_t)n);
                    }
                    /* Unknown fields travel on as meta. */
                    json_t *meta = json_object();
                    const char *key;
                    json_t *value;
                    json_object_foreach(obj, key, value) {
                        if (strcmp(key, "text") && strcmp(key, "id") && strcmp(key, "date") &&
                            strcmp(key, "source") && strcmp(key, "url") && strcmp(key, "title"))
                            json_object_set(meta, key, value);
                    }
                    if (meta && json_object_size(meta)) {
                        char *dump = json_dumps(meta, JSON_COMPACT);
                        if (dump) { doc->meta = dyad_doc_strdup(doc, dump, strlen(dump)); free(dump); }
                    }
                    json_decref(meta);
                    status = doc_append_text(doc, json_string_value(text), json_string_length(text));
                    if (status == DYAD_OK) {
                        status = finish_story(r, doc, 0);
                        if (status && status != DYAD_ENOMEM) {
                            /* finish_story kept the text; the record is the line */
                            keep_bytes(&r->rejected, &r->rejected_cap, &r->rejected_len, line, len);
                        }
                    }
                }
            }
        }
        json_decref(obj);
        return status;
    }
}

/* Reads one PETRARCH-2 XML record. */
static int next_petrxml_story(dyad_reader *r, dyad_doc *doc)
{
    int rc = petrxml_next(r->petrxml, doc);
    if (rc == DYAD_OK) {
        rc = finish_story(r, doc, 0);
        if (rc && rc != DYAD_ENOMEM) {
            /* finish_story kept the text; the record is the whole element */
            size_t len;
            const char *record = petrxml_record(r->petrxml, &len);
            if (keep_bytes(&r->rejected, &r->rejected_cap, &r->rejected_len, record, len))
                r->rejected_len = 0;
        }
        return rc;
    }
    if (rc == DYAD_DONE || rc == DYAD_ENOMEM) return rc;
    snprintf(r->error, sizeof r->error, "%s", petrxml_error(r->petrxml));
    if (rc == DYAD_EIO) return rc;
    size_t len;
    const char *record = petrxml_record(r->petrxml, &len);
    if (keep_bytes(&r->rejected, &r->rejected_cap, &r->rejected_len, record, len))
        r->rejected_len = 0;
    r->rejects++;
    return rc;
}

int dyad_reader_next(dyad_reader *r, dyad_doc *doc)
{
    r->error[0] = '\0';
    if (r->format == DYAD_FORMAT_CONLLU) {
        int rc = conllu_reader_next(r->conllu, doc, 1000);
        if (rc == DYAD_EFORMAT) {
            snprintf(r->error, sizeof r->error, "%s", conllu_reader_error(r->conllu));
            r->rejects++;
            r->rejected_len = 0;
        } else if (rc == DYAD_OK) {
            if (!doc->date[0] && r->options.default_date) doc->date = r->options.default_date;
            r->stories++;
        }
        return rc;
    }
    dyad_doc_reset(doc);
    doc->file = r->name;
    if (r->format == DYAD_FORMAT_JSONL) return next_jsonl_story(r, doc);
    if (r->format == DYAD_FORMAT_PETRXML) return next_petrxml_story(r, doc);
    return next_text_story(r, doc);
}
