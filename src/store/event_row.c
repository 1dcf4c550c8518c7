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

static void put(event_row_buf *b, const char *s, size_t n);
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

static void put(event_row_buf *b, const char *s, size_t n) { event_row_put_raw(b, s, n); }

void event_row_put_string(event_row_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) s = "";
    size_t n = strlen(s);
    if (reserve(b, 2 + 6 * n)) return;    /* the worst case: every byte \u00XX */
    char *o = b->data + b->len;
    *o++ = '"';
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        /* Copy the run of bytes that need no escape in one go. */
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
    b->len = (size_t)(o - b->data);
}

static void put_int(event_row_buf *b, long v)
{
    if (v < 0) { put(b, "null", 4); return; }
    char tmp[24];
    int n = 0;
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    if (reserve(b, (size_t)n)) return;
    while (n) b->data[b->len++] = tmp[--n];
}

static void put_real(event_row_buf *b, double x)
{
    if (!isfinite(x)) { put(b, "null", 4); return; }
    /* Most values (Goldstein scores, confidences) have a few decimals:
    ** written by hand when that is exact, since snprintf and strtod cost
    ** more than the rest of the packing. */
    double scaled = x * 1000.0;
    if (fabs(x) < 1e9 && scaled == (double)(long long)scaled && (double)(long long)scaled / 1000.0 == x) {
        long long v = (long long)scaled;
        char tmp[40];
        int n = 0, neg = v < 0;
        unsigned long long u = neg ? (unsigned long long)(-v) : (unsigned long long)v;
        unsigned long long ip = u / 1000, fp = u % 1000;
        if (neg) tmp[n++] = '-';
        char digits[24];
        int d = 0;
        do { digits[d++] = (char)('0' + ip % 10); ip /= 10; } while (ip);
        while (d) tmp[n++] = digits[--d];
        if (fp) {
            tmp[n++] = '.';
            tmp[n++] = (char)('0' + fp / 100);
            if (fp % 100) {
                tmp[n++] = (char)('0' + fp / 10 % 10);
                if (fp % 10) tmp[n++] = (char)('0' + fp % 10);
            }
        }
        put(b, tmp, (size_t)n);
        return;
    }
    char tmp[40];
    int n = snprintf(tmp, sizeof tmp, "%.15g", x);
    if (strtod(tmp, NULL) != x) n = snprintf(tmp, sizeof tmp, "%.17g", x);
    put(b, tmp, (size_t)n);
}

int event_row_pack(event_row_buf *b, const dyad_event *ev, const char *date)
{
    b->len = 0;
    b->failed = 0;
    return event_row_append(b, ev, date);
}

int event_row_append(event_row_buf *b, const dyad_event *ev, const char *date)
{
    put(b, "[", 1);
    event_row_put_string(b, ev->event_id); put(b, ",", 1);
    put_int(b, ev->sent); put(b, ",", 1);
    event_row_put_string(b, date); put(b, ",", 1);
    event_row_put_string(b, ev->date_basis); put(b, ",", 1);
    const dyad_event_actor *a[2] = { &ev->source, &ev->target };
    for (int k = 0; k < 2; k++) {
        event_row_put_string(b, a[k]->text); put(b, ",", 1);
        event_row_put_string(b, a[k]->sector); put(b, ",", 1);
        put_int(b, a[k]->start); put(b, ",", 1);
        put_int(b, a[k]->end); put(b, ",", 1);
    }
    event_row_put_string(b, ev->cameo_root); put(b, ",", 1);
    event_row_put_string(b, ev->plover); put(b, ",", 1);
    event_row_put_string(b, ev->verb.text); put(b, ",", 1);
    event_row_put_string(b, ev->verb.lemma); put(b, ",", 1);
    put_int(b, ev->verb.start); put(b, ",", 1);
    put_int(b, ev->verb.end); put(b, ",", 1);
    put(b, ev->negated ? "1," : "0,", 2);
    event_row_put_string(b, ev->modality); put(b, ",", 1);
    put_real(b, ev->confidence); put(b, ",", 1);
    event_row_put_string(b, ev->location.text); put(b, ",", 1);
    event_row_put_string(b, ev->location.name); put(b, ",", 1);
    event_row_put_string(b, ev->location.country); put(b, ",", 1);
    put_real(b, ev->location.lat); put(b, ",", 1);
    put_real(b, ev->location.lon); put(b, ",", 1);
    event_row_put_string(b, ev->location.id); put(b, ",", 1);
    event_row_put_string(b, ev->why); put(b, ",", 1);
    event_row_put_string(b, ev->source.code); put(b, ",", 1);
    event_row_put_string(b, ev->source.country); put(b, ",", 1);
    event_row_put_string(b, ev->target.code); put(b, ",", 1);
    event_row_put_string(b, ev->target.country); put(b, ",", 1);
    event_row_put_string(b, ev->cameo); put(b, ",", 1);
    put_int(b, ev->quad_class >= 1 && ev->quad_class <= 4 ? ev->quad_class : -1); put(b, ",", 1);
    put_real(b, ev->goldstein);
    put(b, "]", 1);
    return b->failed ? -1 : 0;
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
