#include "../core/backend.h"

static const char *scalar_info(void) { return "scalar: portable C reference"; }

const kn_cpu_prims kn_scalar_prims = {
    .reduce_f64 = kn_scalar_reduce_f64,
    .sumsq_i64 = kn_scalar_sumsq_i64,
    .scan_f64 = kn_scalar_scan_f64,
    .scan_totals = kn_scalar_scan_totals,
    .scan_blocks = kn_scalar_scan_blocks,
    .julia_rows = kn_scalar_julia_rows,
    .julia_points = kn_scalar_julia_points,
    .fw_scan = kn_scalar_fw_scan,
    .expr_eval = kn_scalar_expr_eval,
};

const kn_backend_ops kn_scalar_ops = {
    .id = KN_SCALAR,
    .info = scalar_info,
    .exec = &kn_exec_serial,
    .prims = &kn_scalar_prims,
};
