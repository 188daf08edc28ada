/* The CPU primitives: the narrow per-range pieces a CPU backend supplies to
 * the drivers (src/core/drv.h), each declared once by a prototype macro.
 * kn_scalar_prims is the reference; an optimized table starts as a copy of
 * it and overrides what it speeds up, so no entry is ever NULL. A range
 * always starts where the drivers' canonical cutting puts a boundary (x[0]
 * starts a block), so a primitive's result on it is the whole problem's. */
#ifndef KN_CORE_PRIMS_H
#define KN_CORE_PRIMS_H

#include <stddef.h>
#include <stdint.h>

#include "kernels.h"
#include "firewall_plan.h"
#include "kinds.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The canonical total (kernels.h, norm-square order) of op over x[0..n),
 * n >= 1 (y: KN_RED_DOT only). */
#define KN_REDUCE_F64_PROT(name) \
    kn_status name(const kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *total)
/* The exact sum of squares of x[0..n): KN_OK, or KN_ERR_OVERFLOW past
 * INT64_MAX (no message: the core writes it). */
#define KN_SUMSQ_I64_PROT(name) kn_status name(const kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
/* The canonical scan of x[0..n) in one pass, from `carry`: the carry of
 * the last block (suffix) or of the first (prefix). out may equal x.
 * stream_out: KN_SCAN_STREAM_MIN_BYTES (non-temporal stores allowed). */
#define KN_SCAN_F64_PROT(name)                                                                            \
    kn_status name(const kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out, double carry, \
                   int stream_out)
/* The block totals T[b] of the ceil(n / KN_SCAN_BLOCK) blocks of x. This
 * and the next one allocate nothing and cannot fail, so the one-pass scan
 * driver has no status to carry between chunks. */
#define KN_SCAN_TOTALS_PROT(name) \
    void name(const kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *totals)
/* Every block b of x scanned from its given carry carries[b]. next: NULL,
 * or n more elements (apart from out) whose block totals go to next_totals, as by
 * KN_SCAN_TOTALS_PROT: the totals the caller needs next, taken while the
 * scan computes, which keeps memory busy. */
#define KN_SCAN_BLOCKS_PROT(name)                                                                          \
    void name(const kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out,                   \
              const double *carries, int stream_out, const double *next, double *next_totals)
/* Rows [row0, row1) of the grid; counts holds those rows (row0 first). */
#define KN_JULIA_ROWS_PROT(name) \
    kn_status name(const kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
#define KN_JULIA_POINTS_PROT(name)                                                                          \
    kn_status name(const kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re, \
                   const double *c_im, int32_t max_iter, int32_t *counts)
/* The smallest wheel candidate d, from <= d <= limit, that no plan check
 * catches: KN_OK with *delay, or KN_ERR_NOT_FOUND. `from` is a multiple of
 * plan->wheel. */
#define KN_FW_SCAN_PROT(name) \
    kn_status name(const kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay)
/* KN_OK or KN_ERR_OVERFLOW (the core writes the message). */
#define KN_FW_SEVERITY_PROT(name) kn_status name(const kn_layer *l, size_t n, int64_t delay, int64_t *severity)
/* A compiled expression over n >= 1 elements through the shared block
 * driver (src/core/expr_blocks.h); out may equal a vars[i]. stream_out:
 * KN_EXPR_STREAM_MIN_BYTES. */
#define KN_EXPR_EVAL_PROT(name)                                                                                 \
    kn_status name(const kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,       \
                   const ptrdiff_t *strides, double *out, int stream_out)

typedef struct kn_cpu_prims {
    KN_REDUCE_F64_PROT((*reduce_f64));
    KN_SUMSQ_I64_PROT((*sumsq_i64));
    KN_SCAN_F64_PROT((*scan_f64));
    KN_SCAN_TOTALS_PROT((*scan_totals));
    KN_SCAN_BLOCKS_PROT((*scan_blocks));
    KN_JULIA_ROWS_PROT((*julia_rows));
    KN_JULIA_POINTS_PROT((*julia_points));
    KN_FW_SCAN_PROT((*fw_scan));
    KN_EXPR_EVAL_PROT((*expr_eval));
} kn_cpu_prims;

/* The reference primitives (src/scalar). */
KN_REDUCE_F64_PROT(kn_scalar_reduce_f64);
KN_SUMSQ_I64_PROT(kn_scalar_sumsq_i64);
KN_SCAN_F64_PROT(kn_scalar_scan_f64);
KN_SCAN_TOTALS_PROT(kn_scalar_scan_totals);
KN_SCAN_BLOCKS_PROT(kn_scalar_scan_blocks);
KN_JULIA_ROWS_PROT(kn_scalar_julia_rows);
KN_JULIA_POINTS_PROT(kn_scalar_julia_points);
KN_FW_SCAN_PROT(kn_scalar_fw_scan);
KN_FW_SEVERITY_PROT(kn_scalar_fw_severity); /* every backend's: one pass over a few layers */
KN_EXPR_EVAL_PROT(kn_scalar_expr_eval);

extern const kn_cpu_prims kn_scalar_prims;

#ifdef __cplusplus
}
#endif

#endif
