/* kn_expr_eval: argument checks, then the backend's expr_eval. */
#include <stdint.h>

#include "dispatch.h"
#include "drv.h"
#include "error.h"
#include "expr.h"

#define FN "kn_expr_eval"

kn_status kn_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out)
{
    if (!e) return kn_null_arg(FN, "e");
    if (n > 0) {
        if (!out) return kn_null_arg(FN, "out");
        if (e->nvars > 0 && !vars) return kn_null_arg(FN, "vars");
        if (kn_check_aligned(FN, "out", out, _Alignof(double))) return KN_ERR_INVALID_ARG;
        if (e->nvars > 0 && kn_check_aligned(FN, "vars", vars, _Alignof(const double *))) return KN_ERR_INVALID_ARG;
        if (n > SIZE_MAX / sizeof(double))
            return kn_fail(KN_ERR_INVALID_ARG, FN ": n (%zu) is larger than any array of doubles", n);
        uintptr_t o = (uintptr_t)out, bytes = n * sizeof(double);
        for (uint32_t i = 0; i < e->nvars; i++) {
            if (!vars[i]) return kn_fail(KN_ERR_INVALID_ARG, FN ": vars[%u] ('%s') is NULL", (unsigned)i, e->names[i]);
            if ((uintptr_t)vars[i] % _Alignof(double))
                return kn_fail(KN_ERR_INVALID_ARG, FN ": vars[%u] ('%s') is not aligned to %zu bytes (address %p)",
                               (unsigned)i, e->names[i], _Alignof(double), (const void *)vars[i]);
            uintptr_t v = (uintptr_t)vars[i];
            if (v != o && v < o + bytes && o < v + bytes)
                return kn_fail(KN_ERR_INVALID_ARG,
                               FN ": out overlaps vars[%u] ('%s') without being the same array", (unsigned)i,
                               e->names[i]);
        }
    }
    kn_status st = kn_ctx_resolve(ctx, &ctx);
    if (st) return st;
    if (n == 0) return KN_OK;
    if (ctx->ops->device) return ctx->ops->device->expr_eval(ctx, e, n, vars, out);
    return kn_drv_expr_eval(ctx, e, n, vars, out, n >= KN_EXPR_STREAM_MIN_BYTES / sizeof(double));
}
