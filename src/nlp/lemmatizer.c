/*
** lemmatizer.c — the look-ups of lemmatizer.h over a loaded model.
*/
#include <string.h>
#include "nlp/lemmatizer.h"
#include "nlp/respell.h"

uint64_t tg_rule_key(uint32_t xpos_id, const char *suffix, size_t n)
{
    return feat_mix(0x52554c45ull + xpos_id, feat_hash(suffix, n));
}

uint64_t tg_exc_key(uint32_t pos, const char *form, size_t n)
{
    return feat_mix(0x45584345ull + pos, feat_hash(form, n));
}

uint64_t tg_known_key(uint32_t pos, const char *lemma, size_t n)
{
    return feat_mix(0x4b4e4f57ull + pos, feat_hash(lemma, n));
}

static const tg_rule *find_rule(const dyad_tagger *t, uint32_t xpos_id,
                                const char *suffix, size_t n)
{
    if (!t->meta->rule_slots) return NULL;
    uint64_t key = tg_rule_key(xpos_id, suffix, n);
    uint32_t fp = tg_rule_fp(key);
    for (uint32_t i = (uint32_t)key & t->rmask;; i = (i + 1) & t->rmask) {
        const tg_rule *r = &t->rules[i];
        if (r->fp == 0) return NULL;
        if (r->fp == fp) return r;
    }
}

static const char *find_exception(const dyad_tagger *t, uint32_t pos,
                                  const char *form, size_t n)
{
    if (!t->meta->exc_slots) return NULL;
    uint64_t key = tg_exc_key(pos, form, n);
    uint32_t fp = (uint32_t)(key >> 32);
    for (uint32_t i = (uint32_t)key & t->xmask;; i = (i + 1) & t->xmask) {
        const tg_exc *e = &t->excs[i];
        if (e->form == 0) return NULL;
        if (e->fp == fp && e->pos == pos) {
            const char *s = t->strings + e->form;
            if (strlen(s) == n && memcmp(s, form, n) == 0) return t->strings + e->lemma;
        }
    }
}

static int is_known(const dyad_tagger *t, uint32_t pos, const char *lemma, size_t n)
{
    if (!t->meta->known_slots) return 0;
    uint64_t key = tg_known_key(pos, lemma, n);
    uint32_t fp = tg_known_fp(key);
    for (uint32_t i = (uint32_t)key & t->kmask;; i = (i + 1) & t->kmask) {
        uint32_t v = t->known[i];
        if (v == 0) return 0;
        if (v == fp) return 1;
    }
}

int lem_known(const dyad_tagger *t, uint32_t pos, const char *lemma, size_t n)
{
    return is_known(t, pos, lemma, n);
}

const char *lem_exception(const dyad_tagger *t, uint32_t pos, const char *lower, size_t n)
{
    return find_exception(t, pos, lower, n);
}

/* Applies a script to the form (KEEP) or its lowered form into buf;
** returns the length, or -1 when it cuts more than there is. */
static long apply(const dyad_tagger *t, uint32_t mode, uint32_t strip,
                  uint32_t append, const char *form, size_t n,
                  const char *lower, size_t lower_n, char *buf, size_t cap)
{
    const char *base = mode == TG_LEM_KEEP ? form : lower;
    size_t base_n = mode == TG_LEM_KEEP ? n : lower_n;
    if (base_n > FEAT_WORD_MAX) return -1;
    if (strip > base_n || (strip == base_n && base_n > 0 && strip > 0 && !t->strings[append]))
        return -1;
    const char *tail = t->strings + append;
    size_t tail_n = strlen(tail);
    if (base_n - strip + tail_n >= cap) return -1;
    memcpy(buf, base, base_n - strip);
    memcpy(buf + base_n - strip, tail, tail_n + 1);
    return (long)(base_n - strip + tail_n);
}

/*
** Rules for words the treebank did not give a lemma, each checked on the
** rare words of EWT's training data: a number's thousands separators go
** ("1,100" -> "1100": 108 of 108 in training); a plural proper noun loses
** its plural ending ("Sadrists" -> "Sadrist", "Emergencies" ->
** "Emergency": 92 of 134 rare ones, against 18 left as they are).  (Proper
** nouns in capitals, "TEHRAN" -> "Tehran", were tried: right for 21 rare
** ones in training against 12 acronyms, but a loss on dev.)  An address
** (ADD) keeps its form.  Returns the
** length written to buf (LEM_BUF bytes), or -1 when no rule applies.
*/
static long unseen_rule(const dyad_tagger *t, uint32_t xpos_id, const char *form, size_t n,
                        char *buf)
{
    if (n == 0 || n >= LEM_BUF) return -1;
    if ((int32_t)xpos_id == t->x_add) {
        /* An address (URL, e-mail) is its own lemma, capitals and all:
        ** 249 of EWT's training addresses, the others with no lemma. */
        memcpy(buf, form, n);
        buf[n] = '\0';
        return (long)n;
    }
    if ((int32_t)xpos_id == t->x_cd) {
        /* d{1,3}(,ddd)+ and an optional decimal part */
        size_t i = 0, lead = 0;
        while (i < n && form[i] >= '0' && form[i] <= '9') i++;
        lead = i;
        if (lead < 1 || lead > 3 || i == n || form[i] != ',') return -1;
        while (i < n && form[i] == ',') {
            size_t j = i + 1;
            while (j < n && j < i + 5 && form[j] >= '0' && form[j] <= '9') j++;
            if (j - i - 1 != 3) return -1;
            i = j;
        }
        if (i < n && form[i] == '.') {
            size_t j = i + 1;
            while (j < n && form[j] >= '0' && form[j] <= '9') j++;
            if (j == i + 1 || j != n) return -1;
        } else if (i != n) {
            return -1;
        }
        size_t m = 0;
        for (size_t k = 0; k < n; k++) if (form[k] != ',') buf[m++] = form[k];
        buf[m] = '\0';
        return (long)m;
    }
    if ((int32_t)xpos_id == t->x_nnps) {
        if (n > 4 && !memcmp(form + n - 3, "ies", 3)) {
            memcpy(buf, form, n - 3);
            buf[n - 3] = 'y';
            buf[n - 2] = '\0';
            return (long)(n - 2);
        }
        if (n > 2 && form[n - 1] == 's' && form[n - 2] != 's' && form[n - 2] != 'u' &&
            form[n - 2] != '\'' && form[0] >= 'A' && form[0] <= 'Z') {
            memcpy(buf, form, n - 1);
            buf[n - 1] = '\0';
            return (long)(n - 1);
        }
        return -1;
    }
    return -1;
}

const char *lem_entry(const dyad_tagger *t, const tg_wentry *e, const char *form, size_t n,
                      const char *lower, size_t lower_n, char *buf, size_t *len)
{
    if (n > FEAT_WORD_MAX) return NULL;
    if (e->mode == TG_LEM_WHOLE) return t->strings + e->lemma;
    if (e->strip == 0 && !t->strings[e->lemma]) return form;
    long m = apply(t, TG_LEM_KEEP, e->strip, e->lemma, form, n, lower, lower_n, buf, LEM_BUF);
    if (m < 0) return NULL;
    *len = (size_t)m;
    return buf;
}

const char *lem_lemma(const dyad_tagger *t, const tg_word *word, int label,
                      uint32_t xpos_id, const char *form, size_t n,
                      const char *lower, size_t lower_n, char *buf,
                      size_t *len)
{
    /* A word too long for the vocabulary's keys (a URL, a rule of '=')
    ** is its own lemma. */
    if (n > FEAT_WORD_MAX) {
        *len = n;
        return form;
    }
    /* 1. The treebank's own lemma for this word and label, or this XPOS. */
    if (word) {
        const tg_wentry *hit = NULL;
        for (uint32_t k = 0; k < word->count; k++) {
            const tg_wentry *e = &t->wentries[word->first + k];
            if (label >= 0 && e->label == (uint32_t)label) { hit = e; break; }
            if (!hit && t->labels[e->label].xpos_id == xpos_id) hit = e;
        }
        const char *lemma = hit ? lem_entry(t, hit, form, n, lower, lower_n, buf, len) : NULL;
        if (lemma) {
            if (lemma != buf) *len = lemma == form ? n : strlen(lemma);
            return lemma;
        }
    }
    const tg_xpos *x = &t->xpos[xpos_id];
    long ruled = unseen_rule(t, xpos_id, form, n, buf);
    if (ruled >= 0) { *len = (size_t)ruled; return buf; }

    /* 1b. A word mistyped or drawn out takes the lemma of the word meant. */
    if (!word) {
        char meant[FEAT_WORD_MAX + 8];
        size_t meant_n = 0;
        int written_lower = n == lower_n && memcmp(form, lower, n) == 0;
        const tg_wentry *e = respell_entry(t, xpos_id, lower, lower_n, written_lower,
                                           meant, &meant_n);
        const char *lemma = e ? lem_entry(t, e, meant, meant_n, meant, meant_n, buf, len) : NULL;
        if (lemma == meant) {
            memcpy(buf, meant, meant_n + 1);
            *len = meant_n;
            return buf;
        }
        if (lemma) {
            if (lemma != buf) *len = strlen(lemma);
            return lemma;
        }
    }

    /* 2. WordNet's irregular forms. */
    if (x->inflected && x->wn_pos) {
        const char *lemma = find_exception(t, x->wn_pos, lower, lower_n);
        if (lemma) { *len = strlen(lemma); return lemma; }
    }

    /* 3. Edit scripts by the longest known ending, checked against the
    ** lemmas known for this part of speech. */
    size_t longest = lower_n < t->meta->suffix_max ? lower_n : t->meta->suffix_max;
    long best = -1;
    for (size_t k = longest + 1; k-- > 0;) {
        const tg_rule *r = find_rule(t, xpos_id, lower + lower_n - k, k);
        if (!r) continue;
        for (int s = 0; s < TAGGER_RULE_SCRIPTS && r->script[s] != 0xffff; s++) {
            const tg_script *sc = &t->scripts[r->script[s]];
            /* Evidence for an ending of k bytes says nothing about
            ** changes beyond it, and a lemma keeps part of its word. */
            if (sc->strip > k || sc->strip >= lower_n) continue;
            char *out = best < 0 ? buf : buf + LEM_BUF / 2;
            long m = apply(t, sc->mode, sc->strip, sc->append, form, n, lower, lower_n,
                           out, LEM_BUF / 2);
            if (m < 0) continue;
            if (best < 0) {
                best = m;           /* the fallback: best script, longest ending */
                if (!x->wn_pos) break;
            }
            if (x->wn_pos && is_known(t, x->wn_pos, out, (size_t)m)) {
                if (out != buf) memmove(buf, out, (size_t)m + 1);
                *len = (size_t)m;
                return buf;
            }
        }
        if (best >= 0 && !x->wn_pos) break;
    }
    if (best >= 0) { *len = (size_t)best; return buf; }
    if (x->keep_case || n > FEAT_WORD_MAX) { *len = n; return form; }
    *len = lower_n;
    memcpy(buf, lower, lower_n + 1);
    return buf;
}
