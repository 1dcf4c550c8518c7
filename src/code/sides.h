/*
** sides.h — words that say whose side a phrase is on, for the actor
** resolver (actors.c): a country's ally, proxy or backer is another
** side; a site "in" a country is that country's ground; a ship flagged,
** registered or owned in a country ("a British-flagged tanker") is that
** country's, and a body backed, armed or trained by one ("an
** Iranian-backed militia") is not.
*/
#ifndef DYAD_CODE_SIDES_H
#define DYAD_CODE_SIDES_H

#include <stdint.h>
#include "code/pattern.h"

/* Is word w a noun of another's side ("ally", "proxy", "backer")? */
int side_other(const sentence_tree *tree, uint32_t w);

/* Is word w a noun of ground or buildings ("plant", "base", "village")? */
int side_site_noun(const sentence_tree *tree, uint32_t w);

/* Is d, the participle's dependent two words before it across a hyphen,
** a country that flags, registers or owns the participle's noun? */
int side_hyphened_owner(const sentence_tree *tree, uint32_t participle, uint32_t d);

/* ... or one that backs, sponsors, arms or trains it? */
int side_hyphened_backer(const sentence_tree *tree, uint32_t participle, uint32_t d);

#endif
