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

const char *simd_info(void);
const char *simd_unavailable_reason(void);
kn_status simd_ctx_init(kn_ctx *ctx);
kn_status simd_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out,
                         int stream_out);
kn_status simd_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts);
kn_status simd_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                            const double *c_im, int32_t max_iter, int32_t *counts);
kn_status simd_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay);
kn_status simd_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out);
kn_status simd_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);
kn_status simd_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry, int stream_out);
kn_status simd_suffix_block_totals(kn_ctx *ctx, const double *x, size_t n, double *totals);
kn_status simd_suffix_scan_blocks(kn_ctx *ctx, const double *x, size_t n, double *out, const double *carries,
                                  int stream_out);

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
