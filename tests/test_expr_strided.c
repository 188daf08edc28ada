/* kn_expr_eval_strided: runtime parameters (stride 0), strided and
 * reversed inputs give exactly the bits of kn_expr_eval over the same
 * values copied into contiguous arrays, on every backend, at sizes around
 * the vector width, the block and the omp chunk; exact values; in-place
 * evaluation beside a parameter; every argument error with its message. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

#define NVARS 3
#define N_MAX 40000 /* three omp chunks of 16384, the last one short */
#define MAX_STRIDE 3

static const char *const NAMES[NVARS] = {"a", "b", "c"};

/* The GPU backends' piece size in bytes (0: their own), defined by the
 * library when a GPU backend is built in. Small pieces cut N_MAX elements
 * into dozens, so a stride-0 input is uploaded with the first piece only
 * and read by all. */
void kn_gpu_set_piece_bytes(size_t bytes) __attribute__((weak));
#define SMALL_PIECE_BYTES 16384

/* Around 1, the SIMD widths (2, 4, 8 doubles), the block (256) and the
 * omp chunk (16384). */
static const size_t SIZES[] = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 255, 256, 257, 16383, 16384, 16385, N_MAX};
#define N_SIZES (sizeof SIZES / sizeof SIZES[0])

/* Per variable: parameters, all parameters, gathers, reversed walks. */
static const ptrdiff_t STRIDE_SETS[][NVARS] = {
    {1, 1, 1}, {0, 0, 0}, {0, 1, 2}, {2, 0, -1}, {-1, -3, 0}, {3, 1, 0}, {1, -2, 1},
};
#define N_STRIDE_SETS (sizeof STRIDE_SETS / sizeof STRIDE_SETS[0])

/* Exact operations and a where, whose reference is the scalar backend's
 * kn_expr_eval (so that a bug shared by a backend's two entry points
 * shows), and transcendentals, whose bits may differ between backends but
 * not between two evaluations on one. */
static const struct {
    const char *src;
    int exact;
} EXPRS[] = {
    {"a * b + c", 1},
    {"where(a > b, a / c, b - c) % 1.5", 1},
    {"sin(a) * b + exp(c) - arctan2(a, b) + a**3", 0},
};
#define N_EXPRS (sizeof EXPRS / sizeof EXPRS[0])

static kn_expr *compile_ok(const char *src)
{
    kn_expr *e = NULL;
    kt_ok(kn_expr_compile(src, NVARS, NAMES, &e));
    return e;
}

/* Does the context evaluate expressions? A backend without an evaluator
 * must say so (test_expr checks the message); it is skipped here. */
static int has_expressions(kn_ctx *ctx)
{
    kn_expr *e = compile_ok("a");
    double a = 1.0, out = 0.0;
    const double *vars[NVARS] = {&a, &a, &a};
    kn_status st = kn_expr_eval(ctx, e, 1, vars, &out);
    kn_expr_free(e);
    if (st == KN_ERR_UNAVAILABLE) return 0;
    kt_ok(st);
    return 1;
}

/* Where variable v's element 0 lies in its storage (of N_MAX * MAX_STRIDE
 * doubles) for stride s over n elements: the last element for negative
 * strides, so that every element is inside the storage. */
static const double *base_of(const double *storage, ptrdiff_t s, size_t n)
{
    return s < 0 ? storage + (size_t)(-s) * (n - 1) : storage;
}

typedef struct {
    double *storage[NVARS]; /* N_MAX * MAX_STRIDE random doubles each */
    double *dense[NVARS];   /* the n elements a call reads, copied */
    double *got, *want;
} identity_bufs;

/* Every expression, stride set and size on ctx: kn_expr_eval_strided's bits
 * are kn_expr_eval's over the copied elements (on the scalar context sctx
 * for the exact expressions), and out[n] is untouched. */
static void check_identity(kn_ctx *ctx, kn_ctx *sctx, const identity_bufs *b)
{
    for (size_t x = 0; x < N_EXPRS; x++) {
        kn_expr *e = compile_ok(EXPRS[x].src);
        for (size_t si = 0; si < N_STRIDE_SETS; si++)
            for (size_t ni = 0; ni < N_SIZES; ni++) {
                const size_t n = SIZES[ni];
                const ptrdiff_t *strides = STRIDE_SETS[si];
                const double *vars[NVARS], *dense_vars[NVARS];
                for (int v = 0; v < NVARS; v++) {
                    vars[v] = base_of(b->storage[v], strides[v], n);
                    for (size_t k = 0; k < n; k++) b->dense[v][k] = vars[v][(ptrdiff_t)k * strides[v]];
                    dense_vars[v] = b->dense[v];
                }
                kt_ok(kn_expr_eval(EXPRS[x].exact ? sctx : ctx, e, n, dense_vars, b->want));
                memset(b->got, 0xA5, N_MAX * sizeof(double));
                kt_ok(kn_expr_eval_strided(ctx, e, n, vars, strides, b->got));
                if (memcmp(b->got, b->want, n * sizeof(double))) {
                    size_t k = 0;
                    while (!memcmp(b->got + k, b->want + k, sizeof(double))) k++;
                    print_error("%s [%s] strides {%td, %td, %td}, n = %zu: element %zu is %a, want %a\n", EXPRS[x].src,
                                kt_current_backend(), strides[0], strides[1], strides[2], n, k, b->got[k],
                                b->want[k]);
                    fail();
                }
                if (n < N_MAX) kt_assert_i64_eq(((const uint64_t *)b->got)[n], 0xA5A5A5A5A5A5A5A5u);
            }
        kn_expr_free(e);
    }
}

static void test_bit_identity(void **state)
{
    (void)state;
    identity_bufs b;
    for (int v = 0; v < NVARS; v++) {
        b.storage[v] = kt_xmalloc(N_MAX * MAX_STRIDE * sizeof(double));
        b.dense[v] = kt_xmalloc(N_MAX * sizeof(double));
        kt_fill_f64(b.storage[v], N_MAX * MAX_STRIDE, 100 + (uint64_t)v, -3.0, 3.0);
    }
    b.got = kt_xmalloc(N_MAX * sizeof(double));
    b.want = kt_xmalloc(N_MAX * sizeof(double));
    kn_ctx *sctx = NULL;
    kt_ok(kn_ctx_create(&sctx, KN_SCALAR));
    KT_FOR_EACH_BACKEND(it)
    {
        if (!has_expressions(it.ctx)) continue;
        check_identity(it.ctx, sctx, &b);
        if ((it.backend == KN_OPENCL || it.backend == KN_CUDA) && kn_gpu_set_piece_bytes) {
            kn_gpu_set_piece_bytes(SMALL_PIECE_BYTES);
            check_identity(it.ctx, sctx, &b);
            kn_gpu_set_piece_bytes(0);
        }
    }
    kn_ctx_destroy(sctx);
    for (int v = 0; v < NVARS; v++) free(b.storage[v]), free(b.dense[v]);
    free(b.got), free(b.want);
}

/* "a*x + b" with parameters a and b over a contiguous, a strided and a
 * reversed x: every element exact (k, 2.5*k and 2.5*k - 1 are exact). */
static void test_parameters_exact(void **state)
{
    (void)state;
    enum { N = 1000 };
    static const char *const names[] = {"a", "x", "b"};
    double *ramp = kt_xmalloc(3 * N * sizeof(double)), *out = kt_xmalloc(N * sizeof(double));
    for (size_t k = 0; k < 3 * N; k++) ramp[k] = (double)k;
    const double a = 2.5, b = -1.0;
    KT_FOR_EACH_BACKEND(it)
    {
        if (!has_expressions(it.ctx)) continue;
        kn_expr *e = NULL;
        kt_ok(kn_expr_compile("a*x + b", 3, names, &e));
        static const ptrdiff_t x_strides[] = {1, 3, -1};
        for (size_t s = 0; s < 3; s++) {
            ptrdiff_t xs = x_strides[s];
            const double *x = xs < 0 ? ramp + N - 1 : ramp;
            const double *vars[] = {&a, x, &b};
            const ptrdiff_t strides[] = {0, xs, 0};
            kt_ok(kn_expr_eval_strided(it.ctx, e, N, vars, strides, out));
            for (size_t k = 0; k < N; k++) {
                double xk = xs < 0 ? (double)(N - 1 - k) : (double)k * (double)xs;
                if (out[k] != 2.5 * xk - 1.0) {
                    print_error("[%s] x stride %td: out[%zu] = %.17g, want %.17g\n", kt_current_backend(), xs, k,
                                out[k], 2.5 * xk - 1.0);
                    fail();
                }
            }
        }
        /* all parameters: one value everywhere */
        const double *params[] = {&a, &a, &b};
        const ptrdiff_t zeros[] = {0, 0, 0};
        kt_ok(kn_expr_eval_strided(it.ctx, e, N, params, zeros, out));
        for (size_t k = 0; k < N; k++) assert_true(out[k] == 2.5 * 2.5 - 1.0);
        /* in place: out is x (stride 1) beside the parameters */
        double *x = kt_xmalloc(N * sizeof(double));
        for (size_t k = 0; k < N; k++) x[k] = (double)k;
        const double *in_place[] = {&a, x, &b};
        const ptrdiff_t ones_and_zeros[] = {0, 1, 0};
        kt_ok(kn_expr_eval_strided(it.ctx, e, N, in_place, ones_and_zeros, x));
        for (size_t k = 0; k < N; k++) assert_true(x[k] == 2.5 * (double)k - 1.0);
        free(x);
        /* n == 0 writes nothing */
        out[0] = 42.0;
        kt_ok(kn_expr_eval_strided(it.ctx, e, 0, params, zeros, out));
        assert_true(out[0] == 42.0);
        /* strides NULL is kn_expr_eval */
        const double *dense[] = {ramp, ramp + N, ramp + 2 * N};
        kt_ok(kn_expr_eval_strided(it.ctx, e, N, dense, NULL, out));
        for (size_t k = 0; k < N; k++) assert_true(out[k] == ramp[k] * ramp[N + k] + ramp[2 * N + k]);
        kn_expr_free(e);
    }
    free(ramp), free(out);
}

static void expect_message(kn_status got, kn_status want, const char *message)
{
    assert_int_equal(got, want);
    assert_string_equal(kn_last_error(), message);
}

static void test_errors(void **state)
{
    (void)state;
    kn_expr *e = compile_ok("a + b + c");
    double buf[16] = {0}, out[8];
    const double *vars[] = {buf, buf + 8, buf};
    const ptrdiff_t strides[] = {1, 0, 2};
    char msg[256];
    expect_message(kn_expr_eval_strided(NULL, NULL, 4, vars, strides, out), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: e is NULL");
    expect_message(kn_expr_eval_strided(NULL, e, 4, vars, strides, NULL), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: out is NULL");
    expect_message(kn_expr_eval_strided(NULL, e, 4, NULL, strides, out), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: vars is NULL");
    const double *with_null[] = {buf, NULL, buf};
    expect_message(kn_expr_eval_strided(NULL, e, 4, with_null, strides, out), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: vars[1] ('b') is NULL");
    /* strides misaligned */
    char raw[sizeof(ptrdiff_t) * 4];
    const ptrdiff_t *odd = (const ptrdiff_t *)(void *)(raw + 1);
    snprintf(msg, sizeof msg, "kn_expr_eval_strided: strides is not aligned to %zu bytes (address %p)",
             _Alignof(ptrdiff_t), (const void *)odd);
    expect_message(kn_expr_eval_strided(NULL, e, 4, vars, odd, out), KN_ERR_INVALID_ARG, msg);
    /* a stride-0 variable misaligned */
    const double *odd_var = (const double *)(void *)((char *)buf + 4);
    const double *misaligned[] = {buf, odd_var, buf};
    snprintf(msg, sizeof msg, "kn_expr_eval_strided: vars[1] ('b') is not aligned to %zu bytes (address %p)",
             _Alignof(double), (const void *)odd_var);
    expect_message(kn_expr_eval_strided(NULL, e, 4, misaligned, strides, out), KN_ERR_INVALID_ARG, msg);
    /* strides whose elements reach past PTRDIFF_MAX bytes */
    const ptrdiff_t too_far[] = {1, (ptrdiff_t)(PTRDIFF_MAX / sizeof(double)), 0};
    snprintf(msg, sizeof msg, "kn_expr_eval_strided: strides[1] ('b') = %td is too large for n = 3 elements",
             too_far[1]);
    expect_message(kn_expr_eval_strided(NULL, e, 3, vars, too_far, out), KN_ERR_INVALID_ARG, msg);
    const ptrdiff_t most_negative[] = {1, 0, PTRDIFF_MIN};
    snprintf(msg, sizeof msg, "kn_expr_eval_strided: strides[2] ('c') = %td is too large for n = 2 elements",
             PTRDIFF_MIN);
    expect_message(kn_expr_eval_strided(NULL, e, 2, vars, most_negative, out), KN_ERR_INVALID_ARG, msg);
    /* walks off either end of the address space (never dereferenced) */
    const double *low[] = {buf, buf, (const double *)(uintptr_t)8};
    const ptrdiff_t down[] = {1, 0, -2};
    expect_message(kn_expr_eval_strided(NULL, e, 2, low, down, out), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: vars[2] ('c') with stride -2: its 2 elements do not fit in the address "
                   "space");
    const double *high[] = {(const double *)(UINTPTR_MAX - 15), buf, buf};
    expect_message(kn_expr_eval_strided(NULL, e, 3, high, strides, out), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: vars[0] ('a') with stride 1: its 3 elements do not fit in the address "
                   "space");
    /* out overlapping a parameter, a gathered or a reversed variable */
    const double *param_in_out[] = {buf, out + 3, buf};
    expect_message(kn_expr_eval_strided(NULL, e, 4, param_in_out, strides, out), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: out overlaps vars[1] ('b'), which has stride 0");
    const double *interleaved[] = {buf + 8, buf + 8, buf};
    expect_message(kn_expr_eval_strided(NULL, e, 4, interleaved, strides, buf + 1), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: out overlaps vars[2] ('c'), which has stride 2");
    const double *reversed[] = {buf + 8, buf + 8, buf + 7};
    const ptrdiff_t back[] = {1, 0, -1};
    expect_message(kn_expr_eval_strided(NULL, e, 4, reversed, back, buf + 1), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: out overlaps vars[2] ('c'), which has stride -1");
    kt_ok(kn_expr_eval_strided(NULL, e, 4, reversed, back, buf));
    /* a contiguous variable partly overlapping out */
    const double *shifted[] = {out + 1, buf, buf};
    expect_message(kn_expr_eval_strided(NULL, e, 4, shifted, strides, out), KN_ERR_INVALID_ARG,
                   "kn_expr_eval_strided: out overlaps vars[0] ('a') without being the same array");
    /* n == 0 does nothing, with anything NULL */
    kt_ok(kn_expr_eval_strided(NULL, e, 0, NULL, NULL, NULL));
    kt_ok(kn_expr_eval_strided(NULL, e, 0, with_null, odd, NULL));
    kn_expr_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bit_identity),
        cmocka_unit_test(test_parameters_exact),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
