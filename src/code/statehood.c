/*
** statehood.c — the country a place belonged to on the story's date
** (statehood.h).
*/
#include <stdio.h>
#include <string.h>
#include "code/statehood.h"

/* States that seceded, the state they seceded from, and the day they
** became independent.  Only secessions whose earlier state no one
** disputes: Kosovo and East Timor are left alone. */
static const struct {
    const char *state, *from, *since;
} seceded[] = {
    { "SSD", "SDN", "2011-07-09" },   /* South Sudan from Sudan */
    { "ERI", "ETH", "1993-05-24" },   /* Eritrea from Ethiopia */
};

long statehood_on_date(dyad_doc *doc, dyad_lex_matches *matches)
{
    if (!doc->date || strlen(doc->date) < 10) return 0;
    long changed = 0;
    for (size_t i = 0; i < matches->n; i++) {
        dyad_lex_match *m = &matches->items[i];
        if (!m->country) continue;
        for (size_t k = 0; k < sizeof seceded / sizeof seceded[0]; k++) {
            if (strcmp(m->country, seceded[k].state) || strncmp(doc->date, seceded[k].since, 10) >= 0) continue;
            char buf[64];
            const char *rest = m->code && strlen(m->code) >= 3 ? m->code + 3 : "";
            int len = snprintf(buf, sizeof buf, "%s%s", seceded[k].from, rest);
            if (len < 0 || (size_t)len >= sizeof buf) continue;
            const char *code = dyad_doc_strdup(doc, buf, (size_t)len);
            if (!code) return -1;
            m->code = code;
            m->country = seceded[k].from;
            changed++;
            break;
        }
    }
    return changed;
}
