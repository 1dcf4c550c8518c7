/*
** test_binfile.c — the binary container: round trip, and every way a file
** can be wrong (foreign, truncated, corrupt, wrong kind or version, bad
** section table).
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "base/binfile.h"

static char path[64];

static void write_sample(void)
{
    binfile_writer *w;
    CHECK_INT(binfile_writer_new(&w, "tagger", 3), DYAD_OK);
    CHECK_INT(binfile_add(w, "weights", "abcdefgh", 8), DYAD_OK);
    CHECK_INT(binfile_add(w, "labels", "x", 1), DYAD_OK);
    CHECK_INT(binfile_add(w, "labels", "y", 1), DYAD_EINVAL);
    CHECK_INT(binfile_write(w, path, NULL, 0), DYAD_OK);
    binfile_writer_free(w);
}

static size_t slurp(unsigned char **data)
{
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    size_t n = (size_t)ftell(f);
    rewind(f);
    *data = malloc(n);
    if (fread(*data, 1, n, f) != n) n = 0;
    fclose(f);
    return n;
}

TEST(round_trip)
{
    write_sample();
    binfile bf;
    char err[256];
    CHECK_INT(binfile_open(&bf, path, "tagger", 1, 3, err, sizeof err), DYAD_OK);
    size_t n;
    const char *w = binfile_section(&bf, "weights", &n);
    CHECK(w && n == 8 && memcmp(w, "abcdefgh", 8) == 0);
    CHECK(((uintptr_t)w & 63) == 0);
    CHECK(binfile_section(&bf, "missing", &n) == NULL && n == 0);
    /* The sections in file order, by index. */
    char name[BINFILE_NAME_MAX + 1];
    CHECK(binfile_section_at(&bf, 0, name, &n) == w && n == 8 && !strcmp(name, "weights"));
    const char *l = binfile_section_at(&bf, 1, name, &n);
    CHECK(l && n == 1 && *l == 'x' && !strcmp(name, "labels"));
    CHECK(binfile_section_at(&bf, 2, name, &n) == NULL);
    binfile_close(&bf);
}

TEST(wrong_kind_and_version)
{
    write_sample();
    binfile bf;
    char err[256];
    CHECK_INT(binfile_open(&bf, path, "parser", 1, 3, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "not a parser") != NULL);
    CHECK_INT(binfile_open(&bf, path, "tagger", 4, 5, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "version 3") != NULL);
}

TEST(truncated_and_corrupt)
{
    write_sample();
    unsigned char *data;
    size_t n = slurp(&data);
    binfile bf;
    char err[256];
    for (size_t cut = 0; cut < n; cut += 7)
        CHECK_INT(binfile_open_memory(&bf, data, cut, "tagger", 1, 3, err, sizeof err), DYAD_EMODEL);
    data[n - 1] ^= 1;
    CHECK_INT(binfile_open_memory(&bf, data, n, "tagger", 1, 3, err, sizeof err), DYAD_EMODEL);
    CHECK(strstr(err, "checksum") != NULL);
    free(data);
    CHECK_INT(binfile_open_memory(&bf, "hello world, not a model at all; padding padding padding padding",
                                  64, "tagger", 1, 3, err, sizeof err), DYAD_EMODEL);
    CHECK_INT(binfile_open(&bf, "/nonexistent/model.bin", "tagger", 1, 3, err, sizeof err), DYAD_EIO);
}

int main(void)
{
    snprintf(path, sizeof path, "/tmp/dyad-test-binfile-%d.bin", (int)getpid());
    RUN(round_trip);
    RUN(wrong_kind_and_version);
    RUN(truncated_and_corrupt);
    remove(path);
    return TEST_DONE();
}
