/* The reductions (norm-square, sum, dot) and the scans (suffix and prefix
 * sums): checks, then the CPU driver or the device kernel. */
#include <stdint.h>

#include "dispatch.h"
#include "drv.h"
#include "error.h"

/* n elements of `size` bytes must fit in the address space. */
static kn_status check_n(const char *fn, size_t n, size_t size)
{
    if (n <= SIZE_MAX / size) return KN_OK;
    return kn_fail(KN_ERR_INVALID_ARG, "%s: n (%zu) is larger than any array of %zu-byte elements", fn, n, size);
}

/* kn_norm_square_f64, kn_sum_f64, kn_dot_f64 (y: KN_RED_DOT only). */
static kn_status reduce_f64(const char *fn, kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n,
                            double *out)
{
    int dot = op == KN_RED_DOT;
    if (!out) return kn_null_arg(fn, "out");
    if (n > 0 && !x) return kn_null_arg(fn, "x");
    if (n > 0 && dot && !y) return kn_null_arg(fn, "y");
    if (kn_check_aligned(fn, "out", out, _Alignof(double))) return KN_ERR_INVALID_ARG;
    if (n > 0 && kn_check_aligned(fn, "x", x, _Alignof(double))) return KN_ERR_INVALID_ARG;
    if (n > 0 && dot && kn_check_aligned(fn, "y", y, _Alignof(double))) return KN_ERR_INVALID_ARG;
    if (check_n(fn, n, sizeof *x)) return KN_ERR_INVALID_ARG;
    kn_status st = kn_ctx_resolve(ctx, &ctx);
    if (st) return st;
    if (n == 0) {
        *out = 0.0;
        return KN_OK;
    }
    return kn_run_reduce_f64(ctx, op, x, y, n, out);
}

kn_status kn_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    return reduce_f64("kn_norm_square_f64", ctx, KN_RED_SQUARE, x, NULL, n, out);
}

kn_status kn_sum_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    return reduce_f64("kn_sum_f64", ctx, KN_RED_SUM, x, NULL, n, out);
}

kn_status kn_dot_f64(kn_ctx *ctx, const double *x, const double *y, size_t n, double *out)
{
    return reduce_f64("kn_dot_f64", ctx, KN_RED_DOT, x, y, n, out);
}

kn_status kn_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    if (!out) return kn_null_arg("kn_norm_square_i64", "out");
    if (n > 0 && !x) return kn_null_arg("kn_norm_square_i64", "x");
    if (kn_check_aligned("kn_norm_square_i64", "out", out, _Alignof(int64_t))) return KN_ERR_INVALID_ARG;
    if (n > 0 && kn_check_aligned("kn_norm_square_i64", "x", x, _Alignof(int64_t))) return KN_ERR_INVALID_ARG;
    if (check_n("kn_norm_square_i64", n, sizeof *x)) return KN_ERR_INVALID_ARG;
    kn_status st = kn_ctx_resolve(ctx, &ctx);
    if (st) return st;
    if (n == 0) {
        *out = 0;
        return KN_OK;
    }
    st = ctx->ops->device ? ctx->ops->device->norm_square_i64(ctx, x, n, out) : kn_drv_sumsq_i64(ctx, x, n, out);
    if (st == KN_ERR_OVERFLOW)
        kn_fail(st, "kn_norm_square_i64: the sum of squares of the %zu elements exceeds INT64_MAX", n);
    return st;
}

/* kn_suffix_sums_f64, kn_prefix_sums_f64. */
static kn_status scan_f64(const char *fn, kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out)
{
    if (n == 0) return kn_ctx_resolve(ctx, &ctx);
    if (!x) return kn_null_arg(fn, "x");
    if (!out) return kn_null_arg(fn, "out");
    if (check_n(fn, n, sizeof *x)) return KN_ERR_INVALID_ARG;
    uintptr_t a = (uintptr_t)x, b = (uintptr_t)out, bytes = n * sizeof(double);
    if (a != b && a < b + bytes && b < a + bytes)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: x and out overlap without being the same array", fn);
    if (kn_check_aligned(fn, "x", x, _Alignof(double)) || kn_check_aligned(fn, "out", out, _Alignof(double)))
        return KN_ERR_INVALID_ARG;
    kn_status st = kn_ctx_resolve(ctx, &ctx);
    if (st) return st;
    if (ctx->ops->device) return ctx->ops->device->scan_f64(ctx, dir, x, n, out);
    return kn_drv_scan_f64(ctx, dir, x, n, out, n >= KN_SCAN_STREAM_MIN_BYTES / sizeof(double));
}

kn_status kn_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    return scan_f64("kn_suffix_sums_f64", ctx, KN_SCAN_SUFFIX, x, n, out);
}

kn_status kn_prefix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    return scan_f64("kn_prefix_sums_f64", ctx, KN_SCAN_PREFIX, x, n, out);
}
