/*
** features.c — the feature templates of features.h.
**
** The templates follow the averaged-perceptron taggers that have proven
** themselves on English (Collins 2002; Honnibal's "Good POS tagger in 200
** lines"), widened for web text and for a greedy left-to-right decoder
** that cannot see the labels to its right:
**
**   the word, its exact casing, suffixes 1-4, prefixes 1-3, shape, flags;
**   the words at -2, -1, +1, +2, their suffixes and shapes;
**   the ambiguity classes (the label sets seen in training) of the word
**   and the next, and the most frequent labels of the word and the two
**   to its right, which stand in for the right-hand labels a second pass
**   would give (the trainer computes both without the word's own tenth
**   of the data, so rare words do not carry their answer);
**   the two labels chosen on the left, alone, together, and with the word,
**   its suffix, and the next word's class and label.
*/
#include <string.h>
#include <utf8proc.h>
#include "nlp/features.h"

/* Template numbers: part of every key, so that "word = x" and
** "next word = x" differ.  Append new ones; never renumber (models on
** disk depend on them).  T_AMBP2, T_AMBM1, T_WP1_WP2, T_WM1_WP1 and
** T_AMBP1_P2 were tried and retired: they did not pay for their cost. */
enum {
    T_BIAS = 1, T_W, T_EXACT, T_SUF1, T_SUF2, T_SUF3, T_SUF4,
    T_PRE1, T_PRE2, T_PRE3, T_SHAPE, T_FLAGS,
    T_WM1, T_WM2, T_WP1, T_WP2, T_SUF3M1, T_SUF3P1, T_SUF2P2,
    T_SHAPEM1, T_SHAPEP1, T_AMB0, T_AMBP1, T_AMBP2, T_AMB0_P1,
    T_W_WP1, T_WM1_W, T_AMBM1,
    T_WP1_WP2, T_WM1_WP1, T_AMBP1_P2, T_TOPP1, T_TOPP2, T_TOPP1_W, T_TOPP1P2, T_TOP0, T_TOP0_P1,
    T_P1 = 40, T_P2, T_P1P2, T_P1_W, T_P1_SUF3, T_P1_AMBP1, T_P2_W, T_P1_WP1, T_P1_TOPP1,
    T_SUF5 = 60, T_WNC, T_WNC_CASE
};

/* Stand-ins for the words beyond either end of the sentence. */
#define HASH_START 0x5a6e1f0b7c3d2e91ull
#define HASH_END   0x2b9c4d7e1a0f3e65ull

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

uint64_t feat_mix(uint64_t a, uint64_t b)
{
    return mix64(a * 0x9e3779b97f4a7c15ull + b);
}

uint64_t feat_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0x84222325cbf29ce4ull ^ (n * 0x100000001b3ull);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = mix64(h ^ w);
        s += 8;
        n -= 8;
    }
    /* The last 0-7 bytes as a little-endian number (the same as copying
    ** them into a zeroed word), read in at most three loads. */
    uint64_t w = 0;
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        w = (uint64_t)lo | (uint64_t)hi << (8 * (n - 4));
    } else if (n > 0) {
        w = (uint64_t)s[0] | (uint64_t)s[n / 2] << (8 * (n / 2)) | (uint64_t)s[n - 1] << (8 * (n - 1));
    }
    return mix64(h ^ w ^ ((uint64_t)n << 59) ^ 0x7f4a7c15ull);
}

size_t feat_lower(const char *s, size_t n, char *out)
{
    size_t i = 0, o = 0;
    while (i < n && o < FEAT_WORD_MAX) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                                (utf8proc_ssize_t)(n - i), &cp);
        if (len <= 0) {                 /* invalid byte: keep it as it is */
            out[o++] = (char)c;
            i++;
            continue;
        }
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
        if (m <= 0 || o + (size_t)m > FEAT_WORD_MAX) break;
        memcpy(out + o, buf, (size_t)m);
        o += (size_t)m;
        i += (size_t)len;
    }
    out[o] = '\0';
    return o;
}

/* The shape of a word: upper-case letters become X, lower-case x, digits
** d, other ASCII stays, a non-ASCII character becomes u; a run of one
** class is cut at 3 ("Xxxx" for both "Hike" and "Hiking"), and the shape
** at 12 characters. */
static uint64_t shape_hash(const char *s, size_t n)
{
    char shape[16];
    size_t k = 0;
    char last = 0;
    int run = 0;
    for (size_t i = 0; i < n && k < 12; i++) {
        unsigned char c = (unsigned char)s[i];
        char m;
        if (c >= 'A' && c <= 'Z') m = 'X';
        else if (c >= 'a' && c <= 'z') m = 'x';
        else if (c >= '0' && c <= '9') m = 'd';
        else if (c >= 0xc0) m = 'u';
        else if (c >= 0x80) continue;       /* continuation byte */
        else m = (char)c;
        run = (m == last) ? run + 1 : 1;
        last = m;
        if (run <= 3) shape[k++] = m;
    }
    return feat_hash(shape, k);
}

void feat_word_init(feat_word *w, const char *form, size_t n,
                    const char *lower, size_t lower_n, int first)
{
    feat_word_init_plain(w, form, n, lower, lower_n, first);
    feat_word_affixes(w, lower, lower_n, FEAT_AFFIXES_ALL);
}

void feat_word_affixes(feat_word *w, const char *lower, size_t lower_n, int which)
{
    for (size_t k = 1; k <= 5; k++)
        if (which == FEAT_AFFIXES_ALL || k == 3)
            w->suf[k - 1] = feat_hash(lower + (lower_n > k ? lower_n - k : 0), lower_n > k ? k : lower_n);
    if (which == FEAT_AFFIXES_ALL)
        for (size_t k = 1; k <= 3; k++)
            w->pre[k - 1] = feat_hash(lower, lower_n > k ? k : lower_n);
}

void feat_word_init_plain(feat_word *w, const char *form, size_t n,
                          const char *lower, size_t lower_n, int first)
{
    uint32_t flags = first ? FEAT_FIRST : 0;
    int letters = 0, uppers = 0, digits = 0, numeric = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)form[i];
        if (c >= 'A' && c <= 'Z') { uppers++; letters++; if (i == 0) flags |= FEAT_UPPER_FIRST; }
        else if (c >= 'a' && c <= 'z') letters++;
        else if (c >= '0' && c <= '9') digits++;
        else if (c == '-') { flags |= FEAT_HYPHEN; numeric = 0; }
        else if (c == '.') flags |= FEAT_PERIOD;
        else if (c >= 0x80) { flags |= FEAT_NON_ASCII; if (c >= 0xc0) letters++; }
        if (!((c >= '0' && c <= '9') || c == ',' || c == '.')) numeric = 0;
    }
    if (uppers) flags |= FEAT_UPPER_ANY;
    if (uppers && uppers == letters) flags |= FEAT_UPPER_ALL;
    if (digits) flags |= FEAT_DIGIT_ANY;
    if (digits && numeric) flags |= FEAT_DIGIT_ALL;
    if (!letters) flags |= FEAT_ALPHA_NONE;
    /* Non-ASCII capitals: the lowered form differs from the form. */
    if (!uppers && (flags & FEAT_NON_ASCII) && (lower_n != n || memcmp(form, lower, n))) {
        flags |= FEAT_UPPER_ANY;
        if (first) flags |= FEAT_UPPER_FIRST;
    }
    uint32_t len_bucket = n <= 3 ? (uint32_t)n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : 7;
    w->flags = flags | len_bucket << 12;

    w->lower = feat_hash(lower, lower_n);
    w->exact = (flags & FEAT_UPPER_ANY) ? feat_hash(form, n < FEAT_WORD_MAX ? n : FEAT_WORD_MAX) : 0;
    memset(w->suf, 0, sizeof w->suf);
    memset(w->pre, 0, sizeof w->pre);
    w->shape = shape_hash(form, n);
    w->amb = 0;
    w->wnc = 0;
    w->top = 0;
    w->guess = 0;
}

/* ASCII classes for feat_word_init_lower's single pass: the bits below,
** and the character a shape writes (X, x, d, or the character). */
enum { C_UPPER = 1, C_LOWER = 2, C_DIGIT = 4, C_HYPHEN = 8, C_PERIOD = 16, C_NUMERIC = 32 };

typedef struct ascii_class {
    uint8_t bits[128];
    char shape[128];
} ascii_class;

static const ascii_class *ascii_classes(void)
{
    /* Built by the compiler: constant expressions over the code points. */
#define CB(c) (uint8_t)(((c) >= 'A' && (c) <= 'Z' ? C_UPPER : 0) |              \
                        ((c) >= 'a' && (c) <= 'z' ? C_LOWER : 0) |              \
                        ((c) >= '0' && (c) <= '9' ? C_DIGIT | C_NUMERIC : 0) |  \
                        ((c) == '-' ? C_HYPHEN : 0) |                            \
                        ((c) == '.' ? C_PERIOD | C_NUMERIC : 0) |                \
                        ((c) == ',' ? C_NUMERIC : 0))
#define CS(c) (char)((c) >= 'A' && (c) <= 'Z' ? 'X' : (c) >= 'a' && (c) <= 'z' ? 'x' : \
                     (c) >= '0' && (c) <= '9' ? 'd' : (c))
#define C8(f, c) f(c), f(c + 1), f(c + 2), f(c + 3), f(c + 4), f(c + 5), f(c + 6), f(c + 7)
#define C128(f) C8(f, 0), C8(f, 8), C8(f, 16), C8(f, 24), C8(f, 32), C8(f, 40), C8(f, 48), \
                C8(f, 56), C8(f, 64), C8(f, 72), C8(f, 80), C8(f, 88), C8(f, 96), C8(f, 104), \
                C8(f, 112), C8(f, 120)
    static const ascii_class table = { { C128(CB) }, { C128(CS) } };
#undef CB
#undef CS
#undef C8
#undef C128
    return &table;
}

size_t feat_word_init_lower(feat_word *w, const char *form, size_t n, char *lower, int first)
{
    const ascii_class *cl = ascii_classes();
    if (n > FEAT_WORD_MAX) goto two_steps;
    /* What feat_lower, the flags' loop and shape_hash compute apart, in
    ** one loop: the union and intersection of the characters' classes
    ** give the flags of an ASCII word. */
    uint32_t any = 0, all = C_NUMERIC;
    char shape[16], last = 0;
    size_t k = 0;
    int run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)form[i];
        if (c >= 0x80) goto two_steps;
        uint32_t b = cl->bits[c];
        any |= b;
        all &= b;
        lower[i] = (char)(c + ((b & C_UPPER) << 5));
        char m = cl->shape[c];
        run = m == last ? run + 1 : 1;
        last = m;
        if (run <= 3 && k < 12) shape[k++] = m;
    }
    lower[n] = '\0';
    uint32_t flags = first ? FEAT_FIRST : 0;
    if (n && (cl->bits[(unsigned char)form[0]] & C_UPPER)) flags |= FEAT_UPPER_FIRST;
    if (any & C_HYPHEN) flags |= FEAT_HYPHEN;
    if (any & C_PERIOD) flags |= FEAT_PERIOD;
    if (any & C_UPPER) flags |= FEAT_UPPER_ANY;
    if ((any & C_UPPER) && !(any & C_LOWER)) flags |= FEAT_UPPER_ALL;
    if (any & C_DIGIT) flags |= FEAT_DIGIT_ANY;
    if ((any & C_DIGIT) && (all & C_NUMERIC)) flags |= FEAT_DIGIT_ALL;
    if (!(any & (C_UPPER | C_LOWER))) flags |= FEAT_ALPHA_NONE;
    uint32_t len_bucket = n <= 3 ? (uint32_t)n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : 7;
    w->flags = flags | len_bucket << 12;
    w->lower = feat_hash(lower, n);
    w->exact = (flags & FEAT_UPPER_ANY) ? feat_hash(form, n) : 0;
    memset(w->suf, 0, sizeof w->suf);
    memset(w->pre, 0, sizeof w->pre);
    w->shape = feat_hash(shape, k);
    w->amb = 0;
    w->wnc = 0;
    w->top = 0;
    w->guess = 0;
    return n;
two_steps:;
    size_t lower_n = feat_lower(form, n, lower);
    feat_word_init_plain(w, form, n, lower, lower_n, first);
    return lower_n;
}

#define KEY(t, v) feat_mix((uint64_t)(t) * 0x2545f4914f6cdd1dull, (v))

/* The keys of feat_fixed; `which` picks the word's own (FIXED_WORD: those
** that read nothing but its lowered form and what the vocabulary knows of
** it) and the others (FIXED_CONTEXT).  Both in the one order of
** feat_fixed, which training sums in. */
enum { FIXED_WORD = 1, FIXED_NEAR = 2, FIXED_REST = 4, FIXED_CONTEXT = FIXED_NEAR | FIXED_REST };

static int fixed_keys(const feat_word *ws, int n, int i, uint64_t *keys, int which)
{
    const feat_word *w = &ws[i];
    const feat_word *m1 = i >= 1 ? &ws[i - 1] : NULL, *m2 = i >= 2 ? &ws[i - 2] : NULL;
    const feat_word *p1 = i + 1 < n ? &ws[i + 1] : NULL, *p2 = i + 2 < n ? &ws[i + 2] : NULL;
    uint64_t wm1 = m1 ? m1->lower : HASH_START, wm2 = m2 ? m2->lower : HASH_START;
    uint64_t wp1 = p1 ? p1->lower : HASH_END, wp2 = p2 ? p2->lower : HASH_END;
    uint64_t ambp1 = p1 ? p1->amb : 0xfffe;
    int own = which & FIXED_WORD, near = which & FIXED_NEAR, ctx = which & FIXED_REST;
    int k = 0;

    if (own) {
        keys[k++] = KEY(T_BIAS, 0);
        keys[k++] = KEY(T_W, w->lower);
    }
    if (ctx && w->exact) keys[k++] = KEY(T_EXACT, w->exact);
    if (own) {
        keys[k++] = KEY(T_SUF1, w->suf[0]);
        keys[k++] = KEY(T_SUF2, w->suf[1]);
        keys[k++] = KEY(T_SUF3, w->suf[2]);
        keys[k++] = KEY(T_SUF4, w->suf[3]);
        keys[k++] = KEY(T_SUF5, w->suf[4]);
        keys[k++] = KEY(T_PRE1, w->pre[0]);
        keys[k++] = KEY(T_PRE2, w->pre[1]);
        keys[k++] = KEY(T_PRE3, w->pre[2]);
    }
    if (ctx) {
        keys[k++] = KEY(T_SHAPE, w->shape);
        keys[k++] = KEY(T_FLAGS, w->flags);
        /* "Consultant" and "delaware": WordNet's classes against the
        ** capitals the word has where it stands. */
        keys[k++] = KEY(T_WNC_CASE, (uint64_t)w->wnc << 16 |
                        (w->flags & (FEAT_UPPER_FIRST | FEAT_UPPER_ALL | FEAT_FIRST)));
    }
    if (near) {
        keys[k++] = KEY(T_WM1, wm1);
        keys[k++] = KEY(T_WM2, wm2);
        keys[k++] = KEY(T_WP1, wp1);
        keys[k++] = KEY(T_WP2, wp2);
        keys[k++] = KEY(T_SUF3M1, m1 ? m1->suf[2] : HASH_START);
        keys[k++] = KEY(T_SUF3P1, p1 ? p1->suf[2] : HASH_END);
        keys[k++] = KEY(T_SUF2P2, p2 ? p2->suf[1] : HASH_END);
    }
    if (ctx) {
        keys[k++] = KEY(T_SHAPEM1, m1 ? m1->shape : HASH_START);
        keys[k++] = KEY(T_SHAPEP1, p1 ? p1->shape : HASH_END);
    }
    if (own) keys[k++] = KEY(T_AMB0, w->amb);
    if (near) keys[k++] = KEY(T_AMBP1, ambp1);
    if (ctx) keys[k++] = KEY(T_AMB0_P1, (uint64_t)w->amb << 32 | ambp1);
    if (own) keys[k++] = KEY(T_TOP0, w->top);
    if (own) keys[k++] = KEY(T_WNC, w->wnc);
    if (ctx) {
        keys[k++] = KEY(T_W_WP1, feat_mix(w->lower, wp1));
        keys[k++] = KEY(T_WM1_W, feat_mix(wm1, w->lower));
    }
    return k;
}

int feat_fixed(const feat_word *ws, int n, int i, uint64_t *keys)
{
    return fixed_keys(ws, n, i, keys, FIXED_WORD | FIXED_CONTEXT);
}

int feat_own(const feat_word *w, uint64_t *keys)
{
    return fixed_keys(w, 1, 0, keys, FIXED_WORD);
}

int feat_context(const feat_word *ws, int n, int i, uint64_t *keys)
{
    return fixed_keys(ws, n, i, keys, FIXED_CONTEXT);
}

/* fixed_keys(..., FIXED_REST) written out: the tagger computes these
** for every word it scores, and the general function's tests of `which`
** and its reads of the neighbours these keys do not use were a third of
** their cost.  The same keys in the same order (test_features checks). */
int feat_context_rest(const feat_word *ws, int n, int i, uint64_t *keys)
{
    const feat_word *w = &ws[i];
    const feat_word *m1 = i >= 1 ? &ws[i - 1] : NULL, *p1 = i + 1 < n ? &ws[i + 1] : NULL;
    uint64_t wm1 = m1 ? m1->lower : HASH_START, wp1 = p1 ? p1->lower : HASH_END;
    uint64_t ambp1 = p1 ? p1->amb : 0xfffe;
    int k = 0;
    if (w->exact) keys[k++] = KEY(T_EXACT, w->exact);
    keys[k++] = KEY(T_SHAPE, w->shape);
    keys[k++] = KEY(T_FLAGS, w->flags);
    keys[k++] = KEY(T_WNC_CASE, (uint64_t)w->wnc << 16 |
                    (w->flags & (FEAT_UPPER_FIRST | FEAT_UPPER_ALL | FEAT_FIRST)));
    keys[k++] = KEY(T_SHAPEM1, m1 ? m1->shape : HASH_START);
    keys[k++] = KEY(T_SHAPEP1, p1 ? p1->shape : HASH_END);
    keys[k++] = KEY(T_AMB0_P1, (uint64_t)w->amb << 32 | ambp1);
    keys[k++] = KEY(T_W_WP1, feat_mix(w->lower, wp1));
    keys[k++] = KEY(T_WM1_W, feat_mix(wm1, w->lower));
    return k;
}

int feat_near(const feat_word *w, int offset, uint64_t *keys)
{
    uint64_t none = offset < 0 ? HASH_START : HASH_END;
    int k = 0;
    switch (offset) {
    case -2:
        keys[k++] = KEY(T_WM2, w ? w->lower : none);
        break;
    case -1:
        keys[k++] = KEY(T_WM1, w ? w->lower : none);
        keys[k++] = KEY(T_SUF3M1, w ? w->suf[2] : none);
        break;
    case 1:
        keys[k++] = KEY(T_WP1, w ? w->lower : none);
        keys[k++] = KEY(T_SUF3P1, w ? w->suf[2] : none);
        keys[k++] = KEY(T_AMBP1, w ? w->amb : 0xfffe);
        break;
    case 2:
        keys[k++] = KEY(T_WP2, w ? w->lower : none);
        keys[k++] = KEY(T_SUF2P2, w ? w->suf[1] : none);
        break;
    }
    return k;
}

/* The right-hand labels: in a first pass each word's most frequent label
** stands in for them, in a second the labels the first pass chose. */
int feat_right(const feat_word *ws, int n, int i, uint64_t *keys)
{
    const feat_word *w = &ws[i];
    uint64_t topp1 = i + 1 < n ? ws[i + 1].guess : FEAT_GUESS_END;
    uint64_t topp2 = i + 2 < n ? ws[i + 2].guess : FEAT_GUESS_END;
    int k = 0;
    keys[k++] = KEY(T_TOP0_P1, (uint64_t)w->top << 16 | topp1);
    keys[k++] = KEY(T_TOPP1, topp1);
    keys[k++] = KEY(T_TOPP2, topp2);
    keys[k++] = KEY(T_TOPP1_W, feat_mix(topp1, w->lower));
    keys[k++] = KEY(T_TOPP1P2, topp1 << 16 | topp2);
    return k;
}

int feat_right_pair(uint32_t g1, uint32_t g2, uint64_t *keys)
{
    uint64_t topp1 = g1, topp2 = g2;
    keys[0] = KEY(T_TOPP1, topp1);
    keys[1] = KEY(T_TOPP2, topp2);
    keys[2] = KEY(T_TOPP1P2, topp1 << 16 | topp2);
    return 3;
}

int feat_right_word(const feat_word *ws, int n, int i, uint64_t *keys)
{
    const feat_word *w = &ws[i];
    uint64_t topp1 = i + 1 < n ? ws[i + 1].guess : FEAT_GUESS_END;
    keys[0] = KEY(T_TOP0_P1, (uint64_t)w->top << 16 | topp1);
    keys[1] = KEY(T_TOPP1_W, feat_mix(topp1, w->lower));
    return 2;
}

int feat_static(const feat_word *ws, int n, int i, uint64_t *keys)
{
    int k = feat_fixed(ws, n, i, keys);
    return k + feat_right(ws, n, i, keys + k);
}

int feat_labels(int p1, int p2, uint64_t *keys)
{
    uint64_t l1 = (uint64_t)(uint32_t)(p1 + 2), l2 = (uint64_t)(uint32_t)(p2 + 2);
    keys[0] = KEY(T_P1, l1);
    keys[1] = KEY(T_P2, l2);
    keys[2] = KEY(T_P1P2, l1 << 16 | l2);
    return 3;
}

int feat_dynamic_word(const feat_word *ws, int n, int i, int p1, int p2,
                      uint64_t *keys)
{
    const feat_word *w = &ws[i];
    uint64_t l1 = (uint64_t)(uint32_t)(p1 + 2), l2 = (uint64_t)(uint32_t)(p2 + 2);
    uint64_t ambp1 = i + 1 < n ? ws[i + 1].amb : 0xfffe;
    int k = 0;
    keys[k++] = KEY(T_P1_W, feat_mix(l1, w->lower));
    keys[k++] = KEY(T_P1_SUF3, feat_mix(l1, w->suf[2]));
    keys[k++] = KEY(T_P1_AMBP1, l1 << 32 | ambp1);
    keys[k++] = KEY(T_P2_W, feat_mix(l2, w->lower));
    keys[k++] = feat_dynamic_guess(ws, n, i, p1);
    return k;
}

uint64_t feat_dynamic_guess(const feat_word *ws, int n, int i, int p1)
{
    uint64_t l1 = (uint64_t)(uint32_t)(p1 + 2);
    return KEY(T_P1_TOPP1, l1 << 16 | (i + 1 < n ? ws[i + 1].guess : 0xfffe));
}

int feat_dynamic(const feat_word *ws, int n, int i, int p1, int p2,
                 uint64_t *keys)
{
    int k = feat_labels(p1, p2, keys);
    return k + feat_dynamic_word(ws, n, i, p1, p2, keys + k);
}
