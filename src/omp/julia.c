#include "omp_backend.h"

/* Rows are handed out a few at a time (dynamic by default): escape counts
 * vary a lot from row to row, so a static split would leave threads idle.
 * A unit has at least UNIT_PIXELS pixels, the simd kernel's worklist batch,
 * which keeps its vectors full. */
#define UNIT_PIXELS 4096
/* Grids with fewer point-iterations than this run on the calling thread. */
#define SERIAL_WORK (1 << 20)

kn_status omp_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    kn_ctx *in = omp_inner(ctx);
    size_t work = (size_t)(row1 - row0) * (size_t)p->width * (size_t)(p->max_iter > 0 ? p->max_iter : 1);
    int32_t rows = (UNIT_PIXELS + p->width - 1) / p->width;
    int32_t units = (row1 - row0 + rows - 1) / rows;
    /* read by num_threads() below, which the static analyzer does not see */
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores)
    int team = omp_team(ctx, work < SERIAL_WORK ? 1 : (size_t)units);
    omp_failure failure = {0};
#pragma omp parallel for schedule(runtime) num_threads(team)
    for (int32_t u = 0; u < units; u++) {
        int32_t j = row0 + u * rows, j1 = row1 - j < rows ? row1 : j + rows;
        kn_status st = in->ops->julia(in, p, j, j1, counts);
        if (st) omp_failure_record(&failure, st);
    }
    return omp_failure_report(&failure);
}

#define POINTS_CHUNK UNIT_PIXELS

kn_status omp_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                           const double *c_im, int32_t max_iter, int32_t *counts)
{
    kn_ctx *in = omp_inner(ctx);
    size_t chunks = (n + POINTS_CHUNK - 1) / POINTS_CHUNK;
    omp_failure failure = {0};
#pragma omp parallel for schedule(runtime) num_threads(omp_team(ctx, chunks))
    for (size_t c = 0; c < chunks; c++) {
        size_t k = c * POINTS_CHUNK, len = n - k < POINTS_CHUNK ? n - k : POINTS_CHUNK;
        kn_status st = in->ops->julia_points(in, len, z_re + k, z_im + k, c_re + k, c_im + k, max_iter, counts + k);
        if (st) omp_failure_record(&failure, st);
    }
    return omp_failure_report(&failure);
}
