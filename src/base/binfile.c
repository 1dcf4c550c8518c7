/*
** binfile.c — reading and writing the container of binfile.h.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "dyad.h"
#include "base/binfile.h"

static const char MAGIC[8] = { 'D', 'Y', 'A', 'D', 'B', 'I', 'N', 0x1a };
#define HEADER_SIZE 64
#define ENTRY_SIZE 32

static uint64_t read_u64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

static uint32_t read_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void write_u64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) { p[i] = (uint8_t)v; v >>= 8; }
}

static void write_u32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) { p[i] = (uint8_t)v; v >>= 8; }
}

uint64_t binfile_hash(const void *data, size_t size)
{
    const uint8_t *p = data;
    uint64_t h = 0x9e3779b97f4a7c15ull ^ size;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 29;
    }
    for (; i < size; i++) h = (h ^ p[i]) * 0x100000001b3ull;
    h ^= h >> 33;
    return h * 0xc4ceb9fe1a85ec53ull;
}

static int fail(char *err, size_t err_len, int status, const char *fmt, ...)
{
    if (err && err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, err_len, fmt, ap);
        va_end(ap);
    }
    return status;
}

int binfile_open_memory(binfile *bf, const void *data, size_t size,
                        const char *kind, uint32_t version_min,
                        uint32_t version_max, char *err, size_t err_len)
{
    const uint8_t *p = data;
    memset(bf, 0, sizeof *bf);
    if (size < HEADER_SIZE || memcmp(p, MAGIC, 8) != 0)
        return fail(err, err_len, DYAD_EMODEL, "not a dyad binary file");
    char file_kind[17] = { 0 };
    memcpy(file_kind, p + 8, 16);
    if (strcmp(file_kind, kind) != 0)
        return fail(err, err_len, DYAD_EMODEL, "a dyad %s file, not a %s file", file_kind, kind);
    uint32_t version = read_u32(p + 24);
    if (version < version_min || version > version_max)
        return fail(err, err_len, DYAD_EMODEL,
                    "%s format version %u; this dyad reads versions %u to %u (rebuild the file)",
                    kind, version, version_min, version_max);
    uint32_t n = read_u32(p + 28);
    uint64_t stated = read_u64(p + 32);
    if (stated != size)
        return fail(err, err_len, DYAD_EMODEL, "truncated or padded: %zu bytes, header says %llu",
                    size, (unsigned long long)stated);
    if (n > (size - HEADER_SIZE) / ENTRY_SIZE)
        return fail(err, err_len, DYAD_EMODEL, "section table larger than the file");
    if (binfile_hash(p + HEADER_SIZE, size - HEADER_SIZE) != read_u64(p + 40))
        return fail(err, err_len, DYAD_EMODEL, "checksum mismatch: the file is corrupt");
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *e = p + HEADER_SIZE + (size_t)i * ENTRY_SIZE;
        uint64_t off = read_u64(e + 16), len = read_u64(e + 24);
        if (e[15] != 0 || off > size || len > size - off)
            return fail(err, err_len, DYAD_EMODEL, "section %u lies outside the file", i);
    }
    bf->data = p;
    bf->size = size;
    bf->version = version;
    bf->n_sections = n;
    return DYAD_OK;
}

int binfile_open(binfile *bf, const char *path, const char *kind,
                 uint32_t version_min, uint32_t version_max,
                 char *err, size_t err_len)
{
    memset(bf, 0, sizeof *bf);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return fail(err, err_len, DYAD_EIO, "%s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return fail(err, err_len, DYAD_EIO, "%s: not a regular file", path);
    }
    size_t size = (size_t)st.st_size;
    if (size < HEADER_SIZE) {
        close(fd);
        return fail(err, err_len, DYAD_EMODEL, "%s: not a dyad %s file (only %zu bytes)", path, kind, size);
    }
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return fail(err, err_len, DYAD_EIO, "%s: cannot map: %s", path, strerror(errno));
    char why[256];
    int rc = binfile_open_memory(bf, map, size, kind, version_min, version_max, why, sizeof why);
    if (rc) {
        munmap(map, size);
        return fail(err, err_len, rc, "%s: %s", path, why);
    }
    bf->mapped = 1;
    return DYAD_OK;
}

const void *binfile_section(const binfile *bf, const char *name, size_t *size)
{
    for (uint32_t i = 0; i < bf->n_sections; i++) {
        const uint8_t *e = bf->data + HEADER_SIZE + (size_t)i * ENTRY_SIZE;
        if (strncmp((const char *)e, name, BINFILE_NAME_MAX) == 0) {
            if (size) *size = (size_t)read_u64(e + 24);
            return bf->data + read_u64(e + 16);
        }
    }
    if (size) *size = 0;
    return NULL;
}

const void *binfile_section_at(const binfile *bf, uint32_t i, char *name, size_t *size)
{
    if (i >= bf->n_sections) return NULL;
    const uint8_t *e = bf->data + HEADER_SIZE + (size_t)i * ENTRY_SIZE;
    memcpy(name, e, BINFILE_NAME_MAX);
    name[BINFILE_NAME_MAX] = '\0';
    if (size) *size = (size_t)read_u64(e + 24);
    return bf->data + read_u64(e + 16);
}

void binfile_close(binfile *bf)
{
    if (!bf || !bf->data) return;
    if (bf->mapped) munmap((void *)bf->data, bf->size);
    memset(bf, 0, sizeof *bf);
}

typedef struct section {
    char name[BINFILE_NAME_MAX];
    uint8_t *data;
    size_t size;
} section;

struct binfile_writer {
    char kind[16];
    uint32_t version;
    section *sections;
    size_t n, cap;
};

int binfile_writer_new(binfile_writer **out, const char *kind, uint32_t version)
{
    binfile_writer *w = calloc(1, sizeof *w);
    *out = w;
    if (!w) return DYAD_ENOMEM;
    if (strlen(kind) >= sizeof w->kind) { free(w); *out = NULL; return DYAD_EINVAL; }
    strcpy(w->kind, kind);
    w->version = version;
    return DYAD_OK;
}

int binfile_add(binfile_writer *w, const char *name, const void *data, size_t size)
{
    if (strlen(name) >= BINFILE_NAME_MAX) return DYAD_EINVAL;
    for (size_t i = 0; i < w->n; i++)
        if (!strncmp(w->sections[i].name, name, BINFILE_NAME_MAX)) return DYAD_EINVAL;
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        section *s = realloc(w->sections, cap * sizeof *s);
        if (!s) return DYAD_ENOMEM;
        w->sections = s;
        w->cap = cap;
    }
    section *s = &w->sections[w->n];
    memset(s->name, 0, sizeof s->name);
    memcpy(s->name, name, strlen(name));
    s->data = malloc(size ? size : 1);
    if (!s->data) return DYAD_ENOMEM;
    if (size) memcpy(s->data, data, size);
    s->size = size;
    w->n++;
    return DYAD_OK;
}

int binfile_write(binfile_writer *w, const char *path, char *err, size_t err_len)
{
    size_t total = HEADER_SIZE + w->n * ENTRY_SIZE;
    for (size_t i = 0; i < w->n; i++) {
        total = (total + 63) & ~(size_t)63;
        total += w->sections[i].size;
    }
    uint8_t *buf = calloc(1, total ? total : 1);
    if (!buf) return fail(err, err_len, DYAD_ENOMEM, "out of memory");
    memcpy(buf, MAGIC, 8);
    memcpy(buf + 8, w->kind, strlen(w->kind));
    write_u32(buf + 24, w->version);
    write_u32(buf + 28, (uint32_t)w->n);
    write_u64(buf + 32, total);
    size_t off = HEADER_SIZE + w->n * ENTRY_SIZE;
    for (size_t i = 0; i < w->n; i++) {
        off = (off + 63) & ~(size_t)63;
        uint8_t *e = buf + HEADER_SIZE + i * ENTRY_SIZE;
        memcpy(e, w->sections[i].name, BINFILE_NAME_MAX);
        write_u64(e + 16, off);
        write_u64(e + 24, w->sections[i].size);
        if (w->sections[i].size) memcpy(buf + off, w->sections[i].data, w->sections[i].size);
        off += w->sections[i].size;
    }
    write_u64(buf + 40, binfile_hash(buf + HEADER_SIZE, total - HEADER_SIZE));

    size_t tmp_len = strlen(path) + 16;
    char *tmp = malloc(tmp_len);
    if (!tmp) { free(buf); return fail(err, err_len, DYAD_ENOMEM, "out of memory"); }
    snprintf(tmp, tmp_len, "%s.tmp%d", path, (int)getpid());
    FILE *f = fopen(tmp, "wb");
    int rc = DYAD_OK;
    if (!f) rc = fail(err, err_len, DYAD_EIO, "%s: %s", tmp, strerror(errno));
    else {
        if (fwrite(buf, 1, total, f) != total) rc = fail(err, err_len, DYAD_EIO, "%s: write failed", tmp);
        if (fclose(f) != 0 && !rc) rc = fail(err, err_len, DYAD_EIO, "%s: write failed", tmp);
        if (!rc && rename(tmp, path) != 0) rc = fail(err, err_len, DYAD_EIO, "%s: %s", path, strerror(errno));
        if (rc) remove(tmp);
    }
    free(tmp);
    free(buf);
    return rc;
}

void binfile_writer_free(binfile_writer *w)
{
    if (!w) return;
    for (size_t i = 0; i < w->n; i++) free(w->sections[i].data);
    free(w->sections);
    free(w);
}
