/*
** source_read.c — TSV lines, dates and diagnostics for the lexicon sources.
*/
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "dyad.h"
#include "lex/source_read.h"

int lex_diags_add(lex_diags *d, int level, const char *file, long line,
                  const char *fmt, ...)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 32;
        char **msgs = realloc(d->msgs, cap * sizeof *msgs);
        if (!msgs) return DYAD_ENOMEM;
        d->msgs = msgs;
        unsigned char *lv = realloc(d->level, cap);
        if (!lv) return DYAD_ENOMEM;
        d->level = lv;
        d->cap = cap;
    }
    char head[512] = "";
    if (file && line > 0) snprintf(head, sizeof head, "%s:%ld: ", file, line);
    else if (file) snprintf(head, sizeof head, "%s: ", file);
    char body[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    size_t n = strlen(head) + strlen(body) + 1;
    char *msg = malloc(n);
    if (!msg) return DYAD_ENOMEM;
    snprintf(msg, n, "%s%s", head, body);
    d->msgs[d->n] = msg;
    d->level[d->n] = (unsigned char)level;
    d->n++;
    if (level == LEX_ERROR) d->errors++;
    else if (level == LEX_WARNING) d->warnings++;
    return DYAD_OK;
}

void lex_diags_free(lex_diags *d)
{
    for (size_t i = 0; i < d->n; i++) free(d->msgs[i]);
    free(d->msgs);
    free(d->level);
    memset(d, 0, sizeof *d);
}

int tsv_open(tsv_reader *r, const char *path)
{
    memset(r, 0, sizeof *r);
    r->path = path;
    r->file = fopen(path, "rb");
    return r->file ? DYAD_OK : DYAD_EIO;
}

int tsv_next(tsv_reader *r)
{
    for (;;) {
        ssize_t got = getline(&r->buf, &r->cap, r->file);
        if (got < 0) return ferror(r->file) ? DYAD_EIO : DYAD_DONE;
        r->line++;
        size_t len = (size_t)got;
        while (len && (r->buf[len - 1] == '\n' || r->buf[len - 1] == '\r')) r->buf[--len] = '\0';
        if (len == 0 || r->buf[0] == '#') continue;
        size_t blank = 0;
        while (blank < len && (r->buf[blank] == ' ' || r->buf[blank] == '\t')) blank++;
        if (blank == len) continue;
        if (memchr(r->buf, '\0', len) ||
            utf8proc_decompose((const utf8proc_uint8_t *)r->buf, (utf8proc_ssize_t)len,
                               NULL, 0, 0) < 0)
            return DYAD_EUTF8;
        r->n_fields = 0;
        char *p = r->buf;
        for (;;) {
            char *tab = strchr(p, '\t');
            if (r->n_fields < TSV_FIELDS_MAX) r->fields[r->n_fields] = p;
            r->n_fields++;
            if (!tab) break;
            *tab = '\0';
            p = tab + 1;
        }
        return DYAD_OK;
    }
}

void tsv_close(tsv_reader *r)
{
    if (r->file) fclose(r->file);
    free(r->buf);
    memset(r, 0, sizeof *r);
}

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++) if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

int lex_parse_date(const char *s, int is_end, int32_t *out)
{
    size_t n = strlen(s);
    if (n && s[n - 1] == '~') n--;
    *out = 0;
    if (n == 0) return 0;
    int y, m = is_end ? 12 : 1, d = is_end ? 31 : 1;
    if (n < 4 || !digits(s, 4)) return -1;
    y = atoi(s);
    if (n >= 7) {
        if (s[4] != '-' || !digits(s + 5, 2)) return -1;
        m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1 || m > 12) return -1;
        if (is_end) {
            static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
            d = days[m - 1];
        }
    }
    if (n == 10) {
        if (s[7] != '-' || !digits(s + 8, 2)) return -1;
        d = (s[8] - '0') * 10 + (s[9] - '0');
        if (d < 1 || d > 31) return -1;
    } else if (n != 4 && n != 7) {
        return -1;
    }
    *out = y * 10000 + m * 100 + d;
    return 0;
}

int lex_date_precision(const char *s)
{
    size_t n = strlen(s);
    int unsure = n && s[n - 1] == '~';
    n -= (size_t)unsure;
    int p = n >= 10 ? LEX_DAY : n >= 7 ? LEX_MONTH : LEX_YEAR;
    return p + unsure > LEX_YEAR ? LEX_YEAR : p + unsure;
}

int32_t lex_date_earliest(int32_t date, int precision)
{
    if (precision == LEX_MONTH) return date / 100 * 100 + 1;
    if (precision == LEX_YEAR) return date / 10000 * 10000 + 101;
    return date;
}

int32_t lex_date_latest(int32_t date, int precision)
{
    if (precision == LEX_MONTH) return date / 100 * 100 + 31;
    if (precision == LEX_YEAR) return date / 10000 * 10000 + 1231;
    return date;
}

size_t lex_split_names(char *field, char **names, size_t max)
{
    size_t n = 0;
    char *p = field;
    for (;;) {
        char *bar = strchr(p, '|');
        if (bar) *bar = '\0';
        while (*p == ' ') p++;
        size_t len = strlen(p);
        while (len && p[len - 1] == ' ') p[--len] = '\0';
        if (len && n < max) names[n++] = p;
        if (!bar) break;
        p = bar + 1;
    }
    return n;
}
