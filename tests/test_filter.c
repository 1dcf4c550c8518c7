/*
** test_filter.c — filter values: good ones pass and become SQL, bad ones
** get a message that shows the right form.
*/
#include "testing.h"
#include "store/filter.h"

static int check(store_filter f, char *err)
{
    return store_filter_check(&f, err, 200);
}

TEST(good_and_bad_values)
{
    char err[200];
    CHECK_INT(check((store_filter){ .dyad = "USA-CAN" }, err), 0);
    CHECK_INT(check((store_filter){ .dyad = "USAGOV-IGONAT" }, err), 0);
    CHECK_INT(check((store_filter){ .dyad = "USA" }, err), -1);
    CHECK(strstr(err, "USA-CAN") != NULL);
    CHECK_INT(check((store_filter){ .dyad = "usa-can" }, err), -1);
    CHECK_INT(check((store_filter){ .dyad = "USA-" }, err), -1);
    CHECK_INT(check((store_filter){ .from = "2026-13-01" }, err), -1);
    CHECK(strstr(err, "YYYY-MM-DD") != NULL);
    CHECK_INT(check((store_filter){ .from = "2026-02-01", .to = "2026-01-01" }, err), -1);
    CHECK_INT(check((store_filter){ .root = "13" }, err), 0);
    CHECK_INT(check((store_filter){ .root = "7" }, err), 0);
    CHECK_INT(check((store_filter){ .root = "21" }, err), -1);
    CHECK_INT(check((store_filter){ .root = "1a" }, err), -1);
    CHECK_INT(check((store_filter){ .actor = "U" }, err), -1);
    CHECK_INT(check((store_filter){ .actor = "RUS" }, err), 0);
    /* a side of no known country (dyad code --no-country) */
    CHECK_INT(check((store_filter){ .actor = "---REB" }, err), 0);
    CHECK_INT(check((store_filter){ .actor = "---" }, err), -1);
    store_filter f = { .dyad = "---REB-SYR" };
    CHECK_INT(check(f, err), 0);
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    CHECK_STR(f.src, "---REB");
    CHECK_STR(f.tgt, "SYR");
    f = (store_filter){ .dyad = "SYRMIL----REB" };
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    CHECK_STR(f.src, "SYRMIL");
    CHECK_STR(f.tgt, "---REB");
}

TEST(sql)
{
    store_filter f = { .dyad = "USA-CANGOV", .root = "4", .from = "2026-01-01" };
    char err[200];
    CHECK_INT(store_filter_check(&f, err, sizeof err), 0);
    CHECK_STR(f.root2, "04");
    CHECK_STR(f.src, "USA");
    CHECK_STR(f.tgt, "CANGOV");
    char sql[1000] = "WHERE 1";
    CHECK_INT(store_filter_sql(&f, sql, sizeof sql), 0);
    CHECK(strstr(sql, "e.src_country = (SELECT id FROM codes WHERE code = :src)") != NULL);
    CHECK(strstr(sql, "e.tgt_code IN (SELECT id FROM codes WHERE substr(code") != NULL);
    CHECK(strstr(sql, "e.cameo IN (SELECT id FROM codes WHERE substr(code, 1, 2) = :root)") != NULL);
    CHECK(strstr(sql, "e.dup = 0") != NULL);
    char small[20] = "WHERE 1";
    CHECK_INT(store_filter_sql(&f, small, sizeof small), -1);
}

int main(void)
{
    RUN(good_and_bad_values);
    RUN(sql);
    return TEST_DONE();
}
