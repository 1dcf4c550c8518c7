/*
** names.h — names the lexicon knows are proper nouns, whatever the
** tagger thought.
**
** A tagger trained on web text reads "The United States fired ..." with
** "United" as an adjective and "fired" as a participle, and the parse
** falls apart.  A name of several capitalised words that the lexicon
** knows ("United States", "European Union", "Maia Sandu") is a proper
** noun phrase, so its words are retagged PROPN/NNP before parsing, as
** gazetteer-informed taggers do.
*/
#ifndef DYAD_CODE_NAMES_H
#define DYAD_CODE_NAMES_H

#include "dyad.h"

/* Retags the capitalised words of multiword country, organisation and
** person names in matches as proper nouns, and a country's adjective
** before a noun ("Georgian Prime Minister") as an adjective; returns how
** many words changed. */
size_t names_as_proper_nouns(dyad_doc *doc, const dyad_lex_matches *matches);

#endif
