/*
** test_examples.c — every pattern line of lexicon/verbs/ codes its own
** example (lexicon/README.md, on the verb files): the example, tagged and
** parsed by the shipped models, has a word on which that very pattern
** (file and line) is the one the coder picks (pattern_set_match_word).
** A "---" line's example must be won by it too: an idiom that loses to a
** generic pattern on its own example is coded as the generic event.
**
** Matching needs no actors, so the prefilter is bypassed (every sentence
** is parsed, as dyad explain does), and examples that name no country
** still count.  Skips when the models are not built.
*/
#include <stdlib.h>
#include <string.h>
#include "testing.h"
#include "dyad.h"
#include "code/coder.h"

/* Examples the models misread, so that their own pattern cannot match
** them; each with why.  Keyed by the example, which moves with its line. */
static const struct { const char *example, *why; } known[] = {
    { NULL, NULL },
};

static const char *known_reason(const char *example)
{
    for (size_t k = 0; known[k].example; k++)
        if (!strcmp(known[k].example, example)) return known[k].why;
    return NULL;
}

/* The top-level pattern read from file f, line n, or NULL. */
static const pattern *pattern_at(const pattern_set *set, uint32_t f, uint32_t n)
{
    for (size_t i = 0; i < set->n; i++)
        if (set->patterns[i].parent == -1 && set->patterns[i].file == f && set->patterns[i].line == n)
            return &set->patterns[i];
    return NULL;
}

/* Why p lost on doc, for the report: on the first word its head lemmas
** name, what the coder picked instead and whether p itself fits there.
** The class says what to fix: "shadowed" (a more specific pattern of the
** same code wins: harmless), "outranked" (a more specific pattern of
** another code), "tie" (as specific, listed first: the order decides),
** "misfit" (p fails on the example: wrong example or misparse), "no-head"
** (no word has p's lemma: tagger or lemmatizer). */
static const char *describe_loss(const pattern_set *set, const pattern *p, const dyad_doc *doc,
                                 sentence_tree *t, char *out, size_t len)
{
    for (size_t s = 0; s < doc->n_sents; s++) {
        if (sentence_tree_build(t, doc, s)) break;
        for (uint32_t w = 0; w < t->n; w++) {
            char buf[64];
            const char *lemma = tree_lemma(t, w, buf, sizeof buf);
            int named = 0;
            for (uint32_t h = 0; h < p->n_heads && !named; h++) named = !strcasecmp(set->pool[p->heads + h], lemma);
            if (!named) continue;
            pattern_match m;
            int failed;
            const pattern *won = pattern_set_match_word(set, t, w, &m);
            int fits = pattern_check(set, p, t, w, &m, &failed);
            char text[200] = "nothing";
            if (won) pattern_format(set, won, text, sizeof text);
            const char *why = !fits ? "misfit" : !won ? "unlooked"
                              : won->specificity == p->specificity ? "tie"
                              : strcmp(won->code, p->code) ? "outranked" : "shadowed";
            snprintf(out, len, "word '%s' (%s): won by %s %s (%s:%u); own %s", t->words[w].form,
                     t->words[w].upos ? t->words[w].upos : "_", won ? won->code : "-", text,
                     won ? set->files[won->file] : "-", won ? won->line : 0,
                     fits ? "fits" : failed < 0 ? "wants another part of speech"
                     : set->cons[p->cons + (uint32_t)failed].rel);
            return why;
        }
    }
    snprintf(out, len, "no word has the lemma");
    return "no-head";
}

/* Does p win on some word of doc? */
static int wins(const pattern_set *set, const pattern *p, const dyad_doc *doc, sentence_tree *t)
{
    for (size_t s = 0; s < doc->n_sents; s++) {
        if (sentence_tree_build(t, doc, s)) return 0;
        for (uint32_t w = 0; w < t->n; w++) {
            pattern_match m;
            if (pattern_set_match_word(set, t, w, &m) == p) return 1;
        }
    }
    return 0;
}

typedef struct tally {
    size_t lines, won, known, idioms_lost;
} tally;

/* Codes one example and checks that p wins on it; reports a loss. */
static int check_example(const dyad_coder *coder, const pattern *p, const char *file, unsigned line,
                         const char *example, dyad_doc *doc, dyad_events *events, sentence_tree *t, tally *n)
{
    dyad_doc_reset(doc);
    if (dyad_doc_set_text(doc, example, strlen(example)) || dyad_segment(doc, NULL)) return -1;
    doc->id = "example";
    doc->date = "2026-01-22";
    if (coder_code_doc(coder, doc, events, NULL, 1)) return -1;    /* every sentence: no prefilter */
    n->lines++;
    if (p && wins(&coder->patterns, p, doc, t)) { n->won++; return 0; }
    const char *why = known_reason(example);
    if (why) { n->known++; return 0; }
    char detail[400] = "the line did not parse";
    const char *class = p ? describe_loss(&coder->patterns, p, doc, t, detail, sizeof detail) : "bad-line";
    if (p && !strcmp(p->code, PATTERN_NO_EVENT) && strcmp(class, "misfit") && strcmp(class, "no-head"))
        n->idioms_lost++;
    fprintf(stderr, "example lost [%s]: %s:%u %s \"%s\": %s\n", class, file, line, p ? p->code : "?", example,
            detail);
    return 1;
}

TEST(every_example_is_coded_by_its_own_pattern)
{
    if (access("models/tagger.bin", R_OK) || access("models/parser.bin", R_OK) || access("models/lexicon.bin", R_OK))
        SKIP("models/ not built");
    dyad_coder_options o = { "models/tagger.bin", "models/parser.bin", "models/lexicon.bin", "lexicon/verbs",
                             "lexicon/cameo.tsv", 0, 0, 0, 0, 0, 0, 0 };
    dyad_coder *coder;
    char err[256];
    if (dyad_coder_open(&coder, &o, err, sizeof err)) {
        fprintf(stderr, "coder: %s\n", err);
        CHECK(0);
        return;
    }
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_events events;
    dyad_events_init(&events);
    sentence_tree t = { 0 };
    tally n = { 0 };
    size_t lost = 0;
    const pattern_set *set = &coder->patterns;
    for (uint32_t f = 0; f < set->n_files; f++) {
        FILE *in = fopen(set->files[f], "r");
        CHECK(in != NULL);
        if (!in) continue;
        char *line = NULL;
        size_t cap = 0;
        unsigned number = 0;
        while (getline(&line, &cap, in) >= 0) {
            number++;
            line[strcspn(line, "\r\n")] = '\0';
            if (line[0] == '#' || line[0] == '\0') continue;
            char *tab = strchr(line, '\t'), *tab2 = tab ? strchr(tab + 1, '\t') : NULL;
            CHECK(tab2 && tab2[1]);    /* every line has an example */
            if (!tab2 || !tab2[1]) continue;
            int rc = check_example(coder, pattern_at(set, f, number), set->files[f], number, tab2 + 1, &doc,
                                   &events, &t, &n);
            CHECK(rc >= 0);
            lost += rc > 0;
        }
        free(line);
        fclose(in);
    }
    fprintf(stderr, "examples: %zu lines, %zu coded by their own pattern, %zu known exceptions, %zu lost"
            " (%zu idioms lost to another pattern)\n", n.lines, n.won, n.known, lost, n.idioms_lost);
    CHECK(n.lines > 10000);
    CHECK_INT(lost, 0);
    sentence_tree_free(&t);
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    dyad_coder_close(coder);
}

int main(void)
{
    RUN(every_example_is_coded_by_its_own_pattern);
    return TEST_DONE();
}
