/*
** compile_geo.c — the sources that are not ours: Debian's iso-codes
** country list and the GeoNames city gazetteer (tools/cities.js), and the
** rules that keep towns from shadowing people.
*/
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "lex/compile_int.h"

static int grow_iso(lex_build *b)
{
    if (b->n_iso < b->iso_cap) return DYAD_OK;
    size_t cap = b->iso_cap ? b->iso_cap * 2 : 256;
    char (*a3)[4] = realloc(b->iso3, cap * sizeof *a3);
    if (!a3) return DYAD_ENOMEM;
    b->iso3 = a3;
    char (*a2)[3] = realloc(b->iso2, cap * sizeof *a2);
    if (!a2) return DYAD_ENOMEM;
    b->iso2 = a2;
    b->iso_cap = cap;
    return DYAD_OK;
}

int geo_read_iso(lex_build *b, lex_diags *diags, const char *path)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root) {
        lex_diags_add(diags, LEX_NOTE, path, jerr.line > 0 ? jerr.line : 0,
                      "cannot read the iso-codes country list (%s); install the Debian package iso-codes",
                      jerr.text);
        return DYAD_OK;
    }
    json_t *list = json_object_get(root, "3166-1");
    uint32_t file = build_string(b, "iso-codes:iso_3166-1", 20);
    int st = file == UINT32_MAX ? DYAD_ENOMEM : DYAD_OK;
    size_t n = json_is_array(list) ? json_array_size(list) : 0;
    for (size_t i = 0; st == DYAD_OK && i < n; i++) {
        json_t *c = json_array_get(list, i);
        const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
        const char *a2 = json_string_value(json_object_get(c, "alpha_2"));
        const char *name = json_string_value(json_object_get(c, "name"));
        if (!a3 || !a2 || !name || strlen(a3) != 3 || strlen(a2) != 2) continue;
        if (grow_iso(b)) { st = DYAD_ENOMEM; break; }
        memcpy(b->iso3[b->n_iso], a3, 4);
        memcpy(b->iso2[b->n_iso], a2, 3);
        b->n_iso++;
        lex_entry e = { 0 };
        e.kind = DYAD_LEX_COUNTRY;
        e.form = LEX_FORM_NAME;
        copy_field(e.code, sizeof e.code, a3);
        copy_field(e.country, sizeof e.country, a3);
        e.file = file;
        e.line = (uint32_t)i + 1;
        uint32_t id = build_entry(b, &e, name);
        if (id == UINT32_MAX) { st = DYAD_ENOMEM; break; }
        static const char *const fields[] = { "name", "official_name", "common_name" };
        for (int k = 0; k < 3 && st == DYAD_OK; k++) {
            const char *s = json_string_value(json_object_get(c, fields[k]));
            /* "Korea, Republic of" is an index form, not how text names it. */
            if (!s || strchr(s, ',') || strchr(s, '(')) continue;
            int seen = 0;    /* name and official_name are often the same */
            for (int j = 0; j < k; j++) {
                const char *t = json_string_value(json_object_get(c, fields[j]));
                if (t && !strcmp(s, t)) seen = 1;
            }
            if (seen) continue;
            st = build_name(b, id, s, PRIO_COUNTRY, 0, 0);
            if (st == DYAD_EINVAL) st = DYAD_OK;
        }
    }
    json_decref(root);
    return st;
}

/* A one-word city name that is also a word of a person's name ("Obama"
** in Japan, "Bush" nowhere yet) would turn the person's surname into a
** town; such towns are left out below a million people
** (CITY_SHADOW_POPULATION, compile_int.h). */

static int shadows_a_person(const lex_build *b, const char *name)
{
    lex_span sp[2];
    if (!b->person_word || lex_split(name, strlen(name), sp, 2) != 1) return 0;
    char folded[LEX_WORD_MAX * 2 + 1];
    size_t n = lex_fold(name + sp[0].start, sp[0].end - sp[0].start, folded);
    uint32_t id = n ? build_word_lookup(b, folded, n) : UINT32_MAX;
    return id != UINT32_MAX && id < b->n_person_word && b->person_word[id];
}

/* The gazetteer made by tools/cities.js: name, other names, ISO alpha-2,
** population, latitude, longitude and, optionally, the GeoNames id.  With
** the id, an entry's source is "geonames" and its "line" the id, so that
** a location's id (FILE:LINE) is "geonames:ID": stable across builds and
** gazetteer versions, and the key other gazetteers use. */
int geo_read_city_line(source_ctx *c)
{
    char **f = c->r.fields, buf[256];
    if (c->r.n_fields != 6 && c->r.n_fields != 7) return bad_columns(c, 7);
    uint32_t geonames_id = 0;
    if (c->r.n_fields == 7) {
        char *end;
        unsigned long v = strtoul(f[6], &end, 10);
        if (end == f[6] || *end || v == 0 || v > UINT32_MAX) {
            lex_diags_add(c->diags, 1, c->r.path, c->r.line, "bad GeoNames id (a positive number)");
            return 0;
        }
        geonames_id = (uint32_t)v;
    }
    const char *iso3 = build_iso3(c->b, f[2]);
    if (!iso3) return 0;    /* a territory iso-codes lacks: no code to give */
    lex_entry e = { 0 };
    if (parse_coord(f[4], -90, 90, &e.lat) || parse_coord(f[5], -180, 180, &e.lon)) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line, "bad latitude/longitude");
        return 0;
    }
    e.population = (uint32_t)strtoul(f[3], NULL, 10);
    char *names[NAMES_MAX];
    size_t n = lex_split_names(f[0], names, 1);
    n += lex_split_names(f[1], names + n, NAMES_MAX - 1);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (e.population >= CITY_SHADOW_POPULATION || !shadows_a_person(c->b, names[i]))
            names[kept++] = names[i];
    if (!kept) return DYAD_OK;
    e.kind = DYAD_LEX_PLACE;
    e.form = LEX_FORM_CITY;
    e.has_point = 1;
    copy_field(e.code, sizeof e.code, iso3);
    copy_field(e.country, sizeof e.country, iso3);
    e.file = c->file;
    e.line = (uint32_t)c->r.line;
    if (geonames_id) {
        e.file = build_string(c->b, "geonames", 8);
        if (e.file == UINT32_MAX) return DYAD_ENOMEM;
        e.line = geonames_id;
    }
    uint32_t id = build_entry(c->b, &e, first_name(names[0], buf, sizeof buf));
    if (id == UINT32_MAX) return DYAD_ENOMEM;
    for (size_t i = 0; i < kept; i++) {
        int st = build_name(c->b, id, names[i], PRIO_CITY, 0, e.population);
        if (st == DYAD_ENOMEM) return st;
    }
    return DYAD_OK;
}

/* Marks every word of every person's name (for shadows_a_person). */
int geo_mark_person_words(lex_build *b)
{
    free(b->person_word);
    b->n_person_word = b->n_vocab;
    b->person_word = calloc(b->n_vocab ? b->n_vocab : 1, 1);
    if (!b->person_word) return DYAD_ENOMEM;
    for (size_t i = 0; i < b->n_inst; i++) {
        const lex_instance *in = &b->inst[i];
        if (b->entries[in->entry].kind != DYAD_LEX_PERSON) continue;
        for (size_t k = 0; k < in->n_words; k++) b->person_word[b->pwords[in->pword + k].word] = 1;
    }
    return DYAD_OK;
}
