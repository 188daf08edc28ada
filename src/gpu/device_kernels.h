/* The whole kernels a device backend plugs into the core with, and the
 * instances of the OpenCL and CUDA backends. */
#ifndef KN_GPU_DEVICE_KERNELS_H
#define KN_GPU_DEVICE_KERNELS_H

#include "../core/backend.h"
#include "../core/kinds.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kn_device_kernels {
    kn_status (*julia)(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts);
    kn_status (*julia_points)(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im,
                              const double *c_re, const double *c_im, int32_t max_iter, int32_t *counts);
    kn_status (*firewall_scan)(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit,
                               uint64_t *delay);
    kn_status (*reduce_f64)(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n,
                            double *out);            /* norm-square, sum, dot: the canonical order */
    kn_status (*norm_square_i64)(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out); /* KN_ERR_OVERFLOW: core writes the message */
    kn_status (*scan_f64)(kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out); /* out may equal x */
    kn_status (*expr_eval)(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                           double *out);
} kn_device_kernels;

#ifdef KN_HAVE_OPENCL
extern const kn_device_kernels kn_opencl_device_kernels;
#endif
#ifdef KN_HAVE_CUDA
extern const kn_device_kernels kn_cuda_device_kernels;
#endif

#ifdef __cplusplus
}
#endif

#endif
