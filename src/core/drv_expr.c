/* Compiled expressions in chunks, with one scratch buffer per thread. */
#include <stdlib.h>

#include "drv.h"
#include "error.h"
#include "expr.h"
#include "expr_blocks.h"

/* Elements per chunk: a multiple of every evaluator's block, large enough
 * that a chunk's work dwarfs the scheduling cost. */
#define EXPR_CHUNK ((size_t)16384)
#define STACK_VARS 32

typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    const kn_expr *e;
    size_t n;
    const double *const *vars;
    const ptrdiff_t *strides;
    double *out;
    int stream_out;
    char *slots; /* per thread: its view of the inputs (if over STACK_VARS), then its scratch */
    size_t slot_bytes, view_bytes, scratch_bytes;
} expr_job;

/* A chunk sees the inputs shifted to it; the evaluator's blocks reuse the
 * thread's scratch, lent to it for the call. */
static kn_status expr_chunk(void *arg, size_t c, int thread)
{
    const expr_job *j = arg;
    const double *stack_view[STACK_VARS], **view = stack_view;
    if (j->slots) {
        char *slot = j->slots + (size_t)thread * j->slot_bytes;
        if (j->view_bytes) view = (const double **)(void *)slot;
        if (j->scratch_bytes) kn_expr_scratch_lend(slot + j->view_bytes, j->scratch_bytes);
    }
    size_t off = c * EXPR_CHUNK, len = j->n - off < EXPR_CHUNK ? j->n - off : EXPR_CHUNK;
    for (uint32_t v = 0; v < j->e->nvars; v++) view[v] = j->vars[v] + (ptrdiff_t)off * kn_expr_stride(j->strides, v);
    kn_status st = j->prims->expr_eval(j->pctx, j->e, len, view, j->strides, j->out + off, j->stream_out);
    kn_expr_scratch_lend(NULL, 0);
    return st;
}

kn_status kn_drv_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                           const ptrdiff_t *strides, double *out, int stream_out)
{
    const kn_exec_ops *exec = ctx->ops->exec;
    const kn_ctx *pctx = ctx->prims_ctx;
    size_t chunks = (n + EXPR_CHUNK - 1) / EXPR_CHUNK;
    int team = exec->team(ctx, chunks);
    if (team == 1) return pctx->ops->prims->expr_eval(pctx, e, n, vars, strides, out, stream_out);
    size_t scratch_bytes = (kn_expr_scratch_bytes(e, strides, EXPR_CHUNK) + 63) & ~(size_t)63;
    size_t view_bytes = e->nvars > STACK_VARS ? ((size_t)e->nvars * sizeof(const double *) + 63) & ~(size_t)63 : 0;
    size_t slot_bytes = view_bytes + scratch_bytes;
    char *slots = NULL;
    if (slot_bytes && !(slots = aligned_alloc(64, (size_t)team * slot_bytes)))
        return kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for %zu bytes of scratch",
                       (size_t)team * slot_bytes);
    expr_job job = {pctx->ops->prims, pctx,      e,          n,          vars,         strides, out,
                    stream_out,       slots,     slot_bytes, view_bytes, scratch_bytes};
    kn_status st = exec->parallel_for(ctx, team, chunks, expr_chunk, &job);
    free(slots);
    return st;
}
