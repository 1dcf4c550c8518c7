/*
** binfile.h — the one container format of dyad's binary files: trained
** models and compiled lexicons.
**
** A file is a 64-byte header, a table of named sections and the sections'
** bytes, each 64-byte aligned, little-endian:
**
**   offset  size  field
**        0     8  magic "DYADBIN\x1a"
**        8    16  kind, NUL-padded ("tagger", "parser", "lexicon")
**       24     4  version of the kind's layout
**       28     4  number of sections
**       32     8  file size in bytes
**       40     8  checksum of every byte after the header (binfile_hash)
**       48    16  reserved, zero
**       64  n*32  sections: name (16, NUL-padded), offset (8), size (8)
**
** Files are memory-mapped read-only, so loading costs a checksum pass and
** no parsing; every offset and size is checked against the file's size
** before use, because a model or lexicon may come from anyone.
*/
#ifndef DYAD_BASE_BINFILE_H
#define DYAD_BASE_BINFILE_H

#include <stddef.h>
#include <stdint.h>

#define BINFILE_NAME_MAX 16

typedef struct binfile {
    const uint8_t *data;     /* the whole file (mapped or read) */
    size_t size;
    uint32_t version;
    uint32_t n_sections;
    int mapped;              /* data is an mmap, else malloc'd */
} binfile;

/*
** Opens and checks a file of the given kind.  version_min..version_max is
** the range the caller understands.  On failure returns DYAD_EIO (cannot
** read) or DYAD_EMODEL (not such a file, truncated, corrupt, wrong kind or
** version), with the reason in err (may be NULL).
*/
int binfile_open(binfile *bf, const char *path, const char *kind,
                 uint32_t version_min, uint32_t version_max,
                 char *err, size_t err_len);
/* The same checks over a block of memory the caller keeps alive. */
int binfile_open_memory(binfile *bf, const void *data, size_t size,
                        const char *kind, uint32_t version_min,
                        uint32_t version_max, char *err, size_t err_len);
/* A section's bytes (64-byte aligned), or NULL if it is absent. */
const void *binfile_section(const binfile *bf, const char *name, size_t *size);
/* Section i (0 to n_sections - 1) in file order: its bytes, and its name
** (NUL-terminated) into name[BINFILE_NAME_MAX + 1]; NULL past the end. */
const void *binfile_section_at(const binfile *bf, uint32_t i, char *name, size_t *size);
void binfile_close(binfile *bf);

/* The checksum: a fast 64-bit hash of 8-byte words and a tail. */
uint64_t binfile_hash(const void *data, size_t size);

/* Builds a file in memory, then writes it atomically (temp + rename). */
typedef struct binfile_writer binfile_writer;
int binfile_writer_new(binfile_writer **out, const char *kind, uint32_t version);
/* Copies size bytes as a named section; names are unique, < 16 bytes. */
int binfile_add(binfile_writer *w, const char *name, const void *data, size_t size);
int binfile_write(binfile_writer *w, const char *path, char *err, size_t err_len);
void binfile_writer_free(binfile_writer *w);

#endif
