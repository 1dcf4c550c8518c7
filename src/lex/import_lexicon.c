/*
** import_lexicon.c — imported actors and agents as lexicon sources
** (import_lexicon.h); the verbs are import_patterns.c's.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "lex/import_lexicon.h"

void import_codes_free(import_codes *c)
{
    free(c->codes);
    free(c->list);
    memset(c, 0, sizeof *c);
}

static int codes_add(import_codes *c, const char *code)
{
    for (size_t i = 0; i < c->n; i++) if (!strcmp(c->codes[i], code)) return DYAD_OK;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        char (*codes)[4] = realloc(c->codes, cap * sizeof *codes);
        if (!codes) return DYAD_ENOMEM;
        c->codes = codes;
        const char **list = realloc(c->list, cap * sizeof *list);
        if (!list) return DYAD_ENOMEM;
        c->list = list;
        c->cap = cap;
    }
    memcpy(c->codes[c->n], code, 4);
    c->n++;
    for (size_t i = 0; i < c->n; i++) c->list[i] = c->codes[i];   /* codes may have moved */
    return DYAD_OK;
}

static int function_word(const char *w, size_t n)
{
    static const char *const words[] = { "of", "the", "and", "for", "de", "al", "el", "la", "le", "du", "in", "on" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && !strncasecmp(words[i], w, n)) return 1;
    return 0;
}

/* A dictionary name in the case news text uses: PETRARCH and TABARI
** write every name in capitals, and dyad's matcher reads a capitalised
** name word as needing a capital in the text and a short all-capitals
** one as an acronym.  So "NORTH VALE" → "North Vale", "GROUP OF 77"
** → "Group of 77", "KEL-DORAN" → "Kel-Doran", "JOHN LEE" → "John Lee";
** a name of one word of up to three letters ("IMF") and a word of two
** ("AU") stay acronyms; words with a lowercase letter are kept. */
static void name_case(const char *in, char *out, size_t cap)
{
    size_t o = 0;
    int one_word = !strchr(in, ' ');
    for (const char *p = in; *p && o + 1 < cap;) {
        if (*p == ' ') { out[o++] = *p++; continue; }
        size_t n = strcspn(p, " ");
        size_t letters = 0, lower = 0;
        for (size_t i = 0; i < n; i++) {
            if (isalpha((unsigned char)p[i])) letters++;
            if (islower((unsigned char)p[i])) lower++;
        }
        int keep = lower > 0 || letters <= 2 || (letters == 3 && one_word) || memchr(p, '.', n);
        int fn = function_word(p, n);
        int start = 1;
        for (size_t i = 0; i < n && o + 1 < cap; i++) {
            unsigned char ch = (unsigned char)p[i];
            if (fn) out[o++] = (char)tolower(ch);
            else if (keep || !isalpha(ch)) out[o++] = (char)ch;
            else out[o++] = (char)(start ? toupper(ch) : tolower(ch));
            start = !isalpha(ch) && ch != '\'';
        }
        p += n;
    }
    out[o] = '\0';
}

/* Every "|" name of a field, cased. */
static void names_case(const char *field, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (const char *p = field; *p && o + 1 < cap;) {
        size_t n = strcspn(p, "|");
        char one[512], cased[512];
        snprintf(one, sizeof one, "%.*s", (int)n, p);
        name_case(one, cased, sizeof cased);
        int w = snprintf(out + o, cap - o, "%s%s", o ? "|" : "", cased);
        if (w < 0 || (size_t)w >= cap - o) break;
        o += (size_t)w;
        p += n;
        if (*p == '|') p++;
    }
}

typedef struct actor_code { char code[24], country[4], sector[21], start[11], end[11]; } actor_code;

typedef struct actor_block {
    char names[2048], source[600];
    actor_code codes[16];
    size_t n;
} actor_block;

/* A code's country (its first three letters, when they are letters) and
** sector (the rest, up to a character no code holds: "AAA/BBB" has none). */
static void split_code(const char *raw, actor_code *a)
{
    size_t n = 0;
    for (; raw[n] && n + 1 < sizeof a->code; n++) a->code[n] = (char)toupper((unsigned char)raw[n]);
    a->code[n] = '\0';
    a->country[0] = a->sector[0] = '\0';
    if (n < 3 || !isalpha((unsigned char)a->code[0]) || !isalpha((unsigned char)a->code[1]) ||
        !isalpha((unsigned char)a->code[2]))
        return;
    memcpy(a->country, a->code, 3);
    a->country[3] = '\0';
    size_t s = 0;
    while (3 + s < n && s + 1 < sizeof a->sector && isalnum((unsigned char)a->code[3 + s])) {
        a->sector[s] = a->code[3 + s];
        s++;
    }
    a->sector[s] = '\0';
}

static int flush_actor(actor_block *b, FILE *countries, FILE *orgs, FILE *people, import_codes *codes,
                       lex_diags *diags, import_lexicon_counts *counts)
{
    if (!b->n) return DYAD_OK;
    char names[4096];
    names_case(b->names, names, sizeof names);
    int dated = 0;
    for (size_t i = 0; i < b->n; i++) if (b->codes[i].start[0] || b->codes[i].end[0]) dated = 1;
    /* dated roles first: the compiler's matcher takes the earliest line
    ** that covers the story's date, and an undated code covers them all */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < b->n; i++) {
            const actor_code *a = &b->codes[i];
            int has_dates = a->start[0] || a->end[0];
            if (dated && has_dates != (pass == 0)) continue;
            if (!dated && pass == 1) continue;
            if (!a->country[0]) {
                lex_diags_add(diags, LEX_WARNING, NULL, 0, "%s: code '%s' names no country; left out",
                              b->source, a->code);
                continue;
            }
            if (codes_add(codes, a->country)) return DYAD_ENOMEM;
            if (dated) {
                fprintf(people, "%s\t%s\t%s\t\t\t%s\t%s\n", names, a->country, a->sector, a->start, a->end);
                counts->people++;
            } else if (!a->sector[0] && !a->code[3]) {
                fprintf(countries, "%s\tname\t%s\n", a->country, names);
                counts->countries++;
            } else {
                fprintf(orgs, "%s\t%s\t%s\t%s\n", a->code, a->country, a->sector, names);
                counts->orgs++;
            }
        }
    }
    b->n = 0;
    return DYAD_OK;
}

int import_lexicon_actors(const char *import_tsv, FILE *countries, FILE *orgs, FILE *people,
                          import_codes *codes, lex_diags *diags, import_lexicon_counts *counts)
{
    tsv_reader r;
    if (tsv_open(&r, import_tsv)) return DYAD_EIO;
    actor_block *b = calloc(1, sizeof *b);
    if (!b) { tsv_close(&r); return DYAD_ENOMEM; }
    int st;
    while ((st = tsv_next(&r)) == DYAD_OK || st == DYAD_EUTF8) {
        if (st == DYAD_EUTF8 || r.n_fields != 7) {
            lex_diags_add(diags, LEX_WARNING, r.path, r.line, "not an imported actor line; left out");
            continue;
        }
        char **f = r.fields;
        if (b->n && (strcmp(b->names, f[0]) || strcmp(b->source, f[6]) || b->n == 16) &&
            (st = flush_actor(b, countries, orgs, people, codes, diags, counts)))
            break;
        if (!b->n) {
            snprintf(b->names, sizeof b->names, "%s", f[0]);
            snprintf(b->source, sizeof b->source, "%s", f[6]);
        }
        actor_code *a = &b->codes[b->n++];
        split_code(f[1], a);
        snprintf(a->start, sizeof a->start, "%s", f[4]);
        snprintf(a->end, sizeof a->end, "%s", f[5]);
    }
    if (st == DYAD_DONE) st = flush_actor(b, countries, orgs, people, codes, diags, counts);
    free(b);
    tsv_close(&r);
    return st;
}

int import_lexicon_agents(const char *import_tsv, FILE *agents, lex_diags *diags,
                          import_lexicon_counts *counts)
{
    tsv_reader r;
    if (tsv_open(&r, import_tsv)) return DYAD_EIO;
    int st;
    while ((st = tsv_next(&r)) == DYAD_OK || st == DYAD_EUTF8) {
        if (st == DYAD_EUTF8 || r.n_fields != 4) {
            lex_diags_add(diags, LEX_WARNING, r.path, r.line, "not an imported agent line; left out");
            continue;
        }
        /* the whole agent code is the sector: "~GOVFRM" is GOVFRM, "NGO~" NGO */
        char sector[8];
        size_t n = 0;
        for (const char *p = r.fields[2]; *p && n + 1 < sizeof sector; p++)
            if (isalnum((unsigned char)*p)) sector[n++] = (char)toupper((unsigned char)*p);
        sector[n] = '\0';
        if (!n) {
            lex_diags_add(diags, LEX_WARNING, r.path, r.line, "agent code '%s' has no letters; left out",
                          r.fields[2]);
            continue;
        }
        char names[4096];
        size_t o = 0;
        for (const char *p = r.fields[0]; *p && o + 1 < sizeof names; p++)
            names[o++] = (char)tolower((unsigned char)*p);
        names[o] = '\0';
        fprintf(agents, "%s\t%s\tgroup\n", names, sector);
        counts->agents++;
    }
    tsv_close(&r);
    return st == DYAD_DONE ? DYAD_OK : st;
}
