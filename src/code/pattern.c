/*
** pattern.c — parsing, indexing and matching event patterns (pattern.h).
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "code/pattern.h"
#include "code/attribution.h"

void pattern_set_init(pattern_set *set)
{
    memset(set, 0, sizeof *set);
}

void pattern_set_free(pattern_set *set)
{
    for (size_t i = 0; i < set->n_pool; i++) free(set->pool[i]);
    for (size_t i = 0; i < set->n_files; i++) free(set->files[i]);
    free(set->pool);
    free(set->files);
    free(set->patterns);
    free(set->cons);
    free(set->index);
    free(set->slots);
    memset(set, 0, sizeof *set);
}

/* FNV-1a of a NUL-terminated string. */
static uint64_t lemma_hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h | 1;              /* 0 marks an empty slot */
}

static int grow(void **items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return DYAD_OK;
    size_t cap2 = *cap ? *cap * 2 : 64;
    while (cap2 < need) cap2 *= 2;
    void *p = realloc(*items, cap2 * size);
    if (!p) return DYAD_ENOMEM;
    *items = p;
    *cap = cap2;
    return DYAD_OK;
}

typedef struct parser {
    pattern_set *set;
    const char *s;             /* the pattern text */
    size_t i, n;
    char *err;
    size_t err_len;
    int status;
} parser;

static int fail(parser *p, const char *fmt, ...)
{
    if (p->status == DYAD_OK && p->err && p->err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(p->err, p->err_len, fmt, ap);
        va_end(ap);
    }
    if (p->status == DYAD_OK) p->status = DYAD_EFORMAT;
    return p->status;
}

static void skip_spaces(parser *p)
{
    while (p->i < p->n && p->s[p->i] == ' ') p->i++;
}

/* Lemma characters: letters, digits, hyphens, apostrophes, and "_" for
** a space inside a multi-word lemma ("prime_minister"). */
static int lemma_char(char c)
{
    return isalnum((unsigned char)c) || c == '-' || c == '\'' || c == '_' || (unsigned char)c >= 0x80;
}

/* Reads "a|b|c" into the pool; sets *first and *count. */
static int parse_lemmas(parser *p, uint32_t *first, uint32_t *count)
{
    pattern_set *set = p->set;
    *first = (uint32_t)set->n_pool;
    *count = 0;
    for (;;) {
        size_t start = p->i;
        while (p->i < p->n && lemma_char(p->s[p->i])) p->i++;
        if (p->i == start) return fail(p, "expected a lemma at column %zu", start + 1);
        if (grow((void **)&set->pool, &set->cap_pool, set->n_pool + 1, sizeof *set->pool))
            return p->status = DYAD_ENOMEM;
        char *lemma = malloc(p->i - start + 1);
        if (!lemma) return p->status = DYAD_ENOMEM;
        for (size_t k = start; k < p->i; k++)
            lemma[k - start] = p->s[k] == '_' ? ' ' : (char)tolower((unsigned char)p->s[k]);
        lemma[p->i - start] = '\0';
        set->pool[set->n_pool++] = lemma;
        (*count)++;
        if (p->i < p->n && p->s[p->i] == '|') { p->i++; continue; }
        return DYAD_OK;
    }
}

static int known_relation(const char *rel)
{
    static const char *const base[] = {
        "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "compound",
        "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
        "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
        "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
    };
    size_t n = strcspn(rel, ":");
    for (size_t i = 0; i < sizeof base / sizeof base[0]; i++)
        if (strlen(base[i]) == n && !strncmp(rel, base[i], n)) return 1;
    return 0;
}

static int parse_pattern(parser *p, const char *code, int32_t parent, int clause, uint32_t file,
                         uint32_t line, int32_t *out);

static int parse_constraint(parser *p, constraint *c, int *weight)
{
    memset(c, 0, sizeof *c);
    c->clause = -1;
    if (p->s[p->i] == '!') { c->negated = 1; p->i++; }
    size_t start = p->i;
    while (p->i < p->n && (islower((unsigned char)p->s[p->i]) || p->s[p->i] == ':')) p->i++;
    size_t len = p->i - start;
    if (len == 0 || len >= sizeof c->rel) return fail(p, "expected a relation at column %zu", start + 1);
    memcpy(c->rel, p->s + start, len);
    c->rel[len] = '\0';
    if (!known_relation(c->rel)) return fail(p, "unknown relation '%s'", c->rel);
    *weight = 1;
    if (p->i < p->n && p->s[p->i] == '>') {
        if (c->negated) return fail(p, "'!' and '>' do not go together");
        p->i++;
        /* the clause is a pattern of its own, tied to this one */
        int32_t sub;
        if (parse_pattern(p, "", -2, 1, 0, 0, &sub)) return p->status;
        c->clause = sub;
        /* a clause names its verb as "rel=lemma" names a word: it weighs
        ** as much, and more than a bare "xcomp", else "urge obj@T
        ** xcomp>cooperate" ties with "urge obj@T xcomp" and the order of
        ** the lines decides */
        *weight = 3 + p->set->patterns[sub].specificity;
        return DYAD_OK;
    }
    if (p->i + 1 < p->n && p->s[p->i] == '~' && p->s[p->i + 1] == '=') {
        c->in_phrase = 1;
        p->i++;
    }
    if (p->i < p->n && p->s[p->i] == '=') {
        p->i++;
        if (parse_lemmas(p, &c->lemmas, &c->n_lemmas)) return p->status;
        *weight = 3;
    }
    if (p->i < p->n && p->s[p->i] == '@') {
        p->i++;
        char r = p->i < p->n ? p->s[p->i] : 0;
        if (r != 'T' && r != 'S') return fail(p, "expected @T or @S at column %zu", p->i);
        if (c->negated) return fail(p, "a missing dependent cannot have a role");
        c->role = (uint8_t)r;
        p->i++;
    }
    return DYAD_OK;
}

/* Parses "head[/N] constraint ..." (or, for a clause, up to "]"). */
static int parse_pattern(parser *p, const char *code, int32_t parent, int clause, uint32_t file,
                         uint32_t line, int32_t *out)
{
    pattern_set *set = p->set;
    pattern head = { 0 };
    snprintf(head.code, sizeof head.code, "%s", code);
    head.parent = parent;
    head.file = file;
    head.line = line;
    skip_spaces(p);
    if (parse_lemmas(p, &head.heads, &head.n_heads)) return p->status;
    if (p->i + 1 < p->n && p->s[p->i] == '/') {
        char pos = p->s[p->i + 1];
        if (pos != 'N' && pos != 'V') return fail(p, "a head is /N or /V, not /%c", pos);
        head.noun = pos == 'N';
        p->i += 2;
    }
    /* constraints go to a local list first: a clause adds its own
    ** constraints to the shared array while this one is being read */
    constraint local[16];
    int n_local = 0;
    if (clause) {
        skip_spaces(p);
        if (p->i < p->n && p->s[p->i] == '[') {
            p->i++;
            for (;;) {
                skip_spaces(p);
                if (p->i < p->n && p->s[p->i] == ']') { p->i++; break; }
                if (p->i >= p->n) return fail(p, "missing ']'");
                if (n_local == 16) return fail(p, "more than 16 constraints");
                int weight;
                if (parse_constraint(p, &local[n_local], &weight)) return p->status;
                head.specificity += weight;
                n_local++;
            }
        }
    } else {
        for (;;) {
            skip_spaces(p);
            if (p->i >= p->n) break;
            if (n_local == 16) return fail(p, "more than 16 constraints");
            int weight;
            if (parse_constraint(p, &local[n_local], &weight)) return p->status;
            head.specificity += weight;
            n_local++;
            if (p->i < p->n && p->s[p->i] != ' ')
                return fail(p, "unexpected '%c' at column %zu", p->s[p->i], p->i + 1);
        }
    }
    if (grow((void **)&set->cons, &set->cap_cons, set->n_cons + (size_t)n_local, sizeof *set->cons) ||
        grow((void **)&set->patterns, &set->cap, set->n + 1, sizeof *set->patterns))
        return p->status = DYAD_ENOMEM;
    head.cons = (uint32_t)set->n_cons;
    head.n_cons = (uint32_t)n_local;
    if (n_local) memcpy(set->cons + set->n_cons, local, (size_t)n_local * sizeof *local);
    set->n_cons += (size_t)n_local;
    *out = (int32_t)set->n;
    set->patterns[set->n++] = head;
    return DYAD_OK;
}

static uint32_t file_index(pattern_set *set, const char *file)
{
    if (!file) file = "";
    for (size_t i = 0; i < set->n_files; i++)
        if (!strcmp(set->files[i], file)) return (uint32_t)i;
    char **files = realloc(set->files, (set->n_files + 1) * sizeof *files);
    if (!files) return 0;
    set->files = files;
    set->files[set->n_files] = strdup(file);
    if (!set->files[set->n_files]) return 0;
    return (uint32_t)set->n_files++;
}

int pattern_set_add(pattern_set *set, const char *code, const char *text,
                    const char *file, unsigned line, char *err, size_t err_len)
{
    size_t code_len = strlen(code);
    int null = !strcmp(code, PATTERN_NO_EVENT);
    if (!null && (code_len < 2 || code_len > 4 || strspn(code, "0123456789") != code_len)) {
        if (err && err_len) snprintf(err, err_len, "'%s' is not a CAMEO code (nor " PATTERN_NO_EVENT ", no event)", code);
        return DYAD_EFORMAT;
    }
    parser p = { set, text, 0, strlen(text), err, err_len, DYAD_OK };
    size_t mark_patterns = set->n, mark_cons = set->n_cons, mark_pool = set->n_pool;
    int32_t top;
    uint32_t f = file_index(set, file);
    if (parse_pattern(&p, code, -1, 0, f, line, &top) == DYAD_OK) {
        /* clauses were added before their parent: point them at it */
        for (size_t k = mark_patterns; k < set->n; k++)
            if (set->patterns[k].parent == -2) set->patterns[k].parent = top;
        return DYAD_OK;
    }
    /* undo a half-added pattern */
    for (size_t k = mark_pool; k < set->n_pool; k++) free(set->pool[k]);
    set->n_pool = mark_pool;
    set->n = mark_patterns;
    set->n_cons = mark_cons;
    return p.status;
}

int pattern_set_load(pattern_set *set, const char *path, size_t *bad,
                     void (*report)(void *ctx, const char *message), void *ctx)
{
    FILE *in = fopen(path, "r");
    if (!in) return DYAD_EIO;
    char *line = NULL;
    size_t cap = 0;
    unsigned number = 0;
    int status = DYAD_OK;
    while (getline(&line, &cap, in) >= 0) {
        number++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        char *tab = strchr(line, '\t');
        char err[256] = "expected CODE<TAB>PATTERN";
        int rc = DYAD_EFORMAT;
        if (tab) {
            *tab = '\0';
            char *text = tab + 1;
            char *tab2 = strchr(text, '\t');
            if (tab2) *tab2 = '\0';
            rc = pattern_set_add(set, line, text, path, number, err, sizeof err);
        }
        if (rc == DYAD_ENOMEM) { status = rc; break; }
        if (rc) {
            if (bad) (*bad)++;
            if (report) {
                char message[512];
                snprintf(message, sizeof message, "%s:%u: %s", path, number, err);
                report(ctx, message);
            }
        }
    }
    free(line);
    if (ferror(in)) status = DYAD_EIO;
    fclose(in);
    return status;
}

static int compare_entries(const void *a, const void *b)
{
    const struct head_entry *x = a, *y = b;
    int c = strcmp(x->lemma, y->lemma);
    if (c) return c;
    if (x->specificity != y->specificity) return y->specificity - x->specificity;
    if (x->named != y->named) return y->named - x->named;
    if (x->negated != y->negated) return x->negated - y->negated;
    return (int)x->pattern - (int)y->pattern;
}

/* How many of p's constraints name words ("obj=bluff", "xcomp>cooperate"),
** or, with negated, how many forbid a dependent ("!obj").  Between
** patterns as specific, the one that names more says more about this use
** of the word than one made as specific by bare or negated relations:
** "call obj=election" (0834) must beat "call obj@T !xcomp !iobj" (041),
** the phone call, whichever line comes first.  Then a dependent that is
** there says more than one that is not: "marched into the capital" is
** "march obl:into@T" (192), not "march !obj" (141). */
static int count_constraints(const pattern_set *set, const pattern *p, int negated)
{
    int n = 0;
    for (uint32_t c = 0; c < p->n_cons; c++) {
        const constraint *con = &set->cons[p->cons + c];
        n += negated ? con->negated : !con->negated && (con->n_lemmas > 0 || con->clause >= 0);
    }
    return n;
}

int pattern_set_index(pattern_set *set)
{
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++)
        if (set->patterns[i].parent == -1) n += set->patterns[i].n_heads;
    free(set->index);
    set->index = malloc((n ? n : 1) * sizeof *set->index);
    if (!set->index) return DYAD_ENOMEM;
    set->n_index = 0;
    for (size_t i = 0; i < set->n; i++) {
        const pattern *p = &set->patterns[i];
        if (p->parent != -1) continue;
        for (uint32_t h = 0; h < p->n_heads; h++) {
            set->index[set->n_index].lemma = set->pool[p->heads + h];
            set->index[set->n_index].pattern = (uint32_t)i;
            set->index[set->n_index].specificity = p->specificity;
            set->index[set->n_index].named = count_constraints(set, p, 0);
            set->index[set->n_index].negated = count_constraints(set, p, 1);
            set->n_index++;
        }
    }
    qsort(set->index, set->n_index, sizeof *set->index, compare_entries);
    /* one slot per distinct lemma, at most half full */
    size_t distinct = 0;
    for (size_t i = 0; i < set->n_index; i++)
        if (i == 0 || strcmp(set->index[i - 1].lemma, set->index[i].lemma)) distinct++;
    size_t n_slots = 16;
    while (n_slots < 2 * distinct) n_slots *= 2;
    free(set->slots);
    set->slots = calloc(n_slots, sizeof *set->slots);
    if (!set->slots) return DYAD_ENOMEM;
    set->n_slots = n_slots;
    for (size_t i = 0; i < set->n_index;) {
        size_t j = i + 1;
        while (j < set->n_index && !strcmp(set->index[j].lemma, set->index[i].lemma)) j++;
        uint64_t h = lemma_hash(set->index[i].lemma);
        size_t at = (size_t)h & (n_slots - 1);
        while (set->slots[at].hash) at = (at + 1) & (n_slots - 1);
        set->slots[at].hash = h;
        set->slots[at].first = (uint32_t)i;
        set->slots[at].count = (uint32_t)(j - i);
        i = j;
    }
    return DYAD_OK;
}

size_t pattern_set_lookup(const pattern_set *set, const char *lemma, size_t *first)
{
    *first = 0;
    if (!set->n_slots) return 0;
    uint64_t h = lemma_hash(lemma);
    for (size_t at = (size_t)h & (set->n_slots - 1); set->slots[at].hash;
         at = (at + 1) & (set->n_slots - 1)) {
        const struct head_slot *slot = &set->slots[at];
        if (slot->hash == h && !strcmp(set->index[slot->first].lemma, lemma)) {
            *first = slot->first;
            return slot->count;
        }
    }
    return 0;
}

/* The bisection the hash replaced, kept for the tests to cross-check. */
size_t pattern_set_lookup_sorted(const pattern_set *set, const char *lemma, size_t *first)
{
    size_t lo = 0, hi = set->n_index;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(set->index[mid].lemma, lemma) < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t end = lo;
    while (end < set->n_index && !strcmp(set->index[end].lemma, lemma)) end++;
    *first = lo;
    return end - lo;
}

int sentence_tree_build(sentence_tree *tree, const dyad_doc *doc, size_t sent)
{
    const dyad_sentence *s = &doc->sents[sent];
    uint32_t n = s->count;
    if (n + 1 > tree->cap) {
        size_t cap = (size_t)n + 1;
        uint32_t *a = realloc(tree->first_kid, cap * sizeof *a);
        if (!a) return DYAD_ENOMEM;
        tree->first_kid = a;
        uint32_t *b = realloc(tree->kids, cap * sizeof *b);
        if (!b) return DYAD_ENOMEM;
        tree->kids = b;
        uint32_t *c = realloc(tree->fill, cap * sizeof *c);
        if (!c) return DYAD_ENOMEM;
        tree->fill = c;
        tree->cap = cap;
    }
    tree->words = &doc->tokens[s->first];
    tree->n = n;
    /* A counting sort of the words by head, so each word's dependents lie
    ** together, in text order.  Heads are 1-based: the count for word
    ** h - 1 lands in slot h, and the prefix sums make first_kid[w] the
    ** start of word w's range. */
    memset(tree->first_kid, 0, ((size_t)n + 1) * sizeof *tree->first_kid);
    for (uint32_t w = 0; w < n; w++) {
        int32_t h = tree->words[w].head;
        if (h >= 1 && (uint32_t)h <= n) tree->first_kid[h]++;
    }
    for (uint32_t w = 1; w <= n; w++) tree->first_kid[w] += tree->first_kid[w - 1];
    memcpy(tree->fill, tree->first_kid, ((size_t)n + 1) * sizeof *tree->fill);
    for (uint32_t w = 0; w < n; w++) {
        int32_t h = tree->words[w].head;
        if (h >= 1 && (uint32_t)h <= n) tree->kids[tree->fill[h - 1]++] = w;
    }
    return DYAD_OK;
}

void sentence_tree_free(sentence_tree *tree)
{
    free(tree->first_kid);
    free(tree->kids);
    free(tree->fill);
    memset(tree, 0, sizeof *tree);
}

const char *tree_lemma(const sentence_tree *tree, uint32_t w, char *buf, size_t len)
{
    const dyad_token *t = &tree->words[w];
    if (t->lemma) return t->lemma;
    size_t i = 0;
    for (; t->form[i] && i + 1 < len; i++) buf[i] = (char)tolower((unsigned char)t->form[i]);
    buf[i] = '\0';
    return buf;
}

/* Is lemma among a constraint's words?  They are stored lower-cased, and
** a proper noun's or an acronym's lemma keeps its capitals ("Geneva",
** "IED"), so case does not count. */
static int lemma_in(const pattern_set *set, uint32_t first, uint32_t count, const char *lemma)
{
    for (uint32_t k = 0; k < count; k++)
        if (!strcasecmp(set->pool[first + k], lemma)) return 1;
    return 0;
}

/* For a measure or quantity noun d ("tons", "dollars", "millions",
** "shipments") with an "of" noun, that noun; else -1. */
static int32_t measured_noun(const sentence_tree *tree, uint32_t d, const char *lemma)
{
    static const char *const measures[] = {
        "ton", "tons", "tonne", "tonnes", "dollar", "dollars", "euro", "euros", "pound", "barrel", "kilogram",
        "kilo", "litre", "liter", "gallon", "million", "millions", "billion", "billions", "thousand",
        "thousands", "hundred", "hundreds", "dozen", "dozens", "shipment", "consignment", "batch", "load",
        "amount", "quantity", "number", "lot", "lots", "package", "truckload", "planeload", "shipload",
        "cargo", "crate", "sack", "bag", "convoy", "worth", "part", "portion", "half", "group", "contingent",
        "detachment", "patch", "handful", "column", "wave", "series", "barrage", "string",
        "spate", "hail", "flurry", NULL };
    int listed = 0;
    for (size_t i = 0; measures[i] && !listed; i++) listed = !strcmp(lemma, measures[i]);
    if (!listed) return -1;
    for (uint32_t k = tree->first_kid[d]; k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        const char *rel = tree->words[c].deprel;
        if (!rel || strcmp(rel, "nmod")) continue;
        for (uint32_t j = tree->first_kid[c]; j < tree->first_kid[c + 1]; j++) {
            uint32_t x = tree->kids[j];
            char buf[8];
            if (tree->words[x].deprel && !strcmp(tree->words[x].deprel, "case") &&
                !strcmp(tree_lemma(tree, x, buf, sizeof buf), "of"))
                return (int32_t)c;
        }
    }
    return -1;
}

/* A dependent's lemma fits a word list; a plural noun the lemmatizer
** kept whole ("troops", "forces", "arms": WordNet lists them as nouns of
** their own) fits its singular too. */
static int dependent_fits(const pattern_set *set, const constraint *con, const sentence_tree *tree, uint32_t d,
                          const char *lemma)
{
    const dyad_token *t = &tree->words[d];
    if (lemma_in(set, con->lemmas, con->n_lemmas, lemma)) return 1;
    /* "pledged $10 million to Haiti": a currency sign is money (and so
    ** the sentence's words hold "money" for pattern_anchor.c) */
    if ((!strcmp(lemma, "$") || !strcmp(lemma, "\xe2\x82\xac") || !strcmp(lemma, "\xc2\xa3")) &&
        lemma_in(set, con->lemmas, con->n_lemmas, "money"))
        return 1;
    /* "provided aerial photographs and military intelligence": a word
    ** joined to the dependent fits for it */
    for (uint32_t k = tree->first_kid[d]; k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        char buf[64];
        if (tree->words[c].deprel && !strcmp(tree->words[c].deprel, "conj") && !attribution_apart(tree, d, c) &&
            lemma_in(set, con->lemmas, con->n_lemmas, tree_lemma(tree, c, buf, sizeof buf)))
            return 1;
    }
    /* "provided 25,000 tons of food aid": a measure's "of" noun is what
    ** the measure counts */
    int32_t counted = measured_noun(tree, d, lemma);
    if (counted >= 0) {
        char buf[64];
        const char *inner = tree_lemma(tree, (uint32_t)counted, buf, sizeof buf);
        if (dependent_fits(set, con, tree, (uint32_t)counted, inner)) return 1;
    }
    /* "rel~=": or one of its noun modifiers ("two artillery shells") */
    for (uint32_t k = con->in_phrase ? tree->first_kid[d] : 0; con->in_phrase && k < tree->first_kid[d + 1]; k++) {
        uint32_t m = tree->kids[k];
        const char *rel = tree->words[m].deprel;
        char buf[64];
        if (rel && (!strcmp(rel, "compound") || !strcmp(rel, "amod")) &&
            lemma_in(set, con->lemmas, con->n_lemmas, tree_lemma(tree, m, buf, sizeof buf)))
            return 1;
    }
    size_t n = strlen(lemma);
    if (n < 4 || n >= 64 || lemma[n - 1] != 's' || lemma[n - 2] == 's' || !t->upos || strcmp(t->upos, "NOUN"))
        return 0;
    char singular[64];
    memcpy(singular, lemma, n - 1);
    singular[n - 1] = '\0';
    return lemma_in(set, con->lemmas, con->n_lemmas, singular);
}

static int is_noun(const dyad_token *t)
{
    return t->upos && (!strcmp(t->upos, "NOUN") || !strcmp(t->upos, "PROPN"));
}

static int is_verb(const dyad_token *t)
{
    return !t->upos || !strcmp(t->upos, "VERB") || !strcmp(t->upos, "AUX");
}

int pattern_head_fits(const pattern *p, const dyad_token *t)
{
    return p->noun ? is_noun(t) : is_verb(t);
}

int tree_rel_is(const dyad_token *word, const char *rel)
{
    return word->deprel && !strcmp(word->deprel, rel);
}

int tree_time_word(const sentence_tree *tree, uint32_t w)
{
    static const char *const words[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday", "yesterday", "today", "tonight", NULL };
    const char *form = tree->words[w].form;
    for (size_t i = 0; form && words[i]; i++)
        if (!strcasecmp(form, words[i])) return 1;
    return 0;
}

/* Is w the speaker of a closing attribution the parser hung on it as a
** clause: "..., killing 50, Thai military sources said." read with
** "sources" the object of "killing" and "said" describing them?  Such
** a word says who reported, it takes no part in the event. */
int tree_closing_speaker(const sentence_tree *tree, uint32_t w)
{
    static const char *const verbs[] = { "say", "report", "tell", "add", "claim", "confirm", NULL };
    for (uint32_t k = tree->first_kid[w]; k < tree->first_kid[w + 1]; k++) {
        uint32_t c = tree->kids[k];
        const char *rel = tree->words[c].deprel;
        if (c <= w || !rel || strncmp(rel, "acl", 3)) continue;
        char buf[16];
        const char *lemma = tree_lemma(tree, c, buf, sizeof buf);
        int attribution = 0;
        for (size_t i = 0; verbs[i] && !attribution; i++) attribution = !strcmp(lemma, verbs[i]);
        /* a clause with a speaker of its own ("the mayor ..., officials
        ** said", misattached) leaves the noun alone */
        if (!attribution) continue;
        int has_subject = 0;
        for (uint32_t j = tree->first_kid[c]; j < tree->first_kid[c + 1]; j++) {
            const char *r = tree->words[tree->kids[j]].deprel;
            if (r && !strncmp(r, "nsubj", 5)) has_subject = 1;
        }
        if (has_subject) continue;
        /* nothing said after it: only punctuation to the sentence's end */
        int last = 1;
        for (uint32_t x = c + 1; x < tree->n && last; x++)
            last = tree->words[x].upos && !strcmp(tree->words[x].upos, "PUNCT");
        if (last) return 1;
    }
    return 0;
}

/* Is d, an apposition of w, really an item of a list that the parser
** took for one: "The US, Russia, and Switzerland met", where Russia hangs
** on "US" as appos and Switzerland as conj.  Two proper names side by
** side with a later conjunct joined by a coordinator are a list; a true
** apposition renames ("General David Petraeus, the US commander"). */
int tree_listed_appos(const sentence_tree *tree, uint32_t w, uint32_t d)
{
    const char *rel = tree->words[d].deprel, *hu = tree->words[w].upos, *du = tree->words[d].upos;
    if (!rel || strcmp(rel, "appos") || d <= w || !hu || !du || strcmp(hu, "PROPN") || strcmp(du, "PROPN"))
        return 0;
    for (uint32_t k = tree->first_kid[w]; k < tree->first_kid[w + 1]; k++) {
        uint32_t c = tree->kids[k];
        if (c <= d || !tree->words[c].deprel || strcmp(tree->words[c].deprel, "conj")) continue;
        for (uint32_t j = tree->first_kid[c]; j < tree->first_kid[c + 1]; j++) {
            const char *cr = tree->words[tree->kids[j]].deprel;
            if (cr && !strcmp(cr, "cc")) return 1;
        }
    }
    return 0;
}

/* Is word d a verb marked by "to" with no subject of its own? */
static int is_to_infinitive(const sentence_tree *tree, uint32_t d)
{
    if (!is_verb(&tree->words[d]) || !tree->words[d].upos) return 0;
    int to = 0;
    for (uint32_t k = tree->first_kid[d]; k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        const char *rel = tree->words[c].deprel;
        if (!rel) continue;
        if (!strncmp(rel, "nsubj", 5) || !strncmp(rel, "csubj", 5)) return 0;
        char buf[8];
        if (!strcmp(rel, "mark") && !strcmp(tree_lemma(tree, c, buf, sizeof buf), "to")) to = 1;
    }
    return to;
}

/* Does dependent d of the tree have relation rel ("obl:with" matches an
** "obl" with a "case" dependent "with")? */
static int has_relation(const sentence_tree *tree, uint32_t d, const char *rel)
{
    const char *deprel = tree->words[d].deprel;
    if (!deprel) return 0;
    if (!strcmp(rel, "obj") && tree_time_word(tree, d)) return 0;
    if (!strcmp(deprel, rel)) return 1;
    /* Patterns describe the active clause: the passive's subject is the
    ** active's object ("Ukraine was attacked" is "attacked Ukraine"). */
    if (!strcmp(rel, "obj") && !strcmp(deprel, "nsubj:pass")) return 1;
    /* A subjectless "to" infinitive is the verb's complement even when
    ** the parser hung it as an adverbial clause, as it tends to once a
    ** phrase stands between ("threatened on Monday to break ties"). */
    if (!strcmp(rel, "xcomp") && !strcmp(deprel, "advcl")) return is_to_infinitive(tree, d);
    const char *colon = strchr(rel, ':');
    if (!colon) {
        /* A plain "obl" or "nmod" also matches their subtyped forms
        ** ("obl:tmod"); other relations' subtypes mean something else
        ** ("nsubj:pass" is not a subject of the active clause). */
        size_t n = strlen(rel);
        return (!strcmp(rel, "obl") || !strcmp(rel, "nmod")) && !strncmp(deprel, rel, n) && deprel[n] == ':';
    }
    size_t base = (size_t)(colon - rel);
    if (strncmp(deprel, rel, base) || (deprel[base] != '\0' && deprel[base] != ':')) return 0;
    if (deprel[base] == ':' && strcmp(deprel + base + 1, "agent") && strcmp(deprel + base + 1, "poss"))
        return 0;   /* obl:tmod and the like are not prepositional */
    /* the subtype must be the dependent's case or mark word */
    for (uint32_t k = tree->first_kid[d]; k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        const char *cr = tree->words[c].deprel;
        if (!cr || (strcmp(cr, "case") && strcmp(cr, "mark"))) continue;
        char buf[64];
        const char *word = tree_lemma(tree, c, buf, sizeof buf);
        if (!strcmp(word, colon + 1)) return 1;
        /* "agreed upon a pact" is "agreed on" it */
        if (!strcmp(word, "upon") && !strcmp(colon + 1, "on")) return 1;
    }
    return 0;
}

/* The words that may fill constraint con of a pattern on head: its
** dependents, and for a prepositional "obl:P" also the "nmod:P" of its
** object, since parsers often hang the phrase on the noun ("fired
** rockets at Israel": at Israel under rockets).  Into out[max]. */
static size_t fillers(const sentence_tree *tree, uint32_t head, const constraint *con, uint32_t *out, size_t max)
{
    size_t n = 0;
    for (uint32_t k = tree->first_kid[head]; k < tree->first_kid[head + 1] && n < max; k++)
        out[n++] = tree->kids[k];
    if (con->negated || con->clause >= 0) return n;
    int obl = !strncmp(con->rel, "obl:", 4);
    /* a verb's "nmod..." constraint is on its object ("demanded his
    ** resignation": nmod:poss) */
    int nmod_of_object = !strncmp(con->rel, "nmod", 4) && is_verb(&tree->words[head]);
    if (!obl && !nmod_of_object) return n;
    char nmod[40];
    snprintf(nmod, sizeof nmod, "nmod:%s", obl ? con->rel + 4 : "");
    for (uint32_t k = tree->first_kid[head]; k < tree->first_kid[head + 1]; k++) {
        uint32_t o = tree->kids[k];
        /* the object, or the passive's subject ("evidence against Russia
        ** was presented") */
        const char *orel = tree->words[o].deprel;
        if (!orel || (strcmp(orel, "obj") && strcmp(orel, "nsubj:pass"))) continue;
        /* ... or on what a measure object counts ("25,000 tons of aid to
        ** refugees"), or on the last of conjoined objects, where the
        ** parser hangs a phrase that belongs to them all ("provided
        ** photographs and intelligence to Macedonia") */
        char buf[64];
        uint32_t nouns[8];
        size_t n_nouns = 0;
        nouns[n_nouns++] = o;
        int32_t counted = measured_noun(tree, o, tree_lemma(tree, o, buf, sizeof buf));
        if (counted >= 0) nouns[n_nouns++] = (uint32_t)counted;
        /* ... or, for a recipient ("to", "into"), on the object's "of"
        ** complement, the phrase's last noun, where the parser hangs the
        ** phrase that ends the clause ("returned the bodies of soldiers
        ** to Ukraine"; not "from": "sought the construction of a pipeline
        ** from Iran" says where the pipeline runs) */
        int recipient = obl && (!strcmp(con->rel + 4, "to") || !strcmp(con->rel + 4, "into"));
        for (uint32_t j = tree->first_kid[o]; counted < 0 && recipient && j < tree->first_kid[o + 1] && n_nouns < 8; j++)
            if (has_relation(tree, tree->kids[j], "nmod:of")) nouns[n_nouns++] = tree->kids[j];
        for (uint32_t j = tree->first_kid[o]; j < tree->first_kid[o + 1] && n_nouns < 8; j++)
            if (tree->words[tree->kids[j]].deprel && !strcmp(tree->words[tree->kids[j]].deprel, "conj"))
                nouns[n_nouns++] = tree->kids[j];
        for (size_t pass = 0; pass < n_nouns; pass++) {
            uint32_t of = nouns[pass];
            for (uint32_t j = tree->first_kid[of]; j < tree->first_kid[of + 1] && n < max; j++) {
                uint32_t d = tree->kids[j];
                if (obl && has_relation(tree, d, nmod)) out[n++] = d | 0x80000000u;   /* marked: read as obl */
                else if (nmod_of_object) out[n++] = d;
            }
        }
    }
    return n;
}

static int try_pattern(const pattern_set *set, const pattern *p, const sentence_tree *tree,
                       uint32_t head, pattern_match *match, int depth, int *failed);

/* The word that fills a nested pattern on dependent d: d itself, or,
** for a noun, a noun joined to it, since what is said of a list is said
** of each of its nouns ("supplied maps and military intelligence": the
** intelligence is military, not the maps).  -1 if none. */
static int32_t nested_fit(const pattern_set *set, const pattern *sub, const sentence_tree *tree, uint32_t d,
                          pattern_match *match, int depth)
{
    char buf[64];
    if (lemma_in(set, sub->heads, sub->n_heads, tree_lemma(tree, d, buf, sizeof buf)) &&
        try_pattern(set, sub, tree, d, match, depth + 1, NULL))
        return (int32_t)d;
    if (!is_noun(&tree->words[d])) return -1;
    for (uint32_t k = tree->first_kid[d]; k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        if (!tree->words[c].deprel || strcmp(tree->words[c].deprel, "conj") || !is_noun(&tree->words[c]) ||
            attribution_apart(tree, d, c) || !lemma_in(set, sub->heads, sub->n_heads, tree_lemma(tree, c, buf, sizeof buf)))
            continue;
        if (try_pattern(set, sub, tree, c, match, depth + 1, NULL)) return (int32_t)c;
    }
    return -1;
}

static int try_pattern(const pattern_set *set, const pattern *p, const sentence_tree *tree,
                       uint32_t head, pattern_match *match, int depth, int *failed)
{
    if (depth > 4) return 0;
    uint32_t cands[128];
    for (uint32_t c = 0; c < p->n_cons; c++) {
        if (failed) *failed = (int)c;
        const constraint *con = &set->cons[p->cons + c];
        int found = 0;
        size_t n_cands = fillers(tree, head, con, cands, sizeof cands / sizeof cands[0]);
        for (size_t k = 0; k < n_cands && !found; k++) {
            uint32_t d = cands[k] & 0x7fffffffu;
            if (!(cands[k] & 0x80000000u) && !has_relation(tree, d, con->rel)) continue;
            char buf[64];
            const char *lemma = tree_lemma(tree, d, buf, sizeof buf);
            if (con->clause >= 0) {
                int32_t fit = nested_fit(set, &set->patterns[con->clause], tree, d, match, depth);
                if (fit < 0) continue;
                match->clause = fit;
            } else if (con->n_lemmas && !dependent_fits(set, con, tree, d, lemma)) {
                continue;
            }
            found = 1;
            if (con->role == 'T') match->target = (int32_t)d;
            if (con->role == 'S') match->source = (int32_t)d;
        }
        if (found == con->negated) return 0;
    }
    return 1;
}

int pattern_check(const pattern_set *set, const pattern *p, const sentence_tree *tree,
                  uint32_t head, pattern_match *match, int *failed)
{
    const dyad_token *t = &tree->words[head];
    *failed = -1;
    if (!pattern_head_fits(p, t)) return 0;
    match->pattern = p;
    match->head = head;
    match->source = match->target = match->clause = -1;
    return try_pattern(set, p, tree, head, match, 0, failed);
}

int pattern_try(const pattern_set *set, const pattern *p, const sentence_tree *tree,
                uint32_t head, pattern_match *match)
{
    int failed;
    return pattern_check(set, p, tree, head, match, &failed);
}

const pattern *pattern_set_match_word(const pattern_set *set, const sentence_tree *tree, uint32_t w,
                                      pattern_match *match)
{
    char buf[64];
    size_t first, n = pattern_set_lookup(set, tree_lemma(tree, w, buf, sizeof buf), &first);
    for (size_t k = 0; k < n; k++) {
        const pattern *p = &set->patterns[set->index[first + k].pattern];
        if (pattern_try(set, p, tree, w, match)) return p;
    }
    return NULL;
}

int pattern_format(const pattern_set *set, const pattern *p, char *buf, size_t len)
{
    size_t n = 0;
#define PUT(...) do { int k_ = snprintf(buf + n, n < len ? len - n : 0, __VA_ARGS__); \
                      if (k_ > 0) n += (size_t)k_; } while (0)
    for (uint32_t h = 0; h < p->n_heads; h++) PUT("%s%s", h ? "|" : "", set->pool[p->heads + h]);
    if (p->noun) PUT("/N");
    for (uint32_t c = 0; c < p->n_cons; c++) {
        const constraint *con = &set->cons[p->cons + c];
        PUT(p->parent >= 0 && c == 0 ? "[" : " ");
        if (con->negated) PUT("!");
        PUT("%s", con->rel);
        if (con->clause >= 0) {
            PUT(">");
            n += (size_t)pattern_format(set, &set->patterns[con->clause], buf + (n < len ? n : len), n < len ? len - n : 0);
        } else {
            for (uint32_t k = 0; k < con->n_lemmas; k++)
                PUT("%s%s", k ? "|" : con->in_phrase ? "~=" : "=", set->pool[con->lemmas + k]);
        }
        if (con->role) PUT("@%c", con->role);
    }
    if (p->parent >= 0 && p->n_cons) PUT("]");
#undef PUT
    return (int)n;
}
