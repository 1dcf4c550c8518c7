/*
** when.c — event dates (when.h).
*/
#include <string.h>
#include <strings.h>
#include "when/when.h"

/* Howard Hinnant's civil-calendar conversions, valid for all dates here. */
static int32_t days_from_civil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

static void civil_from_days(int32_t z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = (int)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (*m <= 2);
}

static int days_in_month(int y, unsigned m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

int32_t when_parse_date(const char *s)
{
    if (!s || strlen(s) < 10) return INT32_MIN;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) { if (s[i] != '-') return INT32_MIN; }
        else if (s[i] < '0' || s[i] > '9') return INT32_MIN;
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    if (m < 1 || m > 12 || d < 1 || (int)d > days_in_month(y, m)) return INT32_MIN;
    return days_from_civil(y, m, d);
}

void when_format_date(int32_t days, char out[11])
{
    int y;
    unsigned m, d;
    civil_from_days(days, &y, &m, &d);
    /* Digits by hand: the years here are 0..9999, and printf cannot be
    ** told so. */
    unsigned yy = (unsigned)(y < 0 ? 0 : y % 10000);
    out[0] = (char)('0' + yy / 1000); out[1] = (char)('0' + yy / 100 % 10);
    out[2] = (char)('0' + yy / 10 % 10); out[3] = (char)('0' + yy % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10); out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10); out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

/* 0 = Monday ... 6 = Sunday; 1970-01-01 was a Thursday. */
static int weekday_of(int32_t days)
{
    int w = (int)((days + 3) % 7);
    return w < 0 ? w + 7 : w;
}

static int word_is(const dyad_token *t, const char *w)
{
    return strcasecmp(t->form, w) == 0;
}

static int weekday_name(const dyad_token *t)
{
    static const char *const names[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday" };
    for (int i = 0; i < 7; i++)
        if (!strcmp(t->form, names[i])) return i;
    return -1;
}

/* 1..12 for a month name or its abbreviation ("Feb." "Sept"), else 0. */
static int month_name(const dyad_token *t)
{
    static const char *const names[] = { "January", "February", "March", "April", "May", "June",
                                         "July", "August", "September", "October", "November",
                                         "December" };
    char word[16];
    size_t n = strlen(t->form);
    if (n == 0 || n >= sizeof word) return 0;
    memcpy(word, t->form, n + 1);
    if (word[n - 1] == '.') word[--n] = '\0';
    for (int i = 0; i < 12; i++) {
        if (!strcmp(word, names[i])) return i + 1;
        /* abbreviations of three or four letters, capitalised ("Sept");
        ** "May" is whole already, and "Mar"/"Jun" need their period to
        ** be told from names */
        if (n >= 3 && n <= 4 && !strncmp(word, names[i], n) && i != 4 &&
            (t->form[n] == '.' || (i != 2 && i != 5)))
            return i + 1;
    }
    return 0;
}

/* A day of the month: a number 1..31, optionally "24th". */
static int day_number(const dyad_token *t)
{
    const char *s = t->form;
    int d = 0, digits = 0;
    while (*s >= '0' && *s <= '9' && digits < 3) { d = d * 10 + (*s - '0'); s++; digits++; }
    if (!digits || d < 1 || d > 31) return 0;
    if (*s && strcmp(s, "st") && strcmp(s, "nd") && strcmp(s, "rd") && strcmp(s, "th")) return 0;
    return d;
}

static int looks_ahead(const dyad_doc *doc, const dyad_sentence *s)
{
    for (uint32_t k = 0; k < s->count; k++) {
        const dyad_token *t = &doc->tokens[s->first + k];
        if (word_is(t, "will") || word_is(t, "'ll") || word_is(t, "shall") || word_is(t, "tomorrow") ||
            (word_is(t, "next") && k + 1 < s->count))
            return 1;
    }
    return 0;
}

static void set(event_date *out, int32_t days, const char *basis, uint32_t first, uint32_t count)
{
    when_format_date(days, out->date);
    out->basis = basis;
    out->first = first;
    out->count = count;
}

int when_resolve(const char *story_date, const dyad_doc *doc, size_t sent, event_date *out)
{
    memset(out, 0, sizeof *out);
    out->basis = "none";
    if (!story_date || !story_date[0]) return DYAD_OK;
    int32_t today = when_parse_date(story_date);
    if (today == INT32_MIN) return DYAD_EINVAL;
    set(out, today, "story", 0, 0);
    if (sent >= doc->n_sents) return DYAD_OK;
    const dyad_sentence *s = &doc->sents[sent];
    const dyad_token *w = &doc->tokens[s->first];
    int ahead = looks_ahead(doc, s);
    int y;
    unsigned m, d;
    civil_from_days(today, &y, &m, &d);

    for (uint32_t k = 0; k < s->count; k++) {
        const dyad_token *t = &w[k];
        const dyad_token *prev = k ? &w[k - 1] : NULL;
        const dyad_token *next = k + 1 < s->count ? &w[k + 1] : NULL;
        if (word_is(t, "yesterday")) { set(out, today - 1, "relative", k, 1); return DYAD_OK; }
        if (word_is(t, "today") || word_is(t, "tonight")) { set(out, today, "relative", k, 1); return DYAD_OK; }
        if (word_is(t, "tomorrow")) { set(out, today + 1, "relative", k, 1); return DYAD_OK; }
        if (next && word_is(t, "last") && word_is(next, "night")) {
            set(out, today - 1, "relative", k, 2);
            return DYAD_OK;
        }
        if (next && (word_is(t, "last") || word_is(t, "next")) &&
            (word_is(next, "week") || word_is(next, "month") || word_is(next, "year"))) {
            int sign = word_is(t, "last") ? -1 : 1;
            if (word_is(next, "week")) set(out, today + sign * 7, "week", k, 2);
            else if (word_is(next, "month")) {
                int yy = y, mm = (int)m + sign;
                if (mm < 1) { mm = 12; yy--; }
                if (mm > 12) { mm = 1; yy++; }
                set(out, days_from_civil(yy, (unsigned)mm, 1), "month", k, 2);
            } else set(out, days_from_civil(y + sign, 1, 1), "year", k, 2);
            return DYAD_OK;
        }
        int wd = weekday_name(t);
        if (wd >= 0) {
            /* "last Tuesday" and plain "Tuesday" look back, "next Tuesday"
            ** and future sentences look ahead; the story's own weekday is
            ** today. */
            int delta = wd - weekday_of(today);
            int forward = ahead || (prev && word_is(prev, "next"));
            if (prev && word_is(prev, "last")) forward = 0;
            if (forward) { if (delta <= 0) delta += 7; }
            else if (delta > 0) delta -= 7;
            uint32_t first = prev && (word_is(prev, "last") || word_is(prev, "next")) ? k - 1 : k;
            set(out, today + delta, "weekday", first, k - first + 1);
            return DYAD_OK;
        }
        int mo = month_name(t);
        if (mo) {
            int day = next ? day_number(next) : 0;          /* Feb. 24 */
            /* "May" and "March" are also a name and a verb: without a day
            ** they count only after a word that introduces a time. */
            if ((mo == 5 || mo == 3) && !day && !(prev && day_number(prev)) &&
                !(prev && (word_is(prev, "in") || word_is(prev, "on") || word_is(prev, "since") ||
                           word_is(prev, "until") || word_is(prev, "from") || word_is(prev, "by") ||
                           word_is(prev, "early") || word_is(prev, "late") || word_is(prev, "mid") ||
                           word_is(prev, "last") || word_is(prev, "next") || word_is(prev, "during") ||
                           word_is(prev, "this") || word_is(prev, "of"))))
                continue;
            uint32_t first = k, count = day ? 2 : 1;
            if (!day && prev) { day = day_number(prev); if (day) { first = k - 1; count = 2; } }  /* 24 February */
            int yy = y;
            /* an explicit year: "Feb. 24, 2025" or "February 2025" */
            uint32_t after = first + count;
            if (after < s->count && w[after].form[0] == ',' && after + 1 < s->count) after++;
            if (after < s->count && strlen(w[after].form) == 4 && w[after].form[0] >= '1' &&
                w[after].form[0] <= '2' && day_number(&w[after]) == 0) {
                int year = 0;
                for (int i = 0; i < 4 && w[after].form[i] >= '0' && w[after].form[i] <= '9'; i++)
                    year = year * 10 + (w[after].form[i] - '0');
                if (year >= 1900 && year <= 2100) { yy = year; count = after - first + 1; }
            }
            if (!day) {
                /* "in January": the month's first day, the latest one not
                ** after the story unless the sentence looks ahead */
                if (yy == y && !ahead && mo > (int)m) yy--;
                set(out, days_from_civil(yy, (unsigned)mo, 1), "month", first, count);
                return DYAD_OK;
            }
            if (day > days_in_month(yy, (unsigned)mo)) continue;
            int32_t when = days_from_civil(yy, (unsigned)mo, (unsigned)day);
            if (yy == y && count == 2) {
                /* A date without a year is the one in a year-long window
                ** around the story: up to a month ahead and eleven back
                ** for a report, the other way round for a sentence that
                ** looks ahead ("from Jan. 1" in December is next year's). */
                int32_t lo = ahead ? today - 31 : today - 334, hi = lo + 365;
                for (int shift = -1; shift <= 1 && (when < lo || when >= hi); shift += 2) {
                    if (day > days_in_month(y + shift, (unsigned)mo)) continue;
                    int32_t other = days_from_civil(y + shift, (unsigned)mo, (unsigned)day);
                    if (other >= lo && other < hi) when = other;
                }
            }
            set(out, when, "explicit", first, count);
            return DYAD_OK;
        }
    }
    return DYAD_OK;
}
