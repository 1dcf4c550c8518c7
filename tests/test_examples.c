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
#include <strings.h>
#include "testing.h"
#include "dyad.h"
#include "code/coder.h"

/*
** Too many examples lose to be listed one by one (about 1,350 of 10,879,
** measured): the tagger or parser misreads them ("promised to fire
** missiles": "fire" a noun; "ordered the protesters to disperse": the
** infinitive hung on the object), the lemmatizer misses the head ("drew",
** "fined", "retreated"), or a more specific line of the same code codes
** them.  So the test holds the share that wins at its measured floor and
** forbids outright the two losses that miscode: a "---" line beaten on its
** own example (the bluff called as a phone call), and two codes tied on
** one example, where the order of the lines chooses.
** DYAD_EXAMPLES_REPORT=1 in the environment lists every loss.
*/
#define WON_FLOOR_PER_MILLE 889    /* 9632 of 10831 won when measured */

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
                                 sentence_tree *t, const pattern **winner, char *out, size_t len)
{
    *winner = NULL;
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
            const pattern *won = *winner = pattern_set_match_word(set, t, w, &m);
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
    size_t lines, won, lost, idioms_lost, code_ties;
    int report;                /* list every loss, not only the forbidden */
} tally;

/* Codes one example and counts whether p wins on it (n), reporting a
** loss; -1 if the example could not be coded. */
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
    n->lost++;
    char detail[400] = "the line did not parse";
    const pattern *won = NULL;
    const char *class = p ? describe_loss(&coder->patterns, p, doc, t, &won, detail, sizeof detail) : "bad-line";
    int beaten = !strcmp(class, "tie") || !strcmp(class, "outranked") || !strcmp(class, "shadowed");
    int idiom = p && !strcmp(p->code, PATTERN_NO_EVENT) && beaten;
    int code_tie = !strcmp(class, "tie") && strcmp(won->code, p->code);
    n->idioms_lost += idiom;
    n->code_ties += code_tie;
    if (n->report || idiom || code_tie || !p)
        fprintf(stderr, "example lost [%s]: %s:%u %s \"%s\": %s\n", class, file, line, p ? p->code : "?",
                example, detail);
    return 0;
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
    const char *report = getenv("DYAD_EXAMPLES_REPORT");
    tally n = { 0 };
    n.report = report && report[0] == '1';
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
            CHECK(check_example(coder, pattern_at(set, f, number), set->files[f], number, tab2 + 1, &doc,
                                &events, &t, &n) == 0);
        }
        free(line);
        fclose(in);
    }
    fprintf(stderr, "examples: %zu lines, %zu coded by their own pattern, %zu lost, %zu of them idioms"
            " beaten, %zu ties between two codes\n", n.lines, n.won, n.lost, n.idioms_lost, n.code_ties);
    CHECK(n.lines > 10000);
    CHECK(n.won * 1000 >= n.lines * WON_FLOOR_PER_MILLE);
    CHECK_INT(n.idioms_lost, 0);
    CHECK_INT(n.code_ties, 0);
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
