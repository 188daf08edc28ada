/* The CUDA backend's table (C, designated initializers), and the core's
 * device table over kernels.cu's entry points. */
#include "cuda_backend.h"

static kn_status cuda_dev_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts)
{
    return kn_cuda_julia(ctx, p, 0, p->height, counts);
}

static kn_status cuda_dev_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n,
                                     double *out)
{
    (void)y;
    if (op == KN_RED_SUM) return kn_device_lacks(ctx, "kn_sum_f64");
    if (op == KN_RED_DOT) return kn_device_lacks(ctx, "kn_dot_f64");
    return kn_cuda_norm_square_f64(ctx, x, n, out);
}

static kn_status cuda_dev_scan_f64(kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out)
{
    if (dir == KN_SCAN_PREFIX) return kn_device_lacks(ctx, "kn_prefix_sums_f64");
    return kn_cuda_suffix_sums_f64(ctx, x, n, out, 0.0, 0);
}

static kn_status cuda_dev_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                                    double *out)
{
    return kn_cuda_expr_eval(ctx, e, n, vars, out, 0); /* device-side interpreter */
}

static const kn_device_kernels cuda_device = {
    .julia = cuda_dev_julia,
    .julia_points = kn_cuda_julia_points,
    .firewall_scan = kn_cuda_firewall_scan,
    .reduce_f64 = cuda_dev_reduce_f64,
    .norm_square_i64 = kn_cuda_norm_square_i64,
    .scan_f64 = cuda_dev_scan_f64,
    .expr_eval = cuda_dev_expr_eval,
};

const kn_backend_ops kn_cuda_ops = {
    .id = KN_CUDA,
    .gpu_unavailable_reason = kn_cuda_unavailable_reason, /* a CUDA device is a GPU */
    .unavailable_reason = kn_cuda_unavailable_reason,
    .info = kn_cuda_info,
    .device = &cuda_device,
};
