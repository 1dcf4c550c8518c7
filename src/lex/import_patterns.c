/*
** import_patterns.c — imported PETRARCH-2 / TABARI verb patterns said in
** dyad's pattern grammar (lexicon/README.md, "verbs/ *.tsv").
**
** A PETRARCH pattern is a row of words around the verb ("*"): the words
** after it are looked for in the verb phrase, those before it in front
** of the verb; "$" marks the source, "+" the target, "%" a compound
** actor, "^" an actor skipped, "&NAME" a synset, "_" joins words.  dyad's
** patterns are constraints on the verb's dependents in a dependency
** tree, so the words are read as the dependents they would be:
**
**   after "*": a preposition and the words after it → obl:PREP=NOUN (the
**     last word of the phrase, its head); "PREP +" → obl:PREP@T, "PREP $"
**     → obl:PREP@S; "+" alone → obj@T; other words → obj=NOUN; "to
**     VERB" → xcomp>VERB; "up", "down", "off", "out", "away", "back" →
**     compound:prt=WORD; determiners are dropped; a noun's modifiers
**     constrain the noun's own dependents ("FORMAL TALKS" →
**     obj>talk[amod=formal]), written as amod, as compound and left
**     out, since which they are cannot be told;
**   before "*": an auxiliary → aux=LEMMA; "not", "n't", "never" →
**     advmod=not|never; an adverb in -ly → advmod=WORD; "to" → mark=to;
**     "$" and "%" (the subject) need nothing.
**
** Anything else before the verb (a governing verb: "SAID *"; a subject
** noun: "TANKS *"; a target: "+ *") and an auxiliary or negation after
** it have no dependent of the verb to stand for; "% *" (a compound
** subject) asks for nothing the verb alone does not: such a pattern is
** left out, counted, and reported as a note.  A synset is expanded into one
** pattern per member (at most 64 a pattern).  Nouns and verbs are also
** written in their likely lemma forms ("ties" → tie, "protesting" → protest,
** a verb group headed "ASKED" → ask), since dyad matches lemmas.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "lex/import_lexicon.h"

#define MAX_VARIANTS 64

typedef struct line_list { char **v; size_t n, cap; } line_list;

static int list_add(line_list *l, const char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v) return DYAD_ENOMEM;
        l->v = v;
        l->cap = cap;
    }
    if (!(l->v[l->n] = strdup(s))) return DYAD_ENOMEM;
    l->n++;
    return DYAD_OK;
}

static void list_free(line_list *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int list_has(const line_list *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++) if (!strcmp(l->v[i], s)) return 1;
    return 0;
}

static int word_in(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) if (!strcmp(w, list[i])) return 1;
    return 0;
}
#define IN(w, list) word_in(w, list, sizeof list / sizeof list[0])

static const char *const PREPOSITIONS[] = {
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
    "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "during",
    "for", "from", "in", "inside", "into", "near", "of", "on", "onto", "over", "per", "since", "through",
    "throughout", "toward", "towards", "under", "until", "upon", "via", "with", "within", "without",
};
static const char *const PARTICLES[] = { "up", "down", "off", "out", "away", "back" };
static const char *const DETERMINERS[] = {
    "a", "an", "the", "its", "their", "our", "his", "her", "my", "your", "this", "that", "these", "those",
};
static const char *const NEGATIONS[] = { "not", "n't", "never" };
static const char *const AUX_WORDS[] = {
    "will", "would", "shall", "should", "may", "might", "can", "could", "must", "have", "has", "had",
    "do", "does", "did", "wo", "ca",
};
static const char *const AUX_LEMMAS[] = {
    "will", "would", "shall", "should", "may", "might", "can", "could", "must", "have", "have", "have",
    "do", "do", "do", "will", "can",
};

/* A word as a pattern lemma: lowercase, only the characters a lemma may
** hold.  Returns its length. */
static size_t clean_word(const char *w, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)w[i];
        if (isalnum(c) || c == '-' || c == '\'' || c >= 0x80) out[o++] = (char)tolower(c);
    }
    out[o] = '\0';
    return o;
}

/* "w|lemma|lemma": the word and the lemmas its ending suggests. */
static void lemma_forms(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    char forms[6][64];
    int k = 0;
    snprintf(forms[k++], 64, "%s", w);
    if (n > 4 && (!strcmp(w + n - 3, "ies") || !strcmp(w + n - 3, "ied")))
        snprintf(forms[k++], 64, "%.*sy", (int)(n - 3), w);
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') snprintf(forms[k++], 64, "%.*s", (int)(n - 1), w);
    if (n > 4 && !strcmp(w + n - 2, "es")) snprintf(forms[k++], 64, "%.*s", (int)(n - 2), w);
    if (n > 5 && !strcmp(w + n - 3, "ing")) {
        snprintf(forms[k++], 64, "%.*s", (int)(n - 3), w);
        snprintf(forms[k++], 64, "%.*se", (int)(n - 3), w);
    } else if (n > 4 && !strcmp(w + n - 2, "ed")) {
        snprintf(forms[k++], 64, "%.*s", (int)(n - 2), w);
        snprintf(forms[k++], 64, "%.*s", (int)(n - 1), w);
    }
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < k; i++) {
        int dup = 0;
        for (int j = 0; j < i; j++) if (!strcmp(forms[i], forms[j])) dup = 1;
        if (dup) continue;
        int wr = snprintf(out + o, cap - o, "%s%s", o ? "|" : "", forms[i]);
        if (wr < 0 || (size_t)wr >= cap - o) break;
        o += (size_t)wr;
    }
}

typedef struct synsets { line_list names, members; } synsets;   /* parallel */

/* Expands the first "&NAME" of text into each member, recursively, into
** out (at most MAX_VARIANTS). */
static int expand(const synsets *sy, const char *text, line_list *out, int depth)
{
    const char *amp = strchr(text, '&');
    if (!amp || depth > 4) return out->n < MAX_VARIANTS && !list_has(out, text) ? list_add(out, text) : DYAD_OK;
    size_t n = 1;
    while (isalnum((unsigned char)amp[n])) n++;
    char name[64];
    clean_word(amp, n, name + 1, sizeof name - 1);
    name[0] = '&';
    int found = 0;
    for (size_t i = 0; i < sy->names.n && out->n < MAX_VARIANTS; i++) {
        if (strcmp(sy->names.v[i], name)) continue;
        found = 1;
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s%s%s", (int)(amp - text), text, sy->members.v[i], amp + n);
        int st = expand(sy, buf, out, depth + 1);
        if (st) return st;
    }
    if (!found) {   /* an unknown synset stands for nothing: drop it */
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s%s", (int)(amp - text), text, amp + n);
        return expand(sy, buf, out, depth + 1);
    }
    return DYAD_OK;
}

typedef struct cons { char s[1024]; size_t n; } cons;

static void put(cons *c, const char *fmt, const char *a, const char *b)
{
    int w = snprintf(c->s + c->n, sizeof c->s - c->n, fmt, a, b);
    if (w > 0 && (size_t)w < sizeof c->s - c->n) c->n += (size_t)w;
}

/* Is a modifier word an adjective (amod) rather than a noun (compound)?
** By its ending: "formal", "military", "improved"; only a guess, so
** the caller also writes the pattern with every modifier one way, then
** the other, and without modifiers. */
static int adjective_like(const char *w)
{
    static const char *const endings[] = { "al", "ic", "ive", "ous", "ful", "ary", "ed", "ese", "ish", "an", "ble", "ent", "ant" };
    size_t n = strlen(w);
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t k = strlen(endings[i]);
        if (n > k + 2 && !strcmp(w + n - k, endings[i])) return 1;
    }
    return 0;
}

/* The phrase words collected after a preposition (or none): its head,
** the last word, and (mode 1-3) the words before it as its modifiers:
** mode 1 each as its ending suggests, 2 all amod, 3 all compound; mode 0
** the head alone. */
static void flush_run(cons *c, const char *prep, char run[][64], int *n_run, int mode)
{
    char forms[256], mods[512] = "";
    size_t m = 0;
    for (int i = 0; mode && i + 1 < *n_run; i++) {
        if (!isalpha((unsigned char)run[i][0])) continue;
        const char *rel = mode == 2 || (mode == 1 && adjective_like(run[i])) ? "amod" : "compound";
        int w = snprintf(mods + m, sizeof mods - m, "%s%s=%s", m ? " " : "", rel, run[i]);
        if (w > 0 && (size_t)w < sizeof mods - m) m += (size_t)w;
    }
    if (*n_run) lemma_forms(run[*n_run - 1], forms, sizeof forms);
    if (m) {
        /* "FORMAL TALKS": a talk with the modifier formal, said as
        ** a constraint on the dependent's own dependents */
        char sub[1024];
        snprintf(sub, sizeof sub, "%s[%s]", forms, mods);
        if (prep[0]) put(c, " obl:%s>%s", prep, sub);
        else put(c, " obj>%s%s", sub, "");
    } else if (prep[0] && *n_run) put(c, " obl:%s~=%s", prep, forms);
    else if (prep[0]) put(c, " obl:%s%s", prep, "");
    else if (*n_run) put(c, " obj~=%s%s", forms, "");   /* PETRARCH's word may modify the phrase's head */
    *n_run = 0;
}

/* One pattern (synsets expanded) as constraints; -1 when dyad cannot say it. */
static int convert(const char *text, int mode, cons *c)
{
    char words[32][64];
    int n = 0, star = -1;
    for (const char *p = text; *p && n < 32;) {
        while (*p == ' ' || *p == '_') p++;
        if (!*p) break;
        size_t len = strcspn(p, " _");
        if (len == 1 && strchr("*+$%^", *p)) { words[n][0] = *p; words[n][1] = '\0'; }
        else clean_word(p, len, words[n], sizeof words[n]);
        if (words[n][0] == '*') star = n;
        if (words[n][0]) n++;
        p += len;
    }
    c->n = 0;
    c->s[0] = '\0';
    for (int i = 0; i < star; i++) {
        const char *w = words[i];
        size_t len = strlen(w);
        if (!strcmp(w, "$") || !strcmp(w, "%") || !strcmp(w, "^")) continue;
        if (IN(w, NEGATIONS)) { put(c, " advmod=not|never%s%s", "", ""); continue; }
        int aux = -1;
        for (size_t k = 0; k < sizeof AUX_WORDS / sizeof AUX_WORDS[0]; k++) if (!strcmp(w, AUX_WORDS[k])) aux = (int)k;
        if (aux >= 0) { put(c, " aux=%s%s", AUX_LEMMAS[aux], ""); continue; }
        if (!strcmp(w, "to")) { put(c, " mark=to%s%s", "", ""); continue; }
        if (len > 3 && !strcmp(w + len - 2, "ly")) { put(c, " advmod=%s%s", w, ""); continue; }
        return -1;
    }
    char prep[64] = "", run[32][64];
    int n_run = 0;
    for (int i = star + 1; i < n; i++) {
        const char *w = words[i];
        if (!strcmp(w, "%") || !strcmp(w, "^") || !strcmp(w, "*")) continue;
        if (!strcmp(w, "$") || !strcmp(w, "+")) {
            const char *role = w[0] == '+' ? "T" : "S";   /* PETRARCH: $ source, + target */
            if (prep[0]) put(c, " obl:%s@%s", prep, role);
            else put(c, " obj@%s%s", role, "");
            prep[0] = '\0';
            n_run = 0;
            continue;
        }
        if (IN(w, NEGATIONS) || IN(w, AUX_WORDS)) return -1;
        if (IN(w, DETERMINERS)) continue;
        if (!strcmp(w, "to") && i + 1 < n && isalpha((unsigned char)words[i + 1][0]) &&
            !IN(words[i + 1], DETERMINERS)) {
            flush_run(c, prep, run, &n_run, mode);
            prep[0] = '\0';
            char forms[256];
            lemma_forms(words[i + 1], forms, sizeof forms);
            put(c, " xcomp>%s%s", forms, "");
            break;   /* the rest is the clause's, which the pattern leaves open */
        }
        if (IN(w, PARTICLES) && !n_run && !prep[0]) { put(c, " compound:prt=%s%s", w, ""); continue; }
        if (IN(w, PREPOSITIONS) || !strcmp(w, "to")) {
            flush_run(c, prep, run, &n_run, mode);
            snprintf(prep, sizeof prep, "%s", w);
            continue;
        }
        if (n_run < 32) snprintf(run[n_run++], sizeof run[0], "%s", w);
    }
    flush_run(c, prep, run, &n_run, mode);
    /* "% *" (a compound subject) or "+ *" asks nothing dyad can check:
    ** it would only shadow the verb's own code */
    return c->n ? 0 : -1;
}

/* A CAMEO-like code of 2-4 digits ("013:012" is read as its first code). */
static int code_ok(const char *code, char *out)
{
    size_t n = strcspn(code, ":");
    if (n < 2 || n > 4 || strspn(code, "0123456789") != n) return 0;
    memcpy(out, code, n);
    out[n] = '\0';
    return 1;
}

typedef struct group {
    char head[128];
    line_list verbs;      /* "lemma constraints\tcode\tsource" */
    line_list patterns;   /* "pattern\tcode\tsource" */
} group;

/* A verb form ("break down", "klm nop +rst") as head and constraints; -1
** when words stand before the verb. */
static int verb_head(const char *form, char *lemma, size_t cap, cons *c)
{
    char words[16][64];
    int n = 0, verb = 0;
    for (const char *p = form; *p && n < 16;) {
        while (*p == ' ') p++;
        if (!*p) break;
        size_t len = strcspn(p, " ");
        if (*p == '+') verb = n;
        clean_word(p, len, words[n], sizeof words[n]);
        if (words[n][0]) n++;
        p += len;
    }
    if (!n || verb > 0) return -1;
    /* a head written inflected ("--- ASKED ---") gets its likely lemmas */
    lemma_forms(words[0], lemma, cap);
    c->n = 0;
    c->s[0] = '\0';
    for (int i = 1; i < n; i++) {
        char forms[256];
        lemma_forms(words[i], forms, sizeof forms);
        if (IN(words[i], PARTICLES) || IN(words[i], PREPOSITIONS)) put(c, " compound:prt=%s%s", words[i], "");
        else put(c, " obj=%s%s", forms, "");
    }
    return 0;
}

static int write_group(const group *g, const synsets *sy, FILE *out, lex_diags *diags,
                       import_lexicon_counts *counts)
{
    line_list heads = { 0 }, written = { 0 }, variants = { 0 }, simple_list = { 0 };
    char simple[1024] = "";
    int st = DYAD_OK;
    for (size_t i = 0; i < g->verbs.n && st == DYAD_OK; i++) {
        char *v = g->verbs.v[i], *tab = strchr(v, '\t'), *tab2 = tab ? strchr(tab + 1, '\t') : NULL;
        if (!tab || !tab2) continue;
        char form[256], lemma[256], code[8];
        cons c;
        snprintf(form, sizeof form, "%.*s", (int)(tab - v), v);
        if (verb_head(form, lemma, sizeof lemma, &c) || !lemma[0]) {
            counts->verbs_left_out++;
            lex_diags_add(diags, LEX_NOTE, NULL, 0, "%s: verb '%s' has words before the verb; left out", tab2 + 1, form);
            continue;
        }
        if (!c.n && simple_list.n < 32 && !list_has(&simple_list, lemma)) {
            size_t len = strlen(simple);
            snprintf(simple + len, sizeof simple - len, "%s%s", len ? "|" : "", lemma);
            st = list_add(&simple_list, lemma);
        }
        char head[1300];
        snprintf(head, sizeof head, "%s%s", lemma, c.s);
        if (!list_has(&heads, head)) st = list_add(&heads, head);
        char code_text[32];
        snprintf(code_text, sizeof code_text, "%.*s", (int)(tab2 - tab - 1), tab + 1);
        if (st == DYAD_OK && code_ok(code_text, code)) {
            char line[1400];
            snprintf(line, sizeof line, "%s\t%s", code, head);
            if (!list_has(&written, line)) {
                fprintf(out, "%s\t%s\n", line, tab2 + 1);
                counts->verbs++;
                st = list_add(&written, line);
            }
        }
    }
    /* the group's patterns hang on its one-word verbs together, or on
    ** each verb phrase when it has none */
    line_list pattern_heads = { 0 };
    if (st == DYAD_OK && simple[0]) st = list_add(&pattern_heads, simple);
    for (size_t i = 0; st == DYAD_OK && !simple[0] && i < heads.n; i++) st = list_add(&pattern_heads, heads.v[i]);
    for (size_t i = 0; st == DYAD_OK && i < g->patterns.n; i++) {
        char *p = g->patterns.v[i], *tab = strchr(p, '\t'), *tab2 = tab ? strchr(tab + 1, '\t') : NULL;
        if (!tab || !tab2) continue;
        char text[1024], code_text[32], code[8];
        snprintf(text, sizeof text, "%.*s", (int)(tab - p), p);
        snprintf(code_text, sizeof code_text, "%.*s", (int)(tab2 - tab - 1), tab + 1);
        /* "---": the phrase reports no event (pattern.h, PATTERN_NO_EVENT) */
        int null = !strncmp(code_text, "---", 3) && (!code_text[3] || code_text[3] == ':');
        if (null) snprintf(code, sizeof code, "---");
        if (!null && !code_ok(code_text, code)) {
            counts->patterns_left_out++;
            lex_diags_add(diags, LEX_NOTE, NULL, 0, "%s: code '%s' is not a CAMEO code; left out", tab2 + 1, code_text);
            continue;
        }
        list_free(&variants);
        if ((st = expand(sy, text, &variants, 0))) break;
        size_t said = 0;
        /* modes 1-3 say a phrase's modifiers three ways, 0 leaves them out */
        for (size_t k = 0; st == DYAD_OK && k < variants.n * 4; k++) {
            cons c;
            if (convert(variants.v[k / 4], (int)(k % 4 + 1) & 3, &c)) continue;
            said++;
            for (size_t h = 0; st == DYAD_OK && h < pattern_heads.n; h++) {
                char line[2048];
                snprintf(line, sizeof line, "%s\t%s%s", code, pattern_heads.v[h], c.s);
                if (list_has(&written, line)) continue;
                fprintf(out, "%s\t%s\n", line, tab2 + 1);
                counts->patterns++;
                st = list_add(&written, line);
            }
        }
        if (!said) {
            counts->patterns_left_out++;
            lex_diags_add(diags, LEX_NOTE, NULL, 0, "%s: pattern '%s' asks for words before the verb or "
                          "actors that dyad's patterns cannot say; left out", tab2 + 1, text);
        }
    }
    list_free(&variants);
    list_free(&pattern_heads);
    list_free(&heads);
    list_free(&simple_list);
    list_free(&written);
    return st;
}

static group *group_of(group **groups, size_t *n, size_t *cap, const char *head)
{
    for (size_t i = 0; i < *n; i++) if (!strcmp((*groups)[i].head, head)) return &(*groups)[i];
    if (*n == *cap) {
        size_t c2 = *cap ? *cap * 2 : 64;
        group *g = realloc(*groups, c2 * sizeof *g);
        if (!g) return NULL;
        *groups = g;
        *cap = c2;
    }
    group *g = &(*groups)[(*n)++];
    memset(g, 0, sizeof *g);
    snprintf(g->head, sizeof g->head, "%s", head);
    return g;
}

int import_lexicon_verbs(const char *import_tsv, FILE *verbs, lex_diags *diags,
                         import_lexicon_counts *counts)
{
    tsv_reader r;
    if (tsv_open(&r, import_tsv)) return DYAD_EIO;
    synsets sy = { { 0 }, { 0 } };
    group *groups = NULL;
    size_t n_groups = 0, cap = 0;
    int st;
    while ((st = tsv_next(&r)) == DYAD_OK || st == DYAD_EUTF8) {
        if (st == DYAD_EUTF8 || r.n_fields != 4) {
            lex_diags_add(diags, LEX_WARNING, r.path, r.line, "not an imported verb line; left out");
            continue;
        }
        char **f = r.fields, line[2048];
        if (f[0][0] == '&' && f[1][0] == '+') {             /* a synset member */
            const char *m = f[1] + 1;
            while (*m == ' ') m++;
            if ((st = list_add(&sy.names, f[0])) || (st = list_add(&sy.members, m))) break;
            continue;
        }
        int is_verb = f[1][0] == '=' && f[1][1] == ' ';
        group *g = group_of(&groups, &n_groups, &cap, is_verb ? f[1] + 2 : f[0]);
        if (!g) { st = DYAD_ENOMEM; break; }
        if (is_verb) {
            size_t first = strcspn(f[0], "|");
            snprintf(line, sizeof line, "%.*s\t%s\t%s", (int)first, f[0], f[2], f[3]);
            st = list_add(&g->verbs, line);
        } else {
            snprintf(line, sizeof line, "%s\t%s\t%s", f[1], f[2], f[3]);
            st = list_add(&g->patterns, line);
        }
        if (st) break;
    }
    if (st == DYAD_DONE) st = DYAD_OK;
    fputs("# dyad patterns converted from imported PETRARCH-2/TABARI verbs (docs/petrarch.md)\n", verbs);
    for (size_t i = 0; i < n_groups; i++) {
        if (st == DYAD_OK) st = write_group(&groups[i], &sy, verbs, diags, counts);
        list_free(&groups[i].verbs);
        list_free(&groups[i].patterns);
    }
    free(groups);
    list_free(&sy.names);
    list_free(&sy.members);
    tsv_close(&r);
    return st;
}
