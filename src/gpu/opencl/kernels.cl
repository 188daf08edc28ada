/* libkernels OpenCL kernels: thin wrappers over the math of
 * src/core/kn_device_math.h (which the program source carries before this
 * file, with the constants of kernels.h as -D options), so the results are
 * bit-identical with the scalar backend. Embedded into the library at build
 * time (src/gpu/embed.cmake). */

/* Grid points [first, first + count) in row-major order; dx, dy computed on
 * the host exactly as kn_julia_dx/dy do. */
__kernel void kn_julia_grid(__global int *counts, ulong first, ulong count, int width,
                            double x_min, double y_max, double dx, double dy,
                            double c_re, double c_im, int max_iter)
{
    ulong k = get_global_id(0);
    if (k >= count) return;
    counts[k] = kn_julia_pixel(first + k, width, x_min, y_max, dx, dy, c_re, c_im, max_iter);
}

__kernel void kn_julia_points(__global const double *z_re, __global const double *z_im,
                              __global const double *c_re, __global const double *c_im,
                              __global int *counts, ulong count, int max_iter)
{
    ulong k = get_global_id(0);
    if (k >= count) return;
    counts[k] = kn_julia_escape(z_re[k], z_im[k], c_re[k], c_im[k], max_iter);
}

/* Firewall wheel scan of candidates [c0, c0 + count): the smallest passing
 * offset whose delay is <= limit is recorded with atomic_min in *found
 * (set to UINT_MAX by the host). */
__kernel void kn_fw_scan(__global const ulong *surv, ulong nsurv, ulong wheel,
                         __global const ulong *period, __global const ulong *residue, uint nchecks,
                         ulong c0, uint count, ulong limit, volatile __global uint *found)
{
    uint k = (uint)get_global_id(0);
    if (k >= count) return;
    if (k > *found) return; /* a smaller candidate already passed */
    ulong d = kn_fw_candidate(c0 + k, nsurv, wheel, surv);
    if (d > limit) return;
    for (uint i = 0; i < nchecks; i++)
        if (kn_fw_hits(d, period[i], residue[i])) return;
    atomic_min(found, k);
}

/* One work-group of KN_SUM_LANES work-items per block of KN_SUM_BLOCK: each
 * work-item sums its lane, then the first folds the lanes. */
__kernel __attribute__((reqd_work_group_size(KN_SUM_LANES, 1, 1)))
void kn_reduce_f64(__global const double *x, __global const double *y, ulong n, int op, __global double *totals)
{
    __local double s[KN_SUM_LANES];
    uint lane = (uint)get_local_id(0);
    ulong b = get_group_id(0), start = b * KN_SUM_BLOCK;
    s[lane] = kn_lane_partial((kn_red_op)op, x + start, y + start, kn_block_end(n, start, KN_SUM_BLOCK) - start, lane);
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lane != 0) return;
    double lanes[KN_SUM_LANES];
    for (uint j = 0; j < KN_SUM_LANES; j++) lanes[j] = s[j];
    totals[b] = kn_fold_lanes(lanes);
}

/* The same for exact int64 squares (saturated block totals). */
__kernel __attribute__((reqd_work_group_size(KN_SUM_LANES, 1, 1)))
void kn_norm_sq_i64(__global const long *x, ulong n, __global ulong *totals)
{
    __local ulong s[KN_SUM_LANES];
    uint lane = (uint)get_local_id(0);
    ulong b = get_group_id(0), start = b * KN_SUM_BLOCK;
    s[lane] = kn_lane_partial_sq_i64(x + start, kn_block_end(n, start, KN_SUM_BLOCK) - start, lane);
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lane != 0) return;
    ulong lanes[KN_SUM_LANES];
    for (uint j = 0; j < KN_SUM_LANES; j++) lanes[j] = s[j];
    totals[b] = kn_fold_lanes_sat_i64(lanes);
}

/* Scans, one work-item per block of KN_SCAN_BLOCK: the block totals ... */
__kernel void kn_scan_totals(__global const double *x, ulong n, ulong nblocks, int dir, __global double *totals)
{
    ulong b = get_global_id(0);
    if (b >= nblocks) return;
    ulong start = b * KN_SCAN_BLOCK;
    totals[b] = kn_block_total_dir((kn_scan_dir)dir, x, start, kn_block_end(n, start, KN_SCAN_BLOCK));
}

/* ... and the in-block scans from the carries the host chained, in place. */
__kernel void kn_scan_blocks(__global double *x, ulong n, ulong nblocks, int dir, __global const double *carries)
{
    ulong b = get_global_id(0);
    if (b >= nblocks) return;
    ulong start = b * KN_SCAN_BLOCK;
    (void)kn_scan_block_dir((kn_scan_dir)dir, x, x, start, kn_block_end(n, start, KN_SCAN_BLOCK), carries[b]);
}
