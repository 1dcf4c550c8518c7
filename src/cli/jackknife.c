/*
** jackknife.c — jack-knifed tags for parser training (see jackknife.h).
**
** The fold files are cut from the training file's own text, sentence
** block by sentence block, so the fold taggers read exactly what the
** tagger trainer would read from the whole file.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/jackknife.h"
#include "nlp/tagger_train.h"
#include "text/conllu_read.h"

typedef struct span {
    size_t start, end;           /* bytes of one sentence's lines, newline included */
} span;

typedef struct treebank_text {
    char *text;
    size_t len;
    span *blocks;                /* one per sentence, in order */
    size_t n_blocks;
} treebank_text;

static int read_all(const char *path, treebank_text *t)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 1 << 20;
    t->text = malloc(cap);
    t->len = 0;
    size_t got;
    while (t->text && (got = fread(t->text + t->len, 1, cap - t->len, f)) > 0) {
        t->len += got;
        if (t->len == cap) {
            char *bigger = realloc(t->text, cap *= 2);
            if (!bigger) { free(t->text); t->text = NULL; }
            t->text = bigger;
        }
    }
    int failed = ferror(f) || !t->text;
    fclose(f);
    return failed ? -1 : 0;
}

/* Cuts the text into runs of non-blank lines. */
static int find_blocks(treebank_text *t)
{
    size_t cap = 1024;
    t->blocks = malloc(cap * sizeof *t->blocks);
    t->n_blocks = 0;
    size_t i = 0, open = SIZE_MAX;
    while (t->blocks && i < t->len) {
        size_t eol = i;
        while (eol < t->len && t->text[eol] != '\n') eol++;
        size_t next = eol < t->len ? eol + 1 : eol;
        int blank = eol == i || (eol == i + 1 && t->text[i] == '\r');
        if (!blank && open == SIZE_MAX) open = i;
        if ((blank || next == t->len) && open != SIZE_MAX) {
            if (t->n_blocks == cap) {
                span *bigger = realloc(t->blocks, (cap *= 2) * sizeof *bigger);
                if (!bigger) { free(t->blocks); t->blocks = NULL; break; }
                t->blocks = bigger;
            }
            t->blocks[t->n_blocks++] = (span){ open, blank ? i : next };
            open = SIZE_MAX;
        }
        i = next;
    }
    return t->blocks ? 0 : -1;
}

/* Writes blocks [from, to) (or all but them, when `except`) as CoNLL-U. */
static int write_blocks(const char *path, const treebank_text *t, size_t from, size_t to, int except)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    for (size_t b = 0; b < t->n_blocks; b++) {
        if ((b >= from && b < to) == except) continue;
        const span *s = &t->blocks[b];
        fwrite(t->text + s->start, 1, s->end - s->start, f);
        if (t->text[s->end - 1] != '\n') fputc('\n', f);
        fputc('\n', f);
    }
    int failed = ferror(f);
    return (fclose(f) || failed) ? -1 : 0;
}

static const char *or_blank(const char *s) { return s && *s ? s : "_"; }

/* The training file with each word line's LEMMA, UPOS, XPOS and FEATS
** replaced by train's (multiword token ranges and empty nodes kept). */
static int write_tagged(const char *path, const treebank_text *t, const dyad_doc *train)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t word = 0;
    for (size_t b = 0; b < t->n_blocks; b++) {
        const char *p = t->text + t->blocks[b].start, *end = t->text + t->blocks[b].end;
        while (p < end) {
            const char *eol = memchr(p, '\n', (size_t)(end - p));
            if (!eol) eol = end;
            const char *tab = memchr(p, '\t', (size_t)(eol - p));
            size_t id_len = tab ? (size_t)(tab - p) : 0;
            int is_word = tab && *p != '#' && !memchr(p, '-', id_len) && !memchr(p, '.', id_len);
            if (!is_word || word >= train->n_tokens) {
                fwrite(p, 1, (size_t)(eol - p), f);
            } else {
                /* ID and FORM, then the four tagged columns, then the rest. */
                const char *q = tab + 1;
                for (int col = 0; col < 5 && q < eol; col++) {
                    const char *c = memchr(q, '\t', (size_t)(eol - q));
                    q = c ? c + 1 : eol;
                }
                const char *form_end = memchr(tab + 1, '\t', (size_t)(eol - tab - 1));
                const dyad_token *w = &train->tokens[word++];
                fwrite(p, 1, (size_t)((form_end ? form_end : eol) - p), f);
                fprintf(f, "\t%s\t%s\t%s\t%s\t", or_blank(w->lemma), or_blank(w->upos),
                        or_blank(w->xpos), or_blank(w->feats));
                fwrite(q, 1, (size_t)(eol - q), f);
            }
            fputc('\n', f);
            p = eol + 1;
        }
        fputc('\n', f);
    }
    int failed = ferror(f);
    return (fclose(f) || failed) ? -1 : 0;
}

static int same(const char *a, const char *b) { return !strcmp(a ? a : "", b ? b : ""); }

static const char *keep(dyad_doc *doc, const char *s)
{
    return s ? dyad_doc_strdup(doc, s, strlen(s)) : NULL;
}

typedef struct held_out_score {
    size_t words, upos, xpos, lemma;
} held_out_score;

/* Tags the sentences [from, to) of train with a tagger trained on the rest. */
static int run_fold(const jackknife_options *o, const treebank_text *t, dyad_doc *train,
                    int fold, held_out_score *score)
{
    size_t from = t->n_blocks * (size_t)fold / (size_t)o->folds;
    size_t to = t->n_blocks * (size_t)(fold + 1) / (size_t)o->folds;
    size_t n = strlen(o->work_prefix) + 32;
    char *rest = malloc(n), *held = malloc(n), *model = malloc(n);
    int status = -1;
    dyad_tagger *tagger = NULL;
    dyad_doc doc;
    dyad_doc_init(&doc);
    if (!rest || !held || !model) { fprintf(stderr, "dyad train parser: out of memory\n"); goto done; }
    snprintf(rest, n, "%s.jk-train.conllu", o->work_prefix);
    snprintf(held, n, "%s.jk-fold.conllu", o->work_prefix);
    snprintf(model, n, "%s.jk-tagger.bin", o->work_prefix);
    if (write_blocks(rest, t, from, to, 1) || write_blocks(held, t, from, to, 0)) {
        fprintf(stderr, "dyad train parser: cannot write the fold files %s and %s; "
                "give -o a path in a writable folder\n", rest, held);
        goto done;
    }
    tagger_train_options to_opt;
    tagger_train_defaults(&to_opt);
    const char *files[1] = { rest };
    to_opt.train = files;
    to_opt.n_train = 1;
    to_opt.dev = o->dev_path;
    to_opt.out = model;
    to_opt.info = "dyad jack-knife fold tagger (temporary)\n";
    to_opt.seed = o->seed;
    to_opt.passes = o->tagger_passes;
    to_opt.epochs = o->tagger_epochs;
    tagger_train_result r;
    char err[512] = "";
    int rc = tagger_train(&to_opt, &r, err, sizeof err);
    if (rc == DYAD_OK) rc = dyad_tagger_open(&tagger, model, err, sizeof err);
    char *read_error = NULL;
    if (rc == DYAD_OK) rc = conllu_read_file(held, &doc, &read_error);
    if (rc == DYAD_OK) rc = dyad_tagger_tag(tagger, &doc);
    if (rc) {
        fprintf(stderr, "dyad train parser: fold %d: %s\n", fold + 1,
                read_error ? read_error : err[0] ? err : dyad_strerror(rc));
        free(read_error);
        goto done;
    }
    size_t first = from < to ? train->sents[from].first : 0;
    size_t words = to > from ? train->sents[to - 1].first + train->sents[to - 1].count - first : 0;
    if (doc.n_tokens != words) {
        fprintf(stderr, "dyad train parser: fold %d has %zu words, expected %zu\n", fold + 1,
                doc.n_tokens, words);
        goto done;
    }
    held_out_score s = { 0 };
    for (size_t i = 0; i < words; i++) {
        dyad_token *w = &train->tokens[first + i];
        const dyad_token *p = &doc.tokens[i];
        if (strcmp(w->form, p->form)) {
            fprintf(stderr, "dyad train parser: fold %d: word '%s' read back as '%s'\n",
                    fold + 1, w->form, p->form);
            goto done;
        }
        s.words++;
        s.upos += same(w->upos, p->upos);
        s.xpos += same(w->xpos, p->xpos);
        s.lemma += same(w->lemma, p->lemma);
        w->upos = keep(train, p->upos);
        w->xpos = keep(train, p->xpos);
        w->feats = keep(train, p->feats);
        w->lemma = keep(train, p->lemma);
        if ((p->upos && !w->upos) || (p->xpos && !w->xpos) || (p->feats && !w->feats) ||
            (p->lemma && !w->lemma)) {
            fprintf(stderr, "dyad train parser: out of memory\n");
            goto done;
        }
    }
    fprintf(stderr, "jack-knife fold %d/%d: sentences %zu-%zu, tagger of %d epochs (best %d); "
            "held out UPOS %.2f%% XPOS %.2f%% lemmas %.2f%%\n", fold + 1, o->folds, from + 1, to,
            r.epochs_run, r.best_epoch, tag_pct(s.upos, s.words), tag_pct(s.xpos, s.words),
            tag_pct(s.lemma, s.words));
    score->words += s.words;
    score->upos += s.upos;
    score->xpos += s.xpos;
    score->lemma += s.lemma;
    status = 0;
done:
    dyad_doc_free(&doc);
    dyad_tagger_close(tagger);
    if (rest) remove(rest);
    if (held) remove(held);
    if (model) remove(model);
    free(rest);
    free(held);
    free(model);
    return status;
}

int jackknife_tags(const jackknife_options *o, dyad_doc *train)
{
    treebank_text t = { 0 };
    int status = -1;
    if (read_all(o->train_path, &t) || find_blocks(&t)) {
        fprintf(stderr, "dyad train parser: cannot read %s again for the folds\n", o->train_path);
        goto done;
    }
    if (t.n_blocks != train->n_sents) {
        fprintf(stderr, "dyad train parser: %s has %zu sentence blocks but %zu sentences were "
                "read; --jackknife needs a file without malformed sentences\n",
                o->train_path, t.n_blocks, train->n_sents);
        goto done;
    }
    if ((size_t)o->folds > t.n_blocks) {
        fprintf(stderr, "dyad train parser: --jackknife %d wants at least as many sentences\n",
                o->folds);
        goto done;
    }
    held_out_score s = { 0 };
    for (int fold = 0; fold < o->folds; fold++)
        if (run_fold(o, &t, train, fold, &s)) goto done;
    printf("jack-knifed tags (%d folds): held out UPOS %.2f%%, XPOS %.2f%%, lemmas %.2f%% "
           "of %zu words\n", o->folds, tag_pct(s.upos, s.words), tag_pct(s.xpos, s.words),
           tag_pct(s.lemma, s.words), s.words);
    fflush(stdout);
    if (o->tags_out && write_tagged(o->tags_out, &t, train)) {
        fprintf(stderr, "dyad train parser: cannot write %s\n", o->tags_out);
        goto done;
    }
    status = 0;
done:
    free(t.text);
    free(t.blocks);
    return status;
}
