/* The simd backend's table (C, for designated initializers). Its
 * primitives start as a copy of scalar's, and the ones Highway speeds up
 * are overridden (BLIS's cntx_init_ref, then the architecture's), so an
 * entry simd does not optimize is scalar's, never NULL. */
#include <pthread.h>

#include "simd.h"

static kn_cpu_prims kn_simd_prims;
static pthread_once_t kn_simd_prims_once = PTHREAD_ONCE_INIT;

static void kn_simd_prims_fill(void)
{
    kn_simd_prims = kn_scalar_prims;
    kn_simd_prims.reduce_f64 = kn_simd_reduce_f64;
    kn_simd_prims.sumsq_i64 = kn_simd_sumsq_i64;
    kn_simd_prims.scan_f64 = kn_simd_scan_f64;
    kn_simd_prims.scan_totals = kn_simd_scan_totals;
    kn_simd_prims.scan_blocks = kn_simd_scan_blocks;
    kn_simd_prims.julia_rows = kn_simd_julia_rows;
    kn_simd_prims.julia_points = kn_simd_julia_points;
    kn_simd_prims.fw_scan = kn_simd_fw_scan;
    kn_simd_prims.expr_eval = kn_simd_expr_eval;
}

/* Every simd context is made here, so the table is filled before any
 * driver reads it. */
static kn_status simd_table_ctx_init(kn_ctx *ctx)
{
    pthread_once(&kn_simd_prims_once, kn_simd_prims_fill);
    return kn_simd_ctx_init(ctx);
}

const kn_backend_ops kn_simd_ops = {
    .id = KN_SIMD,
    .unavailable_reason = kn_simd_unavailable_reason,
    .info = kn_simd_info,
    .ctx_init = simd_table_ctx_init, /* KERNELS_SIMD_TARGET; the state is static, no fini */
    .exec = &kn_exec_serial,
    .prims = &kn_simd_prims,
};
