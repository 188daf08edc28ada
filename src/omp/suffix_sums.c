#include <stdlib.h>

#include "../core/canon.h"
#include "../core/error.h"
#include "omp_backend.h"

#define CHUNK_BLOCKS 128 /* 1 MiB of doubles: a chunk stays in its core's L2 (half of 2 MiB;
                            * measured 8% faster at 1e8 than 2 MiB chunks) */
#define CHUNK ((size_t)KN_SCAN_BLOCK * CHUNK_BLOCKS)

static size_t chunk_len(size_t n, size_t c) { return n - c * CHUNK < CHUNK ? n - c * CHUNK : CHUNK; }

/* Windows of one chunk per thread, right to left: each thread sums its
 * chunk's blocks, one thread chains the carries, then each thread scans the
 * same chunk from them (static schedule: the same thread, its chunk still in
 * L2), so the array crosses the memory bus once each way and every block
 * total is summed once. */
kn_status omp_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry, int stream_out)
{
    kn_ctx *in = omp_inner(ctx);
    size_t chunks = (n + CHUNK - 1) / CHUNK;
    int team = omp_team(ctx, chunks);
    size_t width = (size_t)team < chunks ? (size_t)team : chunks;
    double *t = malloc(width * CHUNK_BLOCKS * sizeof *t), running = carry;
    if (!t) return kn_fail(KN_ERR_NO_MEMORY, "kn_suffix_sums_f64: out of memory for %zu block totals", width * CHUNK_BLOCKS);
#pragma omp parallel num_threads(team)
    for (size_t end = chunks; end > 0; end = end > width ? end - width : 0) {
        size_t first = end > width ? end - width : 0;
#pragma omp for schedule(static)
        for (size_t c = first; c < end; c++)
            in->ops->suffix_block_totals(in, x + c * CHUNK, chunk_len(n, c), t + (c - first) * CHUNK_BLOCKS);
        /* Only the array's last chunk may be short, so the window's totals
         * are contiguous. */
        size_t window = (end * CHUNK < n ? end * CHUNK : n) - first * CHUNK;
#pragma omp single
        running = kn_scan_carries(t, (window + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK, running);
#pragma omp for schedule(static)
        for (size_t c = first; c < end; c++)
            in->ops->suffix_scan_blocks(in, x + c * CHUNK, chunk_len(n, c), out + c * CHUNK,
                                        t + (c - first) * CHUNK_BLOCKS, stream_out);
    }
    free(t);
    return KN_OK;
}
