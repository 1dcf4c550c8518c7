/*
** common_words.h — the lower-case words of English, from WordNet's data
** files (Debian's wordnet-base), as a set.
**
** A surname that is also a common word ("Bush", "May", "Rice", "Brown")
** cannot stand alone for a person: "May" starts sentences about the
** month.  WordNet keeps the case of each lemma, so "Lincoln" (only a
** name there) is not common, while "bush" and "may" are.
*/
#ifndef DYAD_LEX_COMMON_WORDS_H
#define DYAD_LEX_COMMON_WORDS_H

#include <stddef.h>
#include <stdint.h>

typedef struct common_words {
    char **slots;            /* open addressing; NULL = empty */
    size_t cap, n;
} common_words;

void common_words_init(common_words *set);
void common_words_free(common_words *set);

/* Adds word (len bytes, taken as it is); DYAD_OK or DYAD_ENOMEM. */
int common_words_add(common_words *set, const char *word, size_t len);

/* Reads the lemmas that are all lower case from DIR/data.noun, data.verb,
** data.adj and data.adv (WordNet's "_" joins the words of a lemma; those
** are skipped).  Missing files are skipped; DYAD_ENOMEM is the only
** error. *read_files counts the files read. */
int common_words_read_wordnet(common_words *set, const char *dir, int *read_files);

/* Is the word, lower-cased, in the set? */
int common_words_has(const common_words *set, const char *word, size_t len);

#endif
