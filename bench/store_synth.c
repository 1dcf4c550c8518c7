/*
** store_synth.c — synthetic events through the store API, for
** bench/bench_store.sh.  Not part of the library or the command.
**
**   store_synth STORE N_EVENTS [--text] [--jsonl] [--batch N]
**
** Writes N_EVENTS events in stories of 8 into STORE (a new file) and prints
** the counts, wall and CPU seconds, and events per wall and CPU second.  With --text each story carries a
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
    enum { PER_STORY = 8 };
    dyad_event ev[PER_STORY];
    char codes[PER_STORY][2][16], ids[PER_STORY][48], sents[PER_STORY][96];
    char story_id[32], date[16], text[4096];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    long done = 0, story = 0;
    while (done < total) {
        int n = total - done < PER_STORY ? (int)(total - done) : PER_STORY;
        snprintf(story_id, sizeof story_id, "s%ld", story);
        store_day_string(18262 + (int64_t)(next() % 1827), date, sizeof date);
        for (int i = 0; i < n; i++) {
            dyad_event *e = &ev[i];
            dyad_event_init(e);
            size_t a = zipf(40), b = zipf(40);
            if (a == b) b = (b + 1) % 40;
            const char *sa = sectors[next() % 9], *sb = sectors[next() % 9];
            snprintf(codes[i][0], 16, "%s%s", countries[a], sa);
            snprintf(codes[i][1], 16, "%s%s", countries[b], sb);
            snprintf(ids[i], sizeof ids[i], "%s:%d:1", story_id, i);
            snprintf(sents[i], sizeof sents[i], "Officials of %s met %s on %s (%d).", countries[a], countries[b], date, i);
            size_t c = next() % 20;
            e->doc_id = story_id; e->sent = i; e->event_id = ids[i];
            e->date = date; e->date_basis = "story";
            e->source = (dyad_event_actor){ countries[a], codes[i][0], countries[a], sa, 0, 12 };
            e->target = (dyad_event_actor){ countries[b], codes[i][1], countries[b], sb, 20, 29 };
            e->cameo = cameos[c].code;
            char root[3] = { cameos[c].code[0], cameos[c].code[1], 0 };
            e->cameo_root = root[0] == '0' && root[1] == '1' ? "01" : NULL;
            e->cameo_root = e->cameo_root ? e->cameo_root : (root[0] == '0' ? "0X" : "1X");
            e->plover = "CONSULT"; e->quad_class = cameos[c].quad; e->goldstein = cameos[c].g;
            e->verb = (dyad_event_verb){ "met", "meet", 13, 16 };
            e->modality = "asserted"; e->confidence = 0.8;
            e->sentence = sents[i];
            e->why = "verb 'meet' (verbs:040)";
            e->story_source = "wire"; e->story_url = "";
        }
        /* cameo_root must be the code's first two digits; set it for real. */
        char roots[PER_STORY][3];
        for (int i = 0; i < n; i++) {
            roots[i][0] = ev[i].cameo[0]; roots[i][1] = ev[i].cameo[1]; roots[i][2] = 0;
            ev[i].cameo_root = roots[i];
        }
        if (jsonl) {
            for (int i = 0; i < n; i++) event_jsonl_write(stdout, &ev[i]);
        } else {
            store_story st = { story_id, date, "wire", "", NULL, 0 };
            if (with_text) {
                size_t len = 0;
                for (int w = 0; w < 120 && len + 16 < sizeof text; w++)
                    len += (size_t)snprintf(text + len, sizeof text - len, "w%llu ",
                                            (unsigned long long)(next() % 5000));
                st.text = text; st.text_len = len;
            }
            if (!dry && store_add_story(store, &st, ev, (size_t)n, NULL) != DYAD_OK) {
                fprintf(stderr, "%s\n", store_error(store));
                return 1;
            }
        }
        done += n;
        story++;
    }
    if (store && store_close(store) != DYAD_OK) { fprintf(stderr, "close failed\n"); return 1; }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                 (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    /* Wall time counts waits for a shared machine's cores; CPU time is
    ** what one core spent, so events per CPU second is the one-core rate. */
    if (!jsonl)
        printf("events %ld stories %ld wall_s %.2f cpu_s %.2f events_per_wall_s %.0f events_per_cpu_s %.0f\n",
               done, story, secs, cpu, (double)done / secs, (double)done / cpu);
    return 0;
}
