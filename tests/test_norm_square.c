/* Norm-square: int64 exact (or KN_ERR_OVERFLOW, never wrapped) and double in
 * the canonical order of kernels.h, re-implemented here independently and
 * required bit for bit; plus a compensated reference within the header's
 * error bound, IEEE special values and every error path. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goldens.h"
#include "test_util.h"

/* ---- the canonical order, written out from kernels.h -------------------- */

enum { BLOCK = 2048, LANES = 32 };

static double canon_block(const double *x, size_t len)
{
    double s[LANES];
    for (size_t j = 0; j < LANES; j++) s[j] = +0.0;
    for (size_t k = 0; k < len; k++) {
        double sq = x[k] * x[k];
        s[k % LANES] = s[k % LANES] + sq;
    }
    for (size_t w = LANES / 2; w >= 1; w /= 2)
        for (size_t j = 0; j < w; j++) s[j] = s[j] + s[j + w];
    return s[0];
}

static double canon_tree(const double *t, size_t lo, size_t hi)
{
    if (hi - lo == 1) return t[lo];
    size_t h = 1;
    while (h * 2 < hi - lo) h *= 2; /* the largest power of two below hi - lo */
    return canon_tree(t, lo, lo + h) + canon_tree(t, lo + h, hi);
}

static double canon_norm(const double *x, size_t n)
{
    if (n == 0) return 0.0;
    size_t m = (n + BLOCK - 1) / BLOCK;
    double *t = kt_xmalloc(m * sizeof *t);
    for (size_t b = 0; b < m; b++) t[b] = canon_block(x + b * BLOCK, n - b * BLOCK < BLOCK ? n - b * BLOCK : BLOCK);
    double r = canon_tree(t, 0, m);
    free(t);
    return r;
}

/* Compensated reference: double-double accumulation of exact products
 * (TwoProduct with fma, TwoSum), accurate to about u^2 * n relative. */
static double dd_norm(const double *x, size_t n)
{
    double hi = 0.0, lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double p = x[i] * x[i];
        double pe = fma(x[i], x[i], -p);
        double s = hi + p;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (p - bb);
        hi = s;
        lo += e + pe;
    }
    return hi + lo;
}

static void check_bound(double got, const double *x, size_t n)
{
    double ref = dd_norm(x, n);
    size_t m = (n + BLOCK - 1) / BLOCK, lg = 0;
    while (((size_t)1 << lg) < m) lg++;
    double u = 0x1p-53;
    double bound = ((double)BLOCK / LANES + (double)lg + 1.0) * u * ref;
    bound = bound * (1.0 + 1e-6) + 4.0 * u * u * (double)n * ref; /* second order and the reference's own error */
    double err = fabs(got - ref);
    if (!(err <= bound)) {
        print_error("n = %zu: |%.17g - %.17g| = %g exceeds the header's bound %g (%g ulp-ish)\n", n, got, ref, err,
                    bound, err / (u * ref));
        fail();
    }
}

/* ---- golden ------------------------------------------------------------- */

static void test_golden_i64(void **state)
{
    (void)state;
    enum { N = KN_GOLDEN_NORM_N };
    int64_t *x = kt_xmalloc(N * sizeof *x);
    for (size_t i = 0; i < N; i++) x[i] = (int64_t)i;
    KT_FOR_EACH_BACKEND(it) {
        int64_t out = -1;
        kt_ok(kn_norm_square_i64(it.ctx, x, N, &out));
        kt_assert_i64_eq(out, KN_GOLDEN_NORM_I64);
    }
    free(x);
}

static void test_golden_f64(void **state)
{
    (void)state;
    /* The golden integers as doubles: the exact KN_GOLDEN_NORM_I64 is not
     * reachable in double (partial sums pass 2^53), so require the
     * canonical bits (the test's own canonical sum and the golden value)
     * and closeness to the exact value. */
    enum { N = KN_GOLDEN_NORM_N };
    const double exact = (double)KN_GOLDEN_NORM_I64;
    double *x = kt_xmalloc(N * sizeof *x);
    for (size_t i = 0; i < N; i++) x[i] = (double)i;
    double want = canon_norm(x, N);
    kt_assert_f64_bits(want, KN_GOLDEN_NORM_F64, "canonical norm of 0..n-1");
    KT_FOR_EACH_BACKEND(it) {
        double out = -1;
        kt_ok(kn_norm_square_f64(it.ctx, x, N, &out));
        kt_assert_f64_bits(out, want, "norm of 0..n-1 as doubles");
        check_bound(out, x, N);
        assert_true(fabs(out - exact) <= exact * 0x1p-46);
    }
    free(x);
}

/* ---- int64 -------------------------------------------------------------- */

static int64_t isqrt_floor(int64_t v)
{
    int64_t r = (int64_t)sqrt((double)v);
    while (r > 0 && (__int128)r * r > v) r--;
    while ((__int128)(r + 1) * (r + 1) <= v) r++;
    return r;
}

/* Exact sum in 128 bits; -1 if above INT64_MAX. */
static int64_t exact_i64(const int64_t *x, size_t n)
{
    __int128 s = 0;
    for (size_t i = 0; i < n; i++) {
        s += (__int128)x[i] * x[i];
        if (s > INT64_MAX) return -1;
    }
    return (int64_t)s;
}

static const size_t boundary_sizes[] = {0,    1,    2,    3,    7,    8,    9,    31,           32,
                                        33,   63,   64,   65,   2047, 2048, 2049, 3 * 2048 + 5, 65536 * 2 + 7,
                                        1000003};

static void test_i64_boundary_sizes(void **state)
{
    (void)state;
    int64_t *buf = kt_xmalloc((1000003 + 3) * sizeof *buf);
    for (size_t s = 0; s < sizeof boundary_sizes / sizeof boundary_sizes[0]; s++) {
        size_t n = boundary_sizes[s];
        /* Largest magnitude whose n squares still fit: the sums come close to INT64_MAX. */
        int64_t lim = n ? isqrt_floor(INT64_MAX / (int64_t)n) : 1;
        for (size_t off = 0; off <= 3; off += 3) { /* aligned and unaligned start */
            int64_t *x = buf + off;
            kt_fill_i64(x, n, 1000 + n, -lim, lim);
            int64_t want = exact_i64(x, n);
            assert_true(want >= 0);
            KT_FOR_EACH_BACKEND(it) {
                int64_t out = -1;
                kt_ok(kn_norm_square_i64(it.ctx, x, n, &out));
                if (out != want) fail_msg("[%s] n = %zu, offset %zu: %lld, expected %lld", kt_current_backend(), n, off, (long long)out, (long long)want);
            }
        }
    }
    free(buf);
}

static void expect_i64(const int64_t *x, size_t n, int64_t want, const char *what)
{
    KT_FOR_EACH_BACKEND(it) {
        int64_t out = -7;
        kn_status st = kn_norm_square_i64(it.ctx, x, n, &out);
        if (want < 0) {
            if (st != KN_ERR_OVERFLOW) fail_msg("[%s] %s: %s (%lld), expected KN_ERR_OVERFLOW", kt_current_backend(), what, kn_status_str(st), (long long)out);
            char msg[128];
            snprintf(msg, sizeof msg, "kn_norm_square_i64: the sum of squares of the %zu elements exceeds INT64_MAX", n);
            kt_assert_error_contains(msg);
            kt_assert_i64_eq(out, -7);
        } else {
            if (st != KN_OK) fail_msg("[%s] %s: %s: %s", kt_current_backend(), what, kn_status_str(st), kn_last_error());
            if (out != want) fail_msg("[%s] %s: %lld, expected %lld", kt_current_backend(), what, (long long)out, (long long)want);
        }
    }
}

/* Puts vals[] into a zero array of size n at spread-out positions (so they
 * land in different lanes and blocks) and checks the result. */
static void spread(const int64_t *vals, size_t k, size_t n, size_t stride, int64_t want, const char *what)
{
    int64_t *x = kt_xmalloc(n * sizeof *x);
    memset(x, 0, n * sizeof *x);
    for (size_t i = 0; i < k; i++) x[(i * stride) % n] = vals[i];
    assert_int_equal(exact_i64(x, n), want);
    char label[160];
    snprintf(label, sizeof label, "%s (n = %zu, stride %zu)", what, n, stride);
    expect_i64(x, n, want, label);
    free(x);
}

static void test_i64_overflow(void **state)
{
    (void)state;
    const int64_t R = 3037000499LL; /* floor(sqrt(INT64_MAX)) */
    assert_true((__int128)R * R <= INT64_MAX && (__int128)(R + 1) * (R + 1) > INT64_MAX);
    /* {values}, want (-1 = overflow) */
    static const struct {
        int64_t v[6];
        size_t k;
        int64_t want;
        const char *what;
    } cases[] = {
        {{INT64_MIN}, 1, -1, "INT64_MIN"},
        {{INT64_MAX}, 1, -1, "INT64_MAX"},
        {{3037000500LL}, 1, -1, "3037000500"},
        {{-3037000500LL}, 1, -1, "-3037000500"},
        {{3037000499LL}, 1, 9223372030926249001LL, "3037000499"},
        {{-3037000499LL}, 1, 9223372030926249001LL, "-3037000499"},
        {{3037000499LL, 3037000499LL}, 2, -1, "two R^2"},
        {{3037000499LL, 3037000499LL, -3037000499LL}, 3, -1, "three R^2 (a uint64 wrap lands below INT64_MAX)"},
        {{3037000499LL, 3037000499LL, 3037000499LL, 3037000499LL}, 4, -1, "four R^2"},
        {{3037000499LL, 76996, 377, 25, 6}, 5, INT64_MAX, "exactly INT64_MAX"},
        {{-3037000499LL, -76996, 377, -25, 6}, 5, INT64_MAX, "exactly INT64_MAX, signs"},
        {{3037000499LL, 76996, 377, 25, 6, 1}, 6, -1, "exactly 2^63"},
        {{1LL << 31, 1LL << 31}, 2, -1, "2^62 + 2^62"},
        {{1LL << 31, (1LL << 31) - 1}, 2, (int64_t)((1ULL << 62) + ((1ULL << 31) - 1) * ((1ULL << 31) - 1)), "2^62 + (2^31-1)^2"},
        {{0, INT64_MIN}, 2, -1, "0, INT64_MIN"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        if (exact_i64(cases[c].v, cases[c].k) != cases[c].want) fail_msg("table entry %zu is wrong", c);
        expect_i64(cases[c].v, cases[c].k, cases[c].want, cases[c].what);
        static const size_t ns[] = {7, 33, 65, 2049, 100003};
        for (size_t s = 0; s < sizeof ns / sizeof ns[0]; s++) {
            if (ns[s] < cases[c].k) continue;
            spread(cases[c].v, cases[c].k, ns[s], 1, cases[c].want, cases[c].what);
            spread(cases[c].v, cases[c].k, ns[s], ns[s] / cases[c].k, cases[c].want, cases[c].what);
            spread(cases[c].v, cases[c].k, ns[s], 2053, cases[c].want, cases[c].what);
        }
    }
    /* INT64_MIN as the last element of a long valid array. */
    size_t n = 4099;
    int64_t *x = kt_xmalloc(n * sizeof *x);
    kt_fill_i64(x, n, 5, -1000, 1000);
    x[n - 1] = INT64_MIN;
    expect_i64(x, n, -1, "INT64_MIN last");
    x[n - 1] = 3037000500LL;
    expect_i64(x, n, -1, "3037000500 last");
    free(x);
}

/* Many equal medium squares: per-lane partial sums stay small, their total
 * crosses INT64_MAX with one more element. */
static void test_i64_many_cross(void **state)
{
    (void)state;
    const int64_t v = 3037000;
    const size_t k = (size_t)(INT64_MAX / (v * v)); /* 1000000 */
    assert_int_equal(k, 1000000);
    int64_t *x = kt_xmalloc((k + 1) * sizeof *x);
    for (size_t i = 0; i <= k; i++) x[i] = (i & 1) ? v : -v;
    expect_i64(x, k, (int64_t)k * v * v, "1e6 x 3037000^2");
    expect_i64(x, k + 1, -1, "1e6+1 x 3037000^2");
    /* The same with R^2 and a zero tail: the first element alone is fine. */
    free(x);
}

/* ---- double ------------------------------------------------------------- */

static void test_f64_canonical_sizes(void **state)
{
    (void)state;
    assert_int_equal(KN_SUM_BLOCK, BLOCK);
    assert_int_equal(KN_SUM_LANES, LANES);
    static const size_t sizes[] = {0,    1,    2,    3,    31,   32,   33,   63,   64,   65,
                                   2047, 2048, 2049, 4096, 4097, 3 * 2048 + 5, 5 * 2048, 7 * 2048 + 1,
                                   65536 * 2 + 7, 1000000};
    double *buf = kt_xmalloc((1000000 + 4) * sizeof *buf);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        static const size_t offs[] = {0, 1, 3};
        for (size_t o = 0; o < 3; o++) {
            double *x = buf + offs[o];
            kt_fill_f64_mixed(x, n, 77 + n, -30, 30, 1);
            double want = canon_norm(x, n);
            KT_FOR_EACH_BACKEND(it) {
                double out = -1.0;
                kt_ok(kn_norm_square_f64(it.ctx, x, n, &out));
                char what[64];
                snprintf(what, sizeof what, "n = %zu, offset %zu", n, offs[o]);
                kt_assert_f64_bits(out, want, what);
                check_bound(out, x, n);
            }
        }
    }
    /* The data discriminates between orders: a plain left-to-right sum of
     * the 1e6 case differs from the canonical one. */
    kt_fill_f64_mixed(buf, 1000000, 77 + 1000000, -30, 30, 1);
    double seq = 0.0;
    for (size_t i = 0; i < 1000000; i++) seq = seq + buf[i] * buf[i];
    assert_true(memcmp(&seq, &(double){canon_norm(buf, 1000000)}, sizeof seq) != 0);
    free(buf);
}

/* Uniform data too (same magnitudes: the bound is closest to tight). */
static void test_f64_uniform_bound(void **state)
{
    (void)state;
    enum { N = 1 << 20 };
    double *x = kt_xmalloc(N * sizeof *x);
    kt_fill_f64(x, N, 4242, 0.5, 1.0);
    double want = canon_norm(x, N);
    KT_FOR_EACH_BACKEND(it) {
        double out;
        kt_ok(kn_norm_square_f64(it.ctx, x, N, &out));
        kt_assert_f64_bits(out, want, "2^20 uniform");
        check_bound(out, x, N);
    }
    free(x);
}

static void test_f64_special_values(void **state)
{
    (void)state;
    enum { N = 4099 };
    double *x = kt_xmalloc(N * sizeof *x);
    static const size_t positions[] = {0, 1, 31, 32, 2047, 2048, N - 1};
    KT_FOR_EACH_BACKEND(it) {
        for (size_t p = 0; p < sizeof positions / sizeof positions[0]; p++) {
            double out;
            kt_fill_f64(x, N, 3, -1.0, 1.0);
            x[positions[p]] = NAN;
            kt_ok(kn_norm_square_f64(it.ctx, x, N, &out));
            assert_true(isnan(out));
            x[positions[p]] = INFINITY;
            kt_ok(kn_norm_square_f64(it.ctx, x, N, &out));
            assert_true(isinf(out) && out > 0);
            x[positions[p]] = -INFINITY;
            kt_ok(kn_norm_square_f64(it.ctx, x, N, &out));
            assert_true(isinf(out) && out > 0);
            x[(positions[p] + 100) % N] = NAN; /* inf + NaN */
            kt_ok(kn_norm_square_f64(it.ctx, x, N, &out));
            assert_true(isnan(out));
        }
        /* Overflow of the squares or of the sum goes to +inf. */
        double big[3] = {1e200, 1.0, 2.0}, half[2] = {0x1p511 * 1.5, 0x1p511 * 1.5};
        double out;
        kt_ok(kn_norm_square_f64(it.ctx, big, 3, &out));
        assert_true(isinf(out) && out > 0);
        kt_ok(kn_norm_square_f64(it.ctx, half, 2, &out)); /* each 2.25 * 2^1022 is finite, the sum is not */
        assert_true(isinf(out) && out > 0);
        /* Signed zeros: (-0)^2 = +0 and +0 + +0 = +0. */
        double z[3] = {-0.0, -0.0, -0.0};
        kt_ok(kn_norm_square_f64(it.ctx, z, 3, &out));
        kt_assert_f64_bits(out, 0.0, "norm of -0.0s");
        /* Subnormal squares underflow to 0 or stay subnormal, as IEEE says. */
        double tiny[2] = {0x1p-540, 0x1p-520};
        kt_ok(kn_norm_square_f64(it.ctx, tiny, 2, &out));
        kt_assert_f64_bits(out, 0x1p-1040, "subnormal squares (2^-1080 underflows to 0)");
    }
    free(x);
}

/* ---- n == 0 and errors -------------------------------------------------- */

static void test_n_zero(void **state)
{
    (void)state;
    KT_FOR_EACH_BACKEND(it) {
        double d = -1.0;
        int64_t i = -1;
        kt_ok(kn_norm_square_f64(it.ctx, NULL, 0, &d));
        kt_assert_f64_bits(d, 0.0, "n = 0");
        kt_ok(kn_norm_square_i64(it.ctx, NULL, 0, &i));
        kt_assert_i64_eq(i, 0);
        double one = 3.0;
        kt_ok(kn_norm_square_f64(it.ctx, &one, 0, &d));
        kt_assert_f64_bits(d, 0.0, "n = 0 with x");
    }
}

static void test_errors(void **state)
{
    (void)state;
    double x = 1.0, d;
    int64_t xi = 1, i;
    KT_FOR_EACH_BACKEND(it) {
        d = -1.0;
        i = -1;
        kt_expect_error(kn_norm_square_f64(it.ctx, NULL, 1, &d), KN_ERR_INVALID_ARG, "kn_norm_square_f64: x is NULL");
        kt_expect_error(kn_norm_square_f64(it.ctx, &x, 1, NULL), KN_ERR_INVALID_ARG, "kn_norm_square_f64: out is NULL");
        kt_expect_error(kn_norm_square_f64(it.ctx, NULL, 0, NULL), KN_ERR_INVALID_ARG, "kn_norm_square_f64: out is NULL");
#if SIZE_MAX == UINT64_MAX
        kt_expect_error(kn_norm_square_f64(it.ctx, &x, SIZE_MAX, &d), KN_ERR_INVALID_ARG,
                        "kn_norm_square_f64: n (18446744073709551615) is larger than any array of 8-byte elements");
        kt_expect_error(kn_norm_square_i64(it.ctx, NULL, 1, &i), KN_ERR_INVALID_ARG, "kn_norm_square_i64: x is NULL");
        kt_expect_error(kn_norm_square_i64(it.ctx, &xi, 1, NULL), KN_ERR_INVALID_ARG, "kn_norm_square_i64: out is NULL");
        kt_expect_error(kn_norm_square_i64(it.ctx, &xi, SIZE_MAX / 4, &i), KN_ERR_INVALID_ARG,
                        "kn_norm_square_i64: n (4611686018427387903) is larger than any array of 8-byte elements");
#endif
        kt_assert_f64_bits(d, -1.0, "out untouched");
        kt_assert_i64_eq(i, -1);
        kt_ok(kn_norm_square_f64(it.ctx, &x, 1, &d));
        kt_assert_f64_bits(d, 1.0, "after errors");
        kt_ok(kn_norm_square_i64(it.ctx, &xi, 1, &i));
        kt_assert_i64_eq(i, 1);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_i64),
        cmocka_unit_test(test_golden_f64),
        cmocka_unit_test(test_i64_boundary_sizes),
        cmocka_unit_test(test_i64_overflow),
        cmocka_unit_test(test_i64_many_cross),
        cmocka_unit_test(test_f64_canonical_sizes),
        cmocka_unit_test(test_f64_uniform_bound),
        cmocka_unit_test(test_f64_special_values),
        cmocka_unit_test(test_n_zero),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
