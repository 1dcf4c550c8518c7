/*
** cmd_split.c — `dyad split`: stories → sentences → tokens.
*/
#include <stdlib.h>
#include <string.h>
#include "cli/input.h"
#include "out/conllu_write.h"
#include "out/json_write.h"

static const char *HELP =
    "usage: dyad split [OPTIONS] [FILE...]\n"
    "\n"
    "Cuts news text into stories, sentences and tokens (words as Universal\n"
    "Dependencies English splits them: \"don't\" = do + n't).  Reads the FILEs,\n"
    "or standard input when none is given or a FILE is '-'.\n"
    "\n"
    "Input: plain text (one or many stories: a wire page; a story ends at a\n"
    "blank line or where an ALL-CAPS kicker line opens the next; captions\n"
    "such as 'Photo: AP' are dropped; a last sentence cut off mid-way is\n"
    "dropped and counted), JSON Lines ({\"id\",\"date\",\"text\",...} a line), or\n"
    "CoNLL-U.  The format is guessed from the file name or first byte.\n"
    "\n"
    "Output: one JSON object per story:\n"
    "  {\"id\",\"date\",\"kicker\",\"truncated\",\"sentences\":[{\"start\",\"end\",\n"
    "   \"text\",\"tokens\":[{\"form\",\"start\",\"end\"[,\"mwt\"]}]}]}\n"
    "Offsets are byte offsets into the story's text; \"mwt\": N marks the first\n"
    "of N words that share one surface token.\n"
    "\n"
    "options:\n"
    "  --conllu              write CoNLL-U skeletons instead of JSON Lines\n"
    "  --stats               print only counts (stories, sentences, words)\n"
    "  --format F            input format: auto (default), text, jsonl, conllu,\n"
    "                        petrxml (PETRARCH-2 XML <Sentence> records)\n"
    "  --date YYYY-MM-DD     publication date for stories that have none\n"
    "  -o, --output FILE     write here instead of standard output\n"
    "  --errors FILE         copy each rejected record to FILE\n"
    "  --max-story-bytes N   reject stories larger than N bytes (default 8 MiB)\n"
    "  -h, --help            show this help\n"
    "\n"
    "Exit status: 0 all stories read, 3 some records rejected (each reported\n"
    "as FILE:LINE: reason on stderr), 2 usage error, 1 fatal error.\n";

typedef struct split_ctx {
    FILE *out;
    int conllu, stats;
    json_buf buf;
    size_t stories, sentences, words, truncated;
} split_ctx;

static void write_json(split_ctx *c, const dyad_doc *doc)
{
    json_buf *b = &c->buf;
    json_lit(b, "{\"id\":");
    json_cstr(b, doc->id);
    json_lit(b, ",\"date\":");
    json_cstr(b, doc->date);
    json_lit(b, ",\"kicker\":");
    json_cstr(b, doc->kicker);
    json_lit(b, ",\"truncated\":");
    json_uint(b, doc->truncated);
    json_lit(b, ",\"sentences\":[");
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        json_lit(b, s ? ",{\"start\":" : "{\"start\":");
        json_uint(b, sent->start);
        json_lit(b, ",\"end\":");
        json_uint(b, sent->end);
        json_lit(b, ",\"text\":");
        json_str(b, doc->text + sent->start, sent->end - sent->start);
        json_lit(b, ",\"tokens\":[");
        for (uint32_t k = 0; k < sent->count; k++) {
            const dyad_token *t = &doc->tokens[sent->first + k];
            json_lit(b, k ? ",{\"form\":" : "{\"form\":");
            json_cstr(b, t->form);
            json_lit(b, ",\"start\":");
            json_uint(b, t->start);
            json_lit(b, ",\"end\":");
            json_uint(b, t->end);
            if (t->mwt > 1) {
                json_lit(b, ",\"mwt\":");
                json_uint(b, t->mwt);
            }
            json_lit(b, "}");
        }
        json_lit(b, "]}");
    }
    json_lit(b, "]}\n");
}

static int on_story(dyad_doc *doc, void *ctx)
{
    split_ctx *c = ctx;
    c->stories++;
    c->sentences += doc->n_sents;
    c->words += doc->n_tokens;
    c->truncated += doc->truncated;
    if (c->stats) return 0;
    if (c->conllu) return conllu_write_doc(c->out, doc) != DYAD_OK;
    write_json(c, doc);
    if (c->buf.len > (1 << 20) || c->buf.failed) return json_flush(&c->buf, c->out) != 0;
    return 0;
}

int cmd_split(int argc, char **argv)
{
    const char *conllu = NULL, *stats = NULL, *output = NULL, *help = NULL;
    input_options in = { 0 };
    const cli_option options[] = {
        { "conllu", 0, &conllu }, { "stats", 0, &stats }, { "format", 1, &in.format },
        { "date", 1, &in.date }, { "output", 1, &output }, { "errors", 1, &in.errors_path },
        { "max-story-bytes", 1, &in.max_story }, { "help", 0, &help },
    };
    /* Accept the short forms -o and -h too. */
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o")) argv[i] = "--output";
        else if (!strcmp(argv[i], "-h")) argv[i] = "--help";
    }
    char **files;
    int n_files;
    if (cli_parse("split", argc, argv, options, sizeof options / sizeof options[0], &files, &n_files))
        return EXIT_USAGE;
    if (help) { fputs(HELP, stdout); return EXIT_ALL_OK; }
    if (conllu && stats) return cli_usage_error("split", "--conllu and --stats do not go together");

    split_ctx c = { 0 };
    c.conllu = conllu != NULL;
    c.stats = stats != NULL;
    c.out = cli_open_output("split", output);
    if (!c.out) return EXIT_FATAL;
    int status = input_run("split", &in, files, n_files, on_story, &c, &c.words, "words");
    if (json_flush(&c.buf, c.out) != 0 && status != EXIT_FATAL) {
        fprintf(stderr, "dyad split: cannot write the output (disk full?)\n");
        status = EXIT_FATAL;
    }
    if (c.stats)
        fprintf(c.out, "{\"stories\":%zu,\"sentences\":%zu,\"words\":%zu,\"truncated\":%zu}\n",
                c.stories, c.sentences, c.words, c.truncated);
    if (c.out != stdout && fclose(c.out) != 0) status = EXIT_FATAL;
    else if (c.out == stdout && fflush(stdout) != 0) status = EXIT_FATAL;
    json_buf_free(&c.buf);
    return status;
}
