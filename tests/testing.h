/*
** testing.h — the tiny unit-test harness every tests/test_*.c uses.
**
** A test file defines functions with TEST(name), lists them in main with
** RUN(name), and ends with `return TEST_DONE();`, which prints the
** closing line "file: N passed, N failed, N skipped" that tests/run.sh sums.
** CHECK records a failure and carries on, so one run shows every broken
** expectation; a test counts as failed if any CHECK in it failed.
*/
#ifndef DYAD_TESTING_H
#define DYAD_TESTING_H

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int testing_passed, testing_failed, testing_skipped;
static int testing_current_failed;    /* CHECK failures in the running test */
static int testing_current_skipped;   /* the running test called SKIP */

#define TEST(name) static void name(void)

#define CHECK(cond) do { \
    if (!(cond)) { \
        testing_current_failed++; \
        fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
    } \
} while (0)

#define CHECK_STR(got, want) do { \
    const char *got_ = (got), *want_ = (want); \
    if (!got_ || strcmp(got_, want_) != 0) { \
        testing_current_failed++; \
        fprintf(stderr, "FAIL %s:%d: %s is \"%s\", want \"%s\"\n", \
                __FILE__, __LINE__, #got, got_ ? got_ : "(null)", want_); \
    } \
} while (0)

#define CHECK_INT(got, want) do { \
    long long got_ = (long long)(got), want_ = (long long)(want); \
    if (got_ != want_) { \
        testing_current_failed++; \
        fprintf(stderr, "FAIL %s:%d: %s is %lld, want %lld\n", \
                __FILE__, __LINE__, #got, got_, want_); \
    } \
} while (0)

/* Ends the running test as skipped, with the reason on stderr. */
#define SKIP(why) do { \
    testing_current_skipped = 1; \
    fprintf(stderr, "skip %s: %s\n", __func__, (why)); \
    return; \
} while (0)

#define RUN(name) do { \
    testing_current_failed = 0; testing_current_skipped = 0; \
    name(); \
    if (testing_current_failed) { testing_failed++; \
        fprintf(stderr, "FAIL test %s\n", #name); } \
    else if (testing_current_skipped) testing_skipped++; \
    else testing_passed++; \
} while (0)

#define TEST_DONE() ( \
    printf("%s: %d passed, %d failed, %d skipped\n", \
           testing_basename(__FILE__), testing_passed, testing_failed, \
           testing_skipped), \
    testing_failed ? 1 : 0)

static inline const char *testing_basename(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* The shared reference data sits beside the checkout; a user's fresh clone
** has none, and tests that need it skip. */
static inline int testing_have_shared(void)
{
    return access("../shared/data", R_OK) == 0;
}

#endif
