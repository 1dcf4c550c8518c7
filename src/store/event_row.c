/*
** event_row.c — packing an event's record into a JSON array and back
** (event_row.h).  Packing runs once per stored event, so it appends
** to a buffer by hand instead of going through stdio.
*/
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store/event_row.h"

static int reserve(event_row_buf *b, size_t more)
{
    if (b->failed) return -1;
    if (b->len + more <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) { b->failed = 1; return -1; }
    b->data = d;
    b->cap = cap;
    return 0;
}

void event_row_put_raw(event_row_buf *b, const char *s, size_t n)
{
    if (reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}


/* The writers below put one value at o, in room the caller reserved,
** and return the end: the record is sized once and written straight. */

static char *w_str(char *o, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    *o++ = '"';
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        /* Copy the run of bytes that need no escape in one go (a scan
        ** eight bytes at a time was no quicker: most fields are short). */
        const unsigned char *q = p;
        while (q < end && *q >= 0x20 && *q != '"' && *q != '\\') q++;
        memcpy(o, p, (size_t)(q - p));
        o += q - p;
        if (q == end) break;
        unsigned char c = *q;
        if (c == '"' || c == '\\') { *o++ = '\\'; *o++ = (char)c; }
        else {
            *o++ = '\\'; *o++ = 'u'; *o++ = '0'; *o++ = '0';
            *o++ = hex[c >> 4]; *o++ = hex[c & 15];
        }
        p = q + 1;
    }
    *o++ = '"';
    return o;
}

/* The most bytes w_str writes for n bytes: every byte as \u00XX. */
#define STR_ROOM(n) (2 + 6 * (n))
#define NUM_ROOM 32

static char *w_uint(char *o, unsigned long long v)
{
    char tmp[24];
    int n = 0;
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) *o++ = tmp[--n];
    return o;
}

static char *w_int(char *o, long v)
{
    if (v < 0) { memcpy(o, "null", 4); return o + 4; }
    return w_uint(o, (unsigned long long)v);
}

static char *w_real(char *o, double x)
{
    if (!isfinite(x)) { memcpy(o, "null", 4); return o + 4; }
    /* Most values (Goldstein scores, confidences) have a few decimals:
    ** written by hand when that is exact, since snprintf and strtod cost
    ** more than the rest of the packing. */
    double scaled = x * 1000.0;
    if (fabs(x) < 1e9 && scaled == (double)(long long)scaled && (double)(long long)scaled / 1000.0 == x) {
        long long v = (long long)scaled;
        unsigned long long u = v < 0 ? (unsigned long long)(-v) : (unsigned long long)v;
        unsigned long long fp = u % 1000;
        if (v < 0) *o++ = '-';
        o = w_uint(o, u / 1000);
        if (fp) {
            *o++ = '.';
            *o++ = (char)('0' + fp / 100);
            if (fp % 100) {
                *o++ = (char)('0' + fp / 10 % 10);
                if (fp % 10) *o++ = (char)('0' + fp % 10);
            }
        }
        return o;
    }
    char tmp[40];
    int n = snprintf(tmp, sizeof tmp, "%.15g", x);
    if (strtod(tmp, NULL) != x) n = snprintf(tmp, sizeof tmp, "%.17g", x);
    memcpy(o, tmp, (size_t)n);
    return o + n;
}

void event_row_put_string(event_row_buf *b, const char *s)
{
    if (!s) s = "";
    size_t n = strlen(s);
    if (reserve(b, STR_ROOM(n))) return;
    b->len = (size_t)(w_str(b->data + b->len, s, n) - b->data);
}

int event_row_pack(event_row_buf *b, const dyad_event *ev, const char *date)
{
    b->len = 0;
    b->failed = 0;
    return event_row_append(b, ev, date);
}

/* w_str for a NUL-terminated s, found as it is copied, so no strlen
** first (22 of them per event were 3% of an insert).  Returns NULL when
** the room up to lim would not hold it, escapes, quotes and a comma
** after it included. */
static char *w_cstr(char *o, const char *lim, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    *o++ = '"';
    for (const unsigned char *p = (const unsigned char *)s;; p++) {
        unsigned char c = *p;
        if (lim - o < 8) return NULL;
        if (c >= 0x20 && c != '"' && c != '\\') { *o++ = (char)c; continue; }
        if (!c) break;
        if (c == '"' || c == '\\') { *o++ = '\\'; *o++ = (char)c; }
        else {
            *o++ = '\\'; *o++ = 'u'; *o++ = '0'; *o++ = '0';
            *o++ = hex[c >> 4]; *o++ = hex[c & 15];
        }
    }
    *o++ = '"';
    return o;
}

/* Writes the record at o, or returns NULL when it would pass lim. */
static char *pack_fields(char *o, const char *lim, const dyad_event *ev, const char *const *str)
{
#define S(i) do { if (!(o = w_cstr(o, lim, str[i]))) return NULL; *o++ = ','; } while (0)
#define ROOM() do { if (lim - o < NUM_ROOM + 2) return NULL; } while (0)
#define I(v) do { ROOM(); o = w_int(o, (v)); *o++ = ','; } while (0)
#define R(v) do { ROOM(); o = w_real(o, (v)); *o++ = ','; } while (0)
    if (lim - o < 8) return NULL;
    *o++ = '[';
    S(0); I(ev->sent); S(1); S(2);
    S(3); S(4); I(ev->source.start); I(ev->source.end);
    S(5); S(6); I(ev->target.start); I(ev->target.end);
    S(7); S(8); S(9); S(10); I(ev->verb.start); I(ev->verb.end);
    ROOM();
    *o++ = ev->negated ? '1' : '0'; *o++ = ',';
    S(11); R(ev->confidence);
    S(12); S(13); S(14); R(ev->location.lat); R(ev->location.lon); S(15); S(16);
    S(17); S(18); S(19); S(20); S(21);
    I(ev->quad_class >= 1 && ev->quad_class <= 4 ? ev->quad_class : -1);
    ROOM();
    o = w_real(o, ev->goldstein);
    *o++ = ']';
#undef S
#undef ROOM
#undef I
#undef R
    return o;
}

int event_row_append(event_row_buf *b, const dyad_event *ev, const char *date)
{
    /* The string fields in record order, with a NULL where numbers go. */
    enum { N_STR = 22 };
    const char *str[N_STR] = { ev->event_id, date, ev->date_basis,
        ev->source.text, ev->source.sector, ev->target.text, ev->target.sector,
        ev->cameo_root, ev->plover, ev->verb.text, ev->verb.lemma, ev->modality,
        ev->location.text, ev->location.name, ev->location.country, ev->location.id, ev->why,
        ev->source.code, ev->source.country, ev->target.code, ev->target.country, ev->cameo };
    for (int i = 0; i < N_STR; i++)
        if (!str[i]) str[i] = "";
    /* Written straight into the room the buffer has (most records fit in
    ** 1 KiB); when it runs out, the record is sized exactly and written
    ** again. */
    if (reserve(b, 1024)) return -1;
    char *o = pack_fields(b->data + b->len, b->data + b->cap, ev, str);
    if (!o) {
        size_t room = 8 + EVENT_ROW_N + 16 * (NUM_ROOM + 2);
        for (int i = 0; i < N_STR; i++) room += STR_ROOM(strlen(str[i])) + 8;
        if (reserve(b, room)) return -1;
        o = pack_fields(b->data + b->len, b->data + b->cap, ev, str);
        if (!o) { b->failed = 1; return -1; }
    }
    b->len = (size_t)(o - b->data);
    return 0;
}

static const char *str_at(json_t *a, size_t i)
{
    const char *s = json_string_value(json_array_get(a, i));
    return s ? s : "";
}

static int32_t int_at(json_t *a, size_t i)
{
    json_t *v = json_array_get(a, i);
    if (!json_is_integer(v)) return -1;
    json_int_t x = json_integer_value(v);
    return x < 0 || x > INT32_MAX ? -1 : (int32_t)x;
}

static double real_at(json_t *a, size_t i)
{
    json_t *v = json_array_get(a, i);
    return json_is_number(v) ? json_number_value(v) : NAN;
}

/* Fills ev from one packed event (an array of EVENT_ROW_N fields). */
static int fill_from(json_t *a, dyad_event *ev)
{
    if (!json_is_array(a) || json_array_size(a) != EVENT_ROW_N) return DYAD_EFORMAT;
    ev->event_id = str_at(a, 0);
    ev->sent = int_at(a, 1);
    ev->date = str_at(a, 2);
    ev->date_basis = str_at(a, 3);
    dyad_event_actor *act[2] = { &ev->source, &ev->target };
    for (size_t k = 0; k < 2; k++) {
        act[k]->text = str_at(a, 4 + 4 * k);
        act[k]->sector = str_at(a, 5 + 4 * k);
        act[k]->start = int_at(a, 6 + 4 * k);
        act[k]->end = int_at(a, 7 + 4 * k);
        act[k]->code = str_at(a, 28 + 2 * k);
        act[k]->country = str_at(a, 29 + 2 * k);
    }
    ev->cameo_root = str_at(a, 12);
    ev->plover = str_at(a, 13);
    ev->verb.text = str_at(a, 14);
    ev->verb.lemma = str_at(a, 15);
    ev->verb.start = int_at(a, 16);
    ev->verb.end = int_at(a, 17);
    ev->negated = int_at(a, 18) == 1;
    ev->modality = str_at(a, 19);
    ev->confidence = real_at(a, 20);
    ev->location.text = str_at(a, 21);
    ev->location.name = str_at(a, 22);
    ev->location.country = str_at(a, 23);
    ev->location.lat = real_at(a, 24);
    ev->location.lon = real_at(a, 25);
    ev->location.id = str_at(a, 26);
    ev->why = str_at(a, 27);
    ev->cameo = str_at(a, 32);
    int quad = int_at(a, 33);
    ev->quad_class = quad >= 1 && quad <= 4 ? quad : 0;
    ev->goldstein = real_at(a, 34);
    return DYAD_OK;
}

int event_row_unpack(const char *rec, size_t len, dyad_event *ev, void **holder)
{
    *holder = NULL;
    json_t *a = json_loadb(rec, len, 0, NULL);
    if (fill_from(a, ev) != DYAD_OK) {
        json_decref(a);
        return DYAD_EFORMAT;
    }
    *holder = a;
    return DYAD_OK;
}

int event_row_parse_list(const char *json, size_t len, void **holder, size_t *n)
{
    *holder = NULL;
    *n = 0;
    json_t *a = json_loadb(json, len, 0, NULL);
    if (!json_is_array(a)) {
        json_decref(a);
        return DYAD_EFORMAT;
    }
    *holder = a;
    *n = json_array_size(a);
    return DYAD_OK;
}

int event_row_fill(void *holder, size_t k, dyad_event *ev)
{
    return fill_from(json_array_get((json_t *)holder, k), ev);
}

void event_row_release(void *holder)
{
    json_decref((json_t *)holder);
}
