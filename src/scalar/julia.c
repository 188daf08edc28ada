#include "../core/kn_math.h"
#include "scalar.h"

kn_status scalar_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts)
{
    (void)ctx;
    double dx = kn_julia_dx(p), dy = kn_julia_dy(p);
    for (int32_t j = 0; j < p->height; j++) {
        double zi = kn_julia_zi(p, dy, j);
        int32_t *row = counts + (size_t)j * (size_t)p->width;
        for (int32_t i = 0; i < p->width; i++)
            row[i] = kn_julia_escape(kn_julia_zr(p, dx, i), zi, p->c_re, p->c_im, p->max_iter);
    }
    return KN_OK;
}

kn_status scalar_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                              const double *c_im, int32_t max_iter, int32_t *counts)
{
    (void)ctx;
    for (size_t k = 0; k < n; k++) counts[k] = kn_julia_escape(z_re[k], z_im[k], c_re[k], c_im[k], max_iter);
    return KN_OK;
}
