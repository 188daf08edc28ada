/* The simd backend's table (C, for designated initializers). */
#include "simd.h"
#include "../scalar/scalar.h"

const kn_backend_ops kn_simd_ops = {
    .id = KN_SIMD,
    .unavailable_reason = simd_unavailable_reason,
    .info = simd_info,
    .ctx_init = simd_ctx_init, /* KERNELS_SIMD_TARGET; the state is static, no fini */
    .julia = simd_julia,
    .julia_points = simd_julia_points,
    .firewall_severity = scalar_firewall_severity, /* one delay: nothing to vectorize */
    .firewall_scan = simd_firewall_scan,
    .norm_square_f64 = simd_norm_square_f64,
    .norm_square_i64 = simd_norm_square_i64,
    .suffix_sums_f64 = simd_suffix_sums_f64,
    .suffix_block_totals = simd_suffix_block_totals,
    .suffix_scan_blocks = simd_suffix_scan_blocks,
    .expr_eval = simd_expr_eval,
};
