/*
** parallel.c — parallel.h's work sharing: a counter the threads take
** items from, so that a long story on one thread does not leave the
** others waiting with work still to hand out.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include "cli/parallel.h"

typedef struct shared_work {
    size_t n;
    atomic_size_t next;
    atomic_int failed;           /* the first nonzero fn returned, or 0 */
    parallel_item_fn fn;
    void *ctx;
} shared_work;

typedef struct worker_arg {
    shared_work *work;
    unsigned worker;
} worker_arg;

static void *run_worker(void *p)
{
    const worker_arg *a = p;
    shared_work *w = a->work;
    while (!atomic_load(&w->failed)) {
        size_t item = atomic_fetch_add(&w->next, 1);
        if (item >= w->n) break;
        int rc = w->fn(item, a->worker, w->ctx);
        if (rc) {
            int none = 0;
            atomic_compare_exchange_strong(&w->failed, &none, rc);
        }
    }
    return NULL;
}

int parallel_for(size_t n, unsigned threads, parallel_item_fn fn, void *ctx)
{
    if (threads < 1) threads = 1;
    if (threads > PARALLEL_MAX_THREADS) threads = PARALLEL_MAX_THREADS;
    if (threads > n) threads = n ? (unsigned)n : 1;
    shared_work work = { .n = n, .fn = fn, .ctx = ctx };
    atomic_init(&work.next, 0);
    atomic_init(&work.failed, 0);
    pthread_t ids[PARALLEL_MAX_THREADS];
    worker_arg args[PARALLEL_MAX_THREADS];
    unsigned started = 0;
    for (unsigned t = 1; t < threads; t++) {
        args[t] = (worker_arg){ &work, t };
        if (pthread_create(&ids[t], NULL, run_worker, &args[t])) break;
        started = t;
    }
    args[0] = (worker_arg){ &work, 0 };
    run_worker(&args[0]);
    for (unsigned t = 1; t <= started; t++) pthread_join(ids[t], NULL);
    return atomic_load(&work.failed);
}

unsigned parallel_processors(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > PARALLEL_MAX_THREADS ? PARALLEL_MAX_THREADS : (unsigned)n;
}
