/*
** test_parser_dense.c — a model whose long weight runs were made dense
** rows parses exactly as the model it came from, greedily and with its
** beam, and is never written back.
*/
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/parser.h"
#include "nlp/parser_dense.h"
#include "nlp/parser_train.h"
#include "text/conllu_read.h"

static char dir[] = "/tmp/dyad-test-dense-XXXXXX";
static char bank_path[128];

/* "Chile warned Peru .", "The envoy met the council in Lima ." and the
** like, in every combination. */
static void write_bank(void)
{
    static const char *names[] = { "Chile", "Peru", "Bolivia", "Ecuador" };
    static const char *verbs[] = { "warned", "met", "thanked", "accused" };
    FILE *f = fopen(bank_path, "w");
    for (int a = 0; a < 4; a++)
        for (int v = 0; v < 4; v++) {
            int b = (a + v + 1) % 4;
            fprintf(f, "1\t%s\t%s\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n", names[a], names[a]);
            fprintf(f, "2\t%s\t%s\tVERB\tVBD\t_\t0\troot\t_\t_\n", verbs[v], verbs[v]);
            fprintf(f, "3\t%s\t%s\tPROPN\tNNP\t_\t2\tobj\t_\t_\n", names[b], names[b]);
            if (v % 2) {
                fprintf(f, "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n");
                fprintf(f, "5\tLima\tLima\tPROPN\tNNP\t_\t2\tobl\t_\t_\n");
                fprintf(f, "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
            } else {
                fprintf(f, "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
            }
        }
    fclose(f);
}

/* Parses every sentence of doc with m into heads[] and labels[]. */
static void parse_all(const parser_model *m, dyad_doc *doc, int32_t *heads, const char **labels)
{
    parser_scratch sc = { 0 };
    for (size_t s = 0; s < doc->n_sents; s++)
        CHECK_INT(parser_model_parse_sentence(m, &sc, doc, s), DYAD_OK);
    for (size_t i = 0; i < doc->n_tokens; i++) {
        heads[i] = doc->tokens[i].head;
        labels[i] = doc->tokens[i].deprel;
    }
    parser_scratch_free(&sc);
}

TEST(dense_rows_parse_as_the_runs)
{
    dyad_doc bank;
    dyad_doc_init(&bank);
    char *error = NULL;
    CHECK_INT(conllu_read_file(bank_path, &bank, &error), DYAD_OK);
    free(error);
    parser_train_options o = { .train = &bank, .dev = &bank, .epochs = 4, .seed = 2, .beam = 4 };
    parser_trained *t = NULL;
    char err[256];
    CHECK_INT(parser_train(&o, &t, err, sizeof err), DYAD_OK);
    if (!t) { dyad_doc_free(&bank); return; }
    size_t n = bank.n_tokens;
    int32_t *want = malloc(n * sizeof *want), *got = malloc(n * sizeof *got);
    const char **want_l = malloc(n * sizeof *want_l), **got_l = malloc(n * sizeof *got_l);
    for (uint32_t beam = 1; beam <= 4; beam += 3) {
        parser_model m = t->model;
        m.beam = beam;
        parse_all(&m, &bank, want, want_l);
        /* every run a row (min 1), then only the longer ones */
        for (uint32_t min_run = 1; min_run <= 3; min_run += 2) {
            parser_model dm = m;
            parser_dense d;
            CHECK_INT(parser_dense_build(&d, &dm, min_run), DYAD_OK);
            if (min_run == 1) CHECK(d.n_rows > 0 && dm.dense_rows != NULL);
            parse_all(&dm, &bank, got, got_l);
            int same = 1;
            for (size_t i = 0; i < n; i++) same &= want[i] == got[i] && want_l[i] == got_l[i];
            CHECK(same);
            char path[160];
            snprintf(path, sizeof path, "%s/dense.bin", dir);
            if (dm.dense_rows) CHECK_INT(parser_model_write(&dm, path, err, sizeof err), DYAD_EINVAL);
            parser_dense_free(&d);
        }
    }
    /* no run that long: nothing changes */
    parser_model m = t->model;
    parser_dense d;
    CHECK_INT(parser_dense_build(&d, &m, 100000), DYAD_OK);
    CHECK(m.dense_rows == NULL && m.slots == t->model.slots && d.n_rows == 0);
    parser_dense_free(&d);
    free(want); free(got); free(want_l); free(got_l);
    parser_trained_free(t);
    dyad_doc_free(&bank);
}

int main(void)
{
    if (!mkdtemp(dir)) return 1;
    snprintf(bank_path, sizeof bank_path, "%s/bank.conllu", dir);
    write_bank();
    RUN(dense_rows_parse_as_the_runs);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
    return TEST_DONE();
}
