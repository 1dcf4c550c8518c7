/*
** fuzz_reader.c — libFuzzer target: any bytes as a plain-text wire page,
** as JSON Lines, as CoNLL-U, as PETRARCH-2 XML and as whatever the first
** byte suggests, read to the end; never a crash or a hang.
*/
#include <stdint.h>
#include <stdio.h>
#include "dyad.h"

static void read_as(const uint8_t *data, size_t size, dyad_format format)
{
    FILE *in = fmemopen((void *)data, size, "rb");
    if (!in) return;
    dyad_reader *reader;
    dyad_reader_options options = { format, "2026-01-01", 4096 };
    if (dyad_reader_open(&reader, in, "fuzz", &options) == DYAD_OK) {
        dyad_doc doc;
        dyad_doc_init(&doc);
        for (int guard = 0; guard < 100000; guard++) {
            int rc = dyad_reader_next(reader, &doc);
            if (rc == DYAD_DONE || rc == DYAD_EIO || rc == DYAD_ENOMEM) break;
        }
        dyad_doc_free(&doc);
    }
    dyad_reader_close(reader);
    fclose(in);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;     /* fmemopen refuses an empty buffer */
    read_as(data, size, DYAD_FORMAT_TEXT);
    read_as(data, size, DYAD_FORMAT_JSONL);
    read_as(data, size, DYAD_FORMAT_CONLLU);
    read_as(data, size, DYAD_FORMAT_PETRXML);
    read_as(data, size, DYAD_FORMAT_AUTO);
    return 0;
}
