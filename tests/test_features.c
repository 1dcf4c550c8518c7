/*
** test_features.c — the tagger's features: the parts the tagger sums
** ahead of time (a word's own features, the pairs of left labels) are
** exactly the keys training used, and the hash reads short tails as a
** byte-by-byte copy would.
*/
#include <stdlib.h>
#include <string.h>
#include "testing.h"
#include "nlp/features.h"

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* A sentence of our own, with words known and unknown, capitals, digits. */
static int sentence(feat_word *ws)
{
    static const char *const words[] = { "Rebels", "shelled", "the", "U.N.", "post",
                                         "near", "Kabul", "on", "3-4", "May", "." };
    int n = (int)(sizeof words / sizeof *words);
    for (int i = 0; i < n; i++) {
        char lower[FEAT_WORD_MAX + 8];
        size_t len = strlen(words[i]);
        size_t ln = feat_lower(words[i], len, lower);
        feat_word_init(&ws[i], words[i], len, lower, ln, i == 0);
        ws[i].amb = (uint32_t)(i % 3);          /* as a vocabulary would set */
        ws[i].top = (uint32_t)(i % 4);
        ws[i].guess = (uint32_t)(i % 5);
    }
    return n;
}

TEST(own_and_context_keys_are_the_fixed_ones)
{
    feat_word ws[16];
    int n = sentence(ws);
    for (int i = 0; i < n; i++) {
        uint64_t fixed[FEAT_STATIC_MAX], parts[2 * FEAT_STATIC_MAX];
        int k = feat_fixed(ws, n, i, fixed);
        int a = feat_own(&ws[i], parts);
        CHECK(a <= FEAT_OWN_MAX);
        int b = feat_context(ws, n, i, parts + a);
        CHECK_INT(a + b, k);
        qsort(fixed, (size_t)k, sizeof *fixed, cmp_u64);
        qsort(parts, (size_t)(a + b), sizeof *parts, cmp_u64);
        CHECK(memcmp(fixed, parts, (size_t)k * sizeof *fixed) == 0);
    }
    /* A word's own keys do not depend on its casing or place: the tagger
    ** sums them once per vocabulary word, from its lowered form. */
    feat_word capital, plain;
    feat_word_init(&capital, "Rebels", 6, "rebels", 6, 1);
    feat_word_init(&plain, "rebels", 6, "rebels", 6, 0);
    uint64_t x[FEAT_OWN_MAX], y[FEAT_OWN_MAX];
    int kx = feat_own(&capital, x), ky = feat_own(&plain, y);
    CHECK_INT(kx, ky);
    CHECK(memcmp(x, y, (size_t)kx * sizeof *x) == 0);
}

TEST(label_keys_start_the_dynamic_ones)
{
    feat_word ws[16];
    int n = sentence(ws);
    for (int i = 0; i < n; i++)
        for (int p1 = FEAT_NO_LABEL; p1 < 4; p1++)
            for (int p2 = FEAT_NO_LABEL; p2 < 4; p2++) {
                uint64_t all[FEAT_DYNAMIC_MAX], parts[FEAT_DYNAMIC_MAX];
                int k = feat_dynamic(ws, n, i, p1, p2, all);
                int a = feat_labels(p1, p2, parts);
                CHECK_INT(a, FEAT_LABELS_N);
                int b = feat_dynamic_word(ws, n, i, p1, p2, parts + a);
                CHECK_INT(a + b, k);
                CHECK(memcmp(all, parts, (size_t)k * sizeof *all) == 0);
                /* The last one alone reads the next word's guess. */
                CHECK(parts[a + b - 1] == feat_dynamic_guess(ws, n, i, p1));
                if (i + 1 < n) {
                    uint64_t again[FEAT_DYNAMIC_MAX];
                    ws[i + 1].guess += 7;
                    int c = feat_dynamic_word(ws, n, i, p1, p2, again);
                    ws[i + 1].guess -= 7;
                    CHECK_INT(c, b);
                    CHECK(memcmp(again, parts + a, (size_t)(b - 1) * sizeof *again) == 0);
                    CHECK(again[b - 1] != parts[a + b - 1]);
                }
            }
    /* Different left labels, different keys. */
    uint64_t x[FEAT_LABELS_N], y[FEAT_LABELS_N];
    feat_labels(1, 2, x);
    feat_labels(2, 1, y);
    CHECK(x[0] != y[0] && x[2] != y[2]);
}

TEST(near_and_rest_keys_are_the_context_ones)
{
    feat_word ws[16];
    int n = sentence(ws);
    for (int i = 0; i < n; i++) {
        uint64_t ctx[FEAT_STATIC_MAX], parts[2 * FEAT_STATIC_MAX];
        int k = feat_context(ws, n, i, ctx);
        int a = feat_context_rest(ws, n, i, parts);
        static const int OFFSETS[4] = { -2, -1, 1, 2 };
        int all = 0;
        for (int o = 0; o < 4; o++) {
            int j = i + OFFSETS[o];
            int b = feat_near(j >= 0 && j < n ? &ws[j] : NULL, OFFSETS[o], parts + a);
            CHECK(b <= FEAT_NEAR_MAX);
            a += b;
            all += b;
        }
        CHECK_INT(all, FEAT_NEAR_ALL);
        CHECK_INT(a, k);
        qsort(ctx, (size_t)k, sizeof *ctx, cmp_u64);
        qsort(parts, (size_t)a, sizeof *parts, cmp_u64);
        CHECK(memcmp(ctx, parts, (size_t)k * sizeof *ctx) == 0);
    }
}

TEST(right_pair_and_word_keys_are_the_right_ones)
{
    feat_word ws[16];
    int n = sentence(ws);
    for (int i = 0; i < n; i++) {
        uint64_t right[FEAT_RIGHT_MAX], parts[2 * FEAT_RIGHT_MAX];
        int k = feat_right(ws, n, i, right);
        uint32_t g1 = i + 1 < n ? ws[i + 1].guess : FEAT_GUESS_END;
        uint32_t g2 = i + 2 < n ? ws[i + 2].guess : FEAT_GUESS_END;
        int a = feat_right_pair(g1, g2, parts);
        CHECK_INT(a, FEAT_RIGHT_PAIR_N);
        int b = feat_right_word(ws, n, i, parts + a);
        CHECK_INT(a + b, k);
        qsort(right, (size_t)k, sizeof *right, cmp_u64);
        qsort(parts, (size_t)(a + b), sizeof *parts, cmp_u64);
        CHECK(memcmp(right, parts, (size_t)k * sizeof *right) == 0);
    }
}

TEST(word_init_in_two_steps)
{
    static const char *const words[] = { "Rebels", "U.N.", "a", "3-4", "shelled", "" };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        char lower[FEAT_WORD_MAX + 8];
        size_t len = strlen(words[i]), ln = feat_lower(words[i], len, lower);
        feat_word whole, steps, suf3;
        memset(&whole, 0, sizeof whole);    /* padding too, for memcmp */
        memset(&steps, 0, sizeof steps);
        feat_word_init(&whole, words[i], len, lower, ln, 1);
        feat_word_init_plain(&steps, words[i], len, lower, ln, 1);
        suf3 = steps;
        feat_word_affixes(&steps, lower, ln, FEAT_AFFIXES_ALL);
        CHECK(memcmp(&whole, &steps, sizeof whole) == 0);
        feat_word_affixes(&suf3, lower, ln, FEAT_AFFIXES_SUF3);
        CHECK(suf3.suf[2] == whole.suf[2] && suf3.lower == whole.lower && suf3.shape == whole.shape);
    }
}

/* The one-pass ASCII path gives what feat_lower and feat_word_init_plain
** give, for every class of character and word length, and other words
** go the two steps. */
TEST(word_init_lower_is_the_two_steps)
{
    static const char *const words[] = {
        "", "a", "A", "Rebels", "U.N.", "3-4", "1,100", "3.5", ".", ",", "-", "--",
        "McDonald's", "e-mail", "HTTP://X.COM", "aaaaBBBBcccc1111----", "x9", "9x",
        "Ünited", "naïve", "ÉCOLE", "\xff\xfe", "Straße", "1,2a",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.,;",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM",
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        for (int first = 0; first < 2; first++) {
            char lower[FEAT_WORD_MAX + 8], lower2[FEAT_WORD_MAX + 8];
            size_t len = strlen(words[i]), ln = feat_lower(words[i], len, lower);
            feat_word steps, one;
            memset(&steps, 0, sizeof steps);
            memset(&one, 0, sizeof one);
            feat_word_init_plain(&steps, words[i], len, lower, ln, first);
            CHECK_INT((long)feat_word_init_lower(&one, words[i], len, lower2, first), (long)ln);
            CHECK(strcmp(lower, lower2) == 0);
            CHECK(memcmp(&steps, &one, sizeof one) == 0);
        }
    }
    /* Every ASCII character alone and between letters. */
    for (int c = 1; c < 128; c++) {
        char word[4] = { (char)c, 0 }, mid[4] = { 'a', (char)c, 'B', 0 };
        const char *forms[2] = { word, mid };
        for (int f = 0; f < 2; f++) {
            char lower[FEAT_WORD_MAX + 8], lower2[FEAT_WORD_MAX + 8];
            size_t len = strlen(forms[f]), ln = feat_lower(forms[f], len, lower);
            feat_word steps, one;
            memset(&steps, 0, sizeof steps);
            memset(&one, 0, sizeof one);
            feat_word_init_plain(&steps, forms[f], len, lower, ln, f);
            CHECK_INT((long)feat_word_init_lower(&one, forms[f], len, lower2, f), (long)ln);
            CHECK(strcmp(lower, lower2) == 0);
            CHECK(memcmp(&steps, &one, sizeof one) == 0);
        }
    }
}

/* The hash as first written: the tail copied byte by byte. */
static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

static uint64_t reference_hash(const unsigned char *s, size_t n)
{
    uint64_t h = 0x84222325cbf29ce4ull ^ (n * 0x100000001b3ull);
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w = 0;
        for (int b = 0; b < 8; b++) w |= (uint64_t)s[b] << (8 * b);
        h = mix64(h ^ w);
    }
    uint64_t w = 0;
    for (size_t b = 0; b < n; b++) w |= (uint64_t)s[b] << (8 * b);
    return mix64(h ^ w ^ ((uint64_t)n << 59) ^ 0x7f4a7c15ull);
}

TEST(hash_reads_tails_as_bytes)
{
    static const char text[] = "Sanctions\xc3\xa9 were lifted-on 12,500 \xff\x80 tons";
    for (size_t off = 0; off < 8; off++)
        for (size_t n = 0; off + n < sizeof text; n++)
            CHECK(feat_hash(text + off, n) == reference_hash((const unsigned char *)text + off, n));
}

int main(void)
{
    RUN(own_and_context_keys_are_the_fixed_ones);
    RUN(near_and_rest_keys_are_the_context_ones);
    RUN(label_keys_start_the_dynamic_ones);
    RUN(right_pair_and_word_keys_are_the_right_ones);
    RUN(word_init_in_two_steps);
    RUN(word_init_lower_is_the_two_steps);
    RUN(hash_reads_tails_as_bytes);
    return TEST_DONE();
}
