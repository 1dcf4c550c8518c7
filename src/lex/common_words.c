/*
** common_words.c — a set of lower-case English words (common_words.h).
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "lex/common_words.h"

#define WORD_MAX 64

void common_words_init(common_words *set)
{
    memset(set, 0, sizeof *set);
}

void common_words_free(common_words *set)
{
    for (size_t i = 0; i < set->cap; i++) free(set->slots[i]);
    free(set->slots);
    memset(set, 0, sizeof *set);
}

static uint64_t hash_word(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ULL;         /* FNV-1a */
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

/* The slot holding word, or the empty slot where it would go. */
static size_t find_slot(const common_words *set, const char *word, size_t len)
{
    size_t i = (size_t)hash_word(word, len) & (set->cap - 1);
    while (set->slots[i] && (strlen(set->slots[i]) != len || memcmp(set->slots[i], word, len)))
        i = (i + 1) & (set->cap - 1);
    return i;
}

static int grow(common_words *set)
{
    size_t cap = set->cap ? set->cap * 2 : 1024;
    char **old = set->slots;
    size_t old_cap = set->cap;
    set->slots = calloc(cap, sizeof *set->slots);
    if (!set->slots) { set->slots = old; return DYAD_ENOMEM; }
    set->cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i]) set->slots[find_slot(set, old[i], strlen(old[i]))] = old[i];
    free(old);
    return DYAD_OK;
}

int common_words_add(common_words *set, const char *word, size_t len)
{
    if ((set->n + 1) * 2 > set->cap && grow(set)) return DYAD_ENOMEM;
    size_t i = find_slot(set, word, len);
    if (set->slots[i]) return DYAD_OK;
    char *copy = malloc(len + 1);
    if (!copy) return DYAD_ENOMEM;
    memcpy(copy, word, len);
    copy[len] = '\0';
    set->slots[i] = copy;
    set->n++;
    return DYAD_OK;
}

int common_words_has(const common_words *set, const char *word, size_t len)
{
    if (!set->cap || len == 0 || len >= WORD_MAX) return 0;
    char lower[WORD_MAX];
    for (size_t i = 0; i < len; i++) lower[i] = (char)tolower((unsigned char)word[i]);
    return set->slots[find_slot(set, lower, len)] != NULL;
}

/* A data line: "offset lex_filenum ss_type w_cnt word lex_id [word lex_id]...",
** w_cnt in hexadecimal; lines starting with spaces are the licence. */
static int read_data_line(common_words *set, char *line)
{
    if (line[0] == ' ' || !line[0]) return DYAD_OK;
    char *save = NULL;
    if (!strtok_r(line, " ", &save) || !strtok_r(NULL, " ", &save) || !strtok_r(NULL, " ", &save))
        return DYAD_OK;
    const char *count = strtok_r(NULL, " ", &save);
    if (!count) return DYAD_OK;
    long n = strtol(count, NULL, 16);
    for (long k = 0; k < n; k++) {
        const char *word = strtok_r(NULL, " ", &save);
        if (!word || !strtok_r(NULL, " ", &save)) break;
        size_t len = strlen(word);
        /* adjectives may carry a marker: "galore(ip)" */
        const char *paren = strchr(word, '(');
        if (paren) len = (size_t)(paren - word);
        int plain = len > 0 && len < WORD_MAX;
        for (size_t i = 0; plain && i < len; i++)
            if (!islower((unsigned char)word[i]) && word[i] != '-' && word[i] != '\'') plain = 0;
        if (plain && common_words_add(set, word, len)) return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

int common_words_read_wordnet(common_words *set, const char *dir, int *read_files)
{
    static const char *const files[] = { "data.noun", "data.verb", "data.adj", "data.adv" };
    *read_files = 0;
    char line[16384];
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, files[f]);
        FILE *in = fopen(path, "r");
        if (!in) continue;
        (*read_files)++;
        int st = DYAD_OK;
        while (st == DYAD_OK && fgets(line, sizeof line, in)) st = read_data_line(set, line);
        fclose(in);
        if (st) return st;
    }
    return DYAD_OK;
}
