#include <stdlib.h>

#include "../core/error.h"
#include "../core/expr.h"
#include "../core/expr_blocks.h"
#include "omp_backend.h"

/* Elements per chunk: a multiple of every inner backend's block, large
 * enough that a chunk's work dwarfs the scheduling cost. */
#define EXPR_CHUNK 16384
#define STACK_VARS 32

kn_status omp_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out,
                        int stream_out)
{
    kn_ctx *in = omp_inner(ctx);
    /* An inner backend without an evaluator has its chunks run by scalar's
     * (the result bits are the same: the exact opcodes are exact everywhere). */
    kn_status (*eval)(kn_ctx *, const kn_expr *, size_t, const double *const *, double *, int) =
        in->ops->expr_eval ? in->ops->expr_eval : kn_scalar_ops.expr_eval;
    size_t chunks = (n + EXPR_CHUNK - 1) / EXPR_CHUNK;
    /* Each thread allocates at most once: its view of the inputs (shifted to
     * its chunk) and the scratch that every chunk's blocks reuse, lent to the
     * inner evaluator. */
    size_t scratch_bytes = kn_expr_scratch_bytes(e, n < EXPR_CHUNK ? n : EXPR_CHUNK);
    size_t view_bytes = e->nvars > STACK_VARS ? ((size_t)e->nvars * sizeof(const double *) + 63) & ~(size_t)63 : 0;
    omp_failure failure = {0};
#pragma omp parallel num_threads(omp_team(ctx, chunks))
    {
        const double *stack_view[STACK_VARS], **view = stack_view;
        void *heap = NULL;
        kn_status alloc_st = KN_OK;
        if (view_bytes + scratch_bytes) {
            heap = aligned_alloc(64, view_bytes + scratch_bytes);
            if (!heap)
                alloc_st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for %zu bytes of scratch",
                                   view_bytes + scratch_bytes);
            else if (view_bytes)
                view = heap;
            if (heap && scratch_bytes) kn_expr_scratch_lend((char *)heap + view_bytes, scratch_bytes);
        }
#pragma omp for schedule(runtime)
        for (size_t c = 0; c < chunks; c++) {
            kn_status st = alloc_st;
            if (!st) {
                size_t off = c * EXPR_CHUNK, len = n - off < EXPR_CHUNK ? n - off : EXPR_CHUNK;
                for (uint32_t v = 0; v < e->nvars; v++) view[v] = vars[v] + off;
                st = eval(in, e, len, view, out + off, stream_out);
            }
            if (st) omp_failure_record(&failure, st);
        }
        kn_expr_scratch_lend(NULL, 0);
        free(heap);
    }
    return omp_failure_report(&failure);
}
