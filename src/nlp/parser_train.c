/*
** parser_train.c — averaged-perceptron training of the arc-eager parser:
** the data, the epochs (greedy with the dynamic oracle, or beam search with
** early or max-violation update) and early stopping.  After each epoch the averaged weights
** are pruned, quantized and packed into a parsing model (parser_weights.c),
** which is scored on dev: the figures reported are those of the very model
** that would be written.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "nlp/parse_eval.h"
#include "nlp/parser_weights.h"
#include "nlp/parser_train.h"

typedef struct gold_sentence {
    size_t sent;             /* index in the training doc */
    size_t offset;           /* into the gold arrays */
    int32_t n;
} gold_sentence;

typedef struct trainer {
    const parser_train_options *o;
    tw_table tw;
    int32_t n_labels, root_label, fallback_label;
    char **labels;
    gold_sentence *sents;
    size_t n_sents;
    int32_t *gold_head, *gold_label;   /* per sentence: n+1 entries */
    uint64_t rng;
    parser_scratch sc;
    int32_t *costs;
    float *scores;
    uint64_t keys[PF_MAX];
    parser_beam *beam;       /* beam training only */
    int *gold_actions, *pred_actions;   /* [actions_cap] */
    double *gold_score;      /* [actions_cap]: the gold prefix's score */
    size_t actions_cap;
} trainer;

static int fail(char *err, size_t err_len, int rc, const char *fmt, ...)
{
    if (err && err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, err_len, fmt, ap);
        va_end(ap);
    }
    return rc;
}

static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}


static int templates_of(const parser_train_options *o)
{
    return o->morph ? PF_TEMPLATES_MORPH : PF_TEMPLATES_VERSION;
}

/* Hashes a training sentence's words in the order the parser reads them. */
static void fill_words(trainer *tr, const dyad_token *tokens, int32_t n)
{
    pf_words_fill(&tr->sc.words, tokens, (size_t)n, templates_of(tr->o));
    if (tr->o->reverse) pf_words_reverse(&tr->sc.words, (size_t)n);
}

/* ---- data --------------------------------------------------------- */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int find_label(char **labels, int32_t n, const char *name)
{
    int32_t lo = 0, hi = n - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        int c = strcmp(labels[mid], name);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}

/* A sentence is usable when every word has a head in range and a relation. */
static int usable(const dyad_doc *doc, size_t s)
{
    const dyad_sentence *se = &doc->sents[s];
    if (se->count == 0) return 0;
    for (uint32_t i = 0; i < se->count; i++) {
        const dyad_token *t = &doc->tokens[se->first + i];
        if (t->head < 0 || (uint32_t)t->head > se->count || !t->deprel || !t->deprel[0]) return 0;
    }
    return 1;
}

static int load_data(trainer *tr, char *err, size_t err_len)
{
    const dyad_doc *doc = tr->o->train;
    size_t n_sents = doc->n_sents;
    if (tr->o->max_sentences && tr->o->max_sentences < n_sents) n_sents = tr->o->max_sentences;
    /* Distinct relation names, sorted, so that label numbers do not depend
    ** on the order of the data. */
    size_t cap = 0;
    int32_t n = 0;    /* tr->n_labels follows it, so a failure frees all */
    for (size_t s = 0; s < n_sents; s++) {
        if (!usable(doc, s)) continue;
        const dyad_sentence *se = &doc->sents[s];
        for (uint32_t i = 0; i < se->count; i++) {
            const char *rel = doc->tokens[se->first + i].deprel;
            int32_t j;
            for (j = 0; j < n && strcmp(tr->labels[j], rel); j++) {}
            if (j < n) continue;
            if (n >= PARSER_MAX_LABELS)
                return fail(err, err_len, DYAD_EINVAL, "more than %d distinct relations", PARSER_MAX_LABELS);
            if ((size_t)n == cap) {
                cap = cap ? cap * 2 : 64;
                char **grown = realloc(tr->labels, cap * sizeof *grown);
                if (!grown) return DYAD_ENOMEM;
                tr->labels = grown;
            }
            tr->labels[n] = strdup(rel);
            if (!tr->labels[n]) return DYAD_ENOMEM;
            tr->n_labels = ++n;
        }
    }
    tr->n_labels = n;
    if (n == 0) return fail(err, err_len, DYAD_EINVAL, "no usable sentence (every word needs a head and a relation)");
    qsort(tr->labels, (size_t)n, sizeof *tr->labels, compare_names);
    tr->root_label = find_label(tr->labels, n, "root");
    if (tr->root_label < 0) return fail(err, err_len, DYAD_EINVAL, "no word has the relation \"root\"");
    tr->fallback_label = find_label(tr->labels, n, "dep");
    if (tr->fallback_label < 0) tr->fallback_label = tr->root_label == 0 && n > 1 ? 1 : 0;

    size_t total = 0;
    tr->sents = malloc((n_sents ? n_sents : 1) * sizeof *tr->sents);
    if (!tr->sents) return DYAD_ENOMEM;
    for (size_t s = 0; s < n_sents; s++) {
        if (!usable(doc, s)) continue;
        tr->sents[tr->n_sents].sent = s;
        tr->sents[tr->n_sents].offset = total;
        tr->sents[tr->n_sents].n = (int32_t)doc->sents[s].count;
        tr->n_sents++;
        total += doc->sents[s].count + 1;
    }
    tr->gold_head = malloc(total * sizeof(int32_t));
    tr->gold_label = malloc(total * sizeof(int32_t));
    if (!tr->gold_head || !tr->gold_label) return DYAD_ENOMEM;
    for (size_t k = 0; k < tr->n_sents; k++) {
        const dyad_sentence *se = &doc->sents[tr->sents[k].sent];
        int32_t *gh = tr->gold_head + tr->sents[k].offset;
        int32_t *gl = tr->gold_label + tr->sents[k].offset;
        gh[0] = -1;
        gl[0] = -1;
        /* A right-to-left parser learns the mirrored tree: word i is
        ** count + 1 - i, and so is its head (the root stays 0). */
        int32_t count = (int32_t)se->count;
        for (int32_t i = 1; i <= count; i++) {
            const dyad_token *t = &doc->tokens[se->first + (uint32_t)i - 1];
            int32_t j = tr->o->reverse ? count + 1 - i : i;
            gh[j] = tr->o->reverse && t->head > 0 ? count + 1 - t->head : t->head;
            gl[j] = find_label(tr->labels, n, t->deprel);
        }
    }
    return DYAD_OK;
}

/* ---- one epoch ---------------------------------------------------- */

static int train_sentence(trainer *tr, const gold_sentence *g, int explore,
                          size_t *decisions, size_t *correct)
{
    const dyad_doc *doc = tr->o->train;
    const dyad_sentence *se = &doc->sents[g->sent];
    tr_state *st = &tr->sc.st;
    int rc = tr_reserve(st, (size_t)g->n);
    if (!rc) rc = pf_words_reserve(&tr->sc.words, (size_t)g->n);
    if (rc) return rc;
    fill_words(tr, doc->tokens + se->first, g->n);
    tr_start(st, g->n, tr->n_labels, tr->root_label);
    const int32_t *gh = tr->gold_head + g->offset, *gl = tr->gold_label + g->offset;
    int n_actions = tr_n_actions(tr->n_labels);
    while (!tr_is_terminal(st)) {
        int n_keys = pf_extract(&tr->sc.words, st, tr->keys);
        tw_score(&tr->tw, tr->keys, n_keys, tr->scores, n_actions);
        int32_t least = tr_costs(st, gh, gl, tr->costs);
        int pred = -1, gold = -1;
        for (int a = 0; a < n_actions; a++) {
            if (tr->costs[a] == INT32_MAX) continue;
            if (pred < 0 || tr->scores[a] > tr->scores[pred]) pred = a;
            if (tr->costs[a] == least && (gold < 0 || tr->scores[a] > tr->scores[gold])) gold = a;
        }
        tr->tw.time += 1;
        (*decisions)++;
        if (tr->costs[pred] == least) {
            (*correct)++;
        } else {
            for (int i = 0; i < n_keys; i++) {
                if (tw_update(&tr->tw, tr->keys[i], gold, 1.0f)) return DYAD_ENOMEM;
                if (tw_update(&tr->tw, tr->keys[i], pred, -1.0f)) return DYAD_ENOMEM;
            }
        }
        /* Exploration: after the first epoch follow the model's own choice
        ** most of the time, so it learns to recover from its mistakes. */
        int follow = gold;
        if (explore && (next_random(&tr->rng) % 10) != 0) follow = pred;
        tr_apply(st, follow);
    }
    return DYAD_OK;
}

/* ---- one sentence with a beam -------------------------------------- */

static void train_score(const void *ctx, const uint64_t *keys, int n_keys,
                        float *scores, int n_actions)
{
    tw_score(ctx, keys, n_keys, scores, n_actions);
}

/* Adds delta to the weight of each action's features along a sequence. */
static int replay_update(trainer *tr, const int *actions, int len, int32_t n, float delta)
{
    tr_state *st = &tr->sc.st;
    tr_start(st, n, tr->n_labels, tr->root_label);
    for (int i = 0; i < len; i++) {
        int n_keys = pf_extract(&tr->sc.words, st, tr->keys);
        for (int k = 0; k < n_keys; k++)
            if (tw_update(&tr->tw, tr->keys[k], actions[i], delta)) return DYAD_ENOMEM;
        tr_apply(st, actions[i]);
    }
    return DYAD_OK;
}

/* The gold sequence the model likes best: at each step the best-scoring
** action of least cost.  Returns its length. */
static int gold_sequence(trainer *tr, int32_t n, const int32_t *gh, const int32_t *gl)
{
    tr_state *st = &tr->sc.st;
    int n_actions = tr_n_actions(tr->n_labels), len = 0;
    tr_start(st, n, tr->n_labels, tr->root_label);
    while (!tr_is_terminal(st)) {
        int n_keys = pf_extract(&tr->sc.words, st, tr->keys);
        tw_score(&tr->tw, tr->keys, n_keys, tr->scores, n_actions);
        int32_t least = tr_costs(st, gh, gl, tr->costs);
        int gold = -1;
        for (int a = 0; a < n_actions; a++)
            if (tr->costs[a] == least && (gold < 0 || tr->scores[a] > tr->scores[gold])) gold = a;
        tr->gold_score[len] = (len ? tr->gold_score[len - 1] : 0) + tr->scores[gold];
        tr->gold_actions[len++] = gold;
        tr_apply(st, gold);
    }
    return len;
}

/* Beam search with early update: when every gold item has fallen out of
** the beam (or the best finished parse is wrong), reward the gold prefix
** and penalise the best item's, step for step. */
static int train_sentence_beam(trainer *tr, const gold_sentence *g,
                               size_t *decisions, size_t *correct)
{
    const dyad_doc *doc = tr->o->train;
    const dyad_sentence *se = &doc->sents[g->sent];
    size_t need = 2 * (size_t)g->n + 2;
    int rc = tr_reserve(&tr->sc.st, (size_t)g->n);
    if (!rc) rc = pf_words_reserve(&tr->sc.words, (size_t)g->n);
    if (!rc && tr->actions_cap < need) {
        int *a = realloc(tr->gold_actions, need * sizeof *a);
        if (a) tr->gold_actions = a;
        int *b = realloc(tr->pred_actions, need * sizeof *b);
        if (b) tr->pred_actions = b;
        double *c = realloc(tr->gold_score, need * sizeof *c);
        if (c) tr->gold_score = c;
        if (!a || !b || !c) return DYAD_ENOMEM;
        tr->actions_cap = need;
    }
    if (rc) return rc;
    fill_words(tr, doc->tokens + se->first, g->n);
    const int32_t *gh = tr->gold_head + g->offset, *gl = tr->gold_label + g->offset;
    int gold_len = gold_sequence(tr, g->n, gh, gl);
    int fell_out = 0;
    rc = parser_beam_search(tr->beam, tr->o->beam, &tr->sc.words, g->n, tr->n_labels,
                            tr->root_label, train_score, &tr->tw, gh, gl, &fell_out);
    if (rc) return rc;
    tr->tw.time += 1;
    (*decisions)++;
    if (!fell_out && tr->beam->gold[0]) {
        (*correct)++;
        return DYAD_OK;
    }
    if (tr->o->max_violation) {
        /* the step where the best item, gone wrong, beats the gold prefix
        ** by most (the last step's best is wrong, or we would not be here) */
        int worst = tr->beam->steps;
        double most = -1e300;
        for (int t = 1; t <= tr->beam->steps; t++) {
            if (tr->beam->best_gold_at[t - 1]) continue;
            double gold = tr->gold_score[(t < gold_len ? t : gold_len) - 1];
            double violation = tr->beam->best_at[t - 1] - gold;
            if (violation > most) { most = violation; worst = t; }
        }
        int pred_len = parser_beam_actions_at(tr->beam, worst, 0, tr->pred_actions);
        int glen = worst < gold_len ? worst : gold_len;
        rc = replay_update(tr, tr->gold_actions, glen, g->n, 1.0f);
        if (!rc) rc = replay_update(tr, tr->pred_actions, pred_len, g->n, -1.0f);
        return rc;
    }
    int pred_len = parser_beam_actions(tr->beam, 0, tr->pred_actions);
    int glen = fell_out && tr->beam->steps < gold_len ? tr->beam->steps : gold_len;
    rc = replay_update(tr, tr->gold_actions, glen, g->n, 1.0f);
    if (!rc) rc = replay_update(tr, tr->pred_actions, pred_len, g->n, -1.0f);
    return rc;
}

/* ---- export -------------------------------------------------------- */

static void trained_release(parser_trained *t)
{
    free(t->slots);
    free(t->entries);
    t->slots = t->entries = NULL;
}

/* Packs the averaged weights of magnitude >= threshold into t. */
static int export_model(const trainer *tr, double threshold, parser_trained *t,
                        size_t *n_features)
{
    uint32_t *slots, *entries;
    size_t n_slots, n_entries;
    int rc = tw_pack(&tr->tw, threshold, &slots, &n_slots, &entries, &n_entries, n_features);
    if (rc) return rc;
    t->slots = slots;
    t->entries = entries;
    t->model.n_labels = (uint32_t)tr->n_labels;
    t->model.root_label = (uint32_t)tr->root_label;
    t->model.fallback_label = (uint32_t)tr->fallback_label;
    t->model.beam = tr->o->beam > 1 ? (uint32_t)tr->o->beam : 1;
    t->model.templates = (uint32_t)templates_of(tr->o);
    t->model.flags = tr->o->reverse ? PARSER_FLAG_REVERSE : 0;
    t->model.labels = (const char **)t->label_names;
    t->model.mask = n_slots - 1;
    t->model.slots = slots;
    t->model.entries = entries;
    t->model.n_entries = n_entries;
    return DYAD_OK;
}

static size_t model_bytes(const parser_trained *t)
{
    return (size_t)(t->model.mask + 1) * 8 + t->model.n_entries * 4;
}

/* Parses a copy of dev's words and scores them against dev. */
static int evaluate(const parser_model *m, const dyad_doc *dev, parser_scratch *sc,
                    parse_score *score)
{
    memset(score, 0, sizeof *score);
    dyad_token *copy = malloc((dev->n_tokens ? dev->n_tokens : 1) * sizeof *copy);
    if (!copy) return DYAD_ENOMEM;
    memcpy(copy, dev->tokens, dev->n_tokens * sizeof *copy);
    dyad_doc view = *dev;       /* the same sentences over the copied words */
    view.tokens = copy;
    int rc = DYAD_OK;
    for (size_t s = 0; s < dev->n_sents && rc == DYAD_OK; s++) {
        rc = parser_model_parse_sentence(m, sc, &view, s);
        const dyad_sentence *se = &dev->sents[s];
        parse_eval_sentence(score, dev->tokens + se->first, copy + se->first, se->count);
    }
    free(copy);
    return rc;
}

/* ---- the loop ------------------------------------------------------ */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void parser_trained_free(parser_trained *t)
{
    if (!t) return;
    trained_release(t);
    if (t->label_names)
        for (uint32_t i = 0; i < t->model.n_labels; i++) free(t->label_names[i]);
    free(t->label_names);
    free(t);
}

static void trainer_free(trainer *tr)
{
    tw_free(&tr->tw);
    if (tr->labels)
        for (int32_t i = 0; i < tr->n_labels; i++) free(tr->labels[i]);
    free(tr->labels);
    free(tr->sents);
    free(tr->gold_head);
    free(tr->gold_label);
    free(tr->costs);
    free(tr->scores);
    free(tr->gold_actions);
    free(tr->pred_actions);
    free(tr->gold_score);
    if (tr->beam) parser_beam_free(tr->beam);
    free(tr->beam);
    parser_scratch_free(&tr->sc);
}

static int run(trainer *tr, parser_trained *best, char *err, size_t err_len)
{
    const parser_train_options *o = tr->o;
    int epochs = o->epochs > 0 ? o->epochs : 15;
    int patience = o->patience > 0 ? o->patience : 3;
    double prune = o->prune > 0 ? o->prune : 0.05;
    size_t max_bytes = o->max_bytes ? o->max_bytes : (size_t)14.5e6;
    size_t *order = malloc(tr->n_sents * sizeof *order);
    if (!order) return DYAD_ENOMEM;
    for (size_t i = 0; i < tr->n_sents; i++) order[i] = i;
    double best_las = -1;
    int since_best = 0, rc = DYAD_OK;
    parser_trained candidate = { .label_names = best->label_names };
    for (int epoch = 1; epoch <= epochs && rc == DYAD_OK; epoch++) {
        double started = now_seconds();
        for (size_t i = tr->n_sents; i > 1; i--) {     /* Fisher-Yates */
            size_t j = next_random(&tr->rng) % i;
            size_t tmp = order[i - 1]; order[i - 1] = order[j]; order[j] = tmp;
        }
        size_t decisions = 0, correct = 0;
        for (size_t i = 0; i < tr->n_sents && rc == DYAD_OK; i++) {
            const gold_sentence *g = &tr->sents[order[i]];
            if (tr->beam && g->n <= BEAM_MAX_WORDS)
                rc = train_sentence_beam(tr, g, &decisions, &correct);
            else
                rc = train_sentence(tr, g, epoch > 1, &decisions, &correct);
        }
        if (rc) break;
        /* Export, pruning harder until the model fits. */
        size_t n_features = 0;
        double threshold = prune;
        for (;;) {
            rc = export_model(tr, threshold, &candidate, &n_features);
            if (rc || model_bytes(&candidate) <= max_bytes) break;
            trained_release(&candidate);
            threshold *= 1.5;
        }
        if (rc) {
            if (rc == DYAD_EINVAL) rc = fail(err, err_len, DYAD_EINVAL, "the model learned no weights");
            break;
        }
        parser_epoch_report r = { .epoch = epoch, .features = n_features,
                                  .entries = candidate.model.n_entries,
                                  .bytes = model_bytes(&candidate) };
        r.train_accuracy = decisions ? 100.0 * (double)correct / (double)decisions : 0;
        double las = epoch;     /* with no dev set the last epoch wins */
        if (o->dev) {
            parse_score score;
            rc = evaluate(&candidate.model, o->dev, &tr->sc, &score);
            if (rc) { trained_release(&candidate); break; }
            r.dev_uas = parse_uas(&score);
            r.dev_las = parse_las(&score);
            las = r.dev_las;
        }
        r.seconds = now_seconds() - started;
        r.is_best = las > best_las;
        if (r.is_best) {
            trained_release(best);
            best->slots = candidate.slots;
            best->entries = candidate.entries;
            best->model = candidate.model;
            best->best = r;
            candidate.slots = candidate.entries = NULL;
            best_las = las;
            since_best = 0;
        } else {
            trained_release(&candidate);
            since_best++;
        }
        if (o->progress) o->progress(o->progress_ctx, &r);
        if (o->dev && since_best >= patience) break;
    }
    free(order);
    return rc;
}

int parser_train(const parser_train_options *options, parser_trained **out,
                 char *err, size_t err_len)
{
    *out = NULL;
    if (err && err_len) err[0] = '\0';
    trainer tr;
    memset(&tr, 0, sizeof tr);
    tr.o = options;
    tr.rng = options->seed ^ 0x64796164ull;
    int rc = load_data(&tr, err, err_len);
    parser_trained *t = NULL;
    if (!rc) {
        int n_actions = tr_n_actions(tr.n_labels);
        tr.costs = malloc((size_t)n_actions * sizeof *tr.costs);
        tr.scores = malloc((size_t)n_actions * sizeof *tr.scores);
        t = calloc(1, sizeof *t);
        if (!tr.costs || !tr.scores || !t) rc = DYAD_ENOMEM;
        if (!rc && options->beam > 1) {
            if (options->beam > BEAM_MAX_WIDTH)
                rc = fail(err, err_len, DYAD_EINVAL, "the beam is at most %d wide", BEAM_MAX_WIDTH);
            else if (!(tr.beam = calloc(1, sizeof *tr.beam)))
                rc = DYAD_ENOMEM;
            else
                tr.beam->keep_going = options->max_violation;
        }
    }
    if (!rc) {
        /* The model owns the label names: move them over. */
        t->label_names = tr.labels;
        t->model.n_labels = (uint32_t)tr.n_labels;
        t->sentences_used = tr.n_sents;
        size_t total = options->train->n_sents;
        if (options->max_sentences && options->max_sentences < total) total = options->max_sentences;
        t->sentences_skipped = total - tr.n_sents;
        rc = run(&tr, t, err, err_len);
        tr.labels = NULL;
        if (!rc && !t->entries) rc = fail(err, err_len, DYAD_EINVAL, "training produced no model");
    }
    trainer_free(&tr);
    if (rc) {
        parser_trained_free(t);
        return rc;
    }
    *out = t;
    return DYAD_OK;
}
