/*
** hugemem.h — memory for tables that are read at random.
**
** The tagger's and the parser's weight tables are megabytes read in no
** order.  In 4 KB pages nearly every read misses the TLB and costs a page
** walk (a longer one on a virtual machine); in 2 MB pages a handful of
** TLB entries cover them.  Where the system grants huge pages on request
** (Linux's transparent huge pages in "madvise" or "always" mode) they are
** asked for; elsewhere this is plain zeroed memory.
*/
#ifndef DYAD_HUGEMEM_H
#define DYAD_HUGEMEM_H

#include <stddef.h>

/* `bytes` of zeroed memory aligned to 2 MB, or NULL. */
void *hugemem_alloc(size_t bytes);
/* Frees what hugemem_alloc gave for the same `bytes`; NULL is ignored. */
void hugemem_free(void *p, size_t bytes);

#endif
