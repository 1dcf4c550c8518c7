/*
** dyad.h — the one public C API of dyad, a political event coder.
**
** dyad turns English news text into event data: who did what to whom,
** when and where.  The pipeline is
**
**     text (stories, sentences, tokens) → nlp (tags, lemmas, parse)
**       → lex (actors, agents, verbs) → code (events) → out / store
**
** Conventions, the same for every function here:
**
**  - Fallible functions return an int status: DYAD_OK (0) or a negative
**    DYAD_E* code; dyad_strerror() names it.  Detail text, where there is
**    any, lives on the handle that failed (dyad_reader_error()).
**  - The library never prints, exits or aborts; only the `dyad` command
**    decides what to tell the user.
**  - Text is passed as (pointer, length) and need not be NUL-terminated.
**    Offsets are byte offsets into a story's text as given, [start, end).
**  - Ownership: every pointer a struct here holds is owned by that struct
**    (a dyad_doc owns its text, strings, sentences and tokens) unless the
**    field's comment says "borrowed".  *_free(NULL) is a no-op.
*/
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* Status codes: one table, so names and messages never drift apart. */
#define DYAD_STATUS_TABLE(X) \
    X(DYAD_OK,        0, "ok") \
    X(DYAD_DONE,      1, "no more input") \
    X(DYAD_ENOMEM,   -1, "out of memory") \
    X(DYAD_EIO,      -2, "input/output error") \
    X(DYAD_EFORMAT,  -3, "malformed input") \
    X(DYAD_EINVAL,   -4, "invalid argument") \
    X(DYAD_EUTF8,    -5, "invalid UTF-8") \
    X(DYAD_ETOOBIG,  -6, "input too large") \
    X(DYAD_EMODEL,   -7, "bad model or lexicon file") \
    X(DYAD_ENOTFOUND,-8, "not found")

enum dyad_status {
#define DYAD_STATUS_ENUM(name, value, text) name = value,
    DYAD_STATUS_TABLE(DYAD_STATUS_ENUM)
#undef DYAD_STATUS_ENUM
};

/* A short English description of a status code (static storage). */
const char *dyad_strerror(int status);

/* ------------------------------------------------------------------ */
/* Documents: a story, its sentences and its words                    */
/* ------------------------------------------------------------------ */

/*
** One syntactic word (the unit the tagger and parser work on).  A surface
** token such as "don't" is split, as in Universal Dependencies, into the
** words "do" and "n't"; the first word of such a multiword token carries
** mwt = the number of words in it.  The string fields are NUL-terminated;
** form and anything read from CoNLL-U are owned by the document; tags set
** by a model are borrowed from that model, which must outlive the doc.
*/
typedef struct dyad_token {
    uint32_t start, end;     /* byte span of this word in the doc's text */
    const char *form;        /* NFC-normalised form of the word */
    const char *lemma;       /* NULL until a lemmatizer or input sets it */
    const char *upos;        /* Universal POS tag, or NULL */
    const char *xpos;        /* Penn Treebank tag, or NULL */
    const char *feats;       /* UD features "A=B|C=D", or NULL */
    const char *deprel;      /* UD relation to the head, or NULL */
    int32_t head;            /* 1-based index of the head word in the
                             ** sentence, 0 for the root, -1 unknown */
    uint16_t mwt;            /* words in this multiword token (first word
                             ** only), else 0 */
    uint8_t space_after;     /* whitespace follows this word in the text */
    uint8_t in_mwt;          /* a non-first word of a multiword token */
} dyad_token;

typedef struct dyad_sentence {
    uint32_t start, end;     /* byte span in the doc's text */
    uint32_t first;          /* index of its first word in doc->tokens */
    uint32_t count;          /* number of words */
    uint8_t new_paragraph;   /* begins a paragraph */
} dyad_sentence;

/* dyad_arena_block is private to the library; it is declared here only so
** that a dyad_doc can live on the caller's stack. */
typedef struct dyad_arena_block dyad_arena_block;

typedef struct dyad_doc {
    const char *id;          /* story id ("" when unknown) */
    const char *date;        /* publication date YYYY-MM-DD, or "" */
    const char *source, *url, *title;   /* "" when absent */
    const char *kicker;      /* the ALL-CAPS kicker that opened it, or "" */
    const char *meta;        /* unknown JSONL fields as a JSON object, or "" */
    const char *text;        /* the story text (owned, NUL-terminated) */
    size_t text_len;
    const char *file;        /* where it was read from (borrowed), or "" */
    long line;               /* the line it began on, or 0 */

    dyad_sentence *sents;
    size_t n_sents;
    dyad_token *tokens;      /* all words of all sentences, in order */
    size_t n_tokens;
    unsigned truncated;      /* sentences dropped as cut off mid-sentence */

    /* private: capacities, the string arena, and the segmenter's working
    ** lists, kept from story to story so that segmenting allocates only
    ** when a story is longer than any before it */
    size_t cap_sents, cap_tokens, cap_text;
    char *text_buf;
    dyad_arena_block *arena;
    void *seg_tokens, *seg_sents;
    size_t seg_tokens_cap, seg_sents_cap;
} dyad_doc;

/* Sets up an empty document; cannot fail. */
void dyad_doc_init(dyad_doc *doc);
/* Empties a document for reuse, keeping its allocations. */
void dyad_doc_reset(dyad_doc *doc);
/* Frees everything the document owns (not the struct itself). */
void dyad_doc_free(dyad_doc *doc);
/* Copies text into the document, replacing any earlier text and words. */
int dyad_doc_set_text(dyad_doc *doc, const char *text, size_t len);
/* Copies a string into the document's arena; returns NULL when out of
** memory.  The copy lives until the next reset or free. */
const char *dyad_doc_strdup(dyad_doc *doc, const char *s, size_t len);

/*
** Splits doc->text into sentences and words (UD English EWT conventions),
** replacing any it had.  Returns DYAD_OK, DYAD_ENOMEM, or DYAD_EUTF8 when
** the text is not valid UTF-8.
*/
typedef struct dyad_segment_options {
    int drop_truncated;      /* drop a last sentence cut off mid-sentence */
    int kicker_subhead;      /* the first sentence is a sub-headline with no
                             ** final stop (stories opened by a kicker) */
} dyad_segment_options;

int dyad_segment(dyad_doc *doc, const dyad_segment_options *options);

/* ------------------------------------------------------------------ */
/* Readers: files of stories in                                       */
/* ------------------------------------------------------------------ */

typedef enum dyad_format {
    DYAD_FORMAT_AUTO = 0,    /* by extension (.jsonl, .conllu, .xml), then by
                             ** the first byte ('{' JSONL) or the first
                             ** non-blank one ('<' PETRARCH XML) */
    DYAD_FORMAT_TEXT,        /* plain text, one or many stories (a wire page) */
    DYAD_FORMAT_JSONL,       /* {"id","date","text",...} a line */
    DYAD_FORMAT_CONLLU,      /* pre-tokenized sentences */
    DYAD_FORMAT_PETRXML      /* PETRARCH-2 XML: <Sentence date id><Text> records */
} dyad_format;

typedef struct dyad_reader_options {
    dyad_format format;
    const char *default_date;   /* --date: stories without one get this */
    size_t max_story_bytes;     /* larger stories are rejected; 0 = 8 MiB */
} dyad_reader_options;

typedef struct dyad_reader dyad_reader;

/*
** Opens a reader over `in` (borrowed; the caller closes it after
** dyad_reader_close), naming it `name` in messages.  On DYAD_ENOMEM *out
** is NULL.
*/
int dyad_reader_open(dyad_reader **out, FILE *in, const char *name,
                     const dyad_reader_options *options);

/*
** Reads the next story into doc (reset first) and segments it.  Returns
** DYAD_OK, DYAD_DONE at the end, or a negative code for a rejected record;
** then dyad_reader_error() says "FILE:LINE: reason" and the next call goes
** on with the following record.  DYAD_EIO is fatal.
*/
int dyad_reader_next(dyad_reader *reader, dyad_doc *doc);

/* The message for the last rejected record ("" if none); valid until the
** next call on the reader. */
const char *dyad_reader_error(const dyad_reader *reader);
/* The rejected record's raw bytes and length (for --errors FILE). */
const char *dyad_reader_rejected(const dyad_reader *reader, size_t *len);
/* Counts so far. */
size_t dyad_reader_stories(const dyad_reader *reader);
size_t dyad_reader_rejects(const dyad_reader *reader);
/* Bytes consumed so far (for progress lines). */
size_t dyad_reader_offset(const dyad_reader *reader);
void dyad_reader_close(dyad_reader *reader);

/* ------------------------------------------------------------------ */
/* Lexicon: actors, agents and places in text            (lex-code)   */
/* ------------------------------------------------------------------ */

/*
** A compiled lexicon (`dyad dict compile`): countries, places, organisations,
** people in dated roles and agent nouns, memory-mapped read-only.  One
** lexicon may be shared by any number of threads.
*/
typedef struct dyad_lexicon dyad_lexicon;

typedef enum dyad_lex_kind {
    DYAD_LEX_COUNTRY = 1,    /* a country, its adjective, capital or seat */
    DYAD_LEX_PLACE,          /* a city, region or feature with a point */
    DYAD_LEX_ORG,            /* an international or non-state organisation */
    DYAD_LEX_PERSON,         /* a person in a dated role */
    DYAD_LEX_AGENT           /* a sector noun: troops, riot police, minister */
} dyad_lex_kind;

/*
** Opens and checks a lexicon file.  On failure returns DYAD_EIO or
** DYAD_EMODEL (truncated, corrupt, not a lexicon) with the reason in err,
** and *out is NULL.  The caller frees the lexicon with dyad_lexicon_close.
*/
int dyad_lexicon_open(dyad_lexicon **out, const char *path, char *err, size_t err_len);
void dyad_lexicon_close(dyad_lexicon *lex);
/* Entries of each kind from the sources (index by dyad_lex_kind; 0 is the
** total); records the compiler derives (titles, surnames) are not counted. */
size_t dyad_lexicon_count(const dyad_lexicon *lex, int kind);

/*
** One match: words [first, last) of the document, bytes [start, end) of
** its text.  Strings are borrowed from the lexicon.
*/
typedef struct dyad_lex_match {
    uint32_t first, last;    /* word indexes into doc->tokens */
    uint32_t start, end;     /* byte offsets into doc->text */
    dyad_lex_kind kind;
    const char *code;        /* "USAGOV", "IGONAT", "RUS", "MIL" */
    const char *country;     /* ISO3, "IGO", "NGO", "MNC" or "" */
    const char *sector;      /* CAMEO agent code ("GOV", "MIL") or "" */
    const char *form;        /* how it reads: "name", "adj", "capital",
                             ** "gov", "group", "person", "title", "org",
                             ** "region", "feature", "city", "territory" */
    const char *role;        /* a person's role, or "" */
    double lat, lon;         /* when has_point */
    int has_point;
    float certainty;         /* 1 sure; less for a person out of role, of
                             ** an undated story, or one of several
                             ** "President Kim"s */
    int possessive;          /* followed by "'s" ("Ukraine's") */
    uint32_t modifier;       /* word index of the modifier after a hyphen
                             ** ("Iran-backed": "backed"), or 0 if none */
    const char *source_file; /* where the entry came from, and its line;
                             ** for a GeoNames city "geonames" and its id */
    uint32_t source_line;
} dyad_lex_match;

/* A growing list of matches the caller owns and reuses between calls. */
typedef struct dyad_lex_matches {
    dyad_lex_match *items;
    size_t n, cap;
    uint32_t *ids;           /* private: per-word ids, reused */
    size_t ids_cap;
} dyad_lex_matches;

void dyad_lex_matches_init(dyad_lex_matches *m);
void dyad_lex_matches_free(dyad_lex_matches *m);

/*
** Finds the lexicon's names in a document's words, sentence by sentence
** (all words as one sentence when the doc has none): longest match first,
** left to right, never overlapping.  Matches use each word's form, or its
** lemma when one is set ("militias" → "militia").  People are resolved by
** doc->date (docs/lexicon.md gives the rule).  Replaces out's contents;
** returns DYAD_OK or DYAD_ENOMEM.  Allocates only when out must grow.
*/
int dyad_lex_match_doc(const dyad_lexicon *lex, const dyad_doc *doc,
                       dyad_lex_matches *out);
/* The same over the words [first, first + count) only, appending to out;
** date is "YYYY-MM-DD" or NULL/"" when unknown. */
int dyad_lex_match_words(const dyad_lexicon *lex, const dyad_doc *doc,
                         size_t first, size_t count, const char *date,
                         dyad_lex_matches *out);
/* The name of a kind ("country", "place", "org", "person", "agent"). */
const char *dyad_lex_kind_name(int kind);

/* --------------------------- end of lex-code ---------------------- */
/* Events: the event record (../DESIGN.md "The event record")         */
/* ---- begin dyad_event (store) ----------------------------------- */

/*
** An event as the coder produces it and the store and writers take it.
** Every string is borrowed: it points into the document, the lexicon or
** the reader that produced the event and lives as long as that does.
** Unknown values: a NULL or "" string, -1 for an offset or sentence
** number, 0 for quad_class, NAN for a real number; writers turn each
** into "" or null, never a missing field.  dyad_event_init sets them all.
*/
typedef struct dyad_event_actor {
    const char *text;        /* the words that named it, as written */
    const char *code;        /* CAMEO actor code ("USAGOV", "IGONAT") */
    const char *country;     /* ISO 3166-1 alpha-3, IGO / NGO / MNC */
    const char *sector;      /* CAMEO agent code ("GOV", "MIL", ...) */
    int32_t start, end;      /* byte span in the story text, or -1 */
} dyad_event_actor;

typedef struct dyad_event_verb {
    const char *text;        /* the verb as written ("accused") */
    const char *lemma;       /* its lemma ("accuse") */
    int32_t start, end;      /* byte span in the story text, or -1 */
} dyad_event_verb;

typedef struct dyad_event_location {
    const char *text;        /* the place as written */
    const char *name;        /* the gazetteer's name for it */
    const char *country;     /* ISO 3166-1 alpha-3 */
    double lat, lon;         /* degrees, NAN when unknown */
    const char *id;          /* gazetteer id */
} dyad_event_location;

typedef struct dyad_event {
    const char *doc_id;      /* the story's id */
    int32_t sent;            /* sentence number in the story, or -1 */
    const char *event_id;    /* "doc:sent:n", unique in the story */
    const char *date;        /* YYYY-MM-DD */
    const char *date_basis;  /* "story", "text", ... how the date was found */
    dyad_event_actor source, target;
    const char *cameo;       /* CAMEO event code ("112") */
    const char *cameo_root;  /* its first two digits ("11") */
    const char *plover;      /* PLOVER event type ("ACCUSE") */
    int quad_class;          /* 1-4 (../DESIGN.md "Codes"), 0 unknown */
    double goldstein;        /* -10..10, NAN unknown */
    dyad_event_verb verb;
    int negated;             /* 1 when the sentence negates the verb */
    const char *modality;    /* "asserted", "threatened", "future", ... */
    double confidence;       /* 0-1, NAN unknown */
    dyad_event_location location;
    const char *sentence;    /* the sentence's text */
    const char *why;         /* which patterns and entries coded it */
    /* The story's fields, carried so that a store or an export needs no
    ** second look-up (JSONL: "story": {"source", "url"}). */
    const char *story_source;   /* the feed or outlet, or "" */
    const char *story_url;      /* the story's URL, or "" */
} dyad_event;

/* Sets every field of ev to "unknown" (see above); cannot fail. */
void dyad_event_init(dyad_event *ev);

/* ---- end dyad_event --------------------------------------------- */
/* Tagger: part of speech, morphology and lemmas                      */
/* ------------------------------------------------------------------ */

/*
** A trained tagger model (an averaged perceptron over UPOS + Penn XPOS
** pairs, with a lemmatizer), memory-mapped read-only.  One model may be
** used by many threads at once; it must outlive every document it tags,
** since the tags it sets are borrowed from it.
*/
typedef struct dyad_tagger dyad_tagger;

/*
** Opens the model file at path (models/tagger.bin by convention).  Returns
** DYAD_OK, DYAD_EIO (cannot read), DYAD_EMODEL (not a tagger model,
** truncated or corrupt; err says which) or DYAD_ENOMEM.  err (may be
** NULL) receives a one-line message.  On failure *out is NULL.
*/
int dyad_tagger_open(dyad_tagger **out, const char *path, char *err,
                     size_t err_len);

/*
** Tags every word of every sentence of doc: sets upos, xpos, feats and
** lemma, leaving the other fields alone.  upos, xpos and feats point into
** the model (borrowed); a lemma points into the model, at the word's own
** form, or into the doc's arena.  Returns DYAD_OK, DYAD_ENOMEM, or
** DYAD_EINVAL for a sentence whose words lie outside doc->tokens.
*/
int dyad_tagger_tag(const dyad_tagger *t, dyad_doc *doc);

/*
** The lemma of one word (len bytes) with a Penn tag ("VBD"), written
** NUL-terminated to buf.  Returns the lemma's length, DYAD_ENOTFOUND for a
** tag the model does not know, or DYAD_ETOOBIG when buf is too small.
*/
int dyad_lemmatize(const dyad_tagger *t, const char *form, size_t len,
                   const char *xpos, char *buf, size_t buf_len);

/* The model's provenance: treebank, licence, training settings, dev
** scores (static text inside the model). */
const char *dyad_tagger_info(const dyad_tagger *t);

/* Frees the model; NULL is a no-op. */
void dyad_tagger_close(dyad_tagger *t);
/* Dependency parsing (the parser's block)                            */
/* ------------------------------------------------------------------ */

/*
** A labelled dependency parser (arc-eager, averaged perceptron) trained
** by `dyad train parser`.  Parsing fills each word's head (1-based within
** its sentence, 0 for the root) and deprel (a UD relation such as
** "nsubj:pass", borrowed from the parser, which must outlive the doc).
** It reads the words' form, lemma, upos and xpos as given.  An opened
** parser is read only: any number of threads may parse with it at once.
*/
typedef struct dyad_parser dyad_parser;

/* Opens a model file.  Returns DYAD_OK, DYAD_EIO (unreadable),
** DYAD_EMODEL (not a valid parser model; err says why) or DYAD_ENOMEM;
** on failure *out is NULL.  err may be NULL. */
int dyad_parser_open(dyad_parser **out, const char *path, char *err, size_t err_len);
/* Parses every sentence of doc in place.  DYAD_OK, DYAD_EINVAL (NULL
** argument), DYAD_ENOMEM, or DYAD_ETOOBIG for a sentence of over 500
** million words; after an error some sentences may be left unparsed. */
int dyad_parser_parse(const dyad_parser *p, dyad_doc *doc);
/* The same for the sentences s with which[s] != 0 (every sentence when
** which is NULL); the others' words are left as they were. */
int dyad_parser_parse_some(const dyad_parser *p, dyad_doc *doc, const unsigned char *which);
void dyad_parser_close(dyad_parser *p);
/* The beam width: a model trained with a beam decodes with that width;
** 1 is greedy (faster), wider is slower and usually a little more
** accurate.  Sentences over 300 words are always parsed greedily.  Set it
** before sharing the parser between threads.  DYAD_OK or DYAD_EINVAL
** (width outside 1..64). */
int dyad_parser_set_beam(dyad_parser *p, int width);
int dyad_parser_beam(const dyad_parser *p);

/*
** The dependents of word `word` (1-based; 0 asks for the root's) in
** sentence `sent`, in sentence order, written as 1-based positions to
** out[0..max-1].  Returns how many there are (which may exceed max), or
** DYAD_EINVAL for a sentence or word out of range.  Costs one pass over
** the sentence's words.
*/
int dyad_parse_children(const dyad_doc *doc, size_t sent, uint32_t word,
                        uint32_t *out, size_t max);

/* ---- end of the parser's block ----------------------------------- */

/* ------------------------------------------------------------------ */
/* Coding events: who did what to whom                                */
/* ------------------------------------------------------------------ */

/*
** The event coder: a tagger, a parser, a lexicon, the verb patterns and
** the CAMEO table, opened together.  Read only once open: any number of
** threads may code with it at once, each with its own dyad_events.
*/
typedef struct dyad_coder dyad_coder;

typedef struct dyad_coder_options {
    const char *tagger_path;     /* models/tagger.bin; NULL: use the doc's tags */
    const char *parser_path;     /* models/parser.bin; NULL: use the doc's tree */
    const char *lexicon_path;    /* models/lexicon.bin */
    const char *verbs_dir;       /* lexicon/verbs: every *.tsv in it */
    const char *cameo_path;      /* lexicon/cameo.tsv */
    int parser_beam;             /* the parser's beam width; 0: the model's */
    /* 0: a meeting, call or negotiation (CAMEO 040, 041, 046) is coded
    ** both ways, as PLOVER makes each party to a CONSULT an actor; 1: only
    ** from its subject, as PETRARCH-2 codes it */
    int one_way_consultations;
    /* 1: parse and code every sentence, not only those that can yield an
    ** event (slower; the events are the same: for checking that they are) */
    int every_sentence;
    /* 0: a promised, threatened or wished-for act is coded as CAMEO's
    ** intent or threat ("will visit" 036, "will attack" 138); 1: as the
    ** act itself, as PETRARCH-2 codes it */
    int promises_as_acts;
    /* 1: an act only a state does (arrest, sentence, deport, ban ...),
    ** reported in the passive with no agent, is coded as the act of the
    ** state where it happened ("two journalists were arrested in Cairo":
    ** EGYCOP); 0: not coded, as it has no source (docs/coder.md) */
    int state_agents;
    /* 1: an act that needs no one on the other side (an agreement, talks
    ** held, a rejection, a protest, a show of force, a ceasefire: CAMEO
    ** 03, 040/044/046, 08, 12, 14, 15 save those done to someone) is coded
    ** with an empty target when no target word is found and the sentence
    ** names no other actor; 0: an event needs a target (docs/coder.md) */
    int monadic;
    /* 1: a side no rule gives a country, named by a sector noun the
    ** lexicon knows ("rebels", "police", "the government"), is coded as
    ** "---" and the sector ("---REB", country ""), as CAMEO's actor
    ** codebook allows, when the other side has a country; 0: such an
    ** event is not coded (docs/coder.md, step 7) */
    int no_country;
} dyad_coder_options;

/* Opens everything the coder needs; on failure err says what and *out is
** NULL.  Returns DYAD_OK, DYAD_EIO, DYAD_EMODEL, DYAD_EFORMAT or
** DYAD_ENOMEM. */
int dyad_coder_open(dyad_coder **out, const dyad_coder_options *options,
                    char *err, size_t err_len);
void dyad_coder_close(dyad_coder *coder);
/* How many pattern lines were skipped as malformed when opening. */
size_t dyad_coder_bad_patterns(const dyad_coder *coder);

/* The events of one story; reuse it from story to story. */
typedef struct dyad_events {
    dyad_event *items;
    size_t n, cap;
    void *scratch;               /* private working memory */
} dyad_events;

void dyad_events_init(dyad_events *events);
void dyad_events_free(dyad_events *events);

/*
** Tags, parses and matches the segmented doc, then codes its events into
** out (replacing what it held).  Event strings point into doc, the coder
** or out, and live until the next call with the same doc or out.  Returns
** DYAD_OK or DYAD_ENOMEM.
*/
int dyad_code_doc(const dyad_coder *coder, dyad_doc *doc, dyad_events *out);

/* Where dyad_code_doc's time goes: CPU seconds of the calling thread,
** added up over every call that was given this struct. */
typedef struct dyad_code_profile {
    double tag;                  /* tagging and lemmatizing */
    double parse;                /* dependency parsing */
    double lexicon;              /* matching the lexicon's names */
    double code;                 /* patterns, actors, dates, event ids */
    size_t sentences_parsed;     /* the sentences that could yield an event
                                 ** (or all, coding every sentence) */
} dyad_code_profile;

/* dyad_code_doc, adding the time of each stage to *profile (zero it
** before the first call).  Timing costs a clock read per stage. */
int dyad_code_doc_profiled(const dyad_coder *coder, dyad_doc *doc, dyad_events *out,
                           dyad_code_profile *profile);

/*
** Codes doc as dyad_code_doc does and writes, for a person reading it, how:
** each sentence's words with their tags and tree, the actors the lexicon
** found, every pattern tried on each word and why it matched or not, and
** the events.  Returns DYAD_OK, DYAD_ENOMEM or DYAD_EIO.
*/
int dyad_explain_doc(const dyad_coder *coder, dyad_doc *doc, dyad_events *out, FILE *report);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
