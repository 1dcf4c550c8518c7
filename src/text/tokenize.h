/*
** tokenize.h — cutting text into surface tokens, UD English EWT style.
**
** A surface token is what the text shows between spaces and punctuation:
** "don't", "U.S.", "170,000", "(", "e-mail".  Some surface tokens hold
** more than one syntactic word, as UD splits them: "don't" = "do" + "n't",
** "Ukraine's" = "Ukraine" + "'s", "cannot" = "can" + "not".  The
** conventions follow the EWT treebank the tagger and parser learn from:
** hyphens between words are tokens of their own except after prefixes
** such as "e-" or "non-"; currency signs, "%" and clitics are split off;
** numbers, URLs, e-mail addresses and abbreviations stay whole.
*/
#ifndef DYAD_TEXT_TOKENIZE_H
#define DYAD_TEXT_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include "text/abbrev.h"

enum token_kind { TOK_WORD = 0, TOK_NUMBER, TOK_PUNCT, TOK_URL };

/* An abbreviation's period kept on the token: how it may end a sentence. */
enum token_period {
    PERIOD_NONE = 0,    /* no kept period */
    PERIOD_TITLE,       /* Mr., Gen., No. 2: never ends a sentence */
    PERIOD_INITIAL,     /* "M." in "Jennifer M. Anderson" */
    PERIOD_OTHER        /* Inc., U.S., a.m.: ends one before a starter */
};

typedef struct surface_token {
    uint32_t start, end;       /* byte span in the text */
    uint32_t split[2];         /* where the 2nd and 3rd words begin */
    uint8_t n_words;           /* 1, or 2-3 for a multiword token */
    uint8_t newlines_before;   /* line ends in the space before it, max 2 */
    uint8_t space_before;      /* any white space before it */
    uint8_t kind;              /* enum token_kind */
    uint8_t period;            /* enum token_period */
    uint8_t first_class;       /* 'u' upper-case letter, 'l' lower, 'd' digit,
                               ** 'p' punctuation, 'o' other */
} surface_token;

typedef struct token_list {
    surface_token *items;
    size_t n, cap;
} token_list;

/*
** Appends the surface tokens of text[0..len) (valid UTF-8) to list.
** text[len] and the 16 bytes after it must be readable zero bytes, as a
** dyad_doc's text is (DOC_TEXT_PAD).
** Returns DYAD_OK or DYAD_ENOMEM.  The caller owns list and frees
** list->items.
*/
int tokenize_text(const char *text, size_t len, token_list *list);

#endif
