/*
** dateline.c — finding a wire story's dateline (dateline.h).
*/
#include <string.h>
#include "text/dateline.h"

/* The most tokens a dateline takes: "THE HAGUE, Netherlands, Nov 30
** (Reuters) -" is twelve. */
enum { DATELINE_MAX_TOKENS = 16 };

static int is_text(const char *text, const surface_token *t, const char *s)
{
    size_t n = strlen(s);
    return t->end - t->start == n && !memcmp(text + t->start, s, n);
}

/* A place's name in capitals: letters, no lower-case one ("KYIV",
** "N'DJAMENA", "PORT-AU-PRINCE", "ST."); how many letters, or 0. */
static int capital_word(const char *text, const surface_token *t)
{
    if (t->kind != TOK_WORD || t->first_class != 'u') return 0;
    int letters = 0;
    for (uint32_t i = t->start; i < t->end; i++) {
        char c = text[i];
        if (c >= 'a' && c <= 'z') return 0;
        if (c >= 'A' && c <= 'Z') letters++;
    }
    return letters;
}

/* A country, region or date after the place: "Ukraine", "Calif.",
** "Jan 24", "Palestinian Territories". */
static int name_or_number(const surface_token *t)
{
    return (t->kind == TOK_WORD && t->first_class == 'u') || t->kind == TOK_NUMBER;
}

/* A dash or a colon, with space after it; a dash with space before it
** too, or after the agency's bracket: "KYIV -", "(Reuters)-", "CITY:",
** not the hyphen of "US-led". */
static int separator(const char *text, const surface_token *t, const surface_token *next)
{
    if (t->kind != TOK_PUNCT || !next->space_before) return 0;
    if (is_text(text, t, ":")) return 1;
    int dash = is_text(text, t, "-") || is_text(text, t, "--") || is_text(text, t, "\xe2\x80\x94") ||
               is_text(text, t, "\xe2\x80\x93");
    return dash && (t->space_before || is_text(text, t - 1, ")"));
}

size_t dateline_end(const char *text, const surface_token *tok, size_t first, size_t end)
{
    size_t i = first, limit = end < first + DATELINE_MAX_TOKENS ? end : first + DATELINE_MAX_TOKENS;
    int letters = 0, word;
    while (i < limit && i < first + 4 && (word = capital_word(text, &tok[i])) > 0) {
        letters += word;
        i++;
    }
    /* a place has three letters at least: "PS --" opens a postscript */
    if (letters < 3) return 0;
    /* ", Ukraine", ", Jan 24": twice at most */
    for (int part = 0; part < 2 && i < limit && is_text(text, &tok[i], ","); part++) {
        size_t j = i + 1;
        while (j < limit && j < i + 6 && name_or_number(&tok[j]) && !tok[j].newlines_before) j++;
        if (j == i + 1) return 0;
        i = j;
    }
    /* "(Reuters)", "(AP)" */
    if (i < limit && is_text(text, &tok[i], "(")) {
        size_t j = i + 1;
        while (j < limit && j < i + 5 && !is_text(text, &tok[j], ")")) j++;
        if (j >= limit || !is_text(text, &tok[j], ")") || j == i + 1) return 0;
        i = j + 1;
    }
    /* the story's sentence must go on after it, two tokens at least */
    if (i + 2 >= end || i >= limit || !separator(text, &tok[i], &tok[i + 1])) return 0;
    return i + 1;
}
