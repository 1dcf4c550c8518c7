/*
** arena.h — a bump allocator for many small strings that die together.
**
** A document's word forms and CoNLL-U columns are allocated here, so that
** segmenting a story costs a handful of mallocs, not one per word, and
** resetting the document frees them all at once while keeping the first
** block for the next story.
*/
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H

#include <stddef.h>
#include "dyad.h"

struct dyad_arena_block {
    struct dyad_arena_block *next;   /* older block */
    size_t used, size;               /* bytes used / available in data */
    char data[];
};

/* Returns n bytes aligned to 8 from the arena at *head, growing it. */
void *arena_alloc(dyad_arena_block **head, size_t n);
/* Copies len bytes and a NUL; NULL when out of memory. */
char *arena_strdup(dyad_arena_block **head, const char *s, size_t len);
/* Frees all blocks but the newest, which is emptied for reuse. */
void arena_reset(dyad_arena_block **head);
void arena_free(dyad_arena_block **head);

#endif
