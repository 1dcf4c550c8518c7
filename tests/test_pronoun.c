/*
** test_pronoun.c — pronoun kinds and their candidate antecedents: the
** subjects of the clauses above them, nearest first, and for an object
** pronoun what those clauses act upon.
*/
#include "testing.h"
#include "code_helpers.h"
#include "code/pronoun.h"

static dyad_doc doc;
static sentence_tree tree;

static void parse(const char *rows)
{
    rows_to_tree(rows, &doc, &tree);
}

TEST(kinds)
{
    parse("He he PRON 2 nsubj; told tell VERB 0 root; them they PRON 2 obj; its its PRON 5 nmod:poss; "
          "plan plan NOUN 2 obj; it it PRON 2 obj; Paris Paris PROPN 2 obj");
    CHECK_INT(pronoun_kind(&tree, 0), PRONOUN_PERSON);
    CHECK_INT(pronoun_kind(&tree, 1), PRONOUN_NONE);
    CHECK_INT(pronoun_kind(&tree, 2), PRONOUN_GROUP);
    CHECK_INT(pronoun_kind(&tree, 3), PRONOUN_THING);
    CHECK_INT(pronoun_kind(&tree, 5), PRONOUN_THING);
    CHECK_INT(pronoun_kind(&tree, 6), PRONOUN_NONE);
}

TEST(subjects_of_the_clauses_above)
{
    uint32_t c[8];
    /* "Syria says Iran thinks it will win": it -> Iran, then Syria */
    parse("Syria Syria PROPN 2 nsubj; says say VERB 0 root; Iran Iran PROPN 4 nsubj; thinks think VERB 2 ccomp; "
          "it it PRON 7 nsubj; will will AUX 7 aux; win win VERB 4 ccomp");
    CHECK_INT((int)pronoun_candidates(&tree, 4, c, 8), 2);
    CHECK_INT((int)c[0], 2);
    CHECK_INT((int)c[1], 0);
    /* a subject after the pronoun is no antecedent */
    parse("If if SCONJ 3 mark; it it PRON 3 nsubj; rains rain VERB 5 advcl; Paris Paris PROPN 5 nsubj; waits wait VERB 0 root");
    CHECK_INT((int)pronoun_candidates(&tree, 1, c, 8), 0);
    /* the root has no clause above */
    parse("It it PRON 2 nsubj; rains rain VERB 0 root");
    CHECK_INT((int)pronoun_candidates(&tree, 0, c, 8), 0);
}

TEST(an_object_pronoun_may_stand_for_someone_acted_upon_above)
{
    uint32_t c[8];
    /* "Paris sent troops to Ivanov to help him": him -> Paris (a
    ** subject, tried first; no person), then Ivanov; the troops are no
    ** name */
    parse("Paris Paris PROPN 2 nsubj; sent send VERB 0 root; troops troop NOUN 2 obj; to to ADP 5 case; "
          "Ivanov Ivanov PROPN 2 obl; to to PART 7 mark; help help VERB 2 advcl; him he PRON 7 obj");
    CHECK_INT((int)pronoun_candidates(&tree, 7, c, 8), 2);
    CHECK_INT((int)c[0], 0);
    CHECK_INT((int)c[1], 4);
    /* "Paris told Ivanov to call him": Ivanov calls, so him is not he */
    parse("Paris Paris PROPN 2 nsubj; told tell VERB 0 root; Ivanov Ivanov PROPN 2 obj; to to PART 5 mark; "
          "call call VERB 2 xcomp; him he PRON 5 obj");
    CHECK_INT((int)pronoun_candidates(&tree, 5, c, 8), 1);
    CHECK_INT((int)c[0], 0);
    /* a subject pronoun points only to subjects: "Paris told Ivanov he
    ** would win" */
    parse("Paris Paris PROPN 2 nsubj; told tell VERB 0 root; Ivanov Ivanov PROPN 2 obj; he he PRON 6 nsubj; "
          "would would AUX 6 aux; win win VERB 2 ccomp");
    CHECK_INT((int)pronoun_candidates(&tree, 3, c, 8), 1);
    CHECK_INT((int)c[0], 0);
}

int main(void)
{
    dyad_doc_init(&doc);
    RUN(kinds);
    RUN(subjects_of_the_clauses_above);
    RUN(an_object_pronoun_may_stand_for_someone_acted_upon_above);
    sentence_tree_free(&tree);
    dyad_doc_free(&doc);
    return TEST_DONE();
}
