/*
** test_wnclass.c — WordNet word classes: read from a small WordNet-style
** folder written here (the same file formats), then looked up directly
** and through regular endings.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testing.h"
#include "nlp/wnclass.h"

static char dir[64];

static void put(const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

/* data.noun: offset lex_filenum ss_type w_cnt(hex) (word lex_id)... */
static void write_wordnet(void)
{
    put("data.noun",
        "  1 This licence header line starts with spaces.\n"
        "00000001 04 n 02 chemistry 0 alchemy 0 000 | a science\n"
        "00000002 15 n 01 Delaware 0 000 | a state\n"
        "00000003 06 n 02 ferry 0 ferryboat 0 000 | a boat\n"
        "00000004 06 n 01 guard_post 0 000 | a place\n"
        "00000005 06 n 01 Ferry 1 000 | a surname\n");
    put("index.verb", "  1 header\nferry v 1 0 1 0 01\nshell v 1 0 1 0 01\nstop v 1 0 1 0 01\n"
                      "hope v 1 0 1 0 01\n");
    put("index.adj", "scarce a 1 0 1 0 01\nbig a 1 0 1 0 01\nhappy a 1 0 1 0 01\nnice a 1 0 1 0 01\n");
    put("index.adv", "  1 header\nsoon r 1 0 1 0 01\n");
}

static uint32_t classes(const wnc_table *t, const char *w)
{
    return wnc_classes(t, w, strlen(w));
}

TEST(reads_wordnet_classes)
{
    write_wordnet();
    uint32_t *slots, n;
    size_t lemmas;
    CHECK_INT(wnc_build(dir, &slots, &n, &lemmas), 0);
    CHECK(n > lemmas);
    CHECK_INT((int)lemmas, 13);        /* ferry: noun, name and verb in one */
    wnc_table t = { slots, n - 1 };
    CHECK_INT((int)classes(&t, "chemistry"), WNC_NOUN);
    CHECK_INT((int)classes(&t, "delaware"), WNC_PROPER);
    CHECK_INT((int)classes(&t, "ferry"), WNC_NOUN | WNC_PROPER | WNC_VERB);
    CHECK_INT((int)classes(&t, "scarce"), WNC_ADJ);
    CHECK_INT((int)classes(&t, "soon"), WNC_ADV);
    CHECK_INT((int)classes(&t, "guard_post"), 0);    /* multiword lemmas left out */
    CHECK_INT((int)classes(&t, "blorked"), 0);
    /* Regular endings. */
    CHECK(classes(&t, "ferries") & WNC_PLURAL);
    CHECK(classes(&t, "ferries") & WNC_VERB_S);
    CHECK_INT((int)classes(&t, "shelled"), WNC_PAST);
    CHECK_INT((int)classes(&t, "stopped"), WNC_PAST);
    CHECK_INT((int)classes(&t, "hoped"), WNC_PAST);
    CHECK_INT((int)classes(&t, "hoping"), WNC_ING);
    CHECK_INT((int)classes(&t, "shelling"), WNC_ING);
    CHECK_INT((int)classes(&t, "bigger"), WNC_MORE);
    CHECK_INT((int)classes(&t, "happiest"), WNC_MORE);
    CHECK_INT((int)classes(&t, "nicer"), WNC_MORE);
    CHECK_INT((int)classes(&t, "scarcely"), WNC_LY);
    CHECK_INT((int)classes(&t, "happily"), WNC_LY);
    CHECK(wnc_amb(0) == 0 && wnc_amb(WNC_NOUN) != 0 && wnc_amb(WNC_NOUN) != wnc_amb(WNC_VERB));
    free(slots);
    /* No table: no classes. */
    wnc_table none = { NULL, 0 };
    CHECK_INT((int)classes(&none, "chemistry"), 0);
}

TEST(no_wordnet_folder)
{
    uint32_t *slots, n;
    size_t lemmas;
    CHECK_INT(wnc_build("/nonexistent/wordnet", &slots, &n, &lemmas), 1);
    CHECK(slots == NULL && n == 0 && lemmas == 0);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dyad-test-wnclass-XXXXXX");
    if (!mkdtemp(dir)) return 1;
    RUN(reads_wordnet_classes);
    RUN(no_wordnet_folder);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
    return TEST_DONE();
}
