/*
** test_conllu_write.c — CoNLL-U out: comments, columns, multiword tokens,
** SpaceAfter=No, and a read → write → read → write round trip.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "out/conllu_write.h"
#include "text/conllu_read.h"

static const char sample[] =
    "# newdoc id = d7\n"
    "# sent_id = d7-1\n"
    "# text = We don't know.\n"
    "1\tWe\twe\tPRON\tPRP\tCase=Nom\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = d7-2\n"
    "# text = Go(now)\n"
    "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t(\t(\tPUNCT\t-LRB-\t_\t3\tpunct\t_\tSpaceAfter=No\n"
    "3\tnow\tnow\tADV\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No\n"
    "4\t)\t)\tPUNCT\t-RRB-\t_\t3\tpunct\t_\t_\n"
    "\n";

static char *write_to_string(const dyad_doc *doc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK_INT(conllu_write_doc(f, doc), DYAD_OK);
    fclose(f);
    return buf;
}

static int read_string(const char *text, dyad_doc *doc)
{
    char path[] = "/tmp/dyad-test-conllu-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    char *error = NULL;
    int rc = conllu_read_file(path, doc, &error);
    free(error);
    unlink(path);
    return rc;
}

TEST(writes_what_it_read)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(read_string(sample, &doc), DYAD_OK);
    char *out = write_to_string(&doc);
    CHECK_STR(out, sample);
    if (out && strcmp(out, sample)) fprintf(stderr, "got:\n%s", out);
    dyad_doc again;
    dyad_doc_init(&again);
    CHECK_INT(read_string(out, &again), DYAD_OK);
    char *out2 = write_to_string(&again);
    CHECK_STR(out2, out);
    free(out);
    free(out2);
    dyad_doc_free(&doc);
    dyad_doc_free(&again);
}

TEST(unknown_fields_are_underscores)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    CHECK_INT(read_string("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n", &doc), DYAD_OK);
    char *out = write_to_string(&doc);
    CHECK(strstr(out, "# newdoc id = doc\n") != NULL);
    CHECK(strstr(out, "# sent_id = doc-1\n# text = Hi\n") != NULL);
    CHECK(strstr(out, "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n") != NULL);
    free(out);
    dyad_doc_free(&doc);
}

TEST(empty_doc)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *out = write_to_string(&doc);
    CHECK_STR(out, "# newdoc id = doc\n");
    free(out);
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(writes_what_it_read);
    RUN(unknown_fields_are_underscores);
    RUN(empty_doc);
    return TEST_DONE();
}
