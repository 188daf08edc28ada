/* Math written once for every backend: the same text compiles as C (the
 * CPU backends and the GPU hosts), as CUDA and as OpenCL C (the build
 * embeds this file into the OpenCL program after kn_device_prelude.h and
 * src/core/kinds.h, and the host passes the constants of kernels.h as -D
 * options). Everything is compiled without FP contraction, so a*b + c is
 * never fused, and so every backend rounds exactly alike. */
#ifndef KN_CORE_DEVICE_MATH_H
#define KN_CORE_DEVICE_MATH_H

#ifndef __OPENCL_VERSION__
#include "kernels.h"
#include "kinds.h"
#include "kn_device_prelude.h"
#endif

/* ---- Julia ---------------------------------------------------------- */

/* Whether z = zr + i*zi has not escaped yet (|z|^2 < 4). */
KN_DEVICE static inline int kn_julia_inside(double zr, double zi) { return zr * zr + zi * zi < 4.0; }

/* One iteration z <- z*z + c (kernels.h, Julia). */
KN_DEVICE static inline void kn_julia_step(double *zr, double *zi, double cr, double ci)
{
    double t = (*zr * *zr - *zi * *zi) + cr;
    *zi = 2.0 * *zr * *zi + ci;
    *zr = t;
}

/* Escape count of z <- z*z + c from z = zr + i*zi. */
KN_DEVICE static inline int32_t kn_julia_escape(double zr, double zi, double cr, double ci, int32_t max_iter)
{
    int32_t n = 0;
    while (n < max_iter && kn_julia_inside(zr, zi)) {
        kn_julia_step(&zr, &zi, cr, ci);
        n++;
    }
    return n;
}

/* Grid coordinates of column i (x_min + i*dx) and row j (y_max - j*dy). */
KN_DEVICE static inline double kn_julia_col_re(double x_min, double dx, int32_t i) { return x_min + (double)i * dx; }
KN_DEVICE static inline double kn_julia_row_im(double y_max, double dy, int32_t j) { return y_max - (double)j * dy; }

/* Escape count of grid pixel g (row-major, 64-bit: width*height may pass
 * 2^31). */
KN_DEVICE static inline int32_t kn_julia_pixel(uint64_t g, int32_t width, double x_min, double y_max, double dx,
                                               double dy, double c_re, double c_im, int32_t max_iter)
{
    int32_t i = (int32_t)(g % (uint64_t)width), j = (int32_t)(g / (uint64_t)width);
    return kn_julia_escape(kn_julia_col_re(x_min, dx, i), kn_julia_row_im(y_max, dy, j), c_re, c_im, max_iter);
}

/* ---- Firewall ------------------------------------------------------- */

/* Period of a scanner of range r >= 2 (range 1 is "always at the top"). */
KN_DEVICE static inline uint64_t kn_fw_period(int64_t range) { return 2u * ((uint64_t)range - 1u); }

/* The residue of delays that the layer at `depth` with period p catches:
 * (d + depth) % p == 0  <=>  d % p == (p - depth % p) % p. Overflow-free. */
KN_DEVICE static inline uint64_t kn_fw_residue(int64_t depth, uint64_t p)
{
    uint64_t r = (uint64_t)depth % p;
    return r == 0 ? 0 : p - r;
}

/* Whether a check (period, residue) catches delay d. */
KN_DEVICE static inline int kn_fw_hits(uint64_t d, uint64_t period, uint64_t residue) { return d % period == residue; }

/* Whether the layer (depth, range) catches a packet leaving at delay d. */
KN_DEVICE static inline int kn_fw_caught(uint64_t d, int64_t depth, int64_t range)
{
    if (range == 1) return 1;
    uint64_t p = kn_fw_period(range);
    return kn_fw_hits(d, p, kn_fw_residue(depth, p));
}

/* Wheel candidate c (c = t*nsurv + s) is the delay t*wheel + surv[s];
 * candidates increase with c. */
KN_DEVICE static inline uint64_t kn_fw_candidate(uint64_t c, uint64_t nsurv, uint64_t wheel,
                                                 const KN_GLOBAL uint64_t *surv)
{
    return (c / nsurv) * wheel + surv[c % nsurv];
}

/* ---- Exact int64 squares -------------------------------------------- */

/* |v| <= KN_SQRT_INT64_MAX keeps v*v within INT64_MAX; a larger square
 * alone makes a (non-negative) int64 norm-square overflow. */
#define KN_SQRT_INT64_MAX ((int64_t)3037000499)

/* Saturated sums of squares: a value past INT64_MAX is KN_I64_PAST. */
#define KN_I64_PAST UINT64_MAX

/* *sum += v*v exactly; 0 (sum unusable) on overflow of the square or of
 * 64 unsigned bits. The caller checks the final sum against INT64_MAX. */
KN_DEVICE static inline int kn_add_square_i64(uint64_t *sum, int64_t v)
{
    if (v < -KN_SQRT_INT64_MAX || v > KN_SQRT_INT64_MAX) return 0;
    uint64_t sq = (uint64_t)(v * v);
    if (*sum > UINT64_MAX - sq) return 0;
    *sum += sq;
    return 1;
}

/* a + b for saturated sums (each <= INT64_MAX or KN_I64_PAST): two of them
 * never wrap 64 unsigned bits. */
KN_DEVICE static inline uint64_t kn_add_sat_i64(uint64_t a, uint64_t b)
{
    if (a == KN_I64_PAST || b == KN_I64_PAST) return KN_I64_PAST;
    uint64_t s = a + b;
    return s > (uint64_t)INT64_MAX ? KN_I64_PAST : s;
}

/* v*v as a saturated sum. */
KN_DEVICE static inline uint64_t kn_square_sat_i64(int64_t v)
{
    if (v < -KN_SQRT_INT64_MAX || v > KN_SQRT_INT64_MAX) return KN_I64_PAST;
    return kn_add_sat_i64(0, (uint64_t)(v * v));
}

/* ---- Canonical reductions (kernels.h, norm-square order) ----------- */

/* The element a reduction sums: x*x, x, or x*y, each product rounded. */
KN_DEVICE static inline double kn_red_term(kn_red_op op, double x, double y)
{
    return op == KN_RED_SQUARE ? x * x : op == KN_RED_DOT ? x * y : x;
}

/* Folds KN_SUM_LANES partial sums by halving (step 3). */
KN_DEVICE static inline double kn_fold_lanes(double *s)
{
    for (uint32_t w = KN_SUM_LANES / 2; w >= 1; w /= 2)
        for (uint32_t j = 0; j < w; j++) s[j] = s[j] + s[j + w];
    return s[0];
}

/* The same fold for saturated int64 sums of squares. */
KN_DEVICE static inline uint64_t kn_fold_lanes_sat_i64(uint64_t *s)
{
    for (uint32_t w = KN_SUM_LANES / 2; w >= 1; w /= 2)
        for (uint32_t j = 0; j < w; j++) s[j] = kn_add_sat_i64(s[j], s[j + w]);
    return s[0];
}

/* Partial sum `lane` of one block x[0..len) (step 2): its elements
 * k = lane mod KN_SUM_LANES, in increasing k, from +0.0. y is read for
 * KN_RED_DOT only (pass x otherwise). */
KN_DEVICE static inline double kn_lane_partial(kn_red_op op, const KN_GLOBAL double *x, const KN_GLOBAL double *y,
                                               uint64_t len, uint32_t lane)
{
    double acc = 0.0;
    for (uint64_t k = lane; k < len; k += KN_SUM_LANES) acc = acc + kn_red_term(op, x[k], y[k]);
    return acc;
}

/* The same partial sum of exact int64 squares, saturated. */
KN_DEVICE static inline uint64_t kn_lane_partial_sq_i64(const KN_GLOBAL int64_t *x, uint64_t len, uint32_t lane)
{
    uint64_t acc = 0;
    for (uint64_t k = lane; k < len; k += KN_SUM_LANES) acc = kn_add_sat_i64(acc, kn_square_sat_i64(x[k]));
    return acc;
}

/* One block x[0..len), len <= KN_SUM_BLOCK, in the canonical order (steps
 * 1-3): the lanes of kn_lane_partial, computed side by side, then folded. */
KN_DEVICE static inline double kn_block_reduce(kn_red_op op, const double *x, const double *y, uint64_t len)
{
    double s[KN_SUM_LANES];
    for (uint32_t j = 0; j < KN_SUM_LANES; j++) s[j] = 0.0;
    uint64_t k = 0;
    for (; k + KN_SUM_LANES <= len; k += KN_SUM_LANES) /* independent lanes: compilers vectorize it */
        for (uint32_t j = 0; j < KN_SUM_LANES; j++) s[j] = s[j] + kn_red_term(op, x[k + j], y[k + j]);
    for (uint32_t j = 0; k + j < len; j++) s[j] = s[j] + kn_red_term(op, x[k + j], y[k + j]);
    return kn_fold_lanes(s);
}

/* ---- Canonical scans (kernels.h) ----------------------------------- */

/* The end of the block that starts at `start` in an array of n elements
 * cut into blocks of `block` from x[0]. */
KN_DEVICE static inline uint64_t kn_block_end(uint64_t n, uint64_t start, uint64_t block)
{
    return n - start < block ? n : start + block;
}

/* Suffix sums: the total T of block [start, end), right to left from +0.0
 * (step 2). */
KN_DEVICE static inline double kn_block_total(const KN_GLOBAL double *x, uint64_t start, uint64_t end)
{
    double t = 0.0;
    for (uint64_t i = end; i-- > start;) t = t + x[i];
    return t;
}

/* Suffix sums of one block [start, end) from the block's carry (step 4);
 * returns the carry of the block before it, carry + T (step 3). x[i] is
 * read before out[i] is written, so out may equal x. */
KN_DEVICE static inline double kn_scan_block(const KN_GLOBAL double *x, KN_GLOBAL double *out, uint64_t start,
                                             uint64_t end, double carry)
{
    double r = carry, total = 0.0;
    for (uint64_t i = end; i-- > start;) {
        double xi = x[i];
        out[i] = r;
        r = r + xi;
        total = total + xi;
    }
    return carry + total;
}

/* Prefix sums: the total T of block [start, end), left to right from +0.0. */
KN_DEVICE static inline double kn_block_total_prefix(const KN_GLOBAL double *x, uint64_t start, uint64_t end)
{
    double t = 0.0;
    for (uint64_t i = start; i < end; i++) t = t + x[i];
    return t;
}

/* Inclusive prefix sums of one block [start, end) from its carry C:
 * r = C, then r = r + x[i]; out[i] = r, left to right. Returns the carry of
 * the next block, C + T. out may equal x. */
KN_DEVICE static inline double kn_scan_block_prefix(const KN_GLOBAL double *x, KN_GLOBAL double *out, uint64_t start,
                                                    uint64_t end, double carry)
{
    double r = carry, total = 0.0;
    for (uint64_t i = start; i < end; i++) {
        double xi = x[i];
        r = r + xi;
        out[i] = r;
        total = total + xi;
    }
    return carry + total;
}

/* The block total of either scan direction. */
KN_DEVICE static inline double kn_block_total_dir(kn_scan_dir dir, const KN_GLOBAL double *x, uint64_t start,
                                                  uint64_t end)
{
    return dir == KN_SCAN_PREFIX ? kn_block_total_prefix(x, start, end) : kn_block_total(x, start, end);
}

/* The in-block scan of either direction; returns the next carry in the
 * direction's order. */
KN_DEVICE static inline double kn_scan_block_dir(kn_scan_dir dir, const KN_GLOBAL double *x, KN_GLOBAL double *out,
                                                 uint64_t start, uint64_t end, double carry)
{
    return dir == KN_SCAN_PREFIX ? kn_scan_block_prefix(x, out, start, end, carry)
                                 : kn_scan_block(x, out, start, end, carry);
}

#endif
