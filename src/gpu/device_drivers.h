/* The host sides of the GPU kernels, written once over the device
 * interface (device.h) for every runtime: inputs are cut into pieces that
 * fit a device buffer (whole canonical blocks for the sums), and the host
 * combines the pieces' block totals in the canonical order of kernels.h. */
#ifndef KN_GPU_DEVICE_DRIVERS_H
#define KN_GPU_DEVICE_DRIVERS_H

#include "../core/kinds.h"
#include "device.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The entries of kn_device_kernels (device_kernels.h), on the runtime of
 * the context (an OpenCL or CUDA one). */
kn_status kn_gpu_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts);
kn_status kn_gpu_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                              const double *c_im, int32_t max_iter, int32_t *counts);
kn_status kn_gpu_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay);
/* The canonical total of x (and y, for KN_RED_DOT), n >= 1. */
kn_status kn_gpu_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *out);
/* KN_OK or KN_ERR_OVERFLOW (no message: the core writes it). */
kn_status kn_gpu_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);
/* The canonical scan of x, n >= 1; out may equal x. */
kn_status kn_gpu_scan_f64(kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out);

/* The kn_device_kernels of a runtime, with its own expression evaluator. */
/* Elements off .. off+cnt-1 of an expression input of element stride s
 * (kn_expr_stride) as a contiguous host array to upload: the input itself
 * when s == 1, else `row` (cnt doubles) filled with them. A stride-0 input
 * is the same in every piece, so the evaluators upload it with the first
 * piece only. */
const double *kn_gpu_expr_input(const double *v, ptrdiff_t s, size_t off, size_t cnt, double *row);

#define KN_GPU_DEVICE_KERNELS(expr_eval_fn)                                                                   \
    {                                                                                                         \
        .julia = kn_gpu_julia, .julia_points = kn_gpu_julia_points, .firewall_scan = kn_gpu_firewall_scan,    \
        .reduce_f64 = kn_gpu_reduce_f64, .norm_square_i64 = kn_gpu_norm_square_i64, .scan_f64 = kn_gpu_scan_f64, \
        .expr_eval = (expr_eval_fn)                                                                           \
    }

/* The device interfaces of the runtimes built in. */
#ifdef KN_HAVE_OPENCL
extern const kn_device_ops kn_opencl_device;
#endif
#ifdef KN_HAVE_CUDA
extern const kn_device_ops kn_cuda_device;
#endif

#ifdef __cplusplus
}
#endif

#endif
