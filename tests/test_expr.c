/* kn_expr_*: the golden case, a table of expressions checked element-wise
 * against hand-written C over random inputs (bit for bit where the
 * operations are exact, within 1 ulp of long double libm otherwise),
 * precedence and associativity, every error message with its column, deep
 * nesting, aliasing, odd sizes, threads, and every backend against scalar. */
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/expr_ops.h"
#include "goldens.h"
#include "test_util.h"

#define N_RANDOM 100003 /* not a multiple of any block size */

static const char *const ABC[] = {"a", "b", "c"};

/* Same value, or both NaN (NaN payloads are not part of the contract). */
static int same(double x, double y)
{
    if (isnan(x) && isnan(y)) return 1;
    return memcmp(&x, &y, sizeof x) == 0;
}

static void assert_same_arrays(const double *got, const double *want, size_t n, const char *what)
{
    for (size_t i = 0; i < n; i++)
        if (!same(got[i], want[i])) {
            print_error("%s [%s]: element %zu: got %a (%.17g), want %a (%.17g)\n", what, kt_current_backend(), i,
                        got[i], got[i], want[i], want[i]);
            fail();
        }
}

/* The same bits, NaNs included: the transcendentals' NaN is one quiet NaN. */
static void assert_same_bits(const double *got, const double *want, size_t n, const char *what)
{
    for (size_t i = 0; i < n; i++)
        if (memcmp(&got[i], &want[i], sizeof got[i]) != 0) {
            print_error("%s [%s]: element %zu: got %a (%.17g), want %a (%.17g)\n", what, kt_current_backend(), i,
                        got[i], got[i], want[i], want[i]);
            fail();
        }
}

static kn_expr *compile_ok(const char *src, size_t nvars, const char *const *names)
{
    kn_expr *e = NULL;
    kn_status st = kn_expr_compile(src, nvars, names, &e);
    if (st != KN_OK) {
        print_error("kn_expr_compile(\"%.200s\"): %s: %s\n", src, kn_status_str(st), kn_last_error());
        fail();
    }
    assert_non_null(e);
    return e;
}

/* Three random inputs in [-4, 4) with zeros, signed zeros, small integers,
 * infinities and NaNs sprinkled in. */
static void fill_inputs(double *a, double *b, double *c, size_t n, uint64_t seed)
{
    kt_fill_f64(a, n, seed, -4.0, 4.0);
    kt_fill_f64(b, n, seed + 1, -4.0, 4.0);
    kt_fill_f64(c, n, seed + 2, -4.0, 4.0);
    for (size_t i = 0; i < n; i++) {
        if (i % 17 == 3) a[i] = (double)((int)(i % 11) - 5);
        if (i % 19 == 4) b[i] = (double)((int)(i % 7) - 3);
        if (i % 23 == 5) c[i] = 0.0;
        if (i % 29 == 6) a[i] = -0.0;
        if (i % 31 == 7) b[i] = a[i];
        if (i % 997 == 8) a[i] = NAN;
        if (i % 991 == 9) b[i] = INFINITY;
        if (i % 983 == 10) c[i] = -INFINITY;
        if (i % 977 == 11) c[i] = NAN;
    }
}

/* ---- hand-written references ------------------------------------------ */

static double py_mod(double a, double b)
{
    /* Python's float modulo (Objects/floatobject.c float_rem). */
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = copysign(0.0, b);
    }
    return m;
}

static double np_min(double a, double b) { return isnan(a) ? a : isnan(b) ? b : (a <= b ? a : b); }
static double np_max(double a, double b) { return isnan(a) ? a : isnan(b) ? b : (a >= b ? a : b); }
static double t(int x) { return x ? 1.0 : 0.0; }

#define REF(name, expr) \
    static double name(double a, double b, double c) { (void)a, (void)b, (void)c; return (expr); }

REF(r_add_mul, a + b * c)
REF(r_sub_chain, (a - b) - c)
REF(r_div_chain, (a / b) / c)
REF(r_paren, (a + b) * c)
REF(r_mod, py_mod(a, b))
REF(r_mod_c, py_mod(a * 7, 3))
REF(r_neg_sq, -(a * a))
REF(r_sq, a * a)
REF(r_unary, -a + t(b == 0) - -c)
REF(r_lt, t(a < b))
REF(r_le, t(a <= b))
REF(r_gt, t(a > b))
REF(r_ge, t(a >= b))
REF(r_eq, t(a == b))
REF(r_ne, t(a != b))
REF(r_chain, t(a < b && b < c))
REF(r_chain3, t(a <= b && b != c && c > 0.5))
REF(r_paren_cmp, t(t(a < b) < c))
REF(r_logic, t(t((a > 0) && (b < 0.5)) != 0 || t(!(c >= 0)) != 0))
REF(r_truth, t(a != 0 && b != 0) + t(a != 0 || c != 0))
REF(r_where, (a > b) ? a * 2 : c - 1)
REF(r_where_nan, c != 0 ? a : b)
REF(r_min, np_min(a, b))
REF(r_max, np_max(a, c))
REF(r_exact_fns, sqrt(fabs(a)) + floor(b * 3) - ceil(c * 3))
REF(r_consts, 2 * 3.141592653589793 * a + 2.718281828459045)
REF(r_numbers, a * 1e-3 + .5 - 2.5e1 * b)
REF(r_folded, a * (2.0 * 3.0 + 1.0 / 4.0))
REF(r_big, ((a + b) * (a - c) + (b * c - a) / (1 + a * a)) * 0.5 - c)

typedef struct {
    const char *src;
    double (*ref)(double, double, double);
} exact_case;

static const exact_case exact_cases[] = {
    {"a + b * c", r_add_mul},
    {"a - b - c", r_sub_chain},
    {"a / b / c", r_div_chain},
    {"(a + b) * c", r_paren},
    {"a % b", r_mod},
    {"a * 7 % 3", r_mod_c},
    {"-a**2", r_neg_sq},
    {"a ** 2", r_sq},
    {"-a + ~b - -c", r_unary},
    {"a < b", r_lt},
    {"a <= b", r_le},
    {"a > b", r_gt},
    {"a >= b", r_ge},
    {"a == b", r_eq},
    {"a != b", r_ne},
    {"a < b < c", r_chain},
    {"a <= b != c > 0.5", r_chain3},
    {"(a < b) < c", r_paren_cmp},
    {"(a > 0) & (b < 0.5) | ~(c >= 0)", r_logic},
    {"(a & b) + (a | c)", r_truth},
    {"where(a > b, a * 2, c - 1)", r_where},
    {"where(c, a, b)", r_where_nan},
    {"minimum(a, b)", r_min},
    {"maximum(a, c)", r_max},
    {"sqrt(abs(a)) + floor(b * 3) - ceil(c * 3)", r_exact_fns},
    {"2 * pi * a + e", r_consts},
    {"a * 1e-3 + .5 - 2.5e1 * b", r_numbers},
    {"a * (2.0 * 3.0 + 1.0 / 4.0)", r_folded},
    {"((a + b) * (a - c) + (b*c - a) / (1 + a*a)) * 0.5 - c", r_big},
};
#define N_EXACT (sizeof exact_cases / sizeof exact_cases[0])

static void run_expr(kn_ctx *ctx, const char *src, size_t n, const double *a, const double *b, const double *c,
                     double *out)
{
    kn_expr *e = compile_ok(src, 3, ABC);
    const double *vars[] = {a, b, c};
    kn_status st = kn_expr_eval(ctx, e, n, vars, out);
    kn_expr_free(e);
    if (st != KN_OK) {
        print_error("kn_expr_eval(\"%s\") [%s]: %s: %s\n", src, kt_current_backend(), kn_status_str(st),
                    kn_last_error());
        fail();
    }
}

static kn_ctx *scalar_ctx(void)
{
    kn_ctx *ctx = NULL;
    kt_ok(kn_ctx_create(&ctx, KN_SCALAR));
    return ctx;
}

/* A scalar context shared by the tests that are not about backends (the
 * default context may be a backend without an evaluator yet). */
static kn_ctx *S;

static int group_setup(void **state)
{
    (void)state;
    return kn_ctx_create(&S, KN_SCALAR) == KN_OK ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    kn_ctx_destroy(S);
    return 0;
}

static void test_golden(void **state)
{
    (void)state;
    enum { N = KN_GOLDEN_EXPR_N };
    double *x = kt_xmalloc(N * sizeof *x), *out = kt_xmalloc(N * sizeof *out);
    for (int i = 0; i < N; i++) x[i] = i;
    const char *names[] = {"data"};
    kn_expr *e = compile_ok(KN_GOLDEN_EXPR_SRC, 1, names);
    const double *vars[] = {x};
    KT_FOR_EACH_BACKEND(it)
    {
        kn_status st = kn_expr_eval(it.ctx, e, N, vars, out);
        if (st == KN_ERR_UNAVAILABLE) continue; /* reported by test_backends */
        kt_ok(st);
        double sum = 0;
        for (int i = 0; i < N; i++) sum += out[i];
        kt_assert_f64_bits(sum, KN_GOLDEN_EXPR_SUM, "golden sum");
    }
    kn_expr_free(e);
    free(x);
    free(out);
}

static void test_exact_table(void **state)
{
    (void)state;
    size_t n = N_RANDOM;
    double *a = kt_xmalloc(n * 8), *b = kt_xmalloc(n * 8), *c = kt_xmalloc(n * 8);
    double *out = kt_xmalloc(n * 8), *want = kt_xmalloc(n * 8);
    fill_inputs(a, b, c, n, 42);
    kn_ctx *ctx = scalar_ctx();
    for (size_t k = 0; k < N_EXACT; k++) {
        for (size_t i = 0; i < n; i++) want[i] = exact_cases[k].ref(a[i], b[i], c[i]);
        run_expr(ctx, exact_cases[k].src, n, a, b, c, out);
        assert_same_arrays(out, want, n, exact_cases[k].src);
    }
    kn_ctx_destroy(ctx);
    free(a), free(b), free(c), free(out), free(want);
}

/* ---- transcendentals: within 1 ulp of long double libm ------------------ */

typedef struct {
    const char *src;
    long double (*ref)(double, double);
} approx_case;

#define LREF(name, expr) \
    static long double name(double a, double b) { (void)a, (void)b; return (expr); }
LREF(l_sin, sinl(a))
LREF(l_cos, cosl(a))
LREF(l_tan, tanl(a))
LREF(l_asin, asinl(a / 4))
LREF(l_acos, acosl(a / 4))
LREF(l_atan, atanl(a))
LREF(l_atan2, atan2l(a, b))
LREF(l_sinh, sinhl(a))
LREF(l_cosh, coshl(a))
LREF(l_tanh, tanhl(a))
LREF(l_exp, expl(a))
LREF(l_expm1, expm1l(a))
LREF(l_log, logl(fabs(a)))
LREF(l_log1p, log1pl(fabs(a)))
LREF(l_log10, log10l(fabs(a)))
LREF(l_pow, powl(fabs(a), b))
LREF(l_pow3, powl(a, 3))
LREF(l_asinh, asinhl(a))
LREF(l_acosh, acoshl(fabs(a) + 1))
LREF(l_atanh, atanhl(a / 4))
LREF(l_exp2, exp2l(a))
LREF(l_log2, log2l(fabs(a)))
LREF(l_cbrt, cbrtl(a))

static const approx_case approx_cases[] = {
    {"sin(a)", l_sin},           {"cos(a)", l_cos},         {"tan(a)", l_tan},
    {"arcsin(a / 4)", l_asin},   {"arccos(a / 4)", l_acos}, {"arctan(a)", l_atan},
    {"arctan2(a, b)", l_atan2},  {"sinh(a)", l_sinh},       {"cosh(a)", l_cosh},
    {"tanh(a)", l_tanh},         {"exp(a)", l_exp},         {"expm1(a)", l_expm1},
    {"log(abs(a))", l_log},      {"log1p(abs(a))", l_log1p}, {"log10(abs(a))", l_log10},
    {"abs(a) ** b", l_pow},      {"a ** 3", l_pow3},         {"arcsinh(a)", l_asinh},
    {"arccosh(abs(a) + 1)", l_acosh}, {"arctanh(a / 4)", l_atanh}, {"exp2(a)", l_exp2},
    {"log2(abs(a))", l_log2},    {"cbrt(a)", l_cbrt},
};

/* Ordered integer image of a double: adjacent doubles differ by 1. */
static int64_t ordered(double x)
{
    int64_t i;
    memcpy(&i, &x, sizeof i);
    return i < 0 ? INT64_MIN - i : i;
}

/* Distance in ulps between got and the correctly rounded reference
 * (kernels.h: within 1.0 ulp of the exact result; test_transcendentals
 * measures that bound against MPFR). */
static double ulp_error(double got, long double ref)
{
    double r = (double)ref;
    if (isnan(r) || isnan(got)) return isnan(r) && isnan(got) ? 0.0 : INFINITY;
    int64_t d = ordered(got) - ordered(r);
    return (double)(d < 0 ? -d : d);
}

static void test_transcendental_accuracy(void **state)
{
    (void)state;
    size_t n = N_RANDOM;
    double *a = kt_xmalloc(n * 8), *b = kt_xmalloc(n * 8), *c = kt_xmalloc(n * 8), *out = kt_xmalloc(n * 8);
    fill_inputs(a, b, c, n, 7);
    kn_ctx *ctx = scalar_ctx();
    for (size_t k = 0; k < sizeof approx_cases / sizeof approx_cases[0]; k++) {
        run_expr(ctx, approx_cases[k].src, n, a, b, c, out);
        double worst = 0;
        size_t where = 0;
        for (size_t i = 0; i < n; i++) {
            double u = ulp_error(out[i], approx_cases[k].ref(a[i], b[i]));
            if (u > worst) worst = u, where = i;
        }
        if (worst > 1.0) {
            print_error("%s: %.2f ulp at element %zu (a = %a, b = %a)\n", approx_cases[k].src, worst, where, a[where],
                        b[where]);
            fail();
        }
    }
    kn_ctx_destroy(ctx);
    free(a), free(b), free(c), free(out);
}

/* ---- precedence, associativity, special values ------------------------- */

typedef struct {
    const char *src;
    double x, y, z, want;
} value_case;

static const value_case value_cases[] = {
    /* constants only (folded at compile time) */
    {"-2**2", 0, 0, 0, -4},
    {"2**3**2", 0, 0, 0, 512},
    {"(2**3)**2", 0, 0, 0, 64},
    {"-3 ** 2", 0, 0, 0, -9},
    {"(-3) ** 2", 0, 0, 0, 9},
    {"2**-1", 0, 0, 0, 0.5},
    {"2 ** - - 2", 0, 0, 0, 4},
    {"7 % -3", 0, 0, 0, -2},
    {"-7 % 3", 0, 0, 0, 2},
    {"7 % 3", 0, 0, 0, 1},
    {"-7 % -3", 0, 0, 0, -1},
    {"-7.5 % 2", 0, 0, 0, 0.5},
    {"6 % -3", 0, 0, 0, -0.0},
    {"-6 % 3", 0, 0, 0, 0.0},
    {"10 - 4 - 3", 0, 0, 0, 3},
    {"100 / 10 / 5", 0, 0, 0, 2},
    {"2 * 3 + 4 * 5", 0, 0, 0, 26},
    {"1 + 2 < 4", 0, 0, 0, 1},
    {"1 < 2 < 3", 0, 0, 0, 1},
    {"3 > 2 > 1", 0, 0, 0, 1},
    {"1 < 3 < 2", 0, 0, 0, 0},
    {"(1 < 3) < 2", 0, 0, 0, 1},
    {"2 == 2 == 2", 0, 0, 0, 1},
    {"(2 == 2) == 2", 0, 0, 0, 0},
    {"1 | 0 & 0", 0, 0, 0, 1},
    {"(1 | 0) & 0", 0, 0, 0, 0},
    {"~0", 0, 0, 0, 1},
    {"~3", 0, 0, 0, 0},
    {"~0 + 1", 0, 0, 0, 2},
    {"- - 3", 0, 0, 0, 3},
    {"+3", 0, 0, 0, 3},
    {"where(0, 1, 2)", 0, 0, 0, 2},
    {"where(-0.5, 1, 2)", 0, 0, 0, 1},
    {".5 + .5", 0, 0, 0, 1},
    {"1e-3 * 1e3", 0, 0, 0, 1},
    {"1.e1", 0, 0, 0, 10},
    {"2.5E+1", 0, 0, 0, 25},
    {"minimum(-0.0, 0.0)", 0, 0, 0, -0.0},
    {"minimum(0.0, -0.0)", 0, 0, 0, 0.0},
    {"maximum(3, 4) + minimum(3, 4)", 0, 0, 0, 7},
    {"pi", 0, 0, 0, 3.141592653589793},
    {"e", 0, 0, 0, 2.718281828459045},
    {"(((((1)))))", 0, 0, 0, 1},
    /* the same with variables (evaluated at run time) */
    {"-x**2", 2, 0, 0, -4},
    {"x**y**z", 2, 3, 2, 512},
    {"(x**y)**z", 2, 3, 2, 64},
    {"x ** -y", 2, 1, 0, 0.5},
    {"x % y", 7, -3, 0, -2},
    {"x % y", -7, 3, 0, 2},
    {"x % y", -7, -3, 0, -1},
    {"x % y", 6, -3, 0, -0.0},
    {"x % y", -6, 3, 0, 0.0},
    {"x % y", 5, 0, 0, NAN},
    {"x % y", 5, INFINITY, 0, 5},
    {"x % y", -5, INFINITY, 0, INFINITY},
    {"x % y", INFINITY, 3, 0, NAN},
    {"x - y - z", 10, 4, 3, 3},
    {"x / y / z", 100, 10, 5, 2},
    {"x < y < z", 1, 2, 3, 1},
    {"x < y < z", 1, 3, 2, 0},
    {"x < y < z", 2, 1, 3, 0},
    {"(x < y) < z", 1, 3, 2, 1},
    {"x == y == z", 2, 2, 2, 1},
    {"(x == y) == z", 2, 2, 2, 0},
    {"x < y < z < 4", 1, 2, 3, 1},
    {"x < y < z < 3", 1, 2, 3, 0},
    {"x < y + 1 < z", 1, 1, 3, 1},
    {"x < y + 1 < z", 1, 1, 2, 0},
    {"x + 0 < y * 2 >= z - 1", 1, 1, 3, 1},
    {"~x", NAN, 0, 0, 0},
    {"x & y", NAN, 1, 0, 1},
    {"x | y", 0, -0.0, 0, 0},
    {"where(x, y, z)", NAN, 1, 2, 1},
    {"where(x, y, z)", -0.0, 1, 2, 2},
    {"x != x", NAN, 0, 0, 1},
    {"x == x", NAN, 0, 0, 0},
    {"minimum(x, y)", NAN, 1, 0, NAN},
    {"minimum(x, y)", 1, NAN, 0, NAN},
    {"maximum(x, y)", NAN, 1, 0, NAN},
    {"maximum(x, y)", 1, NAN, 0, NAN},
    {"minimum(x, y)", -0.0, 0.0, 0, -0.0},
    {"maximum(x, y)", 0.0, -0.0, 0, 0.0},
    {"x ** 0", NAN, 0, 0, 1},
    {"x ** 1", -0.0, 0, 0, -0.0},
    {"x ** 2", -3, 0, 0, 9},
    {"- -x", -0.0, 0, 0, -0.0},
    {"x + y * z", 1, 2, 3, 7},
    {"x*x + 2*x*y + y*y", 3, 4, 0, 49},
    /* numexpr's functions, with numexpr 2.14's results */
    {"round(x)", 0.5, 0, 0, 0.0},
    {"round(x)", 1.5, 0, 0, 2},
    {"round(x)", 2.5, 0, 0, 2},
    {"round(x)", -0.5, 0, 0, -0.0},
    {"round(x)", -3.7, 0, 0, -4},
    {"trunc(x)", -3.7, 0, 0, -3},
    {"trunc(x)", -0.5, 0, 0, -0.0},
    {"sign(x)", -2.5, 0, 0, -1},
    {"sign(x)", -0.0, 0, 0, 0.0},
    {"sign(x)", INFINITY, 0, 0, 1},
    {"sign(x)", NAN, 0, 0, NAN},
    {"signbit(x)", -0.0, 0, 0, 1},
    {"signbit(x)", 0.5, 0, 0, 0},
    {"isnan(x)", NAN, 0, 0, 1},
    {"isnan(x)", INFINITY, 0, 0, 0},
    {"isinf(x)", -INFINITY, 0, 0, 1},
    {"isinf(x)", NAN, 0, 0, 0},
    {"isfinite(x)", INFINITY, 0, 0, 0},
    {"isfinite(x)", NAN, 0, 0, 0},
    {"isfinite(x)", -0.0, 0, 0, 1},
    {"copysign(x, y)", 3, -0.0, 0, -3},
    {"copysign(x, y)", -0.5, 1, 0, 0.5},
    {"nextafter(x, y)", 0.0, 10, 0, 4.9406564584124654e-324},
    {"nextafter(x, y)", 1, 0, 0, 0.99999999999999989},
    {"fmod(x, y)", -2.5, 0.75, 0, -0.25},
    {"fmod(x, y)", -7, 3, 0, -1},
    {"fmod(x, y)", 7, -3, 0, 1},
    {"fmod(x, y)", -0.0, 0.75, 0, -0.0},
    {"fmod(x, y)", INFINITY, 0.75, 0, NAN},
    {"fmod(x, y)", 1, 0, 0, NAN},
    {"x * True + False", 3, 0, 0, 3},
    {"where(x > 0, True, False)", -1, 0, 0, 0},
    {"cbrt(x)", -8, 0, 0, -2},
    {"log2(x)", 8, 0, 0, 3},
    {"exp2(x)", 10, 0, 0, 1024},
    {"arccosh(x)", 1, 0, 0, 0},
    {"arcsinh(x)", -0.0, 0, 0, -0.0},
    {"arctanh(x)", 0.5, 0, 0, 0.54930614433405489},
    {"arctanh(x)", 2, 0, 0, NAN},
};

static void test_values(void **state)
{
    (void)state;
    const char *xyz[] = {"x", "y", "z"};
    kn_ctx *ctx = scalar_ctx();
    for (size_t k = 0; k < sizeof value_cases / sizeof value_cases[0]; k++) {
        const value_case *v = &value_cases[k];
        kn_expr *e = compile_ok(v->src, 3, xyz);
        double x[3] = {v->x, v->x, v->x}, y[3] = {v->y, v->y, v->y}, z[3] = {v->z, v->z, v->z}, out[3];
        const double *vars[] = {x, y, z};
        kt_ok(kn_expr_eval(ctx, e, 3, vars, out));
        for (int i = 0; i < 3; i++)
            if (!same(out[i], v->want)) {
                print_error("\"%s\" (x=%g y=%g z=%g): got %.17g, want %.17g\n", v->src, v->x, v->y, v->z, out[i],
                            v->want);
                fail();
            }
        kn_expr_free(e);
    }
    kn_ctx_destroy(ctx);
}

/* ---- errors -------------------------------------------------------------- */

typedef struct {
    const char *src;
    kn_status status;
    const char *msg;
} error_case;

#define P KN_ERR_PARSE
static const error_case error_cases[] = {
    {"", P, "kn_expr_compile: the expression is empty"},
    {" \t\n ", P, "kn_expr_compile: the expression is empty"},
    {"a +", P, "kn_expr_compile: column 4: expected an operand, found end of expression"},
    {"sin(a +)", P, "kn_expr_compile: column 8: expected an operand, found ')'"},
    {"(a + b)*)", P, "kn_expr_compile: column 9: expected an operand, found ')'"},
    {"* a", P, "kn_expr_compile: column 1: expected an operand, found '*'"},
    {"a * * b", P, "kn_expr_compile: column 5: expected an operand, found '*'"},
    {"~", P, "kn_expr_compile: column 2: expected an operand, found end of expression"},
    {"a ~ b", P, "kn_expr_compile: column 3: expected an operator or end of expression, found '~'"},
    {"a b", P, "kn_expr_compile: column 3: expected an operator or end of expression, found 'b'"},
    {"2 (3)", P, "kn_expr_compile: column 3: expected an operator or end of expression, found '('"},
    {"(a b)", P, "kn_expr_compile: column 4: expected an operator or ')', found 'b'"},
    {"sin(a b)", P, "kn_expr_compile: column 7: expected an operator, ',' or ')', found 'b'"},
    {"a)", P, "kn_expr_compile: column 2: unmatched ')'"},
    {"(a", P, "kn_expr_compile: column 3: expected ')' to close the '(' at column 1, found end of expression"},
    {"sin (a", P, "kn_expr_compile: column 7: expected ')' to close the '(' at column 5, found end of expression"},
    {"((a)", P, "kn_expr_compile: column 5: expected ')' to close the '(' at column 1, found end of expression"},
    {"a, b", P, "kn_expr_compile: column 2: expected an operator or end of expression, found ',' (a comma only "
               "separates function arguments)"},
    {"(a, b)", P, "kn_expr_compile: column 3: expected an operator or ')', found ',' (a comma only separates "
                 "function arguments)"},
    {"dta + 1", P, "kn_expr_compile: column 1: unknown variable 'dta'"},
    {"a + x", P, "kn_expr_compile: column 5: unknown variable 'x'"},
    {"a + bb", P, "kn_expr_compile: column 5: unknown variable 'bb'; did you mean 'b'?"},
    {"a + pii", P, "kn_expr_compile: column 5: unknown variable 'pii'; did you mean 'pi'?"},
    {"sine(a)", P, "kn_expr_compile: column 1: unknown function 'sine'; did you mean 'sin'?"},
    {"a + arctn2(a, b)", P, "kn_expr_compile: column 5: unknown function 'arctn2'; did you mean 'arctan2'?"},
    {"foo(a)", P, "kn_expr_compile: column 1: unknown function 'foo'"},
    {"sinc(a)", P, "kn_expr_compile: column 1: function 'sinc' is not supported"},
    {"a + hypot(a, b)", P, "kn_expr_compile: column 5: function 'hypot' is not supported"},
    {"erf(a)", P, "kn_expr_compile: column 1: function 'erf' is not supported"},
    {"asin(a)", P, "kn_expr_compile: column 1: function 'asin' is not supported; use 'arcsin'"},
    {"asinh(a)", P, "kn_expr_compile: column 1: function 'asinh' is not supported; use 'arcsinh'"},
    {"rint(a)", P, "kn_expr_compile: column 1: function 'rint' is not supported; use 'round'"},
    {"power(a, b)", P, "kn_expr_compile: column 1: function 'power' is not supported; use a ** b"},
    {"a(1)", P, "kn_expr_compile: column 1: 'a' is a variable, not a function"},
    {"pi(1)", P, "kn_expr_compile: column 1: 'pi' is a constant, not a function"},
    {"sin + 1", P, "kn_expr_compile: column 5: expected '(' after the function name 'sin', found '+'"},
    {"a * sqrt", P, "kn_expr_compile: column 9: expected '(' after the function name 'sqrt', found end of expression"},
    {"where(a, b)", P, "kn_expr_compile: column 1: where() takes 3 arguments, got 2"},
    {"a + where(a, b, c, a)", P, "kn_expr_compile: column 5: where() takes 3 arguments, got 4"},
    {"sin(a, b)", P, "kn_expr_compile: column 1: sin() takes 1 argument, got 2"},
    {"arctan2(a)", P, "kn_expr_compile: column 1: arctan2() takes 2 arguments, got 1"},
    {"sin()", P, "kn_expr_compile: column 1: sin() takes 1 argument, got 0"},
    {"minimum()", P, "kn_expr_compile: column 1: minimum() takes 2 arguments, got 0"},
    {"a $ b", P, "kn_expr_compile: column 3: unexpected character '$'"},
    {"a \x01", P, "kn_expr_compile: column 3: unexpected byte 0x01"},
    {"a // b", P, "kn_expr_compile: column 3: floor division '//' is not supported; use floor(a / b)"},
    {"a ^ b", P, "kn_expr_compile: column 3: the operator '^' is not supported; use '**' for powers"},
    {"a << b", P, "kn_expr_compile: column 3: the shift operator '<<' is not supported"},
    {"a = b", P, "kn_expr_compile: column 3: found '=' where an operator was expected; use '==' to compare"},
    {"!a", P, "kn_expr_compile: column 1: unexpected character '!'; use '~' for not, '!=' to compare"},
    {"a or b", P, "kn_expr_compile: column 3: 'or' is not supported; use '|' (with parentheses around comparisons, "
                  "e.g. (a > 0) & (b < 1))"},
    {"not a", P, "kn_expr_compile: column 1: 'not' is not supported; use '~' (with parentheses around comparisons, "
                  "e.g. (a > 0) & (b < 1))"},
    {"a and b", P, "kn_expr_compile: column 3: 'and' is not supported; use '&' (with parentheses around comparisons, "
                  "e.g. (a > 0) & (b < 1))"},
    {"1e+", P, "kn_expr_compile: column 1: malformed number '1e+': expected digits after the exponent 'e'"},
    {"2x", P, "kn_expr_compile: column 2: malformed number: 'x' cannot follow '2'"},
    {"1.2.3", P, "kn_expr_compile: column 4: malformed number: '.' cannot follow '1.2'"},
    {"a + .", P, "kn_expr_compile: column 5: unexpected character '.'"},
};
#undef P

static void test_errors(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof error_cases / sizeof error_cases[0]; k++) {
        kn_expr *e = (kn_expr *)&e; /* must be reset to NULL */
        kn_status st = kn_expr_compile(error_cases[k].src, 3, ABC, &e);
        if (st != error_cases[k].status || strcmp(kn_last_error(), error_cases[k].msg) != 0 || e != NULL) {
            print_error("\"%s\": got %s \"%s\"%s\n  want %s \"%s\"\n", error_cases[k].src, kn_status_str(st),
                        kn_last_error(), e ? " (and *out not NULL)" : "", kn_status_str(error_cases[k].status),
                        error_cases[k].msg);
            fail();
        }
    }
    /* a misspelt variable: the nearest name is suggested */
    const char *data[] = {"data"};
    kn_expr *e = NULL;
    kt_expect_error(kn_expr_compile("dta + 1", 1, data, &e), KN_ERR_PARSE, NULL);
    assert_string_equal(kn_last_error(), "kn_expr_compile: column 1: unknown variable 'dta'; did you mean 'data'?");
    assert_null(e);
}

/* numpy and numexpr functions that the language lacks: each is reported as
 * not supported, never answered with a near name ('sinc' is one edit from
 * 'sin') whose math differs. */
static void test_unsupported_functions(void **state)
{
    (void)state;
    static const char *const names[] = {
        "real", "imag", "conj", "contains", "hypot", "degrees", "radians", "square", "reciprocal", "sum",
        "prod", "logaddexp", "logaddexp2", "fmin", "fmax", "min", "max", "sinc", "spacing", "ldexp",
        "float_power", "remainder", "deg2rad", "rad2deg", "heaviside", "clip", "erf", "negative", "positive",
        "modf", "fix", "complex", "logical_not", "cumsum", "mean",
    };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        char src[64], want[128];
        snprintf(src, sizeof src, "%s(a)", names[k]);
        snprintf(want, sizeof want, "kn_expr_compile: column 1: function '%s' is not supported", names[k]);
        kn_expr *e = (kn_expr *)&e;
        kn_status st = kn_expr_compile(src, 3, ABC, &e);
        if (st != KN_ERR_PARSE || strcmp(kn_last_error(), want) != 0 || e != NULL) {
            print_error("\"%s\": got %s \"%s\"\n  want KN_ERR_PARSE \"%s\"\n", src, kn_status_str(st),
                        kn_last_error(), want);
            fail();
        }
    }
    /* a variable of that name is still a variable */
    const char *sinc[] = {"sinc"};
    kn_expr *e = NULL;
    kt_expect_error(kn_expr_compile("sinc(1)", 1, sinc, &e), KN_ERR_PARSE,
                    "kn_expr_compile: column 1: 'sinc' is a variable, not a function");
    kt_ok(kn_expr_compile("sinc + 1", 1, sinc, &e));
    kn_expr_free(e);
}

static void test_name_errors(void **state)
{
    (void)state;
    kn_expr *e = (kn_expr *)&e;
    const char *ok[] = {"a", "b"};
    kt_expect_error(kn_expr_compile(NULL, 2, ok, &e), KN_ERR_INVALID_ARG, "kn_expr_compile: src is NULL");
    assert_null(e);
    kt_expect_error(kn_expr_compile("a", 2, ok, NULL), KN_ERR_INVALID_ARG, "kn_expr_compile: out is NULL");
    e = (kn_expr *)&e;
    kt_expect_error(kn_expr_compile("a", 2, NULL, &e), KN_ERR_INVALID_ARG,
                    "kn_expr_compile: names is NULL while nvars is 2");
    assert_null(e);
    struct {
        const char *names[3];
        const char *msg;
    } cases[] = {
        {{"a", NULL, "c"}, "kn_expr_compile: names[1] is NULL"},
        {{"a", "b", "1x"}, "kn_expr_compile: names[2] ('1x') is not a valid name"},
        {{"", "b", "c"}, "kn_expr_compile: names[0] ('') is not a valid name"},
        {{"a", "b c", "c"}, "kn_expr_compile: names[1] ('b c') is not a valid name"},
        {{"a", "b", "a"}, "kn_expr_compile: names[2] ('a') repeats names[0]"},
        {{"a", "sin", "c"}, "kn_expr_compile: names[1] ('sin') is the name of a built-in function"},
        {{"where", "b", "c"}, "kn_expr_compile: names[0] ('where') is the name of a built-in function"},
        {{"a", "b", "pi"}, "kn_expr_compile: names[2] ('pi') is the name of a built-in constant"},
        {{"e", "b", "c"}, "kn_expr_compile: names[0] ('e') is the name of a built-in constant"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        e = (kn_expr *)&e;
        kt_expect_error(kn_expr_compile("a", 3, cases[k].names, &e), KN_ERR_INVALID_ARG, cases[k].msg);
        assert_null(e);
    }
    /* unused variables, odd but valid names, no variables at all */
    const char *odd[] = {"_x1", "Data_2", "unused"};
    e = compile_ok("_x1 * Data_2", 3, odd);
    kn_expr_free(e);
    e = compile_ok("1 + 2", 0, NULL);
    double out[4];
    kt_ok(kn_expr_eval(S, e, 4, NULL, out));
    for (int i = 0; i < 4; i++) kt_assert_f64_bits(out[i], 3.0, "constant expression");
    kn_expr_free(e);
    kn_expr_free(NULL);
}

static void test_eval_errors(void **state)
{
    (void)state;
    kn_expr *e = compile_ok("a + b", 3, ABC);
    double a[8] = {0}, b[8] = {0}, c[8] = {0}, out[8];
    const double *vars[] = {a, b, c}, *with_null[] = {a, NULL, c};
    kt_expect_error(kn_expr_eval(NULL, NULL, 8, vars, out), KN_ERR_INVALID_ARG, "kn_expr_eval: e is NULL");
    kt_expect_error(kn_expr_eval(NULL, e, 8, vars, NULL), KN_ERR_INVALID_ARG, "kn_expr_eval: out is NULL");
    kt_expect_error(kn_expr_eval(NULL, e, 8, NULL, out), KN_ERR_INVALID_ARG, "kn_expr_eval: vars is NULL");
    kt_expect_error(kn_expr_eval(NULL, e, 8, with_null, out), KN_ERR_INVALID_ARG,
                    "kn_expr_eval: vars[1] ('b') is NULL");
    /* out overlapping an input without being it */
    const double *shifted[] = {a, b, out + 1};
    kt_expect_error(kn_expr_eval(NULL, e, 7, shifted, out), KN_ERR_INVALID_ARG,
                    "kn_expr_eval: out overlaps vars[2] ('c') without being the same array");
    /* n == 0 does nothing, NULL arrays allowed */
    kt_ok(kn_expr_eval(S, e, 0, NULL, NULL));
    kt_ok(kn_expr_eval(S, e, 0, with_null, NULL));
    kn_expr_free(e);
    /* disassembly arguments */
    char *text = (char *)&text;
    kt_expect_error(kn_expr_disassemble(NULL, &text), KN_ERR_INVALID_ARG, "kn_expr_disassemble: e is NULL");
    assert_null(text);
}

/* ---- nesting, size limits ------------------------------------------------ */

static char *repeat3(const char *pre, size_t n, const char *mid, const char *post, size_t m)
{
    size_t lp = strlen(pre), lm = strlen(mid), lq = strlen(post);
    char *s = kt_xmalloc(lp * n + lm + lq * m + 1), *p = s;
    for (size_t i = 0; i < n; i++) memcpy(p, pre, lp), p += lp;
    memcpy(p, mid, lm), p += lm;
    for (size_t i = 0; i < m; i++) memcpy(p, post, lq), p += lq;
    *p = '\0';
    return s;
}

static double eval1(const char *src, double a)
{
    kn_expr *e = compile_ok(src, 3, ABC);
    double x[1] = {a}, out[1];
    const double *vars[] = {x, x, x};
    kt_ok(kn_expr_eval(S, e, 1, vars, out));
    kn_expr_free(e);
    return out[0];
}

static void test_deep_nesting(void **state)
{
    (void)state;
    enum { D = 200000 };
    char *s = repeat3("(", D, "a + 1", ")", D);
    kt_assert_f64_bits(eval1(s, 2.0), 3.0, "200000 nested parentheses");
    free(s);
    /* unclosed: a clear error at the end */
    s = repeat3("(", D, "a", "", 0);
    kn_expr *e = NULL;
    char want[128];
    snprintf(want, sizeof want, "kn_expr_compile: column %d: expected ')' to close the '(' at column %d", D + 2, D);
    kt_expect_error(kn_expr_compile(s, 3, ABC, &e), KN_ERR_PARSE, want);
    assert_null(e);
    free(s);
    /* right-nested products, unary chains, long left-deep sums */
    s = repeat3("a*(", D, "a", ")", D);
    kt_assert_f64_bits(eval1(s, 1.0), 1.0, "a*(a*(...))");
    free(s);
    s = repeat3("-", D, "a", "", 0);
    kt_assert_f64_bits(eval1(s, 5.0), 5.0, "200000 unary minus");
    free(s);
    s = repeat3("~", D + 1, "a", "", 0);
    kt_assert_f64_bits(eval1(s, 5.0), 0.0, "200001 ~");
    free(s);
    s = repeat3("a + ", D, "a", "", 0);
    kt_assert_f64_bits(eval1(s, 1.0), (double)D + 1, "200001-term sum");
    e = compile_ok(s, 3, ABC);
    char *text = NULL;
    kt_ok(kn_expr_disassemble(e, &text));
    /* register reuse: a left-deep chain needs 2 temporaries plus the output */
    assert_non_null(strstr(text, "3 temporaries"));
    kn_free(text);
    kn_expr_free(e);
    free(s);
    s = repeat3("1 ** ", 1000, "a", "", 0); /* right-associative tower, not foldable */
    kt_assert_f64_bits(eval1(s, 7.0), 1.0, "power tower");
    free(s);
    /* a chain whose every level keeps a temporary alive: more registers
     * than the program format allows is a clean error */
    s = repeat3("(a+1)*(", 70000, "a", ")", 70000);
    e = NULL;
    kt_expect_error(kn_expr_compile(s, 3, ABC, &e), KN_ERR_INVALID_ARG, "the expression is too large");
    assert_null(e);
    free(s);
    s = repeat3("(a+1)*(", 1000, "a", ")", 1000);
    kt_assert_f64_bits(eval1(s, 0.0), 0.0, "1000 live temporaries");
    kt_assert_f64_bits(eval1(s, 1.0), ldexp(1.0, 1000), "1000 live temporaries");
    free(s);
}

/* ---- sizes, aliasing, disassembly ----------------------------------------- */

static void test_sizes_and_aliasing(void **state)
{
    (void)state;
    const size_t sizes[] = {1, 2, 3, 7, 8, 9, 255, 511, 1023, 1024, 1025, 2047, 2048, 2049, 4095, 4096, 4097, 10007};
    const size_t nmax = 10007;
    double *a = kt_xmalloc(nmax * 8), *b = kt_xmalloc(nmax * 8), *c = kt_xmalloc(nmax * 8);
    double *out = kt_xmalloc((nmax + 2) * 8), *want = kt_xmalloc(nmax * 8), *io = kt_xmalloc(nmax * 8);
    fill_inputs(a, b, c, nmax, 99);
    const char *src = "where(a > b, a * 2, c - 1) + (a - b - c) % 1.5";
    kn_expr *e = compile_ok(src, 3, ABC);
    kn_ctx *ctx = scalar_ctx();
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        size_t n = sizes[k];
        for (size_t i = 0; i < n; i++) want[i] = r_where(a[i], b[i], c[i]) + py_mod((a[i] - b[i]) - c[i], 1.5);
        out[n] = out[n + 1] = 12345.0; /* guard: nothing written past n */
        const double *vars[] = {a, b, c};
        kt_ok(kn_expr_eval(ctx, e, n, vars, out));
        assert_same_arrays(out, want, n, src);
        assert_true(out[n] == 12345.0 && out[n + 1] == 12345.0);
        /* out is the same array as each input in turn */
        for (int v = 0; v < 3; v++) {
            const double *src_arr = v == 0 ? a : v == 1 ? b : c;
            memcpy(io, src_arr, n * 8);
            const double *vv[] = {a, b, c};
            vv[v] = io;
            kt_ok(kn_expr_eval(ctx, e, n, vv, io));
            assert_same_arrays(io, want, n, "out aliasing an input");
        }
    }
    kn_expr_free(e);
    /* several inputs being the same array, and out equal to all of them */
    e = compile_ok("a * b - c", 3, ABC);
    memcpy(io, a, nmax * 8);
    const double *same3[] = {io, io, io};
    kt_ok(kn_expr_eval(ctx, e, nmax, same3, io));
    for (size_t i = 0; i < nmax; i++) want[i] = a[i] * a[i] - a[i];
    assert_same_arrays(io, want, nmax, "a*b-c with a, b, c, out the same array");
    kn_expr_free(e);
    kn_ctx_destroy(ctx);
    free(a), free(b), free(c), free(out), free(want), free(io);
}

static void test_disassemble(void **state)
{
    (void)state;
    const char *names[] = {"data"};
    kn_expr *e = compile_ok("data + data*5 + 4", 1, names);
    char *text = NULL;
    kt_ok(kn_expr_disassemble(e, &text));
    assert_string_equal(text, "; data + data*5 + 4\n"
                              "; 6 registers: 1 input, 2 constants, 3 temporaries (output r5); 3 instructions\n"
                              "  r0 = data\n"
                              "  r1 = 5\n"
                              "  r2 = 4\n"
                              "  mul      r3, r0, r1\n"
                              "  add      r4, r0, r3\n"
                              "  add      r5, r4, r2\n");
    kn_free(text);
    kn_expr_free(e);
    e = compile_ok("-(2 * 3) ** 2 + a ** 2", 3, ABC); /* folded to -36, a**2 -> a*a */
    kt_ok(kn_expr_disassemble(e, &text));
    assert_non_null(strstr(text, "= -36\n"));
    assert_non_null(strstr(text, "mul      r4, r0, r0\n"));
    assert_null(strstr(text, "pow"));
    kn_free(text);
    kn_expr_free(e);
}

/* ---- the opcode table (src/core/expr.h) -------------------------------- */

typedef struct {
    unsigned op;
    const char *name, *syntax, *spelling;
    int arity, exact;
    double (*ref)(double, double, double);
} op_row;

#define KN_X_REF(E, l, n, ...) \
    static double ref_##l(double a, double b, double c) { (void)a, (void)b, (void)c; return KN_EXPR_APPLY(l, n); }
KN_EXPR_OPCODES(KN_X_REF)
#define KN_X_ROW(E, l, n, x, syntax, spelling, simd) {KN_OP_##E, #l, #syntax, spelling, n, x, ref_##l},
static const op_row op_rows[] = {KN_EXPR_OPCODES(KN_X_ROW)};

/* The row written as the language writes it: name(a, b, c), a OP b, OP a;
 * a bare variable is the one program made of a copy. */
static void row_source(const op_row *r, char *buf, size_t len)
{
    static const char *const args[] = {"", "a", "a, b", "a, b, c"};
    if (strcmp(r->syntax, "FUNC") == 0) snprintf(buf, len, "%s(%s)", r->spelling, args[r->arity]);
    else if (strcmp(r->syntax, "OPER") == 0 && r->arity == 2) snprintf(buf, len, "a %s b", r->spelling);
    else if (strcmp(r->syntax, "OPER") == 0) snprintf(buf, len, "%s a", r->spelling);
    else snprintf(buf, len, "a");
}

/* Every row: its spelling compiles to its opcode alone, the parser's
 * function table holds exactly the FUNC rows, and every backend evaluates
 * it as kn_op_<name> element by element, bit for bit (NaNs of the exact
 * rows only as some NaN). */
static void test_opcode_table(void **state)
{
    (void)state;
    size_t n = N_RANDOM, nfuncs = 0;
    double *a = kt_xmalloc(n * 8), *b = kt_xmalloc(n * 8), *c = kt_xmalloc(n * 8);
    double *out = kt_xmalloc(n * 8), *want = kt_xmalloc(n * 8);
    fill_inputs(a, b, c, n, 77);
    assert_int_equal(sizeof op_rows / sizeof op_rows[0], KN_OP_COUNT);
    for (size_t k = 0; k < KN_OP_COUNT; k++) {
        const op_row *r = &op_rows[k];
        char src[64], mnemonic[32], *text = NULL;
        row_source(r, src, sizeof src);
        if (strcmp(r->syntax, "FUNC") == 0) {
            const kn_expr_func *f = kn_expr_find_func(r->spelling, strlen(r->spelling));
            assert_non_null(f);
            assert_int_equal(f->op, r->op);
            assert_int_equal(f->arity, r->arity);
            nfuncs++;
        }
        assert_int_equal(kn_expr_op_arity(r->op), r->arity);
        assert_string_equal(kn_expr_op_name(r->op), r->name);
        kn_expr *e = compile_ok(src, 3, ABC);
        assert_int_equal(e->ninsn, 1);
        assert_int_equal(e->code[0].op, r->op);
        kt_ok(kn_expr_disassemble(e, &text));
        snprintf(mnemonic, sizeof mnemonic, "\n  %-8s r", r->name);
        if (!strstr(text, mnemonic)) {
            print_error("%s: no '%s' in\n%s", src, r->name, text);
            fail();
        }
        kn_free(text);
        kn_expr_free(e);
        for (size_t i = 0; i < n; i++) want[i] = r->ref(a[i], b[i], c[i]);
        KT_FOR_EACH_BACKEND(it)
        {
            kn_expr *probe = compile_ok(src, 3, ABC);
            const double *vars[] = {a, b, c};
            kn_status st = kn_expr_eval(it.ctx, probe, n, vars, out);
            kn_expr_free(probe);
            if (st == KN_ERR_UNAVAILABLE) continue; /* reported by test_backends */
            kt_ok(st);
            if (r->exact) assert_same_arrays(out, want, n, src);
            else assert_same_bits(out, want, n, src);
        }
    }
    assert_int_equal(nfuncs, kn_expr_nfuncs);
    free(a), free(b), free(c), free(out), free(want);
}

/* ---- threads: one kn_expr evaluated concurrently ---------------------- */

typedef struct {
    const kn_expr *e;
    const double *a, *b, *c;
    double *out;
    size_t n;
    kn_status st;
} thread_job;

static void *thread_main(void *p)
{
    thread_job *j = p;
    const double *vars[] = {j->a, j->b, j->c};
    for (int r = 0; r < 20 && j->st == KN_OK; r++) j->st = kn_expr_eval(S, j->e, j->n, vars, j->out);
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    enum { T = 4, N = 50000 };
    double *a = kt_xmalloc(N * 8), *b = kt_xmalloc(N * 8), *c = kt_xmalloc(N * 8), *want = kt_xmalloc(N * 8);
    fill_inputs(a, b, c, N, 5);
    kn_expr *e = compile_ok("((a + b) * (a - c) + (b*c - a) / (1 + a*a)) * 0.5 - c", 3, ABC);
    for (size_t i = 0; i < N; i++) want[i] = r_big(a[i], b[i], c[i]);
    thread_job jobs[T];
    pthread_t th[T];
    for (int i = 0; i < T; i++) {
        jobs[i] = (thread_job){e, a, b, c, kt_xmalloc(N * 8), N, KN_OK};
        assert_int_equal(pthread_create(&th[i], NULL, thread_main, &jobs[i]), 0);
    }
    for (int i = 0; i < T; i++) pthread_join(th[i], NULL);
    for (int i = 0; i < T; i++) {
        assert_int_equal(jobs[i].st, KN_OK);
        assert_same_arrays(jobs[i].out, want, N, "threads");
        free(jobs[i].out);
    }
    kn_expr_free(e);
    free(a), free(b), free(c), free(want);
}

/* ---- every backend against scalar --------------------------------------- */

static void test_backends(void **state)
{
    (void)state;
    size_t n = N_RANDOM;
    double *a = kt_xmalloc(n * 8), *b = kt_xmalloc(n * 8), *c = kt_xmalloc(n * 8);
    double *out = kt_xmalloc(n * 8), *want = kt_xmalloc(n * 8);
    fill_inputs(a, b, c, n, 1234);
    kn_ctx *sctx = scalar_ctx();
    KT_FOR_EACH_BACKEND(it)
    {
        if (it.backend == KN_SCALAR) continue;
        kn_expr *probe = compile_ok("a", 3, ABC);
        const double *vars[] = {a, b, c};
        kn_status st = kn_expr_eval(it.ctx, probe, 1, vars, out);
        kn_expr_free(probe);
        if (st == KN_ERR_UNAVAILABLE) {
            /* No evaluator yet: it must say so, never fall back silently. */
            char want_msg[128];
            snprintf(want_msg, sizeof want_msg, "kn_expr_eval: backend '%s' does not implement expressions",
                     kn_backend_name(it.backend));
            assert_string_equal(kn_last_error(), want_msg);
            print_message("[ SKIPPED  ] backend %s does not implement expressions yet\n", kt_current_backend());
            continue;
        }
        kt_ok(st);
        for (size_t k = 0; k < N_EXACT; k++) {
            run_expr(sctx, exact_cases[k].src, n, a, b, c, want);
            run_expr(it.ctx, exact_cases[k].src, n, a, b, c, out);
            assert_same_arrays(out, want, n, exact_cases[k].src);
        }
        for (size_t k = 0; k < sizeof approx_cases / sizeof approx_cases[0]; k++) {
            run_expr(sctx, approx_cases[k].src, n, a, b, c, want);
            run_expr(it.ctx, approx_cases[k].src, n, a, b, c, out);
            assert_same_bits(out, want, n, approx_cases[k].src);
        }
    }
    kn_ctx_destroy(sctx);
    free(a), free(b), free(c), free(out), free(want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden),
        cmocka_unit_test(test_exact_table),
        cmocka_unit_test(test_opcode_table),
        cmocka_unit_test(test_transcendental_accuracy),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_unsupported_functions),
        cmocka_unit_test(test_name_errors),
        cmocka_unit_test(test_eval_errors),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_sizes_and_aliasing),
        cmocka_unit_test(test_disassemble),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_backends),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
