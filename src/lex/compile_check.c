/*
** compile_check.c — `dyad dict check`: what is wrong across lines, where
** one line alone looks fine: a name given twice, a name that means two
** different codes, two people holding one role of one country at once.
*/
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "lex/compile_int.h"

/* "file:line" of an entry, for messages. */
static void where(const lex_build *b, const lex_entry *e, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s:%u", b->strings + e->file, (unsigned)e->line);
}

/* The words of a name, rejoined (folded), for messages. */
static void name_text(const lex_build *b, const lex_instance *in, char *buf, size_t cap)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < in->n_words && o + 1 < cap; i++) {
        const lex_word *w = &b->vocab[b->pwords[in->pword + i].word];
        o += (size_t)snprintf(buf + o, cap - o, "%s%s", i ? " " : "", b->strings + w->off);
        if (o >= cap) o = cap - 1;
    }
}

typedef struct inst_ref { const lex_build *b; uint32_t i; } inst_ref;

static int same_name(const lex_build *b, const lex_instance *x, const lex_instance *y)
{
    if (x->n_words != y->n_words) return 0;
    for (size_t i = 0; i < x->n_words; i++)
        if (b->pwords[x->pword + i].word != b->pwords[y->pword + i].word) return 0;
    return 1;
}

static int cmp_inst(const void *pa, const void *pb)
{
    const inst_ref *ra = pa, *rb = pb;
    const lex_build *b = ra->b;
    const lex_instance *x = &b->inst[ra->i], *y = &b->inst[rb->i];
    if (x->n_words != y->n_words) return x->n_words < y->n_words ? -1 : 1;
    for (size_t i = 0; i < x->n_words; i++) {
        uint32_t u = b->pwords[x->pword + i].word, v = b->pwords[y->pword + i].word;
        if (u != v) return u < v ? -1 : 1;
    }
    return ra->i < rb->i ? -1 : ra->i > rb->i;
}

/* Whose role a person holds: the country's, or the organisation's. */
static const char *role_owner(const lex_entry *e)
{
    return e->flags & LEX_ENTRY_ORG_PERSON ? e->code : e->country;
}

/* Two entries a reader would take for the same thing. */
static int same_meaning(const lex_entry *x, const lex_entry *y)
{
    /* one person, several roles: of one country, or of an organisation
    ** and elsewhere (Guterres led Portugal, then the UNHCR, then the UN) */
    if (x->kind == DYAD_LEX_PERSON && y->kind == DYAD_LEX_PERSON)
        return !strcmp(x->country, y->country) || ((x->flags | y->flags) & LEX_ENTRY_ORG_PERSON);
    return !strcmp(x->code, y->code);
}

static int check_names(lex_build *b, lex_diags *diags)
{
    inst_ref *refs = malloc((b->n_inst ? b->n_inst : 1) * sizeof *refs);
    if (!refs) return DYAD_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < b->n_inst; i++)
        if (!b->inst[i].implicit && b->inst[i].prio != PRIO_CITY)
            refs[n++] = (inst_ref){ b, (uint32_t)i };
    qsort(refs, n, sizeof *refs, cmp_inst);
    char name[256], here[512], there[512];
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && same_name(b, &b->inst[refs[i].i], &b->inst[refs[j].i])) j++;
        for (size_t k = i + 1; k < j; k++) {
            const lex_instance *in = &b->inst[refs[k].i];
            const lex_entry *e = &b->entries[in->entry];
            for (size_t m = i; m < k; m++) {
                const lex_instance *prev = &b->inst[refs[m].i];
                const lex_entry *p = &b->entries[prev->entry];
                /* Variants that fold alike ("N'Djamena|N’Djamena") are harmless. */
                if (prev->entry == in->entry) break;
                /* "king" the title and "king" the noun are both wanted. */
                if (p->kind == DYAD_LEX_AGENT && e->kind == DYAD_LEX_AGENT && p->form != e->form) continue;
                /* iso-codes says the same of itself many times over. */
                if (p->file == e->file && !strcmp(b->strings + e->file, "iso-codes:iso_3166-1")) continue;
                where(b, p, there, sizeof there);
                where(b, e, here, sizeof here);
                name_text(b, in, name, sizeof name);
                if (same_meaning(p, e) && p->kind == e->kind && p->kind != DYAD_LEX_PERSON) {
                    if (strcmp(b->strings + p->file, "iso-codes:iso_3166-1"))
                        lex_diags_add(diags, 0, NULL, 0, "%s: duplicate: '%s' (%s) is also at %s",
                                      here, name, e->code, there);
                    else
                        lex_diags_add(diags, 0, NULL, 0, "%s: duplicate: '%s' (%s) is already in iso-codes",
                                      here, name, e->code);
                    break;
                }
                if (!same_meaning(p, e)) {
                    lex_diags_add(diags, 0, NULL, 0, "%s: conflict: '%s' is %s here but %s at %s",
                                  here, name, e->code, p->code, there);
                    break;
                }
            }
        }
        i = j;
    }
    free(refs);
    return DYAD_OK;
}

/* People sorted by country (or organisation), role, start. */
static int cmp_role(const void *pa, const void *pb)
{
    const inst_ref *ra = pa, *rb = pb;
    const lex_entry *x = &ra->b->entries[ra->i], *y = &rb->b->entries[rb->i];
    int c = strcmp(role_owner(x), role_owner(y));
    if (!c) c = strcmp(x->role, y->role);
    if (!c && x->start != y->start) c = x->start < y->start ? -1 : 1;
    if (!c) c = ra->i < rb->i ? -1 : ra->i > rb->i;
    return c;
}

static int check_roles(lex_build *b, lex_diags *diags)
{
    inst_ref *refs = malloc((b->n_entries ? b->n_entries : 1) * sizeof *refs);
    if (!refs) return DYAD_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < b->n_entries; i++)
        if (b->entries[i].kind == DYAD_LEX_PERSON && b->entries[i].start &&
            !(b->entries[i].flags & LEX_ENTRY_SURNAME))
            refs[n++] = (inst_ref){ b, (uint32_t)i };
    qsort(refs, n, sizeof *refs, cmp_role);
    char here[512], there[512];
    for (size_t i = 1; i < n; i++) {
        const lex_entry *e = &b->entries[refs[i].i];
        /* Compare with every earlier holder of the role still in office. */
        for (size_t k = i; k-- > 0;) {
            const lex_entry *p = &b->entries[refs[k].i];
            if (strcmp(role_owner(p), role_owner(e)) || strcmp(p->role, e->role)) break;
            /* one person on two lines of a role (re-elected) is no overlap */
            if (!strcmp(b->strings + b->entry_name[refs[k].i], b->strings + b->entry_name[refs[i].i])) continue;
            /* Only a sure overlap counts: "2013-10" to "2013-10" is a
            ** handover within a month, not two holders at once. */
            int32_t p_end = p->end ? lex_date_earliest(p->end, p->flags >> 2 & 3) : INT32_MAX;
            if (lex_date_latest(e->start, e->flags & 3) >= p_end) continue;
            where(b, e, here, sizeof here);
            where(b, p, there, sizeof there);
            char until[32] = "with no end";
            if (p->end) snprintf(until, sizeof until, "until %d", p->end);
            lex_diags_add(diags, 0, NULL, 0,
                          "%s: overlap: %s of %s from %d, but %s holds it %s (%s)",
                          here, e->role, role_owner(e), e->start,
                          b->strings + b->entry_name[refs[k].i], until, there);
            break;
        }
    }
    free(refs);
    return DYAD_OK;
}

int lex_build_check(lex_build *b, lex_diags *diags)
{
    int st = check_names(b, diags);
    if (st == DYAD_OK) st = check_roles(b, diags);
    return st;
}
