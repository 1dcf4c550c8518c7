/*
** store_synth.c — synthetic events through the store API, for
** bench/bench_store.sh.  Not part of the library or the command.
**
**   store_synth STORE N_EVENTS [--text] [--jsonl] [--dry] [--batch N]
**
** Writes N_EVENTS events in stories of 8 into STORE (a new file) and prints
** the counts and three rates: events per CPU second spent in the store's
** calls (store_add_story, store_close), per CPU second of the whole process
** (the generator included) and per wall second.  With --text each story carries a
** text of ~120 words, so the duplicate checks (hash, MinHash, LSH bands)
** run too.  With --jsonl the events go to stdout as JSON Lines instead.
** Countries follow a Zipf-like law, so USA-CAN is a busy dyad like in
** real news; dates span 2020-01-01 .. 2024-12-31.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include "dyad.h"
#include "out/event_jsonl.h"
#include "store/store.h"

static const char *countries[] = { "USA", "CAN", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR",
    "ISR", "IRN", "IND", "PAK", "JPN", "KOR", "PRK", "TUR", "SYR", "IRQ", "AFG", "BRA",
    "MEX", "EGY", "SAU", "NGA", "ZAF", "AUS", "ITA", "ESP", "POL", "ROU", "MDA", "VEN",
    "COL", "ARG", "KEN", "ETH", "SDN", "LBY", "YEM", "IDN" };
static const char *sectors[] = { "GOV", "MIL", "COP", "OPP", "REB", "CVL", "MED", "BUS", "" };
static const struct { const char *code; int quad; double g; } cameos[] = {
    { "010", 1, 0.0 }, { "036", 1, 4.0 }, { "042", 1, 1.9 }, { "043", 1, 2.8 },
    { "051", 1, 3.4 }, { "057", 1, 8.0 }, { "061", 2, 6.4 }, { "070", 2, 7.0 },
    { "081", 2, 5.0 }, { "112", 3, -2.0 }, { "120", 3, -4.0 }, { "130", 3, -4.4 },
    { "138", 3, -7.0 }, { "141", 3, -6.5 }, { "163", 4, -8.0 }, { "173", 4, -5.0 },
    { "190", 4, -10.0 }, { "193", 4, -10.0 }, { "020", 1, 3.0 }, { "046", 1, 7.0 } };

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }
static size_t zipf(size_t n) { double u = (double)(next() >> 11) / 9007199254740992.0; return (size_t)(n * u * u * u) % n; }

int main(int argc, char **argv)
{
    if (argc < 3) { fprintf(stderr, "usage: store_synth STORE N_EVENTS [--text] [--jsonl]\n"); return 2; }
    long total = atol(argv[2]);
    int with_text = 0, jsonl = 0, dry = 0;
    size_t batch = 0;
    for (int i = 3; i < argc; i++) {
        if (!strcmp(argv[i], "--text")) with_text = 1;
        if (!strcmp(argv[i], "--jsonl")) jsonl = 1;
        if (!strcmp(argv[i], "--dry")) dry = 1;
        if (!strcmp(argv[i], "--batch") && i + 1 < argc) batch = (size_t)atol(argv[++i]);
    }
    dyad_store *store = NULL;
    if (!jsonl) {
        char side[512];
        remove(argv[1]);
        snprintf(side, sizeof side, "%s-wal", argv[1]); remove(side);
        snprintf(side, sizeof side, "%s-shm", argv[1]); remove(side);
        store_options o = { .batch_events = batch };
        if (store_open(&store, argv[1], &o) != DYAD_OK) {
            fprintf(stderr, "%s\n", store_error(store));
            return 1;
        }
    }
    /* Stories are made BLOCK at a time before the timed section, so the
    ** "store" figures count only store_add_story and store_close (the last
    ** commit); the generator's own snprintfs are outside them. */
    enum { PER_STORY = 8, BLOCK = 1024 };
    typedef struct {
        dyad_event ev[PER_STORY];
        char codes[PER_STORY][2][16], ids[PER_STORY][48], sents[PER_STORY][96], roots[PER_STORY][3];
        char story_id[32], date[16], text[4096];
        store_story st;
        int n;
    } synth_story;
    synth_story *block = malloc(BLOCK * sizeof *block);
    if (!block) { fprintf(stderr, "out of memory\n"); return 1; }
    struct timespec t0, t1, c0, c1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double store_cpu = 0;
    long done = 0, story = 0;
    while (done < total) {
        int made = 0;
        for (; made < BLOCK && done < total; made++) {
            synth_story *y = &block[made];
            int n = total - done < PER_STORY ? (int)(total - done) : PER_STORY;
            y->n = n;
            snprintf(y->story_id, sizeof y->story_id, "s%ld", story);
            store_day_string(18262 + (int64_t)(next() % 1827), y->date, sizeof y->date);
            for (int i = 0; i < n; i++) {
                dyad_event *e = &y->ev[i];
                dyad_event_init(e);
                size_t a = zipf(40), b = zipf(40);
                if (a == b) b = (b + 1) % 40;
                const char *sa = sectors[next() % 9], *sb = sectors[next() % 9];
                snprintf(y->codes[i][0], 16, "%s%s", countries[a], sa);
                snprintf(y->codes[i][1], 16, "%s%s", countries[b], sb);
                snprintf(y->ids[i], sizeof y->ids[i], "%s:%d:1", y->story_id, i);
                snprintf(y->sents[i], sizeof y->sents[i], "Officials of %s met %s on %s (%d).",
                         countries[a], countries[b], y->date, i);
                size_t c = next() % 20;
                e->doc_id = y->story_id; e->sent = i; e->event_id = y->ids[i];
                e->date = y->date; e->date_basis = "story";
                e->source = (dyad_event_actor){ countries[a], y->codes[i][0], countries[a], sa, 0, 12 };
                e->target = (dyad_event_actor){ countries[b], y->codes[i][1], countries[b], sb, 20, 29 };
                e->cameo = cameos[c].code;
                /* cameo_root is the code's first two digits. */
                y->roots[i][0] = cameos[c].code[0]; y->roots[i][1] = cameos[c].code[1]; y->roots[i][2] = 0;
                e->cameo_root = y->roots[i];
                e->plover = "CONSULT"; e->quad_class = cameos[c].quad; e->goldstein = cameos[c].g;
                e->verb = (dyad_event_verb){ "met", "meet", 13, 16 };
                e->modality = "asserted"; e->confidence = 0.8;
                e->sentence = y->sents[i];
                e->why = "verb 'meet' (verbs:040)";
                e->story_source = "wire"; e->story_url = "";
            }
            y->st = (store_story){ y->story_id, y->date, "wire", "", NULL, 0 };
            if (with_text) {
                size_t len = 0;
                for (int w = 0; w < 120 && len + 16 < sizeof y->text; w++)
                    len += (size_t)snprintf(y->text + len, sizeof y->text - len, "w%llu ",
                                            (unsigned long long)(next() % 5000));
                y->st.text = y->text; y->st.text_len = len;
            }
            done += n;
            story++;
        }
        if (jsonl) {
            for (int k = 0; k < made; k++)
                for (int i = 0; i < block[k].n; i++) event_jsonl_write(stdout, &block[k].ev[i]);
            continue;
        }
        if (dry) continue;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
        for (int k = 0; k < made; k++)
            if (store_add_story(store, &block[k].st, block[k].ev, (size_t)block[k].n, NULL) != DYAD_OK) {
                fprintf(stderr, "%s\n", store_error(store));
                return 1;
            }
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
        store_cpu += (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    if (store && store_close(store) != DYAD_OK) { fprintf(stderr, "close failed\n"); return 1; }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    store_cpu += (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
    free(block);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                 (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    /* Wall time counts waits for a shared machine's cores; CPU time is
    ** what one core spent, so events per CPU second is the one-core rate.
    ** store_cpu_s: user + system CPU inside store_add_story and
    ** store_close only; cpu_s: the whole process (generator, start-up and
    ** store); wall_s: the whole run, waits for the cores included. */
    if (!jsonl && !dry)
        printf("events %ld stories %ld store_cpu_s %.2f events_per_store_cpu_s %.0f"
               " | whole process: cpu_s %.2f events_per_cpu_s %.0f wall_s %.2f events_per_wall_s %.0f\n",
               done, story, store_cpu, (double)done / store_cpu, cpu, (double)done / cpu,
               secs, (double)done / secs);
    else if (dry)
        printf("events %ld stories %ld (generated, not stored) cpu_s %.2f wall_s %.2f\n",
               done, story, cpu, secs);
    return 0;
}
