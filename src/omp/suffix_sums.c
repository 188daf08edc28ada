#include <stdlib.h>

#include "../core/error.h"
#include "omp_backend.h"

#define CHUNK_BLOCKS 128 /* 1 MiB of doubles: a chunk stays in its core's L2 (half of 2 MiB;
                            * measured 8% faster at 1e8 than 2 MiB chunks) */
#define CHUNK ((size_t)KN_SCAN_BLOCK * CHUNK_BLOCKS)

static size_t chunk_len(size_t n, size_t c) { return n - c * CHUNK < CHUNK ? n - c * CHUNK : CHUNK; }

/* The carries of the canonical order, sequentially over one window's block
 * totals from its right end: carry[c] gets the carry of chunk c's last
 * block; returns the carry of the block before the window. */
static double window_carries(const double *totals, size_t first, size_t end, size_t n, double running,
                             double *carry)
{
    for (size_t c = end; c-- > first;) {
        carry[c - first] = running;
        size_t blocks = (chunk_len(n, c) + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
        const double *t = totals + (c - first) * CHUNK_BLOCKS;
        for (size_t b = blocks; b-- > 0;) running = running + t[b];
    }
    return running;
}

/* Windows of one chunk per thread, right to left: each thread sums its
 * chunk's blocks, one thread chains the carries, then each thread scans the
 * same chunk (static schedule: the same thread, its chunk still in L2), so
 * the array crosses the memory bus once each way. */
kn_status omp_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry, int stream_out)
{
    kn_ctx *in = omp_inner(ctx);
    size_t chunks = (n + CHUNK - 1) / CHUNK;
    int team = omp_team(ctx, chunks);
    size_t width = (size_t)team < chunks ? (size_t)team : chunks;
    double *totals = malloc(width * (CHUNK_BLOCKS + 1) * sizeof *totals);
    if (!totals) return kn_fail(KN_ERR_NO_MEMORY, "kn_suffix_sums_f64: out of memory for %zu block totals", width * CHUNK_BLOCKS);
    double *carries = totals + width * CHUNK_BLOCKS, running = carry;
#pragma omp parallel num_threads(team)
    for (size_t end = chunks; end > 0; end = end > width ? end - width : 0) {
        size_t first = end > width ? end - width : 0;
#pragma omp for schedule(static)
        for (size_t c = first; c < end; c++)
            in->ops->suffix_block_totals(in, x + c * CHUNK, chunk_len(n, c), totals + (c - first) * CHUNK_BLOCKS);
#pragma omp single
        running = window_carries(totals, first, end, n, running, carries);
#pragma omp for schedule(static)
        for (size_t c = first; c < end; c++)
            in->ops->suffix_sums_f64(in, x + c * CHUNK, chunk_len(n, c), out + c * CHUNK, carries[c - first],
                                     stream_out);
    }
    free(totals);
    return KN_OK;
}

kn_status omp_suffix_block_totals(kn_ctx *ctx, const double *x, size_t n, double *totals)
{
    kn_ctx *in = omp_inner(ctx);
    size_t chunks = (n + CHUNK - 1) / CHUNK;
#pragma omp parallel for schedule(static) num_threads(omp_team(ctx, chunks))
    for (size_t c = 0; c < chunks; c++)
        in->ops->suffix_block_totals(in, x + c * CHUNK, chunk_len(n, c), totals + c * CHUNK_BLOCKS);
    return KN_OK;
}
