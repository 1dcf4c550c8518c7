/*
** conllu_read.c — the CoNLL-U reader of conllu_read.h.
*/
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "text/conllu_read.h"
#include "text/doc.h"

struct conllu_reader {
    FILE *in;                 /* borrowed */
    const char *name;         /* borrowed */
    char *line;               /* getline buffer */
    size_t line_cap;
    long line_no;
    int pending;              /* line holds an unconsumed line */
    int eof;
    char error[512];
};

int conllu_reader_open(conllu_reader **out, FILE *in, const char *name)
{
    conllu_reader *r = calloc(1, sizeof *r);
    *out = r;
    if (!r) return DYAD_ENOMEM;
    r->in = in;
    r->name = name ? name : "-";
    return DYAD_OK;
}

void conllu_reader_close(conllu_reader *r)
{
    if (!r) return;
    free(r->line);
    free(r);
}

const char *conllu_reader_error(const conllu_reader *r) { return r->error; }
long conllu_reader_line(const conllu_reader *r) { return r->line_no; }

static int fail(conllu_reader *r, int status, const char *fmt, ...)
{
    int n = snprintf(r->error, sizeof r->error, "%s:%ld: ", r->name, r->line_no);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof r->error)
        vsnprintf(r->error + n, sizeof r->error - (size_t)n, fmt, ap);
    va_end(ap);
    return status;
}

/* Reads the next line into r->line without its line end; 0 at EOF. */
static int next_line(conllu_reader *r)
{
    if (r->pending) { r->pending = 0; return 1; }
    if (r->eof) return 0;
    ssize_t n = getline(&r->line, &r->line_cap, r->in);
    if (n < 0) { r->eof = 1; return 0; }
    r->line_no++;
    while (n > 0 && (r->line[n - 1] == '\n' || r->line[n - 1] == '\r'))
        r->line[--n] = '\0';
    return 1;
}

/* Splits a line into its ten TAB-separated columns, in place. */
static int split_columns(char *line, char *col[10])
{
    int n = 0;
    col[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p == '\t') {
            *p = '\0';
            if (n == 10) return -1;
            col[n++] = p + 1;
        }
    }
    return n;
}

static const char *column(dyad_doc *doc, const char *value)
{
    if (value[0] == '_' && value[1] == '\0') return NULL;
    return dyad_doc_strdup(doc, value, strlen(value));
}

/* Appends one sentence's words to doc; *new_doc is set when a "# newdoc"
** comment opens it, and a second document's "# newdoc" is left unread
** unless allow_new_doc.  Returns DYAD_OK, DYAD_DONE or an error. */
static int read_sentence(conllu_reader *r, dyad_doc *doc, int *new_doc,
                         int *new_par, int allow_new_doc)
{
    char *col[10];
    size_t first = doc->n_tokens;
    long range_last = 0;         /* last word id of the open multiword range */
    size_t range_lead = 0;       /* index in doc of that range's first word */
    uint32_t range_start = 0, range_end = 0;
    int range_space = 0;
    int words = 0, started = 0, bad = 0;
    uint32_t sent_start = 0;

    *new_doc = *new_par = 0;
    while (next_line(r)) {
        char *line = r->line;
        if (line[0] == '\0') {
            if (started) break;
            continue;
        }
        if (line[0] == '#') {
            if (started) continue;
            if (strncmp(line, "# newdoc", 8) == 0) {
                if (!allow_new_doc) { r->pending = 1; return DYAD_DONE; }
                *new_doc = 1;
                if (strncmp(line, "# newdoc id = ", 14) == 0 && doc->n_sents == 0) {
                    doc->id = dyad_doc_strdup(doc, line + 14, strlen(line + 14));
                    if (!doc->id) return DYAD_ENOMEM;
                }
            }
            if (strncmp(line, "# newpar", 8) == 0) *new_par = 1;
            continue;
        }
        if (bad) continue;      /* skip the rest of a malformed sentence */
        if (!started) {
            started = 1;
            if (doc->text_len) {   /* separate from the previous sentence */
                const char *gap = (*new_par || *new_doc) ? "\n\n" : " ";
                if (doc_append_text(doc, gap, strlen(gap))) return DYAD_ENOMEM;
            }
            sent_start = (uint32_t)doc->text_len;
        }
        int n = split_columns(line, col);
        if (n != 10) {
            bad = fail(r, DYAD_EFORMAT, "expected 10 TAB-separated columns, found %s",
                       n < 0 ? "more" : (n == 1 ? "1" : "fewer"));
            continue;
        }
        if (strchr(col[0], '.')) continue;      /* empty nodes: enhanced graph only */
        char *dash = strchr(col[0], '-');
        if (dash) {                             /* a multiword token's range */
            long lo = strtol(col[0], NULL, 10), hi = strtol(dash + 1, NULL, 10);
            if (lo != words + 1 || hi <= lo || hi - lo > 16) {
                bad = fail(r, DYAD_EFORMAT, "bad multiword range '%s'", col[0]);
                continue;
            }
            range_start = (uint32_t)doc->text_len;
            if (doc_append_text(doc, col[1], strlen(col[1]))) return DYAD_ENOMEM;
            range_end = (uint32_t)doc->text_len;
            range_space = strstr(col[9], "SpaceAfter=No") == NULL;
            if (range_space && doc_append_text(doc, " ", 1)) return DYAD_ENOMEM;
            range_last = hi;
            range_lead = doc->n_tokens;
            continue;
        }
        char *end;
        long id = strtol(col[0], &end, 10);
        if (*end || id != words + 1) {
            bad = fail(r, DYAD_EFORMAT, "word id '%s' out of order (expected %d)", col[0], words + 1);
            continue;
        }
        words++;
        dyad_token *t = doc_add_token(doc);
        if (!t) return DYAD_ENOMEM;
        if (id <= range_last) {
            /* Words of a multiword token share its span (as the CoNLL 2018
            ** evaluator aligns them); the last one carries its spacing. */
            t->start = range_start;
            t->end = range_end;
            if (doc->n_tokens - 1 == range_lead) t->mwt = (uint16_t)(range_last - id + 1);
            else t->in_mwt = 1;
            t->space_after = id == range_last ? (uint8_t)range_space : 0;
        } else {
            t->start = (uint32_t)doc->text_len;
            if (doc_append_text(doc, col[1], strlen(col[1]))) return DYAD_ENOMEM;
            t->end = (uint32_t)doc->text_len;
            t->space_after = strstr(col[9], "SpaceAfter=No") == NULL;
            if (t->space_after && doc_append_text(doc, " ", 1)) return DYAD_ENOMEM;
        }
        t->form = dyad_doc_strdup(doc, col[1], strlen(col[1]));
        if (!t->form) return DYAD_ENOMEM;
        t->lemma = column(doc, col[2]);
        t->upos = column(doc, col[3]);
        t->xpos = column(doc, col[4]);
        t->feats = column(doc, col[5]);
        t->deprel = column(doc, col[7]);
        if (strcmp(col[6], "_") == 0) {
            t->head = -1;
        } else {
            long head = strtol(col[6], &end, 10);
            if (*end || head < 0) {
                bad = fail(r, DYAD_EFORMAT, "bad head '%s'", col[6]);
                continue;
            }
            t->head = (int32_t)head;
        }
    }
    if (!started) return DYAD_DONE;
    if (!bad && words == 0) bad = fail(r, DYAD_EFORMAT, "sentence has no words");
    for (size_t i = first; !bad && i < doc->n_tokens; i++)
        if (doc->tokens[i].head > words)
            bad = fail(r, DYAD_EFORMAT, "head %d beyond the sentence's %d words",
                       (int)doc->tokens[i].head, words);
    if (bad) {
        doc->n_tokens = first;
        return bad;
    }
    /* The space after the last word is not part of the sentence. */
    uint32_t sent_end = doc->tokens[doc->n_tokens - 1].end;
    while (doc->text_len > sent_end && doc->text_buf[doc->text_len - 1] == ' ')
        doc->text_buf[--doc->text_len] = '\0';
    return doc_add_sentence(doc, (uint32_t)first, sent_start, sent_end,
                            *new_par || *new_doc || doc->n_sents == 0);
}

int conllu_reader_next(conllu_reader *r, dyad_doc *doc, size_t max_sentences)
{
    dyad_doc_reset(doc);
    doc->file = r->name;
    doc->line = r->line_no + 1;
    r->error[0] = '\0';
    for (;;) {
        int new_doc, new_par;
        int rc = read_sentence(r, doc, &new_doc, &new_par, doc->n_sents == 0);
        if (rc == DYAD_DONE) return doc->n_sents ? DYAD_OK : DYAD_DONE;
        if (rc) return rc;       /* the bad sentence is skipped; the caller goes on */
        if (max_sentences && doc->n_sents >= max_sentences) return DYAD_OK;
    }
}

int conllu_read_file(const char *path, dyad_doc *doc, char **error)
{
    if (error) *error = NULL;
    FILE *in = fopen(path, "rb");
    if (!in) {
        if (error) {
            size_t n = strlen(path) + 64;
            *error = malloc(n);
            if (*error) snprintf(*error, n, "%s: cannot open", path);
        }
        return DYAD_EIO;
    }
    conllu_reader *r;
    int rc = conllu_reader_open(&r, in, path);
    dyad_doc_reset(doc);
    doc->file = path;
    while (rc == DYAD_OK) {
        int new_doc, new_par;
        rc = read_sentence(r, doc, &new_doc, &new_par, 1);
    }
    if (rc == DYAD_DONE) rc = DYAD_OK;
    if (rc && error && r) *error = strdup(r->error);
    conllu_reader_close(r);
    fclose(in);
    return rc;
}
