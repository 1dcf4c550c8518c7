/*
** match.c — the lexicon matcher: longest names first, left to right.
**
** Each word is folded and looked up once (its form, and its lemma when the
** tagger set one).  At each word, the names that start with it are ordered
** by their second word, so the names that go on as the text does are found
** by binary search, longest first; then the one-word names.  The longest
** name that fits wins, ties going to the better kind.  Nothing is
** allocated per word: the per-word ids live in the caller's
** dyad_lex_matches and grow only when a sentence is longer than any before.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "lex/lexicon.h"
#include "lex/match.h"
#include "lex/words.h"

static const char *const FORMS[LEX_FORM_COUNT] = {
    "name", "adj", "capital", "gov", "group", "person", "title", "org",
    "region", "feature", "city", "territory",
};

void dyad_lex_matches_init(dyad_lex_matches *m)
{
    memset(m, 0, sizeof *m);
}

void dyad_lex_matches_free(dyad_lex_matches *m)
{
    if (!m) return;
    free(m->items);
    free(m->ids);
    memset(m, 0, sizeof *m);
}

int32_t lex_date_number(const char *date)
{
    if (!date) return 0;
    int y = 0, mo = 1, d = 1;
    for (int i = 0; i < 4; i++) {
        if (date[i] < '0' || date[i] > '9') return 0;
        y = y * 10 + (date[i] - '0');
    }
    if (date[4] == '-' && date[5] >= '0' && date[5] <= '9' && date[6] >= '0' && date[6] <= '9') {
        mo = (date[5] - '0') * 10 + (date[6] - '0');
        if (date[7] == '-' && date[8] >= '0' && date[8] <= '9' && date[9] >= '0' && date[9] <= '9')
            d = (date[8] - '0') * 10 + (date[9] - '0');
    }
    return y * 10000 + mo * 100 + d;
}

int lex_date_number_ok(const char *date)
{
    if (strlen(date) != 10 || date[4] != '-' || date[7] != '-') return 0;
    int32_t n = lex_date_number(date);
    int mo = n / 100 % 100, d = n % 100;
    return n > 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/* The ids of a word's folded form and of its lemma (the same id when the
** lemma is the folded form, as it mostly is: "The" → "the"). */
static void word_ids(const dyad_lexicon *lex, const dyad_token *t, uint32_t *ids)
{
    ids[0] = ids[1] = UINT32_MAX;
    if (!t->form) return;
    char folded[LEX_WORD_MAX * 2 + 1];
    uint32_t hash;
    size_t flen = lex_fold_hash(t->form, strlen(t->form), folded, &hash);
    if (flen) ids[0] = ids[1] = lex_word_id_hashed(lex, folded, flen, hash);
    if (!t->lemma || (flen && !strcmp(t->lemma, folded))) return;
    char lemma[LEX_WORD_MAX * 2 + 1];
    size_t llen = lex_fold_hash(t->lemma, strlen(t->lemma), lemma, &hash);
    if (llen && (llen != flen || memcmp(lemma, folded, llen)))
        ids[1] = lex_word_id_hashed(lex, lemma, llen, hash);
}

/* Which of two same-length names wins: countries, then organisations,
** people, agents, places, and cities last (compile.c's priorities). */
static int rank(const lex_entry *e)
{
    if (e->kind == DYAD_LEX_PLACE) return e->form == LEX_FORM_CITY ? 5 : 4;
    return e->kind == DYAD_LEX_COUNTRY ? 0 : e->kind == DYAD_LEX_ORG ? 1 :
           e->kind == DYAD_LEX_PERSON ? 2 : 3;
}

/* Does phrase p match the words from i on?  ids holds two ids a word. */
static int phrase_fits(const dyad_lexicon *lex, const lex_phrase *p, const dyad_token *tok,
                       const uint32_t *ids, size_t i)
{
    for (size_t k = 0; k < p->n_words; k++) {
        const lex_pword *w = &lex->pwords[p->pword + k];
        const uint32_t *id = ids + 2 * (i + k);
        if (w->word != id[0] && w->word != id[1]) return 0;
        const char *form = tok[i + k].form ? tok[i + k].form : "";
        if (w->cls == LEX_CASE_CAPITAL && !lex_not_lowercase(form, strlen(form))) return 0;
        if (w->cls == LEX_CASE_EXACT && strcmp(form, lex->strings + lex->vocab[w->exact].off)) return 0;
    }
    return 1;
}

/* Chooses which of a phrase's entries the text means (docs/lexicon.md):
** the first, unless it is a person, who is resolved by the date.  A
** surname alone ("Obama") stands only for someone in a role on the
** story's date: alone when that person is the only one in a role with the
** name and it is not a common word ("Bush", "May"), else only right after
** a title; NULL when the phrase means nothing here. */
static const lex_entry *resolve(const dyad_lexicon *lex, const lex_phrase *p, int32_t date,
                                int after_title, float *certainty)
{
    const lex_entry *best = &lex->entries[lex->refs[p->ref]];
    *certainty = 1.0f;
    if (best->kind != DYAD_LEX_PERSON) return best;
    const lex_entry *latest = NULL, *nearest = NULL, *by_surname = NULL, *titled = NULL;
    int64_t nearest_gap = INT64_MAX, titled_gap = INT64_MAX;
    int surname_holders = 0;
    for (uint32_t r = 0; r < p->n_refs; r++) {
        const lex_entry *e = &lex->entries[lex->refs[p->ref + r]];
        if (e->kind != DYAD_LEX_PERSON) continue;
        int32_t end = e->end ? e->end : INT32_MAX;
        int in_role = date && e->start <= date && date <= end;
        if (e->flags & LEX_ENTRY_SURNAME) {
            /* "President Kim": several Kims may hold a role that day;
            ** one person in two roles, or two holders coded alike (the
            ** same country and sector), mean the same actor */
            if (in_role && (after_title || !(e->flags & LEX_ENTRY_COMMON_SURNAME)) &&
                (!by_surname || strcmp(by_surname->code, e->code)) && !surname_holders++)
                by_surname = e;
            if (after_title && !in_role) {
                int64_t gap = date < e->start ? (int64_t)e->start - date : (int64_t)date - end;
                if (gap < titled_gap) { titled_gap = gap; titled = e; }
            }
            continue;
        }
        if (in_role) return e;
        if (!latest || e->start > latest->start || (!e->end && latest->end)) latest = e;
        int64_t gap = date < e->start ? (int64_t)e->start - date : (int64_t)date - end;
        if (gap < nearest_gap) { nearest_gap = gap; nearest = e; }
    }
    /* "Obama" alone in 2015 is the one Obama in office; two in office
    ** with one name need the title to tell which is meant */
    if (by_surname && (after_title || surname_holders == 1)) {
        *certainty = surname_holders > 1 ? LEX_CERTAIN_NO_DATE : after_title ? 1.0f : 0.9f;
        return by_surname;
    }
    /* "President Bush" with no Bush in office that day: the titled
    ** holder of the name nearest in time, as for a full name */
    if (!latest && titled && date) {
        *certainty = LEX_CERTAIN_OUT_OF_ROLE;
        return titled;
    }
    if (!latest) {
        /* only surnames, and no title or role: a big city of the name
        ** ("Lagos"), else nothing */
        for (uint32_t r = 0; r < p->n_refs; r++) {
            const lex_entry *e = &lex->entries[lex->refs[p->ref + r]];
            if (e->kind != DYAD_LEX_PERSON) return e;
        }
        return NULL;
    }
    if (!date) { *certainty = LEX_CERTAIN_NO_DATE; return latest; }
    *certainty = LEX_CERTAIN_OUT_OF_ROLE;
    return nearest;
}

/* A title agent ends right before word i ("President" | "Obama"). */
static int title_before(const dyad_lex_matches *out, size_t sentence_start, uint32_t i)
{
    if (out->n <= sentence_start) return 0;
    const dyad_lex_match *m = &out->items[out->n - 1];
    return m->last == i && m->kind == DYAD_LEX_AGENT &&
           (!strcmp(m->form, "title") || !strcmp(m->form, "person"));
}

static int push(dyad_lex_matches *out, dyad_lex_match **m)
{
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 32;
        dyad_lex_match *items = realloc(out->items, cap * sizeof *items);
        if (!items) return DYAD_ENOMEM;
        out->items = items;
        out->cap = cap;
    }
    *m = &out->items[out->n++];
    memset(*m, 0, sizeof **m);
    return DYAD_OK;
}

static int is_form(const dyad_token *t, const char *a, const char *b)
{
    return t->form && (!strcmp(t->form, a) || (b && !strcmp(t->form, b)));
}

/* Fills in what follows a name: "'s", or "-backed" / "-led" / "-based". */
static void after_name(dyad_lex_match *m, const dyad_token *tok, size_t end, size_t first)
{
    size_t j = m->last - first;
    if (j >= end) return;
    if (is_form(&tok[j], "'s", "\xE2\x80\x99s") || is_form(&tok[j], "'", "\xE2\x80\x99")) {
        m->possessive = 1;
        return;
    }
    if (j + 1 < end && is_form(&tok[j], "-", NULL) && tok[j - 1].end == tok[j].start &&
        tok[j].end == tok[j + 1].start)
        m->modifier = (uint32_t)(first + j + 1);
}

/* Is tok a word for an administrative unit that may follow a place's name? */
static int admin_unit(const dyad_token *tok)
{
    static const char *const units[] = { "state", "province", "region", "district", "governorate",
                                         "county", "prefecture", "oblast", "krai", "canton", "department",
                                         "municipality", NULL };
    if (!tok->form) return 0;
    for (size_t i = 0; units[i]; i++)
        if (!strcasecmp(tok->form, units[i])) return 1;
    return 0;
}

/* The first of phrases[lo, hi) whose second word is not below s2. */
static uint32_t lower_bound(const lex_phrase *ph, uint32_t lo, uint32_t hi, uint32_t s2)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ph[mid].second < s2) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* A word of letters that starts with a capital and could be a name:
** "Bouteflika", not "Monday" ("Putin Monday said"). */
static int capitalised_word(const dyad_token *t)
{
    static const char *const dates[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                         "Sunday", "January", "February", "March", "April", "May", "June",
                                         "July", "August", "September", "October", "November", "December",
                                         NULL };
    const unsigned char *f = (const unsigned char *)t->form;
    if (!f || !(f[0] >= 'A' && f[0] <= 'Z')) return 0;
    for (size_t i = 0; dates[i]; i++)
        if (!strcmp(t->form, dates[i])) return 0;
    for (; *f; f++)
        if (!((*f >= 'A' && *f <= 'Z') || (*f >= 'a' && *f <= 'z') || *f >= 0x80 || *f == '-' || *f == '\'')) return 0;
    return 1;
}

/* An Arabic name's particle ("al-Ani", "bin Zayed"): the name goes on. */
static int name_particle(const dyad_token *t)
{
    static const char *const particles[] = { "al-", "el-", "al", "el", "bin", "ibn", NULL };
    if (!t->form) return 0;
    for (size_t i = 0; particles[i]; i++)
        if (!strncmp(t->form, particles[i], strlen(particles[i])) &&
            (particles[i][strlen(particles[i]) - 1] == '-' || !t->form[strlen(particles[i])]))
            return 1;
    return 0;
}

/* The best phrase so far at a word, and what it resolved to. */
typedef struct candidate {
    const lex_phrase *phrase;
    const lex_entry *entry;
    float certainty;
} candidate;

/* Takes p if it fits the words from i on and beats the candidate (longer,
** or as long and of a better rank).  Returns 0 when no later phrase of
** the same run (ordered longest first) can beat the candidate. */
static int consider(const dyad_lexicon *lex, const lex_phrase *p, const dyad_token *tok,
                    const uint32_t *ids, size_t i, size_t count, int32_t day,
                    int after_title, int after_match, candidate *c)
{
    if (c->phrase && p->n_words < c->phrase->n_words) return 0;
    if (p->n_words > count - i || !phrase_fits(lex, p, tok, ids, i)) return 1;
    /* Names of one length that differ only in case ("UN" the
    ** organisation, "Un" a town) are told apart by rank. */
    if (c->phrase && p->n_words == c->phrase->n_words &&
        rank(&lex->entries[lex->refs[p->ref]]) >= rank(&lex->entries[lex->refs[c->phrase->ref]]))
        return 1;
    float certainty;
    const lex_entry *e = resolve(lex, p, day, after_title, &certainty);
    if (!e) return 1;
    /* "President Abdelaziz Bouteflika": a family name the text goes on
    ** from with another capitalised word is a given name of someone
    ** else */
    if ((e->flags & LEX_ENTRY_SURNAME) && i + p->n_words < count &&
        (capitalised_word(&tok[i + p->n_words]) || name_particle(&tok[i + p->n_words])))
        return 1;
    /* ... as is one after a capitalised word that is no title and no
    ** name of its own ("Ruy Lopez", "Elena Sandu"): the whole is
    ** someone else's name */
    if ((e->flags & LEX_ENTRY_SURNAME) && !after_title && !after_match && i >= 2 && capitalised_word(&tok[i - 1]))
        return 1;
    c->phrase = p;
    c->entry = e;
    c->certainty = certainty;
    return 1;
}

int dyad_lex_match_words(const dyad_lexicon *lex, const dyad_doc *doc,
                         size_t first, size_t count, const char *date,
                         dyad_lex_matches *out)
{
    if (!lex || !doc || first > doc->n_tokens || count > doc->n_tokens - first)
        return DYAD_EINVAL;
    if (count * 2 > out->ids_cap) {
        size_t cap = count * 2 < 256 ? 256 : count * 2;
        uint32_t *ids = realloc(out->ids, cap * sizeof *ids);
        if (!ids) return DYAD_ENOMEM;
        out->ids = ids;
        out->ids_cap = cap;
    }
    const dyad_token *tok = doc->tokens + first;
    uint32_t *ids = out->ids;
    for (size_t i = 0; i < count; i++) word_ids(lex, &tok[i], ids + 2 * i);
    int32_t day = lex_date_number(date);
    size_t sentence_start = out->n;
    for (size_t i = 0; i < count;) {
        candidate c = { NULL, NULL, 1.0f };
        int after_title = title_before(out, sentence_start, (uint32_t)(first + i));
        int after_match = out->n > sentence_start && out->items[out->n - 1].last == (uint32_t)(first + i);
        for (int alt = 0; alt < 2; alt++) {
            uint32_t w = ids[2 * i + alt];
            if (w == UINT32_MAX || (alt && w == ids[2 * i])) continue;
            uint32_t lo = lex->first[w], hi = lex->first[w + 1];
            /* names of two words or more that go on as the text does */
            for (int alt2 = 0; i + 1 < count && alt2 < 2; alt2++) {
                uint32_t s2 = ids[2 * i + 2 + alt2];
                if (s2 == UINT32_MAX || (alt2 && s2 == ids[2 * i + 2])) continue;
                for (uint32_t k = lower_bound(lex->phrases, lo, hi, s2);
                     k < hi && lex->phrases[k].second == s2; k++)
                    if (!consider(lex, &lex->phrases[k], tok, ids, i, count, day, after_title, after_match, &c)) break;
            }
            /* one-word names */
            for (uint32_t k = lower_bound(lex->phrases, lo, hi, UINT32_MAX); k < hi; k++)
                if (!consider(lex, &lex->phrases[k], tok, ids, i, count, day, after_title, after_match, &c)) break;
        }
        const lex_phrase *best = c.phrase;
        const lex_entry *e = c.entry;
        float certainty = c.certainty;
        if (!best) { i++; continue; }
        dyad_lex_match *m;
        if (push(out, &m)) return DYAD_ENOMEM;
        m->certainty = certainty;
        m->first = (uint32_t)(first + i);
        m->last = (uint32_t)(first + i + best->n_words);
        m->start = tok[i].start;
        m->end = tok[i + best->n_words - 1].end;
        m->kind = (dyad_lex_kind)e->kind;
        int out_of_role = m->certainty == LEX_CERTAIN_OUT_OF_ROLE;
        m->code = out_of_role ? e->country : e->code;
        m->country = e->country;
        m->sector = out_of_role ? "" : e->sector;
        m->role = e->role;
        m->form = FORMS[e->form];
        m->has_point = e->has_point;
        m->lat = e->lat;
        m->lon = e->lon;
        m->source_file = lex->strings + e->file;
        m->source_line = e->line;
        i += best->n_words;
        /* "West Darfur State", "Helmand province", "Odesa Oblast": the
        ** unit a place's name is followed by is part of its name */
        if (m->kind == DYAD_LEX_PLACE && i < count && admin_unit(&tok[i])) {
            m->last++;
            m->end = tok[i].end;
            i++;
        }
        after_name(m, tok, count, first);
    }
    /* A title just before a person is part of the name: "President Maia
    ** Sandu", "Foreign Minister Sergei Lavrov". */
    size_t w = sentence_start;
    for (size_t r = sentence_start; r < out->n; r++) {
        dyad_lex_match *m = &out->items[r];
        if (r + 1 < out->n && m->kind == DYAD_LEX_AGENT && !m->possessive && !m->modifier &&
            (!strcmp(m->form, "title") || !strcmp(m->form, "person")) &&
            out->items[r + 1].kind == DYAD_LEX_PERSON && out->items[r + 1].first == m->last) {
            out->items[r + 1].first = m->first;
            out->items[r + 1].start = m->start;
            continue;
        }
        out->items[w++] = *m;
    }
    out->n = w;
    return DYAD_OK;
}

int dyad_lex_match_doc(const dyad_lexicon *lex, const dyad_doc *doc, dyad_lex_matches *out)
{
    out->n = 0;
    if (!doc->n_sents)
        return dyad_lex_match_words(lex, doc, 0, doc->n_tokens, doc->date, out);
    for (size_t s = 0; s < doc->n_sents; s++) {
        int st = dyad_lex_match_words(lex, doc, doc->sents[s].first, doc->sents[s].count,
                                      doc->date, out);
        if (st) return st;
    }
    return DYAD_OK;
}
