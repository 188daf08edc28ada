/* The transcendental opcodes are SLEEF's finz u10 functions, bit for bit,
 * on every CPU backend: scalar, simd on every Highway target this CPU runs
 * (KERNELS_SIMD_TARGET), omp with 1, 2 and 3 threads, against
 * Sleef_finz_<name>d1_u10purecfma called directly (NaN results as the one
 * canonical NaN). The inputs, 2^22 per function (within a minute on two
 * cores; KERNELS_TEST_TRANSC_N=10000000 runs 1e7), are uniform over several ranges,
 * near multiples of pi/2, spread over the whole exponent range (huge and
 * subnormal), and the special values +-0, +-inf, NaNs, and every offset and
 * length from 0 to 2 AVX-512 vectors + 1. The GPU backends (OpenCL, and
 * CUDA where built and a device is present) give the same bits, on the
 * first 2^18 inputs of each function (KERNELS_TEST_TRANSC_DEVICE_N), the
 * offsets and lengths and the NaNs. Also: without FMA the transcendentals
 * report unavailable on every CPU backend. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

#include "core/expr.h"

/* libsleef's own declarations of the d1 forms need FP_FAST_FMA (sleef.h). */
#define DECL1(name) double Sleef_finz_##name##d1_u10purecfma(double);
#define DECL2(name) double Sleef_finz_##name##d1_u10purecfma(double, double);
DECL1(sin) DECL1(cos) DECL1(tan) DECL1(asin) DECL1(acos) DECL1(atan) DECL1(sinh) DECL1(cosh) DECL1(tanh)
DECL1(asinh) DECL1(acosh) DECL1(atanh) DECL1(exp) DECL1(expm1) DECL1(exp2) DECL1(log) DECL1(log1p)
DECL1(log10) DECL1(log2) DECL1(cbrt) DECL2(atan2) DECL2(pow)

typedef struct {
    const char *src;
    double (*f1)(double);
    double (*f2)(double, double);
} func;

#define F1(src, name) {src, Sleef_finz_##name##d1_u10purecfma, NULL}
#define F2(src, name) {src, NULL, Sleef_finz_##name##d1_u10purecfma}
static const func funcs[] = {
    F1("sin(a)", sin),         F1("cos(a)", cos),         F1("tan(a)", tan),     F1("arcsin(a)", asin),
    F1("arccos(a)", acos),     F1("arctan(a)", atan),     F2("arctan2(a, b)", atan2), F1("sinh(a)", sinh),
    F1("cosh(a)", cosh),       F1("tanh(a)", tanh),       F1("arcsinh(a)", asinh), F1("arccosh(a)", acosh),
    F1("arctanh(a)", atanh),   F1("exp(a)", exp),         F1("expm1(a)", expm1), F1("exp2(a)", exp2),
    F1("log(a)", log),         F1("log1p(a)", log1p),     F1("log10(a)", log10), F1("log2(a)", log2),
    F1("cbrt(a)", cbrt),       F2("a ** b", pow),
};
#define NFUNCS (sizeof funcs / sizeof funcs[0])

static const uint64_t CANON_NAN = 0x7ff8000000000000u;

static double reference(const func *f, double a, double b)
{
    double r = f->f1 ? f->f1(a) : f->f2(a, b);
    if (r != r) memcpy(&r, &CANON_NAN, sizeof r);
    return r;
}

/* ---- inputs -------------------------------------------------------------- */

static double bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static const double specials[] = {
    0.0, -0.0, INFINITY, -INFINITY, NAN, -NAN, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, -1e-300,
    4.9406564584124654e-324, -4.9406564584124654e-324, 2.2250738585072009e-308, 2.2250738585072014e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 709.782712893384, 709.8, -745.1, -708.4, 1e22, 1e300,
    3.141592653589793, 1.5707963267948966, 6.283185307179586, 0.9999999999999999, 1.0000000000000002,
};
#define NSPECIALS (sizeof specials / sizeof specials[0])

/* Input element i of a stream: which kind cycles with i, so every block,
 * vector and chunk holds every kind. */
static double input(uint64_t *s, size_t i)
{
    uint64_t u = kt_splitmix64(s);
    double x = kt_uniform(s);
    switch (i % 9) {
    case 0: return 2 * x - 1;                                        /* [-1, 1)          */
    case 1: return 20 * x - 10;                                      /* [-10, 10)        */
    case 2: return 1500 * x - 750;                                   /* exp's whole range */
    case 3: return 2e6 * x - 1e6;                                    /* large arguments  */
    case 4: {                                                        /* near k * pi/2    */
        double k = (double)(int64_t)(u % 2000001u) - 1000000.0, v = k * 1.5707963267948966;
        int64_t ulps = (int64_t)((u >> 32) % 9u) - 4;
        uint64_t vb;
        memcpy(&vb, &v, sizeof vb);
        return v == 0.0 ? bits((uint64_t)(ulps < 0 ? -ulps : ulps)) : bits(vb + (uint64_t)ulps);
    }
    case 5: return bits(u);                                          /* any bit pattern: huge, NaNs */
    case 6: return bits(u & 0x800fffffffffffffu);                    /* subnormals, +-0  */
    case 7: return specials[u % NSPECIALS];
    default: return bits((u & 0x800fffffffffffffu) | ((uint64_t)(1023 + (int)((u >> 52) % 80u) - 40) << 52)); /* 2^-40..2^40 */
    }
}

static void fill(double *a, double *b, size_t n, uint64_t seed)
{
    uint64_t sa = seed, sb = seed ^ 0x9e3779b97f4a7c15u;
    for (size_t i = 0; i < n; i++) {
        a[i] = input(&sa, i);
        b[i] = input(&sb, i / 9 + i * 7); /* a different kind beside each a */
    }
}

/* ---- the contexts -------------------------------------------------------- */

static const char *const targets[] = {"avx3_dl", "avx3", "avx2", "sse4", "ssse3", "emu128", "scalar",
                                      "neon", "sve", "sve2", "ppc8", "wasm"};
#define MAXCTX 24
static kn_ctx *ctxs[MAXCTX];
static char names[MAXCTX][48];
static int elementwise[MAXCTX]; /* runs kn_op_* element by element */
static int on_device[MAXCTX];   /* a GPU backend: its own port of SLEEF */
static size_t nctx;

static void add_ctx(kn_backend b, const char *name, int by_element)
{
    kn_ctx *c = NULL;
    kn_status st = kn_ctx_create(&c, b);
    if (st == KN_ERR_UNAVAILABLE) return;
    if (st) {
        print_error("%s: %s: %s\n", name, kn_status_str(st), kn_last_error());
        fail();
    }
    ctxs[nctx] = c;
    snprintf(names[nctx], sizeof names[nctx], "%s", name);
    elementwise[nctx] = by_element;
    on_device[nctx] = b == KN_OPENCL || b == KN_CUDA;
    nctx++;
}

static int setup(void **state)
{
    (void)state;
    add_ctx(KN_SCALAR, "scalar", 1);
    for (size_t t = 0; t < sizeof targets / sizeof targets[0]; t++) {
        char name[48];
        snprintf(name, sizeof name, "simd %s", targets[t]);
        setenv("KERNELS_SIMD_TARGET", targets[t], 1);
        add_ctx(KN_SIMD, name, strncmp(targets[t], "avx", 3) != 0);
    }
    unsetenv("KERNELS_SIMD_TARGET");
    for (int th = 1; th <= 3; th++) {
        char name[48], v[8];
        snprintf(name, sizeof name, "omp %d threads", th);
        snprintf(v, sizeof v, "%d", th);
        setenv("KERNELS_NUM_THREADS", v, 1);
        add_ctx(KN_OMP, name, 0);
    }
    unsetenv("KERNELS_NUM_THREADS");
    add_ctx(KN_OPENCL, "opencl", 0);
    add_ctx(KN_CUDA, "cuda", 0);
    for (size_t k = 0; k < nctx; k++) print_message("context: %s\n", names[k]);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (size_t k = 0; k < nctx; k++) kn_ctx_destroy(ctxs[k]);
    return 0;
}

static const char *const AB[] = {"a", "b"};

static void assert_bits(const double *got, const double *want, size_t n, const char *what, const char *ctx,
                        const double *a, const double *b)
{
    if (n == 0 || memcmp(got, want, n * sizeof *got) == 0) return;
    for (size_t i = 0; i < n; i++)
        if (memcmp(&got[i], &want[i], sizeof got[i]) != 0) {
            print_error("%s [%s]: element %zu (a = %a, b = %a): got %a, want SLEEF's %a\n", what, ctx, i, a[i],
                        b[i], got[i], want[i]);
            fail();
        }
}

static size_t env_size(const char *name, size_t fallback)
{
    const char *v = getenv(name);
    return v && *v ? (size_t)strtoull(v, NULL, 10) : fallback;
}

/* Every function over the whole sample, in pieces, on every context; the
 * contexts that call the d1 function element by element (the scalar
 * backend, the simd targets without a SLEEF vector form) run the same code
 * as the reference, so they take every 4th piece, which keeps the test
 * within a minute on two cores; the GPU backends (PoCL runs OpenCL on this
 * CPU, a few times slower than libsleef) take the start of the sample. */
static void test_bits_large(void **state)
{
    (void)state;
    enum { PIECE = 1u << 20 };
    size_t total = env_size("KERNELS_TEST_TRANSC_N", (size_t)1 << 22);
    size_t device_total = env_size("KERNELS_TEST_TRANSC_DEVICE_N", (size_t)1 << 18);
    double *a = kt_xmalloc(PIECE * 8), *b = kt_xmalloc(PIECE * 8), *want = kt_xmalloc(PIECE * 8),
           *out = kt_xmalloc(PIECE * 8);
    for (size_t f = 0; f < NFUNCS; f++) {
        kn_expr *e = NULL;
        kt_ok(kn_expr_compile(funcs[f].src, 2, AB, &e));
        const double *vars[] = {a, b};
        for (size_t done = 0; done < total; done += PIECE) {
            size_t n = total - done < PIECE ? total - done : PIECE;
            fill(a, b, n, 1000003u * f + done);
            for (size_t i = 0; i < n; i++) want[i] = reference(&funcs[f], a[i], b[i]);
            for (size_t k = 0; k < nctx; k++) {
                if (elementwise[k] && done / PIECE % 4 != 0) continue;
                size_t m = n;
                if (on_device[k]) m = done >= device_total ? 0 : device_total - done < n ? device_total - done : n;
                if (m == 0) continue;
                kt_ok(kn_expr_eval(ctxs[k], e, m, vars, out));
                assert_bits(out, want, m, funcs[f].src, names[k], a, b);
            }
        }
        kn_expr_free(e);
    }
    print_message("%zu functions x %zu inputs (a quarter on the element-wise contexts, %zu on the GPU ones) on %zu "
                  "contexts: SLEEF's bits\n",
                  NFUNCS, total, device_total < total ? device_total : total, nctx);
    free(a), free(b), free(want), free(out);
}

/* Every offset and length from 0 to 2 vectors of 8 doubles + 1: the
 * vector body, the tail and the unaligned starts give the same bits. */
static void test_bits_offsets(void **state)
{
    (void)state;
    enum { MAXW = 17, N = 2 * MAXW + 64 };
    double a[N], b[N], want[N], out[N];
    fill(a, b, N, 77);
    for (size_t f = 0; f < NFUNCS; f++) {
        kn_expr *e = NULL;
        kt_ok(kn_expr_compile(funcs[f].src, 2, AB, &e));
        for (size_t i = 0; i < N; i++) want[i] = reference(&funcs[f], a[i], b[i]);
        for (size_t off = 0; off <= MAXW; off++)
            for (size_t len = 0; len <= MAXW; len++) {
                const double *vars[] = {a + off, b + off};
                for (size_t k = 0; k < nctx; k++) {
                    kt_ok(kn_expr_eval(ctxs[k], e, len, vars, out));
                    assert_bits(out, want + off, len, funcs[f].src, names[k], a + off, b + off);
                }
            }
        kn_expr_free(e);
    }
}

/* NaN results are the one quiet NaN, whatever NaN came in. */
static void test_canonical_nan(void **state)
{
    (void)state;
    double a[16], b[16], out[16];
    for (int i = 0; i < 16; i++) {
        a[i] = bits(i % 2 ? 0xfff8000000000123u : 0x7ff4000000000001u); /* signed, signalling, payloads */
        b[i] = i % 3 ? 1.5 : a[i];
    }
    for (size_t f = 0; f < NFUNCS; f++) {
        kn_expr *e = NULL;
        kt_ok(kn_expr_compile(funcs[f].src, 2, AB, &e));
        const double *vars[] = {a, b};
        for (size_t k = 0; k < nctx; k++) {
            kt_ok(kn_expr_eval(ctxs[k], e, 16, vars, out));
            for (int i = 0; i < 16; i++) {
                uint64_t u;
                memcpy(&u, &out[i], sizeof u);
                if (u != CANON_NAN) {
                    print_error("%s [%s]: element %d: got %016llx, want the canonical NaN\n", funcs[f].src, names[k],
                                i, (unsigned long long)u);
                    fail();
                }
            }
        }
        kn_expr_free(e);
    }
}

/* A CPU without FMA: every CPU backend refuses a transcendental with
 * KN_ERR_UNAVAILABLE (never other bits), exact expressions still run, and
 * the compiler leaves a constant transcendental for the evaluation to
 * refuse. The GPU backends run their own fma(), whatever the host CPU. */
static void test_without_fma(void **state)
{
    (void)state;
    double a[4] = {0.5, 1, 2, 3}, b[4] = {1, 1, 1, 1}, out[4];
    const double *vars[] = {a, b};
    kn_expr *sin_e = NULL, *pow_e = NULL, *exact_e = NULL, *folded = NULL;
    kn_expr_finz_hide_fma(1);
    kt_ok(kn_expr_compile("a + sin(b)", 2, AB, &sin_e));
    kt_ok(kn_expr_compile("a ** b", 2, AB, &pow_e));
    kt_ok(kn_expr_compile("a * 2 + b", 2, AB, &exact_e));
    kt_ok(kn_expr_compile("a + exp(1.0)", 2, AB, &folded));
    for (size_t k = 0; k < nctx; k++) {
        if (on_device[k]) continue;
        out[0] = 42;
        kt_expect_error(kn_expr_eval(ctxs[k], sin_e, 4, vars, out), KN_ERR_UNAVAILABLE, NULL);
        assert_string_equal(kn_last_error(),
                            "kn_expr_eval: 'sin' needs a CPU with FMA instructions, which this one lacks (the "
                            "transcendental functions are SLEEF's FMA algorithms, and no other code gives their bits)");
        assert_true(out[0] == 42); /* nothing written */
        kt_expect_error(kn_expr_eval(ctxs[k], pow_e, 4, vars, out), KN_ERR_UNAVAILABLE,
                        "kn_expr_eval: 'pow' needs a CPU with FMA instructions");
        kt_expect_error(kn_expr_eval(ctxs[k], folded, 4, vars, out), KN_ERR_UNAVAILABLE,
                        "kn_expr_eval: 'exp' needs a CPU with FMA instructions");
        kt_ok(kn_expr_eval(ctxs[k], exact_e, 4, vars, out));
        assert_true(out[3] == 7);
    }
    kn_expr_finz_hide_fma(0);
    for (size_t k = 0; k < nctx; k++) {
        kt_ok(kn_expr_eval(ctxs[k], sin_e, 4, vars, out));
        assert_true(memcmp(&out[1], &(double){1 + Sleef_finz_sind1_u10purecfma(1)}, 8) == 0);
        kt_ok(kn_expr_eval(ctxs[k], folded, 4, vars, out));
    }
    kn_expr_free(sin_e), kn_expr_free(pow_e), kn_expr_free(exact_e), kn_expr_free(folded);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_without_fma),
        cmocka_unit_test(test_canonical_nan),
        cmocka_unit_test(test_bits_offsets),
        cmocka_unit_test(test_bits_large),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
