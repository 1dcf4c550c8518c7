/*
** test_parse_eval.c — UAS, LAS (full and universal) and CLAS.
*/
#include <stdio.h>
#include <string.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/parse_eval.h"
#include "text/conllu_read.h"

/* Reads CoNLL-U rows into doc. */
static int read_rows(const char *rows, dyad_doc *doc)
{
    FILE *f = fmemopen((void *)rows, strlen(rows), "r");
    conllu_reader *r = NULL;
    int rc = f ? conllu_reader_open(&r, f, "rows") : DYAD_EIO;
    if (rc == DYAD_OK) rc = conllu_reader_next(r, doc, 0);
    conllu_reader_close(r);
    if (f) fclose(f);
    return rc;
}

/* Gold splits "don't" into two words; the system keeps it whole, so three
** of five gold words align with three of four system words. */
static const char gold_rows[] =
    "1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
    "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
static const char system_rows[] =
    "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\tdon't\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "3\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "5\tGo\tgo\tVERB\tVB\t_\t3\tparataxis\t_\tSpaceAfter=No\n"
    "6\t!\t!\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(aligned_by_span)
{
    dyad_doc gold, sys;
    dyad_doc_init(&gold);
    dyad_doc_init(&sys);
    CHECK_INT(read_rows(gold_rows, &gold), DYAD_OK);
    CHECK_INT(read_rows(system_rows, &sys), DYAD_OK);
    CHECK_STR(sys.text, gold.text);
    parse_aligned a = { 0 };
    CHECK_INT(parse_aligned_add(&a, &gold, &sys), DYAD_OK);
    CHECK_INT(a.gold, 7);
    CHECK_INT(a.system, 6);
    CHECK_INT(a.aligned, 5);              /* all but do, n't / don't */
    /* We, know, . and ! have the right head; "Go" is the root in gold but
    ** hangs off "know" in the system's one sentence. */
    CHECK_INT(a.head_ok, 4);
    CHECK_INT(a.label_ok, 3);             /* nsubj:pass is not nsubj */
    CHECK_INT(a.universal_ok, 4);
    CHECK_INT(a.gold_content, 4);         /* We, n't, know, Go */
    CHECK_INT(a.system_content, 3);       /* We, know, Go (don't is aux) */
    CHECK_INT(a.content_ok, 1);           /* know */
    CHECK(parse_f1(a.head_ok, a.gold, a.system) > 61.5 && parse_f1(a.head_ok, a.gold, a.system) < 61.6);
    CHECK(parse_f1(0, 0, 0) == 0.0);
    dyad_doc_free(&gold);
    dyad_doc_free(&sys);
}

TEST(scores)
{
    dyad_token gold[4] = {
        { .head = 2, .deprel = "det" },
        { .head = 3, .deprel = "nsubj:pass" },
        { .head = 0, .deprel = "root" },
        { .head = 3, .deprel = "punct" },
    };
    dyad_token pred[4] = {
        { .head = 2, .deprel = "det" },        /* right */
        { .head = 3, .deprel = "nsubj" },      /* right head, subtype lost */
        { .head = 0, .deprel = "root" },       /* right */
        { .head = 2, .deprel = "punct" },      /* wrong head */
    };
    parse_score sc = { 0 };
    parse_eval_sentence(&sc, gold, pred, 4);
    CHECK_INT(sc.words, 4);
    CHECK(parse_uas(&sc) == 75.0);
    CHECK(parse_las(&sc) == 50.0);
    CHECK(parse_las_universal(&sc) == 75.0);
    /* content words: nsubj:pass and root (det and punct are function) */
    CHECK_INT(sc.content, 2);
    CHECK(parse_clas(&sc) == 50.0);
    parse_score empty = { 0 };
    CHECK(parse_uas(&empty) == 0.0 && parse_clas(&empty) == 0.0);
}

int main(void)
{
    RUN(scores);
    RUN(aligned_by_span);
    return TEST_DONE();
}
