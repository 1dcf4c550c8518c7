/*
** store_fixture.h — small helpers the store tests share: a fresh store
** path in a temporary folder, and events built in one line.
*/
#ifndef DYAD_TESTS_STORE_FIXTURE_H
#define DYAD_TESTS_STORE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "dyad.h"

/* A new empty folder under /tmp, and a store path in it (static storage;
** each call gives another). */
static inline const char *fixture_store_path(void)
{
    static char dir[64], path[96];
    snprintf(dir, sizeof dir, "/tmp/dyad-test-XXXXXX");
    if (!mkdtemp(dir)) return "/tmp/dyad-test-store.db";
    snprintf(path, sizeof path, "%s/events.db", dir);
    return path;
}

/* Removes the store and its WAL files and folder. */
static inline void fixture_remove(const char *path)
{
    char p[128];
    const char *suffixes[] = { "", "-wal", "-shm" };
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", path, suffixes[i]);
        unlink(p);
    }
    snprintf(p, sizeof p, "%s", path);
    char *slash = strrchr(p, '/');
    if (slash) { *slash = '\0'; rmdir(p); }
}

/* An event of story doc on date from src to tgt (countries) with code. */
static inline dyad_event fixture_event(const char *doc, const char *date, const char *src,
                                       const char *tgt, const char *cameo, int quad, double g)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.doc_id = doc;
    ev.date = date;
    ev.date_basis = "story";
    ev.source.country = src; ev.source.code = src; ev.source.text = src;
    ev.target.country = tgt; ev.target.code = tgt; ev.target.text = tgt;
    ev.cameo = cameo;
    ev.quad_class = quad;
    ev.goldstein = g;
    ev.sent = 0;
    ev.sentence = "A sentence.";
    return ev;
}

#endif
