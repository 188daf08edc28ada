/* Hostile and extreme inputs (every available backend): sizes near
 * SIZE_MAX, grid overflow, max_iter near INT32_MAX, NaN and infinities,
 * firewall values near 2^31 and INT64_MAX, allocation failure. Each call
 * gets a status and a sentence, never a crash. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "test_util.h"

static void test_sizes_near_size_max(void **state)
{
    (void)state;
    double d = 1.0, out;
    int64_t i = 1, iout;
    KT_FOR_EACH_BACKEND(it)
    {
        kt_expect_error(kn_norm_square_f64(it.ctx, &d, SIZE_MAX, &out), KN_ERR_INVALID_ARG, "n (");
        kt_expect_error(kn_norm_square_f64(it.ctx, &d, SIZE_MAX / 8 + 1, &out), KN_ERR_INVALID_ARG, "larger than any array");
        kt_expect_error(kn_norm_square_i64(it.ctx, &i, SIZE_MAX / 4, &iout), KN_ERR_INVALID_ARG, "larger than any array");
        kt_expect_error(kn_suffix_sums_f64(it.ctx, &d, SIZE_MAX, &out), KN_ERR_INVALID_ARG, "larger than any array");
        kn_julia_params p = {-1, 1, -1, 1, 0, 0, INT32_MAX, INT32_MAX, 1};
        int32_t c;
        if (sizeof(size_t) < 8)
            kt_expect_error(kn_julia(it.ctx, &p, &c), KN_ERR_INVALID_ARG, "overflows the address space");
    }
}

/* max_iter near INT32_MAX must not overflow the counter: points that
 * escape at once, and an interior point on a 1x1 grid with a count that
 * stops at max_iter exactly. */
static void test_max_iter_extremes(void **state)
{
    (void)state;
    KT_FOR_EACH_BACKEND(it)
    {
        kn_julia_params p = {10.0, 12.0, 10.0, 12.0, 0.0, 0.0, 4, 3, INT32_MAX};
        int32_t c[12];
        kt_ok(kn_julia(it.ctx, &p, c));
        for (int k = 0; k < 12; k++) assert_int_equal(c[k], 0); /* |z| >= 10: escaped before the first step */
        double zr[3] = {0.0, 1.9, NAN}, zi[3] = {0.0, 0.1, 0.0}, cr[3] = {0.0, 0.0, 0.0}, ci[3] = {0.0, 0.0, 0.0};
        int32_t pc[3];
        /* z = 0, c = 0 never escapes: exactly max_iter steps (kept small for time). */
        kt_ok(kn_julia_points(it.ctx, 3, zr, zi, cr, ci, 1000003, pc));
        assert_int_equal(pc[0], 1000003);
        assert_int_equal(pc[1], 1); /* 1.9^2 + 0.1^2 < 4, then 3.6^2 > 4 */
        assert_int_equal(pc[2], 0); /* NaN never satisfies |z|^2 < 4 */
        kt_expect_error(kn_julia_points(it.ctx, 3, zr, zi, cr, ci, INT32_MIN, pc), KN_ERR_INVALID_ARG, "max_iter");
    }
}

/* IEEE behaviour, documented in kernels.h: NaN propagates, +inf stays +inf,
 * inf - inf is NaN in the suffix sums. */
static void test_nan_and_inf(void **state)
{
    (void)state;
    double x[5000];
    double out[5000];
    KT_FOR_EACH_BACKEND(it)
    {
        for (int k = 0; k < 5000; k++) x[k] = 1.0;
        double r;
        x[4321] = NAN;
        kt_ok(kn_norm_square_f64(it.ctx, x, 5000, &r));
        assert_true(isnan(r));
        x[4321] = -INFINITY;
        kt_ok(kn_norm_square_f64(it.ctx, x, 5000, &r));
        assert_true(isinf(r) && r > 0);
        x[4321] = 1e300; /* squares overflow to +inf */
        kt_ok(kn_norm_square_f64(it.ctx, x, 5000, &r));
        assert_true(isinf(r) && r > 0);

        for (int k = 0; k < 5000; k++) x[k] = 1.0;
        x[3000] = INFINITY;
        x[4000] = -INFINITY;
        kt_ok(kn_suffix_sums_f64(it.ctx, x, 5000, out));
        assert_true(out[4999] == 0.0 && out[3999] == -INFINITY && isnan(out[0]) && isnan(out[2999]));
        assert_true(out[3000] == -INFINITY && out[4000] == 999.0);
    }
}

static void test_firewall_extremes(void **state)
{
    (void)state;
    const int64_t big = (int64_t)1 << 31;
    KT_FOR_EACH_BACKEND(it)
    {
        /* depth and range near 2^31 and INT64_MAX: the time computation never overflows. */
        kn_layer l[3] = {{big, big}, {INT64_MAX, 2}, {0, INT64_MAX}};
        int64_t s, d;
        /* delay 0: depth 2^31 with period 2^32-2 is not at the top; INT64_MAX is odd, period 2: not caught;
         * depth 0 with any range: caught, severity 0*range = 0. */
        kt_ok(kn_firewall_severity(it.ctx, l, 3, 0, &s));
        kt_assert_i64_eq(s, 0);
        /* delay INT64_MAX: INT64_MAX + INT64_MAX is even, caught by the period-2 layer. */
        kn_layer caught[1] = {{INT64_MAX, 2}};
        kt_expect_error(kn_firewall_severity(it.ctx, caught, 1, INT64_MAX, &s), KN_ERR_OVERFLOW, "exceeds INT64_MAX");
        kn_layer fits[1] = {{1, 2}};
        kt_ok(kn_firewall_severity(it.ctx, fits, 1, INT64_MAX, &s));
        kt_assert_i64_eq(s, 2);
        /* first safe delay with a huge period: d = 1 is safe for depth 0 range 2^31. */
        kn_layer one[2] = {{0, big}, {5, big + 1}};
        kt_ok(kn_firewall_first_safe_delay(it.ctx, one, 2, INT64_MAX, &d));
        kt_assert_i64_eq(d, 1);
        /* max_delay near INT64_MAX with no safe delay found quickly must end:
         * periods 2 and 4 cover everything (0: 2 catches even, 1: 3 catches 4k+3, 3: 3 catches 4k+1). */
        kn_layer full[3] = {{0, 2}, {1, 3}, {3, 3}};
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, full, 3, INT64_MAX, &d), KN_ERR_NOT_FOUND, "no safe delay");
    }
}

/* Asserts that `call` fails with KN_ERR_INVALID_ARG and exactly the
 * sentence "<fn>: <arg> is not aligned to <align> bytes (address <p>)". */
#define expect_misaligned(call, fn, arg, p, align) expect_misaligned_((call), (fn), (arg), (p), (align), __LINE__)
static void expect_misaligned_(kn_status st, const char *fn, const char *arg, const void *p, size_t align, int line)
{
    char want[256];
    snprintf(want, sizeof want, "%s: %s is not aligned to %zu bytes (address %p)", fn, arg, align, p);
    if (st != KN_ERR_INVALID_ARG || strcmp(kn_last_error(), want) != 0)
        fail_msg("line %d (%s): got %s '%s', expected KN_ERR_INVALID_ARG '%s'", line, kt_current_backend(),
                 kn_status_str(st), kn_last_error(), want);
}

/* Every array and result pointer of the kernels, one byte (or, for int32,
 * two bytes) off its type's alignment: rejected before anything is read or
 * written. Offsets by whole elements stay fine (tested elsewhere). */
static void test_misaligned_pointers(void **state)
{
    (void)state;
    enum { N = 64 };
    static _Alignas(64) unsigned char buf[8][N * 8 + 64];
    for (size_t i = 0; i < 8; i++) memset(buf[i], 0, sizeof buf[i]);
    const size_t ad = _Alignof(double), ai = _Alignof(int64_t), a32 = _Alignof(int32_t);
    double *xd = (double *)(buf[0] + 8), *bad_d = (double *)(buf[1] + 1), *bad_d2 = (double *)(buf[2] + 1);
    int64_t *xi = (int64_t *)(buf[0] + 8), *bad_i = (int64_t *)(buf[3] + 1);
    int32_t *counts = (int32_t *)(buf[4] + 8), *bad_counts = (int32_t *)(buf[4] + 2);
    kn_layer *layers = (kn_layer *)(buf[5] + 16), *bad_layers = (kn_layer *)(buf[5] + 1);
    kn_julia_params *bad_p = (kn_julia_params *)(buf[6] + 4);
    layers[0] = (kn_layer){0, 3};
    double out = -1.0;
    int64_t iout = -1;
    kn_expr *e;
    const char *names[] = {"a", "b"};
    assert_int_equal(kn_expr_compile("a + b", 2, names, &e), KN_OK);
    KT_FOR_EACH_BACKEND(it)
    {
        expect_misaligned(kn_norm_square_f64(it.ctx, bad_d, N, &out), "kn_norm_square_f64", "x", bad_d, ad);
        expect_misaligned(kn_norm_square_f64(it.ctx, xd, N, bad_d2), "kn_norm_square_f64", "out", bad_d2, ad);
        expect_misaligned(kn_norm_square_i64(it.ctx, bad_i, N, &iout), "kn_norm_square_i64", "x", bad_i, ai);
        expect_misaligned(kn_norm_square_i64(it.ctx, xi, N, bad_i), "kn_norm_square_i64", "out", bad_i, ai);
        expect_misaligned(kn_suffix_sums_f64(it.ctx, bad_d, N, xd), "kn_suffix_sums_f64", "x", bad_d, ad);
        expect_misaligned(kn_suffix_sums_f64(it.ctx, xd, N, bad_d2), "kn_suffix_sums_f64", "out", bad_d2, ad);
        expect_misaligned(kn_suffix_sums_f64(it.ctx, bad_d, N, bad_d), "kn_suffix_sums_f64", "x", bad_d, ad);

        kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 8, 8, 10};
        memcpy(bad_p, &p, sizeof p);
        expect_misaligned(kn_julia(it.ctx, bad_p, counts), "kn_julia", "p", bad_p, _Alignof(kn_julia_params));
        expect_misaligned(kn_julia(it.ctx, &p, bad_counts), "kn_julia", "counts", bad_counts, a32);
        const char *pnames[] = {"z_re", "z_im", "c_re", "c_im"};
        for (int k = 0; k < 4; k++) {
            const double *z[4] = {xd, xd, xd, xd};
            z[k] = bad_d;
            expect_misaligned(kn_julia_points(it.ctx, N, z[0], z[1], z[2], z[3], 10, counts), "kn_julia_points",
                              pnames[k], bad_d, ad);
        }
        expect_misaligned(kn_julia_points(it.ctx, N, xd, xd, xd, xd, 10, bad_counts), "kn_julia_points", "counts",
                          bad_counts, a32);

        expect_misaligned(kn_firewall_severity(it.ctx, bad_layers, 1, 0, &iout), "kn_firewall_severity", "l",
                          bad_layers, _Alignof(kn_layer));
        expect_misaligned(kn_firewall_severity(it.ctx, layers, 1, 0, bad_i), "kn_firewall_severity", "severity",
                          bad_i, ai);
        expect_misaligned(kn_firewall_first_safe_delay(it.ctx, bad_layers, 1, 100, &iout),
                          "kn_firewall_first_safe_delay", "l", bad_layers, _Alignof(kn_layer));
        expect_misaligned(kn_firewall_first_safe_delay(it.ctx, layers, 1, 100, bad_i),
                          "kn_firewall_first_safe_delay", "delay", bad_i, ai);

        const double *vars[2] = {xd, xd};
        expect_misaligned(kn_expr_eval(it.ctx, e, N, vars, bad_d2), "kn_expr_eval", "out", bad_d2, ad);
        const double *const *bad_vars = (const double *const *)(buf[7] + 1);
        memcpy(buf[7] + 1, vars, sizeof vars);
        expect_misaligned(kn_expr_eval(it.ctx, e, N, bad_vars, (double *)(buf[2] + 8)), "kn_expr_eval", "vars",
                          bad_vars, _Alignof(const double *));
        vars[1] = bad_d;
        char want[256];
        snprintf(want, sizeof want, "kn_expr_eval: vars[1] ('b') is not aligned to %zu bytes (address %p)", ad,
                 (void *)bad_d);
        kt_expect_error(kn_expr_eval(it.ctx, e, N, vars, (double *)(buf[2] + 8)), KN_ERR_INVALID_ARG, want);
    }
    kn_expr_free(e);
    kt_assert_f64_bits(out, -1.0, "out untouched");
    kt_assert_i64_eq(iout, -1);
    for (size_t i = 0; i < N * 8 + 64; i++)
        if (buf[1][i] || buf[2][i] || buf[3][i]) fail_msg("a misaligned array was written at byte %zu", i);
}

/* With the address space capped, allocations fail: the call returns
 * KN_ERR_NO_MEMORY and the library stays usable afterwards. */
static void test_allocation_failure(void **state)
{
    (void)state;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    skip(); /* the sanitizers reserve terabytes of address space */
#else
    enum { LINES = 1 << 21 }; /* 2M layers: the parser needs ~100 MiB */
    char *text = malloc((size_t)LINES * 12 + 1), *end = text;
    assert_non_null(text);
    for (int i = 0; i < LINES; i++) end += sprintf(end, "%d: 2\n", i);
    struct rlimit old, low;
    assert_int_equal(getrlimit(RLIMIT_AS, &old), 0);
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    assert_non_null(f);
    assert_int_equal(fscanf(f, "%lu", &pages), 1);
    fclose(f);
    low = old;
    low.rlim_cur = pages * 4096UL + (32UL << 20); /* 32 MiB above what is mapped now */
    assert_int_equal(setrlimit(RLIMIT_AS, &low), 0);
    kn_layer *l = NULL;
    size_t n = 0;
    kn_status st = kn_firewall_parse(text, &l, &n);
    setrlimit(RLIMIT_AS, &old);
    assert_int_equal(st, KN_ERR_NO_MEMORY);
    kt_assert_error_contains("out of memory");
    assert_null(l);
    kt_ok(kn_firewall_parse("7: 3\n", &l, &n));
    assert_int_equal(n, 1);
    kn_free(l);
    free(text);
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sizes_near_size_max), cmocka_unit_test(test_max_iter_extremes),
        cmocka_unit_test(test_nan_and_inf),         cmocka_unit_test(test_firewall_extremes),
        cmocka_unit_test(test_allocation_failure),  cmocka_unit_test(test_misaligned_pointers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
