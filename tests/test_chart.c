/*
** test_chart.c — charts come out as real SVG and PNG files, and bad
** requests are refused with a reason.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "out/chart.h"

static const char *labels[3] = { "2026-01-05", "2026-01-12", "2026-01-19" };
static const double up[3] = { 3, 0, 5 }, down[3] = { 1, 4, 0 };

static chart_spec spec(void)
{
    static chart_layer layers[2];
    layers[0] = (chart_layer){ "cooperation", 0.1, 0.6, 0.1, 0, up };
    layers[1] = (chart_layer){ "conflict", 0.8, 0.1, 0.1, 1, down };
    chart_spec s = { "USA-CAN", "test", "events", labels, 3, layers, 2, 400, 300, 0 };
    return s;
}

static int starts_with_file(const char *path, const char *magic, size_t n)
{
    char buf[16] = { 0 };
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    size_t got = fread(buf, 1, n, f);
    fclose(f);
    return got == n && memcmp(buf, magic, n) == 0;
}

TEST(svg_and_png)
{
    chart_spec s = spec();
    char err[200];
    char dir[] = "/tmp/dyad-chart-XXXXXX";
    if (!mkdtemp(dir)) SKIP("no temporary folder");
    char png[64], svg[64];
    snprintf(png, sizeof png, "%s/c.png", dir);
    snprintf(svg, sizeof svg, "%s/c.svg", dir);
    int rc = chart_write(&s, png, err, sizeof err);
    if (rc == DYAD_EINVAL && strstr(err, "without cairo")) { rmdir(dir); SKIP("built without cairo"); }
    CHECK_INT(rc, DYAD_OK);
    CHECK(starts_with_file(png, "\x89PNG", 4));
    CHECK_INT(chart_write(&s, svg, err, sizeof err), DYAD_OK);
    CHECK(starts_with_file(svg, "<?xml", 5));
    unlink(png);
    unlink(svg);
    rmdir(dir);
}

TEST(refusals)
{
    chart_spec s = spec();
    char err[200];
    CHECK_INT(chart_write(&s, "/tmp/chart.gif", err, sizeof err), DYAD_EINVAL);
    s.n = 0;
    CHECK_INT(chart_write(&s, "/tmp/chart.png", err, sizeof err), DYAD_EINVAL);
    s = spec();
    int rc = chart_write(&s, "/nonexistent-dir/c.png", err, sizeof err);
    CHECK(rc == DYAD_EIO || rc == DYAD_EINVAL);
}

int main(void)
{
    RUN(svg_and_png);
    RUN(refusals);
    return TEST_DONE();
}
