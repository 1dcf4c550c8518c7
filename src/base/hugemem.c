/*
** hugemem.c — see hugemem.h.
*/
#include <stdint.h>
#include <sys/mman.h>
#include "base/hugemem.h"

#define HUGE_PAGE ((size_t)2 << 20)

void *hugemem_alloc(size_t bytes)
{
    if (bytes == 0) bytes = 1;
    /* Map a huge page more than asked and keep the aligned part, so that
    ** the table starts on a huge page's boundary. */
    size_t size = bytes + HUGE_PAGE;
    if (size < bytes) return NULL;
    uint8_t *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    uint8_t *start = (uint8_t *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (start > p) munmap(p, (size_t)(start - p));
    size_t tail = (size_t)(p + size - (start + bytes));
    if (tail) munmap(start + bytes, tail);
#ifdef MADV_HUGEPAGE
    madvise(start, bytes, MADV_HUGEPAGE);
#endif
    return start;
}

void hugemem_free(void *p, size_t bytes)
{
    if (p) munmap(p, bytes ? bytes : 1);
}
