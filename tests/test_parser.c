/*
** test_parser.c — training on a small slice, loading, parsing, bad model
** files and bad input (1, 500 and 5,000 words, all punctuation, empty).
*/
#include <stdlib.h>
#include <unistd.h>
#include "testing.h"
#include "dyad.h"
#include "base/binfile.h"
#include "nlp/parser.h"
#include "nlp/parser_train.h"
#include "text/conllu_read.h"
#include "text/doc.h"

static char dir[] = "/tmp/dyad-test-parser-XXXXXX";
static char bank_path[128], model_path[128], bad_path[128];

/* A made-up treebank: "The minister warned the envoy ." and, with a
** prepositional phrase, "The army attacked the rebels in the north ." */
static void write_bank(void)
{
    static const char *nouns[] = { "minister", "envoy", "army", "council", "president", "rebel" };
    static const char *verbs[] = { "warned", "accused", "praised", "met", "thanked" };
    FILE *f = fopen(bank_path, "w");
    int id = 0;
    for (int a = 0; a < 6; a++)
        for (int v = 0; v < 5; v++) {
            int b = (a + v + 1) % 6;
            fprintf(f, "# sent_id = s%d\n", ++id);
            fprintf(f, "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n");
            fprintf(f, "2\t%s\t%s\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n", nouns[a], nouns[a]);
            fprintf(f, "3\t%s\t%s\tVERB\tVBD\t_\t0\troot\t_\t_\n", verbs[v], verbs[v]);
            fprintf(f, "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n");
            fprintf(f, "5\t%s\t%s\tNOUN\tNN\t_\t3\tobj\t_\t%s\n", nouns[b], nouns[b],
                    v % 2 ? "SpaceAfter=No" : "_");
            if (v % 2) {
                fprintf(f, "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
                continue;
            }
            fprintf(f, "6\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n");
            fprintf(f, "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n");
            fprintf(f, "8\t%s\t%s\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No\n", nouns[(b + 1) % 6], nouns[(b + 1) % 6]);
            fprintf(f, "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
        }
    fclose(f);
}

/* Every word has a head in its sentence, one word hangs from the root and
** there is no cycle. */
static int well_formed(const dyad_doc *doc)
{
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *se = &doc->sents[s];
        int roots = 0;
        for (uint32_t i = 0; i < se->count; i++) {
            const dyad_token *t = &doc->tokens[se->first + i];
            if (t->head < 0 || (uint32_t)t->head > se->count || !t->deprel) return 0;
            roots += t->head == 0;
            int32_t h = t->head;
            uint32_t steps = 0;
            while (h != 0 && steps++ <= se->count) h = doc->tokens[se->first + (uint32_t)h - 1].head;
            if (h != 0) return 0;
        }
        if (se->count && roots != 1) return 0;
    }
    return 1;
}

static int trained;

static void train_model(void)
{
    if (trained) return;
    dyad_doc bank;
    dyad_doc_init(&bank);
    char *error = NULL;
    CHECK_INT(conllu_read_file(bank_path, &bank, &error), DYAD_OK);
    free(error);
    parser_train_options o = { .train = &bank, .dev = &bank, .epochs = 6, .seed = 7 };
    parser_trained *t = NULL;
    char err[256];
    CHECK_INT(parser_train(&o, &t, err, sizeof err), DYAD_OK);
    if (t) {
        CHECK(t->best.dev_las > 95);
        CHECK_INT(t->sentences_used, 30);
        CHECK_INT(parser_model_write(&t->model, model_path, err, sizeof err), DYAD_OK);
        trained = 1;
    }
    parser_trained_free(t);
    dyad_doc_free(&bank);
}

TEST(trains_loads_and_parses)
{
    train_model();
    dyad_parser *p;
    char err[256];
    CHECK_INT(dyad_parser_open(&p, model_path, err, sizeof err), DYAD_OK);
    if (!p) return;
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *error = NULL;
    CHECK_INT(conllu_read_file(bank_path, &doc, &error), DYAD_OK);
    free(error);
    for (size_t i = 0; i < doc.n_tokens; i++) { doc.tokens[i].head = -1; doc.tokens[i].deprel = NULL; }
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK(well_formed(&doc));
    /* sentence 1: The minister warned the envoy in the council . */
    CHECK_INT(doc.tokens[1].head, 3);
    CHECK_STR(doc.tokens[1].deprel, "nsubj");
    CHECK_INT(doc.tokens[2].head, 0);
    CHECK_STR(doc.tokens[2].deprel, "root");
    CHECK_INT(doc.tokens[4].head, 3);
    CHECK_STR(doc.tokens[4].deprel, "obj");
    uint32_t kids[8];
    CHECK_INT(dyad_parse_children(&doc, 0, 3, kids, 8), 4);
    CHECK(kids[0] == 2 && kids[1] == 5 && kids[2] == 8 && kids[3] == 9);
    CHECK_INT(dyad_parse_children(&doc, 0, 0, kids, 1), 1);
    CHECK_INT(kids[0], 3);
    CHECK_INT(dyad_parse_children(&doc, 0, 99, kids, 8), DYAD_EINVAL);
    CHECK_INT(dyad_parse_children(&doc, 999, 1, kids, 8), DYAD_EINVAL);
    dyad_doc_free(&doc);
    dyad_parser_close(p);
}

TEST(training_is_deterministic)
{
    train_model();
    dyad_doc bank;
    dyad_doc_init(&bank);
    char *error = NULL;
    CHECK_INT(conllu_read_file(bank_path, &bank, &error), DYAD_OK);
    free(error);
    parser_train_options o = { .train = &bank, .dev = &bank, .epochs = 6, .seed = 7 };
    parser_trained *t = NULL;
    char err[256];
    CHECK_INT(parser_train(&o, &t, err, sizeof err), DYAD_OK);
    char again[160];
    snprintf(again, sizeof again, "%s/again.bin", dir);
    if (t) CHECK_INT(parser_model_write(&t->model, again, err, sizeof err), DYAD_OK);
    parser_trained_free(t);
    dyad_doc_free(&bank);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cmp -s %s %s", again, model_path);
    CHECK_INT(system(cmd), 0);
}

TEST(beam_training_learns)
{
    dyad_doc bank;
    dyad_doc_init(&bank);
    char *error = NULL;
    CHECK_INT(conllu_read_file(bank_path, &bank, &error), DYAD_OK);
    free(error);
    char err[256];
    /* the max-violation update learns the bank as well as early update */
    parser_train_options o = { .train = &bank, .dev = &bank, .epochs = 8, .seed = 3, .beam = 4,
                               .max_violation = 1 };
    parser_trained *t = NULL;
    CHECK_INT(parser_train(&o, &t, err, sizeof err), DYAD_OK);
    if (t) CHECK(t->best.dev_las > 95 && t->model.beam == 4);
    parser_trained_free(t);
    t = NULL;
    o.max_violation = 0;
    CHECK_INT(parser_train(&o, &t, err, sizeof err), DYAD_OK);
    if (t) {
        CHECK(t->best.dev_las > 95);
        CHECK_INT(t->model.beam, 4);
        char path[160];
        snprintf(path, sizeof path, "%s/beam.bin", dir);
        CHECK_INT(parser_model_write(&t->model, path, err, sizeof err), DYAD_OK);
        dyad_parser *p;
        CHECK_INT(dyad_parser_open(&p, path, err, sizeof err), DYAD_OK);
        CHECK_INT(dyad_parser_beam(p), 4);
        CHECK_INT(dyad_parser_set_beam(p, 0), DYAD_EINVAL);
        CHECK_INT(dyad_parser_set_beam(p, 65), DYAD_EINVAL);
        for (size_t i = 0; i < bank.n_tokens; i++) bank.tokens[i].head = -1;
        CHECK_INT(dyad_parser_parse(p, &bank), DYAD_OK);
        CHECK(well_formed(&bank));
        CHECK_INT(dyad_parser_set_beam(p, 1), DYAD_OK);
        CHECK_INT(dyad_parser_parse(p, &bank), DYAD_OK);
        CHECK(well_formed(&bank));
        dyad_parser_close(p);
    }
    parser_trained_free(t);
    dyad_doc_free(&bank);
}

TEST(training_rejects_unusable_data)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(dyad_doc_set_text(&doc, "a b", 3), DYAD_OK);
    dyad_token *t = doc_add_token(&doc);
    t->form = "a";
    CHECK_INT(doc_add_sentence(&doc, 0, 0, 1, 1), DYAD_OK);
    parser_train_options o = { .train = &doc };
    parser_trained *m = NULL;
    char err[256];
    CHECK_INT(parser_train(&o, &m, err, sizeof err), DYAD_EINVAL);
    CHECK(m == NULL);
    CHECK(strstr(err, "no usable sentence") != NULL);
    dyad_doc_free(&doc);
}

/* Copies the model, lets f damage the copy, and opens it. */
static int open_damaged(void (*f)(unsigned char *data, size_t *size), char *err, size_t err_len)
{
    FILE *in = fopen(model_path, "rb");
    if (!in) return -100;
    fseek(in, 0, SEEK_END);
    size_t size = (size_t)ftell(in);
    rewind(in);
    unsigned char *data = malloc(size);
    if (fread(data, 1, size, in) != size) size = 0;
    fclose(in);
    f(data, &size);
    FILE *out = fopen(bad_path, "wb");
    fwrite(data, 1, size, out);
    fclose(out);
    free(data);
    dyad_parser *p;
    int rc = dyad_parser_open(&p, bad_path, err, err_len);
    CHECK(rc != DYAD_OK ? p == NULL : 1);
    dyad_parser_close(p);
    return rc;
}

static void truncate_half(unsigned char *d, size_t *size) { (void)d; *size /= 2; }
static void flip_byte(unsigned char *d, size_t *size) { d[*size - 3] ^= 0x40; }
static void empty(unsigned char *d, size_t *size) { (void)d; *size = 0; }

TEST(bad_model_files)
{
    train_model();
    char err[256];
    dyad_parser *p;
    CHECK_INT(dyad_parser_open(&p, "no/such/model.bin", err, sizeof err), DYAD_EIO);
    CHECK(p == NULL);
    CHECK_INT(open_damaged(truncate_half, err, sizeof err), DYAD_EMODEL);
    CHECK_INT(open_damaged(flip_byte, err, sizeof err), DYAD_EMODEL);
    CHECK_INT(open_damaged(empty, err, sizeof err), DYAD_EMODEL);

    /* Well-formed containers with bad contents. */
    binfile_writer *w;
    uint32_t meta[8] = { PF_TEMPLATES_VERSION, 2, 1, 0, 4, 1, 0, 0 };
    uint32_t slots[8] = { 5, 7, 0, 0, 0, 0, 0, 0 };      /* start 7 is outside */
    uint32_t entries[1] = { PARSER_ENTRY_LAST };
    CHECK_INT(binfile_writer_new(&w, "parser", PARSER_FILE_VERSION), DYAD_OK);
    binfile_add(w, "meta", meta, sizeof meta);
    binfile_add(w, "labels", "dep\0root", 9);
    binfile_add(w, "slots", slots, sizeof slots);
    binfile_add(w, "entries", entries, sizeof entries);
    CHECK_INT(binfile_write(w, bad_path, err, sizeof err), DYAD_OK);
    binfile_writer_free(w);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "outside") != NULL);

    slots[1] = 0;
    entries[0] = PARSER_ENTRY_LAST | (200u << 16);       /* no such action */
    CHECK_INT(binfile_writer_new(&w, "parser", PARSER_FILE_VERSION), DYAD_OK);
    binfile_add(w, "meta", meta, sizeof meta);
    binfile_add(w, "labels", "dep\0root", 9);
    binfile_add(w, "slots", slots, sizeof slots);
    binfile_add(w, "entries", entries, sizeof entries);
    CHECK_INT(binfile_write(w, bad_path, err, sizeof err), DYAD_OK);
    binfile_writer_free(w);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_EMODEL);

    entries[0] = PARSER_ENTRY_LAST;
    CHECK_INT(binfile_writer_new(&w, "parser", PARSER_FILE_VERSION), DYAD_OK);
    binfile_add(w, "meta", meta, sizeof meta);
    binfile_add(w, "labels", "dep", 4);                  /* one name short */
    binfile_add(w, "slots", slots, sizeof slots);
    binfile_add(w, "entries", entries, sizeof entries);
    CHECK_INT(binfile_write(w, bad_path, err, sizeof err), DYAD_OK);
    binfile_writer_free(w);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_EMODEL);

    CHECK_INT(binfile_writer_new(&w, "tagger", 1), DYAD_OK);
    binfile_add(w, "meta", meta, sizeof meta);
    CHECK_INT(binfile_write(w, bad_path, err, sizeof err), DYAD_OK);
    binfile_writer_free(w);
    CHECK_INT(dyad_parser_open(&p, bad_path, err, sizeof err), DYAD_EMODEL);
}

/* Damages bytes past the header of a good model and re-seals the
** checksum, so that the parser's own checks (not the container's) are
** what stands between a hostile file and a crash. */
TEST(resealed_damage_never_crashes)
{
    train_model();
    FILE *in = fopen(model_path, "rb");
    if (!in) return;
    fseek(in, 0, SEEK_END);
    size_t size = (size_t)ftell(in);
    rewind(in);
    unsigned char *good = malloc(size), *bad = malloc(size);
    if (fread(good, 1, size, in) != size) size = 0;
    fclose(in);
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *error = NULL;
    CHECK_INT(conllu_read_file(bank_path, &doc, &error), DYAD_OK);
    free(error);
    uint64_t seed = 99;
    int opened = 0, refused = 0;
    for (int round = 0; round < 200 && size > 64; round++) {
        memcpy(bad, good, size);
        for (int k = 0; k < 1 + round % 4; k++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            size_t at = 64 + (size_t)((seed >> 24) % (size - 64));
            bad[at] ^= (unsigned char)(1u << ((seed >> 8) % 8));
        }
        uint64_t sum = binfile_hash(bad + 64, size - 64);
        memcpy(bad + 40, &sum, 8);
        char err[256];
        dyad_parser *p = NULL;
        FILE *out = fopen(bad_path, "wb");
        fwrite(bad, 1, size, out);
        fclose(out);
        int rc = dyad_parser_open(&p, bad_path, err, sizeof err);
        CHECK(rc == DYAD_OK || rc == DYAD_EMODEL);
        if (rc == DYAD_OK) {
            opened++;
            CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
            CHECK(well_formed(&doc));
            dyad_parser_close(p);
        } else {
            refused++;
        }
    }
    CHECK(opened > 0 && refused > 0);
    free(good);
    free(bad);
    dyad_doc_free(&doc);
}

/* A document of sentences of the given lengths, words from `forms`. */
static void make_doc(dyad_doc *doc, const size_t *lengths, size_t n_sents,
                     const char *form, const char *upos, const char *xpos)
{
    dyad_doc_reset(doc);
    CHECK_INT(dyad_doc_set_text(doc, "x", 1), DYAD_OK);
    for (size_t s = 0; s < n_sents; s++) {
        uint32_t first = (uint32_t)doc->n_tokens;
        for (size_t i = 0; i < lengths[s]; i++) {
            dyad_token *t = doc_add_token(doc);
            t->form = form;
            t->upos = upos;
            t->xpos = xpos;
            t->end = 1;
        }
        CHECK_INT(doc_add_sentence(doc, first, 0, 1, 0), DYAD_OK);
    }
}

TEST(bad_input_gives_trees)
{
    train_model();
    dyad_parser *p;
    char err[256];
    CHECK_INT(dyad_parser_open(&p, model_path, err, sizeof err), DYAD_OK);
    if (!p) return;
    dyad_doc doc;
    dyad_doc_init(&doc);
    size_t lengths[] = { 1, 500, 5000, 2 };
    make_doc(&doc, lengths, 4, "minister", "NOUN", "NN");
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK(well_formed(&doc));
    CHECK_INT(doc.tokens[0].head, 0);
    make_doc(&doc, lengths, 3, ".", "PUNCT", ".");
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK(well_formed(&doc));
    make_doc(&doc, lengths, 3, "unheard-of", NULL, NULL);   /* no tags at all */
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK(well_formed(&doc));
    make_doc(&doc, lengths, 0, "x", NULL, NULL);            /* nothing */
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK_INT(dyad_parser_parse(p, NULL), DYAD_EINVAL);
    dyad_doc_free(&doc);
    dyad_parser_close(p);
    dyad_parser_close(NULL);
}

TEST(committed_model_loads_and_parses)
{
    dyad_parser *p;
    char err[256];
    if (access("models/parser.bin", R_OK) != 0) SKIP("models/parser.bin not built");
    CHECK_INT(dyad_parser_open(&p, "models/parser.bin", err, sizeof err), DYAD_OK);
    if (!p) { fprintf(stderr, "%s\n", err); return; }
    /* "Russia warned Ukraine that it would cut off gas supplies ." */
    static const char *words[][3] = {
        { "Russia", "PROPN", "NNP" }, { "warned", "VERB", "VBD" }, { "Ukraine", "PROPN", "NNP" },
        { "that", "SCONJ", "IN" }, { "it", "PRON", "PRP" }, { "would", "AUX", "MD" },
        { "cut", "VERB", "VB" }, { "off", "ADP", "RP" }, { "gas", "NOUN", "NN" },
        { "supplies", "NOUN", "NNS" }, { ".", "PUNCT", "." },
    };
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(dyad_doc_set_text(&doc, "x", 1), DYAD_OK);
    for (size_t i = 0; i < 11; i++) {
        dyad_token *t = doc_add_token(&doc);
        t->form = words[i][0];
        t->upos = words[i][1];
        t->xpos = words[i][2];
    }
    CHECK_INT(doc_add_sentence(&doc, 0, 0, 1, 1), DYAD_OK);
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK(well_formed(&doc));
    CHECK_INT(doc.tokens[1].head, 0);                   /* warned: root */
    CHECK_INT(doc.tokens[0].head, 2);                   /* Russia <- warned */
    CHECK_STR(doc.tokens[0].deprel, "nsubj");
    CHECK_INT(doc.tokens[2].head, 2);                   /* Ukraine <- warned */
    CHECK(doc.tokens[2].deprel && (!strcmp(doc.tokens[2].deprel, "obj") ||
                                   !strcmp(doc.tokens[2].deprel, "iobj")));
    CHECK_INT(doc.tokens[6].head, 2);                   /* cut <- warned */
    CHECK_STR(doc.tokens[6].deprel, "ccomp");
    CHECK_INT(doc.tokens[9].head, 7);                   /* supplies <- cut */
    CHECK_STR(doc.tokens[9].deprel, "obj");
    /* bad input through the real model and its beam (long sentences go
    ** greedy) */
    size_t lengths[] = { 1, 500, 5000, 2, 40 };
    make_doc(&doc, lengths, 5, ",", "PUNCT", ",");
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK(well_formed(&doc));
    make_doc(&doc, lengths, 5, "gas", NULL, NULL);
    CHECK_INT(dyad_parser_parse(p, &doc), DYAD_OK);
    CHECK(well_formed(&doc));
    dyad_doc_free(&doc);
    dyad_parser_close(p);
}

/* With the treebank beside the checkout: a slice trains a real parser. */
TEST(slice_of_ewt_trains)
{
    if (!testing_have_shared()) SKIP("../shared/data not present");
    const char *train = "../shared/data/ud-english-ewt/en_ewt-ud-train.conllu";
    const char *dev = "../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu";
    dyad_doc tr, dv;
    dyad_doc_init(&tr);
    dyad_doc_init(&dv);
    char *error = NULL;
    CHECK_INT(conllu_read_file(train, &tr, &error), DYAD_OK);
    free(error);
    error = NULL;
    CHECK_INT(conllu_read_file(dev, &dv, &error), DYAD_OK);
    free(error);
    if (dv.n_sents > 300) {     /* a dev slice keeps the test quick */
        dv.n_sents = 300;
        dv.n_tokens = dv.sents[299].first + dv.sents[299].count;
    }
    parser_train_options o = { .train = &tr, .dev = &dv, .epochs = 2, .seed = 1,
                               .max_sentences = 1500 };
    parser_trained *t = NULL;
    char err[256];
    CHECK_INT(parser_train(&o, &t, err, sizeof err), DYAD_OK);
    if (t) {
        CHECK(t->best.dev_uas > 70);
        CHECK(t->best.dev_las > 65);
    }
    parser_trained_free(t);
    dyad_doc_free(&tr);
    dyad_doc_free(&dv);
}

int main(void)
{
    if (!mkdtemp(dir)) return 1;
    snprintf(bank_path, sizeof bank_path, "%s/bank.conllu", dir);
    snprintf(model_path, sizeof model_path, "%s/parser.bin", dir);
    snprintf(bad_path, sizeof bad_path, "%s/bad.bin", dir);
    write_bank();
    RUN(trains_loads_and_parses);
    RUN(training_is_deterministic);
    RUN(beam_training_learns);
    RUN(training_rejects_unusable_data);
    RUN(bad_model_files);
    RUN(resealed_damage_never_crashes);
    RUN(bad_input_gives_trees);
    RUN(committed_model_loads_and_parses);
    RUN(slice_of_ewt_trains);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
    return TEST_DONE();
}
