/* The CUDA backend's table (C, designated initializers). */
#include "../../scalar/scalar.h"
#include "cuda_backend.h"

const kn_backend_ops kn_cuda_ops = {
    .id = KN_CUDA,
    .gpu_unavailable_reason = kn_cuda_unavailable_reason, /* a CUDA device is a GPU */
    .unavailable_reason = kn_cuda_unavailable_reason,
    .info = kn_cuda_info,
    .julia = kn_cuda_julia,
    .julia_points = kn_cuda_julia_points,
    /* one delay is O(layers) host work: no transfer is worth it */
    .firewall_severity = scalar_firewall_severity,
    .firewall_scan = kn_cuda_firewall_scan,
    .norm_square_f64 = kn_cuda_norm_square_f64,
    .norm_square_i64 = kn_cuda_norm_square_i64,
    .suffix_sums_f64 = kn_cuda_suffix_sums_f64,
    .expr_eval = kn_cuda_expr_eval, /* device-side interpreter */
};
