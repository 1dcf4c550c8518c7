/*
** where.h — the place an event happened, from the place phrases of its
** sentence and the lexicon's gazetteer.
**
** News says where with a prepositional phrase: "clashed with police *in
** the border town of Galati*", "fired *near Transnistria*".  dyad reads
** the phrase off the parse: a locative oblique or nominal modifier of the
** event's word whose phrase holds a lexicon place (a city, region or
** feature) or a country, its capital or seat.  Place names that are the
** event's actors ("*Moscow* warned") are not its location, since only
** phrases opened by a locative preposition are read (the one exception:
** what is visited, "visited Odesa").  docs/where.md has the rules in full.
*/
#ifndef DYAD_WHERE_WHERE_H
#define DYAD_WHERE_WHERE_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "code/pattern.h"

typedef struct where_place {
    const dyad_lex_match *match;  /* borrowed from the matches given to
                                  ** where_locate: the place's entry, or
                                  ** NULL when no place was found */
    uint32_t word;                /* the sentence word it was found at
                                  ** (for a dateline, a word of the
                                  ** story's first sentence) */
    int32_t start, end;           /* byte span of the name in doc->text,
                                  ** or -1 */
    const char *how;              /* how it was found (static): "event" (a
                                  ** phrase on the event's word), "object"
                                  ** (on its object), "sentence" (anywhere
                                  ** in the sentence), "dateline", "none" */
    const char *prep;             /* the preposition's lemma (static), or
                                  ** "" for a dateline or none */
} where_place;

/*
** Finds where the event whose head is sentence word `event_head` (0-based)
** of sentence `sent` took place.  tree is the sentence's tree
** (sentence_tree_build); matches the doc's lexicon matches; word_match[w]
** the index into matches of the match covering sentence word w, or -1.
** Everything is borrowed; nothing is allocated.  Fills *out (how "none"
** and match NULL when there is no place) and returns 1 when a place was
** found, else 0.
*/
int where_locate(const dyad_doc *doc, size_t sent, const sentence_tree *tree,
                 const dyad_lex_matches *matches, const int32_t *word_match,
                 uint32_t event_head, where_place *out);

/*
** The place of the story's dateline ("GALATI (Reuters) -": one to four
** all-capital words opening its first sentence, then a bracket, comma or
** dash), which where_locate gives an event with no place of its own; or
** NULL.  Borrowed from matches.
*/
const dyad_lex_match *where_dateline(const dyad_doc *doc, const dyad_lex_matches *matches);

/*
** Fills an event's location from a place where_locate found: the text as
** written, the name, the country (ISO3), lat/lon when the lexicon has a
** point (else NAN), and the id "FILE:LINE" of the lexicon entry.  The
** record has no field for the text's offsets; place->start and end hold
** them.  Strings
** are copied into doc's arena (they live until the doc is reset); the
** lexicon's strings are borrowed.  A place with no match leaves *out as it
** is.  Returns DYAD_OK or DYAD_ENOMEM.
*/
int where_fill(dyad_doc *doc, const where_place *place, dyad_event_location *out);

#endif
