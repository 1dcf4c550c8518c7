/*
** lexicon_speed.c — how fast the lexicon loads and matches (bench only).
**
** usage: lexicon_speed LEXICON.bin FILE.conllu [ROUNDS]
** Reads the CoNLL-U file (forms and lemmas as given) into one document,
** then matches it ROUNDS times on one core and prints tokens/s; opens
** the lexicon 50 times and prints the mean load time.
*/
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "dyad.h"
#include "text/conllu_read.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this thread: the figure that holds when other work shares
** the machine's cores (the project's machine is shared). */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: lexicon_speed LEXICON.bin FILE.conllu [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? atoi(argv[3]) : 10;
    char err[512] = "";
    dyad_lexicon *lex = NULL;
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < 50; i++) {
        dyad_lexicon_close(lex);
        if (dyad_lexicon_open(&lex, argv[1], err, sizeof err) != DYAD_OK) {
            fprintf(stderr, "lexicon_speed: %s: %s\n", argv[1], err);
            return 1;
        }
    }
    double load_ms = (now() - t0) / 50 * 1000, load_cpu_ms = (cpu_now() - c0) / 50 * 1000;
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *error = NULL;
    if (conllu_read_file(argv[2], &doc, &error) != DYAD_OK) {
        fprintf(stderr, "lexicon_speed: %s: %s\n", argv[2], error ? error : "cannot read");
        free(error);
        return 1;
    }
    dyad_lex_matches m;
    dyad_lex_matches_init(&m);
    dyad_lex_match_doc(lex, &doc, &m);    /* warm-up */
    size_t matches = 0;
    t0 = now();
    c0 = cpu_now();
    for (int r = 0; r < rounds; r++) {
        dyad_lex_match_doc(lex, &doc, &m);
        matches += m.n;
    }
    double secs = now() - t0, cpu_secs = cpu_now() - c0;
    double tokens = (double)doc.n_tokens * rounds;
    printf("lexicon: %zu entries, load %.2f ms wall, %.2f ms CPU (mean of 50 opens)\n",
           dyad_lexicon_count(lex, 0), load_ms, load_cpu_ms);
    printf("match: %zu tokens x %d rounds, %zu matches a round, %.2f M tokens/s of CPU time "
           "on one core (%.2f M/s wall)\n", doc.n_tokens, rounds,
           matches / (size_t)(rounds ? rounds : 1), tokens / cpu_secs / 1e6, tokens / secs / 1e6);
    dyad_lex_matches_free(&m);
    dyad_doc_free(&doc);
    dyad_lexicon_close(lex);
    return 0;
}
