/* The CPU drivers: they cut a problem into the canonical units (chunks of
 * whole blocks, row units, segments) and combine the results, once for
 * every CPU backend, running ctx->prims_ctx's primitives on ctx's executor.
 * On a team of 1 a driver hands the whole problem to one primitive call,
 * which gives the same bits (the cutting is canonical). Arguments are
 * checked by the core API; n >= 1. */
#ifndef KN_CORE_DRV_H
#define KN_CORE_DRV_H

#include "backend.h"

kn_status kn_drv_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *out);
/* The reduction on whatever runs ctx: its device kernels, else the CPU
 * driver above. */
kn_status kn_run_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *out);
/* KN_ERR_OVERFLOW without a message (the core writes it). */
kn_status kn_drv_sumsq_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);
kn_status kn_drv_scan_f64(kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out, int stream_out);
kn_status kn_drv_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts);
/* Rows [row0, row1) into counts (row row0 first). */
kn_status kn_drv_julia_rows(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts);
kn_status kn_drv_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                              const double *c_im, int32_t max_iter, int32_t *counts);
kn_status kn_drv_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay);
kn_status kn_drv_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                           const ptrdiff_t *strides, double *out, int stream_out);

#endif
