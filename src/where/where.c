/*
** where.c — the place an event happened (where.h; rules in docs/where.md).
**
** Candidates are the lexicon places inside locative phrases, found in
** tiers, nearest first: phrases on the event's own word (or on the verb a
** noun event hangs on), then phrases on its object, then any locative
** phrase of the sentence, then the story's dateline.  Within a tier a
** locative beats an origin ("from"), a city beats a region and a region a
** country, and then the phrase nearest the event's word in the tree, then
** in the text, wins.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "where/where.h"
#include "code/attribution.h"

/* Which countries a preposition's phrase may place an event in.  With
** "on", "at" and "from" a country is most often a party, not a site:
** "sanctions on Russia", "fired at Israel", "aid from Britain". */
enum { COUNTRY_NONE, COUNTRY_SEAT, COUNTRY_ANY };

typedef struct prep_rule {
    const char *lemma;
    uint8_t countries;       /* COUNTRY_*: which country names it admits */
    uint8_t strength;        /* 2 says where it happened; 1 says from or
                             ** into where, a weaker reading */
    uint8_t anywhere;        /* read anywhere in the sentence, not only on
                             ** the event's word */
} prep_rule;

static const prep_rule PREPS[] = {
    { "in", COUNTRY_ANY, 2, 1 },       { "near", COUNTRY_ANY, 2, 1 },
    { "inside", COUNTRY_ANY, 2, 1 },   { "outside", COUNTRY_ANY, 2, 1 },
    { "within", COUNTRY_ANY, 2, 1 },   { "across", COUNTRY_ANY, 2, 1 },
    { "throughout", COUNTRY_ANY, 2, 1 }, { "around", COUNTRY_ANY, 2, 1 },
    { "along", COUNTRY_ANY, 2, 1 },    { "off", COUNTRY_ANY, 2, 1 },
    { "close", COUNTRY_ANY, 2, 1 },    /* "close to": case + fixed */
    { "at", COUNTRY_SEAT, 2, 1 },      /* "talks at the Kremlin" */
    { "on", COUNTRY_NONE, 2, 1 },      /* islands, coasts, "on Crimea" */
    /* "crossed into Gaza": where the event went; "fired from the Gaza
    ** Strip": where it was launched.  Both are where the act took place,
    ** but weaker than a locative on the same word, and bound to that word. */
    { "into", COUNTRY_ANY, 1, 0 },
    { "from", COUNTRY_NONE, 1, 0 },
};

static const prep_rule *find_prep(const char *lemma)
{
    for (size_t i = 0; i < sizeof PREPS / sizeof PREPS[0]; i++)
        if (!strcmp(PREPS[i].lemma, lemma)) return &PREPS[i];
    return NULL;
}

static int rel_is(const char *rel, const char *base)
{
    size_t n = strlen(base);
    return rel && !strncmp(rel, base, n) && (rel[n] == '\0' || rel[n] == ':');
}

/*
** The locative rule of phrase word w: by its "case" dependent ("in",
** "near"), or by the relation's subtype where a parser writes the
** preposition there ("obl:in").  NULL when w opens no locative phrase.
*/
static const prep_rule *locative_of(const sentence_tree *t, uint32_t w)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t c = t->kids[k];
        if (!t->words[c].deprel || strcmp(t->words[c].deprel, "case")) continue;
        char buf[32];
        const prep_rule *p = find_prep(tree_lemma(t, c, buf, sizeof buf));
        if (p) return p;
    }
    const char *rel = t->words[w].deprel, *colon = rel ? strchr(rel, ':') : NULL;
    return colon ? find_prep(colon + 1) : NULL;
}

/* The preposition of an nmod is "of" ("the town of Galati"). */
static int is_of(const sentence_tree *t, uint32_t w)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t c = t->kids[k];
        if (!t->words[c].deprel || strcmp(t->words[c].deprel, "case")) continue;
        char buf[8];
        if (!strcmp(tree_lemma(t, c, buf, sizeof buf), "of")) return 1;
    }
    return t->words[w].deprel && !strcmp(t->words[w].deprel, "nmod:of");
}

static int lemma_in(const char *lemma, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (!strcmp(lemma, list[i])) return 1;
    return 0;
}

/* Common nouns that stand for a place, so that their modifiers may name it
** ("the border town of Galati", "Ukraine's port city of Odesa").  Other
** nouns' modifiers say something else: "in U.S.-Soviet talks", "in
** Russia's war". */
static const char *const PLACE_NOUNS[] = {
    "city", "town", "village", "port", "capital", "region", "province", "district", "county",
    "state", "area", "border", "coast", "island", "islands", "sea", "strait", "enclave",
    "territory", "oblast", "suburb", "outskirts", "neighborhood", "neighbourhood", "camp",
    "base", "municipality", "settlement", "frontier", "zone", "side", "part", "republic",
    "governorate", "prefecture", "valley", "peninsula", "gulf", "bay", "river", "harbour",
    "harbor", "airport", "crossing", "checkpoint", "embassy", "headquarters", NULL
};

/* Whether word w names a place by itself: a proper noun, a word of a
** lexicon match, or a place noun. */
static int names_place(const sentence_tree *t, const int32_t *word_match, uint32_t w)
{
    const char *upos = t->words[w].upos;
    if (word_match[w] >= 0 || (upos && !strcmp(upos, "PROPN"))) return 1;
    char buf[32];
    return lemma_in(tree_lemma(t, w, buf, sizeof buf), PLACE_NOUNS);
}

/* Trips whose "to" says where they took place: "held talks during a
** visit to Beirut". */
static const char *const TRIP_NOUNS[] = { "visit", "trip", "tour", "journey", "mission", NULL };
static const prep_rule TRIP_TO = { "to", COUNTRY_ANY, 2, 1 };

/* "in March", "on Sunday" say when: with the city gazetteer installed
** such words can match a town (March, in England). */
static int names_a_time(const sentence_tree *t, uint32_t w, const dyad_lex_match *m)
{
    static const char *const TIMES[] = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", NULL
    };
    if (m->last - m->first != 1) return 0;
    for (size_t i = 0; TIMES[i]; i++)
        if (!strcasecmp(t->words[w].form, TIMES[i])) return 1;
    return 0;
}

/* How specific a match is as a place after preposition p: 3 a city (or a
** capital or seat of government), 2 a region, feature or territory, 1 a
** country's name, 0 not a place there (an adjective, a person). */
static int specificity(const dyad_lex_match *m, const prep_rule *p)
{
    if (m->kind == DYAD_LEX_PLACE) return m->form && !strcmp(m->form, "city") ? 3 : 2;
    if (m->kind != DYAD_LEX_COUNTRY || !m->form) return 0;
    if (!strcmp(m->form, "capital") || !strcmp(m->form, "gov")) return p->countries >= COUNTRY_SEAT ? 3 : 0;
    if (!strcmp(m->form, "name")) return p->countries == COUNTRY_ANY ? 1 : 0;
    return 0;
}

typedef struct candidate {
    const dyad_lex_match *match;
    const prep_rule *prep;
    uint32_t word;
    int tier, spec, dist, gap;
} candidate;

/* Whether a beats b: nearer tier, stronger preposition, more specific
** place, nearer in the tree, nearer in the text. */
static int beats(const candidate *a, const candidate *b)
{
    if (!b->match) return 1;
    if (a->tier != b->tier) return a->tier < b->tier;
    if (a->prep->strength != b->prep->strength) return a->prep->strength > b->prep->strength;
    if (a->spec != b->spec) return a->spec > b->spec;
    if (a->dist != b->dist) return a->dist < b->dist;
    return a->gap < b->gap;
}

typedef struct search {
    const sentence_tree *tree;
    const dyad_lex_matches *matches;
    const int32_t *word_match;
    uint32_t head;
    uint32_t attribution;         /* first word of the closing attribution */
    candidate best;
} search;

/*
** Considers the words of the locative phrase headed by w: w itself and
** the words that name it more closely, by compound, flat and appos
** ("Odesa, Ukraine"), nmod:poss ("Ukraine's ... city of Odesa"), "of"
** ("the border town of Galati") and nested locatives ("a village near
** Galati", read with their own preposition).
*/
static void walk_phrase(search *s, uint32_t w, const prep_rule *p, int tier, int dist, int depth, int aside)
{
    const sentence_tree *t = s->tree;
    int32_t mi = s->word_match[w];
    /* a country that only modifies a noun which is no place is an aside:
    ** "in U.S.-Soviet talks", "in Russia's war" */
    /* "..., officials in Nairobi said": where the speakers are */
    if (w >= s->attribution && s->head < s->attribution) return;
    if (mi >= 0 && !(aside && s->matches->items[mi].kind == DYAD_LEX_COUNTRY)) {
        candidate c = { &s->matches->items[mi], p, w, tier, 0, dist, 0 };
        c.spec = names_a_time(t, w, c.match) ? 0 : specificity(c.match, p);
        c.gap = w > s->head ? (int)(w - s->head) : (int)(s->head - w);
        if (c.spec > 0 && beats(&c, &s->best)) s->best = c;
    }
    if (depth >= 4) return;
    int place = names_place(t, s->word_match, w);
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (!rel) continue;
        if (rel_is(rel, "flat") || rel_is(rel, "appos")) {
            /* the same thing named again: "in Galati, Romania" */
            walk_phrase(s, d, p, tier, dist + 1, depth + 1, aside);
        } else if (rel_is(rel, "compound") || !strcmp(rel, "nmod:poss") || (rel_is(rel, "nmod") && is_of(t, d))) {
            walk_phrase(s, d, p, tier, dist + 1, depth + 1, aside || !place);
        } else if (rel_is(rel, "nmod")) {
            const prep_rule *q = locative_of(t, d);
            if (q && q->strength == 2) walk_phrase(s, d, q, tier, dist + 1, depth + 1, 0);
        }
    }
}

/* A trip's destination: "to" on a trip noun ("a visit to Beirut"). */
static void trip_destination(search *s, uint32_t w, int tier, int dist)
{
    const sentence_tree *t = s->tree;
    char buf[32];
    if (!lemma_in(tree_lemma(t, w, buf, sizeof buf), TRIP_NOUNS)) return;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if (!rel_is(t->words[d].deprel, "nmod")) continue;
        for (uint32_t j = t->first_kid[d]; j < t->first_kid[d + 1]; j++) {
            uint32_t c = t->kids[j];
            char cb[8];
            if (t->words[c].deprel && !strcmp(t->words[c].deprel, "case") &&
                !strcmp(tree_lemma(t, c, cb, sizeof cb), "to"))
                walk_phrase(s, d, &TRIP_TO, tier, dist + 1, 0, 0);
        }
    }
}

/* Considers the locative phrases that hang on word w (obl and nmod, not
** the possessive or bare-noun time and measure modifiers). */
static void phrases_on(search *s, uint32_t w, int tier, int dist)
{
    const sentence_tree *t = s->tree;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (!rel || (!rel_is(rel, "obl") && !rel_is(rel, "nmod")) || !strcmp(rel, "nmod:poss") ||
            strstr(rel, "tmod") || strstr(rel, "npmod"))
            continue;
        const prep_rule *p = locative_of(t, d);
        if (p) walk_phrase(s, d, p, tier, dist, 0, 0);
        else trip_destination(s, d, tier, dist);
    }
}

/* The head of w (0-based), or -1 at the root or an unknown head. */
static int32_t head_of(const sentence_tree *t, uint32_t w)
{
    int32_t h = t->words[w].head - 1;
    return h >= 0 && (uint32_t)h < t->n ? h : -1;
}

/* The clause word w belongs to: the first verb (or the root) on the way
** up from w. */
static uint32_t clause_of(const sentence_tree *t, uint32_t w)
{
    for (uint32_t hops = 0; hops < t->n; hops++) {
        const char *upos = t->words[w].upos;
        int32_t h = head_of(t, w);
        if (h < 0 || (upos && !strcmp(upos, "VERB"))) return w;
        w = (uint32_t)h;
    }
    return w;
}

/* Whether a is w or one of w's heads. */
static int dominates(const sentence_tree *t, uint32_t a, uint32_t w)
{
    for (uint32_t hops = 0; hops <= t->n; hops++) {
        if (w == a) return 1;
        int32_t h = head_of(t, w);
        if (h < 0) return 0;
        w = (uint32_t)h;
    }
    return 0;
}

/*
** Whether a phrase at word w elsewhere in the sentence may place the event
** at `head`: its clause must hold the event ("Police in Chisinau arrested
** ..."), not hang below it or beside it ("... warned that Moscow would
** respond if troops were deployed near Transnistria"), and must not be a
** clause that only reports the event ("..., officials in Nairobi said"):
** that says where the speaker is.
*/
static int same_clause(const sentence_tree *t, uint32_t w, uint32_t head)
{
    static const char *const SPEECH[] = {
        "say", "tell", "announce", "report", "claim", "add", "state", "quote", "confirm", NULL
    };
    uint32_t c = clause_of(t, w);
    if (!dominates(t, c, head)) return 0;
    if (c == head) return 1;
    char buf[32];
    return !lemma_in(tree_lemma(t, c, buf, sizeof buf), SPEECH);
}

/*
** A story that opens with a dateline ("GALATI (Reuters) -", "ODESA,
** Ukraine —") says where its reporter was; that is the last resort for
** an event with no place of its own.  The dateline is one to four
** upper-case words first in the story, then "(", "," or a dash.
*/
const dyad_lex_match *where_dateline(const dyad_doc *doc, const dyad_lex_matches *matches)
{
    if (!doc->n_sents || !doc->sents[0].count) return NULL;
    const dyad_sentence *s = &doc->sents[0];
    uint32_t caps = 0;
    for (; caps < s->count && caps < 4; caps++) {
        const char *f = doc->tokens[s->first + caps].form;
        int letters = 0, lower = 0;
        for (; *f; f++) {
            if (*f >= 'a' && *f <= 'z') lower = 1;
            if ((*f >= 'A' && *f <= 'Z')) letters = 1;
        }
        if (!letters || lower) break;
    }
    if (caps == 0 || caps >= s->count) return NULL;
    const char *next = doc->tokens[s->first + caps].form;
    if (strcmp(next, "(") && strcmp(next, ",") && strcmp(next, "-") && strcmp(next, "\xe2\x80\x94") &&
        strcmp(next, "\xe2\x80\x93"))
        return NULL;
    for (size_t i = 0; i < matches->n && matches->items[i].first < s->first + caps; i++) {
        const dyad_lex_match *m = &matches->items[i];
        static const prep_rule any = { "", COUNTRY_ANY, 2, 0 };
        if (m->first >= s->first && specificity(m, &any) > 0) return m;
    }
    return NULL;
}

/* Is w a noun modifier of its head introduced by "of"? */
static int of_noun(const sentence_tree *t, uint32_t w)
{
    if (!rel_is(t->words[w].deprel, "nmod") || !strcmp(t->words[w].deprel, "nmod:poss")) return 0;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t c = t->kids[k];
        char buf[8];
        if (rel_is(t->words[c].deprel, "case") && !strcmp(tree_lemma(t, c, buf, sizeof buf), "of")) return 1;
    }
    return 0;
}

int where_locate(const dyad_doc *doc, size_t sent, const sentence_tree *tree,
                 const dyad_lex_matches *matches, const int32_t *word_match,
                 uint32_t event_head, where_place *out)
{
    memset(out, 0, sizeof *out);
    out->start = out->end = -1;
    out->how = "none";
    out->prep = "";
    if (sent >= doc->n_sents || event_head >= tree->n) return 0;
    search s = { tree, matches, word_match, event_head, attribution_start(tree), { 0 } };
    const dyad_token *head = &tree->words[event_head];
    int noun = head->upos && (!strcmp(head->upos, "NOUN") || !strcmp(head->upos, "PROPN"));
    /* tier 0: the event's own word; a verb it is the open complement of
    ** ("moved to attack ... in"); for a noun event ("air strikes in
    ** Gaza"), the verb it is the object or subject of ("carried out air
    ** strikes in Gaza") */
    phrases_on(&s, event_head, 0, 1);
    /* a visit takes place where it goes: "a visit to Beirut", "visited
    ** Beirut" (the one object that is a site as well as a party) */
    trip_destination(&s, event_head, 0, 0);
    char lemma[32];
    if (!noun && lemma_in(tree_lemma(tree, event_head, lemma, sizeof lemma), TRIP_NOUNS))
        for (uint32_t k = tree->first_kid[event_head]; k < tree->first_kid[event_head + 1]; k++)
            if (tree->words[tree->kids[k]].deprel && !strcmp(tree->words[tree->kids[k]].deprel, "obj"))
                walk_phrase(&s, tree->kids[k], &TRIP_TO, 0, 1, 0, 0);
    int32_t up = head_of(tree, event_head);
    const char *rel = head->deprel;
    if (up >= 0 && (rel_is(rel, "xcomp") ||
                    (noun && (rel_is(rel, "obj") || rel_is(rel, "nsubj") || rel_is(rel, "iobj")))))
        phrases_on(&s, (uint32_t)up, 0, 2);
    /* tier 1: the object's phrase ("attacked a convoy near Galati") */
    if (!s.best.match && !noun) {
        for (uint32_t k = tree->first_kid[event_head]; k < tree->first_kid[event_head + 1]; k++) {
            uint32_t d = tree->kids[k];
            const char *r = tree->words[d].deprel;
            if (r && (!strcmp(r, "obj") || !strcmp(r, "iobj") || !strcmp(r, "nsubj:pass"))) {
                phrases_on(&s, d, 1, 2);
                /* "detonated a string of bombs in Kandahar": the place may
                ** sit on the object's "of" noun, what the object counts */
                for (uint32_t j = tree->first_kid[d]; j < tree->first_kid[d + 1] && !s.best.match; j++)
                    if (of_noun(tree, tree->kids[j])) phrases_on(&s, tree->kids[j], 1, 3);
            }
        }
    }
    /* tier 2: a locative phrase anywhere in the sentence */
    if (!s.best.match) {
        for (uint32_t w = 0; w < tree->n; w++) {
            const char *r = tree->words[w].deprel;
            if (!r || (!rel_is(r, "obl") && !rel_is(r, "nmod")) || !strcmp(r, "nmod:poss")) continue;
            if (!same_clause(tree, w, event_head)) continue;
            const prep_rule *p = locative_of(tree, w);
            if (p && p->anywhere) walk_phrase(&s, w, p, 2, 0, 0, 0);
            else if (!p) trip_destination(&s, w, 2, 0);
        }
    }
    if (s.best.match) {
        out->match = s.best.match;
        out->word = s.best.word;
        out->prep = s.best.prep->lemma;
        static const char *const how[] = { "event", "object", "sentence" };
        out->how = how[s.best.tier];
    } else {
        out->match = where_dateline(doc, matches);
        if (!out->match) return 0;
        out->word = out->match->first - doc->sents[0].first;
        out->how = "dateline";
    }
    out->start = (int32_t)out->match->start;
    out->end = (int32_t)out->match->end;
    return 1;
}

int where_fill(dyad_doc *doc, const where_place *place, dyad_event_location *out)
{
    const dyad_lex_match *m = place->match;
    if (!m) return DYAD_OK;
    const char *text = dyad_doc_strdup(doc, doc->text + m->start, m->end - m->start);
    char id[512];
    int len = snprintf(id, sizeof id, "%s:%u", m->source_file ? m->source_file : "", m->source_line);
    if (len < 0) len = 0;
    if ((size_t)len >= sizeof id) len = (int)sizeof id - 1;
    const char *idcopy = dyad_doc_strdup(doc, id, (size_t)len);
    if (!text || !idcopy) return DYAD_ENOMEM;
    out->text = text;
    /* The compiled lexicon keeps no entry's preferred name, only the names
    ** that match; the name as written is the one we can give. */
    out->name = text;
    out->country = m->country ? m->country : "";
    /* The lexicon keeps single-precision points: 31.42 is stored as
    ** 31.4200000763; five decimals (a metre) give back what was written. */
    if (m->has_point) { out->lat = round(m->lat * 1e5) / 1e5; out->lon = round(m->lon * 1e5) / 1e5; }
    out->id = idcopy;
    return DYAD_OK;
}
