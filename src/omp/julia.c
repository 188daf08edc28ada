#include "julia_units.h"
#include "omp_backend.h"

/* Rows are handed out a few at a time (dynamic by default): escape counts
 * vary a lot from row to row, so a static split would leave threads idle. */
kn_status omp_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    kn_ctx *in = omp_inner(ctx);
    int32_t rows = omp_julia_unit_rows(p->width);
    size_t units = omp_julia_unit_count(row0, row1, rows);
    int serial = omp_julia_serial((size_t)(row1 - row0) * (size_t)p->width, p->max_iter);
    /* read by num_threads() below, which the static analyzer does not see */
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores)
    int team = omp_team(ctx, serial ? 1 : units);
    omp_failure failure = {0};
#pragma omp parallel for schedule(runtime) num_threads(team)
    for (size_t u = 0; u < units; u++) {
        int32_t j0, j1;
        omp_julia_unit_span(row0, row1, rows, u, &j0, &j1);
        kn_status st = in->ops->julia(in, p, j0, j1, counts);
        if (st) omp_failure_record(&failure, st);
    }
    return omp_failure_report(&failure);
}

#define POINTS_CHUNK OMP_JULIA_UNIT_PIXELS

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
