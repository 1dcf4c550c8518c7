/*
** test_parser_direction.c — right-to-left parsers: the same as a
** left-to-right parser trained and run on mirrored sentences, their flag
** kept in the model file (and refused where it cannot be), the k best
** trees of a beam, and voting with a left-to-right parser over whole
** documents (parser_vote.h).
*/
#include <stdlib.h>
#include <unistd.h>
#include "testing.h"
#include "dyad.h"
#include "base/binfile.h"
#include "nlp/parser.h"
#include "nlp/parser_train.h"
#include "nlp/parser_vote.h"
#include "text/conllu_read.h"

static char dir[] = "/tmp/dyad-test-direction-XXXXXX";
static char bank_path[128], mirror_path[128], l2r_path[128], r2l_path[128], bad_path[128];

/* Writes one sentence, or its mirror image (word i becomes n + 1 - i, and
** so does every head but the root). */
static void write_sentence(FILE *f, const char *const (*w)[5], int n, int mirror)
{
    for (int k = 1; k <= n; k++) {
        int i = mirror ? n + 1 - k : k, h = atoi(w[i - 1][3]);
        if (mirror && h) h = n + 1 - h;
        fprintf(f, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t_\n", k, w[i - 1][0], w[i - 1][0],
                w[i - 1][1], w[i - 1][2], h, w[i - 1][4]);
    }
    fputc('\n', f);
}

/* A made-up treebank ("The minister warned the envoy ." and longer). */
static void write_bank(const char *path, int mirror)
{
    static const char *nouns[] = { "minister", "envoy", "army", "council", "rebel" };
    static const char *verbs[] = { "warned", "accused", "praised", "met" };
    FILE *f = fopen(path, "w");
    if (!f) return;
    for (int a = 0; a < 5; a++)
        for (int v = 0; v < 4; v++) {
            const char *b = nouns[(a + v + 1) % 5], *c = nouns[(a + v + 2) % 5];
            const char *const w[9][5] = {
                { "The", "DET", "DT", "2", "det" }, { nouns[a], "NOUN", "NN", "3", "nsubj" },
                { verbs[v], "VERB", "VBD", "0", "root" }, { "the", "DET", "DT", "5", "det" },
                { b, "NOUN", "NN", "3", "obj" }, { "in", "ADP", "IN", "8", "case" },
                { "the", "DET", "DT", "8", "det" }, { c, "NOUN", "NN", "5", "nmod" },
                { ".", "PUNCT", ".", "3", "punct" },
            };
            if (v % 2) {
                const char *const s[6][5] = {
                    { w[0][0], w[0][1], w[0][2], w[0][3], w[0][4] },
                    { w[1][0], w[1][1], w[1][2], w[1][3], w[1][4] },
                    { w[2][0], w[2][1], w[2][2], w[2][3], w[2][4] },
                    { w[3][0], w[3][1], w[3][2], w[3][3], w[3][4] },
                    { w[4][0], w[4][1], w[4][2], w[4][3], w[4][4] },
                    { ".", "PUNCT", ".", "3", "punct" },
                };
                write_sentence(f, s, 6, mirror);
            } else {
                write_sentence(f, w, 9, mirror);
            }
        }
    fclose(f);
}

static int read_bank(const char *path, dyad_doc *doc)
{
    dyad_doc_init(doc);
    char *error = NULL;
    int rc = conllu_read_file(path, doc, &error);
    free(error);
    return rc;
}

static int train(const char *bank, int reverse, int beam, const char *out)
{
    dyad_doc doc;
    if (read_bank(bank, &doc)) return -1;
    parser_train_options o = { .train = &doc, .dev = &doc, .epochs = 4, .seed = 3,
                               .reverse = reverse, .beam = beam };
    parser_trained *t = NULL;
    char err[256];
    int rc = parser_train(&o, &t, err, sizeof err);
    if (!rc) rc = parser_model_write(&t->model, out, err, sizeof err);
    parser_trained_free(t);
    dyad_doc_free(&doc);
    return rc;
}

static uint32_t file_version(const char *path)
{
    binfile bf;
    char err[128];
    if (binfile_open(&bf, path, "parser", 1, 99, err, sizeof err)) return 0;
    uint32_t v = bf.version;
    binfile_close(&bf);
    return v;
}

static void forget_parse(dyad_doc *doc)
{
    for (size_t i = 0; i < doc->n_tokens; i++) {
        doc->tokens[i].head = -1;
        doc->tokens[i].deprel = NULL;
    }
}

TEST(right_to_left_is_left_to_right_mirrored)
{
    for (int beam = 1; beam <= 4; beam += 3) {
        CHECK_INT(train(bank_path, 1, beam, r2l_path), DYAD_OK);
        CHECK_INT(train(mirror_path, 0, beam, l2r_path), DYAD_OK);
        CHECK_INT(file_version(r2l_path), PARSER_FILE_VERSION_FLAGS);
        CHECK_INT(file_version(l2r_path), PARSER_FILE_VERSION);
        dyad_parser *r2l = NULL, *mirrored = NULL;
        char err[256];
        CHECK_INT(dyad_parser_open(&r2l, r2l_path, err, sizeof err), DYAD_OK);
        CHECK_INT(dyad_parser_open(&mirrored, l2r_path, err, sizeof err), DYAD_OK);
        dyad_doc doc, mdoc, gold;
        CHECK_INT(read_bank(bank_path, &doc), DYAD_OK);
        CHECK_INT(read_bank(bank_path, &gold), DYAD_OK);
        CHECK_INT(read_bank(mirror_path, &mdoc), DYAD_OK);
        forget_parse(&doc);
        forget_parse(&mdoc);
        if (r2l && mirrored) {
            CHECK_INT(dyad_parser_parse(r2l, &doc), DYAD_OK);
            CHECK_INT(dyad_parser_parse(mirrored, &mdoc), DYAD_OK);
        }
        /* the same trees, word for word, and right on this easy bank */
        size_t same = 0, right = 0;
        for (size_t s = 0; s < doc.n_sents; s++) {
            const dyad_sentence *se = &doc.sents[s];
            int32_t n = (int32_t)se->count;
            for (int32_t i = 1; i <= n; i++) {
                const dyad_token *t = &doc.tokens[se->first + (uint32_t)i - 1];
                const dyad_token *m = &mdoc.tokens[se->first + (uint32_t)(n - i)];
                int32_t mh = m->head > 0 ? n + 1 - m->head : m->head;
                same += t->head == mh && t->deprel && m->deprel && !strcmp(t->deprel, m->deprel);
                right += t->head == gold.tokens[se->first + (uint32_t)i - 1].head;
            }
        }
        CHECK_INT(same, doc.n_tokens);
        CHECK(right * 10 > doc.n_tokens * 9);
        dyad_doc_free(&doc);
        dyad_doc_free(&mdoc);
        dyad_doc_free(&gold);
        dyad_parser_close(r2l);
        dyad_parser_close(mirrored);
    }
}

static void write_model(uint32_t version, uint32_t flags)
{
    binfile_writer *w;
    uint32_t meta[8] = { PF_TEMPLATES_VERSION, 2, 1, 0, 4, 1, 0, flags };
    uint32_t slots[8] = { 5, 0, 0, 0, 0, 0, 0, 0 };
    uint32_t entries[1] = { PARSER_ENTRY_LAST };
    char err[128];
    CHECK_INT(binfile_writer_new(&w, "parser", version), DYAD_OK);
    binfile_add(w, "meta", meta, sizeof meta);
    binfile_add(w, "labels", "dep\0root", 9);
    binfile_add(w, "slots", slots, sizeof slots);
    binfile_add(w, "entries", entries, sizeof entries);
    CHECK_INT(binfile_write(w, bad_path, err, sizeof err), DYAD_OK);
    binfile_writer_free(w);
}

TEST(flags_are_checked)
{
    dyad_parser *p = NULL;
    char err[256];
    write_model(PARSER_FILE_VERSION, 0);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_OK);
    dyad_parser_close(p);
    write_model(PARSER_FILE_VERSION_FLAGS, PARSER_FLAG_REVERSE);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_OK);
    dyad_parser_close(p);
    /* a flag in a file of the first layout, which had none */
    write_model(PARSER_FILE_VERSION, PARSER_FLAG_REVERSE);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "flags") != NULL);
    /* a flag this dyad does not know */
    write_model(PARSER_FILE_VERSION_FLAGS, 0x10);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_EMODEL);
    write_model(PARSER_FILE_VERSION_FLAGS + 1, 0);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_EMODEL);
}

TEST(documents_vote)
{
    CHECK_INT(train(bank_path, 0, 1, l2r_path), DYAD_OK);
    CHECK_INT(train(bank_path, 1, 1, r2l_path), DYAD_OK);
    dyad_parser *l2r = NULL, *r2l = NULL;
    char err[256];
    CHECK_INT(dyad_parser_open(&l2r, l2r_path, err, sizeof err), DYAD_OK);
    CHECK_INT(dyad_parser_open(&r2l, r2l_path, err, sizeof err), DYAD_OK);
    if (!l2r || !r2l) { dyad_parser_close(l2r); dyad_parser_close(r2l); return; }
    dyad_doc alone, voted, gold;
    CHECK_INT(read_bank(bank_path, &alone), DYAD_OK);
    CHECK_INT(read_bank(bank_path, &voted), DYAD_OK);
    CHECK_INT(read_bank(bank_path, &gold), DYAD_OK);
    forget_parse(&alone);
    forget_parse(&voted);
    CHECK_INT(dyad_parser_parse(l2r, &alone), DYAD_OK);
    /* one parser, and the same parser twice, give its own parse; two
    ** parsers agree with it on every tie */
    pv_ensemble e = { .parsers = { l2r, l2r }, .weights = { 1, 1 }, .n = 1 };
    for (int n = 1; n <= 2; n++) {
        e.n = n;
        CHECK_INT(pv_parse_doc(&e, &voted, NULL), DYAD_OK);
        for (size_t i = 0; i < alone.n_tokens; i++) {
            CHECK_INT(voted.tokens[i].head, alone.tokens[i].head);
            CHECK(voted.tokens[i].deprel == alone.tokens[i].deprel);
        }
    }
    /* three voters, two of them right-to-left; only the second sentence */
    e.parsers[1] = e.parsers[2] = r2l;
    e.weights[2] = 1;
    e.n = 3;
    unsigned char which[64] = { 0 };
    which[1] = 1;
    forget_parse(&voted);
    CHECK_INT(pv_parse_doc(&e, &voted, which), DYAD_OK);
    const dyad_sentence *se = &voted.sents[1];
    for (uint32_t i = 0; i < se->count; i++)
        CHECK_INT(voted.tokens[se->first + i].head, gold.tokens[se->first + i].head);
    CHECK_INT(voted.tokens[0].head, -1);                /* not asked for */
    e.n = 0;
    CHECK_INT(pv_parse_doc(&e, &voted, NULL), DYAD_EINVAL);
    pv_ensemble_free(&e);
    dyad_doc_free(&alone);
    dyad_doc_free(&voted);
    dyad_doc_free(&gold);
    dyad_parser_close(l2r);
    dyad_parser_close(r2l);
}

TEST(kbest_trees_from_the_beam)
{
    CHECK_INT(train(bank_path, 1, 4, r2l_path), DYAD_OK);
    dyad_parser *p = NULL;
    char err[256];
    CHECK_INT(dyad_parser_open(&p, r2l_path, err, sizeof err), DYAD_OK);
    if (!p) return;
    dyad_doc doc;
    CHECK_INT(read_bank(bank_path, &doc), DYAD_OK);
    const dyad_sentence *se = &doc.sents[0];
    size_t n = se->count;
    dyad_token out[6 * 16];
    double score[6];
    int got = 0;
    parser_scratch sc = { 0 };
    CHECK(n <= 16);
    CHECK_INT(parser_parse_kbest(p, &sc, doc.tokens + se->first, n, 6, out, score, &got), DYAD_OK);
    CHECK(got >= 2 && got <= 4);                 /* the beam is 4 wide */
    for (int j = 1; j < got; j++) CHECK(score[j] <= score[j - 1]);
    CHECK_INT(parser_parse_kbest(p, &sc, doc.tokens + se->first, n, 0, out, score, &got), DYAD_EINVAL);
    /* the best is the parse */
    dyad_token best[16];
    CHECK_INT(parser_parse_kbest(p, &sc, doc.tokens + se->first, n, 1, best, NULL, &got), DYAD_OK);
    CHECK_INT(got, 1);
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    for (size_t i = 0; i < n; i++) CHECK_INT(best[i].head, doc.tokens[se->first + i].head);
    /* voting with the k best of a beam and the one tree of a greedy parser */
    dyad_parser *greedy = NULL;
    CHECK_INT(train(bank_path, 0, 1, l2r_path), DYAD_OK);
    CHECK_INT(dyad_parser_open(&greedy, l2r_path, err, sizeof err), DYAD_OK);
    pv_ensemble e = { .parsers = { greedy, p }, .weights = { 1, 1 }, .n = 2, .kbest = 4 };
    CHECK_INT(pv_parse_doc(&e, &doc, NULL), DYAD_EINVAL);       /* no temperature */
    e.temperature = 1000;
    forget_parse(&doc);
    CHECK_INT(pv_parse_doc(&e, &doc, NULL), DYAD_OK);
    dyad_doc gold;
    CHECK_INT(read_bank(bank_path, &gold), DYAD_OK);
    size_t right = 0;
    for (size_t i = 0; i < doc.n_tokens; i++) right += doc.tokens[i].head == gold.tokens[i].head;
    CHECK(right * 10 > doc.n_tokens * 9);
    pv_ensemble_free(&e);
    parser_scratch_free(&sc);
    dyad_doc_free(&doc);
    dyad_doc_free(&gold);
    dyad_parser_close(p);
    dyad_parser_close(greedy);
}

int main(void)
{
    if (!mkdtemp(dir)) return 1;
    snprintf(bank_path, sizeof bank_path, "%s/bank.conllu", dir);
    snprintf(mirror_path, sizeof mirror_path, "%s/mirror.conllu", dir);
    snprintf(l2r_path, sizeof l2r_path, "%s/l2r.bin", dir);
    snprintf(r2l_path, sizeof r2l_path, "%s/r2l.bin", dir);
    snprintf(bad_path, sizeof bad_path, "%s/bad.bin", dir);
    write_bank(bank_path, 0);
    write_bank(mirror_path, 1);
    RUN(right_to_left_is_left_to_right_mirrored);
    RUN(flags_are_checked);
    RUN(documents_vote);
    RUN(kbest_trees_from_the_beam);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd)) {}
    return TEST_DONE();
}
