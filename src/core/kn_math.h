/* Per-element math written once: the scalar kernels, SIMD tails and OpenMP
 * code include this; the GPU kernels mirror it line for line. Everything is
 * compiled with -ffp-contract=off, so a*b + c is never fused. */
#ifndef KN_CORE_MATH_H
#define KN_CORE_MATH_H

#include <stdint.h>

#include "kernels.h"

/* Whether z = zr + i*zi has not escaped yet (|z|^2 < 4). */
static inline int kn_julia_inside(double zr, double zi) { return zr * zr + zi * zi < 4.0; }

/* One iteration z <- z*z + c, as include/kernels.h defines it for kn_julia
 * (bit for bit). */
static inline void kn_julia_step(double *zr, double *zi, double cr, double ci)
{
    double t = (*zr * *zr - *zi * *zi) + cr;
    *zi = 2.0 * *zr * *zi + ci;
    *zr = t;
}

/* Escape count of z <- z*z + c from z = zr + i*zi. */
static inline int32_t kn_julia_escape(double zr, double zi, double cr, double ci,
                                      int32_t max_iter)
{
    int32_t n = 0;
    while (n < max_iter && kn_julia_inside(zr, zi)) {
        kn_julia_step(&zr, &zi, cr, ci);
        n++;
    }
    return n;
}

/* Grid coordinates of column i and row j. */
static inline double kn_julia_dx(const kn_julia_params *p) { return (p->x_max - p->x_min) / p->width; }
static inline double kn_julia_dy(const kn_julia_params *p) { return (p->y_max - p->y_min) / p->height; }
static inline double kn_julia_zr(const kn_julia_params *p, double dx, int32_t i) { return p->x_min + i * dx; }
static inline double kn_julia_zi(const kn_julia_params *p, double dy, int32_t j) { return p->y_max - j * dy; }

/* |v| <= KN_SQRT_INT64_MAX keeps v*v within INT64_MAX; a larger square
 * alone makes a (non-negative) int64 norm-square overflow. */
#define KN_SQRT_INT64_MAX 3037000499LL

/* *sum += v*v exactly; 0 (sum unusable) on overflow of the square or of
 * 64 unsigned bits. The caller checks the final sum against INT64_MAX. */
static inline int kn_add_square_i64(uint64_t *sum, int64_t v)
{
    if (v < -KN_SQRT_INT64_MAX || v > KN_SQRT_INT64_MAX) return 0;
    return !__builtin_add_overflow(*sum, (uint64_t)(v * v), sum);
}

/* Period of a scanner of range r >= 2 (range 1 is "always at the top"). */
static inline uint64_t kn_fw_period(int64_t range) { return 2u * ((uint64_t)range - 1u); }

/* The residue of delays that the layer at `depth` with period p catches:
 * (d + depth) % p == 0  <=>  d % p == (p - depth % p) % p. Overflow-free. */
static inline uint64_t kn_fw_residue(int64_t depth, uint64_t p)
{
    uint64_t r = (uint64_t)depth % p;
    return r == 0 ? 0 : p - r;
}

/* Whether the layer (depth, range) catches a packet leaving at delay d. */
static inline int kn_fw_caught(uint64_t d, int64_t depth, int64_t range)
{
    if (range == 1) return 1;
    uint64_t p = kn_fw_period(range);
    return d % p == kn_fw_residue(depth, p);
}

#endif
