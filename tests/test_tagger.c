/*
** test_tagger.c — the tagger: training proves itself on a small corpus
** (a slice of the treebank when ../shared is there, else a few sentences
** written here), the same seed gives the same model, the committed model
** tags what the coder needs, bad model files are refused clearly, threads
** share a model, and the CoNLL-U writer round-trips.
*/
#include <pthread.h>
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "base/binfile.h"
#include "nlp/tagger.h"
#include "nlp/features.h"
#include "nlp/tagger_train.h"
#include "out/conllu_write.h"
#include "text/conllu_read.h"
#include "nlp/tag_eval.h"

#define COMMITTED "models/tagger.bin"
#define EWT "../shared/data/ud-english-ewt/"

/* A tiny corpus of our own, for machines without ../shared. */
static const char SMALL[] =
    "# text = The police warned the hikers.\n"
    "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n"
    "2\tpolice\tpolice\tNOUN\tNNS\tNumber=Plur\t3\tnsubj\t_\t_\n"
    "3\twarned\twarn\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t5\tdet\t_\t_\n"
    "5\thikers\thiker\tNOUN\tNNS\tNumber=Plur\t3\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Troops seized the town.\n"
    "1\tTroops\ttroop\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n"
    "2\tseized\tseize\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_\n"
    "4\ttown\ttown\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = We don't hike in winter.\n"
    "1\tWe\twe\tPRON\tPRP\tCase=Nom|Number=Plur|Person=1|PronType=Prs\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_\n"
    "4\thike\thike\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\twinter\twinter\tNOUN\tNN\tNumber=Sing\t4\tobl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = The hike was long.\n"
    "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n"
    "2\thike\thike\tNOUN\tNN\tNumber=Sing\t4\tnsubj\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t4\tcop\t_\t_\n"
    "4\tlong\tlong\tADJ\tJJ\tDegree=Pos\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

static char tmpdir[64];

static void path_in_tmp(char *buf, size_t n, const char *name)
{
    snprintf(buf, n, "%s/%s", tmpdir, name);
}

static int write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t w = fwrite(data, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

static unsigned char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    *n = (size_t)ftell(f);
    rewind(f);
    unsigned char *d = malloc(*n ? *n : 1);
    if (d && fread(d, 1, *n, f) != *n) { free(d); d = NULL; }
    fclose(f);
    return d;
}

/* Trains on `train` (first max_sents sentences) into out; 0 on success. */
static int train(const char *train_path, const char *dev, size_t max_sents,
                 uint64_t seed, const char *out, tagger_train_result *r)
{
    tagger_train_options o;
    tagger_train_defaults(&o);
    o.train = &train_path;
    o.n_train = 1;
    o.dev = dev;
    o.out = out;
    o.seed = seed;
    o.max_sentences = max_sents;
    o.epochs = 8;
    o.min_count = 1;
    o.info = "test model";
    char err[256];
    int rc = tagger_train(&o, r, err, sizeof err);
    if (rc) fprintf(stderr, "training failed: %s\n", err);
    return rc;
}

static double upos_on(const char *model, const char *gold)
{
    dyad_tagger *t;
    char err[256];
    if (dyad_tagger_open(&t, model, err, sizeof err)) return -1;
    tag_scores s = { 0 };
    char *error = NULL;
    int rc = tag_eval_file(t, gold, &s, &error);
    free(error);
    dyad_tagger_close(t);
    return rc ? -1 : tag_pct(s.upos, s.words);
}

TEST(trains_on_a_small_corpus_without_shared)
{
    char corpus[128], model[128];
    path_in_tmp(corpus, sizeof corpus, "small.conllu");
    path_in_tmp(model, sizeof model, "small.bin");
    CHECK_INT(write_file(corpus, SMALL, sizeof SMALL - 1), 0);
    tagger_train_result r;
    CHECK_INT(train(corpus, corpus, 0, 7, model, &r), DYAD_OK);
    CHECK_INT(r.sentences, 4);
    CHECK(r.have_dev);
    /* A model should at least learn its own training sentences. */
    CHECK(tag_pct(r.dev.upos, r.dev.words) >= 90.0);
    CHECK(tag_pct(r.dev.lemma, r.dev.words) >= 90.0);
    dyad_tagger *t;
    char err[256];
    CHECK_INT(dyad_tagger_open(&t, model, err, sizeof err), DYAD_OK);
    CHECK(t && strstr(dyad_tagger_info(t), "test model") != NULL);
    dyad_tagger_close(t);
}

TEST(trains_on_a_treebank_slice)
{
    if (!testing_have_shared()) SKIP("../shared absent");
    char model[128], again[128], other[128];
    path_in_tmp(model, sizeof model, "slice.bin");
    path_in_tmp(again, sizeof again, "slice2.bin");
    path_in_tmp(other, sizeof other, "slice3.bin");
    tagger_train_result r;
    CHECK_INT(train(EWT "en_ewt-ud-train.conllu", EWT "en_ewt-ud-dev.conllu", 300, 1, model, &r), DYAD_OK);
    CHECK_INT(r.sentences, 300);
    CHECK(r.epochs_run >= 1 && r.best_epoch >= 1 && r.best_epoch <= r.epochs_run);
    /* 300 sentences are not much, but far better than chance. */
    double upos = upos_on(model, EWT "en_ewt-ud-dev.conllu");
    fprintf(stderr, "300-sentence model: dev UPOS %.2f%%\n", upos);
    CHECK(upos > 80.0);
    CHECK(tag_pct(r.dev.upos, r.dev.words) == upos);

    /* The same seed gives the same bytes; another seed still trains. */
    CHECK_INT(train(EWT "en_ewt-ud-train.conllu", EWT "en_ewt-ud-dev.conllu", 300, 1, again, &r), DYAD_OK);
    size_t n1 = 0, n2 = 0;
    unsigned char *a = read_file(model, &n1), *b = read_file(again, &n2);
    CHECK(a && b && n1 == n2 && memcmp(a, b, n1) == 0);
    free(a);
    free(b);
    CHECK_INT(train(EWT "en_ewt-ud-train.conllu", NULL, 300, 2, other, &r), DYAD_OK);
    CHECK(upos_on(other, EWT "en_ewt-ud-dev.conllu") > 80.0);
}

TEST(one_and_two_pass_models)
{
    char corpus[128], one[128], two[128];
    path_in_tmp(corpus, sizeof corpus, "passes.conllu");
    path_in_tmp(one, sizeof one, "one.bin");
    path_in_tmp(two, sizeof two, "two.bin");
    CHECK_INT(write_file(corpus, SMALL, sizeof SMALL - 1), 0);
    const char *path = corpus;
    tagger_train_options o;
    tagger_train_defaults(&o);
    CHECK_INT(o.passes, 2);
    o.train = &path;
    o.n_train = 1;
    o.dev = corpus;
    o.min_count = 1;
    o.epochs = 6;
    tagger_train_result r;
    char err[256];
    for (int passes = 1; passes <= 2; passes++) {
        o.passes = passes;
        o.out = passes == 1 ? one : two;
        CHECK_INT(tagger_train(&o, &r, err, sizeof err), DYAD_OK);
        CHECK(tag_pct(r.dev.upos, r.dev.words) >= 90.0);
        dyad_tagger *t;
        CHECK_INT(dyad_tagger_open(&t, o.out, err, sizeof err), DYAD_OK);
        if (t) {
            CHECK_INT(t->passes, (uint32_t)passes);
            CHECK_INT(t->meta->passes, (uint32_t)passes);
        }
        dyad_tagger_close(t);
    }
    o.passes = 3;
    CHECK_INT(tagger_train(&o, &r, err, sizeof err), DYAD_EINVAL);
}

/* Raw-text scoring aligns words by span: a document against itself is
** all aligned; a system that glues two words loses both. */
TEST(raw_text_alignment)
{
    char path[128];
    path_in_tmp(path, sizeof path, "align.conllu");
    CHECK_INT(write_file(path, SMALL, sizeof SMALL - 1), 0);
    dyad_doc gold, sys;
    dyad_doc_init(&gold);
    dyad_doc_init(&sys);
    char *error = NULL;
    CHECK_INT(conllu_read_file(path, &gold, &error), DYAD_OK);
    free(error);
    tag_aligned a = { 0 };
    tag_aligned_add(&a, &gold, &gold);
    CHECK_INT(a.gold, gold.n_tokens);
    CHECK_INT(a.system, gold.n_tokens);
    CHECK_INT(a.right.words, gold.n_tokens);
    CHECK_INT(a.right.upos, gold.n_tokens);
    CHECK(tag_f1(a.right.lemma, &a) == 100.0);

    /* The segmenter's words of the same text, tagged with nothing: the
    ** words align, the empty columns score nothing. */
    CHECK_INT(dyad_doc_set_text(&sys, gold.text, gold.text_len), DYAD_OK);
    CHECK_INT(dyad_segment(&sys, NULL), DYAD_OK);
    tag_aligned b = { 0 };
    tag_aligned_add(&b, &gold, &sys);
    CHECK_INT(b.gold, gold.n_tokens);
    CHECK_INT(b.system, sys.n_tokens);
    CHECK(b.right.words >= gold.n_tokens - 2 && b.right.words <= gold.n_tokens);
    CHECK_INT(b.right.upos, 0);

    /* Glue the first two gold words into one system word. */
    dyad_doc_reset(&sys);
    CHECK_INT(dyad_doc_set_text(&sys, gold.text, gold.text_len), DYAD_OK);
    CHECK_INT(dyad_segment(&sys, NULL), DYAD_OK);
    if (sys.n_tokens > 2 && sys.tokens[0].mwt <= 1 && sys.tokens[1].mwt <= 1) {
        sys.tokens[0].end = sys.tokens[1].end;
        sys.tokens[1].start = sys.tokens[1].end;   /* an empty word after it */
        tag_aligned c = { 0 };
        tag_aligned_add(&c, &gold, &sys);
        CHECK(c.right.words + 2 <= b.right.words);
    }
    dyad_doc_free(&gold);
    dyad_doc_free(&sys);
}

TEST(training_errors)
{
    char model[128];
    path_in_tmp(model, sizeof model, "never.bin");
    const char *missing = "/nonexistent/train.conllu";
    tagger_train_options o;
    tagger_train_defaults(&o);
    o.train = &missing;
    o.n_train = 1;
    o.out = model;
    tagger_train_result r;
    char err[256];
    CHECK_INT(tagger_train(&o, &r, err, sizeof err), DYAD_EIO);
    CHECK(strstr(err, "cannot open") != NULL);
    o.n_train = 0;
    CHECK_INT(tagger_train(&o, &r, err, sizeof err), DYAD_EINVAL);
}

/* Tags CoNLL-U words given as text with a model. */
static int tag_text(dyad_tagger *t, const char *conllu, dyad_doc *doc)
{
    char path[128];
    path_in_tmp(path, sizeof path, "in.conllu");
    if (write_file(path, conllu, strlen(conllu))) return -1;
    char *error = NULL;
    int rc = conllu_read_file(path, doc, &error);
    free(error);
    return rc ? rc : dyad_tagger_tag(t, doc);
}

static dyad_tagger *open_committed(void)
{
    dyad_tagger *t = NULL;
    char err[256];
    if (dyad_tagger_open(&t, COMMITTED, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        return NULL;
    }
    return t;
}

TEST(committed_model_tags_news)
{
    dyad_tagger *t = open_committed();
    if (!t) SKIP("models/tagger.bin absent");
    static const char news[] =
        "1\tPolice\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\twarned\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\thikers\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tafter\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\ttroops\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "6\tseized\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "7\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "8\tpass\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "9\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n"
        "1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\thike\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\twas\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tcancelled\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n";
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(tag_text(t, news, &doc), DYAD_OK);
    CHECK_INT(doc.n_tokens, 14);
    if (doc.n_tokens == 14) {
        const dyad_token *w = doc.tokens;
        CHECK_STR(w[1].upos, "VERB");
        CHECK_STR(w[1].xpos, "VBD");
        CHECK_STR(w[1].lemma, "warn");
        CHECK_STR(w[2].upos, "NOUN");
        CHECK_STR(w[2].lemma, "hiker");
        CHECK_STR(w[5].upos, "VERB");
        CHECK_STR(w[5].lemma, "seize");
        CHECK_STR(w[6].upos, "DET");
        CHECK_STR(w[6].feats, "Definite=Def|PronType=Art");
        CHECK_STR(w[8].upos, "PUNCT");
        CHECK_STR(w[9].lemma, "the");
        CHECK_STR(w[9].upos, "DET");
        CHECK_STR(w[10].upos, "NOUN");
        CHECK_STR(w[10].lemma, "hike");
        CHECK_STR(w[11].lemma, "be");
        CHECK_STR(w[12].lemma, "cancel");
        CHECK(w[0].head == -1 && w[0].deprel == NULL);   /* untouched */
    }
    dyad_doc_free(&doc);
    dyad_tagger_close(t);
}

/* Lemma rules that look past the word's own entry: "'s" before "been",
** an address kept as written, a proper noun's capitals. */
TEST(committed_model_lemma_rules)
{
    dyad_tagger *t = open_committed();
    if (!t) SKIP("models/tagger.bin absent");
    static const char text[] =
        "1\tIt\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\t's\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tbeen\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tquiet\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\tin\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "6\tchicago\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "7\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n"
        "1\tShe\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\t's\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\there\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\t;\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\twrite\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "6\tto\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "7\tPress.Desk@Example.ORG\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n";
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(tag_text(t, text, &doc), DYAD_OK);
    CHECK_INT(doc.n_tokens, 14);
    if (doc.n_tokens == 14) {
        const dyad_token *w = doc.tokens;
        CHECK_STR(w[1].xpos, "VBZ");
        CHECK_STR(w[1].lemma, "have");
        CHECK_STR(w[5].xpos, "NNP");
        CHECK_STR(w[5].lemma, "Chicago");
        CHECK_STR(w[8].lemma, "be");
        CHECK_STR(w[13].xpos, "ADD");
        CHECK_STR(w[13].lemma, "Press.Desk@Example.ORG");
    }
    dyad_doc_free(&doc);
    dyad_tagger_close(t);
}

TEST(committed_model_on_dev)
{
    if (!testing_have_shared()) SKIP("../shared absent");
    dyad_tagger *t = open_committed();
    if (!t) SKIP("models/tagger.bin absent");
    tag_scores s = { 0 };
    char *error = NULL;
    CHECK_INT(tag_eval_file(t, EWT "en_ewt-ud-dev.conllu", &s, &error), DYAD_OK);
    free(error);
    CHECK(s.words > 25000);
    /* Floors well under the recorded scores (models/tagger.PROVENANCE.md):
    ** this catches a broken model or tagger, not a small drift. */
    CHECK(tag_pct(s.upos, s.words) > 94.5);
    CHECK(tag_pct(s.xpos, s.words) > 94.0);
    CHECK(tag_pct(s.lemma, s.words) > 96.5);
    CHECK_INT(t->passes, 2);
    dyad_tagger_close(t);
}

/* From raw text: the dev text segmented by dyad, tagged, words aligned by
** span; floors under the recorded figures again. */
TEST(committed_model_on_raw_dev_text)
{
    if (!testing_have_shared()) SKIP("../shared absent");
    dyad_tagger *t = open_committed();
    if (!t) SKIP("models/tagger.bin absent");
    dyad_doc gold, sys;
    dyad_doc_init(&gold);
    dyad_doc_init(&sys);
    char *error = NULL;
    CHECK_INT(conllu_read_file(EWT "en_ewt-ud-dev.conllu", &gold, &error), DYAD_OK);
    free(error);
    CHECK_INT(dyad_doc_set_text(&sys, gold.text, gold.text_len), DYAD_OK);
    CHECK_INT(dyad_segment(&sys, NULL), DYAD_OK);
    CHECK_INT(dyad_tagger_tag(t, &sys), DYAD_OK);
    tag_aligned a = { 0 };
    tag_aligned_add(&a, &gold, &sys);
    CHECK(tag_f1(a.right.words, &a) > 98.0);
    CHECK(tag_f1(a.right.upos, &a) > 93.5);
    CHECK(tag_f1(a.right.lemma, &a) > 95.5);
    dyad_doc_free(&gold);
    dyad_doc_free(&sys);
    dyad_tagger_close(t);
}

/* ------------------------------------------------------------------ */
/* Bad model files                                                    */
/* ------------------------------------------------------------------ */

TEST(refuses_truncated_model)
{
    size_t n;
    unsigned char *d = read_file(COMMITTED, &n);
    if (!d) SKIP("models/tagger.bin absent");
    char path[128], err[256];
    path_in_tmp(path, sizeof path, "truncated.bin");
    CHECK_INT(write_file(path, d, n / 2), 0);
    dyad_tagger *t = (dyad_tagger *)1;
    CHECK_INT(dyad_tagger_open(&t, path, err, sizeof err), DYAD_EMODEL);
    CHECK(t == NULL);
    CHECK(strstr(err, "truncated") != NULL);
    CHECK_INT(write_file(path, d, 10), 0);
    CHECK_INT(dyad_tagger_open(&t, path, err, sizeof err), DYAD_EMODEL);
    /* One flipped byte: the checksum catches it. */
    d[n - 100] ^= 0x5a;
    CHECK_INT(write_file(path, d, n), 0);
    CHECK_INT(dyad_tagger_open(&t, path, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "corrupt") != NULL);
    free(d);
}

TEST(refuses_foreign_files)
{
    char path[128], err[256];
    dyad_tagger *t;
    path_in_tmp(path, sizeof path, "foreign.bin");
    static const char text[] = "this is not a model, just some words of text in a file, "
                               "long enough to have a header's worth of bytes\n";
    CHECK_INT(write_file(path, text, sizeof text - 1), 0);
    CHECK_INT(dyad_tagger_open(&t, path, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "not a dyad binary file") != NULL);
    /* A dyad file of another kind. */
    binfile_writer *w;
    CHECK_INT(binfile_writer_new(&w, "parser", 1), DYAD_OK);
    CHECK_INT(binfile_add(w, "meta", "x", 1), DYAD_OK);
    CHECK_INT(binfile_write(w, path, NULL, 0), DYAD_OK);
    binfile_writer_free(w);
    CHECK_INT(dyad_tagger_open(&t, path, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "not a tagger") != NULL);
    /* A tagger file without its tables. */
    CHECK_INT(binfile_writer_new(&w, TAGGER_KIND, TAGGER_VERSION), DYAD_OK);
    tg_meta m;
    memset(&m, 0, sizeof m);
    m.byte_order = TAGGER_BYTE_ORDER;
    m.n_labels = 3;
    CHECK_INT(binfile_add(w, "meta", &m, sizeof m), DYAD_OK);
    CHECK_INT(binfile_write(w, path, NULL, 0), DYAD_OK);
    binfile_writer_free(w);
    CHECK_INT(dyad_tagger_open(&t, path, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "bad tagger model") != NULL);
    CHECK_INT(dyad_tagger_open(&t, "/nonexistent/tagger.bin", err, sizeof err), DYAD_EIO);
    dyad_tagger_close(NULL);
}

/* Writes a copy of the committed model to path with section `name`
** replaced by data (size bytes), or left out when data is NULL; and the
** "wnclass" section left out too when drop_wnclass. */
static int copy_model2(const char *path, const char *name, const void *data, size_t size,
                       int drop_wnclass)
{
    static const char *const SECTIONS[] = {
        "meta", "info", "strings", "labels", "xpos", "fslots", "weights", "dense", "vslots",
        "words", "wentries", "scripts", "rslots", "xslots", "known", "wnclass", "wordwnc",
        "ownrows", "nearrows",
    };
    binfile bf;
    if (binfile_open(&bf, COMMITTED, TAGGER_KIND, TAGGER_VERSION, TAGGER_VERSION, NULL, 0)) return -1;
    binfile_writer *w;
    int rc = binfile_writer_new(&w, TAGGER_KIND, TAGGER_VERSION);
    for (size_t i = 0; !rc && i < sizeof SECTIONS / sizeof *SECTIONS; i++) {
        size_t n;
        const void *p = binfile_section(&bf, SECTIONS[i], &n);
        if (!strcmp(SECTIONS[i], name)) {
            p = data;
            n = size;
        }
        if (drop_wnclass && !strcmp(SECTIONS[i], "wnclass")) p = NULL;
        if (p) rc = binfile_add(w, SECTIONS[i], p, n);
    }
    if (!rc) rc = binfile_write(w, path, NULL, 0);
    binfile_writer_free(w);
    binfile_close(&bf);
    return rc;
}

static int copy_model(const char *path, const char *name, const void *data, size_t size)
{
    return copy_model2(path, name, data, size, 0);
}

/* The summed rows, the WordNet classes and the weight checks on loading. */
TEST(refuses_bad_tables)
{
    dyad_tagger *t = open_committed();
    if (!t) SKIP("models/tagger.bin absent");
    char path[128], err[256];
    path_in_tmp(path, sizeof path, "bad.bin");
    dyad_tagger *u;
    /* The committed model has WordNet's classes, for the vocabulary too. */
    CHECK(t->wnc.slots != NULL && t->word_wnc != NULL);
    /* Without them (an older model) it loads and tags. */
    CHECK_INT(copy_model(path, "wnclass", NULL, 0), 0);
    CHECK_INT(dyad_tagger_open(&u, path, err, sizeof err), DYAD_OK);
    if (u) {
        CHECK(u->wnc.slots == NULL && u->word_wnc == NULL);
        dyad_doc doc;
        dyad_doc_init(&doc);
        CHECK_INT(tag_text(u, "1\tTroops\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "2\tcrossed\t_\t_\t_\t_\t_\t_\t_\t_\n\n", &doc), DYAD_OK);
        CHECK(doc.n_tokens == 2 && doc.tokens[1].lemma && !strcmp(doc.tokens[1].lemma, "cross"));
        dyad_doc_free(&doc);
        dyad_tagger_close(u);
    }
    /* A class table whose size is no power of two. */
    uint32_t three[3] = { 0, 0, 0 };
    CHECK_INT(copy_model(path, "wnclass", three, sizeof three), 0);
    CHECK_INT(dyad_tagger_open(&u, path, err, sizeof err), DYAD_EMODEL);
    /* The vocabulary's classes, one short. */
    CHECK_INT(copy_model(path, "wordwnc", t->word_wnc, (t->meta->n_words - 1) * sizeof *t->word_wnc), 0);
    CHECK_INT(dyad_tagger_open(&u, path, err, sizeof err), DYAD_EMODEL);
    /* A dense row with a weight for a padding label, which could win. */
    uint32_t stride = TG_STRIDE(t->meta->n_labels);
    if (t->meta->n_dense && stride > t->meta->n_labels) {
        size_t n = (size_t)t->meta->n_dense * stride;
        int16_t *dense = malloc(n * sizeof *dense);
        CHECK(dense != NULL);
        if (dense) {
            memcpy(dense, t->dense, n * sizeof *dense);
            dense[stride - 1] = 5;
            CHECK_INT(copy_model(path, "dense", dense, n * sizeof *dense), 0);
            CHECK_INT(dyad_tagger_open(&u, path, err, sizeof err), DYAD_EMODEL);
            CHECK(strstr(err, "weight out of range") != NULL);
            /* A weight over this code's bound: refused in a model with
            ** WordNet classes, allowed in an older one (whose templates
            ** were fewer), refused past the older bound too. */
            dense[stride - 1] = 0;
            dense[0] = TG_WEIGHT_MAX + 1;
            CHECK_INT(copy_model(path, "dense", dense, n * sizeof *dense), 0);
            CHECK_INT(dyad_tagger_open(&u, path, err, sizeof err), DYAD_EMODEL);
            CHECK_INT(copy_model2(path, "dense", dense, n * sizeof *dense, 1), 0);
            CHECK_INT(dyad_tagger_open(&u, path, err, sizeof err), DYAD_OK);
            dyad_tagger_close(u);
            dense[0] = TG_WEIGHT_MAX_V0 + 1;
            CHECK_INT(copy_model2(path, "dense", dense, n * sizeof *dense, 1), 0);
            CHECK_INT(dyad_tagger_open(&u, path, err, sizeof err), DYAD_EMODEL);
            free(dense);
        }
    }
    dyad_tagger_close(t);
}

/* The XPOS and lemma columns of a tagged doc, joined. */
static void columns(const dyad_doc *doc, char *buf, size_t n)
{
    size_t at = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < doc->n_tokens && at < n; i++)
        at += (size_t)snprintf(buf + at, n - at, "%s/%s ", doc->tokens[i].xpos ? doc->tokens[i].xpos : "-",
                               doc->tokens[i].lemma ? doc->tokens[i].lemma : "-");
}

/* Tags the same words with the models at paths a and b; true when the
** tags and lemmas are the same. */
static int same_tags(const char *a, const char *b)
{
    static const char words[] =
        "1\tRebels\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tshelled\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tblockaded\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\tport\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "6\ton\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "7\tThursday\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "8\t,\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "9\tofficials\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "10\tsaid\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "11\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    char cols[2][1024];
    const char *paths[2] = { a, b };
    for (int k = 0; k < 2; k++) {
        dyad_tagger *t;
        char err[256];
        if (dyad_tagger_open(&t, paths[k], err, sizeof err)) return 0;
        dyad_doc doc;
        dyad_doc_init(&doc);
        int rc = tag_text(t, words, &doc);
        columns(&doc, cols[k], sizeof cols[k]);
        dyad_doc_free(&doc);
        dyad_tagger_close(t);
        if (rc) return 0;
    }
    return strcmp(cols[0], cols[1]) == 0 && strstr(cols[0], "VBD/shell ") != NULL;
}

/* Copies the model at `from` to `to` without section `drop` (may be
** NULL) and with section `name`'s bytes replaced by data (when not NULL). */
static int rewrite_model(const char *from, const char *to, const char *drop,
                         const char *name, const void *data)
{
    binfile bf;
    if (binfile_open(&bf, from, TAGGER_KIND, TAGGER_VERSION, TAGGER_VERSION, NULL, 0)) return -1;
    binfile_writer *w;
    int rc = binfile_writer_new(&w, TAGGER_KIND, TAGGER_VERSION);
    char section[BINFILE_NAME_MAX + 1];
    size_t size;
    const void *p;
    for (uint32_t i = 0; !rc && (p = binfile_section_at(&bf, i, section, &size)); i++) {
        if (drop && !strcmp(section, drop)) continue;
        rc = binfile_add(w, section, name && data && !strcmp(section, name) ? data : p, size);
    }
    if (!rc) rc = binfile_write(w, to, NULL, 0);
    binfile_writer_free(w);
    binfile_close(&bf);
    return rc;
}

/* The vocabulary's rows written into the model ("ownrows", "nearrows")
** or found on loading give the same tags; bad ones are refused. */
TEST(word_rows_sections)
{
    dyad_tagger *t = open_committed();
    if (!t) SKIP("models/tagger.bin absent");
    char conv[128], plain[128], bad[128], err[256];
    path_in_tmp(conv, sizeof conv, "conv.bin");
    path_in_tmp(plain, sizeof plain, "plain.bin");
    path_in_tmp(bad, sizeof bad, "badrows.bin");
    CHECK_INT(tagger_add_word_rows(COMMITTED, conv, err, sizeof err), DYAD_OK);
    /* Without the sections (an older model): the loader finds the rows. */
    CHECK_INT(rewrite_model(conv, bad, "ownrows", NULL, NULL), 0);
    CHECK_INT(rewrite_model(bad, plain, "nearrows", NULL, NULL), 0);
    dyad_tagger *u;
    CHECK_INT(dyad_tagger_open(&u, conv, err, sizeof err), DYAD_OK);
    if (u) {
        CHECK(u->near_heap == NULL);         /* the model's own rows, in place */
        dyad_tagger_close(u);
    }
    CHECK_INT(dyad_tagger_open(&u, plain, err, sizeof err), DYAD_OK);
    if (u) {
        CHECK(u->near_heap != NULL);
        dyad_tagger_close(u);
    }
    CHECK(same_tags(conv, plain));
    CHECK(same_tags(COMMITTED, conv));
    /* Converting the older model again gives the same file. */
    path_in_tmp(bad, sizeof bad, "conv2.bin");
    CHECK_INT(tagger_add_word_rows(plain, bad, err, sizeof err), DYAD_OK);
    size_t n1 = 0, n2 = 0;
    unsigned char *f1 = read_file(conv, &n1), *f2 = read_file(bad, &n2);
    CHECK(f1 && f2 && n1 == n2 && memcmp(f1, f2, n1) == 0);
    free(f1);
    free(f2);
    /* One section without the other. */
    path_in_tmp(bad, sizeof bad, "badrows.bin");
    CHECK_INT(rewrite_model(conv, bad, "nearrows", NULL, NULL), 0);
    CHECK_INT(dyad_tagger_open(&u, bad, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "wrong size") != NULL);
    /* Rows past the sparse rows, past the dense ones. */
    size_t own_n = (size_t)t->meta->n_words * FEAT_OWN_MAX;
    uint32_t *own = calloc(own_n, sizeof *own);
    if (own) {
        for (size_t i = 0; i < own_n; i++) own[i] = TAGGER_EMPTY;
        own[5] = t->meta->n_weights;
        CHECK_INT(rewrite_model(conv, bad, NULL, "ownrows", own), 0);
        CHECK_INT(dyad_tagger_open(&u, bad, err, sizeof err), DYAD_EMODEL);
        CHECK(strstr(err, "vocabulary row out of range") != NULL);
        own[5] = TG_DENSE | t->meta->n_dense;
        CHECK_INT(rewrite_model(conv, bad, NULL, "ownrows", own), 0);
        CHECK_INT(dyad_tagger_open(&u, bad, err, sizeof err), DYAD_EMODEL);
        own[5] = TAGGER_EMPTY;               /* all empty: in range, loads */
        CHECK_INT(rewrite_model(conv, bad, NULL, "ownrows", own), 0);
        CHECK_INT(dyad_tagger_open(&u, bad, err, sizeof err), DYAD_OK);
        dyad_tagger_close(u);
        free(own);
    }
    dyad_tagger_close(t);
}

/* ------------------------------------------------------------------ */
/* Threads                                                            */
/* ------------------------------------------------------------------ */

typedef struct job {
    const dyad_tagger *t;
    const char *path;
    int rc;
    char tags[4096];         /* the XPOS column, joined */
} job;

static void *run_job(void *arg)
{
    job *j = arg;
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *error = NULL;
    j->rc = conllu_read_file(j->path, &doc, &error);
    free(error);
    for (int pass = 0; j->rc == DYAD_OK && pass < 50; pass++) j->rc = dyad_tagger_tag(j->t, &doc);
    j->tags[0] = '\0';
    for (size_t i = 0; i < doc.n_tokens && strlen(j->tags) + 16 < sizeof j->tags; i++) {
        strcat(j->tags, doc.tokens[i].xpos);
        strcat(j->tags, doc.tokens[i].lemma);
    }
    dyad_doc_free(&doc);
    return NULL;
}

TEST(threads_share_a_model)
{
    dyad_tagger *t = open_committed();
    if (!t) SKIP("models/tagger.bin absent");
    char path[128];
    path_in_tmp(path, sizeof path, "threads.conllu");
    CHECK_INT(write_file(path, SMALL, sizeof SMALL - 1), 0);
    job one = { t, path, 0, "" }, jobs[4];
    run_job(&one);
    CHECK_INT(one.rc, DYAD_OK);
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = one;
        pthread_create(&th[i], NULL, run_job, &jobs[i]);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(jobs[i].rc, DYAD_OK);
        CHECK_STR(jobs[i].tags, one.tags);
    }
    dyad_tagger_close(t);
}

/* ------------------------------------------------------------------ */
/* The CoNLL-U writer                                                 */
/* ------------------------------------------------------------------ */

TEST(conllu_writer_round_trip)
{
    char in[128], out[128];
    path_in_tmp(in, sizeof in, "rt_in.conllu");
    path_in_tmp(out, sizeof out, "rt_out.conllu");
    static const char doc_text[] = "# newdoc id = story-1\n";
    char *both = malloc(sizeof doc_text + sizeof SMALL);
    strcpy(both, doc_text);
    strcat(both, SMALL);
    CHECK_INT(write_file(in, both, strlen(both)), 0);
    free(both);
    dyad_doc a, b;
    dyad_doc_init(&a);
    dyad_doc_init(&b);
    char *error = NULL;
    CHECK_INT(conllu_read_file(in, &a, &error), DYAD_OK);
    FILE *f = fopen(out, "wb");
    CHECK_INT(conllu_write_doc(f, &a), DYAD_OK);
    fclose(f);
    size_t n;
    char *written = (char *)read_file(out, &n);
    written = realloc(written, n + 1);
    written[n] = '\0';
    CHECK(strstr(written, "# newdoc id = story-1\n") != NULL);
    CHECK(strstr(written, "# sent_id = story-1-3\n") != NULL);
    CHECK(strstr(written, "# text = We don't hike in winter.\n") != NULL);
    CHECK(strstr(written, "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n") != NULL);
    CHECK(strstr(written, "3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_\n") != NULL);
    CHECK(strstr(written, "5\thikers\thiker\tNOUN\tNNS\tNumber=Plur\t3\tobj\t_\tSpaceAfter=No\n") != NULL);
    free(written);
    CHECK_INT(conllu_read_file(out, &b, &error), DYAD_OK);
    CHECK_INT(b.n_tokens, a.n_tokens);
    CHECK_INT(b.n_sents, a.n_sents);
    CHECK(b.text_len == a.text_len && memcmp(a.text, b.text, a.text_len) == 0);
    for (size_t i = 0; i < a.n_tokens && i < b.n_tokens; i++) {
        CHECK_STR(b.tokens[i].form, a.tokens[i].form);
        CHECK_STR(b.tokens[i].lemma, a.tokens[i].lemma);
        CHECK_STR(b.tokens[i].xpos, a.tokens[i].xpos);
        CHECK_INT(b.tokens[i].mwt, a.tokens[i].mwt);
        CHECK_INT(b.tokens[i].space_after, a.tokens[i].space_after);
        CHECK_INT(b.tokens[i].head, a.tokens[i].head);
    }
    dyad_doc_free(&a);
    dyad_doc_free(&b);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad-test-tagger-XXXXXX");
    if (!mkdtemp(tmpdir)) return 1;
    RUN(trains_on_a_small_corpus_without_shared);
    RUN(trains_on_a_treebank_slice);
    RUN(one_and_two_pass_models);
    RUN(raw_text_alignment);
    RUN(training_errors);
    RUN(committed_model_tags_news);
    RUN(committed_model_lemma_rules);
    RUN(committed_model_on_dev);
    RUN(committed_model_on_raw_dev_text);
    RUN(refuses_truncated_model);
    RUN(refuses_foreign_files);
    RUN(refuses_bad_tables);
    RUN(word_rows_sections);
    RUN(threads_share_a_model);
    RUN(conllu_writer_round_trip);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
