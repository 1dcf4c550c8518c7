/*
** story.c — line classes of a wire page.
*/
#include <string.h>
#include "text/story.h"
#include "text/utf8.h"

int story_is_blank(const char *line, size_t len)
{
    size_t i = 0;
    while (i < len) {
        int clen;
        unsigned c = utf8_class_at(line, len, i, &clen);
        if (!(c & CC_SPACE)) return 0;
        i += (size_t)clen;
    }
    return 1;
}

static int starts_nocase(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != prefix[i]) return 0;
    }
    return 1;
}

int story_is_caption(const char *line, size_t len)
{
    while (len && (*line == ' ' || *line == '\t')) { line++; len--; }
    /* Captions are short credit lines; a long line is a paragraph that
    ** happens to begin with "Photo". */
    if (len > 160) return 0;
    static const char *const heads[] = { "photo", "photograph", "picture", "image",
                                         "video", "file photo", "graphic", "photos" };
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        size_t k = strlen(heads[h]);
        if (!starts_nocase(line, len, heads[h])) continue;
        const char *rest = line + k;
        size_t n = len - k;
        while (n && *rest == ' ') { rest++; n--; }
        if (n == 0 && h == 5) return 1;                 /* "File photo" */
        if (n && (*rest == ':' || *rest == '/')) return 1;
        if (starts_nocase(rest, n, "courtesy") || starts_nocase(rest, n, "by ") ||
            starts_nocase(rest, n, "credit"))
            return 1;
    }
    return 0;
}

/* Quote marks a kicker may stand in: " ' “ ” ‘ ’ */
static size_t quote_len(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == '"' || s[0] == '\'')) return 1;
    if (n >= 3 && (unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 &&
        ((unsigned char)s[2] >= 0x98 && (unsigned char)s[2] <= 0x9d))
        return 3;
    return 0;
}

size_t story_kicker(const char *line, size_t len, size_t *kicker_start, size_t *kicker_len)
{
    size_t i = quote_len(line, len);
    size_t start = i;
    int words = 0, letters = 0, in_word = 0;
    while (i < len) {
        unsigned char c = (unsigned char)line[i];
        if (c >= 'A' && c <= 'Z') { letters++; if (!in_word) { words++; in_word = 1; } i++; continue; }
        if (c >= '0' && c <= '9') { if (!in_word) { words++; in_word = 1; } i++; continue; }
        if (c == '-' || c == '\'' || c == '&' || c == '.') { i++; continue; }
        if (c == ' ') { in_word = 0; i++; continue; }
        if (c >= 0x80) {
            int clen;
            unsigned cls = utf8_class_at(line, len, i, &clen);
            if ((cls & CC_UPPER)) { letters++; if (!in_word) { words++; in_word = 1; } i += (size_t)clen; continue; }
            if (cls & CC_APOS) { i += (size_t)clen; continue; }
        }
        break;
    }
    size_t end = i;
    /* A closing curly quote was read as an apostrophe: give it back. */
    while (end > start + 3 && quote_len(line + end - 3, 3) == 3) end -= 3;
    while (end > start && (line[end - 1] == '\'' || line[end - 1] == '"')) end--;
    i += quote_len(line + i, len - i);
    if (i >= len || line[i] != ':') return 0;
    if (i + 1 < len && line[i + 1] != ' ' && line[i + 1] != '\t') return 0;
    if (letters < 2 || words < 1 || words > 6) return 0;
    while (end > start && line[end - 1] == ' ') end--;
    *kicker_start = start;
    *kicker_len = end - start;
    i++;
    while (i < len && (line[i] == ' ' || line[i] == '\t')) i++;
    return i;
}
