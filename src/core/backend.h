/* The backend table (like OpenBLAS's gotoblas_t): a CPU backend is an
 * executor plus primitives run by the core's drivers, a device backend a
 * table of whole kernels. Arguments are validated in src/core before any
 * of these is called; backends never re-check them. */
#ifndef KN_CORE_BACKEND_H
#define KN_CORE_BACKEND_H

#include "kernels.h"
#include "exec.h"
#include "firewall_plan.h"
#include "kinds.h"
#include "prims.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kn_backend_ops kn_backend_ops;

/* Outputs at least this large are written with non-temporal stores where a
 * backend can: they skip the read-for-ownership, a third of a streaming
 * kernel's memory traffic, but leave nothing in the caches. Measured on this
 * project's reference machine (2 MiB L2), simd and omp: `data + data*5 + 4`
 * ran 1.3x faster from 1e6 elements (8 MB) up to 1e8; suffix sums (whose
 * second pass re-reads cached input) 1.2x faster at 1e8 but 5-10% slower
 * at 1e6, so they stream from 32 MiB. */
#define KN_EXPR_STREAM_MIN_BYTES ((size_t)4 << 20)
#define KN_SCAN_STREAM_MIN_BYTES ((size_t)32 << 20)

struct kn_ctx {
    const kn_backend_ops *ops;
    void *state; /* backend-owned, from ops->ctx_init */
    /* CPU backends: the context whose primitives the drivers run (itself,
     * or the omp backend's inner simd or scalar context). */
    kn_ctx *prims_ctx;
};

/* A device backend's whole kernels: the core calls them with n >= 1 and
 * arguments already checked; every entry is non-NULL. */
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
                           const ptrdiff_t *strides, double *out); /* strides: see kn_expr_stride */
} kn_device_kernels;

struct kn_backend_ops {
    kn_backend id;
    /* GPU backends: NULL when usable here on a GPU device, else a static
     * sentence saying why not. "auto" and KERNELS_BACKEND=gpu ask this
     * before anything else, so it must not start a runtime that can only
     * offer CPU devices. */
    const char *(*gpu_unavailable_reason)(void);

    /* NULL when usable here, else a static sentence saying why not. */
    const char *(*unavailable_reason)(void);
    /* One static line such as "simd: AVX3_SPR". */
    const char *(*info)(void);

    /* Optional per-context state (devices, queues, caches). */
    kn_status (*ctx_init)(kn_ctx *ctx);
    void (*ctx_fini)(kn_ctx *ctx);

    /* CPU backends: the executor the drivers (src/core/drv.h) run units
     * on, and the primitives they run (NULL for omp, whose context runs
     * its inner context's: ctx->prims_ctx). NULL for device backends. */
    const kn_exec_ops *exec;
    const kn_cpu_prims *prims;
    /* Device backends: their whole kernels; NULL for CPU backends. */
    const kn_device_kernels *device;
};

/* NULL for a backend that is not built in. */
const kn_backend_ops *kn_backend_ops_get(kn_backend b);

extern const kn_backend_ops kn_scalar_ops;
#ifdef KN_HAVE_SIMD
extern const kn_backend_ops kn_simd_ops;
#endif
#ifdef KN_HAVE_OMP
extern const kn_backend_ops kn_omp_ops;
#endif
#ifdef KN_HAVE_OPENCL
extern const kn_backend_ops kn_opencl_ops;
#endif
#ifdef KN_HAVE_CUDA
extern const kn_backend_ops kn_cuda_ops;
#endif

#ifdef __cplusplus
}
#endif

#endif
