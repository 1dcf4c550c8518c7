/*
** test_hugemem.c — memory for tables read at random: zeroed, aligned to
** a huge page, writable to its last byte, and freed.
*/
#include <stdint.h>
#include "testing.h"
#include "base/hugemem.h"

TEST(zeroed_aligned_and_writable)
{
    size_t sizes[] = { 1, 4096, (size_t)3 << 20, ((size_t)5 << 20) + 17 };
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        unsigned char *p = hugemem_alloc(n);
        CHECK(p != NULL);
        if (!p) continue;
        CHECK_INT((int)((uintptr_t)p & (((uintptr_t)2 << 20) - 1)), 0);
        size_t nonzero = 0;
        for (size_t i = 0; i < n; i += 1024) nonzero += p[i] != 0;
        nonzero += p[n - 1] != 0;
        CHECK_INT((int)nonzero, 0);
        p[0] = 1;
        p[n - 1] = 2;
        CHECK_INT(p[n - 1], 2);
        CHECK_INT(p[0], n > 1 ? 1 : 2);
        hugemem_free(p, n);
    }
}

TEST(empty_and_null)
{
    void *p = hugemem_alloc(0);
    CHECK(p != NULL);
    hugemem_free(p, 0);
    hugemem_free(NULL, 123);      /* nothing to free */
}

int main(void)
{
    RUN(zeroed_aligned_and_writable);
    RUN(empty_and_null);
    return TEST_DONE();
}
