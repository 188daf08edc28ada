/* kn_expr_eval and kn_expr_eval_strided: argument checks, then the
 * backend's expr_eval. */
#include <stdint.h>

#include "dispatch.h"
#include "drv.h"
#include "error.h"
#include "expr.h"

/* |stride| as a size_t, PTRDIFF_MIN included. */
static size_t stride_magnitude(ptrdiff_t stride)
{
    return stride < 0 ? (size_t)(-(stride + 1)) + 1 : (size_t)stride;
}

/* Input i of a call over n >= 1 elements: non-NULL, aligned, its n elements
 * within the address space (pointer arithmetic on them defined), and not
 * overlapping out unless it is out itself, contiguous. */
static kn_status check_input(const char *fn, const kn_expr *e, uint32_t i, size_t n, const double *v,
                             ptrdiff_t stride, const double *out)
{
    const char *name = e->names[i];
    if (!v) return kn_fail(KN_ERR_INVALID_ARG, "%s: vars[%u] ('%s') is NULL", fn, (unsigned)i, name);
    if ((uintptr_t)v % _Alignof(double))
        return kn_fail(KN_ERR_INVALID_ARG, "%s: vars[%u] ('%s') is not aligned to %zu bytes (address %p)", fn,
                       (unsigned)i, name, _Alignof(double), (const void *)v);
    size_t step = stride_magnitude(stride);
    uintptr_t lo = (uintptr_t)v, o = (uintptr_t)out, out_bytes = n * sizeof(double);
    if (n > 1 && step > (size_t)PTRDIFF_MAX / sizeof(double) / (n - 1))
        return kn_fail(KN_ERR_INVALID_ARG, "%s: strides[%u] ('%s') = %td is too large for n = %zu elements", fn,
                       (unsigned)i, name, stride, n);
    uintptr_t reach = (uintptr_t)(n - 1) * step * sizeof(double);
    if (stride < 0 ? reach > lo : reach > UINTPTR_MAX - sizeof(double) - lo)
        return kn_fail(KN_ERR_INVALID_ARG,
                       "%s: vars[%u] ('%s') with stride %td: its %zu elements do not fit in the address space", fn,
                       (unsigned)i, name, stride, n);
    if (stride < 0) lo -= reach;
    uintptr_t hi = lo + reach + sizeof(double);
    if (lo < o + out_bytes && o < hi) {
        if (stride != 1)
            return kn_fail(KN_ERR_INVALID_ARG, "%s: out overlaps vars[%u] ('%s'), which has stride %td", fn,
                           (unsigned)i, name, stride);
        if (lo != o)
            return kn_fail(KN_ERR_INVALID_ARG, "%s: out overlaps vars[%u] ('%s') without being the same array", fn,
                           (unsigned)i, name);
    }
    return KN_OK;
}

static kn_status eval(const char *fn, kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                      const ptrdiff_t *strides, double *out)
{
    if (!e) return kn_null_arg(fn, "e");
    if (n > 0) {
        if (!out) return kn_null_arg(fn, "out");
        if (e->nvars > 0 && !vars) return kn_null_arg(fn, "vars");
        if (kn_check_aligned(fn, "out", out, _Alignof(double))) return KN_ERR_INVALID_ARG;
        if (e->nvars > 0 && kn_check_aligned(fn, "vars", vars, _Alignof(const double *))) return KN_ERR_INVALID_ARG;
        if (strides && e->nvars > 0 && kn_check_aligned(fn, "strides", strides, _Alignof(ptrdiff_t)))
            return KN_ERR_INVALID_ARG;
        if (n > SIZE_MAX / sizeof(double))
            return kn_fail(KN_ERR_INVALID_ARG, "%s: n (%zu) is larger than any array of doubles", fn, n);
        for (uint32_t i = 0; i < e->nvars; i++) {
            kn_status st = check_input(fn, e, i, n, vars[i], kn_expr_stride(strides, i), out);
            if (st) return st;
        }
    }
    kn_status st = kn_ctx_resolve(ctx, &ctx);
    if (st) return st;
    if (n == 0) return KN_OK;
    if (ctx->ops->device) {
        st = ctx->ops->device->expr_eval(ctx, e, n, vars, strides, out);
    } else {
        st = kn_expr_finz_check(e, fn);
        if (st) return st;
        st = kn_drv_expr_eval(ctx, e, n, vars, strides, out, n >= KN_EXPR_STREAM_MIN_BYTES / sizeof(double));
    }
    /* The backends' messages (out of memory, a device error) say kn_expr_eval. */
    return st ? kn_fail_as(st, "kn_expr_eval", fn) : KN_OK;
}

kn_status kn_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out)
{
    return eval("kn_expr_eval", ctx, e, n, vars, NULL, out);
}

kn_status kn_expr_eval_strided(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                               const ptrdiff_t *strides, double *out)
{
    return eval("kn_expr_eval_strided", ctx, e, n, vars, strides, out);
}
