/*
** coder.h — the event coder's internals: from a parsed, actor-matched
** sentence to events.
*/
#ifndef DYAD_CODE_CODER_H
#define DYAD_CODE_CODER_H

#include "dyad.h"
#include "code/actors.h"
#include "code/acts.h"
#include "code/cameo.h"
#include "code/pattern.h"
#include "code/pattern_anchor.h"

struct dyad_coder {
    dyad_tagger *tagger;
    dyad_parser *parser;
    dyad_lexicon *lexicon;
    pattern_set patterns;
    pattern_anchors anchors;   /* the words patterns need (prefilter.c) */
    cameo_table cameo;
    size_t bad_patterns;       /* pattern lines that did not parse */
    int every_sentence;        /* dyad_coder_options.every_sentence */
    int state_agents;          /* dyad_coder_options.state_agents */
    int monadic;               /* dyad_coder_options.monadic */
    int no_country;            /* dyad_coder_options.no_country */
    int one_way_consultations; /* dyad_coder_options: no reciprocal events */
    int promises_as_acts;      /* dyad_coder_options: no intent codes */
};

/* Why a pattern that matched coded no event (for dyad explain). */
typedef struct coder_note {
    uint32_t sent, word;       /* sentence index, word within it */
    const pattern *pattern;
    char text[120];
} coder_note;

/* A dyad_events' working memory (its scratch pointer). */
typedef struct scratch {
    dyad_lex_matches matches;  /* the last doc's lexicon matches */
    sentence_tree tree;
    int32_t *word_match;       /* per sentence word: index into matches */
    size_t cap_words;
    story_memory memory;       /* actors named so far in the story */
    act_memory acts;           /* acts done so far in the story (acts.h) */
    coder_note *notes;         /* the last doc's uncoded matches */
    size_t n_notes, cap_notes;
    unsigned char *parse;      /* per sentence: parse it? (prefilter.h) */
    size_t cap_parse;
} scratch;

/* One sentence being coded: what each step of code_sentence reads. */
typedef struct sentence_coding {
    const dyad_coder *c;
    dyad_doc *doc;
    size_t s;                  /* the sentence's index in doc */
    const dyad_sentence *sent;
    const sentence_tree *t;
    scratch *sc;
} sentence_coding;

/* dyad_code_doc_profiled; with every_sentence, every sentence is parsed
** and coded (dyad explain shows every tree), not only those that can
** yield events (prefilter.h): the events are the same. */
int coder_code_doc(const dyad_coder *c, dyad_doc *doc, dyad_events *out, dyad_code_profile *prof,
                   int every_sentence);

/* A new event at the end of out, initialised (dyad_event_init), or NULL
** when out of memory.  Pointers into out->items may move. */
dyad_event *coder_new_event(dyad_events *out);

/* Notes why a matched pattern (p, or NULL) on word w of sentence s coded
** nothing, for dyad explain; a note that cannot be stored is lost, since
** notes only explain. */
void coder_add_note(scratch *sc, size_t s, uint32_t w, const pattern *p, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Drops the events out->items[first_event..] of sentence s that another
** event of the sentence stands for: a statement (01x) reporting an event
** its clause codes, a promise (03x) whose complement codes one, a noun
** event that is the object of a coded verb; and keeps one event per pair
** and CAMEO root, the most specific.  head_of_event[w] (n_heads long)
** is HEAD_CODED for the words that coded events, HEAD_UNCODED for verbs
** whose pattern matched but coded nothing, HEAD_UNCODED_STATEMENT for
** such a verb whose pattern is a statement (01x: a noun event it
** announces stands on its own), 0 for other words. */
enum { HEAD_CODED = 1, HEAD_UNCODED = 2, HEAD_UNCODED_STATEMENT = 3 };
void filter_sentence_events(const sentence_tree *t, size_t s, scratch *sc, dyad_events *out, size_t first_event,
                            const uint8_t *head_of_event, size_t n_heads);

#endif
