/*
** test_parallel.c — parallel_for (src/cli/parallel.c, built in here: the
** command-line objects are not in libdyad): every item done once, on
** workers below the number asked for, and a failure stops the handing out.
*/
#include <stdatomic.h>
#include <stdlib.h>
#include "testing.h"
#include "cli/parallel.c"

typedef struct tally {
    atomic_int *done;            /* per item: how many times it was done */
    unsigned threads;
    atomic_int bad_worker;       /* a worker index at or above threads */
    atomic_int workers_seen;     /* bit w: worker w did an item */
    size_t fail_at;              /* the item that fails, or (size_t)-1 */
} tally;

static int count_item(size_t item, unsigned worker, void *ctx)
{
    tally *t = ctx;
    atomic_fetch_add(&t->done[item], 1);
    if (worker >= t->threads) atomic_store(&t->bad_worker, 1);
    else if (worker < 31) atomic_fetch_or(&t->workers_seen, 1 << worker);
    /* a little work, so that the other threads get items too */
    volatile unsigned spin = 0;
    for (int i = 0; i < 2000; i++) spin += (unsigned)i;
    return item == t->fail_at ? 7 : 0;
}

/* Runs n items on `threads` threads; true when each was done once. */
static int each_once(size_t n, unsigned threads, int *rc, int *seen)
{
    tally t = { .threads = threads ? threads : 1, .fail_at = (size_t)-1 };
    t.done = calloc(n ? n : 1, sizeof *t.done);
    if (!t.done) return 0;
    atomic_init(&t.bad_worker, 0);
    atomic_init(&t.workers_seen, 0);
    *rc = parallel_for(n, threads, count_item, &t);
    int ok = !atomic_load(&t.bad_worker);
    for (size_t i = 0; i < n; i++) ok &= atomic_load(&t.done[i]) == 1;
    if (seen) *seen = atomic_load(&t.workers_seen);
    free(t.done);
    return ok;
}

TEST(every_item_once)
{
    int rc, seen;
    CHECK(each_once(1000, 1, &rc, &seen) && rc == 0 && seen == 1);
    CHECK(each_once(1000, 2, &rc, NULL) && rc == 0);
    CHECK(each_once(1000, 7, &rc, NULL) && rc == 0);
    /* fewer items than threads, one item, none */
    CHECK(each_once(3, 8, &rc, NULL) && rc == 0);
    CHECK(each_once(1, 4, &rc, &seen) && rc == 0 && seen == 1);
    CHECK(each_once(0, 4, &rc, &seen) && rc == 0 && seen == 0);
    /* 0 threads is one, more than the limit is the limit */
    CHECK(each_once(50, 0, &rc, &seen) && rc == 0 && seen == 1);
    CHECK(each_once(600, 1000, &rc, NULL) && rc == 0);
}

TEST(a_failure_stops_the_rest)
{
    for (unsigned threads = 1; threads <= 3; threads++) {
        size_t n = 5000;
        tally t = { .threads = threads, .fail_at = 10 };
        t.done = calloc(n, sizeof *t.done);
        CHECK(t.done != NULL);
        if (!t.done) return;
        atomic_init(&t.bad_worker, 0);
        atomic_init(&t.workers_seen, 0);
        CHECK_INT(parallel_for(n, threads, count_item, &t), 7);
        size_t done = 0;
        for (size_t i = 0; i < n; i++) done += (size_t)atomic_load(&t.done[i]);
        CHECK(atomic_load(&t.done[10]) == 1);
        /* the items taken before every thread saw the failure, no more */
        CHECK(done < 10 + 1 + 2 * threads);
        free(t.done);
    }
}

TEST(processors)
{
    unsigned n = parallel_processors();
    CHECK(n >= 1 && n <= 256);
}

int main(void)
{
    RUN(every_item_once);
    RUN(a_failure_stops_the_rest);
    RUN(processors);
    return TEST_DONE();
}
