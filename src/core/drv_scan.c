/* Scans (suffix and prefix sums) in one pass over memory: chunks are
 * claimed in scan order, and each chunk's carries are chained from its
 * predecessor's as soon as the chunk's block totals are known. */
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "canon.h"
#include "drv.h"
#include "error.h"

/* 512 KiB of doubles: a chunk being scanned and the next one being read
 * stay together in a core's L2 (2 MiB; 1 MiB chunks measured 5-10%
 * slower at 1e8). */
#define CHUNK_BLOCKS 64
#define CHUNK ((size_t)KN_SCAN_BLOCK * CHUNK_BLOCKS)
/* A chunk is scanned in pieces of 64 KiB, a whole number of SIMD groups. */
#define PIECE_BLOCKS 8
#define PIECE ((size_t)KN_SCAN_BLOCK * PIECE_BLOCKS)
#define PIECES (CHUNK_BLOCKS / PIECE_BLOCKS)
/* Polls of a predecessor's flag before each yield of the core: about the
 * time a predecessor that is running needs to publish, while one that is
 * descheduled gets the core back. */
#define SPINS_BEFORE_YIELD 256

/* What the chunk claimed k-th publishes: the carry of the block after it in
 * scan order, valid once `ready` is set (release; read with acquire). */
typedef struct {
    atomic_int ready;
    double carry_out;
} chunk_link;

typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    kn_scan_dir dir;
    const double *x;
    double *out;
    size_t n, chunks;
    int stream_out;
    atomic_size_t next; /* claim counter, in scan order */
    chunk_link *links;  /* one per chunk, by claim index */
} scan_job;

static size_t chunk_len(size_t n, size_t c) { return n - c * CHUNK < CHUNK ? n - c * CHUNK : CHUNK; }

/* The carry entering the chunk claimed k-th. Its predecessor was claimed
 * earlier by a thread that is working on it and waits on nothing but its
 * own predecessor, so the wait ends whatever the team size. */
static double carry_in(const scan_job *j, size_t k)
{
    if (k == 0) return +0.0;
    const chunk_link *prev = &j->links[k - 1];
    for (unsigned spins = 1; !atomic_load_explicit(&prev->ready, memory_order_acquire); spins++)
        if (spins % SPINS_BEFORE_YIELD == 0) sched_yield();
    return prev->carry_out;
}

static size_t claim(scan_job *j) { return atomic_fetch_add_explicit(&j->next, 1, memory_order_relaxed); }

/* The chunk claimed k-th, in the array's chunk numbering. */
static size_t chunk_of(const scan_job *j, size_t k) { return j->dir == KN_SCAN_PREFIX ? k : j->chunks - 1 - k; }

static size_t blocks_of(size_t len) { return (len + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK; }

/* Block totals of piece p of the chunk claimed k-th (nothing past its end). */
static void piece_totals(const scan_job *j, size_t k, size_t p, double *totals)
{
    size_t c = chunk_of(j, k), len = chunk_len(j->n, c), lo = p * PIECE;
    if (lo < len)
        j->prims->scan_totals(j->pctx, j->dir, j->x + c * CHUNK + lo, len - lo < PIECE ? len - lo : PIECE,
                                    totals + p * PIECE_BLOCKS);
}

/* The start of piece p of the chunk claimed k-th if that piece is whole,
 * else NULL. */
static const double *whole_piece(const scan_job *j, size_t k, size_t p)
{
    if (k >= j->chunks) return NULL;
    size_t c = chunk_of(j, k);
    return (p + 1) * PIECE <= chunk_len(j->n, c) ? j->x + c * CHUNK + p * PIECE : NULL;
}

/* Scans piece p of the chunk claimed k-th, and takes the totals of piece p
 * of the chunk claimed k_next (none once past the last): in the same loop
 * when both pieces are whole, so that the core reads memory while it
 * computes and writes. */
static void piece_scan_and_next_totals(const scan_job *j, size_t k, size_t p, const double *carries, size_t k_next,
                                       double *totals)
{
    size_t c = chunk_of(j, k), len = chunk_len(j->n, c), lo = p * PIECE;
    const double *next = whole_piece(j, k, p) ? whole_piece(j, k_next, p) : NULL;
    if (lo < len)
        j->prims->scan_blocks(j->pctx, j->dir, j->x + c * CHUNK + lo, len - lo < PIECE ? len - lo : PIECE,
                              j->out + c * CHUNK + lo, carries + p * PIECE_BLOCKS, j->stream_out, next,
                              totals + p * PIECE_BLOCKS);
    if (!next && k_next < j->chunks) piece_totals(j, k_next, p, totals);
}

/* The chunk claimed k-th turns its totals into carries, chained from its
 * predecessor's and published for its successor: the canonical sequential
 * chain, only computed chunk by chunk. */
static void chain_carries(scan_job *j, size_t k, double *carries)
{
    size_t blocks = blocks_of(chunk_len(j->n, chunk_of(j, k)));
    double in = carry_in(j, k);
    j->links[k].carry_out = j->dir == KN_SCAN_PREFIX ? kn_scan_carries_prefix(carries, blocks, in)
                                                     : kn_scan_carries(carries, blocks, in);
    atomic_store_explicit(&j->links[k].ready, 1, memory_order_release);
}

/* Scans the chunk claimed k-th (in L2 since its totals were taken) piece by
 * piece in scan order, with the totals of the chunk claimed next. */
static void scan_and_next_totals(const scan_job *j, size_t k, const double *carries, size_t k_next, double *totals)
{
    for (size_t i = 0; i < PIECES; i++)
        piece_scan_and_next_totals(j, k, j->dir == KN_SCAN_PREFIX ? i : PIECES - 1 - i, carries, k_next, totals);
}

/* Each thread claims chunks in scan order; a chunk's totals are taken while
 * the thread's previous chunk is scanned, then its carries wait only on the
 * previous chunk's published carry-out. */
static void scan_team(void *arg, int thread, int team)
{
    (void)thread, (void)team;
    scan_job *j = arg;
    double buffers[2][CHUNK_BLOCKS];
    double *carries = buffers[0], *totals = buffers[1];
    size_t k = claim(j);
    if (k < j->chunks)
        for (size_t p = 0; p < PIECES; p++) piece_totals(j, k, p, carries);
    while (k < j->chunks) {
        chain_carries(j, k, carries);
        size_t k_next = claim(j);
        scan_and_next_totals(j, k, carries, k_next, totals);
        double *swap = carries;
        carries = totals, totals = swap;
        k = k_next;
    }
}

kn_status kn_drv_scan_f64(kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out, int stream_out)
{
    const kn_exec_ops *exec = ctx->ops->exec;
    const kn_ctx *pctx = ctx->prims_ctx;
    size_t chunks = (n + CHUNK - 1) / CHUNK;
    int team = exec->team(ctx, chunks);
    if (team == 1) return pctx->ops->prims->scan_f64(pctx, dir, x, n, out, 0.0, stream_out);
    chunk_link *links = malloc(chunks * sizeof *links);
    if (!links)
        return kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory for %zu chunk carries",
                       dir == KN_SCAN_PREFIX ? "kn_prefix_sums_f64" : "kn_suffix_sums_f64", chunks);
    for (size_t k = 0; k < chunks; k++) atomic_init(&links[k].ready, 0);
    scan_job job = {pctx->ops->prims, pctx, dir, x, out, n, chunks, stream_out, 0, links};
    atomic_init(&job.next, 0);
    exec->run_team(ctx, team, scan_team, &job);
    free(links);
    return KN_OK;
}
