/*
** prefilter.h — which sentences of a story are worth parsing.
**
** Parsing is nine tenths of coding, and most sentences of most text can
** yield no event whatever their parse.  An event needs a pattern's head
** word and an actor; an actor comes from the lexicon's names in the
** sentence, or from a word that points back to one named earlier in the
** story (a pronoun, a proper noun, "the country", "the president":
** mention.c).  A sentence with names but no pattern head yields no
** event either, but the story memory learns its actors from its parse,
** which matters if a later word may ask the memory for an actor those
** names could give ("he" for a person, "the country" for a country, a
** surname for that person: actors.h, memory_asks).
** A sentence with no name of its own gets its actors from the memory
** alone, and only through a word that fits what the earlier names could
** have left there ("he" needs a person named before, "the country" a
** country, a surname that person's; actors.h, memory_bound).
** A sector noun ("rebels", "police") is a lexicon match, so it counts
** among the names, also when it is coded with no country (no_country.h).
** An event needs two actors: a sentence with one name and no word that
** may ask the memory can give a second one only from the story's
** dateline, or from the name itself (people protesting to their own
** government); a pronoun in it stands for its one name, and an actor
** acting on itself is not coded.  With monadic events on (monadic.h),
** that one name may act alone, but only through a pattern whose code may
** end as one that needs no target: such a sentence is parsed.
** An act an earlier sentence did may be named again by a definite noun
** ("condemned the launch": acts.h): a sentence with such a noun and a
** pattern that may be aimed at an act asks as a pronoun does, and an
** earlier sentence whose act it may name is parsed so that the act is
** remembered.
** So a sentence is parsed when it has a lexicon match and a pattern head
** (and a second actor may be found);
** or a lexicon match and a later word may ask the memory for what those
** names could give; or a pattern head and a word that fits the earlier
** names.  The others are left unparsed and uncoded: the events are
** exactly those of parsing every sentence.
*/
#ifndef DYAD_CODE_PREFILTER_H
#define DYAD_CODE_PREFILTER_H

#include "dyad.h"
#include "code/pattern.h"
#include "code/pattern_anchor.h"

/* Sets which[s] (doc->n_sents entries) to 1 for the sentences to parse,
** 0 for the others.  matches are the doc's, in text order; monadic is
** dyad_coder_options.monadic. */
void prefilter_sentences(const pattern_set *patterns, const pattern_anchors *anchors, int monadic, const dyad_doc *doc,
                         const dyad_lex_matches *matches, unsigned char *which);

#endif
