/* kn_julia, kn_julia_rows, kn_julia_points: argument checks, then the backend. */
#include <math.h>

#include "dispatch.h"
#include "drv.h"
#include "error.h"

kn_status kn_null_arg(const char *fn, const char *arg)
{
    return kn_fail(KN_ERR_INVALID_ARG, "%s: %s is NULL", fn, arg);
}

kn_status kn_check_aligned(const char *fn, const char *arg, const void *p, size_t align)
{
    if ((uintptr_t)p % align == 0) return KN_OK;
    return kn_fail(KN_ERR_INVALID_ARG, "%s: %s is not aligned to %zu bytes (address %p)", fn, arg, align, p);
}

static kn_status check_finite(const char *fn, const char *name, double v)
{
    if (isfinite(v)) return KN_OK;
    return kn_fail(KN_ERR_INVALID_ARG, "%s: p->%s must be finite (got %g)", fn, name, v);
}

static kn_status check_julia_as(const char *fn, const kn_julia_params *p)
{
    const struct { const char *name; double v; } bounds[] = {
        {"x_min", p->x_min}, {"x_max", p->x_max}, {"y_min", p->y_min},
        {"y_max", p->y_max}, {"c_re", p->c_re},   {"c_im", p->c_im},
    };
    for (size_t i = 0; i < sizeof bounds / sizeof bounds[0]; i++) {
        kn_status st = check_finite(fn, bounds[i].name, bounds[i].v);
        if (st) return st;
    }
    if (p->width < 1) return kn_fail(KN_ERR_INVALID_ARG, "%s: p->width must be at least 1 (got %d)", fn, (int)p->width);
    if (p->height < 1) return kn_fail(KN_ERR_INVALID_ARG, "%s: p->height must be at least 1 (got %d)", fn, (int)p->height);
    if (p->max_iter < 0) return kn_fail(KN_ERR_INVALID_ARG, "%s: p->max_iter must be non-negative (got %d)", fn, (int)p->max_iter);
    if (!(p->x_min < p->x_max))
        return kn_fail(KN_ERR_INVALID_ARG, "%s: p->x_min (%g) must be less than p->x_max (%g)", fn, p->x_min, p->x_max);
    if (!(p->y_min < p->y_max))
        return kn_fail(KN_ERR_INVALID_ARG, "%s: p->y_min (%g) must be less than p->y_max (%g)", fn, p->y_min, p->y_max);
    if ((size_t)p->width > SIZE_MAX / sizeof(int32_t) / (size_t)p->height)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: p->width * p->height (%d x %d) overflows the address space",
                       fn, (int)p->width, (int)p->height);
    return KN_OK;
}

static kn_status check_julia(const kn_julia_params *p) { return check_julia_as("kn_julia", p); }

kn_status kn_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts)
{
    if (!p) return kn_null_arg("kn_julia", "p");
    if (!counts) return kn_null_arg("kn_julia", "counts");
    kn_status st = kn_check_aligned("kn_julia", "p", p, _Alignof(kn_julia_params));
    if (st || (st = kn_check_aligned("kn_julia", "counts", counts, _Alignof(int32_t)))) return st;
    if ((st = check_julia(p)) || (st = kn_ctx_resolve(ctx, &ctx))) return st;
    return ctx->ops->device ? ctx->ops->device->julia(ctx, p, counts) : kn_drv_julia(ctx, p, counts);
}

kn_status kn_julia_rows(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    static const char fn[] = "kn_julia_rows";
    if (!p) return kn_null_arg(fn, "p");
    if (row1 > row0 && !counts) return kn_null_arg(fn, "counts");
    kn_status st = kn_check_aligned(fn, "p", p, _Alignof(kn_julia_params));
    if (st || (row1 > row0 && (st = kn_check_aligned(fn, "counts", counts, _Alignof(int32_t))))) return st;
    if ((st = check_julia_as(fn, p))) return st;
    if (row0 < 0 || row0 > row1 || row1 > p->height)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: rows [%d, %d) are not within the grid's %d rows", fn, (int)row0,
                       (int)row1, (int)p->height);
    if ((st = kn_ctx_resolve(ctx, &ctx)) || row0 == row1) return st;
    if (ctx->ops->device) return kn_scalar_julia_rows(NULL, p, row0, row1, counts);
    return kn_drv_julia_rows(ctx, p, row0, row1, counts);
}

kn_status kn_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                          const double *c_im, int32_t max_iter, int32_t *counts)
{
    static const char fn[] = "kn_julia_points";
    if (n > 0) {
        if (!z_re) return kn_null_arg(fn, "z_re");
        if (!z_im) return kn_null_arg(fn, "z_im");
        if (!c_re) return kn_null_arg(fn, "c_re");
        if (!c_im) return kn_null_arg(fn, "c_im");
        if (!counts) return kn_null_arg(fn, "counts");
        const struct { const char *name; const void *p; } arrays[] = {
            {"z_re", z_re}, {"z_im", z_im}, {"c_re", c_re}, {"c_im", c_im},
        };
        for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
            if (kn_check_aligned(fn, arrays[i].name, arrays[i].p, _Alignof(double))) return KN_ERR_INVALID_ARG;
        if (kn_check_aligned(fn, "counts", counts, _Alignof(int32_t))) return KN_ERR_INVALID_ARG;
    }
    if (max_iter < 0) return kn_fail(KN_ERR_INVALID_ARG, "%s: max_iter must be non-negative (got %d)", fn, (int)max_iter);
    kn_status st = kn_ctx_resolve(ctx, &ctx);
    if (st || n == 0) return st;
    if (ctx->ops->device) return ctx->ops->device->julia_points(ctx, n, z_re, z_im, c_re, c_im, max_iter, counts);
    return kn_drv_julia_points(ctx, n, z_re, z_im, c_re, c_im, max_iter, counts);
}
