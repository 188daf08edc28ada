/* libkernels OpenCL kernels. Embedded into the library at build time
 * (src/gpu/embed.cmake). The per-element math mirrors src/core/kn_math.h and
 * the summation orders mirror src/core/canon.h / kernels.h line for line:
 * the results must be bit-identical with the scalar backend. */
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

/* Must match kernels.h. */
#define KN_SUM_BLOCK 2048
#define KN_SUM_LANES 32
#define KN_SCAN_BLOCK 1024

/* kn_math.h: kn_julia_escape */
static int kn_julia_escape(double zr, double zi, double cr, double ci, int max_iter)
{
    int n = 0;
    while (n < max_iter && zr * zr + zi * zi < 4.0) {
        double t = (zr * zr - zi * zi) + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
    }
    return n;
}

/* Grid points [first, first + count) in row-major order; dx, dy computed on
 * the host exactly as kn_julia_dx/dy do. zr = x_min + i*dx, zi = y_max - j*dy. */
__kernel void kn_julia_grid(__global int *counts, ulong first, ulong count, int width,
                            double x_min, double y_max, double dx, double dy,
                            double c_re, double c_im, int max_iter)
{
    ulong k = get_global_id(0);
    if (k >= count) return;
    ulong g = first + k;
    int i = (int)(g % (ulong)width);
    int j = (int)(g / (ulong)width);
    double zr = x_min + (double)i * dx;
    double zi = y_max - (double)j * dy;
    counts[k] = kn_julia_escape(zr, zi, c_re, c_im, max_iter);
}

__kernel void kn_julia_points(__global const double *z_re, __global const double *z_im,
                              __global const double *c_re, __global const double *c_im,
                              __global int *counts, ulong count, int max_iter)
{
    ulong k = get_global_id(0);
    if (k >= count) return;
    counts[k] = kn_julia_escape(z_re[k], z_im[k], c_re[k], c_im[k], max_iter);
}

/* Firewall wheel scan. Candidate c (c = t*nsurv + s) is the delay
 * t*wheel + surv[s]; candidates increase with c. This batch covers
 * candidates [c0, c0 + count); the smallest passing offset <= limit is
 * recorded with atomic_min in *found (initialised to UINT_MAX by the host). */
__kernel void kn_fw_scan(__global const ulong *surv, ulong nsurv, ulong wheel,
                         __global const ulong *period, __global const ulong *residue, uint nchecks,
                         ulong c0, uint count, ulong limit, volatile __global uint *found)
{
    uint k = (uint)get_global_id(0);
    if (k >= count) return;
    if (k > *found) return; /* a smaller candidate already passed */
    ulong c = c0 + k;
    ulong d = (c / nsurv) * wheel + surv[c % nsurv];
    if (d > limit) return;
    for (uint i = 0; i < nchecks; i++)
        if (d % period[i] == residue[i]) return;
    atomic_min(found, k);
}

/* One work-group of KN_SUM_LANES work-items per block of KN_SUM_BLOCK
 * elements (kernels.h steps 2 and 3): lane l sums elements l, l+L, ... of its
 * block in increasing order from +0.0, then the lanes fold by halving. */
__kernel __attribute__((reqd_work_group_size(KN_SUM_LANES, 1, 1)))
void kn_norm_sq_f64(__global const double *x, ulong n, __global double *totals)
{
    __local double s[KN_SUM_LANES];
    uint lane = (uint)get_local_id(0);
    ulong b = get_group_id(0);
    ulong start = b * KN_SUM_BLOCK;
    ulong len = n - start < KN_SUM_BLOCK ? n - start : KN_SUM_BLOCK;
    double acc = 0.0;
    for (ulong k = lane; k < len; k += KN_SUM_LANES) {
        double v = x[start + k];
        acc = acc + v * v;
    }
    s[lane] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint w = KN_SUM_LANES / 2; w >= 1; w /= 2) {
        if (lane < w) s[lane] = s[lane] + s[lane + w];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lane == 0) totals[b] = s[0];
}

/* Exact int64 norm-square per block of KN_SUM_BLOCK. Every square is at most
 * 3037000499^2 < 2^63 and partial sums are kept <= INT64_MAX (a larger one
 * means the exact total overflows: all terms are non-negative), so adding two
 * of them never wraps a ulong. A block's total is ULONG_MAX on overflow. */
#define KN_SQRT_INT64_MAX 3037000499L
#define KN_OVF ULONG_MAX

static ulong kn_add_sat(ulong a, ulong b)
{
    if (a == KN_OVF || b == KN_OVF) return KN_OVF;
    ulong s = a + b;
    return s > (ulong)LONG_MAX ? KN_OVF : s;
}

__kernel __attribute__((reqd_work_group_size(KN_SUM_LANES, 1, 1)))
void kn_norm_sq_i64(__global const long *x, ulong n, __global ulong *totals)
{
    __local ulong s[KN_SUM_LANES];
    uint lane = (uint)get_local_id(0);
    ulong b = get_group_id(0);
    ulong start = b * KN_SUM_BLOCK;
    ulong len = n - start < KN_SUM_BLOCK ? n - start : KN_SUM_BLOCK;
    ulong acc = 0;
    for (ulong k = lane; k < len; k += KN_SUM_LANES) {
        long v = x[start + k];
        if (v < -KN_SQRT_INT64_MAX || v > KN_SQRT_INT64_MAX) acc = KN_OVF;
        else acc = kn_add_sat(acc, (ulong)(v * v));
    }
    s[lane] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint w = KN_SUM_LANES / 2; w >= 1; w /= 2) {
        if (lane < w) s[lane] = kn_add_sat(s[lane], s[lane + w]);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lane == 0) totals[b] = s[0];
}

/* Suffix sums, one work-item per block of KN_SCAN_BLOCK (kernels.h):
 * step 2, the block totals, right to left from +0.0 ... */
__kernel void kn_scan_totals(__global const double *x, ulong n, ulong nblocks, __global double *totals)
{
    ulong b = get_global_id(0);
    if (b >= nblocks) return;
    ulong start = b * KN_SCAN_BLOCK;
    ulong end = n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK;
    double r = 0.0;
    for (ulong i = end; i-- > start;) r = r + x[i];
    totals[b] = r;
}

/* ... and step 4, the in-block scan seeded with the block's carry (step 3,
 * computed on the host). In place: x[i] is read before it is overwritten. */
__kernel void kn_scan_blocks(__global double *x, ulong n, ulong nblocks, __global const double *carries)
{
    ulong b = get_global_id(0);
    if (b >= nblocks) return;
    ulong start = b * KN_SCAN_BLOCK;
    ulong end = n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK;
    double r = carries[b];
    for (ulong i = end; i-- > start;) {
        double xi = x[i];
        x[i] = r;
        r = r + xi;
    }
}
