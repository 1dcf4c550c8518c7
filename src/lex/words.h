/*
** words.h — how the lexicon sees a word, the same at compile time and at
** match time: splitting a name into words, folding case, hashing, and the
** case rule a name's word imposes on the text.
**
** The lexicon compiler splits every name with dyad_segment itself, so
** that a name's words and a story's words compare one for one; lex_split
** below is the fallback for what the segmenter refuses, and a splitter for
** tests that need documents with exactly the words they say.
*/
#ifndef DYAD_LEX_WORDS_H
#define DYAD_LEX_WORDS_H

#include <stddef.h>
#include <stdint.h>

/* Longest word (bytes) the lexicon folds; longer words match nothing. */
#define LEX_WORD_MAX 64
/* Most words in one name. */
#define LEX_PHRASE_MAX 16

/* The case rule of one word of a name. */
enum {
    LEX_CASE_ANY = 0,      /* lowercase in the source: any case matches */
    LEX_CASE_CAPITAL = 1,  /* capitalised: the text's word must not be all
                           ** lowercase ("china" is porcelain) */
    LEX_CASE_EXACT = 2,    /* a short all-caps acronym (US, UN, AU, IS):
                           ** only the same bytes match ("us" is not USA) */
    LEX_CASE_NAME = 3      /* capitalised, but no English word (WordNet
                           ** has no lowercase "tunisian", "obama"): a
                           ** lowercase text word matches too */
};

typedef struct lex_span { uint32_t start, end; } lex_span;

/*
** Splits text into words much as the tokenizer does for English news:
** whitespace separates; brackets, quotes, commas, colons, hyphens and
** dashes are words of their own; "'s" and "’s" split off a word's end; a
** final "." splits off unless the word is an abbreviation ("U.S.", "Gen.").
** Writes at most cap spans to out and returns how many words there are
** (which may be more than cap).
*/
size_t lex_split(const char *s, size_t len, lex_span *out, size_t cap);

/*
** Folds a word for lookup: Unicode lowercase, "’" read as "'".  Writes
** the folded bytes (NUL-terminated) to out and returns their length, or 0
** when the word is empty, longer than LEX_WORD_MAX or not valid UTF-8.
** out must hold LEX_WORD_MAX * 2 + 1 bytes.
*/
size_t lex_fold(const char *s, size_t len, char *out);

/* FNV-1a, 32 bits: the vocabulary's hash. */
uint32_t lex_hash(const char *s, size_t len);

/* lex_fold that also returns lex_hash of the folded bytes in *hash, in
** the same pass (the matcher's per-word work). */
size_t lex_fold_hash(const char *s, size_t len, char *out, uint32_t *hash);

/* The case rule a name's word sets (LEX_CASE_*). */
int lex_case_class(const char *s, size_t len);

/* True when the text's word (tok) satisfies a capitalised word's rule:
** its first letter is not lowercase. */
int lex_not_lowercase(const char *tok, size_t len);

/*
** Fills doc (whose text is set) with one sentence of words split by
** lex_split, the way names are split: tests use it to control exactly
** which words a document has (dyad_segment is what reads real text).
** Returns DYAD_OK or DYAD_ENOMEM.
*/
struct dyad_doc;
int lex_doc_split(struct dyad_doc *doc);

#endif
