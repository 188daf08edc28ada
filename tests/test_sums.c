/* kn_sum_f64, kn_dot_f64, kn_prefix_sums_f64: the canonical orders of
 * kernels.h re-implemented plainly here and required bit for bit on every
 * backend that runs them (every CPU backend must), at sizes around the
 * lane widths, the blocks and the omp chunks, from unaligned starts and in
 * place; the error paths with their exact sentences. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

enum { SUM_BLOCK = 2048, LANES = 32, SCAN_BLOCK = 1024 };
enum { OP_SUM, OP_DOT, OP_SQUARE };

static double elem(int op, const double *x, const double *y, size_t i)
{
    if (op == OP_SUM) return x[i];
    if (op == OP_DOT) return x[i] * y[i];
    return x[i] * x[i];
}

/* kernels.h norm-square steps 2-3 for the block [lo, hi). */
static double block_total(int op, const double *x, const double *y, size_t lo, size_t hi)
{
    double s[LANES];
    for (int j = 0; j < LANES; j++) s[j] = +0.0;
    for (size_t i = lo; i < hi; i++) s[(i - lo) % LANES] = s[(i - lo) % LANES] + elem(op, x, y, i);
    for (int w = LANES / 2; w >= 1; w /= 2)
        for (int j = 0; j < w; j++) s[j] = s[j] + s[j + w];
    return s[0];
}

/* Step 4: S(lo, hi) over block totals. */
static double tree(const double *t, size_t lo, size_t hi)
{
    if (hi - lo == 1) return t[lo];
    size_t h = 1;
    while (h * 2 < hi - lo) h *= 2;
    return tree(t, lo, lo + h) + tree(t, lo + h, hi);
}

static double canon_reduce(int op, const double *x, const double *y, size_t n)
{
    if (n == 0) return 0.0;
    size_t m = (n + SUM_BLOCK - 1) / SUM_BLOCK;
    double *t = kt_xmalloc(m * sizeof *t);
    for (size_t b = 0; b < m; b++) t[b] = block_total(op, x, y, b * SUM_BLOCK, b * SUM_BLOCK + SUM_BLOCK < n ? b * SUM_BLOCK + SUM_BLOCK : n);
    double r = tree(t, 0, m);
    free(t);
    return r;
}

/* The prefix sums' steps 1-4, literally. */
static void canon_prefix(const double *x, size_t n, double *out)
{
    if (n == 0) return;
    size_t m = (n + SCAN_BLOCK - 1) / SCAN_BLOCK;
    double *T = kt_xmalloc(m * sizeof *T), *C = kt_xmalloc(m * sizeof *C);
    for (size_t b = 0; b < m; b++) {
        size_t lo = b * SCAN_BLOCK, hi = lo + SCAN_BLOCK < n ? lo + SCAN_BLOCK : n;
        double r = +0.0;
        for (size_t i = lo; i < hi; i++) r = r + x[i];
        T[b] = r;
    }
    C[0] = +0.0;
    for (size_t b = 1; b < m; b++) C[b] = C[b - 1] + T[b - 1];
    for (size_t b = 0; b < m; b++) {
        size_t lo = b * SCAN_BLOCK, hi = lo + SCAN_BLOCK < n ? lo + SCAN_BLOCK : n;
        double r = C[b];
        for (size_t i = lo; i < hi; i++) {
            r = r + x[i];
            out[i] = r;
        }
    }
    free(T);
    free(C);
}

/* 0, 1, the lane widths (2, 4, 8) and 32 +-1, the blocks (1024, 2048)
 * +-1, and the omp chunks (131072 elements for the sums, two scan chunks)
 * and two of them +-1. */
static const size_t sizes[] = {0,    1,    2,    3,    4,    5,    7,    8,      9,      31,     32,     33,
                               1023, 1024, 1025, 2047, 2048, 2049, 131071, 131072, 131073, 262143, 262144, 262145};
#define NSIZES (sizeof sizes / sizeof sizes[0])
#define MAXN 262145
#define OFFSETS 2 /* aligned, and one element in (an unaligned whole-element start) */

static double *x, *y, *want, *got;

/* A CPU backend runs every kernel; a device backend may lack one. */
static int ran(kn_ctx *ctx, kn_status st)
{
    kn_backend b = kn_ctx_backend(ctx);
    if (st == KN_ERR_UNAVAILABLE && b != KN_SCALAR && b != KN_SIMD && b != KN_OMP) return 0;
    if (st != KN_OK) fail_msg("[%s] %s: %s", kn_backend_name(b), kn_status_str(st), kn_last_error());
    return 1;
}

static void check_ctx(kn_ctx *ctx, const char *label)
{
    for (size_t s = 0; s < NSIZES; s++)
        for (size_t off = 0; off < OFFSETS; off++) {
            size_t n = sizes[s];
            const double *xs = x + off, *ys = y + 2 * off;
            double r = -1.0, w;
            char what[96];
            snprintf(what, sizeof what, "%s n=%zu off=%zu", label, n, off);
            if (ran(ctx, kn_sum_f64(ctx, xs, n, &r))) {
                w = canon_reduce(OP_SUM, xs, NULL, n);
                kt_assert_f64_identical(&r, &w, 1, what);
            }
            if (ran(ctx, kn_dot_f64(ctx, xs, ys, n, &r))) {
                w = canon_reduce(OP_DOT, xs, ys, n);
                kt_assert_f64_identical(&r, &w, 1, what);
                /* dot(x, x) adds the norm-square's rounded products */
                kt_ok(kn_dot_f64(ctx, xs, xs, n, &r));
                w = canon_reduce(OP_SQUARE, xs, NULL, n);
                kt_assert_f64_identical(&r, &w, 1, what);
            }
            canon_prefix(xs, n, want);
            got[n] = 42.0;
            if (ran(ctx, kn_prefix_sums_f64(ctx, xs, n, got))) {
                kt_assert_f64_identical(got, want, n, what);
                assert_true(got[n] == 42.0); /* nothing written past out[n-1] */
                memcpy(got + off, xs, n * sizeof *got); /* in place */
                kt_ok(kn_prefix_sums_f64(ctx, got + off, n, got + off));
                kt_assert_f64_identical(got + off, want, n, what);
            }
        }
}

static void test_every_backend(void **state)
{
    (void)state;
    KT_FOR_EACH_BACKEND(it) { check_ctx(it.ctx, kt_current_backend()); }
}

/* omp at several team sizes and schedules: chunks cut anywhere by the
 * team give the same bits. */
static void test_omp_teams(void **state)
{
    (void)state;
    if (!kn_backend_available(KN_OMP)) skip();
    static const char *const teams[][2] = {{"2", "static"}, {"3", "dynamic,1"}, {"7", "guided"}};
    for (size_t t = 0; t < sizeof teams / sizeof teams[0]; t++) {
        setenv("KERNELS_NUM_THREADS", teams[t][0], 1);
        setenv("KERNELS_SCHEDULE", teams[t][1], 1);
        kn_ctx *ctx;
        kt_ok(kn_ctx_create(&ctx, KN_OMP));
        unsetenv("KERNELS_NUM_THREADS");
        unsetenv("KERNELS_SCHEDULE");
        check_ctx(ctx, teams[t][0]);
        kn_ctx_destroy(ctx);
    }
}

/* Prefix sums on omp teams of 2, 3 and 7 threads (more than the cores:
 * threads get descheduled while others wait on their carries) at five and
 * nine chunks of 65536 elements +-1, out of place and in place. */
static void test_omp_prefix_chunks(void **state)
{
    (void)state;
    if (!kn_backend_available(KN_OMP)) skip();
    enum { CHUNK = 65536, LONGEST = 9 * CHUNK + 1 };
    static const size_t lens[] = {5 * CHUNK - 1, 5 * CHUNK, 5 * CHUNK + 1, LONGEST};
    static const char *const teams[] = {"2", "3", "7"};
    double *xs = kt_xmalloc(LONGEST * sizeof *xs), *w = kt_xmalloc(LONGEST * sizeof *w);
    double *out = kt_xmalloc((LONGEST + 1) * sizeof *out);
    kt_fill_f64_mixed(xs, LONGEST, 78, -20, 20, 1);
    for (size_t t = 0; t < sizeof teams / sizeof teams[0]; t++) {
        setenv("KERNELS_NUM_THREADS", teams[t], 1);
        kn_ctx *ctx;
        kt_ok(kn_ctx_create(&ctx, KN_OMP));
        unsetenv("KERNELS_NUM_THREADS");
        for (size_t s = 0; s < sizeof lens / sizeof lens[0]; s++) {
            size_t n = lens[s];
            char what[80];
            canon_prefix(xs, n, w);
            out[n] = 42.0;
            kt_ok(kn_prefix_sums_f64(ctx, xs, n, out));
            snprintf(what, sizeof what, "%s threads, n = %zu", teams[t], n);
            kt_assert_f64_identical(out, w, n, what);
            assert_true(out[n] == 42.0);
            memcpy(out, xs, n * sizeof *out);
            kt_ok(kn_prefix_sums_f64(ctx, out, n, out));
            snprintf(what, sizeof what, "in place, %s threads, n = %zu", teams[t], n);
            kt_assert_f64_identical(out, w, n, what);
        }
        kn_ctx_destroy(ctx);
    }
    free(xs), free(w), free(out);
}

/* Exact values: x = 0..999 and products of small integers sum exactly. */
static void test_goldens(void **state)
{
    (void)state;
    enum { N = 1000 };
    double *a = kt_xmalloc(N * sizeof *a), *p = kt_xmalloc(N * sizeof *p), r;
    for (size_t i = 0; i < N; i++) a[i] = (double)i;
    KT_FOR_EACH_BACKEND(it)
    {
        if (ran(it.ctx, kn_sum_f64(it.ctx, a, N, &r))) kt_assert_f64_bits(r, 499500.0, "sum 0..999");
        if (ran(it.ctx, kn_dot_f64(it.ctx, a, a, N, &r))) kt_assert_f64_bits(r, 332833500.0, "dot 0..999");
        if (ran(it.ctx, kn_prefix_sums_f64(it.ctx, a, N, p))) {
            kt_assert_f64_bits(p[0], 0.0, "prefix out[0]");
            kt_assert_f64_bits(p[N - 1], 499500.0, "prefix out[n-1]");
        }
        /* n == 0: +0.0, and NULL arrays are fine */
        r = -1.0;
        kt_ok(kn_sum_f64(it.ctx, NULL, 0, &r));
        kt_assert_f64_bits(r, 0.0, "sum of nothing");
        r = -1.0;
        kt_ok(kn_dot_f64(it.ctx, NULL, NULL, 0, &r));
        kt_assert_f64_bits(r, 0.0, "dot of nothing");
        kt_ok(kn_prefix_sums_f64(it.ctx, NULL, 0, NULL));
    }
    free(a);
    free(p);
}

static void expect_message(kn_status st, const char *msg)
{
    assert_int_equal(st, KN_ERR_INVALID_ARG);
    assert_string_equal(kn_last_error(), msg);
}

static void expect_prefix(kn_status st, const char *prefix)
{
    assert_int_equal(st, KN_ERR_INVALID_ARG);
    if (strncmp(kn_last_error(), prefix, strlen(prefix)) != 0) fail_msg("message: %s", kn_last_error());
}

static void test_errors(void **state)
{
    (void)state;
    kn_ctx *ctx;
    kt_ok(kn_ctx_create(&ctx, KN_SCALAR));
    double r = 7.0, *bad = (double *)(void *)((char *)x + 1);
    expect_message(kn_sum_f64(ctx, NULL, 1, &r), "kn_sum_f64: x is NULL");
    expect_message(kn_sum_f64(ctx, x, 1, NULL), "kn_sum_f64: out is NULL");
    expect_prefix(kn_sum_f64(ctx, bad, 1, &r), "kn_sum_f64: x is not aligned to 8 bytes (address ");
    expect_prefix(kn_sum_f64(ctx, x, 1, bad), "kn_sum_f64: out is not aligned to 8 bytes (address ");
    expect_message(kn_sum_f64(ctx, x, SIZE_MAX, &r),
                   "kn_sum_f64: n (18446744073709551615) is larger than any array of 8-byte elements");
    expect_message(kn_dot_f64(ctx, NULL, y, 1, &r), "kn_dot_f64: x is NULL");
    expect_message(kn_dot_f64(ctx, x, NULL, 1, &r), "kn_dot_f64: y is NULL");
    expect_message(kn_dot_f64(ctx, x, y, 1, NULL), "kn_dot_f64: out is NULL");
    expect_prefix(kn_dot_f64(ctx, x, bad, 1, &r), "kn_dot_f64: y is not aligned to 8 bytes (address ");
    expect_message(kn_prefix_sums_f64(ctx, NULL, 1, got), "kn_prefix_sums_f64: x is NULL");
    expect_message(kn_prefix_sums_f64(ctx, x, 1, NULL), "kn_prefix_sums_f64: out is NULL");
    expect_message(kn_prefix_sums_f64(ctx, x, 10, x + 1),
                   "kn_prefix_sums_f64: x and out overlap without being the same array");
    expect_message(kn_prefix_sums_f64(ctx, x + 1, 10, x),
                   "kn_prefix_sums_f64: x and out overlap without being the same array");
    expect_prefix(kn_prefix_sums_f64(ctx, bad, 1, got), "kn_prefix_sums_f64: x is not aligned to 8 bytes (address ");
    assert_true(r == 7.0); /* a rejected call writes nothing */
    kn_ctx_destroy(ctx);
}

static int setup(void **state)
{
    (void)state;
    x = kt_xmalloc((MAXN + OFFSETS) * sizeof *x);
    y = kt_xmalloc((MAXN + 2 * OFFSETS) * sizeof *y);
    want = kt_xmalloc((MAXN + OFFSETS) * sizeof *want);
    got = kt_xmalloc((MAXN + OFFSETS) * sizeof *got);
    kt_fill_f64_mixed(x, MAXN + OFFSETS, 11, -20, 20, 1);
    kt_fill_f64_mixed(y, MAXN + 2 * OFFSETS, 12, -20, 20, 1);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(x), free(y), free(want), free(got);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_backend),
        cmocka_unit_test(test_omp_teams),
        cmocka_unit_test(test_omp_prefix_chunks),
        cmocka_unit_test(test_goldens),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
