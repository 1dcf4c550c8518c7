/*
** import_common.c — reading PETRARCH-2 and TABARI dictionaries (the
** dialects differ only where import_int.h says) and writing dyad's
** import TSVs (docs/lexicon.md, "Imported files").
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "lex/import_int.h"

import_kind import_kind_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char low[256];
    size_t n = 0;
    for (; base[n] && n + 1 < sizeof low; n++) low[n] = (char)tolower((unsigned char)base[n]);
    low[n] = '\0';
    if (strstr(low, "actor")) return IMPORT_ACTORS;
    if (strstr(low, "agent")) return IMPORT_AGENTS;
    if (strstr(low, "verb") || strstr(low, "cameo")) return IMPORT_VERBS;
    if (strstr(low, "discard")) return IMPORT_DISCARDS;
    return IMPORT_GUESS;
}

const char *import_kind_name(import_kind kind)
{
    static const char *const names[] = { "unknown", "actors", "agents", "verbs", "discards" };
    return (unsigned)kind <= IMPORT_DISCARDS ? names[kind] : "unknown";
}

void import_write_header(FILE *out, import_kind kind, const char *format)
{
    fprintf(out, "# dyad import of %s %s dictionaries (docs/lexicon.md, \"Imported files\")\n",
            format, import_kind_name(kind));
    switch (kind) {
    case IMPORT_ACTORS: fputs("# names\tcode\tcountry\tsector\tstart\tend\tsource\n", out); break;
    case IMPORT_AGENTS: fputs("# names\tsector\tcode\tsource\n", out); break;
    case IMPORT_VERBS: fputs("# verb\tpattern\tcameo\tsource\n", out); break;
    case IMPORT_DISCARDS: fputs("# phrase\tscope\tsource\n", out); break;
    default: break;
    }
}

/* A growing string of "|"-joined names. */
typedef struct strbuf { char *s; size_t len, cap; size_t count; } strbuf;

static int sb_add(strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 2 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 2) cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) return DYAD_ENOMEM;
        b->s = p;
        b->cap = cap;
    }
    if (b->count) b->s[b->len++] = '|';
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    b->count++;
    return DYAD_OK;
}

static void sb_clear(strbuf *b) { b->len = 0; b->count = 0; if (b->s) b->s[0] = '\0'; }

/* A dictionary phrase ("HAMID_KARZAI_", "DURTHANG ORC") as words: "_"
** read as a space, spaces collapsed, lowercase unless keep_case. */
static size_t phrase_text(const char *s, size_t n, char *out, size_t cap, int lower)
{
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < n && o + 2 < cap; i++) {
        char c = s[i] == '_' ? ' ' : s[i];
        if (c == ' ' || c == '\t') { space = o > 0; continue; }
        if (space) { out[o++] = ' '; space = 0; }
        out[o++] = lower ? (char)tolower((unsigned char)c) : c;
    }
    out[o] = '\0';
    return o;
}

/* A date restriction's date: YYMMDD (years 30-99 are 19xx) or YYYYMMDD,
** written as YYYY-MM-DD; -1 when it is neither. */
static int restriction_date(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++) if (!isdigit((unsigned char)s[i])) return -1;
    int y, m, d;
    if (n == 6) {
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y >= 30 ? 1900 : 2000;
        s += 2;
    } else if (n == 8) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s += 4;
    } else {
        return -1;
    }
    m = (s[0] - '0') * 10 + (s[1] - '0');
    d = (s[2] - '0') * 10 + (s[3] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    out[0] = (char)('0' + y / 1000); out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10); out[3] = (char)('0' + y % 10);
    out[4] = '-'; out[5] = (char)('0' + m / 10); out[6] = (char)('0' + m % 10);
    out[7] = '-'; out[8] = (char)('0' + d / 10); out[9] = (char)('0' + d % 10);
    out[10] = '\0';
    return 0;
}

typedef struct code_block {
    char code[32];
    char start[11], end[11];
} code_block;

/* Parses the inside of "[CODE]", "[CODE >D]", "[CODE <D]", "[CODE D-D]". */
static int parse_code(const char *s, size_t n, code_block *cb)
{
    memset(cb, 0, sizeof *cb);
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    size_t c = 0;
    while (c < n && !isspace((unsigned char)s[c])) c++;
    if (c == 0 || c >= sizeof cb->code) return -1;
    memcpy(cb->code, s, c);
    /* The restriction without its spaces: TABARI files write "> 990816"
    ** and "950601 - 990815" as well as ">990816". */
    char rbuf[64];
    size_t rn = 0;
    for (size_t i = c; i < n; i++) {
        if (isspace((unsigned char)s[i])) continue;
        if (rn + 1 >= sizeof rbuf) return -1;
        rbuf[rn++] = s[i];
    }
    rbuf[rn] = '\0';
    const char *r = rbuf;
    if (!rn) return 0;
    if (*r == '>') return restriction_date(r + 1, rn - 1, cb->start);
    if (*r == '<') return restriction_date(r + 1, rn - 1, cb->end);
    const char *dash = memchr(r, '-', rn);
    if (!dash) return -1;
    if (restriction_date(r, (size_t)(dash - r), cb->start)) return -1;
    return restriction_date(dash + 1, rn - (size_t)(dash - r) - 1, cb->end);
}

typedef struct importer {
    const import_dialect *d;
    const char *path;
    long line;
    FILE *out;
    lex_diags *diags;
    import_counts *counts;
    /* actors: the block being read */
    strbuf names;
    code_block codes[64];
    size_t n_codes;
    long root_line;
    /* agents: "!PERSON! = MAN, MEN, ..." substitutions */
    char macro_name[16][32];
    char macro_values[16][256];
    size_t n_macros;
    /* verbs */
    char head[128], group_code[32], synset[64];
    int in_synset;
    int section_skip;        /* inside a TABARI section we do not import */
} importer;

static void reject(importer *im, long line, const char *fmt, const char *what)
{
    im->counts->rejected++;
    lex_diags_add(im->diags, LEX_ERROR, im->path, line, fmt, what);
}

static int add_name(importer *im, const char *s, size_t n)
{
    char buf[512];
    size_t len = phrase_text(s, n, buf, sizeof buf, 0);
    if (!len) return DYAD_OK;
    im->counts->names++;
    return sb_add(&im->names, buf, len);
}

/* Reads every "[...]" on a line into the block; returns -1 on a bad one. */
static int add_codes(importer *im, const char *s)
{
    for (const char *open = strchr(s, '['); open; open = strchr(open + 1, '[')) {
        const char *close = strchr(open, ']');
        if (!close) { reject(im, im->line, "unclosed code bracket: %s", open); return -1; }
        code_block cb;
        if (parse_code(open + 1, (size_t)(close - open - 1), &cb)) {
            char what[128];
            snprintf(what, sizeof what, "%.*s", (int)(close - open + 1), open);
            reject(im, im->line, "bad code or date restriction %s (dates are YYMMDD or YYYYMMDD)", what);
            continue;
        }
        im->counts->codes++;
        if (im->n_codes < sizeof im->codes / sizeof im->codes[0]) im->codes[im->n_codes++] = cb;
    }
    return 0;
}

static void flush_actor(importer *im, int at_end)
{
    if (!im->names.count) return;
    if (!im->n_codes) {
        if (!at_end) return;    /* PETRARCH: a root without codes shares the next one's */
        reject(im, im->root_line, "actor '%s' has no code", im->names.s);
        sb_clear(&im->names);
        return;
    }
    im->counts->entries++;
    for (size_t i = 0; i < im->n_codes; i++) {
        const code_block *cb = &im->codes[i];
        if (!strcmp(cb->code, "---")) continue;   /* "no code" after a dated one */
        char country[4] = "", sector[4] = "";
        size_t n = strlen(cb->code);
        if (n >= 3 && isupper((unsigned char)cb->code[0]) && isupper((unsigned char)cb->code[1]) &&
            isupper((unsigned char)cb->code[2])) {
            memcpy(country, cb->code, 3);
            if (n >= 6) memcpy(sector, cb->code + 3, 3);
        }
        fprintf(im->out, "%s\t%s\t%s\t%s\t%s\t%s\t%s:%ld\n", im->names.s, cb->code, country,
                sector, cb->start, cb->end, im->path, im->root_line);
        im->counts->lines++;
    }
    sb_clear(&im->names);
    im->n_codes = 0;
}

static int actor_line(importer *im, char *s)
{
    char *bracket = strchr(s, '[');
    size_t name_len = bracket ? (size_t)(bracket - s) : strlen(s);
    if (s[0] == '[') return add_codes(im, s) < 0 ? DYAD_OK : DYAD_OK;
    if (s[0] == '+') {
        if (!im->names.count) { reject(im, im->line, "synonym '%s' has no actor before it", s); return DYAD_OK; }
        int st = add_name(im, s + 1, name_len - 1);
        if (st == DYAD_OK && bracket) add_codes(im, bracket);
        return st;
    }
    if (im->n_codes) flush_actor(im, 0);
    if (!im->names.count) im->root_line = im->line;
    int st = add_name(im, s, name_len);
    if (st == DYAD_OK && bracket) add_codes(im, bracket);
    return st;
}

/* Expands the first "!MACRO!" of an agent name with each of its values. */
static int agent_names(importer *im, const char *name, size_t n)
{
    const char *bang = memchr(name, '!', n);
    const char *end = bang ? memchr(bang + 1, '!', n - (size_t)(bang - name) - 1) : NULL;
    if (!bang || !end) return add_name(im, name, n);
    for (size_t m = 0; m < im->n_macros; m++) {
        if (strlen(im->macro_name[m]) != (size_t)(end - bang + 1) ||
            memcmp(im->macro_name[m], bang, (size_t)(end - bang + 1)))
            continue;
        char *values = im->macro_values[m];
        for (char *v = values; *v;) {
            size_t vn = strcspn(v, ",");
            char buf[512];
            int len = snprintf(buf, sizeof buf, "%.*s%.*s%.*s", (int)(bang - name), name, (int)vn, v,
                               (int)(n - (size_t)(end + 1 - name)), end + 1);
            if (len > 0 && add_name(im, buf, (size_t)len < sizeof buf ? (size_t)len : sizeof buf - 1))
                return DYAD_ENOMEM;
            v += vn;
            while (*v == ',' || *v == ' ') v++;
        }
        return DYAD_OK;
    }
    reject(im, im->line, "unknown substitution in '%s'", name);
    return DYAD_OK;
}

static int agent_line(importer *im, char *s)
{
    char *eq = strchr(s, '=');
    if (s[0] == '!' && eq) {          /* !PERSON! = MAN, MEN, WOMAN */
        if (im->n_macros == 16) { reject(im, im->line, "too many substitutions: %s", s); return DYAD_OK; }
        size_t nn = strcspn(s, " =");
        snprintf(im->macro_name[im->n_macros], sizeof im->macro_name[0], "%.*s", (int)nn, s);
        char *v = eq + 1;
        while (*v == ' ') v++;
        snprintf(im->macro_values[im->n_macros], sizeof im->macro_values[0], "%s", v);
        im->n_macros++;
        return DYAD_OK;
    }
    char *bracket = strchr(s, '[');
    if (!bracket) { reject(im, im->line, "agent '%s' has no [code]", s); return DYAD_OK; }
    char *brace = strchr(s, '{');
    size_t name_len = (size_t)((brace && brace < bracket ? brace : bracket) - s);
    sb_clear(&im->names);
    im->n_codes = 0;
    int st = agent_names(im, s, name_len);
    if (st == DYAD_OK && brace && brace < bracket) {     /* {PLURALS} */
        char *close = strchr(brace, '}');
        for (char *p = brace + 1; close && p < close;) {
            while (p < close && *p == ' ') p++;
            size_t wn = 0;
            while (p + wn < close && p[wn] != ' ') wn++;
            if (wn && (st = agent_names(im, p, wn))) break;
            p += wn;
        }
    }
    if (st != DYAD_OK || add_codes(im, bracket) < 0 || !im->n_codes || !im->names.count) return st;
    const char *code = im->codes[0].code;
    const char *tilde = strchr(code, '~');
    char sector[4] = "";
    const char *sec = tilde && tilde[1] ? tilde + 1 : code;
    size_t sn = strcspn(sec, "~");
    memcpy(sector, sec, sn < 3 ? sn : 3);
    fprintf(im->out, "%s\t%s\t%s\t%s:%ld\n", im->names.s, sector, code, im->path, im->line);
    im->counts->entries++;
    im->counts->lines++;
    return DYAD_OK;
}

/* The code in a verb or pattern line's "[...]", copied to out; 0 if none. */
static int bracket_code(const char *s, char *out, size_t cap)
{
    const char *open = strrchr(s, '[');
    const char *close = open ? strchr(open, ']') : NULL;
    if (!open || !close) return 0;
    open++;
    while (open < close && *open == ' ') open++;
    size_t n = (size_t)(close - open);
    while (n && open[n - 1] == ' ') n--;
    snprintf(out, cap, "%.*s", (int)n, open);
    return 1;
}

static int verb_line(importer *im, char *s)
{
    char buf[512], code[32] = "";
    if (s[0] == '&') {                          /* a synset */
        phrase_text(s, strcspn(s, " \t"), im->synset, sizeof im->synset, 1);
        im->in_synset = 1;
        return DYAD_OK;
    }
    if (s[0] == '+' && im->in_synset) {
        phrase_text(s + 1, strlen(s + 1), buf, sizeof buf, 1);
        fprintf(im->out, "%s\t+ %s\t\t%s:%ld\n", im->synset, buf, im->path, im->line);
        im->counts->names++;
        im->counts->lines++;
        return DYAD_OK;
    }
    im->in_synset = 0;
    if (!strncmp(s, "---", 3)) {                /* --- VERB [code] --- */
        char *p = s + 3;
        size_t n = strcspn(p, "[");
        phrase_text(p, n, im->head, sizeof im->head, 1);
        if (!bracket_code(p, im->group_code, sizeof im->group_code)) im->group_code[0] = '\0';
        im->counts->entries++;
        return DYAD_OK;
    }
    if (s[0] == '-') {                          /* - pattern [code] */
        if (!im->head[0]) { reject(im, im->line, "pattern '%s' has no verb before it", s); return DYAD_OK; }
        if (!bracket_code(s, code, sizeof code)) { reject(im, im->line, "pattern '%s' has no [code]", s); return DYAD_OK; }
        char *p = s + 1;
        while (*p == ' ') p++;
        size_t n = (size_t)(strrchr(p, '[') - p);
        while (n && p[n - 1] == ' ') n--;
        fprintf(im->out, "%s\t%.*s\t%s\t%s:%ld\n", im->head, (int)n, p, code, im->path, im->line);
        im->counts->codes++;
        im->counts->lines++;
        return DYAD_OK;
    }
    /* A verb: "FEED {FEEDS FEEDING FED}", "+STIR_UP {...}", "ABANDON [345]",
    ** or (TABARI) a line "{ FORMS }" of more forms of the verb above. */
    if (s[0] == '{') {
        if (!im->head[0]) { reject(im, im->line, "verb forms '%s' have no verb before them", s); return DYAD_OK; }
        sb_clear(&im->names);
        char *close = strchr(s, '}');
        for (char *p = s + 1; close && p < close;) {
            while (p < close && *p == ' ') p++;
            size_t wn = 0;
            while (p + wn < close && p[wn] != ' ') wn++;
            size_t len = wn ? phrase_text(p, wn, buf, sizeof buf, 1) : 0;
            if (len && sb_add(&im->names, buf, len)) return DYAD_ENOMEM;
            p += wn;
        }
        if (!im->names.count) { reject(im, im->line, "empty verb forms '%s'", s); return DYAD_OK; }
        im->counts->names += im->names.count;
        fprintf(im->out, "%s\t= %s\t%s\t%s:%ld\n", im->names.s, im->head, im->group_code,
                im->path, im->line);
        im->counts->lines++;
        return DYAD_OK;
    }
    if (s[0] == '+') s++;
    size_t n = strcspn(s, "{[");
    char verb[128];
    phrase_text(s, n, verb, sizeof verb, 1);
    if (!verb[0]) { reject(im, im->line, "cannot read verb line '%s'", s); return DYAD_OK; }
    int own = bracket_code(s, code, sizeof code);
    /* TABARI has no group headers: a verb with its own code heads a group. */
    if (!strcmp(im->d->name, "tabari") || !im->head[0]) {
        snprintf(im->head, sizeof im->head, "%s", verb);
        snprintf(im->group_code, sizeof im->group_code, "%s", own ? code : "");
        im->counts->entries++;
    }
    sb_clear(&im->names);
    sb_add(&im->names, verb, strlen(verb));
    char *brace = strchr(s, '{'), *close = brace ? strchr(brace, '}') : NULL;
    for (char *p = brace ? brace + 1 : NULL; p && p < close;) {
        while (p < close && *p == ' ') p++;
        size_t wn = 0;
        while (p + wn < close && p[wn] != ' ') wn++;
        if (wn) {
            size_t len = phrase_text(*p == '+' ? p + 1 : p, *p == '+' ? wn - 1 : wn, buf, sizeof buf, 1);
            if (len && sb_add(&im->names, buf, len)) return DYAD_ENOMEM;
        }
        p += wn;
    }
    im->counts->names += im->names.count;
    fprintf(im->out, "%s\t= %s\t%s\t%s:%ld\n", im->names.s, im->head, own ? code : im->group_code,
            im->path, im->line);
    im->counts->lines++;
    return DYAD_OK;
}

static int discard_line(importer *im, char *s)
{
    int story = s[0] == '+';
    char buf[512];
    size_t n = phrase_text(s + story, strlen(s + story), buf, sizeof buf, 0);
    if (!n) return DYAD_OK;
    fprintf(im->out, "%s\t%s\t%s:%ld\n", buf, story ? "story" : "sentence", im->path, im->line);
    im->counts->entries++;
    im->counts->lines++;
    return DYAD_OK;
}

/* TABARI's <SECTION> tags: which to read and which to skip. */
static void section_tag(importer *im, const char *s, import_kind kind)
{
    if (s[1] == '/') { im->section_skip = 0; return; }
    im->section_skip = !(kind == IMPORT_VERBS && !strncmp(s, "<SYNSETS>", 9));
    if (im->section_skip)
        lex_diags_add(im->diags, LEX_NOTE, im->path, im->line,
                      "section %s skipped: dyad has no use for it", s);
}

int import_file(const import_dialect *d, const char *path, import_kind kind,
                FILE *out, lex_diags *diags, import_counts *counts)
{
    FILE *in = fopen(path, "rb");
    if (!in) return DYAD_EIO;
    if (kind == IMPORT_GUESS) kind = import_kind_of(path);
    importer im = { .d = d, .path = path, .out = out, .diags = diags, .counts = counts };
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int st = DYAD_OK;
    while (st == DYAD_OK && (got = getline(&line, &cap, in)) >= 0) {
        im.line++;
        char *s = line;
        size_t n = (size_t)got;
        while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = '\0';
        if (memchr(s, '\0', n)) { reject(&im, im.line, "line holds a NUL byte%s", ""); continue; }
        while (*s == ' ' || *s == '\t') s++;
        if (*s == '#' || !strncmp(s, "<!--", 4)) continue;
        if (!strncmp(s, "~~FINISH", 8)) break;      /* TABARI's end-of-file mark */
        if (*s == '<' && d->comment == ';') { section_tag(&im, s, kind); continue; }
        char *comment = strchr(s, d->comment);
        if (comment) *comment = '\0';
        n = strlen(s);
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = '\0';
        if (!n || im.section_skip) continue;
        switch (kind) {
        case IMPORT_ACTORS: st = actor_line(&im, s); break;
        case IMPORT_AGENTS: st = agent_line(&im, s); break;
        case IMPORT_VERBS: st = verb_line(&im, s); break;
        case IMPORT_DISCARDS: st = discard_line(&im, s); break;
        default: st = DYAD_EINVAL; break;
        }
    }
    if (st == DYAD_OK && kind == IMPORT_ACTORS) flush_actor(&im, 1);
    if (st == DYAD_OK && ferror(in)) st = DYAD_EIO;
    free(line);
    free(im.names.s);
    fclose(in);
    return st;
}
