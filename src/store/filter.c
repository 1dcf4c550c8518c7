/*
** filter.c — validating filters and turning them into SQL (filter.h).
*/
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "store/filter.h"
#include "store/store.h"

/* An actor side: 3 upper-case letters (a country or IGO/NGO/MNC) or a
** longer CAMEO actor code of upper-case letters and digits, perhaps of no
** known country ("---REB": dyad code --no-country). */
static int valid_side(const char *s, size_t n)
{
    if (n >= 6 && !strncmp(s, "---", 3)) { s += 3; n -= 3; }
    if (n < 3 || n > 30) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i])) return 0;
    return 1;
}

int store_filter_check(store_filter *f, char *err, size_t err_size)
{
    f->from_day = INT64_MIN;
    f->to_day = INT64_MAX;
    f->src[0] = f->tgt[0] = f->root2[0] = '\0';
    if (f->from) {
        f->from_day = store_day_number(f->from);
        if (f->from_day == INT64_MIN) {
            snprintf(err, err_size, "--from '%s' is not a date; use YYYY-MM-DD", f->from);
            return -1;
        }
    }
    if (f->to) {
        f->to_day = store_day_number(f->to);
        if (f->to_day == INT64_MIN) {
            snprintf(err, err_size, "--to '%s' is not a date; use YYYY-MM-DD", f->to);
            return -1;
        }
    }
    if (f->from && f->to && f->from_day > f->to_day) {
        snprintf(err, err_size, "--from %s is after --to %s", f->from, f->to);
        return -1;
    }
    if (f->actor && !valid_side(f->actor, strlen(f->actor))) {
        snprintf(err, err_size, "--actor '%s' is not a country (USA) or an actor code (USAGOV); "
                 "use upper-case letters", f->actor);
        return -1;
    }
    if (f->dyad) {
        const char *dash = strchr(f->dyad + (strncmp(f->dyad, "---", 3) ? 0 : 3), '-');
        if (!dash || !valid_side(f->dyad, (size_t)(dash - f->dyad)) ||
            !valid_side(dash + 1, strlen(dash + 1))) {
            snprintf(err, err_size, "--dyad '%s' is not SOURCE-TARGET; use countries or actor "
                     "codes such as USA-CAN or USAGOV-CANGOV", f->dyad);
            return -1;
        }
        snprintf(f->src, sizeof f->src, "%.*s", (int)(dash - f->dyad), f->dyad);
        snprintf(f->tgt, sizeof f->tgt, "%s", dash + 1);
    }
    if (f->root) {
        size_t n = strlen(f->root);
        int v = 0, ok = n >= 1 && n <= 2;
        for (size_t i = 0; ok && i < n; i++) {
            if (!isdigit((unsigned char)f->root[i])) ok = 0;
            else v = v * 10 + (f->root[i] - '0');
        }
        if (!ok || v < 1 || v > 20) {
            snprintf(err, err_size, "--root '%s' is not a CAMEO root code; use 01 to 20", f->root);
            return -1;
        }
        snprintf(f->root2, sizeof f->root2, "%02d", v);
    }
    return 0;
}

/* The codes are ids of the codes table (store.c); a value is looked up
** once per query, as SQLite runs an uncorrelated subquery once. */
#define CODE_ID(param) "(SELECT id FROM codes WHERE code = " param ")"

/* A side matches a country when it has 3 letters, else a code prefix. */
static int side_sql(char *sql, size_t size, size_t *len, const char *col_country,
                    const char *col_code, const char *param, const char *value)
{
    int n = strlen(value) == 3
        ? snprintf(sql + *len, size - *len,
                   "(e.%s = (SELECT id FROM codes WHERE code = %s) OR e.%s = (SELECT id FROM codes WHERE code = %s))",
                   col_country, param, col_code, param)
        : snprintf(sql + *len, size - *len,
                   "e.%s IN (SELECT id FROM codes WHERE substr(code, 1, length(%s)) = %s)",
                   col_code, param, param);
    if (n < 0 || (size_t)n >= size - *len) return -1;
    *len += (size_t)n;
    return 0;
}

static int add(char *sql, size_t size, size_t *len, const char *text)
{
    size_t n = strlen(text);
    if (*len + n + 1 > size) return -1;
    memcpy(sql + *len, text, n + 1);
    *len += n;
    return 0;
}

int store_filter_sql(const store_filter *f, char *sql, size_t size)
{
    size_t len = strlen(sql);
    int rc = 0;
    /* An unknown day is stored as the least integer (STORE_NO_DAY), which
    ** no date range holds. */
    if (f->from) rc |= add(sql, size, &len, " AND e.day >= :from_day");
    if (f->to) rc |= add(sql, size, &len, " AND e.day <= :to_day AND e.day > -2147483648");
    if (!f->with_duplicates) rc |= add(sql, size, &len, " AND e.dup = 0");
    if (f->root) rc |= add(sql, size, &len,
                           " AND e.cameo IN (SELECT id FROM codes WHERE substr(code, 1, 2) = :root)");
    if (f->dyad) {
        /* A 3-letter side is matched on the country column alone, which
        ** the (src_country, tgt_country, day) key serves directly. */
        if (strlen(f->src) == 3) rc |= add(sql, size, &len, " AND e.src_country = " CODE_ID(":src"));
        else { rc |= add(sql, size, &len, " AND ");
               rc |= side_sql(sql, size, &len, "src_country", "src_code", ":src", f->src); }
        if (strlen(f->tgt) == 3) rc |= add(sql, size, &len, " AND e.tgt_country = " CODE_ID(":tgt"));
        else { rc |= add(sql, size, &len, " AND ");
               rc |= side_sql(sql, size, &len, "tgt_country", "tgt_code", ":tgt", f->tgt); }
    }
    if (f->actor) {
        rc |= add(sql, size, &len, " AND (");
        rc |= side_sql(sql, size, &len, "src_country", "src_code", ":actor", f->actor);
        rc |= add(sql, size, &len, " OR ");
        rc |= side_sql(sql, size, &len, "tgt_country", "tgt_code", ":actor", f->actor);
        rc |= add(sql, size, &len, ")");
    }
    return rc ? -1 : 0;
}

static int bind_named(sqlite3_stmt *st, const char *name, const char *text, int64_t number, int is_text)
{
    int i = sqlite3_bind_parameter_index(st, name);
    if (!i) return SQLITE_OK;
    return is_text ? sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT) : sqlite3_bind_int64(st, i, number);
}

int store_filter_bind(const store_filter *f, sqlite3_stmt *st)
{
    int rc = SQLITE_OK;
    if (rc == SQLITE_OK) rc = bind_named(st, ":from_day", NULL, f->from_day, 0);
    if (rc == SQLITE_OK) rc = bind_named(st, ":to_day", NULL, f->to_day, 0);
    if (rc == SQLITE_OK && f->root) rc = bind_named(st, ":root", f->root2, 0, 1);
    if (rc == SQLITE_OK && f->dyad) rc = bind_named(st, ":src", f->src, 0, 1);
    if (rc == SQLITE_OK && f->dyad) rc = bind_named(st, ":tgt", f->tgt, 0, 1);
    if (rc == SQLITE_OK && f->actor) rc = bind_named(st, ":actor", f->actor, 0, 1);
    return rc;
}
