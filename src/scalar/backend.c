#include "scalar.h"
#include "../core/expr.h"

static const char *scalar_info(void) { return "scalar: portable C reference"; }

const kn_backend_ops kn_scalar_ops = {
    .id = KN_SCALAR,
    .info = scalar_info,
    .julia = scalar_julia,
    .julia_points = scalar_julia_points,
    .firewall_severity = scalar_firewall_severity,
    .firewall_scan = scalar_firewall_scan,
    .norm_square_f64 = scalar_norm_square_f64,
    .norm_square_i64 = scalar_norm_square_i64,
    .suffix_sums_f64 = scalar_suffix_sums_f64,
    .suffix_block_totals = scalar_suffix_block_totals,
    .suffix_scan_blocks = scalar_suffix_scan_blocks,
    .expr_eval = scalar_expr_eval,
};
