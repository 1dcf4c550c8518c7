/*
** compile_sources.c — reading each kind of lexicon source into the
** builder, with a file:line diagnostic for every line it cannot use.
*/
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "dyad.h"
#include "lex/compile_int.h"

#define ISO_DEFAULT "/usr/share/iso-codes/json/iso_3166-1.json"
#define WORDNET_DEFAULT "/usr/share/wordnet"

/* CAMEO agent and organisation-type codes a sector column may hold. */
static const char *const SECTORS[] = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "CVL", "MED",
    "BUS", "REF", "LAB", "EDU", "HLH", "CRM", "AGR", "ELI", "HRI", "SPY",
    "UAF", "RAD", "MOD", "REL", "PTY", "SEP", "ENV", "DEV", "SET", "IMG",
    "PPL", "UNO", "IGO", "NGO", "NGM", "MNC", "AMN", "IRC", "GRP", "ICO",
    "MOS", "CHR", "JEW", "BUD", "HIN", "MIN", "PRO", "ATH", "DIP", "NON",
};
/* Codes in common use that ISO 3166-1 has not assigned: Kosovo. */
static const char *const USER_CODES[] = { "XKX" };
static const char *const ROLES[] = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "head_of_organisation",
};
/* A people line names an organisation of orgs.tsv instead of a country
** with this prefix in its country column: "org:IGOUNO". */
#define ORG_PREFIX "org:"

static int in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) if (!strcmp(s, list[i])) return 1;
    return 0;
}

void copy_field(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src);
}


/* Adds each name of a "|" field; reports names that cannot be phrases. */
static int add_names(source_ctx *c, uint32_t entry, char *field, int prio)
{
    char *names[NAMES_MAX];
    size_t n = lex_split_names(field, names, NAMES_MAX);
    for (size_t i = 0; i < n; i++) {
        int st = build_name(c->b, entry, names[i], prio, 0, 0);
        if (st == DYAD_ENOMEM) return st;
        if (st) lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                              "name '%s' is too long or not valid UTF-8; shorten it", names[i]);
    }
    return DYAD_OK;
}

const char *first_name(const char *field, char *buf, size_t cap)
{
    size_t n = strcspn(field, "|");
    if (n >= cap) n = cap - 1;
    memcpy(buf, field, n);
    buf[n] = '\0';
    return buf;
}

/* A country code column: ISO3 (or the org types when allowed), checked. */
static int country_ok(source_ctx *c, const char *code, int allow_org, int allow_empty)
{
    if (!*code) {
        if (allow_empty) return 1;
        lex_diags_add(c->diags, 1, c->r.path, c->r.line, "country code is empty");
        return 0;
    }
    if (allow_org && (!strcmp(code, "IGO") || !strcmp(code, "NGO") || !strcmp(code, "MNC") || !strcmp(code, "IMG")))
        return 1;
    if (strlen(code) == 3 && (c->b->n_iso == 0 || build_iso3(c->b, code) ||
                              in_list(code, USER_CODES, sizeof USER_CODES / sizeof USER_CODES[0]) ||
                              in_list(code, c->b->extra_countries, c->b->n_extra_countries)))
        return 1;
    lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                  "unknown country code '%s' (want an ISO 3166-1 alpha-3 code%s)",
                  code, allow_org ? ", IGO, NGO, MNC or IMG" : "");
    return 0;
}

static void sector_check(source_ctx *c, const char *sector)
{
    if (*sector && !in_list(sector, SECTORS, sizeof SECTORS / sizeof SECTORS[0]))
        lex_diags_add(c->diags, 0, c->r.path, c->r.line, "unknown sector code '%s'", sector);
}

int bad_columns(source_ctx *c, size_t want)
{
    lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                  "%zu tab-separated columns, want %zu (see lexicon/README.md)",
                  c->r.n_fields, want);
    return 0;
}

static int read_country_line(source_ctx *c)
{
    char **f = c->r.fields, buf[256];
    if (c->r.n_fields != 3) return bad_columns(c, 3);
    if (!country_ok(c, f[0], 0, 0)) return 0;
    static const char *const kinds[] = { "name", "adj", "capital", "gov" };
    int form = -1;
    for (int i = 0; i < 4; i++) if (!strcmp(f[1], kinds[i])) form = i;
    if (form < 0) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                      "unknown kind '%s' (want name, adj, capital or gov)", f[1]);
        return 0;
    }
    lex_entry e = { 0 };
    e.kind = DYAD_LEX_COUNTRY;
    e.form = (uint8_t)form;
    copy_field(e.country, sizeof e.country, f[0]);
    if (form == LEX_FORM_CAPITAL || form == LEX_FORM_GOV) {
        snprintf(e.code, sizeof e.code, "%sGOV", f[0]);
        copy_field(e.sector, sizeof e.sector, "GOV");
    } else {
        copy_field(e.code, sizeof e.code, f[0]);
    }
    e.file = c->file;
    e.line = (uint32_t)c->r.line;
    uint32_t id = build_entry(c->b, &e, first_name(f[2], buf, sizeof buf));
    if (id == UINT32_MAX) return DYAD_ENOMEM;
    return add_names(c, id, f[2], PRIO_COUNTRY);
}

int parse_coord(const char *s, double lo, double hi, float *out)
{
    char *end;
    double v = strtod(s, &end);
    if (!*s || *end || v < lo || v > hi) return -1;
    *out = (float)v;
    return 0;
}

static int read_place_line(source_ctx *c)
{
    char **f = c->r.fields, buf[256];
    if (c->r.n_fields != 5) return bad_columns(c, 5);
    if (!country_ok(c, f[1], 0, 1)) return 0;
    lex_entry e = { 0 };
    if (parse_coord(f[2], -90, 90, &e.lat) || parse_coord(f[3], -180, 180, &e.lon)) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                      "bad latitude/longitude '%s' '%s' (want decimal degrees)", f[2], f[3]);
        return 0;
    }
    static const char *const kinds[] = { "region", "feature", "city", "territory" };
    int form = -1;
    for (int i = 0; i < 4; i++) if (!strcmp(f[4], kinds[i])) form = LEX_FORM_REGION + i;
    if (form < 0) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                      "unknown place kind '%s' (want region, feature, city or territory)", f[4]);
        return 0;
    }
    e.kind = DYAD_LEX_PLACE;
    e.form = (uint8_t)form;
    e.has_point = 1;
    copy_field(e.code, sizeof e.code, f[1]);
    copy_field(e.country, sizeof e.country, f[1]);
    e.file = c->file;
    e.line = (uint32_t)c->r.line;
    uint32_t id = build_entry(c->b, &e, first_name(f[0], buf, sizeof buf));
    if (id == UINT32_MAX) return DYAD_ENOMEM;
    return add_names(c, id, f[0], PRIO_PLACE);
}

static int read_org_line(source_ctx *c)
{
    char **f = c->r.fields, buf[256];
    if (c->r.n_fields != 4) return bad_columns(c, 4);
    if (!*f[0] || strlen(f[0]) >= sizeof ((lex_entry *)0)->code) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line, "organisation code '%s' is empty or too long", f[0]);
        return 0;
    }
    if (!country_ok(c, f[1], 1, 1)) return 0;
    sector_check(c, f[2]);
    lex_entry e = { 0 };
    e.kind = DYAD_LEX_ORG;
    e.form = LEX_FORM_ORG;
    copy_field(e.code, sizeof e.code, f[0]);
    copy_field(e.country, sizeof e.country, f[1]);
    copy_field(e.sector, sizeof e.sector, f[2]);
    e.file = c->file;
    e.line = (uint32_t)c->r.line;
    uint32_t id = build_entry(c->b, &e, first_name(f[3], buf, sizeof buf));
    if (id == UINT32_MAX) return DYAD_ENOMEM;
    return add_names(c, id, f[3], PRIO_ORG);
}

/* A person's title ("Foreign Minister") becomes a title agent once per
** title and sector, so "Foreign Minister Sergei Lavrov" reads as one. */
static int add_one_title(source_ctx *c, const char *title, const char *sector)
{
    lex_build *b = c->b;
    for (size_t i = 0; i < b->n_titles; i++) {
        const lex_entry *t = &b->entries[b->title_entries[i]];
        if (!strcmp(t->sector, sector) && !strcmp(b->strings + b->entry_name[b->title_entries[i]], title))
            return DYAD_OK;
    }
    if (b->n_titles == sizeof b->title_entries / sizeof b->title_entries[0]) return DYAD_OK;
    lex_entry e = { 0 };
    e.kind = DYAD_LEX_AGENT;
    e.form = LEX_FORM_TITLE;
    copy_field(e.code, sizeof e.code, sector);
    copy_field(e.sector, sizeof e.sector, sector);
    e.file = c->file;
    e.line = (uint32_t)c->r.line;
    uint32_t id = build_entry(b, &e, title);
    if (id == UINT32_MAX) return DYAD_ENOMEM;
    b->kind_entries[DYAD_LEX_AGENT]--;   /* made here, not an entry of the sources */
    b->title_entries[b->n_titles++] = id;
    int st = build_name(b, id, title, PRIO_AGENT, 1, 0);
    return st == DYAD_ENOMEM ? st : DYAD_OK;
}

/* A title column may give several spellings: "Secretary-General|Secretary General". */
static int add_titles(source_ctx *c, const char *field, const char *sector)
{
    char copy[256], *titles[NAMES_MAX];
    snprintf(copy, sizeof copy, "%s", field);
    size_t n = lex_split_names(copy, titles, NAMES_MAX);
    int st = DYAD_OK;
    for (size_t i = 0; i < n && st == DYAD_OK; i++) st = add_one_title(c, titles[i], sector);
    return st;
}

/* Countries whose names put the family name first ("Xi Jinping",
** "Kim Jong-un", "Lee Hsien Loong"), as English news keeps them. */
static const char *const FAMILY_FIRST[] = { "CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "SGP" };

/* The family name of a full name: the last word, suffixes ("Jr.", "III")
** aside, or the first where family names come first; NULL when there is
** none worth matching (a one-word name, a short word). */
static const char *surname_of(const char *name, int family_first, char *buf, size_t cap)
{
    static const char *const suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };
    const char *words[LEX_PHRASE_MAX];
    size_t lens[LEX_PHRASE_MAX], n = 0;
    for (const char *p = name; *p && n < LEX_PHRASE_MAX;) {
        while (*p == ' ') p++;
        if (!*p) break;
        size_t len = strcspn(p, " ");
        words[n] = p; lens[n] = len; n++;
        p += len;
    }
    while (n > 1) {
        int suffix = 0;
        for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
            if (strlen(suffixes[i]) == lens[n - 1] && !memcmp(suffixes[i], words[n - 1], lens[n - 1]))
                suffix = 1;
        if (!suffix) break;
        n--;
    }
    size_t k = family_first ? 0 : n - 1;
    if (n < 2 || lens[k] < 2 || lens[k] >= cap) return NULL;
    if (lex_case_class(words[k], lens[k]) != LEX_CASE_CAPITAL) return NULL;
    memcpy(buf, words[k], lens[k]);
    buf[lens[k]] = '\0';
    return buf;
}

/* "President Obama": each person's surnames, as a copy of the entry that
** the matcher takes only after a title and for a date in the role. */
static int add_surnames(source_ctx *c, const lex_entry *e, const char *field, int family_first)
{
    char copy[1024], *names[NAMES_MAX], seen[8][64], buf[64];
    size_t n_seen = 0;
    snprintf(copy, sizeof copy, "%s", field);
    size_t n = lex_split_names(copy, names, NAMES_MAX);
    uint32_t id = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        const char *s = surname_of(names[i], family_first, buf, sizeof buf);
        int dup = 0;
        for (size_t k = 0; s && k < n_seen; k++) if (!strcmp(seen[k], s)) dup = 1;
        if (!s || dup || n_seen == 8) continue;
        snprintf(seen[n_seen++], sizeof seen[0], "%s", s);
        if (id == UINT32_MAX) {
            lex_entry sur = *e;
            sur.flags |= LEX_ENTRY_SURNAME;
            if (common_words_has(&c->b->common, s, strlen(s))) sur.flags |= LEX_ENTRY_COMMON_SURNAME;
            id = build_entry(c->b, &sur, s);
            if (id == UINT32_MAX) return DYAD_ENOMEM;
            c->b->kind_entries[DYAD_LEX_PERSON]--;   /* a copy, not an entry of the sources */
        }
        int st = build_name(c->b, id, s, PRIO_PERSON, 1, 0);
        if (st == DYAD_ENOMEM) return st;
    }
    return DYAD_OK;
}

/* Whether a person's name puts the family name first: by the country,
** or for someone of an organisation by a country the same name holds a
** role of in the people files read before ("Ban Ki-moon", South Korea's
** foreign minister before he led the UN). */
static int family_name_first(const source_ctx *c, const lex_entry *e, const char *name)
{
    size_t n_first = sizeof FAMILY_FIRST / sizeof FAMILY_FIRST[0];
    if (!(e->flags & LEX_ENTRY_ORG_PERSON)) return in_list(e->country, FAMILY_FIRST, n_first);
    const lex_build *b = c->b;
    for (size_t i = 0; i < b->n_entries; i++) {
        const lex_entry *p = &b->entries[i];
        if (p->kind == DYAD_LEX_PERSON && !(p->flags & (LEX_ENTRY_SURNAME | LEX_ENTRY_ORG_PERSON)) &&
            in_list(p->country, FAMILY_FIRST, n_first) && !strcmp(b->strings + b->entry_name[i], name))
            return 1;
    }
    return 0;
}

/* The country and sector columns of a people line into e's code,
** country and sector: a country and a sector, or "org:CODE" and an empty
** sector, an organisation of orgs.tsv (read before the people) whose
** code, country and sector the person takes.  0 after a diagnostic. */
static int person_actor(source_ctx *c, const char *country, const char *sector, lex_entry *e)
{
    if (strncmp(country, ORG_PREFIX, strlen(ORG_PREFIX))) {
        if (!strcmp(country, "IGO") || !strcmp(country, "NGO") || !strcmp(country, "MNC") || !strcmp(country, "IMG")) {
            lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                          "'%s' is a kind of organisation: name the organisation as org:CODE, "
                          "a code of orgs.tsv (org:IGOUNO)", country);
            return 0;
        }
        if (!country_ok(c, country, 0, 0)) return 0;
        sector_check(c, sector);
        snprintf(e->code, sizeof e->code, "%.7s%.7s", country, sector);
        copy_field(e->country, sizeof e->country, country);
        copy_field(e->sector, sizeof e->sector, sector);
        return 1;
    }
    const char *code = country + strlen(ORG_PREFIX);
    const lex_build *b = c->b;
    const lex_entry *org = NULL;
    for (size_t i = 0; i < b->n_entries && !org; i++)
        if (b->entries[i].kind == DYAD_LEX_ORG && !strcmp(b->entries[i].code, code)) org = &b->entries[i];
    if (!org) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                      "unknown organisation code '%s' (want a code of orgs.tsv)", code);
        return 0;
    }
    if (*sector) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                      "sector '%s' given for someone of %s, who takes the organisation's sector "
                      "('%s'): leave the column empty", sector, code, org->sector);
        return 0;
    }
    copy_field(e->code, sizeof e->code, org->code);
    copy_field(e->country, sizeof e->country, org->country);
    copy_field(e->sector, sizeof e->sector, org->sector);
    e->flags |= LEX_ENTRY_ORG_PERSON;
    return 1;
}

static int read_person_line(source_ctx *c)
{
    char **f = c->r.fields, buf[256];
    if (c->r.n_fields == 6) f[6] = "";   /* no trailing tab: still holds the role */
    else if (c->r.n_fields != 7) return bad_columns(c, 7);
    lex_entry e = { 0 };
    if (!person_actor(c, f[1], f[2], &e)) return 0;
    if (!in_list(f[3], ROLES, sizeof ROLES / sizeof ROLES[0]))
        lex_diags_add(c->diags, 0, c->r.path, c->r.line, "unknown role '%s'", f[3]);
    if (lex_parse_date(f[5], 0, &e.start) || lex_parse_date(f[6], 1, &e.end)) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                      "bad date '%s' or '%s' (want YYYY-MM-DD, YYYY-MM or YYYY, optional ~)", f[5], f[6]);
        return 0;
    }
    if (e.end && e.start > e.end) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line, "role ends (%s) before it starts (%s)", f[6], f[5]);
        return 0;
    }
    e.kind = DYAD_LEX_PERSON;
    e.form = LEX_FORM_PERSON;
    /* how sure the dates are, for dyad dict check's overlaps */
    e.flags |= (uint8_t)(lex_date_precision(f[5]) | lex_date_precision(f[6]) << 2);
    copy_field(e.role, sizeof e.role, f[3]);
    e.file = c->file;
    e.line = (uint32_t)c->r.line;
    const char *first = first_name(f[0], buf, sizeof buf);
    int family_first = family_name_first(c, &e, first);
    uint32_t id = build_entry(c->b, &e, first);
    if (id == UINT32_MAX) return DYAD_ENOMEM;
    /* add_names splits the field in place: the surnames need every name */
    char names[1024];
    snprintf(names, sizeof names, "%s", f[0]);
    int st = add_names(c, id, f[0], PRIO_PERSON);
    if (st == DYAD_OK) st = add_surnames(c, &e, names, family_first);
    /* an organisation's titles are its kind's, as agents.tsv has them
    ** ("Secretary-General" IGO): "Director General" is no health title */
    if (st == DYAD_OK && *f[4])
        st = add_titles(c, f[4], e.flags & LEX_ENTRY_ORG_PERSON ? e.country : e.sector);
    return st;
}

static int read_agent_line(source_ctx *c)
{
    char **f = c->r.fields, buf[256];
    if (c->r.n_fields != 3) return bad_columns(c, 3);
    sector_check(c, f[1]);
    static const char *const kinds[] = { "group", "person", "title", "org" };
    int form = -1;
    for (int i = 0; i < 4; i++) if (!strcmp(f[2], kinds[i])) form = LEX_FORM_GROUP + i;
    if (form < 0 || !*f[1]) {
        lex_diags_add(c->diags, 1, c->r.path, c->r.line,
                      "agent needs a sector and a kind (group, person, title or org), not '%s' '%s'", f[1], f[2]);
        return 0;
    }
    lex_entry e = { 0 };
    e.kind = DYAD_LEX_AGENT;
    e.form = (uint8_t)form;
    copy_field(e.code, sizeof e.code, f[1]);
    copy_field(e.sector, sizeof e.sector, f[1]);
    e.file = c->file;
    e.line = (uint32_t)c->r.line;
    uint32_t id = build_entry(c->b, &e, first_name(f[0], buf, sizeof buf));
    if (id == UINT32_MAX) return DYAD_ENOMEM;
    return add_names(c, id, f[0], PRIO_AGENT);
}

/* The gazetteer made by tools/cities.js: name, other names, ISO alpha-2,
** population, latitude, longitude. */
typedef int (*line_fn)(source_ctx *c);

/* Reads one source file if it exists; a missing file is a warning when
** `required_warning` is set (the caller names what is lost). */
static int read_file(lex_build *b, lex_diags *diags, const char *path, line_fn fn,
                     const char *missing)
{
    source_ctx c = { .b = b, .diags = diags };
    if (tsv_open(&c.r, path) != DYAD_OK) {
        if (missing) lex_diags_add(diags, LEX_NOTE, path, 0, "%s", missing);
        return DYAD_OK;
    }
    c.file = build_string(b, path, strlen(path));
    int st = c.file == UINT32_MAX ? DYAD_ENOMEM : DYAD_OK;
    while (st == DYAD_OK) {
        int got = tsv_next(&c.r);
        if (got == DYAD_DONE) break;
        if (got == DYAD_EUTF8) {
            lex_diags_add(diags, 1, path, c.r.line, "line is not valid UTF-8 (or holds a NUL byte)");
            continue;
        }
        if (got != DYAD_OK) {
            lex_diags_add(diags, 1, path, c.r.line, "cannot read: %s", dyad_strerror(got));
            st = got;
            break;
        }
        st = fn(&c);
    }
    tsv_close(&c.r);
    return st;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every DIR/people/ *.tsv, in name order so builds are reproducible. */
static int read_people(lex_build *b, lex_diags *diags, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/people", dir);
    DIR *d = opendir(path);
    if (!d) {
        lex_diags_add(diags, LEX_NOTE, path, 0, "no people files: people will not be recognised");
        return DYAD_OK;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int st = DYAD_OK;
    struct dirent *de;
    while (st == DYAD_OK && (de = readdir(d))) {
        size_t len = strlen(de->d_name);
        if (len < 5 || strcmp(de->d_name + len - 4, ".tsv") || de->d_name[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) { st = DYAD_ENOMEM; break; }
            names = p;
        }
        if (!(names[n] = strdup(de->d_name))) { st = DYAD_ENOMEM; break; }
        n++;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/people/%s", dir, names[i]);
        if (st == DYAD_OK) st = read_file(b, diags, path, read_person_line, NULL);
        free(names[i]);
    }
    free(names);
    return st;
}

int lex_build_read(lex_build *b, const lex_compile_options *o, lex_diags *diags)
{
    const char *dir = o && o->lexicon_dir ? o->lexicon_dir : "lexicon";
    const char *iso = o && o->iso_path ? o->iso_path : ISO_DEFAULT;
    char path[4096];
    int st = DYAD_OK;
    if (o) {
        b->extra_countries = o->extra_countries;
        b->n_extra_countries = o->extra_countries ? o->n_extra_countries : 0;
    }
    /* English words first: every name is built knowing them (build_name,
    ** surnames) */
    const char *wordnet = o && o->wordnet_dir ? o->wordnet_dir : WORDNET_DEFAULT;
    int wordnet_files = 0;
    if (st == DYAD_OK && *wordnet) st = common_words_read_wordnet(&b->common, wordnet, &wordnet_files);
    if (st == DYAD_OK && *wordnet && !wordnet_files)
        lex_diags_add(diags, LEX_NOTE, wordnet, 0, "no WordNet data: surnames will count only after a title "
                      "and names only in capitals (install the Debian package wordnet-base)");
    if (st == DYAD_OK && *iso) st = geo_read_iso(b, diags, iso);
    struct stat sb;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
        lex_diags_add(diags, LEX_NOTE, dir, 0, "no lexicon folder: only iso-codes countries%s",
                      o && o->cities_path && *o->cities_path ? " and cities" : "");
#define SOURCE(file, fn, what) \
    if (st == DYAD_OK) { \
        snprintf(path, sizeof path, "%s/" file, dir); \
        st = read_file(b, diags, path, fn, what); \
    }
    SOURCE("countries.tsv", read_country_line, "missing: no country adjectives, capitals or other names")
    SOURCE("orgs.tsv", read_org_line, "missing: no organisations")
    if (st == DYAD_OK) st = read_people(b, diags, dir);
    SOURCE("agents.tsv", read_agent_line, "missing: no agent nouns (troops, police, ...)")
    SOURCE("places.tsv", read_place_line, "missing: no regions or features")
#undef SOURCE
    if (st == DYAD_OK && o && o->cities_path && *o->cities_path) st = geo_mark_person_words(b);
    if (st == DYAD_OK && o && o->cities_path && *o->cities_path)
        st = read_file(b, diags, o->cities_path, geo_read_city_line,
                       "missing: no city gazetteer (run 'npm ci' and 'make lexicon')");
    return st;
}
