/*
** test_common_words.c — the set of common English words, and reading it
** from WordNet's data files (a sample of our own in their format).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testing.h"
#include "dyad.h"
#include "lex/common_words.h"

static char dir[] = "/tmp/dyad-test-words-XXXXXX";

TEST(add_and_find)
{
    common_words set;
    common_words_init(&set);
    CHECK_INT(common_words_has(&set, "bush", 4), 0);
    CHECK_INT(common_words_add(&set, "bush", 4), DYAD_OK);
    CHECK_INT(common_words_add(&set, "bush", 4), DYAD_OK);
    CHECK_INT((int)set.n, 1);
    CHECK_INT(common_words_has(&set, "Bush", 4), 1);     /* asked in any case */
    CHECK_INT(common_words_has(&set, "bus", 3), 0);
    char word[16];
    for (int i = 0; i < 3000; i++) {                       /* the table grows */
        int len = snprintf(word, sizeof word, "w%d", i);
        CHECK_INT(common_words_add(&set, word, (size_t)len), DYAD_OK);
    }
    CHECK_INT(common_words_has(&set, "w2999", 5), 1);
    CHECK_INT(common_words_has(&set, "bush", 4), 1);
    common_words_free(&set);
}

TEST(reads_wordnet_data_lines)
{
    if (!mkdtemp(dir)) { CHECK(0); return; }
    char path[256];
    snprintf(path, sizeof path, "%s/data.noun", dir);
    FILE *f = fopen(path, "w");
    /* licence lines start with spaces; then offset, file, type, count
    ** (hex), word/lex_id pairs, pointers... */
    fputs("  1 This is a licence line with Words\n"
          "00001740 03 n 02 shrub 0 bush 0 001 @ 00001000 n 0000 | a low plant\n"
          "00001750 18 n 01 Lincoln 0 000 | a name only\n"
          "00001760 15 n 0b may 0 hawthorn 1 a 0 b 0 c 0 d 0 e 0 f 0 g 0 h 0 i 0 000 | eleven words (hex count)\n"
          "00001770 15 n 01 United_States 0 000 | joined words are skipped\n", f);
    fclose(f);
    common_words set;
    common_words_init(&set);
    int files = 0;
    CHECK_INT(common_words_read_wordnet(&set, dir, &files), DYAD_OK);
    CHECK_INT(files, 1);
    CHECK_INT(common_words_has(&set, "Bush", 4), 1);
    CHECK_INT(common_words_has(&set, "May", 3), 1);
    CHECK_INT(common_words_has(&set, "i", 1), 1);          /* the eleventh word */
    CHECK_INT(common_words_has(&set, "Lincoln", 7), 0);    /* only capitalised there */
    CHECK_INT(common_words_has(&set, "licence", 7), 0);
    common_words_free(&set);
    CHECK_INT(common_words_read_wordnet(&set, "/nonexistent-dir", &files), DYAD_OK);
    CHECK_INT(files, 0);
    remove(path);
    rmdir(dir);
}

int main(void)
{
    RUN(add_and_find);
    RUN(reads_wordnet_data_lines);
    return TEST_DONE();
}
