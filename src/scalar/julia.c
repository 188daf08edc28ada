#include "../core/kn_math.h"
#include "../core/prims.h"

/* Two points in lockstep: their iterations are independent, so the CPU
 * overlaps the two multiply-add latency chains (1.7x over one point at a
 * time); wider lanes are the SIMD backend's job. A point stops stepping the
 * first time it fails the test, exactly as in kn_julia_escape. */
static void escape_pair(const double zr0[2], const double zi0[2], double cr, double ci, int32_t max_iter,
                        int32_t out[2])
{
    double zr[2] = {zr0[0], zr0[1]}, zi[2] = {zi0[0], zi0[1]};
    int32_t n[2] = {0, 0};
    for (int32_t it = 0; it < max_iter; it++) {
        int any = 0;
        for (int k = 0; k < 2; k++) {
            if (n[k] != it || !kn_julia_inside(zr[k], zi[k])) continue;
            kn_julia_step(&zr[k], &zi[k], cr, ci);
            n[k]++;
            any = 1;
        }
        if (!any) break;
    }
    out[0] = n[0];
    out[1] = n[1];
}

KN_JULIA_ROWS_PROT(kn_scalar_julia_rows)
{
    (void)ctx;
    double dx = kn_julia_dx(p), dy = kn_julia_dy(p);
    for (int32_t j = row0; j < row1; j++) {
        double zi = kn_julia_zi(p, dy, j), zis[2] = {zi, zi};
        int32_t *row = counts + (size_t)(j - row0) * (size_t)p->width, i = 0;
        for (; i < p->width - 1; i += 2) { /* a pair fits (i + 2 <= width, which could overflow) */
            double zr[2] = {kn_julia_zr(p, dx, i), kn_julia_zr(p, dx, i + 1)};
            escape_pair(zr, zis, p->c_re, p->c_im, p->max_iter, row + i);
        }
        if (i < p->width) row[i] = kn_julia_escape(kn_julia_zr(p, dx, i), zi, p->c_re, p->c_im, p->max_iter);
    }
    return KN_OK;
}

KN_JULIA_POINTS_PROT(kn_scalar_julia_points)
{
    (void)ctx;
    for (size_t k = 0; k < n; k++) counts[k] = kn_julia_escape(z_re[k], z_im[k], c_re[k], c_im[k], max_iter);
    return KN_OK;
}
