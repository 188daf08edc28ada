/* The backend table: a backend is one folder of kernels plus one
 * kn_backend_ops (like OpenBLAS's gotoblas_t). Arguments are validated in
 * src/core before any of these is called; kernels never re-check them. */
#ifndef KN_CORE_BACKEND_H
#define KN_CORE_BACKEND_H

#include "kernels.h"
#include "firewall_plan.h"

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
};

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

    /* Kernels. Ranges let the omp backend run another CPU backend's
     * kernels on its chunks (the core always asks for the whole problem).
     *
     * julia: rows [row0, row1) of the grid; counts is the whole grid. */
    kn_status (*julia)(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts);
    kn_status (*julia_points)(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im,
                              const double *c_re, const double *c_im, int32_t max_iter,
                              int32_t *counts);
    kn_status (*firewall_severity)(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t delay,
                                   int64_t *severity);
    /* The smallest wheel candidate d with from <= d <= limit that no plan
     * check catches: KN_OK with *delay, or KN_ERR_NOT_FOUND. `from` is a
     * multiple of plan->wheel (the core passes 0). */
    kn_status (*firewall_scan)(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit,
                               uint64_t *delay);
    /* Canonical order of kernels.h; x[0] starts a block. */
    kn_status (*norm_square_f64)(kn_ctx *ctx, const double *x, size_t n, double *out);
    /* KN_OK or KN_ERR_OVERFLOW; the core writes the message. */
    kn_status (*norm_square_i64)(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);
    /* Canonical order of kernels.h; x[0] starts a block, and `carry` is the
     * carry C of the last block (the sum beyond x[n-1]; the core passes
     * +0.0), so a chunk of whole blocks is computed exactly as inside the
     * whole array. stream_out: as for expr_eval (KN_SCAN_STREAM_MIN_BYTES). */
    kn_status (*suffix_sums_f64)(kn_ctx *ctx, const double *x, size_t n, double *out, double carry,
                                 int stream_out);
    /* Optional (CPU backends): the block totals T[b] of kernels.h, step 2,
     * for the ceil(n / KN_SCAN_BLOCK) blocks of x. */
    kn_status (*suffix_block_totals)(kn_ctx *ctx, const double *x, size_t n, double *totals);
    /* Optional (CPU backends): step 4 alone, block b of x scanned from the
     * given carries[b]. The omp backend derives the carries from its own
     * pass over suffix_block_totals, so no block total is summed twice. */
    kn_status (*suffix_scan_blocks)(kn_ctx *ctx, const double *x, size_t n, double *out, const double *carries,
                                    int stream_out);
    /* Evaluates a compiled expression (program format: src/core/expr.h)
     * into out[0..n-1], n >= 1; out may equal a vars[i] (other overlaps are
     * rejected by the core). Elements are independent, so a range driver
     * may call it on any sub-range (vars[i] + off, out + off). stream_out:
     * the whole call's output is larger than the caches (KN_EXPR_STREAM_MIN_BYTES),
     * so a CPU backend may write it with non-temporal stores, fenced before
     * it returns; the bits are the same either way. NULL when the backend
     * has no evaluator: kn_expr_eval then fails with KN_ERR_UNAVAILABLE
     * (never a silent fallback). */
    kn_status (*expr_eval)(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out,
                           int stream_out);
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
