/*
** code_helpers.h — for the coder's tests: parsed sentences written by
** hand, and the small lexicon of tests/data/lexicon compiled to a file.
*/
#ifndef DYAD_CODE_HELPERS_H
#define DYAD_CODE_HELPERS_H

#include <stdio.h>
#include <string.h>
#include "dyad.h"
#include "code/pattern.h"
#include "lex/compile.h"
#include "text/conllu_read.h"

/*
** Reads hand-parsed rows ("form lemma upos head deprel; ..."; "// " starts
** a new sentence) into doc, which is initialised here and freed by the
** caller; the doc's id is "t" and its date 2026-01-22.
*/
static inline void rows_to_doc(const char *rows, dyad_doc *doc)
{
    char conllu[8192];
    size_t n = 0;
    int id = 1;
    const char *p = rows;
    while (*p) {
        if (!strncmp(p, "// ", 3)) {
            n += (size_t)snprintf(conllu + n, sizeof conllu - n, "\n");
            id = 1;
            p += 3;
            continue;
        }
        char form[64], lemma[64], upos[16], deprel[32];
        int head, used;
        if (sscanf(p, "%63s %63s %15s %d %31[^; ]%n", form, lemma, upos, &head, deprel, &used) != 5) break;
        /* "VERB/VBG" gives the XPOS too */
        char *slash = strchr(upos, '/');
        const char *xpos = "_";
        if (slash) { *slash = '\0'; xpos = slash + 1; }
        n += (size_t)snprintf(conllu + n, sizeof conllu - n, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t_\n",
                              id++, form, lemma, upos, xpos, head, deprel);
        p += used;
        while (*p == ' ' || *p == ';') p++;
    }
    snprintf(conllu + n, sizeof conllu - n, "\n");
    FILE *f = tmpfile();
    fputs(conllu, f);
    rewind(f);
    conllu_reader *r;
    dyad_doc_init(doc);
    conllu_reader_open(&r, f, "t");
    conllu_reader_next(r, doc, 0);
    conllu_reader_close(r);
    fclose(f);
    doc->id = "t";
    doc->date = "2026-01-22";
}

/* Replaces *doc with the hand-parsed sentence and builds its tree (the
** first sentence's), for tests that read a tree. */
static inline void rows_to_tree(const char *rows, dyad_doc *doc, sentence_tree *tree)
{
    dyad_doc_free(doc);
    rows_to_doc(rows, doc);
    sentence_tree_build(tree, doc, 0);
}

/* rows_to_doc into doc (freed first), with the words' Penn tags xpos
** (NULL-terminated), for tests of the tag repairs. */
static inline void rows_to_doc_tagged(const char *rows, const char *const *xpos, dyad_doc *doc)
{
    dyad_doc_free(doc);
    rows_to_doc(rows, doc);
    for (uint32_t i = 0; xpos[i] && i < doc->n_tokens; i++) doc->tokens[i].xpos = xpos[i];
}

/* The committed tagger (for its WordNet lists), or NULL when
** models/tagger.bin is absent: tests that need it then skip. */
static inline dyad_tagger *open_test_tagger(void)
{
    char err[256];
    dyad_tagger *model;
    if (dyad_tagger_open(&model, "models/tagger.bin", err, sizeof err) != DYAD_OK) {
        fprintf(stderr, "%s\n", err);
        return NULL;
    }
    return model;
}

/* Compiles tests/data/lexicon (with Debian's iso-codes, no cities) to
** path; returns DYAD_OK or an error. */
static inline int compile_test_lexicon(const char *path)
{
    lex_build *b;
    lex_diags d = { 0 };
    lex_compile_options o = { .lexicon_dir = "tests/data/lexicon", .cities_path = "" };
    int rc = lex_build_new(&b);
    if (rc == DYAD_OK) rc = lex_build_read(b, &o, &d);
    if (rc == DYAD_OK || rc == DYAD_EFORMAT) rc = lex_build_write(b, path, NULL, 0);
    lex_build_free(b);
    lex_diags_free(&d);
    return rc;
}

#endif
