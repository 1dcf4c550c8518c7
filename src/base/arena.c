/*
** arena.c — the bump allocator of arena.h.
*/
#include <stdlib.h>
#include <string.h>
#include "base/arena.h"

/* 64 KiB holds the strings of a typical news story in one block. */
#define ARENA_MIN_BLOCK (64 * 1024)

void *arena_alloc(dyad_arena_block **head, size_t n)
{
    dyad_arena_block *block = *head;
    n = (n + 7) & ~(size_t)7;
    if (!block || block->size - block->used < n) {
        size_t size = n > ARENA_MIN_BLOCK ? n : ARENA_MIN_BLOCK;
        /* Keep doubling with the chain so big documents need few blocks. */
        if (block && block->size * 2 > size && block->size < (64u << 20))
            size = block->size * 2;
        dyad_arena_block *fresh = malloc(sizeof *fresh + size);
        if (!fresh) return NULL;
        fresh->next = block;
        fresh->used = 0;
        fresh->size = size;
        *head = block = fresh;
    }
    void *p = block->data + block->used;
    block->used += n;
    return p;
}

char *arena_strdup(dyad_arena_block **head, const char *s, size_t len)
{
    char *copy = arena_alloc(head, len + 1);
    if (!copy) return NULL;
    if (len) memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

void arena_reset(dyad_arena_block **head)
{
    dyad_arena_block *block = *head;
    if (!block) return;
    dyad_arena_block *older = block->next;
    while (older) {
        dyad_arena_block *next = older->next;
        free(older);
        older = next;
    }
    block->next = NULL;
    block->used = 0;
}

void arena_free(dyad_arena_block **head)
{
    dyad_arena_block *block = *head;
    while (block) {
        dyad_arena_block *next = block->next;
        free(block);
        block = next;
    }
    *head = NULL;
}
