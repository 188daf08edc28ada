#include <stdlib.h>

#include "../core/canon.h"
#include "../core/error.h"
#include "omp_backend.h"

/* A chunk is an aligned power-of-two run of canonical blocks, so its total
 * is a node of the canonical tree and the chunk totals combine with the same
 * kn_tree: the result does not depend on the thread count. */
#define CHUNK_BLOCKS 64
#define CHUNK ((size_t)KN_SUM_BLOCK * CHUNK_BLOCKS)
#define STACK_CHUNKS 512

kn_status omp_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    kn_ctx *in = omp_inner(ctx);
    size_t chunks = (n + CHUNK - 1) / CHUNK;
    double stack_part[STACK_CHUNKS], *part = stack_part;
    if (chunks > STACK_CHUNKS && !(part = malloc(chunks * sizeof *part)))
        return kn_fail(KN_ERR_NO_MEMORY, "kn_norm_square_f64: out of memory for %zu chunk totals", chunks);
#pragma omp parallel for schedule(runtime) num_threads(omp_team(ctx, chunks))
    for (size_t c = 0; c < chunks; c++) {
        size_t k = c * CHUNK;
        in->ops->norm_square_f64(in, x + k, n - k < CHUNK ? n - k : CHUNK, &part[c]);
    }
    kn_tree t;
    kn_tree_init(&t);
    for (size_t c = 0; c < chunks; c++) kn_tree_push(&t, part[c]);
    *out = kn_tree_finish(&t);
    if (part != stack_part) free(part);
    return KN_OK;
}

#define ICHUNK 65536

/* Exact, so the order does not matter; partial sums are combined after the
 * loop (no lock shared between calls or contexts). */
kn_status omp_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    kn_ctx *in = omp_inner(ctx);
    size_t chunks = (n + ICHUNK - 1) / ICHUNK;
    int64_t stack_part[STACK_CHUNKS], *part = stack_part;
    if (chunks > STACK_CHUNKS && !(part = malloc(chunks * sizeof *part)))
        return kn_fail(KN_ERR_NO_MEMORY, "kn_norm_square_i64: out of memory for %zu chunk sums", chunks);
#pragma omp parallel for schedule(runtime) num_threads(omp_team(ctx, chunks))
    for (size_t c = 0; c < chunks; c++) {
        size_t k = c * ICHUNK;
        if (in->ops->norm_square_i64(in, x + k, n - k < ICHUNK ? n - k : ICHUNK, &part[c]) != KN_OK) part[c] = -1;
    }
    uint64_t sum = 0;
    kn_status st = KN_OK;
    for (size_t c = 0; c < chunks && !st; c++)
        if (part[c] < 0 || __builtin_add_overflow(sum, (uint64_t)part[c], &sum) || sum > INT64_MAX) st = KN_ERR_OVERFLOW;
    if (part != stack_part) free(part);
    if (!st) *out = (int64_t)sum;
    return st;
}
