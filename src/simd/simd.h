/* Shared by the simd backend's translation units (C++17, Highway 1.0.3).
 *
 * Dispatch: every kernel file is compiled for all targets in HWY_TARGETS
 * (foreach_target.h) and exports one table per kernel (HWY_EXPORT). A
 * context made with KERNELS_SIMD_TARGET unset calls HWY_DYNAMIC_DISPATCH
 * (Highway's choice: the best target of this CPU). A context restricted by
 * KERNELS_SIMD_TARGET picks its table entry itself, because
 * hwy::DisableTargets never goes below the static target and is process
 * wide, while the restriction here is per context and must be able to
 * select emu128 or sse4 on an AVX-512 machine. */
#ifndef KN_SIMD_SIMD_H
#define KN_SIMD_SIMD_H

#include <stddef.h>
#include <stdint.h>

#include "../core/backend.h" /* has its own extern "C" guards */

#ifdef __cplusplus
extern "C" {
#endif

/* ctx->state of a simd context: the table index of the target in use
 * (0: Highway's dynamic dispatch). Static storage, never freed. */
typedef struct {
    int64_t target; /* Highway target bit (HWY_AVX2, ...) */
    size_t index;   /* entry of every HWY_EXPORT table   */
} kn_simd_state;

const char *kn_simd_info(void);
const char *kn_simd_unavailable_reason(void);
kn_status kn_simd_ctx_init(kn_ctx *ctx);
/* The primitives simd overrides in its copy of kn_scalar_prims. */
KN_EXPR_EVAL_PROT(kn_simd_expr_eval);
KN_JULIA_ROWS_PROT(kn_simd_julia_rows);
KN_JULIA_POINTS_PROT(kn_simd_julia_points);
KN_FW_SCAN_PROT(kn_simd_fw_scan);
KN_REDUCE_F64_PROT(kn_simd_reduce_f64);
KN_SUMSQ_I64_PROT(kn_simd_sumsq_i64);
KN_SCAN_F64_PROT(kn_simd_scan_f64);
KN_SCAN_TOTALS_PROT(kn_simd_scan_totals);
KN_SCAN_BLOCKS_PROT(kn_simd_scan_blocks);

#ifdef __cplusplus
}

/* The table index a call on ctx uses: 0 means "Highway's dynamic dispatch".
 * Contexts of other backends (never expected here) also get 0. */
static inline size_t kn_simd_index(const kn_ctx *ctx)
{
    if (!ctx || ctx->ops != &kn_simd_ops || !ctx->state) return 0;
    return static_cast<const kn_simd_state *>(ctx->state)->index;
}

/* Calls FN through the context's table entry, or HWY_DYNAMIC_DISPATCH.
 * Use outside HWY_NAMESPACE, after HWY_EXPORT(FN). */
#define KN_SIMD_CALL(ctx, FN) \
    (kn_simd_index(ctx) ? *HWY_DISPATCH_TABLE(FN)[kn_simd_index(ctx)] : HWY_DYNAMIC_DISPATCH(FN))
#endif

#endif
