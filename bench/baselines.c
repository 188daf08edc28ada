/* Baselines shown as pseudo-backends beside the library's backends:
 *   c-copy       a plain single-thread C copy loop moving the same bytes
 *                (what a streaming kernel could at best cost: read n, write n)
 *   c-loop       the naive single-accumulator C loop a user would write
 *   openblas-1t  cblas_ddot(n, x, 1, x, 1) on one thread (numpy.dot)
 *   c-libm       the C library's function in a plain loop on one thread
 *                (what a C programmer writes for sin(a) over an array)
 * This file is compiled with -fno-tree-loop-distribute-patterns so that the
 * copy stays a loop instead of becoming a memcpy call. */
#include <string.h>

#include "bench.h"

static const char *const names[BL_COUNT] = {"c-copy", "c-loop", "openblas-1t", "c-libm"};

const char *bench_baseline_name(int bl) { return bl >= 0 && bl < BL_COUNT ? names[bl] : "?"; }

const char *bench_baseline_info(int bl)
{
    switch (bl) {
    case BL_CCOPY: return "c-copy: plain C single-thread copy loop of the same bytes";
    case BL_CLOOP: return "c-loop: naive single-accumulator C loop, one thread";
    case BL_OPENBLAS: return bench_blas_info();
    case BL_LIBM: return "c-libm: plain C single-thread loop over the C library's function (libm)";
    default: return "?";
    }
}

int bench_baseline_available(int bl)
{
    return bl == BL_OPENBLAS ? bench_blas_available() : bl >= 0 && bl < BL_COUNT;
}

int bench_baseline_from_name(const char *name)
{
    for (int b = 0; b < BL_COUNT; b++)
        if (strcmp(name, names[b]) == 0) return b;
    return -1;
}

void bench_c_copy(double *restrict out, const double *restrict x, size_t n)
{
    for (size_t i = 0; i < n; i++) out[i] = x[i];
}

void bench_c_libm1(double *restrict out, const double *restrict a, size_t n, double (*f)(double))
{
    for (size_t i = 0; i < n; i++) out[i] = f(a[i]);
}

void bench_c_libm2(double *restrict out, const double *restrict a, const double *restrict b, size_t n,
                   double (*f)(double, double))
{
    for (size_t i = 0; i < n; i++) out[i] = f(a[i], b[i]);
}

double bench_c_norm_f64(const double *x, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) s += x[i] * x[i];
    return s;
}

int64_t bench_c_norm_i64(const int64_t *x, size_t n)
{
    uint64_t s = 0; /* wraps silently, like numpy; the inputs here do not overflow */
    for (size_t i = 0; i < n; i++) s += (uint64_t)x[i] * (uint64_t)x[i];
    return (int64_t)s;
}
