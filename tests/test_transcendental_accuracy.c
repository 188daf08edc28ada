/* kernels.h's accuracy bound: every transcendental opcode is within 1.0 ulp
 * of the exact result inside SLEEF's documented domain (beyond it, asinh,
 * acosh, log1p and exp may give an infinity of the right sign), measured
 * against MPFR (200-bit) on the scalar
 * backend (every CPU backend gives its bits: test_transcendentals) over
 * KT_ACC_N inputs per function spread over several ranges and the whole
 * exponent range, plus special values. Skipped (exit 77) when the build
 * found no MPFR. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

#ifdef KT_HAVE_MPFR
#include <mpfr.h>

#define KT_ACC_N 100000
#define PREC 200

typedef struct {
    const char *src;
    int (*f1)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);
    int (*f2)(mpfr_ptr, mpfr_srcptr, mpfr_srcptr, mpfr_rnd_t);
    double lo, hi; /* the uniform range of half the inputs */
    double inf_above; /* SLEEF's documented domain: a larger |a| may give inf */
} func;

static const func funcs[] = {
    {"sin(a)", mpfr_sin, NULL, -10, 10, INFINITY},
    {"cos(a)", mpfr_cos, NULL, -10, 10, INFINITY},
    {"tan(a)", mpfr_tan, NULL, -10, 10, INFINITY},
    {"arcsin(a)", mpfr_asin, NULL, -1, 1, INFINITY},
    {"arccos(a)", mpfr_acos, NULL, -1, 1, INFINITY},
    {"arctan(a)", mpfr_atan, NULL, -10, 10, INFINITY},
    {"arctan2(a, b)", NULL, mpfr_atan2, -10, 10, INFINITY},
    {"sinh(a)", mpfr_sinh, NULL, -20, 20, INFINITY},
    {"cosh(a)", mpfr_cosh, NULL, -20, 20, INFINITY},
    {"tanh(a)", mpfr_tanh, NULL, -20, 20, INFINITY},
    {"arcsinh(a)", mpfr_asinh, NULL, -10, 10, 1.34e154},
    {"arccosh(a)", mpfr_acosh, NULL, 1, 20, 1.34e154},
    {"arctanh(a)", mpfr_atanh, NULL, -1, 1, INFINITY},
    {"exp(a)", mpfr_exp, NULL, -745, 710, 709.78271114955742909},
    {"expm1(a)", mpfr_expm1, NULL, -40, 710, INFINITY},
    {"exp2(a)", mpfr_exp2, NULL, -1075, 1024, INFINITY},
    {"log(a)", mpfr_log, NULL, 0, 10, INFINITY},
    {"log1p(a)", mpfr_log1p, NULL, -1, 10, 1e307},
    {"log10(a)", mpfr_log10, NULL, 0, 10, INFINITY},
    {"log2(a)", mpfr_log2, NULL, 0, 10, INFINITY},
    {"cbrt(a)", mpfr_cbrt, NULL, -10, 10, INFINITY},
    {"a ** b", NULL, mpfr_pow, 0, 10, INFINITY},
};
/* The bound, with slack for the measurement: where x is tiny and the exact
 * result lies a hair inside x, SLEEF's answer one ulp away from x measures
 * 1 + 2^-52-ish ulp. */
#define BOUND (1.0 + 1e-6)
#define NFUNCS (sizeof funcs / sizeof funcs[0])

static double bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* Half uniform over the function's range, half any finite double (huge,
 * tiny, subnormal, either sign); a few special values first. */
static void fill(double *x, size_t n, uint64_t seed, double lo, double hi)
{
    static const double specials[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 1.0, -1.0, 0.5, 2.0,
                                      4.9406564584124654e-324, 1.7976931348623157e308, 709.782712893384};
    uint64_t s = seed;
    for (size_t i = 0; i < n; i++) {
        uint64_t u = kt_splitmix64(&s);
        if (i < sizeof specials / sizeof specials[0]) x[i] = specials[i];
        else if (i % 2) x[i] = lo + (hi - lo) * kt_uniform(&s);
        else if ((u & 0x7ff0000000000000u) == 0x7ff0000000000000u) x[i] = bits(u & 0x800fffffffffffffu);
        else x[i] = bits(u);
    }
}

/* |got - exact| in ulps of the exact result's binade (2^-1074 below the
 * normal range); 0 when both are the same NaN, infinity or zero. */
static double ulp_error(double got, mpfr_srcptr exact, mpfr_ptr t)
{
    if (mpfr_nan_p(exact)) return isnan(got) ? 0.0 : INFINITY;
    double rounded = mpfr_get_d(exact, MPFR_RNDN);
    if (isinf(rounded) || mpfr_zero_p(exact)) return got == rounded ? 0.0 : INFINITY;
    if (!isfinite(got)) return INFINITY;
    mpfr_exp_t e = mpfr_get_exp(exact); /* exact = m * 2^e, 0.5 <= |m| < 1 */
    long ulp_exp = e - 53 < -1074 ? -1074 : (long)e - 53;
    mpfr_sub_d(t, exact, got, MPFR_RNDN);
    mpfr_abs(t, t, MPFR_RNDN);
    mpfr_mul_2si(t, t, -ulp_exp, MPFR_RNDN);
    return mpfr_get_d(t, MPFR_RNDU);
}

static void test_within_one_ulp(void **state)
{
    (void)state;
    const char *ab[] = {"a", "b"};
    size_t n = KT_ACC_N;
    double *a = kt_xmalloc(n * 8), *b = kt_xmalloc(n * 8), *out = kt_xmalloc(n * 8);
    kn_ctx *ctx = NULL;
    kt_ok(kn_ctx_create(&ctx, KN_SCALAR));
    mpfr_t x, y, r, t;
    mpfr_inits2(PREC, x, y, r, t, (mpfr_ptr)0);
    int bad = 0;
    for (size_t f = 0; f < NFUNCS; f++) {
        fill(a, n, 11 + f, funcs[f].lo, funcs[f].hi);
        fill(b, n, 101 + f, -10, 10);
        kn_expr *e = NULL;
        kt_ok(kn_expr_compile(funcs[f].src, 2, ab, &e));
        const double *vars[] = {a, b};
        kt_ok(kn_expr_eval(ctx, e, n, vars, out));
        kn_expr_free(e);
        double worst = 0;
        size_t where = 0;
        for (size_t i = 0; i < n; i++) {
            mpfr_set_d(x, a[i], MPFR_RNDN);
            mpfr_set_d(y, b[i], MPFR_RNDN);
            if (funcs[f].f1) funcs[f].f1(r, x, MPFR_RNDN);
            else funcs[f].f2(r, x, y, MPFR_RNDN);
            double err = ulp_error(out[i], r, t);
            if (fabs(a[i]) > funcs[f].inf_above && isinf(out[i]) && mpfr_sgn(r) == (out[i] > 0 ? 1 : -1)) err = 0;
            if (err > worst) worst = err, where = i;
        }
        print_message("%-14s max error %.6f ulp (a = %a, b = %a)\n", funcs[f].src, worst, a[where], b[where]);
        if (worst > BOUND) {
            print_error("%s: %.6f ulp at a = %a, b = %a: got %a\n", funcs[f].src, worst, a[where], b[where],
                        out[where]);
            bad = 1;
        }
    }
    mpfr_clears(x, y, r, t, (mpfr_ptr)0);
    kn_ctx_destroy(ctx);
    free(a), free(b), free(out);
    assert_false(bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_within_one_ulp)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
#else
int main(void)
{
    printf("SKIP: test_transcendental_accuracy needs MPFR (libmpfr-dev), which the build did not find\n");
    return 77;
}
#endif
