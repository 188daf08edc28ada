/* Julia grids in units of whole rows, batches of points in chunks. */
#include "drv.h"
#include "julia_units.h"

/* Rows are handed out a few at a time (dynamic by default): escape counts
 * vary a lot from row to row, so a static split would leave threads idle. */
typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    const kn_julia_params *p;
    int32_t row0, row1, rows;
    int32_t *counts; /* row row0 first */
} julia_job;

static kn_status julia_unit(void *arg, size_t u, int thread)
{
    (void)thread;
    const julia_job *j = arg;
    int32_t j0, j1;
    kn_julia_unit_span(j->row0, j->row1, j->rows, u, &j0, &j1);
    return j->prims->julia_rows(j->pctx, j->p, j0, j1, j->counts + (size_t)(j0 - j->row0) * (size_t)j->p->width);
}

kn_status kn_drv_julia_rows(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    const kn_exec_ops *exec = ctx->ops->exec;
    const kn_ctx *pctx = ctx->prims_ctx;
    int32_t rows = kn_julia_unit_rows(p->width);
    size_t units = kn_julia_unit_count(row0, row1, rows);
    int serial = kn_julia_serial((size_t)(row1 - row0) * (size_t)p->width, p->max_iter);
    int team = serial ? 1 : exec->team(ctx, units);
    if (team == 1) return pctx->ops->prims->julia_rows(pctx, p, row0, row1, counts);
    julia_job job = {pctx->ops->prims, pctx, p, row0, row1, rows, counts};
    return exec->parallel_for(ctx, team, units, julia_unit, &job);
}

kn_status kn_drv_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts)
{
    return kn_drv_julia_rows(ctx, p, 0, p->height, counts);
}

#define POINTS_CHUNK ((size_t)KN_JULIA_UNIT_PIXELS)

typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    size_t n;
    const double *z_re, *z_im, *c_re, *c_im;
    int32_t max_iter;
    int32_t *counts;
} points_job;

static kn_status points_chunk(void *arg, size_t c, int thread)
{
    (void)thread;
    const points_job *j = arg;
    size_t k = c * POINTS_CHUNK, len = j->n - k < POINTS_CHUNK ? j->n - k : POINTS_CHUNK;
    return j->prims->julia_points(j->pctx, len, j->z_re + k, j->z_im + k, j->c_re + k, j->c_im + k, j->max_iter,
                                  j->counts + k);
}

kn_status kn_drv_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                              const double *c_im, int32_t max_iter, int32_t *counts)
{
    const kn_exec_ops *exec = ctx->ops->exec;
    const kn_ctx *pctx = ctx->prims_ctx;
    size_t chunks = (n + POINTS_CHUNK - 1) / POINTS_CHUNK;
    int team = exec->team(ctx, chunks);
    if (team == 1) return pctx->ops->prims->julia_points(pctx, n, z_re, z_im, c_re, c_im, max_iter, counts);
    points_job job = {pctx->ops->prims, pctx, n, z_re, z_im, c_re, c_im, max_iter, counts};
    return exec->parallel_for(ctx, team, chunks, points_chunk, &job);
}
