/* The CUDA backend's entry points (kernels.cu, C linkage) for the table in
 * cuda_ops.c. */
#ifndef KN_GPU_CUDA_BACKEND_H
#define KN_GPU_CUDA_BACKEND_H

#include "../../core/backend.h"

#ifdef __cplusplus
extern "C" {
#endif

const char *kn_cuda_unavailable_reason(void);
const char *kn_cuda_info(void);
/* Test hook: caps the bytes of each device buffer (0: the default). */
void kn_cuda_set_piece_bytes(size_t bytes);

kn_status kn_cuda_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts);
kn_status kn_cuda_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                               const double *c_im, int32_t max_iter, int32_t *counts);
kn_status kn_cuda_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit,
                                uint64_t *delay);
kn_status kn_cuda_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out);
kn_status kn_cuda_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);
/* The bytes each device buffer may take (kernels.cu). */
size_t kn_cuda_piece_bytes(void);
/* kernels_expr.cu, when src/core/expr.h exists. */
kn_status kn_cuda_expr_eval(kn_ctx *ctx, const struct kn_expr *e, size_t n, const double *const *vars, double *out,
                            int stream_out);
kn_status kn_cuda_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry,
                                  int stream_out);

#ifdef __cplusplus
}
#endif

#endif
