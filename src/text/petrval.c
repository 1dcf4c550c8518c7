/*
** petrval.c — reading PETRARCH-2 validation records (petrval.h): a
** tolerant scan for <Include>, <Sentence>, <EventCoding> and <Text>, as
** petrxml.c is, since these files are XML in shape only.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "text/petrval.h"
#include "text/petrxml.h"

typedef struct scan {
    const char *s, *end;
    const char *line_at;     /* lines are counted up to here */
    long line;
    char *err;
    size_t err_len;
} scan;

static long line_of(scan *c, const char *at)
{
    for (; c->line_at < at; c->line_at++) if (*c->line_at == '\n') c->line++;
    return c->line;
}

static int fail(scan *c, const char *at, const char *why)
{
    if (c->err && c->err_len) snprintf(c->err, c->err_len, "%ld: %s", line_of(c, at), why);
    return DYAD_EFORMAT;
}

static const char *find(const char *s, const char *end, const char *needle)
{
    size_t n = strlen(needle);
    for (; s + n <= end; s++)
        if (*s == *needle && !memcmp(s, needle, n)) return s;
    return NULL;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* Is the element at p named `name` (followed by a space, '>' or '/')? */
static int element_is(const char *p, const char *end, const char *name)
{
    size_t n = strlen(name);
    if ((size_t)(end - p) < n + 2 || p[0] != '<' || memcmp(p + 1, name, n)) return 0;
    char c = p[1 + n];
    return c == '>' || c == '/' || isspace((unsigned char)c);
}

typedef struct attr { const char *name, *value; size_t name_len, value_len; } attr;

/* Reads the attributes of the tag at p (up to its '>') into a[max];
** "name = 'value'" with either quote and spaces around '='.  Returns the
** count, and *after points past the '>'; -1 when the tag never closes. */
static int attributes(const char *p, const char *end, attr *a, int max, const char **after)
{
    int n = 0;
    p++;
    while (p < end && !isspace((unsigned char)*p) && *p != '>' && *p != '/') p++;
    for (;;) {
        while (p < end && (isspace((unsigned char)*p) || *p == '/')) p++;
        if (p >= end) return -1;
        if (*p == '>') { *after = p + 1; return n; }
        const char *name = p;
        while (p < end && !isspace((unsigned char)*p) && *p != '=' && *p != '>') p++;
        size_t name_len = (size_t)(p - name);
        while (p < end && isspace((unsigned char)*p)) p++;
        if (p >= end) return -1;
        if (*p != '=') { if (name_len == 0) p++; continue; }
        p++;
        while (p < end && isspace((unsigned char)*p)) p++;
        if (p >= end) return -1;
        const char *value;
        size_t value_len;
        if (*p == '"' || *p == '\'') {
            char q = *p++;
            value = p;
            while (p < end && *p != q) p++;
            if (p >= end) return -1;
            value_len = (size_t)(p - value);
            p++;
        } else {
            value = p;
            while (p < end && !isspace((unsigned char)*p) && *p != '>') p++;
            value_len = (size_t)(p - value);
        }
        if (n < max) a[n++] = (attr){ name, value, name_len, value_len };
    }
}

static const attr *get(const attr *a, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (a[i].name_len == strlen(name) && !memcmp(a[i].name, name, a[i].name_len)) return &a[i];
    return NULL;
}

static int value_is(const attr *v, const char *s)
{
    if (!v || v->value_len != strlen(s)) return 0;
    for (size_t i = 0; i < v->value_len; i++)
        if (tolower((unsigned char)v->value[i]) != tolower((unsigned char)s[i])) return 0;
    return 1;
}

static char *value_dup(const attr *v)
{
    return v ? dup_n(v->value, v->value_len) : dup_n("", 0);
}

/* The text between <Text> and </Text>: decoded, whitespace runs made one
** space, trimmed. */
static int take_text(scan *c, const char *s, const char *e, petrval_record *r)
{
    size_t len = (size_t)(e - s), out_len, bad;
    const char *why;
    char *buf = malloc(len + 1);
    if (!buf) return DYAD_ENOMEM;
    if (petrxml_decode(s, len, buf, &out_len, &bad, &why)) {
        free(buf);
        return fail(c, s + bad, why);
    }
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < out_len; i++) {
        if (isspace((unsigned char)buf[i])) { space = o > 0; continue; }
        if (space) { buf[o++] = ' '; space = 0; }
        buf[o++] = buf[i];
    }
    buf[o] = '\0';
    free(r->text);
    r->text = buf;
    return DYAD_OK;
}

static int add_coding(petrval_record *r, const attr *a, int n)
{
    const attr *ne = get(a, n, "noevents"), *er = get(a, n, "error");
    if (ne && value_is(ne, "true")) r->noevents = 1;
    if (er && !r->error && !(r->error = value_dup(er))) return DYAD_ENOMEM;
    const attr *ev = get(a, n, "eventcode");
    if (!ev) return DYAD_OK;
    petrval_coding *grown = realloc(r->codings, (r->n_codings + 1) * sizeof *grown);
    if (!grown) return DYAD_ENOMEM;
    r->codings = grown;
    petrval_coding *k = &r->codings[r->n_codings];
    k->source = value_dup(get(a, n, "sourcecode"));
    k->target = value_dup(get(a, n, "targetcode"));
    k->event = value_dup(ev);
    r->n_codings++;
    return k->source && k->target && k->event ? DYAD_OK : DYAD_ENOMEM;
}

static void record_free(petrval_record *r)
{
    free(r->id);
    free(r->category);
    free(r->text);
    free(r->error);
    for (size_t i = 0; i < r->n_codings; i++) {
        free(r->codings[i].source);
        free(r->codings[i].target);
        free(r->codings[i].event);
    }
    free(r->codings);
}

/* One <Sentence> whose start tag has been read; p is past it. */
static int read_sentence(scan *c, const attr *a, int n, const char *p, const char **after,
                         petrval_record *r)
{
    memset(r, 0, sizeof *r);
    r->id = value_dup(get(a, n, "id"));
    r->category = value_dup(get(a, n, "category"));
    if (!r->id || !r->category) return DYAD_ENOMEM;
    r->sentence_false = value_is(get(a, n, "sentence"), "false");
    const attr *d = get(a, n, "date");
    if (d && d->value_len == 8) {
        snprintf(r->date, sizeof r->date, "%.4s-%.2s-%.2s", d->value, d->value + 4, d->value + 6);
        for (int i = 0; i < 10; i++)
            if (i != 4 && i != 7 && !isdigit((unsigned char)r->date[i])) r->date[0] = '\0';
    }
    const char *close = find(p, c->end, "</Sentence>");
    if (!close) return fail(c, p, "<Sentence> is never closed");
    while (p < close) {
        const char *lt = memchr(p, '<', (size_t)(close - p));
        if (!lt) break;
        if (!strncmp(lt, "<!--", 4)) {
            const char *e = find(lt + 4, close, "-->");
            if (!e) return fail(c, lt, "comment is never closed");
            p = e + 3;
        } else if (element_is(lt, close, "EventCoding")) {
            attr ka[16];
            int kn = attributes(lt, close, ka, 16, &p);
            if (kn < 0) return fail(c, lt, "<EventCoding> tag is never closed");
            int st = add_coding(r, ka, kn);
            if (st) return st;
        } else if (element_is(lt, close, "Text")) {
            const char *s = memchr(lt, '>', (size_t)(close - lt));
            const char *e = s ? find(s, close, "</Text>") : NULL;
            if (!e) return fail(c, lt, "<Text> is never closed");
            int st = take_text(c, s + 1, e, r);
            if (st) return st;
            p = e + 7;
        } else {
            p = lt + 1;
        }
    }
    if (!r->text && !(r->text = dup_n("", 0))) return DYAD_ENOMEM;
    *after = close + 11;
    return DYAD_OK;
}

/* Is the category one of the <Include> list's words? */
static int included(const char *include, const char *category)
{
    if (!include) return 1;
    size_t n = strlen(category);
    for (const char *p = include; *p;) {
        while (*p && isspace((unsigned char)*p)) p++;
        size_t w = 0;
        while (p[w] && !isspace((unsigned char)p[w])) w++;
        if (w && w == n && !memcmp(p, category, n)) return 1;
        p += w;
    }
    return 0;
}

/* The field an <Environment> element sets, or NULL when it is not one. */
static char **setting(const char *p, const char *end, petrval_file *f)
{
    if (element_is(p, end, "Include")) return &f->include;
    if (element_is(p, end, "Verbfile")) return &f->verbfile;
    if (element_is(p, end, "Actorfile")) return &f->actorfile;
    if (element_is(p, end, "Agentfile")) return &f->agentfile;
    if (element_is(p, end, "Discardfile")) return &f->discardfile;
    return NULL;
}

static char *trimmed(const char *s, const char *e)
{
    while (s < e && isspace((unsigned char)*s)) s++;
    while (e > s && isspace((unsigned char)e[-1])) e--;
    return dup_n(s, (size_t)(e - s));
}

int petrval_parse(const char *s, size_t len, petrval_file *out, char *err, size_t err_len)
{
    memset(out, 0, sizeof *out);
    scan c = { s, s + len, s, 1, err, err_len };
    size_t cap = 0;
    int st = DYAD_OK;
    const char *p = s;
    while (st == DYAD_OK && p < c.end) {
        const char *lt = memchr(p, '<', (size_t)(c.end - p));
        if (!lt) break;
        if (!strncmp(lt, "<!--", 4)) {
            const char *e = find(lt + 4, c.end, "-->");
            if (!e) { st = fail(&c, lt, "comment is never closed"); break; }
            p = e + 3;
        } else if (setting(lt, c.end, out)) {
            const char *s0 = memchr(lt, '>', (size_t)(c.end - lt));
            char close[32];
            snprintf(close, sizeof close, "</%.*s>", (int)(s0 ? s0 - lt - 1 : 0), lt + 1);
            const char *e = s0 ? find(s0, c.end, close) : NULL;
            if (!e) { st = fail(&c, lt, "an <Environment> setting is never closed"); break; }
            char **slot = setting(lt, c.end, out);
            free(*slot);
            if (!(*slot = trimmed(s0 + 1, e))) st = DYAD_ENOMEM;
            p = e + strlen(close);
        } else if (element_is(lt, c.end, "Sentence")) {
            attr a[16];
            const char *body;
            int n = attributes(lt, c.end, a, 16, &body);
            if (n < 0) { st = fail(&c, lt, "<Sentence> tag is never closed"); break; }
            if (out->n == cap) {
                size_t cap2 = cap ? cap * 2 : 64;
                petrval_record *grown = realloc(out->records, cap2 * sizeof *grown);
                if (!grown) { st = DYAD_ENOMEM; break; }
                out->records = grown;
                cap = cap2;
            }
            petrval_record *r = &out->records[out->n++];
            long line = line_of(&c, lt);
            st = read_sentence(&c, a, n, body, &p, r);
            r->line = line;
        } else {
            p = lt + 1;
        }
    }
    for (size_t i = 0; i < out->n; i++) {
        petrval_record *r = &out->records[i];
        r->included = !r->sentence_false && r->category && included(out->include, r->category);
    }
    if (st != DYAD_OK) petrval_free(out);
    return st;
}

int petrval_read(const char *path, petrval_file *out, char *err, size_t err_len)
{
    memset(out, 0, sizeof *out);
    FILE *in = fopen(path, "rb");
    if (!in) return DYAD_EIO;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int st = DYAD_OK;
    for (;;) {
        if (len + 65536 > cap) {
            size_t cap2 = cap ? cap * 2 : 1 << 18;
            char *grown = realloc(buf, cap2);
            if (!grown) { st = DYAD_ENOMEM; break; }
            buf = grown;
            cap = cap2;
        }
        size_t got = fread(buf + len, 1, cap - len, in);
        len += got;
        if (got == 0) break;
    }
    if (st == DYAD_OK && ferror(in)) st = DYAD_EIO;
    fclose(in);
    if (st == DYAD_OK) st = petrval_parse(buf, len, out, err, err_len);
    free(buf);
    return st;
}

void petrval_free(petrval_file *f)
{
    for (size_t i = 0; i < f->n; i++) record_free(&f->records[i]);
    free(f->records);
    free(f->include);
    free(f->verbfile);
    free(f->actorfile);
    free(f->agentfile);
    free(f->discardfile);
    memset(f, 0, sizeof *f);
}
