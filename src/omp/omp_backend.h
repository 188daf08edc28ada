/* The omp backend: prange-style parallel loops over chunks whose work is
 * done by an inner CPU backend (simd when built and usable, else scalar),
 * through that backend's range-capable kernels. */
#ifndef KN_OMP_BACKEND_H
#define KN_OMP_BACKEND_H

#include "../core/backend.h"
#include "../core/env.h"

typedef struct {
    int threads;        /* KERNELS_NUM_THREADS, else omp_get_max_threads(),
                         * at most 4 per processor                        */
    kn_schedule sched;  /* KERNELS_SCHEDULE, default dynamic            */
    int chunk;          /* 0: the schedule's default                    */
    kn_ctx *inner;      /* the backend that runs each chunk             */
} omp_state;

/* Sets this thread's run-time schedule from the context and returns the
 * team size for `units` independent pieces of work: at most one thread per
 * piece (a single piece wakes no other thread), and 1 inside an enclosing
 * parallel region (no oversubscription). */
int omp_team(kn_ctx *ctx, size_t units);

static inline kn_ctx *omp_inner(kn_ctx *ctx) { return ((omp_state *)ctx->state)->inner; }

/* The first failure inside a parallel region. Errors are thread-local, so
 * the failing worker's sentence is copied here and set again on the calling
 * thread by omp_failure_report. */
typedef struct {
    int claimed;
    kn_status st;
    char msg[512];
} omp_failure;

void omp_failure_record(omp_failure *f, kn_status st);
kn_status omp_failure_report(const omp_failure *f);

kn_status omp_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts);
kn_status omp_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                           const double *c_im, int32_t max_iter, int32_t *counts);
kn_status omp_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay);
kn_status omp_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out);
kn_status omp_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);
kn_status omp_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry, int stream_out);
kn_status omp_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out,
                        int stream_out);

#endif
