/*
** test_conllu_read.c — the CoNLL-U reader: text rebuilt with offsets,
** multiword tokens, columns, malformed input.
*/
#include <stdlib.h>
#include "testing.h"
#include "text/conllu_read.h"

static const char *sample =
    "# newdoc id = d1\n"
    "# sent_id = 1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

static FILE *from_string(const char *s)
{
    FILE *f = tmpfile();
    fputs(s, f);
    rewind(f);
    return f;
}

TEST(rebuilds_text_and_offsets)
{
    FILE *f = from_string(sample);
    conllu_reader *r;
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(conllu_reader_open(&r, f, "sample"), DYAD_OK);
    CHECK_INT(conllu_reader_next(r, &doc, 0), DYAD_OK);
    CHECK_STR(doc.text, "I don't know.\n\nYes");
    CHECK_STR(doc.id, "d1");
    CHECK_INT(doc.n_sents, 2);
    CHECK_INT(doc.n_tokens, 6);
    CHECK_INT(doc.tokens[1].mwt, 2);
    CHECK_INT(doc.tokens[2].in_mwt, 1);
    CHECK_INT(doc.tokens[1].start, 2);
    CHECK_INT(doc.tokens[2].end, 7);
    CHECK_STR(doc.tokens[2].form, "n't");
    CHECK_STR(doc.tokens[2].lemma, "not");
    CHECK_INT(doc.tokens[3].head, 0);
    CHECK_STR(doc.tokens[3].deprel, "root");
    CHECK(doc.tokens[0].feats == NULL);
    CHECK_INT(doc.sents[1].new_paragraph, 1);
    CHECK_INT(doc.sents[0].end, 13);
    CHECK_INT(conllu_reader_next(r, &doc, 0), DYAD_DONE);
    conllu_reader_close(r);
    dyad_doc_free(&doc);
    fclose(f);
}

TEST(malformed_sentence_is_reported_and_skipped)
{
    FILE *f = from_string("1\tA\ta\tDET\tDT\t_\t0\troot\t_\n\n"
                          "1\tB\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n\n");
    conllu_reader *r;
    dyad_doc doc;
    dyad_doc_init(&doc);
    conllu_reader_open(&r, f, "bad.conllu");
    CHECK_INT(conllu_reader_next(r, &doc, 0), DYAD_EFORMAT);
    CHECK(strstr(conllu_reader_error(r), "bad.conllu:1:") != NULL);
    CHECK_INT(conllu_reader_next(r, &doc, 0), DYAD_OK);
    CHECK_INT(doc.n_tokens, 1);
    CHECK_STR(doc.tokens[0].form, "B");
    conllu_reader_close(r);
    dyad_doc_free(&doc);
    fclose(f);
}

TEST(head_out_of_range)
{
    FILE *f = from_string("1\tA\ta\tDET\tDT\t_\t7\tdet\t_\t_\n\n");
    conllu_reader *r;
    dyad_doc doc;
    dyad_doc_init(&doc);
    conllu_reader_open(&r, f, "x");
    CHECK_INT(conllu_reader_next(r, &doc, 0), DYAD_EFORMAT);
    CHECK(strstr(conllu_reader_error(r), "beyond") != NULL);
    conllu_reader_close(r);
    dyad_doc_free(&doc);
    fclose(f);
}

TEST(reads_treebank)
{
    if (!testing_have_shared()) SKIP("../shared absent");
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *err = NULL;
    int rc = conllu_read_file("../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu", &doc, &err);
    CHECK_INT(rc, DYAD_OK);
    if (err) fprintf(stderr, "%s\n", err);
    free(err);
    CHECK_INT(doc.n_sents, 2001);
    /* every word's span lies inside the text */
    int inside = 1;
    for (size_t i = 0; i < doc.n_tokens; i++)
        if (doc.tokens[i].end > doc.text_len || doc.tokens[i].start > doc.tokens[i].end) inside = 0;
    CHECK(inside);
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(rebuilds_text_and_offsets);
    RUN(malformed_sentence_is_reported_and_skipped);
    RUN(head_out_of_range);
    RUN(reads_treebank);
    return TEST_DONE();
}
