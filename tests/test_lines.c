/*
** test_lines.c — the bounded line reader: lines inside one read-ahead and
** across read-aheads, CRLF, a last line with no newline, overlong lines.
*/
#include <stdlib.h>
#include "testing.h"
#include "text/lines.h"

TEST(lines_in_and_across_read_aheads)
{
    /* a short line, a 70,000-byte line (it crosses the 64 KiB read-ahead),
    ** a CRLF line, and a last line without a newline */
    size_t big = 70000;
    char *data = malloc(big + 64);
    size_t n = 0;
    n += (size_t)sprintf(data + n, "short\n");
    memset(data + n, 'x', big);
    n += big;
    n += (size_t)sprintf(data + n, "\nwindows\r\nlast");
    FILE *f = tmpfile();
    fwrite(data, 1, n, f);
    rewind(f);
    line_reader r;
    line_reader_init(&r, f, 1 << 20);
    CHECK_INT(line_reader_next(&r), 1);
    CHECK(r.len == 5 && !memcmp(r.line, "short", 5));
    CHECK_INT(line_reader_next(&r), 1);
    CHECK_INT(r.len, big);
    CHECK(r.line[0] == 'x' && r.line[big - 1] == 'x');
    CHECK_INT(line_reader_next(&r), 1);
    CHECK(r.len == 7 && !memcmp(r.line, "windows", 7));
    CHECK_INT(line_reader_next(&r), 1);
    CHECK(r.len == 4 && !memcmp(r.line, "last", 4));
    CHECK_INT(r.number, 4);
    CHECK_INT(line_reader_next(&r), 0);
    line_reader_free(&r);
    fclose(f);
    free(data);
}

TEST(overlong_lines_are_skipped_to_their_end)
{
    FILE *f = tmpfile();
    fputs("ok\n", f);
    for (int i = 0; i < 100000; i++) fputc('y', f);
    fputs("\nafter\n", f);
    rewind(f);
    line_reader r;
    line_reader_init(&r, f, 1000);
    CHECK_INT(line_reader_next(&r), 1);
    CHECK_INT(line_reader_next(&r), 2);
    CHECK_INT(r.len, 0);
    CHECK_INT(line_reader_next(&r), 1);
    CHECK(r.len == 5 && !memcmp(r.line, "after", 5));
    CHECK_INT(r.number, 3);
    CHECK_INT(line_reader_next(&r), 0);
    line_reader_free(&r);
    fclose(f);
}

int main(void)
{
    RUN(lines_in_and_across_read_aheads);
    RUN(overlong_lines_are_skipped_to_their_end);
    return TEST_DONE();
}
