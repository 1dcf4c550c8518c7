/*
** csv.c — RFC 4180 fields and records (csv.h).
*/
#include <math.h>
#include <string.h>
#include "out/csv.h"

void csv_field(FILE *out, const char *s, size_t len, int first)
{
    if (!first) putc(',', out);
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    if (!quote) { fwrite(s, 1, len, out); return; }
    putc('"', out);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"') putc('"', out);
        putc(s[i], out);
    }
    putc('"', out);
}

void csv_str(FILE *out, const char *s, int first)
{
    csv_field(out, s ? s : "", s ? strlen(s) : 0, first);
}

void csv_end(FILE *out)
{
    fputs("\r\n", out);
}

void csv_event_header(FILE *out)
{
    static const char *const names[] = { "doc_id", "sent", "event_id", "date", "date_basis",
        "source_text", "source_code", "source_country", "source_sector", "source_start", "source_end",
        "target_text", "target_code", "target_country", "target_sector", "target_start", "target_end",
        "cameo", "cameo_root", "plover", "quad_class", "goldstein",
        "verb_text", "verb_lemma", "verb_start", "verb_end", "negated", "modality", "confidence",
        "location_text", "location_name", "location_country", "location_lat", "location_lon",
        "location_id", "sentence", "why", "story_source", "story_url" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) csv_str(out, names[i], i == 0);
    csv_end(out);
}

static void csv_int(FILE *out, long v)
{
    putc(',', out);
    if (v >= 0) fprintf(out, "%ld", v);
}

static void csv_real(FILE *out, double x)
{
    putc(',', out);
    if (isfinite(x)) fprintf(out, "%.15g", x);
}

static void csv_actor(FILE *out, const dyad_event_actor *a)
{
    csv_str(out, a->text, 0); csv_str(out, a->code, 0);
    csv_str(out, a->country, 0); csv_str(out, a->sector, 0);
    csv_int(out, a->start); csv_int(out, a->end);
}

void csv_event_row(FILE *out, const dyad_event *ev)
{
    csv_str(out, ev->doc_id, 1);
    csv_int(out, ev->sent);
    csv_str(out, ev->event_id, 0); csv_str(out, ev->date, 0); csv_str(out, ev->date_basis, 0);
    csv_actor(out, &ev->source);
    csv_actor(out, &ev->target);
    csv_str(out, ev->cameo, 0); csv_str(out, ev->cameo_root, 0); csv_str(out, ev->plover, 0);
    csv_int(out, ev->quad_class >= 1 && ev->quad_class <= 4 ? ev->quad_class : -1);
    csv_real(out, ev->goldstein);
    csv_str(out, ev->verb.text, 0); csv_str(out, ev->verb.lemma, 0);
    csv_int(out, ev->verb.start); csv_int(out, ev->verb.end);
    csv_str(out, ev->negated ? "true" : "false", 0);
    csv_str(out, ev->modality, 0);
    csv_real(out, ev->confidence);
    csv_str(out, ev->location.text, 0); csv_str(out, ev->location.name, 0);
    csv_str(out, ev->location.country, 0);
    csv_real(out, ev->location.lat); csv_real(out, ev->location.lon);
    csv_str(out, ev->location.id, 0);
    csv_str(out, ev->sentence, 0); csv_str(out, ev->why, 0);
    csv_str(out, ev->story_source, 0); csv_str(out, ev->story_url, 0);
    csv_end(out);
}
