/*
** event_jsonl.c — the event record as JSON Lines (../DESIGN.md).
**
** Writing is done by hand, field by field in the record's order, because
** it runs once per event on the hot path of `dyad code` and exports;
** reading uses jansson, since input lines are untrusted and jansson
** checks the JSON and its UTF-8 for us.
*/
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "out/event_jsonl.h"

/* Lines longer than this are rejected rather than parsed: no event record
** comes near it, and it bounds the memory one bad line can take. */
#define EVENT_LINE_MAX (16u << 20)

/* ---- writing ---------------------------------------------------- */

void event_jsonl_write_string(FILE *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    putc('"', out);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        unsigned char c = *p;
        switch (c) {
        case '"':  fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (c < 0x20) {
                fputs("\\u00", out);
                putc(hex[c >> 4], out);
                putc(hex[c & 15], out);
            } else {
                putc(c, out);
            }
        }
    }
    putc('"', out);
}

void event_jsonl_write_real(FILE *out, double x)
{
    if (!isfinite(x)) { fputs("null", out); return; }
    /* The shortest of %.15g / %.17g that reads back as the same double,
    ** so 0.87 stays "0.87"; a whole number keeps a ".0" as in DESIGN.md
    ** ("goldstein": -2.0) so readers see a real, not an integer. */
    char buf[40];
    snprintf(buf, sizeof buf, "%.15g", x);
    if (strtod(buf, NULL) != x) snprintf(buf, sizeof buf, "%.17g", x);
    fputs(buf, out);
    if (!strpbrk(buf, ".eEn")) fputs(".0", out);
}

static void write_offset(FILE *out, int32_t v)
{
    if (v < 0) fputs("null", out);
    else fprintf(out, "%ld", (long)v);
}

static void write_key(FILE *out, const char *key)
{
    fprintf(out, "\"%s\": ", key);
}

static void write_actor(FILE *out, const dyad_event_actor *a)
{
    fputs("{\"text\": ", out);      event_jsonl_write_string(out, a->text);
    fputs(", \"code\": ", out);     event_jsonl_write_string(out, a->code);
    fputs(", \"country\": ", out);  event_jsonl_write_string(out, a->country);
    fputs(", \"sector\": ", out);   event_jsonl_write_string(out, a->sector);
    fputs(", \"start\": ", out);    write_offset(out, a->start);
    fputs(", \"end\": ", out);      write_offset(out, a->end);
    putc('}', out);
}

int event_jsonl_write(FILE *out, const dyad_event *ev)
{
    fputs("{", out);
    write_key(out, "doc_id");       event_jsonl_write_string(out, ev->doc_id);
    fputs(", ", out); write_key(out, "sent");       write_offset(out, ev->sent);
    fputs(", ", out); write_key(out, "event_id");   event_jsonl_write_string(out, ev->event_id);
    fputs(", ", out); write_key(out, "date");       event_jsonl_write_string(out, ev->date);
    fputs(", ", out); write_key(out, "date_basis"); event_jsonl_write_string(out, ev->date_basis);
    fputs(", ", out); write_key(out, "source");     write_actor(out, &ev->source);
    fputs(", ", out); write_key(out, "target");     write_actor(out, &ev->target);
    fputs(", ", out); write_key(out, "cameo");      event_jsonl_write_string(out, ev->cameo);
    fputs(", ", out); write_key(out, "cameo_root"); event_jsonl_write_string(out, ev->cameo_root);
    fputs(", ", out); write_key(out, "plover");     event_jsonl_write_string(out, ev->plover);
    fputs(", ", out); write_key(out, "quad_class");
    if (ev->quad_class >= 1 && ev->quad_class <= 4) fprintf(out, "%d", ev->quad_class);
    else fputs("null", out);
    fputs(", ", out); write_key(out, "goldstein");  event_jsonl_write_real(out, ev->goldstein);
    fputs(", ", out); write_key(out, "verb");
    fputs("{\"text\": ", out);      event_jsonl_write_string(out, ev->verb.text);
    fputs(", \"lemma\": ", out);    event_jsonl_write_string(out, ev->verb.lemma);
    fputs(", \"start\": ", out);    write_offset(out, ev->verb.start);
    fputs(", \"end\": ", out);      write_offset(out, ev->verb.end);
    putc('}', out);
    fputs(", ", out); write_key(out, "negated");    fputs(ev->negated ? "true" : "false", out);
    fputs(", ", out); write_key(out, "modality");   event_jsonl_write_string(out, ev->modality);
    fputs(", ", out); write_key(out, "confidence"); event_jsonl_write_real(out, ev->confidence);
    fputs(", ", out); write_key(out, "location");
    fputs("{\"text\": ", out);      event_jsonl_write_string(out, ev->location.text);
    fputs(", \"name\": ", out);     event_jsonl_write_string(out, ev->location.name);
    fputs(", \"country\": ", out);  event_jsonl_write_string(out, ev->location.country);
    fputs(", \"lat\": ", out);      event_jsonl_write_real(out, ev->location.lat);
    fputs(", \"lon\": ", out);      event_jsonl_write_real(out, ev->location.lon);
    fputs(", \"id\": ", out);       event_jsonl_write_string(out, ev->location.id);
    putc('}', out);
    fputs(", ", out); write_key(out, "sentence");   event_jsonl_write_string(out, ev->sentence);
    fputs(", ", out); write_key(out, "why");        event_jsonl_write_string(out, ev->why);
    fputs(", ", out); write_key(out, "story");
    fputs("{\"source\": ", out);    event_jsonl_write_string(out, ev->story_source);
    fputs(", \"url\": ", out);      event_jsonl_write_string(out, ev->story_url);
    fputs("}}\n", out);
    return ferror(out) ? DYAD_EIO : DYAD_OK;
}

/* ---- parsing ---------------------------------------------------- */

typedef struct parse_ctx {
    char *err;
    size_t err_size;
    int failed;
} parse_ctx;

static void fail(parse_ctx *c, const char *fmt, ...)
{
    if (c->failed) return;          /* keep the first reason */
    c->failed = 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err, c->err_size, fmt, ap);
    va_end(ap);
}

/* A string field: missing or null reads as "". */
static const char *get_str(parse_ctx *c, json_t *obj, const char *where, const char *key)
{
    json_t *v = obj ? json_object_get(obj, key) : NULL;
    if (!v || json_is_null(v)) return "";
    if (!json_is_string(v)) { fail(c, "\"%s%s\" must be a string or null", where, key); return ""; }
    return json_string_value(v);
}

/* A byte offset or count: missing or null reads as -1. */
static int32_t get_offset(parse_ctx *c, json_t *obj, const char *where, const char *key)
{
    json_t *v = obj ? json_object_get(obj, key) : NULL;
    if (!v || json_is_null(v)) return -1;
    if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > INT32_MAX) {
        fail(c, "\"%s%s\" must be a whole number from 0 or null", where, key);
        return -1;
    }
    return (int32_t)json_integer_value(v);
}

/* A real in [lo, hi]: missing or null reads as NAN. */
static double get_real(parse_ctx *c, json_t *obj, const char *where, const char *key,
                       double lo, double hi)
{
    json_t *v = obj ? json_object_get(obj, key) : NULL;
    if (!v || json_is_null(v)) return NAN;
    if (!json_is_number(v)) { fail(c, "\"%s%s\" must be a number or null", where, key); return NAN; }
    double x = json_number_value(v);
    if (!(x >= lo && x <= hi)) { fail(c, "\"%s%s\" is %g, outside %g..%g", where, key, x, lo, hi); return NAN; }
    return x;
}

static json_t *get_object(parse_ctx *c, json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) return NULL;
    if (!json_is_object(v)) { fail(c, "\"%s\" must be an object or null", key); return NULL; }
    return v;
}

static void get_actor(parse_ctx *c, json_t *obj, const char *key, dyad_event_actor *a)
{
    json_t *o = get_object(c, obj, key);
    char where[16];
    snprintf(where, sizeof where, "%s.", key);
    a->text = get_str(c, o, where, "text");
    a->code = get_str(c, o, where, "code");
    a->country = get_str(c, o, where, "country");
    a->sector = get_str(c, o, where, "sector");
    a->start = get_offset(c, o, where, "start");
    a->end = get_offset(c, o, where, "end");
}

/* "" or a real calendar date YYYY-MM-DD. */
static int valid_date(const char *s)
{
    if (!*s) return 1;
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 0;
    return 1;
}

int event_jsonl_parse(const char *text, size_t len, dyad_event *ev,
                      void **holder, char *err, size_t err_size)
{
    parse_ctx c = { err, err_size, 0 };
    json_error_t jerr;
    *holder = NULL;
    if (err_size) err[0] = '\0';
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        fail(&c, "not JSON: %s (column %d)", jerr.text, jerr.column);
        return DYAD_EFORMAT;
    }
    if (!json_is_object(root)) {
        json_decref(root);
        fail(&c, "an event line must be a JSON object");
        return DYAD_EFORMAT;
    }
    dyad_event_init(ev);
    ev->doc_id = get_str(&c, root, "", "doc_id");
    ev->sent = get_offset(&c, root, "", "sent");
    ev->event_id = get_str(&c, root, "", "event_id");
    ev->date = get_str(&c, root, "", "date");
    ev->date_basis = get_str(&c, root, "", "date_basis");
    get_actor(&c, root, "source", &ev->source);
    get_actor(&c, root, "target", &ev->target);
    ev->cameo = get_str(&c, root, "", "cameo");
    ev->cameo_root = get_str(&c, root, "", "cameo_root");
    ev->plover = get_str(&c, root, "", "plover");
    json_t *q = json_object_get(root, "quad_class");
    if (q && !json_is_null(q)) {
        if (!json_is_integer(q) || json_integer_value(q) < 1 || json_integer_value(q) > 4)
            fail(&c, "\"quad_class\" must be 1, 2, 3, 4 or null");
        else
            ev->quad_class = (int)json_integer_value(q);
    }
    ev->goldstein = get_real(&c, root, "", "goldstein", -10.0, 10.0);
    json_t *verb = get_object(&c, root, "verb");
    ev->verb.text = get_str(&c, verb, "verb.", "text");
    ev->verb.lemma = get_str(&c, verb, "verb.", "lemma");
    ev->verb.start = get_offset(&c, verb, "verb.", "start");
    ev->verb.end = get_offset(&c, verb, "verb.", "end");
    json_t *neg = json_object_get(root, "negated");
    if (neg && !json_is_null(neg)) {
        if (!json_is_boolean(neg)) fail(&c, "\"negated\" must be true, false or null");
        else ev->negated = json_is_true(neg);
    }
    ev->modality = get_str(&c, root, "", "modality");
    ev->confidence = get_real(&c, root, "", "confidence", 0.0, 1.0);
    json_t *loc = get_object(&c, root, "location");
    ev->location.text = get_str(&c, loc, "location.", "text");
    ev->location.name = get_str(&c, loc, "location.", "name");
    ev->location.country = get_str(&c, loc, "location.", "country");
    ev->location.lat = get_real(&c, loc, "location.", "lat", -90.0, 90.0);
    ev->location.lon = get_real(&c, loc, "location.", "lon", -180.0, 180.0);
    ev->location.id = get_str(&c, loc, "location.", "id");
    ev->sentence = get_str(&c, root, "", "sentence");
    ev->why = get_str(&c, root, "", "why");
    json_t *story = get_object(&c, root, "story");
    ev->story_source = get_str(&c, story, "story.", "source");
    ev->story_url = get_str(&c, story, "story.", "url");

    if (!c.failed && !*ev->doc_id)
        fail(&c, "\"doc_id\" is missing or empty; every event needs its story's id");
    if (!c.failed && !valid_date(ev->date))
        fail(&c, "\"date\" is \"%s\", not a date YYYY-MM-DD", ev->date);
    if (c.failed) {
        json_decref(root);
        dyad_event_init(ev);
        return DYAD_EFORMAT;
    }
    *holder = root;
    return DYAD_OK;
}

void event_jsonl_release(void *holder)
{
    json_decref((json_t *)holder);
}

/* ---- the line reader -------------------------------------------- */

struct event_jsonl_reader {
    FILE *in;                /* borrowed */
    char *name;
    char *line;              /* getline's buffer */
    size_t line_cap, line_len;
    long line_no;
    size_t offset;
    void *holder;            /* the JSON value the last event points into */
    char error[512];
};

int event_jsonl_open(event_jsonl_reader **out, FILE *in, const char *name)
{
    *out = NULL;
    event_jsonl_reader *r = calloc(1, sizeof *r);
    if (!r) return DYAD_ENOMEM;
    r->in = in;
    r->name = strdup(name ? name : "-");
    if (!r->name) { free(r); return DYAD_ENOMEM; }
    *out = r;
    return DYAD_OK;
}

int event_jsonl_next(event_jsonl_reader *r, dyad_event *ev)
{
    event_jsonl_release(r->holder);
    r->holder = NULL;
    r->error[0] = '\0';
    for (;;) {
        errno = 0;
        ssize_t n = getline(&r->line, &r->line_cap, r->in);
        if (n < 0) {
            if (ferror(r->in)) {
                snprintf(r->error, sizeof r->error, "%s: read error: %s", r->name, strerror(errno));
                return DYAD_EIO;
            }
            r->line_len = 0;
            return DYAD_DONE;
        }
        r->line_no++;
        r->offset += (size_t)n;
        r->line_len = (size_t)n;
        size_t len = (size_t)n;
        while (len && (r->line[len - 1] == '\n' || r->line[len - 1] == '\r')) len--;
        size_t i = 0;
        while (i < len && (r->line[i] == ' ' || r->line[i] == '\t')) i++;
        if (i == len) continue;              /* blank line */
        if (len > EVENT_LINE_MAX) {
            snprintf(r->error, sizeof r->error, "%s:%ld: line of %zu bytes is over the %u-byte limit",
                     r->name, r->line_no, len, EVENT_LINE_MAX);
            return DYAD_EFORMAT;
        }
        if (memchr(r->line, '\0', len)) {
            snprintf(r->error, sizeof r->error, "%s:%ld: NUL byte in the line", r->name, r->line_no);
            return DYAD_EFORMAT;
        }
        char why[400];
        int rc = event_jsonl_parse(r->line, len, ev, &r->holder, why, sizeof why);
        if (rc != DYAD_OK) {
            snprintf(r->error, sizeof r->error, "%s:%ld: %s", r->name, r->line_no, why);
            return rc;
        }
        return DYAD_OK;
    }
}

const char *event_jsonl_error(const event_jsonl_reader *r) { return r->error; }

const char *event_jsonl_rejected(const event_jsonl_reader *r, size_t *len)
{
    *len = r->line_len;
    return r->line ? r->line : "";
}

long event_jsonl_line(const event_jsonl_reader *r) { return r->line_no; }
size_t event_jsonl_offset(const event_jsonl_reader *r) { return r->offset; }

void event_jsonl_close(event_jsonl_reader *r)
{
    if (!r) return;
    event_jsonl_release(r->holder);
    free(r->line);
    free(r->name);
    free(r);
}
