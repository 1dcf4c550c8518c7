/*
** finite.c — giving a sentence its finite verb back (finite.h).
*/
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include "code/finite.h"
#include "nlp/lemmatizer.h"

static int xpos_is(const dyad_token *t, const char *tag)
{
    return t->xpos && !strcmp(t->xpos, tag);
}

/* Gives word t new tags (the caller sets a new lemma where it changes). */
static void retag(dyad_token *t, const char *upos, const char *xpos, const char *feats)
{
    t->upos = upos;
    t->xpos = xpos;
    t->feats = feats;
}

static int finite(const dyad_token *t)
{
    return xpos_is(t, "VBD") || xpos_is(t, "VBZ") || xpos_is(t, "VBP") || xpos_is(t, "MD");
}

/* "said", "told", "reported": the attribution that closes a news sentence */
static int attribution(const dyad_token *t)
{
    static const char *const verbs[] = { "say", "tell", "report", "add", "announce", "confirm", "state", NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    for (size_t i = 0; verbs[i]; i++)
        if (!strcasecmp(lemma, verbs[i])) return 1;
    return 0;
}

/* Words that make a following participle a perfect, a passive or a
** modifier: "has agreed", "was killed", "the proposed changes". */
static int licenses_participle(const dyad_token *t)
{
    if (!t->upos) return 0;
    if (!strcmp(t->upos, "AUX") || !strcmp(t->upos, "DET") || !strcmp(t->upos, "ADP")) return 1;
    const char *lemma = t->lemma ? t->lemma : t->form;
    return !strcasecmp(lemma, "be") || !strcasecmp(lemma, "have") || !strcasecmp(lemma, "get");
}

/* Words that start a time phrase, not an object: "people killed last
** week", "the man arrested yesterday". */
static int time_word(const dyad_token *t)
{
    static const char *const words[] = { "last", "this", "next", "yesterday", "today", "tonight", "overnight",
                                         "earlier", "monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday", NULL };
    for (size_t i = 0; words[i]; i++)
        if (!strcasecmp(t->form, words[i])) return 1;
    return 0;
}

/* Participles that take a noun phrase of their own in a reduced
** relative: "a guy named Joe", "a town called Miramar", "a Paris-based
** group", "solutions given all the uncertainties". */
static int naming_verb(const dyad_token *t)
{
    static const char *const verbs[] = { "name", "call", "dub", "title", "entitle", "label", "nickname",
                                         "know", "base", "own", "give", NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    for (size_t i = 0; verbs[i]; i++)
        if (!strcasecmp(lemma, verbs[i])) return 1;
    return 0;
}

/* "Chinese vessels fired water cannon at ...": a participle right after a
** noun with a noun phrase of its own after it is a past tense with its
** object (a reduced relative, "troops sent by Russia", has no object). */
static size_t participles_with_objects(dyad_token *w, uint32_t n)
{
    size_t changed = 0;
    for (uint32_t i = 1; i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(t, "VBN") || !t->upos || strcmp(t->upos, "VERB") || naming_verb(t)) continue;
        const dyad_token *before = &w[i - 1], *after = &w[i + 1];
        if (!before->upos || (strcmp(before->upos, "NOUN") && strcmp(before->upos, "PROPN"))) continue;
        if (!after->upos || time_word(after)) continue;
        int object = !strcmp(after->upos, "DET") || !strcmp(after->upos, "NOUN") ||
                     !strcmp(after->upos, "PROPN") || !strcmp(after->upos, "NUM") ||
                     (!strcmp(after->upos, "ADJ") && i + 2 < n && w[i + 2].upos &&
                      (!strcmp(w[i + 2].upos, "NOUN") || !strcmp(w[i + 2].upos, "PROPN")));
        if (!object) continue;
        retag(t, t->upos, "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin");
        changed++;
    }
    return changed;
}

/* "from neighbouring Lebanon", "the ruling party", "warring factions":
** participles news uses as adjectives before a noun.  Read as verbs
** ("from neighboring" as a clause) they wreck the parse around them;
** after a form of "be" they stay verbs ("is ruling the country"). */
static size_t participial_adjectives(dyad_token *w, uint32_t n)
{
    static const char *const words[] = { "neighbouring", "neighboring", "ruling", "governing", "warring",
                                         "outgoing", "incoming", "ongoing", "leading", "opposing",
                                         NULL };
    size_t changed = 0;
    for (uint32_t i = 0; i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(t, "VBG")) continue;
        const dyad_token *next = &w[i + 1];
        if (!next->upos || (strcmp(next->upos, "NOUN") && strcmp(next->upos, "PROPN"))) continue;
        if (i > 0 && w[i - 1].upos && !strcmp(w[i - 1].upos, "AUX")) continue;
        int listed = 0;
        for (size_t k = 0; words[k] && !listed; k++) listed = !strcasecmp(t->form, words[k]);
        if (!listed) continue;
        retag(t, "ADJ", "JJ", "Degree=Pos");
        changed++;
    }
    return changed;
}

/* "were killed in Syrian army shelling near the border": a gerund of
** violence after a preposition's noun, with no object of its own, heads
** that noun phrase (read as a verb, "army" became the oblique and the
** shelling a clause of its own, whose doer is no one). */
static size_t gerunds_after_prepositions(dyad_token *w, uint32_t n)
{
    static const char *const words[] = { "shelling", "bombing", "firing", "fighting", "shooting", "gunfire",
                                         "bombardment", "rocketing", "mortaring", NULL };
    size_t changed = 0;
    for (uint32_t i = 2; i < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(t, "VBG") || !t->form) continue;
        int listed = 0;
        for (size_t k = 0; words[k] && !listed; k++) listed = !strcasecmp(t->form, words[k]);
        if (!listed || !w[i - 1].upos || strcmp(w[i - 1].upos, "NOUN")) continue;
        /* the noun (and its adjectives) after a preposition */
        uint32_t j = i - 1;
        while (j > 0 && w[j - 1].upos && (!strcmp(w[j - 1].upos, "ADJ") || !strcmp(w[j - 1].upos, "NOUN") ||
                                          !strcmp(w[j - 1].upos, "DET")))
            j--;
        if (j == 0 || !w[j - 1].upos || strcmp(w[j - 1].upos, "ADP")) continue;
        /* no object after it */
        if (i + 1 < n && w[i + 1].upos &&
            (!strcmp(w[i + 1].upos, "DET") || !strcmp(w[i + 1].upos, "NOUN") || !strcmp(w[i + 1].upos, "PROPN") ||
             !strcmp(w[i + 1].upos, "PRON") || !strcmp(w[i + 1].upos, "NUM") || !strcmp(w[i + 1].upos, "ADJ")))
            continue;
        retag(t, "NOUN", "NN", "Number=Sing");
        t->lemma = t->form;
        changed++;
    }
    return changed;
}

/* The lemma of a lower-case past tense the tagger did not read as a verb
** ("smashed", "wounded", "drew", "forgave"), from the tagger's own
** lemmatizer: a regular "-ed" form of a verb WordNet or the treebank
** knows, or one of WordNet's irregular verb forms (not its "-ing" or "-s"
** forms).  NULL when the word is neither, or when the lemmatizer gives
** back the form itself. */
static const char *past_of_known_verb(dyad_doc *doc, const dyad_tagger *tagger, const dyad_token *t)
{
    if (!tagger || !t->form) return NULL;
    size_t n = strlen(t->form);
    if (n < 3 || n > 40) return NULL;
    for (size_t k = 0; k < n; k++)
        if (t->form[k] < 'a' || t->form[k] > 'z') return NULL;
    int regular = !strcmp(t->form + n - 2, "ed");
    if (!regular) {
        if (!strcmp(t->form + n - 3, "ing") || t->form[n - 1] == 's') return NULL;
        if (!lem_exception(tagger, TG_WN_VERB, t->form, n)) return NULL;
    }
    char buf[64];
    int m = dyad_lemmatize(tagger, t->form, n, "VBD", buf, sizeof buf);
    if (m <= 0 || !strcmp(buf, t->form)) return NULL;
    if (!lem_known(tagger, TG_WN_VERB, buf, (size_t)m)) return NULL;
    return dyad_doc_strdup(doc, buf, (size_t)m);
}

static uint32_t count_finite(const dyad_token *w, uint32_t n, uint32_t *end);

/* "Sudanese rebels overran an army base": an irregular past tense the
** tagger did not know in its context (read as a preposition, a noun or
** an adjective) right after a noun, with a noun phrase after it, is
** that verb's past tense.  The forms are English's own irregular pasts
** of verbs that report acts; none is also a preposition ("shot" is also
** a noun, but not one a noun phrase follows after a noun).  Read as a
** present tense whose lemma is itself ("gunmen slew the priest"), a
** listed form is the past tense too.
** In a sentence with no finite verb at all (none_finite), any past form
** of a verb WordNet knows there ("rioters smashed windows", "the visit
** drew criticism") is the clause's past tense: between a subject and an
** object, with no other verb, nothing else can be.  (On EWT this fired
** once, rightly; without the condition of no finite verb, most firings
** were adjectives: "trading related defaults".) */
static size_t irregular_pasts(dyad_doc *doc, const dyad_tagger *tagger, dyad_token *w, uint32_t n,
                              int none_finite)
{
    static const char *const pasts[][2] = {
        { "overran", "overrun" }, { "undertook", "undertake" }, { "overtook", "overtake" },
        { "froze", "freeze" }, { "slew", "slay" }, { "swore", "swear" }, { "fought", "fight" },
        { "struck", "strike" }, { "sought", "seek" }, { "stole", "steal" }, { "withdrew", "withdraw" },
        { "forbade", "forbid" }, { "overthrew", "overthrow" }, { "upheld", "uphold" },
        { "withheld", "withhold" }, { "fled", "flee" }, { "shook", "shake" }, { "drove", "drive" },
        { "forsook", "forsake" }, { "strove", "strive" }, { "overrode", "override" },
        /* "police shot dead two protesters", read as a compound noun */
        { "shot", "shoot" }, { NULL, NULL } };
    size_t changed = 0;
    for (uint32_t i = 1; i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!t->upos || !t->form || !strcmp(t->upos, "AUX")) continue;
        const char *lemma = NULL;
        for (size_t k = 0; pasts[k][0] && !lemma; k++)
            if (!strcmp(t->form, pasts[k][0])) lemma = pasts[k][1];
        if (!strcmp(t->upos, "VERB")) {
            int bare_present = (xpos_is(t, "VBP") || xpos_is(t, "VB")) && t->lemma && !strcmp(t->lemma, t->form);
            if (!lemma || !bare_present) continue;
        }
        const dyad_token *before = &w[i - 1], *after = &w[i + 1];
        if (!before->upos || (strcmp(before->upos, "NOUN") && strcmp(before->upos, "PROPN") &&
                              strcmp(before->upos, "PRON")))
            continue;
        if (!after->upos || time_word(after)) continue;
        int object = !strcmp(after->upos, "DET") || !strcmp(after->upos, "NOUN") ||
                     !strcmp(after->upos, "PROPN") || !strcmp(after->upos, "NUM") ||
                     !strcmp(after->upos, "ADJ") || !strcmp(after->upos, "PRON");
        if (!object) continue;
        /* (a possessive or relative pronoun is no subject: "my alleged
        ** role", "in which armed groups") */
        if (!lemma && none_finite && (strcmp(before->upos, "PRON") || xpos_is(before, "PRP")))
            lemma = past_of_known_verb(doc, tagger, t);
        if (!lemma) continue;
        retag(t, "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin");
        t->lemma = lemma;
        changed++;
    }
    return changed;
}

/* A regular past the lemmatizer cut one letter short or long: "fined" ->
** "fin", "teargassed" -> "teargass".  English doubles the last consonant
** of a one-syllable verb ending consonant-vowel-consonant before "-ed"
** (fin -> finned), so a single one there means the verb ends in "e"
** (fined -> fine: right for all 435 such words of EWT train and dev whose
** "-e" form is a WordNet verb); and a doubled consonant whose undoubled
** stem is a verb, when the doubled one is not, belongs to that verb
** (teargassed -> teargas: 179 of 179 in EWT). */
static const char *regular_past_lemma(dyad_doc *doc, const dyad_tagger *tagger, const dyad_token *t)
{
    char low[48], stem[48];
    size_t n = t->form ? strlen(t->form) : 0;
    if (n < 5 || n >= sizeof low) return NULL;
    for (size_t k = 0; k <= n; k++) low[k] = (char)tolower((unsigned char)t->form[k]);
    if (strcmp(low + n - 2, "ed") || !t->lemma) return NULL;
    size_t s = n - 2;
    memcpy(stem, low, s);
    stem[s] = '\0';
    if (strcasecmp(t->lemma, stem)) return NULL;
    /* consonant-vowel-consonant, one vowel: "fin", "rap", "hop" */
    size_t vowels = 0;
    for (size_t k = 0; k < s; k++) vowels += strchr("aeiouy", stem[k]) != NULL;
    int cvc = s >= 2 && vowels == 1 && strchr("aeiou", stem[s - 2]) && !strchr("aeiouwxy", stem[s - 1]);
    if (cvc && lem_known(tagger, TG_WN_VERB, low, n - 1)) return dyad_doc_strdup(doc, low, n - 1);
    int doubled = s >= 3 && stem[s - 1] == stem[s - 2] && !strchr("aeiou", stem[s - 1]);
    if (doubled && !lem_known(tagger, TG_WN_VERB, stem, s) && lem_known(tagger, TG_WN_VERB, stem, s - 1))
        return dyad_doc_strdup(doc, stem, s - 1);
    return NULL;
}

static size_t regular_past_lemmas(dyad_doc *doc, const dyad_tagger *tagger, dyad_token *w, uint32_t n)
{
    size_t changed = 0;
    if (!tagger) return 0;
    for (uint32_t i = 0; i < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(t, "VBD") && !xpos_is(t, "VBN")) continue;
        const char *lemma = regular_past_lemma(doc, tagger, t);
        if (!lemma) continue;
        t->lemma = lemma;
        changed++;
    }
    return changed;
}

/* "precision guided missiles", "rocket propelled grenades", "nuclear
** powered submarines": news writes these compound adjectives without
** their hyphen.  After one of the nouns that make these compounds and
** before a noun, the participle is the adjective's second half, not a
** verb (read as the past tense, it became the sentence's root and the
** real verb a clause of the weapon).  The first halves are listed: "the
** police guided marchers away" keeps its verb. */
static size_t unhyphenated_compound_adjectives(dyad_token *w, uint32_t n)
{
    static const char *const words[] = { "guided", "propelled", "powered", NULL };
    static const char *const firsts[] = { "precision", "laser", "radar", "satellite", "gps", "wire", "heat",
                                          "rocket", "nuclear", "diesel", "solar", "battery", "jet", "steam",
                                          NULL };
    size_t changed = 0;
    for (uint32_t i = 1; i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(t, "VBD") && !xpos_is(t, "VBN")) continue;
        const dyad_token *before = &w[i - 1], *after = &w[i + 1];
        if (!before->upos || strcmp(before->upos, "NOUN")) continue;
        if (!after->upos || strcmp(after->upos, "NOUN")) continue;
        int listed = 0;
        for (size_t k = 0; words[k] && !listed; k++) listed = !strcasecmp(t->form, words[k]);
        if (!listed) continue;
        listed = 0;
        for (size_t k = 0; firsts[k] && !listed; k++) listed = !strcasecmp(before->form, firsts[k]);
        if (!listed) continue;
        retag(t, "ADJ", "JJ", "Degree=Pos");
        changed++;
    }
    return changed;
}

/* "the government today ordered": a day word between a noun and a
** finite verb is the verb's adverb, not the head of the subject (read as
** a noun, the parser made "today" the subject and the government its
** modifier, and the government acted on no one). */
static size_t day_adverbs_before_verbs(dyad_token *w, uint32_t n)
{
    static const char *const words[] = { "today", "yesterday", "tonight", NULL };
    size_t changed = 0;
    for (uint32_t i = 1; i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!t->upos || strcmp(t->upos, "NOUN")) continue;
        const dyad_token *before = &w[i - 1], *after = &w[i + 1];
        if (!before->upos || (strcmp(before->upos, "NOUN") && strcmp(before->upos, "PROPN"))) continue;
        if (!finite(after)) continue;
        int listed = 0;
        for (size_t k = 0; words[k] && !listed; k++) listed = !strcasecmp(t->form, words[k]);
        if (!listed) continue;
        retag(t, "ADV", "RB", "_");
        changed++;
    }
    return changed;
}

/* "..., a Saudi-owned weekly reports.": the word that closes a sentence
** after a comma and a noun phrase is the attribution's verb, not a plural
** noun (read as one, it became an apposition of the words before the
** comma, and its modifiers a name in the phrase). */
static size_t closing_attribution_verb(dyad_token *w, uint32_t n)
{
    static const char *const verbs[][2] = { { "reports", "report" }, { "says", "say" }, { "claims", "claim" },
                                            { "adds", "add" }, { "writes", "write" }, { "notes", "note" },
                                            { "warns", "warn" }, { "insists", "insist" }, { NULL, NULL } };
    uint32_t last = n;
    while (last > 0 && w[last - 1].upos && !strcmp(w[last - 1].upos, "PUNCT")) last--;
    if (last < 3) return 0;
    dyad_token *t = &w[last - 1];
    if (!t->upos || strcmp(t->upos, "NOUN")) return 0;
    const char *lemma = NULL;
    for (size_t i = 0; verbs[i][0] && !lemma; i++)
        if (!strcasecmp(t->form, verbs[i][0])) lemma = verbs[i][1];
    if (!lemma) return 0;
    /* a noun phrase between it and a comma: its subject */
    for (uint32_t i = last - 1; i-- > 0 && last - 1 - i <= 8;) {
        const char *u = w[i].upos;
        if (!u) return 0;
        if (!strcmp(u, "PUNCT") && w[i].form && !strcmp(w[i].form, ",")) {
            if (i + 1 == last - 1) return 0;         /* nothing between */
            retag(t, "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin");
            t->lemma = lemma;
            return 1;
        }
        if (strcmp(u, "DET") && strcmp(u, "ADJ") && strcmp(u, "NOUN") && strcmp(u, "PROPN") &&
            strcmp(u, "VERB") && strcmp(u, "PUNCT") && strcmp(u, "NUM"))
            return 0;
        if (!strcmp(u, "VERB") && (!w[i].xpos || strcmp(w[i].xpos, "VBN"))) return 0;
    }
    return 0;
}

/* "Israel would free 150 prisoners", "will open the border", "to clear
** the area": a word that can be an adjective is a verb right after a
** modal or "to" when a noun phrase follows (a modal takes a verb; "would
** be free" has its verb between). */
static size_t adjectives_after_modals(dyad_token *w, uint32_t n)
{
    size_t changed = 0;
    for (uint32_t i = 1; i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(t, "JJ") || !t->form) continue;
        if (!xpos_is(&w[i - 1], "MD") && !xpos_is(&w[i - 1], "TO")) continue;
        const dyad_token *after = &w[i + 1];
        if (!after->upos) continue;
        /* (a bare noun after "to" is an adjective's: "committed to free
        ** elections") */
        int object = !strcmp(after->upos, "DET") || !strcmp(after->upos, "NUM") ||
                     !strcmp(after->upos, "PROPN") || !strcmp(after->upos, "PRON") ||
                     (!strcmp(after->upos, "NOUN") && xpos_is(&w[i - 1], "MD")) ||
                     (after->form && (!strcasecmp(after->form, "over") || !strcasecmp(after->form, "about") ||
                                      !strcasecmp(after->form, "up")));
        if (!object) continue;
        retag(t, "VERB", "VB", "VerbForm=Inf");
        changed++;
    }
    return changed;
}

/* "The government condemned the attack and promised aid to the
** villages": a participle right after "and" or "but" that follows a noun
** phrase, with a noun phrase of its own after it, in a sentence whose
** verb before it is a past tense, is that verb's conjunct, a past tense
** too (read as a participle, "promised aid" became a noun conjoined with
** "the attack"). */
static size_t participles_after_conjunctions(dyad_token *w, uint32_t n)
{
    size_t changed = 0;
    for (uint32_t i = 2; i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(t, "VBN") || !t->upos || strcmp(t->upos, "VERB") || naming_verb(t)) continue;
        const dyad_token *cc = &w[i - 1], *before = &w[i - 2], *after = &w[i + 1];
        if (!cc->upos || strcmp(cc->upos, "CCONJ") || !cc->form ||
            (strcasecmp(cc->form, "and") && strcasecmp(cc->form, "but")))
            continue;
        if (!before->upos || (strcmp(before->upos, "NOUN") && strcmp(before->upos, "PROPN"))) continue;
        if (!after->upos || time_word(after)) continue;
        int object = !strcmp(after->upos, "DET") || !strcmp(after->upos, "NOUN") ||
                     !strcmp(after->upos, "PROPN") || !strcmp(after->upos, "NUM");
        if (!object) continue;
        /* the clause's verb before it: a past tense, no auxiliary */
        int past = 0;
        for (uint32_t j = i - 2; j-- > 0 && !past;) {
            if (xpos_is(&w[j], "VBD") && w[j].upos && !strcmp(w[j].upos, "VERB")) past = 1;
            else if (w[j].upos && !strcmp(w[j].upos, "AUX")) break;
        }
        if (!past) continue;
        retag(t, t->upos, "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin");
        changed++;
    }
    return changed;
}

/* "The Iraqis reject revised terms, their negotiator said": in
** a sentence with no finite verb, a lower-case singular noun right after
** a plural people's name, with a phrase after it, is the present tense of
** which that people is the subject (a plural name seldom modifies a
** noun; read as a compound, the participle after it became the verb).
** Returns the word made a verb, or n. */
static uint32_t present_after_people(dyad_token *w, uint32_t n, uint32_t end, uint32_t n_finite)
{
    for (uint32_t i = 1; i + 1 < end && i + 1 < n; i++) {
        dyad_token *t = &w[i];
        if (!xpos_is(&w[i - 1], "NNPS") || !xpos_is(t, "NN") || !t->form || !(t->form[0] >= 'a' && t->form[0] <= 'z'))
            continue;
        const dyad_token *after = &w[i + 1];
        if (!after->upos) continue;
        /* the one finite verb may be the participle after it, read as a
        ** past tense, when it stands before a noun as an adjective does
        ** ("reject revised terms"; not "market grew fast", nor "market
        ** sold the goods") */
        const dyad_token *next = i + 2 < n ? &w[i + 2] : NULL;
        int prenominal = next && next->upos && (!strcmp(next->upos, "ADJ") || !strcmp(next->upos, "NOUN"));
        int participle = xpos_is(after, "VBN") || (xpos_is(after, "VBD") && n_finite == 1 && prenominal);
        if (n_finite && !participle) return n;
        int phrase = !strcmp(after->upos, "DET") || !strcmp(after->upos, "ADJ") || !strcmp(after->upos, "PRON") ||
                     !strcmp(after->upos, "NUM") || !strcmp(after->upos, "PROPN") || participle;
        if (!phrase) continue;
        retag(t, "VERB", "VBP", "Mood=Ind|Tense=Pres|VerbForm=Fin");
        if (participle) retag(&w[i + 1], "ADJ", "JJ", "Degree=Pos");
        return i;
    }
    return n;
}

/* Words after which a "that" clause says what must be done, its verb a
** bare subjunctive: "demanded that Kenya ease", "its call that Ghana cap". */
static int mandative(const dyad_token *t)
{
    static const char *const words[] = { "demand", "insist", "insistence", "call", "request", "urge", "ask",
                                         "propose", "proposal", "recommend", "recommendation", "require",
                                         "requirement", NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    for (size_t i = 0; lemma && words[i]; i++)
        if (!strcasecmp(lemma, words[i])) return 1;
    return 0;
}

/* "reiterated its demand that Kenya ease restrictions": after a word of
** demanding and "that", a name and then a lower-case singular noun with a
** noun phrase after it is the name's bare subjunctive verb, not a noun
** the name modifies (read as "Kenya ease restrictions", the clause had no
** verb and the demand no one to address). */
/* Does the clause from word j on have no verb of its own up to its end
** (a comma, a stop, a semicolon or a conjunction)? */
static int no_verb_after(const dyad_token *w, uint32_t n, uint32_t j)
{
    for (; j < n; j++) {
        const char *u = w[j].upos, *f = w[j].form;
        if (!u) continue;
        if (!strcmp(u, "CCONJ") || (!strcmp(u, "PUNCT") && f && (!strcmp(f, ",") || !strcmp(f, ".") || !strcmp(f, ";"))))
            return 1;
        if (!strcmp(u, "VERB") || !strcmp(u, "AUX")) return 0;
    }
    return 1;
}

/* A particle a bare verb may take: "hand over", "step down", "back down". */
static int particle_word(const dyad_token *t)
{
    static const char *const words[] = { "over", "down", "up", "out", "back", "off", "aside", "away", NULL };
    for (size_t i = 0; t->form && words[i]; i++)
        if (!strcasecmp(t->form, words[i])) return 1;
    return 0;
}

static size_t subjunctives_after_demands(dyad_token *w, uint32_t n)
{
    size_t changed = 0;
    for (uint32_t i = 1; i + 2 < n; i++) {
        dyad_token *that = &w[i];
        if (!that->form || strcasecmp(that->form, "that")) continue;
        /* ("its demand today that ...": a time word may come between) */
        if (!mandative(&w[i - 1]) && !(i >= 2 && time_word(&w[i - 1]) && mandative(&w[i - 2]))) continue;
        uint32_t j = i + 1;
        if (w[j].upos && !strcmp(w[j].upos, "DET")) j++;
        uint32_t name = j;
        while (j < n && xpos_is(&w[j], "NNP")) j++;
        /* or a common noun: "that the president step down" */
        int common = 0;
        if (j == name) {
            while (j < n && xpos_is(&w[j], "JJ")) j++;
            if (j < n && (xpos_is(&w[j], "NN") || xpos_is(&w[j], "NNS"))) j++, common = 1;
        }
        if (j == name || j + 1 >= n) continue;
        dyad_token *t = &w[j];
        if (!xpos_is(t, "NN") || !t->form || !(t->form[0] >= 'a' && t->form[0] <= 'z')) continue;
        const dyad_token *after = &w[j + 1];
        if (!after->upos) continue;
        int object = !strcmp(after->upos, "DET") || !strcmp(after->upos, "NOUN") ||
                     !strcmp(after->upos, "ADJ") || !strcmp(after->upos, "NUM") ||
                     !strcmp(after->upos, "PRON") || !strcmp(after->upos, "PROPN");
        /* "hand over the suspects", "step down", "surrender." */
        int ends = particle_word(after) ||
                   (!strcmp(after->upos, "PUNCT") && after->form &&
                    (!strcmp(after->form, ".") || !strcmp(after->form, ",") || !strcmp(after->form, ";")));
        if (!object && !ends) continue;
        /* a noun before a noun, or before a particle, is a verb only when
        ** the clause has none other: "that the peace process continue" */
        if ((common || ends) && !no_verb_after(w, n, j + 1)) continue;
        /* (a time word read as a noun would take the clause as its own) */
        if (!mandative(&w[i - 1])) retag(&w[i - 1], "ADV", "RB", NULL);
        retag(that, "SCONJ", "IN", NULL);
        retag(t, "VERB", "VB", "VerbForm=Inf");
        changed++;
    }
    return changed;
}

/* The finite verbs of a sentence before a closing ", X said"; *end is
** where that attribution starts (n if none). */
static uint32_t count_finite(const dyad_token *w, uint32_t n, uint32_t *end)
{
    uint32_t n_finite = 0;
    *end = n;
    for (uint32_t i = 0; i < n; i++) {
        if (!finite(&w[i])) continue;
        int closing = attribution(&w[i]) && i > 1 &&
                      (!strcmp(w[i - 1].form, ",") || (i > 2 && !strcmp(w[i - 2].form, ",")) ||
                       (i > 3 && !strcmp(w[i - 3].form, ",")));
        if (closing) { if (i < *end) *end = i; }
        else n_finite++;
    }
    return n_finite;
}

size_t finite_verb_repair(dyad_doc *doc, const dyad_tagger *tagger)
{
    size_t changed = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        dyad_token *w = doc->tokens + sent->first;
        uint32_t end;
        changed += closing_attribution_verb(w, sent->count);
        changed += regular_past_lemmas(doc, tagger, w, sent->count);
        changed += irregular_pasts(doc, tagger, w, sent->count, count_finite(w, sent->count, &end) == 0);
        changed += unhyphenated_compound_adjectives(w, sent->count);
        changed += day_adverbs_before_verbs(w, sent->count);
        /* (before the participles are read: "reject revised terms"
        ** would make "revised" the verb) */
        uint32_t n_finite = count_finite(w, sent->count, &end);
        if (n_finite <= 1 && present_after_people(w, sent->count, end, n_finite) < sent->count) {
            changed++;
            continue;
        }
        changed += adjectives_after_modals(w, sent->count);
        changed += subjunctives_after_demands(w, sent->count);
        changed += participial_adjectives(w, sent->count);
        changed += gerunds_after_prepositions(w, sent->count);
        changed += participles_with_objects(w, sent->count);
        changed += participles_after_conjunctions(w, sent->count);
        /* the finite verbs before a closing ", X said" */
        if (count_finite(w, sent->count, &end)) continue;
        for (uint32_t i = 1; i < end; i++) {
            dyad_token *t = &w[i];
            if (!xpos_is(t, "VBN") || !t->upos || strcmp(t->upos, "VERB")) continue;
            /* a subject-like word before it: a noun, a name or a pronoun */
            const dyad_token *before = &w[i - 1];
            if (licenses_participle(before)) break;
            if (!before->upos || (strcmp(before->upos, "NOUN") && strcmp(before->upos, "PROPN") &&
                                  strcmp(before->upos, "PRON")))
                break;
            retag(t, t->upos, "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin");
            changed++;
            break;
        }
    }
    return changed;
}
