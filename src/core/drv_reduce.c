/* Reductions: canonical double sums, exact int64 sums of squares. */
#include <stdlib.h>

#include "canon.h"
#include "drv.h"
#include "error.h"

/* A chunk is an aligned power-of-two run of canonical blocks, so its total
 * is a node of the canonical tree and the chunk totals combine with the
 * same kn_tree: the result does not depend on the thread count. 64 blocks
 * (1 MiB) are also simd's run of four interleaved read streams. */
#define CHUNK_BLOCKS 64
#define CHUNK ((size_t)KN_SUM_BLOCK * CHUNK_BLOCKS)
#define STACK_CHUNKS 512

static size_t chunk_len(size_t n, size_t chunk, size_t c) { return n - c * chunk < chunk ? n - c * chunk : chunk; }

typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    kn_red_op op;
    const double *x, *y;
    size_t n;
    double *part;
} reduce_job;

static kn_status reduce_chunk(void *arg, size_t c, int thread)
{
    (void)thread;
    const reduce_job *j = arg;
    size_t k = c * CHUNK;
    return j->prims->reduce_f64(j->pctx, j->op, j->x + k, j->y ? j->y + k : NULL, chunk_len(j->n, CHUNK, c),
                                &j->part[c]);
}

static const char *reduce_name(kn_red_op op)
{
    return op == KN_RED_SQUARE ? "kn_norm_square_f64" : op == KN_RED_SUM ? "kn_sum_f64" : "kn_dot_f64";
}

kn_status kn_drv_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *out)
{
    const kn_exec_ops *exec = ctx->ops->exec;
    const kn_ctx *pctx = ctx->prims_ctx;
    size_t chunks = (n + CHUNK - 1) / CHUNK;
    int team = exec->team(ctx, chunks);
    if (team == 1) return pctx->ops->prims->reduce_f64(pctx, op, x, y, n, out);
    double stack_part[STACK_CHUNKS], *part = stack_part;
    if (chunks > STACK_CHUNKS && !(part = malloc(chunks * sizeof *part)))
        return kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory for %zu chunk totals", reduce_name(op), chunks);
    reduce_job job = {pctx->ops->prims, pctx, op, x, y, n, part};
    kn_status st = exec->parallel_for(ctx, team, chunks, reduce_chunk, &job);
    if (!st) {
        kn_tree t;
        kn_tree_init(&t);
        for (size_t c = 0; c < chunks; c++) kn_tree_push(&t, part[c]);
        *out = kn_tree_finish(&t);
    }
    if (part != stack_part) free(part);
    return st;
}

/* Exact, so any cutting gives the same sum; chunk sums are combined after
 * the loop (no lock shared between calls or contexts). */
#define ICHUNK ((size_t)65536)

typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    const int64_t *x;
    size_t n;
    int64_t *part;
} sumsq_job;

static kn_status sumsq_chunk(void *arg, size_t c, int thread)
{
    (void)thread;
    const sumsq_job *j = arg;
    return j->prims->sumsq_i64(j->pctx, j->x + c * ICHUNK, chunk_len(j->n, ICHUNK, c), &j->part[c]);
}

kn_status kn_drv_sumsq_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    const kn_exec_ops *exec = ctx->ops->exec;
    const kn_ctx *pctx = ctx->prims_ctx;
    size_t chunks = (n + ICHUNK - 1) / ICHUNK;
    int team = exec->team(ctx, chunks);
    if (team == 1) return pctx->ops->prims->sumsq_i64(pctx, x, n, out);
    int64_t stack_part[STACK_CHUNKS], *part = stack_part;
    if (chunks > STACK_CHUNKS && !(part = malloc(chunks * sizeof *part)))
        return kn_fail(KN_ERR_NO_MEMORY, "kn_norm_square_i64: out of memory for %zu chunk sums", chunks);
    sumsq_job job = {pctx->ops->prims, pctx, x, n, part};
    kn_status st = exec->parallel_for(ctx, team, chunks, sumsq_chunk, &job);
    uint64_t sum = 0;
    for (size_t c = 0; c < chunks && !st; c++)
        if (__builtin_add_overflow(sum, (uint64_t)part[c], &sum) || sum > INT64_MAX) st = KN_ERR_OVERFLOW;
    if (part != stack_part) free(part);
    if (!st) *out = (int64_t)sum;
    return st;
}

kn_status kn_run_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *out)
{
    const kn_device_kernels *dev = ctx->ops->device;
    return dev ? dev->reduce_f64(ctx, op, x, y, n, out) : kn_drv_reduce_f64(ctx, op, x, y, n, out);
}
