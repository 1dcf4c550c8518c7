/*
** test_pattern.c — event patterns: the grammar (and its errors), the head
** index, and matching against UD trees written by hand in CoNLL-U.
*/
#include <stdlib.h>
#include "testing.h"
#include "code_helpers.h"
#include "code/pattern.h"
#include "text/conllu_read.h"

/* Parses one hand-written sentence and builds its tree. */
static void load_tree(dyad_doc *doc, sentence_tree *tree, const char *rows)
{
    dyad_doc_free(doc);
    rows_to_doc(rows, doc);
    CHECK_INT(doc->n_sents, 1);
    CHECK_INT(sentence_tree_build(tree, doc, 0), DYAD_OK);
}

/* "The EU imposed sanctions on Venezuela ." */
static const char *IMPOSE =
    "The the DET 2 det; EU EU PROPN 3 nsubj; imposed impose VERB 0 root; "
    "sanctions sanction NOUN 3 obj; on on ADP 6 case; Venezuela Venezuela PROPN 3 obl; . . PUNCT 3 punct";

TEST(grammar)
{
    pattern_set set;
    pattern_set_init(&set);
    char err[256];
    CHECK_INT(pattern_set_add(&set, "163", "impose obj=sanction|embargo obl:on@T", "v.tsv", 3, err, sizeof err), DYAD_OK);
    CHECK_INT(set.n, 1);
    CHECK_INT(set.patterns[0].n_cons, 2);
    CHECK_INT(set.patterns[0].specificity, 4);
    CHECK_INT(pattern_set_add(&set, "1311", "threaten xcomp>impose[obj=sanction obl:on@T]", "v.tsv", 4, err, sizeof err), DYAD_OK);
    CHECK_INT(set.n, 3);                     /* the clause is a pattern of its own */
    CHECK_INT(set.patterns[1].parent, 2);
    CHECK_INT(pattern_set_add(&set, "195", "strike/N compound=air nmod:on@T amod@S", "v.tsv", 5, err, sizeof err), DYAD_OK);
    CHECK_INT(set.patterns[3].noun, 1);
    CHECK_INT(pattern_set_add(&set, "043", "criticize|criticise !obj", "v.tsv", 6, err, sizeof err), DYAD_OK);
    CHECK_INT(pattern_set_add(&set, "1", "x obj", "v.tsv", 7, err, sizeof err), DYAD_EFORMAT);
    CHECK(strstr(err, "not a CAMEO code") != NULL);
    CHECK_INT(pattern_set_add(&set, "111", "blame objx@T", "v.tsv", 8, err, sizeof err), DYAD_EFORMAT);
    CHECK(strstr(err, "unknown relation 'objx'") != NULL);
    CHECK_INT(pattern_set_add(&set, "111", "blame obj@X", "v.tsv", 9, err, sizeof err), DYAD_EFORMAT);
    CHECK_INT(pattern_set_add(&set, "111", "blame xcomp>go[obj", "v.tsv", 10, err, sizeof err), DYAD_EFORMAT);
    CHECK(strstr(err, "missing ']'") != NULL);
    CHECK_INT(pattern_set_add(&set, "111", "", "v.tsv", 11, err, sizeof err), DYAD_EFORMAT);
    CHECK_INT(set.n, 5);                     /* failed lines leave nothing behind */
    pattern_set_free(&set);
}

TEST(index_orders_by_specificity)
{
    pattern_set set;
    pattern_set_init(&set);
    pattern_set_add(&set, "010", "impose", "v", 1, NULL, 0);
    pattern_set_add(&set, "163", "impose obj=sanction obl:on@T", "v", 2, NULL, 0);
    pattern_set_add(&set, "172", "impose obj=curfew", "v", 3, NULL, 0);
    pattern_set_add(&set, "042", "visit obj@T", "v", 4, NULL, 0);
    CHECK_INT(pattern_set_index(&set), DYAD_OK);
    size_t first, n = pattern_set_lookup(&set, "impose", &first);
    CHECK_INT(n, 3);
    CHECK_STR(set.patterns[set.index[first].pattern].code, "163");
    CHECK_STR(set.patterns[set.index[first + 2].pattern].code, "010");
    CHECK_INT(pattern_set_lookup(&set, "accuse", &first), 0);
    /* the hash and the bisection agree on every head */
    const char *heads[] = { "impose", "visit", "accuse", "" };
    for (size_t h = 0; h < 4; h++) {
        size_t f1, f2;
        size_t n1 = pattern_set_lookup(&set, heads[h], &f1), n2 = pattern_set_lookup_sorted(&set, heads[h], &f2);
        CHECK_INT(n1, n2);
        if (n1) CHECK_INT(f1, f2);
    }
    pattern_set_free(&set);
}

TEST(matching_objects_and_prepositions)
{
    pattern_set set;
    pattern_set_init(&set);
    pattern_set_add(&set, "163", "impose obj=sanction|embargo obl:on@T", "v", 1, NULL, 0);
    pattern_set_add(&set, "172", "impose obj=curfew", "v", 2, NULL, 0);
    pattern_set_add(&set, "010", "impose !obj", "v", 3, NULL, 0);
    pattern_set_add(&set, "1041", "demand obj=resignation nmod:poss@T", "v", 4, NULL, 0);
    pattern_set_add(&set, "194", "fire obj~=artillery", "v", 5, NULL, 0);
    pattern_set_add(&set, "194", "fire obj=artillery", "v", 6, NULL, 0);
    pattern_set_add(&set, "0842", "return obj=body obl:to@T", "v", 7, NULL, 0);
    pattern_set_add(&set, "020", "seek obj obl:from@T", "v", 8, NULL, 0);
    pattern_set_add(&set, "183", "plant obj=IED|mine obl:in@T", "v", 9, NULL, 0);
    dyad_doc doc;
    dyad_doc_init(&doc);
    sentence_tree tree = { 0 };
    load_tree(&doc, &tree, IMPOSE);
    pattern_match m;
    CHECK(pattern_try(&set, &set.patterns[0], &tree, 2, &m));
    CHECK_INT(m.target, 5);
    CHECK_INT(m.source, -1);
    CHECK(!pattern_try(&set, &set.patterns[1], &tree, 2, &m));   /* curfew is not sanction */
    CHECK(!pattern_try(&set, &set.patterns[2], &tree, 2, &m));   /* it has an object */
    CHECK(!pattern_try(&set, &set.patterns[0], &tree, 1, &m));   /* EU is not a verb */
    /* "Sanctions on Iran were imposed": the passive's subject is the
    ** object, and its "on" phrase the verb's */
    load_tree(&doc, &tree, "Sanctions sanction NOUN 5 nsubj:pass; on on ADP 3 case; Iran Iran PROPN 1 nmod; "
                           "were be AUX 5 aux:pass; imposed impose VERB 0 root; . . PUNCT 5 punct");
    CHECK(pattern_try(&set, &set.patterns[0], &tree, 4, &m));
    CHECK_INT(m.target, 2);
    /* a verb's nmod constraint is on its object: "demanded his
    ** resignation" */
    load_tree(&doc, &tree, "They they PRON 2 nsubj; demanded demand VERB 0 root; his he PRON 4 nmod:poss; "
                           "resignation resignation NOUN 2 obj; . . PUNCT 2 punct");
    CHECK(pattern_try(&set, &set.patterns[3], &tree, 1, &m));
    CHECK_INT(m.target, 2);
    /* "~=": the lemma may be a noun modifier of the dependent */
    load_tree(&doc, &tree, "They they PRON 2 nsubj; fired fire VERB 0 root; two two NUM 5 nummod; "
                           "artillery artillery NOUN 5 compound; shells shell NOUN 2 obj; . . PUNCT 2 punct");
    CHECK(pattern_try(&set, &set.patterns[4], &tree, 1, &m));
    CHECK(!pattern_try(&set, &set.patterns[5], &tree, 1, &m));
    char shown[128];
    pattern_format(&set, &set.patterns[4], shown, sizeof shown);
    CHECK_STR(shown, "fire obj~=artillery");
    /* "upon" is "on" */
    load_tree(&doc, &tree, "The the DET 2 det; EU EU PROPN 3 nsubj; imposed impose VERB 0 root; "
                           "sanctions sanction NOUN 3 obj; upon upon ADP 6 case; Iran Iran PROPN 3 obl; . . PUNCT 3 punct");
    CHECK(pattern_try(&set, &set.patterns[0], &tree, 2, &m));
    CHECK_INT(m.target, 5);
    /* "The EU imposed yesterday": a day parsed as the object is none */
    load_tree(&doc, &tree, "The the DET 2 det; EU EU PROPN 3 nsubj; imposed impose VERB 0 root; "
                           "yesterday yesterday NOUN 3 obj; . . PUNCT 3 punct");
    CHECK(pattern_try(&set, &set.patterns[2], &tree, 2, &m));
    CHECK(tree_time_word(&tree, 3));
    CHECK(!tree_time_word(&tree, 1));
    /* a recipient hung on the object's "of" complement: "returned the
    ** bodies of soldiers to Kyiv" */
    load_tree(&doc, &tree, "They they PRON 2 nsubj; returned return VERB 0 root; the the DET 4 det; "
                           "bodies body NOUN 2 obj; of of ADP 6 case; soldiers soldier NOUN 4 nmod; "
                           "to to ADP 8 case; Kyiv Kyiv PROPN 6 nmod; . . PUNCT 2 punct");
    CHECK(pattern_try(&set, &set.patterns[6], &tree, 1, &m));
    CHECK_INT(m.target, 7);
    /* ... but not where a thing runs from: "sought the construction of a
    ** pipeline from Iran" */
    load_tree(&doc, &tree, "They they PRON 2 nsubj; sought seek VERB 0 root; the the DET 4 det; "
                           "construction construction NOUN 2 obj; of of ADP 6 case; pipeline pipeline NOUN 4 nmod; "
                           "from from ADP 8 case; Iran Iran PROPN 6 nmod; . . PUNCT 2 punct");
    CHECK(!pattern_try(&set, &set.patterns[7], &tree, 1, &m));
    /* a constraint's word matches whatever its case: an acronym's lemma
    ** keeps its capitals, and the pattern's words are stored lower-cased */
    load_tree(&doc, &tree, "Rebels rebel NOUN 2 nsubj; planted plant VERB 0 root; an a DET 4 det; "
                           "IED IED NOUN 2 obj; in in ADP 6 case; Tarsk Tarsk PROPN 2 obl; . . PUNCT 2 punct");
    CHECK(pattern_try(&set, &set.patterns[8], &tree, 1, &m));
    CHECK_INT(m.target, 5);
    sentence_tree_free(&tree);
    dyad_doc_free(&doc);
    pattern_set_free(&set);
}

static void pattern_add_one(pattern_set *set, const char *code, const char *text)
{
    CHECK_INT(pattern_set_add(set, code, text, "v", 9, NULL, 0), DYAD_OK);
}

/* Patterns 3-6: a nested pattern on the object, on a head of its own. */
static void pattern_add_nested(pattern_set *set)
{
    pattern_add_one(set, "072", "send obj>chart|map[amod=naval]");
    pattern_add_one(set, "064", "send obj>chart|map[amod=secret]");
}

TEST(matching_clauses_and_nouns)
{
    pattern_set set;
    pattern_set_init(&set);
    pattern_set_add(&set, "1312", "threaten xcomp>impose[obj=sanction]", "v", 1, NULL, 0);
    pattern_set_add(&set, "195", "strike/N compound=air amod@S nmod:on@T", "v", 2, NULL, 0);
    dyad_doc doc;
    dyad_doc_init(&doc);
    sentence_tree tree = { 0 };
    /* "Washington threatened to impose sanctions ." */
    load_tree(&doc, &tree, "Washington Washington PROPN 2 nsubj; threatened threaten VERB 0 root; "
                           "to to PART 4 mark; impose impose VERB 2 xcomp; sanctions sanction NOUN 4 obj; "
                           ". . PUNCT 2 punct");
    pattern_match m;
    CHECK(pattern_try(&set, &set.patterns[1], &tree, 1, &m));
    /* "Washington threatened on Monday to impose sanctions ." with the
    ** infinitive hung as an adverbial clause: still the complement */
    load_tree(&doc, &tree, "Washington Washington PROPN 2 nsubj; threatened threaten VERB 0 root; "
                           "on on ADP 4 case; Monday Monday PROPN 2 obl; "
                           "to to PART 6 mark; impose impose VERB 2 advcl; sanctions sanction NOUN 6 obj; "
                           ". . PUNCT 2 punct");
    CHECK(pattern_try(&set, &set.patterns[1], &tree, 1, &m));
    /* ... but not a clause with a subject of its own */
    load_tree(&doc, &tree, "Washington Washington PROPN 2 nsubj; threatened threaten VERB 0 root; "
                           "as as SCONJ 5 mark; Congress Congress PROPN 5 nsubj; imposed impose VERB 2 advcl; "
                           "sanctions sanction NOUN 5 obj; . . PUNCT 2 punct");
    CHECK(!pattern_try(&set, &set.patterns[1], &tree, 1, &m));
    /* "Israeli air strikes on Gaza killed 20 ." */
    load_tree(&doc, &tree, "Israeli Israeli ADJ 3 amod; air air NOUN 3 compound; strikes strike NOUN 6 nsubj; "
                           "on on ADP 5 case; Gaza Gaza PROPN 3 nmod; killed kill VERB 0 root; "
                           "20 20 NUM 6 obj; . . PUNCT 6 punct");
    const pattern *noun = &set.patterns[2];
    CHECK(pattern_try(&set, noun, &tree, 2, &m));
    CHECK_INT(m.source, 0);
    CHECK_INT(m.target, 4);
    CHECK(!pattern_try(&set, noun, &tree, 5, &m));   /* "killed" is a verb */
    /* "Oslo sent maps and naval charts ." : a nested pattern on the
    ** object fits a noun joined to it, and only one that fits */
    pattern_add_nested(&set);
    load_tree(&doc, &tree, "Oslo Oslo PROPN 2 nsubj; sent send VERB 0 root; maps map NOUN 2 obj; "
                           "and and CCONJ 6 cc; naval naval ADJ 6 amod; charts chart NOUN 3 conj; . . PUNCT 2 punct");
    CHECK(pattern_try(&set, &set.patterns[4], &tree, 1, &m));
    CHECK_INT(m.clause, 5);
    CHECK(!pattern_try(&set, &set.patterns[6], &tree, 1, &m));   /* the charts are not secret */
    sentence_tree_free(&tree);
    dyad_doc_free(&doc);
    pattern_set_free(&set);
}

static void collect(void *ctx, const char *message)
{
    strncat((char *)ctx, message, 1000);
    strcat((char *)ctx, "\n");
}

TEST(loading_a_file_reports_bad_lines)
{
    char path[] = "/tmp/dyad-test-patterns-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    fputs("# verbs\n163\timpose obj=sanction obl:on@T\tThe EU imposed sanctions on Iran.\n"
          "oops no tab\n111\tblame obj@Q\n042\tvisit obj@T\n", f);
    fclose(f);
    pattern_set set;
    pattern_set_init(&set);
    size_t bad = 0;
    char messages[2048] = "";
    CHECK_INT(pattern_set_load(&set, path, &bad, collect, messages), DYAD_OK);
    CHECK_INT(bad, 2);
    CHECK_INT(set.n, 2);
    CHECK(strstr(messages, ":3: expected CODE<TAB>PATTERN") != NULL);
    CHECK(strstr(messages, ":4: expected @T or @S") != NULL);
    CHECK_INT(pattern_set_load(&set, "/nonexistent/verbs.tsv", NULL, NULL, NULL), DYAD_EIO);
    pattern_set_free(&set);
    remove(path);
}

int main(void)
{
    RUN(grammar);
    RUN(index_orders_by_specificity);
    RUN(matching_objects_and_prepositions);
    RUN(matching_clauses_and_nouns);
    RUN(loading_a_file_reports_bad_lines);
    return TEST_DONE();
}
