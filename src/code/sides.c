/*
** sides.c — words that say whose side a phrase is on (sides.h).
*/
#include <string.h>
#include <strings.h>
#include "code/sides.h"
#include "code/pattern.h"

/* Nouns of a side that is another's and not itself: "the rebels' foreign
** backers", "their foreign allies" are someone else's people. */
int side_other(const sentence_tree *tree, uint32_t w)
{
    static const char *const nouns[] = { "ally", "allies", "proxy", "proxies", "backer", "sponsor", "patron",
                                         "surrogate", NULL };
    char buf[32];
    const char *lemma = tree_lemma(tree, w, buf, sizeof buf);
    for (size_t i = 0; nouns[i]; i++)
        if (!strcasecmp(lemma, nouns[i])) return 1;
    return 0;
}

/* Nouns of ground and buildings: a site "in" a country is that
** country's ground ("inspectors sent to a research reactor in Syria"), where
** remarks, talks or unrest "in" a country are not aimed at it. */
int side_site_noun(const sentence_tree *tree, uint32_t w)
{
    static const char *const nouns[] = { "facility", "facilities", "plant", "site", "base", "camp", "installation",
                                         "reactor", "village", "town", "city", "port", "airport", "airfield",
                                         "building", "compound", "office", "embassy", "consulate", "factory",
                                         "refinery", "mine", "prison", "jail", "hospital", "school", "market",
                                         "bridge", "road", "outpost", "checkpoint", "stronghold", "target",
                                         "position", "territory", "hideout", "depot", "headquarters", NULL };
    char buf[32];
    const char *lemma = tree_lemma(tree, w, buf, sizeof buf);
    for (size_t i = 0; nouns[i]; i++)
        if (!strcasecmp(lemma, nouns[i])) return 1;
    return 0;
}

/* "a British-flagged tanker", "a Greek-registered ship": the country
** before a hyphen and a participle of flag, registry or ownership is the
** thing's, however the parser hung it on the participle (an adverb, an
** oblique); a "-backed" or "-led" body is not its backer's. */
static int hyphened(const sentence_tree *tree, uint32_t participle, uint32_t d, const char *const *verbs)
{
    if (d + 2 != participle || !tree->words[d + 1].form || strcmp(tree->words[d + 1].form, "-")) return 0;
    char buf[32];
    const char *lemma = tree_lemma(tree, participle, buf, sizeof buf);
    for (size_t i = 0; verbs[i]; i++)
        if (!strcasecmp(lemma, verbs[i])) return 1;
    return 0;
}

int side_hyphened_owner(const sentence_tree *tree, uint32_t participle, uint32_t d)
{
    static const char *const verbs[] = { "flag", "flagged", "register", "registered", "own", "owned", NULL };
    return hyphened(tree, participle, d, verbs);
}

/* "an Iranian-backed militia": the backer, sponsor or trainer is another
** side, as an ally is (side_other). */
int side_hyphened_backer(const sentence_tree *tree, uint32_t participle, uint32_t d)
{
    static const char *const verbs[] = { "back", "backed", "sponsor", "sponsored", "support", "supported", "fund",
                                         "funded", "arm", "armed", "train", "trained", "ally", "allied", NULL };
    return hyphened(tree, participle, d, verbs);
}
