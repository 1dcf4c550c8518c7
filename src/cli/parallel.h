/*
** parallel.h — runs a job over n items on a few threads, each item once,
** for commands whose items are independent (dyad code's stories).
*/
#ifndef DYAD_CLI_PARALLEL_H
#define DYAD_CLI_PARALLEL_H

#include <stddef.h>

/* The most threads parallel_for starts (and --threads takes). */
enum { PARALLEL_MAX_THREADS = 256 };

/* Does item `item` on worker `worker` (0 to threads - 1: the index of a
** per-worker state the caller keeps); returns 0, or nonzero to stop. */
typedef int (*parallel_item_fn)(size_t item, unsigned worker, void *ctx);

/*
** Calls fn for every item below n, each once, on up to `threads` threads
** (the calling one included), each taking the next item not yet taken,
** and returns when all are done: 0, or the first nonzero fn returned
** (the items not yet taken are then left).  Where a thread cannot be
** started, those that were do the work.  The order in which items are
** done is not fixed.
*/
int parallel_for(size_t n, unsigned threads, parallel_item_fn fn, void *ctx);

/* The number of processors online, at least 1. */
unsigned parallel_processors(void);

#endif
