/*
** monadic.c — the events that may stand without a target (monadic.h).
*/
#include <string.h>
#include "code/monadic.h"
#include "code/pattern.h"
#include "code/roles.h"

/*
** CAMEO codes by prefix, the longest prefix deciding: 1 may stand alone,
** 0 may not.  Following the codebook's descriptions of each act:
**   03  intent to cooperate (PLOVER AGREE): an agreement or commitment
**       among a body's own members ("the bloc's members agreed to pool
**       their reserves");
**       but intent to give aid (033) needs a recipient, to mediate (039)
**       parties, to release (0353) someone released.
**   04  consult: talks held (040), a meeting at a third place (044),
**       negotiation (046) among the participants; a call (041), a visit
**       (042, 043) or mediation (045) needs the other side.
**   08  yield (CONCEDE, RETREAT): easing restrictions, a ceasefire,
**       demobilisation, a retreat; but a return or release (084) is of
**       someone or something to someone.
**   12  reject (REJECT): the author of what is rejected often goes
**       unnamed; defying a law (128) has no one on the other side.
**   14  protest (PROTEST): a rally, a strike, a riot, which the codebook
**       does not require to name whom it is against.
**   15  military posture (MOBILIZE): an alert, an exercise, a mobilisation.
** Never: public statements (01, which PLOVER drops, and most of which
** report what is said to or of someone), appeals and demands (02, 10),
** diplomatic and material cooperation and aid (05-07), investigation and
** accusation (09, 11), threats (13), reducing relations (16), coercion
** and force (17-20): each is done to someone.
*/
static const struct { const char *prefix; int alone; } table[] = {
    { "03", 1 }, { "033", 0 }, { "039", 0 }, { "0353", 0 },
    { "040", 1 }, { "044", 1 }, { "046", 1 },
    { "08", 1 }, { "084", 0 },
    { "12", 1 },
    { "14", 1 },
    { "15", 1 },
};

int monadic_code(const char *code)
{
    if (!code) return 0;
    size_t best = 0;
    int alone = 0;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        size_t len = strlen(table[i].prefix);
        if (len > best && !strncmp(code, table[i].prefix, len)) {
            best = len;
            alone = table[i].alone;
        }
    }
    return alone;
}

int monadic_pattern_code(const char *pattern_code)
{
    /* the codes read_event_kind may give: the pattern's own, its intent
    ** under each modality that turns it, and the refusal of either */
    static const char *const modalities[] = { "asserted", "future", "conditional", "threatened", "prepared" };
    for (size_t i = 0; i < sizeof modalities / sizeof modalities[0]; i++) {
        const char *code = role_intent_code(pattern_code, modalities[i]);
        const char *refusal = role_refusal_code(code);
        if (monadic_code(code) || (refusal && monadic_code(refusal))) return 1;
    }
    return 0;
}

int monadic_sentence_alone(const sentence_coding *job, const actor *source)
{
    const scratch *sc = job->sc;
    const char *country = source->country ? source->country : "";
    for (uint32_t w = 0; w < job->sent->count; w++) {
        if (w >= source->first && w < source->last) continue;
        int32_t m = sc->word_match[w];
        /* a proper name the lexicon lacks ("talks with the Tigers") may
        ** be the counterpart too; a month or a weekday is not */
        const char *upos = job->t->words[w].upos;
        if (m < 0 && upos && !strcmp(upos, "PROPN") && !tree_time_word(job->t, w)) return 0;
        if (m < 0) continue;
        const char *other = sc->matches.items[m].country;
        /* an agent with no country of its own ("police", "the army") is
        ** someone else too */
        if (!country[0] || !other || strcmp(other, country)) return 0;
    }
    return 1;
}
