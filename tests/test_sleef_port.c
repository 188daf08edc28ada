/* src/core/kn_sleef.h, the GPU backends' transcendental functions, against
 * libsleef 3.5.1's Sleef_finz_<name>d1_u10purecfma, bit for bit (any NaN
 * matches any NaN):
 *   - its C compilation over 10^7 inputs per function;
 *   - its OpenCL C compilation (built from the same embedded text as the
 *     library's expression programs) over 10^6 inputs per function on
 *     every OpenCL device (PoCL here); skipped without one;
 *   - the OpenCL expression evaluator's transcendental opcodes.
 * Inputs: uniform over several ranges, near multiples of pi/2, huge
 * arguments up to 1e300, subnormals, random bit patterns and the special
 * values (+-0, +-inf, NaN, +-1, ...) and, for atan2 and pow, every pair of
 * special values and pow's integer and half-integer exponents.
 *
 * A mismatch prints the function, the input bits (and value), both
 * outputs' bits and values, e.g.
 *   C sin(0x3ff0000000000000 = 1): got 0x3feaed548f090ced (0.84147098480789639) != libsleef
 *   0x3feaed548f090cee (0.8414709848078965)
 * for the first few of each function, then the count of mismatches. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr_ops.h" /* libsleef's declarations of the d1 FMA forms */
#include "core/kn_sleef.h"
#include "test_util.h"

#ifdef KN_HAVE_OPENCL
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>

#include "kn_device_prelude_source.h"
#include "kn_opencl_sleef.h"
#endif

/* X(name, arity) for every function of kn_sleef.h. */
#define KT_SLEEF_FUNCTIONS(X)                                                                                          \
    X(sin, 1)                                                                                                          \
    X(cos, 1)                                                                                                          \
    X(tan, 1)                                                                                                          \
    X(asin, 1)                                                                                                         \
    X(acos, 1)                                                                                                         \
    X(atan, 1)                                                                                                         \
    X(atan2, 2)                                                                                                        \
    X(sinh, 1)                                                                                                         \
    X(cosh, 1)                                                                                                         \
    X(tanh, 1)                                                                                                         \
    X(asinh, 1)                                                                                                        \
    X(acosh, 1)                                                                                                        \
    X(atanh, 1)                                                                                                        \
    X(exp, 1)                                                                                                          \
    X(expm1, 1)                                                                                                        \
    X(log, 1)                                                                                                          \
    X(log10, 1)                                                                                                        \
    X(log1p, 1)                                                                                                        \
    X(log2, 1)                                                                                                         \
    X(exp2, 1)                                                                                                         \
    X(cbrt, 1)                                                                                                         \
    X(pow, 2)


typedef struct {
    const char *name;
    int arity;
    double (*port)(double, double);
    double (*sleef)(double, double);
} sleef_fn;

/* Both sides as two-argument functions, so that one loop serves all. */
#define KT_WRAP(name, arity) KT_WRAP##arity(name)
#define KT_WRAP1(name)                                                                                                 \
    static double port_##name(double x, double y)                                                                      \
    {                                                                                                                  \
        (void)y;                                                                                                       \
        return kn_sleef_##name(x);                                                                                     \
    }                                                                                                                  \
    static double sleef_##name(double x, double y)                                                                     \
    {                                                                                                                  \
        (void)y;                                                                                                       \
        return Sleef_finz_##name##d1_u10purecfma(x);                                                                   \
    }
#define KT_WRAP2(name)                                                                                                 \
    static double port_##name(double x, double y) { return kn_sleef_##name(x, y); }                                    \
    static double sleef_##name(double x, double y) { return Sleef_finz_##name##d1_u10purecfma(x, y); }
KT_SLEEF_FUNCTIONS(KT_WRAP)

#define KT_ENTRY(name, arity) {#name, arity, port_##name, sleef_##name},
static const sleef_fn functions[] = {KT_SLEEF_FUNCTIONS(KT_ENTRY)};
#define NFUNCTIONS (sizeof functions / sizeof functions[0])

enum { C_INPUTS = 10000000, CL_INPUTS = 1000000, EXPR_INPUTS = 100000, SHOWN_MISMATCHES = 5 };

/* ---- inputs ------------------------------------------------------------- */

static const double specials[] = {
    0.0, -0.0, INFINITY, -INFINITY, NAN, -NAN, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0,
    0x1p-1022, -0x1p-1022, 0x1p-1074, -0x1p-1074, 0x1.fffffffffffffp+1023, -0x1.fffffffffffffp+1023,
    0x1.921fb54442d18p+0, -0x1.921fb54442d18p+0, 0x1.921fb54442d18p+1, 0x1.921fb54442d18p+2, 15.0, -15.0,
    1e14, -1e14, 1e300, -1e300, 709.78271289338397, 709.8, -745.2, -1000.5, 1024.0, -1075.0, 18.7149738751,
    0x1.0000000000001p+0, 0x1.fffffffffffffp-1, 1e-300, 1.5, -1.5, 0.25, 1e-20, -1e-20, 36.75, -36.75,
};
#define NSPECIALS (sizeof specials / sizeof specials[0])

static double bits_to_double(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t double_to_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* One input from class k: the ranges every function is exercised over. */
static double input_of_class(uint64_t *st, unsigned k)
{
    double u = kt_uniform(st), sign = (kt_splitmix64(st) & 1) ? -1.0 : 1.0;
    switch (k % 12) {
    case 0: return (2 * u - 1) * 1.0;
    case 1: return (2 * u - 1) * 10.0;
    case 2: return (2 * u - 1) * 1000.0;
    case 3: return (2 * u - 1) * 1e9;                      /* Cody-Waite, four parts */
    case 4: return sign * ldexp(1 + u, (int)kt_rand_i64(st, 47, 997)); /* Payne-Hanek, up to ~1e300 */
    case 5: return bits_to_double(kt_splitmix64(st));      /* every exponent, NaNs, infinities */
    case 6: return sign * ldexp(u, -1022);                 /* subnormals */
    case 7: {                                               /* near multiples of pi/2 */
        double q = (double)kt_rand_i64(st, -2000000, 2000000);
        return q * 0x1.921fb54442d18p+0 + (u - 0.5) * ldexp(1.0, -(int)kt_rand_i64(st, 20, 52)) * fabs(q + 1);
    }
    case 8: return (2 * u - 1) * 800.0;                    /* exp's range */
    case 9: return sign * ldexp(1 + u, (int)kt_rand_i64(st, -1074, 1023));
    case 10: return (2 * u - 1) * 40.0;                    /* hyperbolic */
    default: return u * 1.0e6;
    }
}

/* Input i of n for a function: every special value (every special pair for
 * two arguments) first, then the classes in turn; pow also gets integer and
 * half-integer exponents of negative bases. */
static void make_inputs(const sleef_fn *f, size_t n, uint64_t seed, double *x, double *y)
{
    uint64_t st = seed;
    size_t i = 0;
    if (f->arity == 1) {
        for (size_t a = 0; a < NSPECIALS && i < n; a++, i++) x[i] = specials[a], y[i] = 0.0;
    } else {
        for (size_t a = 0; a < NSPECIALS; a++)
            for (size_t b = 0; b < NSPECIALS && i < n; b++, i++) x[i] = specials[a], y[i] = specials[b];
    }
    for (; i < n; i++) {
        x[i] = input_of_class(&st, (unsigned)i);
        y[i] = f->arity == 2 ? input_of_class(&st, (unsigned)(i / 12 + kt_splitmix64(&st) % 12)) : 0.0;
        if (f->arity == 2 && !strcmp(f->name, "pow") && i % 4 == 0) {
            x[i] = -fabs(x[i]);
            y[i] = (double)kt_rand_i64(&st, -1100, 1100) * ((i % 8 == 0) ? 0.5 : 1.0);
        }
    }
}

static int same_bits(double a, double b) { return (a != a && b != b) || double_to_bits(a) == double_to_bits(b); }

/* Counts mismatches of got[] against libsleef, printing them while *shown
 * is below SHOWN_MISMATCHES. */
static size_t count_mismatches(const char *where, const sleef_fn *f, size_t n, const double *x, const double *y,
                               const double *got, size_t *shown)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        double want = f->sleef(x[i], y[i]);
        if (same_bits(got[i], want)) continue;
        bad++;
        if ((*shown)++ >= SHOWN_MISMATCHES) continue;
        char args[120];
        if (f->arity == 1)
            snprintf(args, sizeof args, "0x%016llx = %.17g", (unsigned long long)double_to_bits(x[i]), x[i]);
        else
            snprintf(args, sizeof args, "0x%016llx = %.17g, 0x%016llx = %.17g", (unsigned long long)double_to_bits(x[i]),
                     x[i], (unsigned long long)double_to_bits(y[i]), y[i]);
        print_message("%s %s(%s): got 0x%016llx (%.17g) != libsleef 0x%016llx (%.17g)\n", where, f->name, args,
                      (unsigned long long)double_to_bits(got[i]), got[i], (unsigned long long)double_to_bits(want), want);
    }
    return bad;
}

/* The count line of a function with mismatches. */
static void report_mismatches(const char *where, const sleef_fn *f, size_t bad, size_t n)
{
    if (bad) print_message("%s %s: %zu of %zu inputs differ from libsleef\n", where, f->name, bad, n);
}

/* ---- C ------------------------------------------------------------------ */

static void test_c_matches_libsleef(void **state)
{
    (void)state;
    enum { CHUNK = 1 << 20 };
    double *x = malloc(CHUNK * sizeof *x), *y = malloc(CHUNK * sizeof *y), *got = malloc(CHUNK * sizeof *got);
    assert_non_null(x);
    assert_non_null(y);
    assert_non_null(got);
    size_t total_bad = 0;
    for (size_t k = 0; k < NFUNCTIONS; k++) {
        const sleef_fn *f = &functions[k];
        size_t bad = 0, shown = 0;
        for (size_t done = 0; done < C_INPUTS; done += CHUNK) {
            size_t n = C_INPUTS - done < CHUNK ? C_INPUTS - done : CHUNK;
            make_inputs(f, n, 0x5eed0000u + k * 1000 + done / CHUNK, x, y);
            for (size_t i = 0; i < n; i++) got[i] = f->port(x[i], y[i]);
            bad += count_mismatches("C", f, n, x, y, got, &shown);
        }
        report_mismatches("C", f, bad, C_INPUTS);
        total_bad += bad;
    }
    free(x);
    free(y);
    free(got);
    assert_int_equal(total_bad, 0);
}

/* ---- OpenCL ------------------------------------------------------------- */

#ifdef KN_HAVE_OPENCL
#define KT_CASE(name, arity) KT_CASE##arity(name)
#define KT_CASE1(name) "    case %d: r = kn_sleef_" #name "(x[i]); break;\n"
#define KT_CASE2(name) "    case %d: r = kn_sleef_" #name "(x[i], y[i]); break;\n"
static const char kernel_text[] = "__kernel void run(int fn, __global const double *x, __global const double *y,\n"
                                  "                  __global double *out)\n"
                                  "{\n    size_t i = get_global_id(0);\n    double r = 0.0;\n    switch (fn) {\n"
                                  KT_SLEEF_FUNCTIONS(KT_CASE) "    }\n    out[i] = r;\n}\n";

/* The kernel text with the case labels numbered 0, 1, ... */
static char *numbered_kernel(void)
{
    size_t cap = sizeof kernel_text + NFUNCTIONS * 8;
    char *s = malloc(cap), *o = s;
    const char *p = kernel_text;
    int label = 0;
    for (; *p; p++) {
        if (p[0] == '%' && p[1] == 'd') {
            o += snprintf(o, cap - (size_t)(o - s), "%d", label++);
            p++;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return s;
}

static void run_on_device(cl_platform_id platform, cl_device_id dev, size_t *total_bad)
{
    char devname[256] = "?";
    clGetDeviceInfo(dev, CL_DEVICE_NAME, sizeof devname, devname, NULL);
    cl_int err;
    cl_context cx = clCreateContext((cl_context_properties[]){CL_CONTEXT_PLATFORM, (cl_context_properties)platform, 0},
                                    1, &dev, NULL, NULL, &err);
    assert_int_equal(err, CL_SUCCESS);
    cl_command_queue q = clCreateCommandQueue(cx, dev, 0, &err);
    assert_int_equal(err, CL_SUCCESS);
    char *kernel = numbered_kernel();
    const char *src[] = {kn_device_prelude_source, kn_opencl_sleef, kernel};
    cl_program prog = clCreateProgramWithSource(cx, 3, src, NULL, &err);
    assert_int_equal(err, CL_SUCCESS);
    err = clBuildProgram(prog, 1, &dev, "-cl-std=CL1.2", NULL, NULL);
    if (err != CL_SUCCESS) {
        char log[8192] = "";
        clGetProgramBuildInfo(prog, dev, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL);
        print_message("build log on %s:\n%s\n", devname, log);
    }
    assert_int_equal(err, CL_SUCCESS);
    cl_kernel k = clCreateKernel(prog, "run", &err);
    assert_int_equal(err, CL_SUCCESS);

    size_t n = CL_INPUTS, bytes = n * sizeof(double);
    double *x = malloc(bytes), *y = malloc(bytes), *got = malloc(bytes);
    assert_non_null(x);
    assert_non_null(y);
    assert_non_null(got);
    cl_mem bx = clCreateBuffer(cx, CL_MEM_READ_ONLY, bytes, NULL, &err);
    cl_mem by = clCreateBuffer(cx, CL_MEM_READ_ONLY, bytes, NULL, &err);
    cl_mem bo = clCreateBuffer(cx, CL_MEM_WRITE_ONLY, bytes, NULL, &err);
    assert_int_equal(err, CL_SUCCESS);
    for (cl_int fn = 0; fn < (cl_int)NFUNCTIONS; fn++) {
        const sleef_fn *f = &functions[fn];
        make_inputs(f, n, 0xc10000u + (uint64_t)fn, x, y);
        assert_int_equal(clEnqueueWriteBuffer(q, bx, CL_TRUE, 0, bytes, x, 0, NULL, NULL), CL_SUCCESS);
        assert_int_equal(clEnqueueWriteBuffer(q, by, CL_TRUE, 0, bytes, y, 0, NULL, NULL), CL_SUCCESS);
        clSetKernelArg(k, 0, sizeof fn, &fn);
        clSetKernelArg(k, 1, sizeof bx, &bx);
        clSetKernelArg(k, 2, sizeof by, &by);
        clSetKernelArg(k, 3, sizeof bo, &bo);
        assert_int_equal(clEnqueueNDRangeKernel(q, k, 1, NULL, &n, NULL, 0, NULL, NULL), CL_SUCCESS);
        assert_int_equal(clEnqueueReadBuffer(q, bo, CL_TRUE, 0, bytes, got, 0, NULL, NULL), CL_SUCCESS);
        char where[300];
        size_t shown = 0;
        snprintf(where, sizeof where, "OpenCL (%s)", devname);
        size_t bad = count_mismatches(where, f, n, x, y, got, &shown);
        report_mismatches(where, f, bad, n);
        *total_bad += bad;
    }
    clReleaseMemObject(bx);
    clReleaseMemObject(by);
    clReleaseMemObject(bo);
    clReleaseKernel(k);
    clReleaseProgram(prog);
    clReleaseCommandQueue(q);
    clReleaseContext(cx);
    free(kernel);
    free(x);
    free(y);
    free(got);
}

static void test_opencl_matches_libsleef(void **state)
{
    (void)state;
    cl_platform_id platforms[8];
    cl_uint np = 0;
    if (clGetPlatformIDs(8, platforms, &np) != CL_SUCCESS || np == 0) skip();
    size_t devices = 0, total_bad = 0;
    for (cl_uint p = 0; p < np && p < 8; p++) {
        cl_device_id devs[8];
        cl_uint nd = 0;
        if (clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, 8, devs, &nd) != CL_SUCCESS) continue;
        for (cl_uint d = 0; d < nd && d < 8; d++) {
            char ext[4096] = "";
            clGetDeviceInfo(devs[d], CL_DEVICE_EXTENSIONS, sizeof ext, ext, NULL);
            if (!strstr(ext, "cl_khr_fp64")) continue;
            run_on_device(platforms[p], devs[d], &total_bad);
            devices++;
        }
    }
    if (devices == 0) skip();
    assert_int_equal(total_bad, 0);
}
#endif

/* ---- the expression evaluator's opcodes --------------------------------- */

/* Each transcendental opcode evaluated by the OpenCL backend gives
 * libsleef's bits. */
static void test_opencl_expressions_match_libsleef(void **state)
{
    (void)state;
    if (!kn_backend_available(KN_OPENCL)) skip();
    static const struct {
        const char *expr, *fn;
    } cases[] = {
        {"sin(a)", "sin"},     {"cos(a)", "cos"},         {"tan(a)", "tan"},       {"arcsin(a)", "asin"},
        {"arccos(a)", "acos"}, {"arctan(a)", "atan"},     {"arctan2(a, b)", "atan2"}, {"sinh(a)", "sinh"},
        {"cosh(a)", "cosh"},   {"tanh(a)", "tanh"},       {"exp(a)", "exp"},       {"expm1(a)", "expm1"},
        {"log(a)", "log"},     {"log1p(a)", "log1p"},     {"log10(a)", "log10"},   {"a ** b", "pow"},
    };
    kn_ctx *ctx = NULL;
    kt_ok(kn_ctx_create(&ctx, KN_OPENCL));
    size_t n = EXPR_INPUTS, total_bad = 0;
    double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y), *got = malloc(n * sizeof *got);
    assert_non_null(x);
    assert_non_null(y);
    assert_non_null(got);
    static const char *const names[] = {"a", "b"};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const sleef_fn *f = NULL;
        for (size_t k = 0; k < NFUNCTIONS; k++)
            if (!strcmp(functions[k].name, cases[c].fn)) f = &functions[k];
        assert_non_null(f);
        make_inputs(f, n, 0xe0000u + c, x, y);
        kn_expr *e = NULL;
        kt_ok(kn_expr_compile(cases[c].expr, 2, names, &e));
        const double *vars[] = {x, y};
        kt_ok(kn_expr_eval(ctx, e, n, vars, got));
        kn_expr_free(e);
        size_t shown = 0, bad = count_mismatches(cases[c].expr, f, n, x, y, got, &shown);
        report_mismatches(cases[c].expr, f, bad, n);
        total_bad += bad;
    }
    free(x);
    free(y);
    free(got);
    kn_ctx_destroy(ctx);
    assert_int_equal(total_bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_c_matches_libsleef),
#ifdef KN_HAVE_OPENCL
        cmocka_unit_test(test_opencl_matches_libsleef),
#endif
        cmocka_unit_test(test_opencl_expressions_match_libsleef),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
