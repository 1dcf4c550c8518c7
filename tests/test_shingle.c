/*
** test_shingle.c — normalised text hashes and MinHash estimates.
*/
#include "testing.h"
#include "store/shingle.h"

TEST(text_hash_ignores_case_and_punctuation)
{
    const char *a = "Russia's Foreign Ministry accused Bucharest.";
    const char *b = "  RUSSIA'S foreign   ministry -- accused bucharest ";
    CHECK(shingle_text_hash(a, strlen(a)) == shingle_text_hash(b, strlen(b)));
    CHECK(shingle_text_hash(a, strlen(a)) != shingle_text_hash("Russia", 6));
    CHECK(shingle_text_hash("...", 3) == 0);
    CHECK(shingle_text_hash("", 0) == 0);
}

TEST(minhash_estimates_jaccard)
{
    char a[4000], b[4000];
    size_t na = 0, nb = 0;
    for (int i = 0; i < 300; i++) {
        na += (size_t)snprintf(a + na, sizeof a - na, "w%d ", i);
        /* b changes one word in 30 */
        nb += (size_t)snprintf(b + nb, sizeof b - nb, i % 30 == 7 ? "x%d " : "w%d ", i);
    }
    shingle_sig sa, sb, sc;
    shingle_minhash(a, na, &sa);
    shingle_minhash(b, nb, &sb);
    shingle_minhash(a, na, &sc);
    CHECK(shingle_similarity(&sa, &sc) == 1.0);
    double s = shingle_similarity(&sa, &sb);
    /* 10 changed words spoil 50 of 296 shingles: Jaccard ~ 0.71 */
    CHECK(s > 0.5 && s < 0.9);
    shingle_sig empty;
    shingle_minhash("", 0, &empty);
    CHECK_INT(empty.n_shingles, 0);
    CHECK(shingle_similarity(&sa, &empty) == 0.0);
    shingle_sig shortsig;
    shingle_minhash("two words", 9, &shortsig);
    CHECK_INT(shortsig.n_shingles, 1);
}

TEST(pack_round_trip_and_bands)
{
    shingle_sig a, b;
    shingle_minhash("a b c d e f g h", 15, &a);
    unsigned char bytes[SHINGLE_HASHES * 4];
    shingle_sig_pack(&a, bytes);
    CHECK_INT(shingle_sig_unpack(bytes, sizeof bytes, &b), 0);
    CHECK(memcmp(a.min, b.min, sizeof a.min) == 0);
    CHECK_INT(shingle_sig_unpack(bytes, 10, &b), -1);
    CHECK(shingle_band(&a, 0) != shingle_band(&a, 1));
}

int main(void)
{
    RUN(text_hash_ignores_case_and_punctuation);
    RUN(minhash_estimates_jaccard);
    RUN(pack_round_trip_and_bands);
    return TEST_DONE();
}
