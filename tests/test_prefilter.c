/*
** test_prefilter.c — which sentences are parsed: those with a lexicon
** name and a pattern's head, or a name and a later word that may point
** back to it, and those with a pattern's head and a word that points back
** to a name earlier in the story; never the others.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testing.h"
#include "dyad.h"
#include "code/prefilter.h"
#include "text/doc.h"

/* A story of one sentence per string, split on spaces, lemma = form; a
** capitalised word is a PROPN, "word/TAG" has that tag, the others none
** (as untagged text: any pattern's head). */
static void story(dyad_doc *doc, const char *const *sentences, size_t n)
{
    dyad_doc_init(doc);
    static char text[1024];
    size_t len = 0;
    for (size_t s = 0; s < n; s++) len += (size_t)snprintf(text + len, sizeof text - len, "%s ", sentences[s]);
    dyad_doc_set_text(doc, text, len);
    for (size_t s = 0; s < n; s++) {
        uint32_t first = (uint32_t)doc->n_tokens;
        char words[256];
        snprintf(words, sizeof words, "%s", sentences[s]);
        for (char *w = strtok(words, " "); w; w = strtok(NULL, " ")) {
            char *slash = strchr(w, '/');
            const char *tag = w[0] >= 'A' && w[0] <= 'Z' ? "PROPN" : NULL;
            if (slash) {
                *slash = '\0';
                tag = dyad_doc_strdup(doc, slash + 1, strlen(slash + 1));
            }
            const char *form = dyad_doc_strdup(doc, w, strlen(w));
            dyad_token *t = doc_add_token(doc);
            t->form = form;
            t->lemma = t->form;
            t->upos = tag;
        }
        doc_add_sentence(doc, first, 0, 0, 0);
    }
}

/* Names on the first word of the given sentences, of the given kinds; a
** sentence listed twice in a row has its second name on its last word. */
static void names(dyad_lex_matches *m, const dyad_doc *doc, const size_t *sents, const int *kinds, size_t n)
{
    dyad_lex_matches_init(m);
    m->items = calloc(n, sizeof *m->items);
    m->n = m->cap = n;
    for (size_t i = 0; i < n; i++) {
        const dyad_sentence *se = &doc->sents[sents[i]];
        int second = i > 0 && sents[i - 1] == sents[i];
        m->items[i].first = second ? se->first + se->count - 1 : se->first;
        m->items[i].last = m->items[i].first + 1;
        m->items[i].kind = kinds[i];
    }
}

/* Sets a sector on the names (a country's people: "Egyptian demonstrators"). */
static void sector_all(dyad_lex_matches *m, const char *country, const char *sector)
{
    for (size_t i = 0; i < m->n; i++) {
        m->items[i].country = country;
        m->items[i].sector = sector;
    }
}

static void attack_patterns(pattern_set *set)
{
    pattern_set_init(set);
    CHECK_INT(pattern_set_add(set, "190", "attack obj@T", "v", 1, NULL, 0), DYAD_OK);
    CHECK_INT(pattern_set_add(set, "040", "have obj=talk|meeting obl:with@T", "v", 2, NULL, 0), DYAD_OK);
    CHECK_INT(pattern_set_add(set, "111", "criticize obj@T", "v", 3, NULL, 0), DYAD_OK);
    CHECK_INT(pattern_set_index(set), DYAD_OK);
}

static void check_parsed_as(int monadic, const char *const *sentences, size_t n, const size_t *named,
                            const int *kinds, size_t n_named, const char *sector, const unsigned char *want)
{
    pattern_set set;
    attack_patterns(&set);
    pattern_anchors anchors;
    CHECK_INT(pattern_anchors_build(&anchors, &set), DYAD_OK);
    dyad_doc doc;
    story(&doc, sentences, n);
    dyad_lex_matches m;
    names(&m, &doc, named, kinds, n_named);
    if (sector) sector_all(&m, "EGY", sector);
    unsigned char which[16];
    prefilter_sentences(&set, &anchors, monadic, &doc, &m, which);
    for (size_t i = 0; i < n; i++) {
        if (which[i] != want[i]) fprintf(stderr, "sentence %zu: \"%s\"\n", i, sentences[i]);
        CHECK_INT(which[i], want[i]);
    }
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
    pattern_anchors_free(&anchors);
    pattern_set_free(&set);
}

static void check_parsed_sector(const char *const *sentences, size_t n, const size_t *named, const int *kinds,
                                size_t n_named, const char *sector, const unsigned char *want)
{
    check_parsed_as(0, sentences, n, named, kinds, n_named, sector, want);
}

static void check_parsed(const char *const *sentences, size_t n, const size_t *named, const int *kinds,
                         size_t n_named, const unsigned char *want)
{
    check_parsed_sector(sentences, n, named, kinds, n_named, NULL, want);
}

TEST(only_sentences_that_can_code_are_parsed)
{
    static const char *const s[] = {
        "the weather was fine",          /* 0: no name, no pattern head */
        "he attack the town",            /* 1: head and pronoun, but no name yet */
        "Sandu sent envoys",             /* 2: a person's name */
        "the rain fell on the town",     /* 3: nothing */
        "he attack the town",            /* 4: head + pronoun after a person */
        "the attack was long",           /* 5: a head, nothing to point back */
        "Sandu attack the town",         /* 6: a head, and the person's surname */
    };
    static const size_t named[] = { 2 };
    static const int kinds[] = { DYAD_LEX_PERSON };
    static const unsigned char want[] = { 0, 0, 1, 0, 1, 0, 1 };
    check_parsed(s, 7, named, kinds, 1, want);
}

/* With no name of its own, a sentence is parsed only if a word in it can
** stand for an actor the earlier names could have left in memory. */
TEST(mentions_must_fit_the_names_before)
{
    static const char *const s[] = {
        "Chile sent envoys",             /* 0: a country, no head */
        "he attack the town",            /* 1: "he" asks for a person: none yet */
        "the country attack the town",   /* 2: "the country": a country was named */
        "Ortega attack the town",        /* 3: no person of that surname */
        "the president attack the town", /* 4: a government's head: any name */
    };
    static const size_t named[] = { 0 };
    static const int kinds[] = { DYAD_LEX_COUNTRY };
    static const unsigned char want[] = { 1, 0, 1, 0, 1 };
    check_parsed(s, 5, named, kinds, 1, want);
}

/* A named sentence with no pattern head is parsed only for the memory: if
** a later sentence of the story has a word that may point back. */
TEST(named_sentences_without_a_head_only_for_later_mentions)
{
    static const char *const s[] = {
        "Chile sent envoys",             /* 0: named, no head, "the country" later */
        "the country attack the town",   /* 1: head + mention after a country */
        "Bolivia attack Paraguay",       /* 2: named twice with a head */
        "Peru sent envoys",              /* 3: named, no head, nothing after asks */
        "the rain fell on the town",     /* 4: nothing */
    };
    static const size_t named[] = { 0, 2, 2, 3 };
    static const int kinds[] = { DYAD_LEX_COUNTRY, DYAD_LEX_COUNTRY, DYAD_LEX_COUNTRY, DYAD_LEX_COUNTRY };
    static const unsigned char want[] = { 1, 1, 1, 0, 0 };
    check_parsed(s, 5, named, kinds, 4, want);
}

/* ... and only for later sentences that are parsed themselves: one that
** is not coded asks the memory nothing. */
TEST(only_parsed_sentences_ask_the_memory)
{
    static const char *const s[] = {
        "Chile sent envoys",             /* 0: named, no head */
        "the country was calm",          /* 1: "the country", but nothing to code */
    };
    static const size_t named[] = { 0 };
    static const int kinds[] = { DYAD_LEX_COUNTRY };
    static const unsigned char want[] = { 0, 0 };
    check_parsed(s, 2, named, kinds, 1, want);
}

/* A head whose patterns all need words the sentence lacks heads nothing
** (each a story of its own sentence). */
TEST(heads_need_their_patterns_words)
{
    static const char *const s[] = {
        "Chile have no doubt",           /* "have" needs "talk" or "meeting" */
        "Chile have talk with Peru",     /* and "with" */
        "Chile have talk about Peru",    /* no "with" */
        "Chile have talks with Peru",    /* a plural fits its singular */
    };
    static const size_t named[] = { 0, 0 };          /* the first word and the last */
    static const int kinds[] = { DYAD_LEX_COUNTRY, DYAD_LEX_COUNTRY };
    static const unsigned char want[] = { 0, 1, 0, 1 };
    for (int i = 0; i < 4; i++) check_parsed(s + i, 1, named, kinds, 2, want + i);
}

/* A verb's pattern needs a verb at its head, a noun's a noun. */
TEST(heads_need_their_patterns_part_of_speech)
{
    static const char *const s[] = {
        "Chile attack/VERB Peru",
        "Chile attack/NOUN Peru",        /* "the Chile attack on Peru": no verb */
    };
    static const size_t named[] = { 0, 0 };
    static const int kinds[] = { DYAD_LEX_COUNTRY, DYAD_LEX_COUNTRY };
    static const unsigned char want[] = { 1, 0 };
    for (int i = 0; i < 2; i++) check_parsed(s + i, 1, named, kinds, 2, want + i);
}

/* An event needs two actors: a lone name with a head is not parsed, unless
** a word may take the other actor from the memory, or the name is people
** who may protest to their own government. */
TEST(a_lone_name_needs_a_second_actor)
{
    static const char *const s[] = {
        "Bolivia attack the town",       /* 0: one name, nothing to point back */
        "Bolivia attack Paraguay",       /* 1: two names */
        "Bolivia said the president attack the town", /* 2: "the president" asks the memory */
    };
    static const size_t one[] = { 0 }, two[] = { 0, 0 };
    static const int kinds[] = { DYAD_LEX_COUNTRY, DYAD_LEX_COUNTRY };
    static const unsigned char w0[] = { 0 }, w1[] = { 1 }, w2[] = { 1 };
    check_parsed(s, 1, one, kinds, 1, w0);
    check_parsed(s + 1, 1, two, kinds, 2, w1);
    check_parsed(s + 2, 1, one, kinds, 1, w2);
    /* "Egyptian demonstrators attack": a country's people, their own
    ** government's opponents, may be both sides */
    check_parsed_sector(s, 1, one, kinds, 1, "OPP", w1);
    /* the name alone still matters to the memory when a later word asks */
    static const char *const story2[] = {
        "Bolivia attack the town",
        "the country attack the town",
    };
    static const unsigned char w3[] = { 1, 1 };
    check_parsed(story2, 2, one, kinds, 1, w3);
    /* a dateline's place may be acted upon ("LIMA - ... Bolivia shelled
    ** the town"): a second name for every sentence */
    static const char *const story3[] = {
        "LIMA , officials met",
        "Bolivia attack the town",
    };
    static const size_t dated[] = { 0, 1 };
    static const int place_first[] = { DYAD_LEX_PLACE, DYAD_LEX_COUNTRY };
    static const unsigned char w4[] = { 0, 1 };
    check_parsed_sector(story3, 2, dated, place_first, 2, "", w4);     /* names with a country */
}

/* With monadic events, a lone name may act alone, but only through a
** pattern whose code may end as an act that needs no target: "attack"
** may (getting ready to attack is a show of force, CAMEO 150), "hold
** talks" may (talks held), "criticize" never may. */
TEST(a_lone_name_may_act_alone_with_monadic_events)
{
    static const char *const s[] = {
        "Bolivia attack the town",
        "Bolivia have talk with the rebels",
        "Bolivia criticize the plan",
        "Bolivia said the weather was fine",
    };
    static const size_t one[] = { 0 };
    static const int kinds[] = { DYAD_LEX_COUNTRY };
    static const unsigned char no[] = { 0 }, yes[] = { 1 };
    for (size_t i = 0; i < 4; i++) check_parsed_as(0, s + i, 1, one, kinds, 1, "", no);
    check_parsed_as(1, s, 1, one, kinds, 1, "", yes);
    check_parsed_as(1, s + 1, 1, one, kinds, 1, "", yes);
    check_parsed_as(1, s + 2, 1, one, kinds, 1, "", no);
    check_parsed_as(1, s + 3, 1, one, kinds, 1, "", no);
}

/* ... and only if that word asks for what its names could give. */
TEST(named_sentences_without_a_head_only_for_what_is_asked)
{
    static const char *const s1[] = {
        "Chile sent envoys",             /* a country: "he" asks for a person */
        "he attack the town",
    };
    static const char *const s2[] = {
        "Sandu sent envoys",             /* a person, asked for by name */
        "Sandu attack the town",
    };
    static const char *const s3[] = {
        "Sandu sent envoys",             /* another name is asked for */
        "Ortega attack the town",
    };
    static const size_t named[] = { 0 };
    static const int country[] = { DYAD_LEX_COUNTRY }, person[] = { DYAD_LEX_PERSON };
    static const unsigned char w1[] = { 0, 0 }, w2[] = { 1, 1 }, w3[] = { 0, 0 };
    check_parsed(s1, 2, named, country, 1, w1);
    check_parsed(s2, 2, named, person, 1, w2);
    check_parsed(s3, 2, named, person, 1, w3);
}

int main(void)
{
    RUN(named_sentences_without_a_head_only_for_what_is_asked);
    RUN(heads_need_their_patterns_words);
    RUN(heads_need_their_patterns_part_of_speech);
    RUN(only_sentences_that_can_code_are_parsed);
    RUN(mentions_must_fit_the_names_before);
    RUN(named_sentences_without_a_head_only_for_later_mentions);
    RUN(a_lone_name_needs_a_second_actor);
    RUN(a_lone_name_may_act_alone_with_monadic_events);
    RUN(only_parsed_sentences_ask_the_memory);
    return TEST_DONE();
}
