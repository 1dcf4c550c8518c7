/*
** test_parser_weights.c — training weights: updates, averaging, packing
** into a model that loads and scores the same.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/parser.h"
#include "nlp/parser_weights.h"

TEST(update_average_pack)
{
    tw_table t = { 0 };
    for (uint64_t k = 1; k <= 5000; k++) {
        t.time += 1;
        CHECK_INT(tw_update(&t, k * 0x9e3779b97f4a7c15ull, (int)(k % 6), 1.0f), DYAD_OK);
    }
    CHECK_INT(t.n_feats, 5000);
    CHECK(tw_find(&t, 0x9e3779b97f4a7c15ull) != NULL);
    CHECK(tw_find(&t, 12345) == NULL);
    uint64_t keys[2] = { 0x9e3779b97f4a7c15ull, 12345 };
    float scores[6];
    tw_score(&t, keys, 2, scores, 6);
    CHECK(scores[1] == 1.0f && scores[0] == 0.0f);

    uint32_t *slots, *entries;
    size_t n_slots, n_entries, n_features;
    /* early updates weigh more in the average: the first key survives a
    ** threshold that the last (updated at the very end) does not */
    CHECK_INT(tw_pack(&t, 0.5, &slots, &n_slots, &entries, &n_entries, &n_features), DYAD_OK);
    CHECK(n_features > 2000 && n_features < 3000);
    CHECK((n_slots & (n_slots - 1)) == 0 && n_slots > n_features);
    CHECK(entries[n_entries - 1] & PARSER_ENTRY_LAST);
    free(slots);
    free(entries);
    CHECK_INT(tw_pack(&t, 1e9, &slots, &n_slots, &entries, &n_entries, &n_features), DYAD_EINVAL);
    tw_free(&t);
    tw_free(&t);
}

int main(void)
{
    RUN(update_average_pack);
    return TEST_DONE();
}
