/*
** gdelt.c — GDELT 2.0 event-table rows (gdelt.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "out/gdelt.h"

#define ACTOR_COLUMNS(n) "Actor" #n "Code", "Actor" #n "Name", "Actor" #n "CountryCode", \
    "Actor" #n "KnownGroupCode", "Actor" #n "EthnicCode", "Actor" #n "Religion1Code", \
    "Actor" #n "Religion2Code", "Actor" #n "Type1Code", "Actor" #n "Type2Code", "Actor" #n "Type3Code"
#define GEO_COLUMNS(p) p "Geo_Type", p "Geo_FullName", p "Geo_CountryCode", p "Geo_ADM1Code", \
    p "Geo_ADM2Code", p "Geo_Lat", p "Geo_Long", p "Geo_FeatureID"

const char *const gdelt_columns[GDELT_N_COLUMNS] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    ACTOR_COLUMNS(1), ACTOR_COLUMNS(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    GEO_COLUMNS("Actor1"), GEO_COLUMNS("Actor2"), GEO_COLUMNS("Action"),
    "DATEADDED", "SOURCEURL",
};

/* Where CAMEO's country codes differ from ISO 3166-1 alpha-3. */
static const struct { const char *iso3, *cameo; } country_diffs[] = {
    { "ROU", "ROM" },        /* Romania: CAMEO keeps the pre-2002 ISO code */
    { "XKX", "KSV" },        /* Kosovo: no ISO code; CAMEO's own */
};

const char *gdelt_country(const char *iso3)
{
    if (!iso3) return "";
    for (size_t i = 0; i < sizeof country_diffs / sizeof country_diffs[0]; i++)
        if (!strcmp(iso3, country_diffs[i].iso3)) return country_diffs[i].cameo;
    return iso3;
}

static void tab(FILE *out) { putc('\t', out); }

/* A text field: tabs, CR and LF would break the row, so they become spaces. */
static void text(FILE *out, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++)
        putc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, out);
}

static void real(FILE *out, double x, const char *fmt)
{
    if (isfinite(x)) fprintf(out, fmt, x);
}

static int is_group(const char *country)
{
    return !strcmp(country, "IGO") || !strcmp(country, "NGO") || !strcmp(country, "MNC") || !strcmp(country, "IMG");
}

/* The 10 actor columns.  An international body (country IGO / NGO / MNC / IMG,
** code "IGONAT") has no country; its code's tail is the known group.  A
** side of no known country ("---REB": dyad_coder_options.no_country) is
** its sector alone, as GDELT writes one. */
static void actor(FILE *out, const dyad_event_actor *a)
{
    const char *country = a->country ? a->country : "";
    text(out, a->code && !strncmp(a->code, "---", 3) ? a->code + 3 : a->code); tab(out);
    text(out, a->text); tab(out);
    if (!is_group(country)) text(out, gdelt_country(country));
    tab(out);
    if (is_group(country) && a->code && strlen(a->code) > 3) text(out, a->code + 3);
    tab(out);
    tab(out); tab(out); tab(out);              /* ethnic, religion 1 and 2: unknown */
    text(out, a->sector); tab(out);
    tab(out); tab(out);                        /* type 2 and 3: dyad codes one sector */
}

/* The 8 columns of a geography dyad does not know. */
static void no_geo(FILE *out)
{
    for (int i = 0; i < 8; i++) tab(out);
}

static void action_geo(FILE *out, const dyad_event_location *l)
{
    int have_point = isfinite(l->lat) && isfinite(l->lon);
    int have_country = l->country && *l->country;
    /* GDELT geo types: 1 country, 4 world city (a named point). */
    if (have_point) fputs("4", out);
    else if (have_country) fputs("1", out);
    tab(out);
    text(out, *l->name ? l->name : l->text); tab(out);
    text(out, l->country); tab(out);           /* ISO3, see docs/store.md */
    tab(out); tab(out);                        /* ADM1, ADM2: unknown */
    real(out, l->lat, "%.4f"); tab(out);
    real(out, l->lon, "%.4f"); tab(out);
    text(out, l->id); tab(out);
}

void gdelt_write_row(FILE *out, const gdelt_row *row)
{
    const dyad_event *ev = row->ev;
    const char *d = ev->date ? ev->date : "";
    fprintf(out, "%lld\t", (long long)row->id);
    if (strlen(d) == 10) {
        int y = atoi(d), m = atoi(d + 5), day = atoi(d + 8);
        /* FractionDate as the codebook defines it: (MONTH * 30 + DAY) / 365. */
        fprintf(out, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", y, m, day, y, m, y,
                y + (m * 30 + day) / 365.0);
    } else {
        fputs("\t\t\t\t", out);
    }
    actor(out, &ev->source);
    actor(out, &ev->target);
    const char *c = ev->cameo ? ev->cameo : "";
    size_t cl = strlen(c);
    fprintf(out, "%d\t", row->is_root ? 1 : 0);
    text(out, c); tab(out);
    fprintf(out, "%.*s\t%.*s\t", (int)(cl < 3 ? cl : 3), c, (int)(cl < 2 ? cl : 2), c);
    if (ev->quad_class >= 1 && ev->quad_class <= 4) fprintf(out, "%d", ev->quad_class);
    tab(out);
    real(out, ev->goldstein, "%.1f"); tab(out);
    fprintf(out, "%ld\t%ld\t%ld\t", row->mentions, row->sources, row->articles);
    tab(out);                                   /* AvgTone: dyad measures no tone */
    no_geo(out);                                /* Actor1Geo */
    no_geo(out);                                /* Actor2Geo */
    action_geo(out, &ev->location);
    /* DATEADDED in GDELT 2.0's YYYYMMDDHHMMSS (UTC). */
    const char *a = row->added ? row->added : "";
    for (const char *p = a; *p && *p != 'Z'; p++)
        if (*p >= '0' && *p <= '9') putc(*p, out);
    tab(out);
    text(out, row->url);
    putc('\n', out);
}

void gdelt_write_header(FILE *out)
{
    for (int i = 0; i < GDELT_N_COLUMNS; i++) {
        if (i) tab(out);
        fputs(gdelt_columns[i], out);
    }
    putc('\n', out);
}
