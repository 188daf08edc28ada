/* Suffix sums: the canonical order of kernels.h re-implemented here and
 * required bit for bit (out of place, in place, unaligned), the golden case,
 * the header's error bound against a compensated reference, overlap errors. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goldens.h"
#include "test_util.h"

enum { BLOCK = 1024 };

/* kernels.h steps 1-4, literally: block totals, carries, then the scans. */
static void canon_suffix(const double *x, size_t n, double *out)
{
    if (n == 0) return;
    size_t m = (n + BLOCK - 1) / BLOCK;
    double *T = kt_xmalloc(m * sizeof *T), *C = kt_xmalloc(m * sizeof *C);
    for (size_t b = 0; b < m; b++) {
        size_t lo = b * BLOCK, hi = lo + BLOCK < n ? lo + BLOCK : n;
        double r = +0.0;
        for (size_t i = hi; i > lo; i--) r = r + x[i - 1];
        T[b] = r;
    }
    C[m - 1] = +0.0;
    for (size_t b = m - 1; b > 0; b--) C[b - 1] = C[b] + T[b];
    for (size_t b = 0; b < m; b++) {
        size_t lo = b * BLOCK, hi = lo + BLOCK < n ? lo + BLOCK : n;
        double r = C[b];
        for (size_t i = hi; i > lo; i--) {
            out[i - 1] = r;
            r = r + x[i - 1];
        }
    }
    free(T);
    free(C);
}

/* Checks |out[i] - exact| <= (n-1-i) * u * sum_{j>i} |x[j]| (plus second
 * order), with the exact suffix sums from a double-double running sum. */
static void check_bound(const double *x, size_t n, const double *out)
{
    const double u = 0x1p-53;
    double hi = 0.0, lo = 0.0, abs_sum = 0.0;
    for (size_t i = n; i-- > 0;) {
        double ref = hi + lo;
        double k = (double)(n - 1 - i);
        double bound = k * u * abs_sum * (1.0 + 1e-6) + (k * k + 4.0) * u * u * abs_sum;
        double err = fabs(out[i] - ref);
        if (!(err <= bound)) {
            print_error("[%s] n = %zu, out[%zu] = %.17g, reference %.17g: error %g exceeds the bound %g\n",
                        kt_current_backend(), n, i, out[i], ref, err, bound);
            fail();
        }
        /* TwoSum of hi + x[i] */
        double s = hi + x[i], bb = s - hi, e = (hi - (s - bb)) + (x[i] - bb);
        hi = s;
        lo += e;
        abs_sum += fabs(x[i]);
    }
}

static void test_golden(void **state)
{
    (void)state;
    enum { N = KN_GOLDEN_SUFFIX_N };
    double *x = kt_xmalloc(N * sizeof *x), *out = kt_xmalloc(N * sizeof *out);
    for (size_t i = 0; i < N; i++) x[i] = (double)i;
    KT_FOR_EACH_BACKEND(it) {
        memset(out, 0xff, N * sizeof *out);
        kt_ok(kn_suffix_sums_f64(it.ctx, x, N, out));
        kt_assert_f64_bits(out[0], KN_GOLDEN_SUFFIX_FIRST, "out[0]");
        kt_assert_f64_bits(out[N - 1], 0.0, "out[n-1]");
        double sum = 0.0;
        for (size_t i = 0; i < N; i++) sum += out[i];
        kt_assert_f64_bits(sum, KN_GOLDEN_SUFFIX_SUM, "sum of out");
        /* Every value is an exact integer: out[i] = (n-1)n/2 - i(i+1)/2. */
        for (size_t i = 0; i < N; i++) {
            double want = (double)((int64_t)(N - 1) * N / 2 - (int64_t)i * (int64_t)(i + 1) / 2);
            if (out[i] != want) fail_msg("[%s] out[%zu] = %.17g, expected %.17g", kt_current_backend(), i, out[i], want);
        }
    }
    free(x);
    free(out);
}

static void test_canonical_sizes(void **state)
{
    (void)state;
    assert_int_equal(KN_SCAN_BLOCK, BLOCK);
    static const size_t sizes[] = {1,    2,    3,    7,    8,    9,    31,   32,   33,   1023, 1024,
                                   1025, 2047, 2048, 2049, 3071, 3072, 3073, 5000, 100003};
    enum { MAXN = 100003, PAD = 4 };
    double *xb = kt_xmalloc((MAXN + PAD) * sizeof *xb), *ob = kt_xmalloc((MAXN + 2 * PAD) * sizeof *ob);
    double *want = kt_xmalloc(MAXN * sizeof *want), *inplace = kt_xmalloc((MAXN + PAD) * sizeof *inplace);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        static const size_t offs[] = {0, 1, 3};
        for (size_t o = 0; o < 3; o++) {
            double *x = xb + offs[o];
            kt_fill_f64_mixed(x, n, 31 * n + offs[o], -20, 20, 1);
            canon_suffix(x, n, want);
            KT_FOR_EACH_BACKEND(it) {
                char what[80];
                /* out of place, with guards around the output */
                double *out = ob + PAD - offs[o]; /* x and out misaligned differently */
                for (size_t i = 0; i < n + 2 * PAD; i++) ob[i] = -42.0;
                kt_ok(kn_suffix_sums_f64(it.ctx, x, n, out));
                snprintf(what, sizeof what, "n = %zu, x offset %zu", n, offs[o]);
                kt_assert_f64_identical(out, want, n, what);
                kt_assert_f64_bits(out[-1], -42.0, "guard before out");
                kt_assert_f64_bits(out[n], -42.0, "guard after out");
                check_bound(x, n, out);
                /* in place, same unaligned start */
                double *y = inplace + offs[o];
                memcpy(y, x, n * sizeof *y);
                kt_ok(kn_suffix_sums_f64(it.ctx, y, n, y));
                snprintf(what, sizeof what, "in place, n = %zu, offset %zu", n, offs[o]);
                kt_assert_f64_identical(y, want, n, what);
            }
        }
    }
    /* The data discriminates between orders: a plain right-to-left scan of
     * the largest case differs from the canonical result somewhere. */
    size_t n = 100003;
    kt_fill_f64_mixed(xb, n, 31 * n, -20, 20, 1);
    canon_suffix(xb, n, want);
    double r = 0.0;
    int differs = 0;
    for (size_t i = n; i-- > 0;) {
        differs |= memcmp(&r, &want[i], sizeof r) != 0;
        r = r + xb[i];
    }
    assert_true(differs);
    free(xb), free(ob), free(want), free(inplace);
}

/* A long run of a million doubles (mixed signs): identical and in bound. */
static void test_large_random(void **state)
{
    (void)state;
    enum { N = 1000000 };
    double *x = kt_xmalloc(N * sizeof *x), *out = kt_xmalloc(N * sizeof *out), *want = kt_xmalloc(N * sizeof *want);
    kt_fill_f64(x, N, 555, -1.0, 1.0);
    canon_suffix(x, N, want);
    KT_FOR_EACH_BACKEND(it) {
        kt_ok(kn_suffix_sums_f64(it.ctx, x, N, out));
        kt_assert_f64_identical(out, want, N, "1e6 uniform");
        check_bound(x, N, out);
    }
    free(x), free(out), free(want);
}

static void test_special_values(void **state)
{
    (void)state;
    enum { N = 3000 };
    double x[N], out[N];
    KT_FOR_EACH_BACKEND(it) {
        /* A NaN at k poisons out[0..k-1] and nothing after it. */
        static const size_t ks[] = {0, 1, 1023, 1024, 2500, N - 1};
        for (size_t t = 0; t < sizeof ks / sizeof ks[0]; t++) {
            kt_fill_f64(x, N, 8, -1.0, 1.0);
            x[ks[t]] = NAN;
            kt_ok(kn_suffix_sums_f64(it.ctx, x, N, out));
            for (size_t i = 0; i < N; i++)
                if ((i < ks[t]) != (isnan(out[i]) != 0))
                    fail_msg("[%s] NaN at %zu: out[%zu] = %g", kt_current_backend(), ks[t], i, out[i]);
            double want[N];
            canon_suffix(x, N, want);
            kt_assert_f64_identical(out, want, N, "with a NaN");
        }
        /* +inf and -inf: inf before the later one, NaN where both are summed. */
        kt_fill_f64(x, N, 9, -1.0, 1.0);
        x[2000] = INFINITY;
        x[100] = -INFINITY;
        kt_ok(kn_suffix_sums_f64(it.ctx, x, N, out));
        assert_true(isnan(out[0]) && isnan(out[99]));
        assert_true(isinf(out[100]) && out[100] > 0 && isinf(out[1999]) && out[1999] > 0);
        assert_true(isfinite(out[2000]));
        /* All -0.0: every output is +0.0 (sums start at +0.0). */
        for (size_t i = 0; i < N; i++) x[i] = -0.0;
        kt_ok(kn_suffix_sums_f64(it.ctx, x, N, out));
        for (size_t i = 0; i < N; i++) kt_assert_f64_bits(out[i], 0.0, "suffix of -0.0s");
        /* Overflow to inf. */
        double big[3] = {1.0, 1.5e308, 1.5e308}, ob3[3];
        kt_ok(kn_suffix_sums_f64(it.ctx, big, 3, ob3));
        assert_true(isinf(ob3[0]) && ob3[0] > 0);
        kt_assert_f64_bits(ob3[1], 1.5e308, "out[1]");
        kt_assert_f64_bits(ob3[2], 0.0, "out[2]");
    }
}

static void test_small_exact(void **state)
{
    (void)state;
    KT_FOR_EACH_BACKEND(it) {
        double one = 5.0, out1 = -1.0;
        kt_ok(kn_suffix_sums_f64(it.ctx, &one, 1, &out1));
        kt_assert_f64_bits(out1, 0.0, "n = 1");
        kt_ok(kn_suffix_sums_f64(it.ctx, &one, 1, &one)); /* in place */
        kt_assert_f64_bits(one, 0.0, "n = 1 in place");
        double two[2] = {1.0, 2.0}, out2[2];
        kt_ok(kn_suffix_sums_f64(it.ctx, two, 2, out2));
        kt_assert_f64_bits(out2[0], 2.0, "n = 2, out[0]");
        kt_assert_f64_bits(out2[1], 0.0, "n = 2, out[1]");
        /* Order matters: 1 + 2^53 + (-2^53) from the right. */
        double three[4] = {7.0, 1.0, 0x1p53, -0x1p53}, want3[4], out3[4];
        canon_suffix(three, 4, want3);
        kt_ok(kn_suffix_sums_f64(it.ctx, three, 4, out3));
        kt_assert_f64_identical(out3, want3, 4, "cancellation");
        kt_assert_f64_bits(out3[0], 1.0, "((-2^53 + 2^53) + 1)");
        /* n = 0 is valid with NULL pointers. */
        kt_ok(kn_suffix_sums_f64(it.ctx, NULL, 0, NULL));
    }
}

static void test_errors(void **state)
{
    (void)state;
    double buf[40], x = 1.0, out = -1.0;
    for (size_t i = 0; i < 40; i++) buf[i] = (double)i;
    KT_FOR_EACH_BACKEND(it) {
        kt_expect_error(kn_suffix_sums_f64(it.ctx, NULL, 1, &out), KN_ERR_INVALID_ARG, "kn_suffix_sums_f64: x is NULL");
        kt_expect_error(kn_suffix_sums_f64(it.ctx, &x, 1, NULL), KN_ERR_INVALID_ARG, "kn_suffix_sums_f64: out is NULL");
        /* Partial overlaps, both directions, by 1 element and by most. */
        kt_expect_error(kn_suffix_sums_f64(it.ctx, buf, 20, buf + 1), KN_ERR_INVALID_ARG,
                        "kn_suffix_sums_f64: x and out overlap without being the same array");
        kt_expect_error(kn_suffix_sums_f64(it.ctx, buf + 1, 20, buf), KN_ERR_INVALID_ARG, "overlap");
        kt_expect_error(kn_suffix_sums_f64(it.ctx, buf, 20, buf + 19), KN_ERR_INVALID_ARG, "overlap");
        kt_expect_error(kn_suffix_sums_f64(it.ctx, buf + 19, 20, buf), KN_ERR_INVALID_ARG, "overlap");
        /* Misaligned by a few bytes (not a whole element) is still an overlap. */
        kt_expect_error(kn_suffix_sums_f64(it.ctx, buf, 20, (double *)((char *)buf + 4)), KN_ERR_INVALID_ARG, "overlap");
        for (size_t i = 0; i < 40; i++) kt_assert_f64_bits(buf[i], (double)i, "untouched after errors");
        kt_assert_f64_bits(out, -1.0, "out untouched");
        /* Adjacent but disjoint is fine. */
        kt_ok(kn_suffix_sums_f64(it.ctx, buf, 20, buf + 20));
        kt_assert_f64_bits(buf[20], 190.0, "adjacent out[0]"); /* 1+...+19 */
        kt_assert_f64_bits(buf[39], 0.0, "adjacent out[n-1]");
        for (size_t i = 0; i < 20; i++) kt_assert_f64_bits(buf[i], (double)i, "x untouched");
        for (size_t i = 0; i < 40; i++) buf[i] = (double)i;
        kt_ok(kn_suffix_sums_f64(it.ctx, buf + 20, 20, buf));
        kt_assert_f64_bits(buf[0], 39.0 * 40 / 2 - 210.0, "adjacent below"); /* 21+...+39 */
        for (size_t i = 0; i < 40; i++) buf[i] = (double)i;
    }
}

/* omp teams of 2, 3 and 7 threads (more than the cores: threads get
 * descheduled while others wait on their carries) at one, two, five and
 * nine chunks of 65536 elements +-1, out of place and in place. */
static void test_omp_chunk_boundaries(void **state)
{
    (void)state;
    if (!kn_backend_available(KN_OMP)) skip();
    enum { CHUNK = 65536, MAXN = 9 * CHUNK + 1 };
    static const size_t sizes[] = {CHUNK - 1,     CHUNK,     CHUNK + 1,     2 * CHUNK - 1, 2 * CHUNK,
                                   2 * CHUNK + 1, 5 * CHUNK - 1, 5 * CHUNK, 5 * CHUNK + 1, MAXN};
    static const char *const teams[] = {"2", "3", "7"};
    double *x = kt_xmalloc(MAXN * sizeof *x), *want = kt_xmalloc(MAXN * sizeof *want);
    double *out = kt_xmalloc((MAXN + 1) * sizeof *out);
    kt_fill_f64_mixed(x, MAXN, 77, -20, 20, 1);
    for (size_t t = 0; t < sizeof teams / sizeof teams[0]; t++) {
        setenv("KERNELS_NUM_THREADS", teams[t], 1);
        kn_ctx *ctx;
        kt_ok(kn_ctx_create(&ctx, KN_OMP));
        unsetenv("KERNELS_NUM_THREADS");
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
            size_t n = sizes[s];
            char what[80];
            canon_suffix(x, n, want);
            out[n] = -42.0;
            kt_ok(kn_suffix_sums_f64(ctx, x, n, out));
            snprintf(what, sizeof what, "%s threads, n = %zu", teams[t], n);
            kt_assert_f64_identical(out, want, n, what);
            kt_assert_f64_bits(out[n], -42.0, "guard after out");
            memcpy(out, x, n * sizeof *out);
            kt_ok(kn_suffix_sums_f64(ctx, out, n, out));
            snprintf(what, sizeof what, "in place, %s threads, n = %zu", teams[t], n);
            kt_assert_f64_identical(out, want, n, what);
        }
        kn_ctx_destroy(ctx);
    }
    free(x), free(want), free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden),
        cmocka_unit_test(test_canonical_sizes),
        cmocka_unit_test(test_large_random),
        cmocka_unit_test(test_special_values),
        cmocka_unit_test(test_small_exact),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_omp_chunk_boundaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
