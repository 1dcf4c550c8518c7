/*
** abbrev.c — the word lists of abbrev.h.
*/
#include <stdlib.h>
#include <string.h>
#include "text/abbrev.h"

typedef struct entry { const char *word; abbrev_kind kind; } entry;

/* Sorted by strcmp (byte order: upper case before lower case). */
static const entry ABBREVIATIONS[] = {
    { "Adm", ABBREV_TITLE }, { "Ala", ABBREV_OTHER }, { "Apr", ABBREV_NUMERIC },
    { "Ariz", ABBREV_OTHER }, { "Ark", ABBREV_OTHER }, { "Art", ABBREV_NUMERIC },
    { "Assn", ABBREV_OTHER }, { "Aug", ABBREV_NUMERIC }, { "Ave", ABBREV_OTHER },
    { "Blvd", ABBREV_OTHER }, { "Brig", ABBREV_TITLE }, { "Bros", ABBREV_OTHER },
    { "Calif", ABBREV_OTHER }, { "Capt", ABBREV_TITLE }, { "Cdr", ABBREV_TITLE },
    { "Cmdr", ABBREV_TITLE }, { "Co", ABBREV_OTHER }, { "Col", ABBREV_TITLE },
    { "Colo", ABBREV_OTHER }, { "Conn", ABBREV_OTHER }, { "Corp", ABBREV_OTHER },
    { "Cpl", ABBREV_TITLE }, { "Dec", ABBREV_NUMERIC }, { "Del", ABBREV_OTHER },
    { "Dept", ABBREV_OTHER }, { "Det", ABBREV_TITLE }, { "Dr", ABBREV_TITLE },
    { "Drs", ABBREV_TITLE }, { "Feb", ABBREV_NUMERIC }, { "Fig", ABBREV_NUMERIC },
    { "Fla", ABBREV_OTHER }, { "Fr", ABBREV_TITLE }, { "Ft", ABBREV_TITLE },
    { "Ga", ABBREV_OTHER }, { "Gen", ABBREV_TITLE }, { "Gov", ABBREV_TITLE },
    { "Hon", ABBREV_TITLE }, { "Ill", ABBREV_OTHER }, { "Inc", ABBREV_OTHER },
    { "Ind", ABBREV_OTHER }, { "Insp", ABBREV_TITLE }, { "Jan", ABBREV_NUMERIC },
    { "Jr", ABBREV_OTHER }, { "Jul", ABBREV_NUMERIC }, { "Jun", ABBREV_NUMERIC },
    { "Kan", ABBREV_OTHER }, { "Ky", ABBREV_OTHER }, { "La", ABBREV_OTHER },
    { "Lieut", ABBREV_TITLE }, { "Lt", ABBREV_TITLE }, { "Ltd", ABBREV_OTHER },
    { "Maj", ABBREV_TITLE }, { "Mar", ABBREV_NUMERIC }, { "Mass", ABBREV_OTHER },
    { "Md", ABBREV_OTHER }, { "Messrs", ABBREV_TITLE }, { "Mich", ABBREV_OTHER },
    { "Minn", ABBREV_OTHER }, { "Miss", ABBREV_OTHER }, { "Mlle", ABBREV_TITLE },
    { "Mme", ABBREV_TITLE }, { "Mo", ABBREV_OTHER }, { "Mont", ABBREV_OTHER },
    { "Mr", ABBREV_TITLE }, { "Mrs", ABBREV_TITLE }, { "Ms", ABBREV_TITLE },
    { "Mt", ABBREV_TITLE }, { "Neb", ABBREV_OTHER }, { "Nev", ABBREV_OTHER },
    { "No", ABBREV_NUMERIC }, { "Nos", ABBREV_NUMERIC }, { "Nov", ABBREV_NUMERIC },
    { "Oct", ABBREV_NUMERIC }, { "Okla", ABBREV_OTHER }, { "Ore", ABBREV_OTHER },
    { "Pa", ABBREV_OTHER }, { "Penn", ABBREV_OTHER }, { "Ph", ABBREV_OTHER },
    { "Pres", ABBREV_TITLE }, { "Prof", ABBREV_TITLE }, { "Pvt", ABBREV_TITLE },
    { "Rd", ABBREV_OTHER }, { "Rep", ABBREV_TITLE }, { "Reps", ABBREV_TITLE },
    { "Rev", ABBREV_TITLE }, { "Sen", ABBREV_TITLE }, { "Sens", ABBREV_TITLE },
    { "Sep", ABBREV_NUMERIC }, { "Sept", ABBREV_NUMERIC }, { "Sgt", ABBREV_TITLE },
    { "Sr", ABBREV_OTHER }, { "St", ABBREV_TITLE }, { "Ste", ABBREV_TITLE },
    { "Sts", ABBREV_TITLE }, { "Supt", ABBREV_TITLE }, { "Tenn", ABBREV_OTHER },
    { "Tex", ABBREV_OTHER }, { "Va", ABBREV_OTHER }, { "Vol", ABBREV_NUMERIC },
    { "Vt", ABBREV_OTHER }, { "Wash", ABBREV_OTHER }, { "Wis", ABBREV_OTHER },
    { "Wyo", ABBREV_OTHER }, { "al", ABBREV_OTHER }, { "approx", ABBREV_OTHER },
    { "cf", ABBREV_TITLE }, { "dept", ABBREV_OTHER }, { "ect", ABBREV_OTHER },
    { "est", ABBREV_OTHER }, { "etc", ABBREV_OTHER }, { "ext", ABBREV_NUMERIC },
    { "ft", ABBREV_OTHER }, { "hr", ABBREV_OTHER }, { "hrs", ABBREV_OTHER },
    { "inc", ABBREV_OTHER }, { "jr", ABBREV_OTHER }, { "mr", ABBREV_TITLE },
    { "mrs", ABBREV_TITLE }, { "ms", ABBREV_TITLE }, { "no", ABBREV_NUMERIC },
    { "nos", ABBREV_NUMERIC }, { "pp", ABBREV_NUMERIC }, { "sq", ABBREV_OTHER },
    { "vol", ABBREV_NUMERIC }, { "vs", ABBREV_TITLE }, { "yr", ABBREV_OTHER },
    { "yrs", ABBREV_OTHER },
};

static const char *const STARTERS[] = {
    "A", "About", "According", "After", "Also", "Although", "An", "And", "Another",
    "Any", "As", "At", "Because", "Before", "Both", "But", "By", "Despite", "Dozens",
    "During", "Each", "Earlier", "Eight", "Eighteen", "Eighty", "Eleven", "Even",
    "Every", "Fifteen", "Fifty", "Five", "For", "Forty", "Four", "Fourteen", "From",
    "He", "Her", "Here", "His", "How", "However", "Hundreds", "I", "If", "In", "It",
    "Its", "Last", "Later", "Many", "Meanwhile", "More", "Most", "My", "Nine",
    "Nineteen", "Ninety", "No", "None", "Now", "On", "One", "Only", "Our", "Over",
    "Seven", "Seventeen", "Seventy", "Several", "She", "Since", "Six", "Sixteen",
    "Sixty", "So", "Some", "Still", "Such", "Ten", "That", "The", "Their", "There",
    "These", "They", "Thirteen", "Thirty", "This", "Those", "Though", "Thousands",
    "Three", "To", "Twelve", "Twenty", "Two", "Under", "Until", "We", "What", "When",
    "Where", "While", "Who", "Why", "With", "Yet", "You",
};

static const char *const HYPHEN_PREFIXES[] = {
    "anti", "co", "counter", "e", "ex", "mid", "mis", "multi", "non", "over", "post",
    "pre", "pro", "re", "semi", "sub", "un", "vice",
};

static int compare_word(const char *word, size_t len, const char *entry_word)
{
    int c = strncmp(word, entry_word, len);
    if (c) return c;
    return entry_word[len] ? -1 : 0;
}

static abbrev_kind lookup_exact(const char *word, size_t len);

/* Exact first; then an all-capitals word in title case (LTD as Ltd).
** Every abbreviation is one to six letters long and starts with a
** letter, which turns most words away before the search. */
abbrev_kind abbrev_lookup(const char *word, size_t len)
{
    if (len == 0 || len > 6) return ABBREV_NONE;
    abbrev_kind kind = lookup_exact(word, len);
    if (kind || len < 2 || len > 8) return kind;
    char title[8];
    title[0] = word[0];
    for (size_t i = 1; i < len; i++) {
        if (word[i] < 'A' || word[i] > 'Z') return ABBREV_NONE;
        title[i] = (char)(word[i] + 32);
    }
    return lookup_exact(title, len);
}

static abbrev_kind lookup_exact(const char *word, size_t len)
{
    size_t lo = 0, hi = sizeof ABBREVIATIONS / sizeof ABBREVIATIONS[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = compare_word(word, len, ABBREVIATIONS[mid].word);
        if (c == 0) return ABBREVIATIONS[mid].kind;
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return ABBREV_NONE;
}

static int in_sorted(const char *const *list, size_t n, const char *word, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = compare_word(word, len, list[mid]);
        if (c == 0) return 1;
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return 0;
}

int sentence_starter(const char *word, size_t len)
{
    return in_sorted(STARTERS, sizeof STARTERS / sizeof STARTERS[0], word, len);
}

int hyphen_prefix(const char *word, size_t len)
{
    char lower[8];
    if (len == 0 || len >= sizeof lower) return 0;
    for (size_t i = 0; i < len; i++)
        lower[i] = (char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
    return in_sorted(HYPHEN_PREFIXES, sizeof HYPHEN_PREFIXES / sizeof HYPHEN_PREFIXES[0], lower, len);
}

static int sorted(const char *const *list, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (strcmp(list[i - 1], list[i]) >= 0) return 0;
    return 1;
}

int abbrev_lists_sorted(void)
{
    for (size_t i = 1; i < sizeof ABBREVIATIONS / sizeof ABBREVIATIONS[0]; i++)
        if (strcmp(ABBREVIATIONS[i - 1].word, ABBREVIATIONS[i].word) >= 0) return 0;
    return sorted(STARTERS, sizeof STARTERS / sizeof STARTERS[0]) &&
           sorted(HYPHEN_PREFIXES, sizeof HYPHEN_PREFIXES / sizeof HYPHEN_PREFIXES[0]);
}
