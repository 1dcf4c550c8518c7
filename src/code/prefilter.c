/*
** prefilter.c — which sentences of a story are worth parsing
** (prefilter.h).
*/
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "code/prefilter.h"
#include "code/actors.h"
#include "code/acts.h"
#include "code/monadic.h"
#include "where/where.h"

/* tok's lemma as the coder looks it up: the lemma, or the lower-cased
** form when it has none (tree_lemma); buf holds the latter. */
static const char *lookup_lemma(const dyad_token *tok, char buf[64])
{
    if (tok->lemma) return tok->lemma;
    const char *f = tok->form ? tok->form : "";
    size_t i = 0;
    for (; f[i] && i + 1 < 64; i++) buf[i] = (char)tolower((unsigned char)f[i]);
    buf[i] = '\0';
    return buf;
}

/* Does word tok head a pattern that could match among the sentence's
** words? */
static int heads_pattern(const pattern_set *patterns, const pattern_anchors *anchors,
                         const lemma_bag *words, const dyad_token *tok)
{
    char buf[64];
    return pattern_head_may_match(patterns, anchors, lookup_lemma(tok, buf), tok, words);
}

/* Does word tok head a pattern whose code passes `which` (acts.h: an act
** the coder remembers, or an event that may be aimed at one) that could
** match among the words? */
static int heads_code_pattern(const pattern_set *patterns, const pattern_anchors *anchors,
                              const lemma_bag *words, const dyad_token *tok, int (*which)(const char *))
{
    char buf[64];
    size_t first, n = pattern_set_lookup(patterns, lookup_lemma(tok, buf), &first);
    for (size_t i = 0; i < n; i++) {
        const pattern *p = &patterns->patterns[patterns->index[first + i].pattern];
        if (which(p->code) && pattern_head_fits(p, tok) && pattern_may_match(patterns, anchors, p, words)) return 1;
    }
    return 0;
}

/* Does word tok head a pattern that could match among the sentence's
** words and end as an event with no target (monadic.h)?  Only asked of
** a sentence with one name, so the common case pays nothing. */
static int heads_monadic_pattern(const pattern_set *patterns, const pattern_anchors *anchors,
                                 const lemma_bag *words, const dyad_token *tok)
{
    return heads_code_pattern(patterns, anchors, words, tok, monadic_pattern_code);
}

/* May sentence se, with one name, yield an event with no target?  Only
** with monadic events on, and a word heading a pattern that may end as
** one; its one name is then the source, and no other actor is named. */
static int may_stand_alone(const pattern_set *patterns, const pattern_anchors *anchors, int monadic,
                           const dyad_doc *doc, const dyad_sentence *se, const lemma_bag *words)
{
    if (!monadic) return 0;
    for (uint32_t i = 0; i < se->count; i++)
        if (heads_monadic_pattern(patterns, anchors, words, &doc->tokens[se->first + i])) return 1;
    return 0;
}

/*
** Can one name be both an event's source and its target?  Only as people
** protesting to their own government (coder.c, home_protesters: "Egyptian
** demonstrators rioted" is EGYOPP against EGYGOV): a country's name that
** carries a sector of the governed.  Any other event needs a second name
** or a word the memory resolves.  (Looser than coder.c's test on purpose:
** any sector.)
*/
static int may_be_own_target(const dyad_lex_match *m)
{
    return m->kind == DYAD_LEX_COUNTRY && m->sector && m->sector[0];
}

/* Does a word of the sentence head a pattern that may be aimed at an
** act ("condemned the launch")? */
static int aims_at_acts(const pattern_set *patterns, const pattern_anchors *anchors, const dyad_doc *doc,
                        const dyad_sentence *se, const lemma_bag *words)
{
    for (uint32_t i = 0; i < se->count; i++)
        if (heads_code_pattern(patterns, anchors, words, &doc->tokens[se->first + i], acts_aimed_code)) return 1;
    return 0;
}

/* Adds to b the act keys of the sentence's words that head an act's
** pattern (the acts it may remember: acts.h). */
static void add_act_heads(const pattern_set *patterns, const pattern_anchors *anchors, const dyad_doc *doc,
                          const dyad_sentence *se, const lemma_bag *words, acts_bloom *b)
{
    for (uint32_t i = 0; i < se->count; i++) {
        const dyad_token *tok = &doc->tokens[se->first + i];
        char buf[64], key[ACTS_KEY];
        if (acts_key(lookup_lemma(tok, buf), key, sizeof key) &&
            heads_code_pattern(patterns, anchors, words, tok, acts_pattern_code))
            acts_bloom_add(b, key);
    }
}

/* Does a definite noun of the sentence name an act of b ("the launch")? */
static int names_act(const dyad_doc *doc, const dyad_sentence *se, const acts_bloom *b)
{
    const dyad_token *w = doc->tokens + se->first;
    for (uint32_t i = 0; i < se->count; i++) {
        char key[ACTS_KEY];
        if (acts_definite_noun(w, se->count, i) && acts_key(w[i].lemma, key, sizeof key) && acts_bloom_has(b, key))
            return 1;
    }
    return 0;
}

/* Adds the act keys of the sentence's definite nouns to b, when a word
** of it may aim an event at an act. */
static void add_act_nouns(const pattern_set *patterns, const pattern_anchors *anchors, const dyad_doc *doc,
                          const dyad_sentence *se, acts_bloom *b)
{
    const dyad_token *w = doc->tokens + se->first;
    lemma_bag words;
    lemma_bag_clear(&words);
    for (uint32_t i = 0; i < se->count; i++) lemma_bag_add_word(&words, &w[i]);
    if (!aims_at_acts(patterns, anchors, doc, se, &words)) return;
    for (uint32_t i = 0; i < se->count; i++) {
        char key[ACTS_KEY];
        if (acts_definite_noun(w, se->count, i) && acts_key(w[i].lemma, key, sizeof key)) acts_bloom_add(b, key);
    }
}

/* Does a word heading a pattern in the sentence give an act of b? */
static int gives_act(const pattern_set *patterns, const pattern_anchors *anchors, const dyad_doc *doc,
                     const dyad_sentence *se, const acts_bloom *b)
{
    lemma_bag words;
    lemma_bag_clear(&words);
    for (uint32_t i = 0; i < se->count; i++) lemma_bag_add_word(&words, &doc->tokens[se->first + i]);
    for (uint32_t i = 0; i < se->count; i++) {
        const dyad_token *tok = &doc->tokens[se->first + i];
        char buf[64], key[ACTS_KEY];
        if (acts_key(lookup_lemma(tok, buf), key, sizeof key) && acts_bloom_has(b, key) &&
            heads_code_pattern(patterns, anchors, &words, tok, acts_pattern_code))
            return 1;
    }
    return 0;
}

/* Per sentence flags, kept in `which` until the last pass.  LONE: one
** name, which cannot be its own target, no word asking the memory and no
** dateline (whose place may be acted upon: where_locate), and with
** monadic events on no pattern head that may stand alone: no actor pair
** and no act without one, so no event, whatever the parse. */
enum { NAMED = 1, HEAD = 2, ASKS = 4, LONE = 8 };

void prefilter_sentences(const pattern_set *patterns, const pattern_anchors *anchors, int monadic, const dyad_doc *doc,
                         const dyad_lex_matches *matches, unsigned char *which)
{
    /* A dateline's place is a name every sentence of the story may use. */
    int dateline = where_dateline(doc, matches) != NULL;
    lemma_bag words;
    memory_bound earlier;        /* what the names so far could leave in memory */
    memset(&earlier, 0, sizeof earlier);
    acts_bloom acts_given;       /* the acts earlier sentences may have remembered */
    memset(&acts_given, 0, sizeof acts_given);
    size_t m = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *se = &doc->sents[s];
        unsigned char flags = 0;
        size_t n_named = 0;
        int own_target = 0;
        while (m < matches->n && matches->items[m].first < se->first + se->count) {
            if (matches->items[m].first >= se->first) {
                flags |= NAMED;
                n_named++;
                own_target |= may_be_own_target(&matches->items[m]);
            }
            memory_bound_add(&earlier, doc, &matches->items[m]);
            m++;
        }
        lemma_bag_clear(&words);
        for (uint32_t i = 0; i < se->count; i++) lemma_bag_add_word(&words, &doc->tokens[se->first + i]);
        for (uint32_t i = 0; i < se->count; i++) {
            const dyad_token *tok = &doc->tokens[se->first + i];
            if (!(flags & HEAD) && heads_pattern(patterns, anchors, &words, tok)) flags |= HEAD;
            /* With fewer than two names of its own, a sentence's other
            ** actors can only come from the memory (mention.c). */
            if (!(flags & ASKS) && n_named < 2 && memory_may_resolve_from(&earlier, tok)) flags |= ASKS;
        }
        /* "the launch" may stand for an earlier sentence's act (acts.h) */
        if (!(flags & ASKS) && names_act(doc, se, &acts_given) && aims_at_acts(patterns, anchors, doc, se, &words))
            flags |= ASKS;
        /* (a word heads an act's pattern only if it heads some pattern) */
        if (flags & HEAD) add_act_heads(patterns, anchors, doc, se, &words, &acts_given);
        if (n_named == 1 && !own_target && !dateline && !(flags & ASKS) && (flags & HEAD) &&
            !may_stand_alone(patterns, anchors, monadic, doc, se, &words))
            flags |= LONE;
        which[s] = flags;
    }
    /* Backwards: what the later sentences' words ask of the memory. */
    memory_asks later;
    memset(&later, 0, sizeof later);
    acts_bloom acts_asked;       /* the acts later sentences' nouns may name */
    memset(&acts_asked, 0, sizeof acts_asked);
    size_t end = matches->n;     /* the matches of sentences s+1.. start here */
    for (size_t s = doc->n_sents; s-- > 0;) {
        const dyad_sentence *se = &doc->sents[s];
        unsigned char flags = which[s];
        size_t start = end;
        while (start > 0 && matches->items[start - 1].first >= se->first) start--;
        if (flags & NAMED) {
            /* With no pattern head, or a lone name, it yields no event;
            ** its parse matters only to the memory, and only if a later
            ** word may ask the memory for an actor its names could give. */
            int parse = (flags & HEAD) && !(flags & LONE);
            if (!parse) {
                memory_bound own;
                memset(&own, 0, sizeof own);
                for (size_t k = start; k < end; k++) memory_bound_add(&own, doc, &matches->items[k]);
                parse = memory_asks_fit(&later, &own);
            }
            which[s] = (unsigned char)parse;
        } else {
            which[s] = (unsigned char)((flags & HEAD) && (flags & ASKS));
        }
        /* a sentence whose act a later "the launch" may name is parsed,
        ** so that the act is remembered */
        if (!which[s] && gives_act(patterns, anchors, doc, se, &acts_asked)) which[s] = 1;
        end = start;
        /* Only a sentence that is parsed and coded reads the memory. */
        if (which[s]) {
            for (uint32_t i = 0; i < se->count; i++) memory_asks_add(&later, &doc->tokens[se->first + i]);
            add_act_nouns(patterns, anchors, doc, se, &acts_asked);
        }
    }
}
