/*
** aim.c — at whom an action is aimed when its object is a thing (aim.h).
*/
#include <string.h>
#include "code/aim.h"
#include "code/mention.h"
#include "code/roles.h"

int32_t aim_target(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, uint32_t w,
                   const char *code, int32_t tgt)
{
    actor probe;
    int32_t aim = -1;
    if (tgt >= 0 && !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe)) {
        for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1] && aim < 0; k++) {
            uint32_t d = t->kids[k];
            if (t->words[d].deprel && !strcmp(t->words[d].deprel, "nmod") && role_directed(t, d) &&
                mention_resolve(doc, t, sent_first, sc, d, &probe))
                aim = (int32_t)d;
        }
        /* one level down: "welcomed the resumption of ties with
        ** Mordor", "a resumption of ties between Gondor and ..." */
        for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1] && aim < 0; k++) {
            uint32_t d = t->kids[k];
            if (!t->words[d].deprel || strcmp(t->words[d].deprel, "nmod")) continue;
            for (uint32_t j = t->first_kid[d]; j < t->first_kid[d + 1] && aim < 0; j++) {
                uint32_t e = t->kids[j];
                if (t->words[e].deprel && !strcmp(t->words[e].deprel, "nmod") && role_directed(t, e) &&
                    mention_resolve(doc, t, sent_first, sc, e, &probe))
                    aim = (int32_t)e;
            }
        }
    }
    if (aim < 0 && (tgt < 0 || !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe))) {
        for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1] && aim < 0; k++) {
            uint32_t d = t->kids[k];
            const char *rel = t->words[d].deprel;
            if (rel && (!strcmp(rel, "obl") || !strcmp(rel, "nmod")) && role_directed(t, d) &&
                mention_resolve(doc, t, sent_first, sc, d, &probe))
                aim = (int32_t)d;
        }
    }
    /* "demanded that North Korea stop ...": the one addressed is
    ** the clause's subject; "threatened to break ties with
    ** Russia": the one aimed at in the clause */
    /* (a statement is not addressed to its clause's subject: "said
    ** he was unaware") */
    if (aim < 0 && tgt < 0 && strncmp(code, "01", 2)) {
        int32_t clause_verb = role_child(t, w, "ccomp");
        if (clause_verb >= 0) {
            int32_t subj = role_child(t, (uint32_t)clause_verb, "nsubj");
            if (subj >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)subj, &probe)) aim = subj;
        }
        clause_verb = role_child(t, w, "xcomp");
        if (aim < 0 && clause_verb >= 0) {
            int32_t o = role_child(t, (uint32_t)clause_verb, "obj");
            if (o >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)o, &probe)) aim = o;
            for (uint32_t k = t->first_kid[clause_verb]; aim < 0 && k < t->first_kid[clause_verb + 1]; k++) {
                uint32_t d = t->kids[k];
                const char *rel = t->words[d].deprel;
                if (rel && !strcmp(rel, "obl") && role_directed(t, d) &&
                    mention_resolve(doc, t, sent_first, sc, d, &probe))
                    aim = (int32_t)d;
            }
            /* ... or at whom its object is ("threatened to deliver blows
            ** to the United States", the parser hanging "to" on the noun) */
            for (uint32_t k = o >= 0 ? t->first_kid[o] : 0; aim < 0 && o >= 0 && k < t->first_kid[o + 1]; k++) {
                uint32_t d = t->kids[k];
                const char *rel = t->words[d].deprel;
                if (rel && !strcmp(rel, "nmod") && role_directed(t, d) &&
                    mention_resolve(doc, t, sent_first, sc, d, &probe))
                    aim = (int32_t)d;
            }
        }
    }
    if (aim >= 0) return aim;
    /* an object that names no one is no target ("signed a deal") */
    if (tgt >= 0 && !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe)) return -1;
    return tgt;
}
