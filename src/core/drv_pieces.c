/* Pieces of a distributed array (kernels.h): the canonical sums' nodes and
 * shared-block terms of a piece, their combination, and the three steps of
 * a piece's scan. The geometry is the one of drv_reduce.c and drv_scan.c:
 * blocks counted from the whole array's element 0. */
#include "drv_pieces.h"

#include <stdlib.h>

#include "canon.h"
#include "drv.h"

/* ---- sums ------------------------------------------------------------- */

static kn_red_op red_op(kn_sum_kind kind)
{
    return kind == KN_SUM_SQUARES ? KN_RED_SQUARE : kind == KN_SUM_VALUES ? KN_RED_SUM : KN_RED_DOT;
}

static kn_status node_total(kn_ctx *ctx, kn_sum_kind kind, const double *x, const double *y, size_t n,
                            double *total)
{
    return kn_run_reduce_f64(ctx, red_op(kind), x, y, n, total);
}

/* y is x unless kind is KN_SUM_PRODUCTS. */
static void terms(kn_sum_kind kind, const double *x, const double *y, size_t n, double *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = kind == KN_SUM_SQUARES ? x[i] * x[i] : kind == KN_SUM_VALUES ? x[i] : x[i] * y[i];
}

/* The largest aligned power-of-two group of blocks starting at b0 that
 * ends at or before b1 (b0 < b1), as log2 of its size. */
static uint32_t group_level(uint64_t b0, uint64_t b1)
{
    uint32_t lv = 0;
    while (lv < 63 && b0 % ((uint64_t)2 << lv) == 0 && b1 - b0 >= ((uint64_t)2 << lv)) lv++;
    return lv;
}

/* The number of blocks of an array of n elements, without overflow near
 * 2^64. */
static uint64_t block_count(uint64_t n) { return n / KN_SUM_BLOCK + (n % KN_SUM_BLOCK != 0); }

/* Where the piece [lo, lo + n) of n_global elements lies in the blocks:
 * its whole blocks [b0, b1), and its head and tail terms (n_head and
 * n_tail 0 when it has none). Every bound stays below 2^64. */
typedef struct {
    uint64_t b0, b1, head_block, tail_block;
    size_t n_head, n_tail;
} piece_layout;

static piece_layout layout_of(uint64_t lo, size_t n, uint64_t n_global)
{
    const uint64_t B = KN_SUM_BLOCK, hi = lo + n;
    piece_layout L = {0, 0, 0, 0, 0, 0};
    if (n == 0) return L;
    L.b0 = block_count(lo);
    L.b1 = hi == n_global ? block_count(n_global) : hi / B;
    if (lo % B) {
        L.head_block = lo / B;
        L.n_head = B - lo % B < n ? (size_t)(B - lo % B) : n;
    }
    uint64_t last = (hi - 1) / B;
    if (last * B >= lo && last >= L.b1) {
        L.tail_block = last;
        L.n_tail = (size_t)(hi - last * B);
    }
    return L;
}

/* The length of the node of 2^lv blocks from block b, in a piece ending
 * at hi (the array's last block may be short). */
static size_t node_len(uint64_t b, uint32_t lv, uint64_t hi)
{
    uint64_t left = hi - b * KN_SUM_BLOCK;
    return (size_t)(left / KN_SUM_BLOCK >= ((uint64_t)1 << lv) ? ((uint64_t)1 << lv) * KN_SUM_BLOCK : left);
}

kn_status kn_drv_sum_piece(kn_ctx *ctx, kn_sum_kind kind, const double *x, const double *y, size_t n, uint64_t lo,
                           uint64_t n_global, kn_sum_piece *piece)
{
    const piece_layout L = layout_of(lo, n, n_global);
    piece->lo = lo, piece->n_global = n_global, piece->n = n;
    piece->n_nodes = 0;
    piece->head_block = L.head_block, piece->n_head = L.n_head;
    piece->tail_block = L.tail_block, piece->n_tail = L.n_tail;
    terms(kind, x, y, L.n_head, piece->head);
    if (L.n_tail) {
        size_t off = n - L.n_tail;
        terms(kind, x + off, y + off, L.n_tail, piece->tail);
    }
    for (uint64_t b = L.b0; b < L.b1;) {
        uint32_t lv = group_level(b, L.b1);
        uint64_t first = b * KN_SUM_BLOCK - lo;
        kn_sum_node *node = &piece->nodes[piece->n_nodes++];
        node->block = b;
        node->level = lv;
        kn_status st = node_total(ctx, kind, x + first, y + first, node_len(b, lv, lo + n), &node->total);
        if (st) return st;
        b += (uint64_t)1 << lv;
    }
    return KN_OK;
}

kn_status kn_drv_sum_combine(const kn_sum_node *nodes, size_t count, uint64_t n_global, double *out)
{
    const char *fn = "kn_sum_nodes_combine";
    const uint64_t blocks = block_count(n_global);
    kn_tree t;
    kn_tree_init(&t);
    uint64_t next = 0;
    for (size_t i = 0; i < count; i++) {
        const kn_sum_node *node = &nodes[i];
        if (node->level > 63 || node->block % ((uint64_t)1 << node->level))
            return kn_fail(KN_ERR_INVALID_ARG, "%s: node %zu (block %llu, level %u) is not aligned to its size", fn,
                           i, (unsigned long long)node->block, node->level);
        if (node->block != next)
            return kn_fail(KN_ERR_INVALID_ARG, "%s: node %zu starts at block %llu, expected block %llu", fn, i,
                           (unsigned long long)node->block, (unsigned long long)next);
        uint64_t size = (uint64_t)1 << node->level;
        if (size > blocks - next)
            return kn_fail(KN_ERR_INVALID_ARG, "%s: node %zu (blocks %llu to %llu) passes the last block %llu", fn,
                           i, (unsigned long long)next, (unsigned long long)(next + size - 1),
                           (unsigned long long)(blocks - 1));
        kn_tree_push_level(&t, node->total, (unsigned char)node->level);
        next += size;
    }
    if (next != blocks)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: the nodes stop at block %llu of %llu", fn, (unsigned long long)next,
                       (unsigned long long)blocks);
    *out = kn_tree_finish(&t);
    return KN_OK;
}

/* A block several pieces share, its terms gathered in index order. */
typedef struct {
    uint64_t block;
    size_t len, need;
    double terms[KN_SUM_BLOCK];
} shared_block;

static void shared_append(shared_block *sb, const double *terms, size_t len, kn_tree *t)
{
    for (size_t i = 0; i < len; i++) sb->terms[sb->len + i] = terms[i];
    sb->len += len;
    if (sb->len == sb->need) {
        double total;
        (void)kn_scalar_reduce_f64(NULL, KN_RED_SUM, sb->terms, NULL, sb->len, &total);
        kn_tree_push(t, total);
    }
}

/* Whether piece i, which follows the pieces before it (next is where they
 * end) in an array of n_global elements, is what kn_sum_piece_f64 gives
 * for its elements: pieces may come from elsewhere as bytes, and their
 * counts and blocks bound what is read and pushed. */
static kn_status check_piece(const char *fn, size_t i, const kn_sum_piece *p, uint64_t next, uint64_t n_global)
{
    if (p->n_global != n_global)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: piece %zu is of an array of %llu elements, piece 0 of %llu", fn, i,
                       (unsigned long long)p->n_global, (unsigned long long)n_global);
    if (p->lo != next && i == 0)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: piece 0 starts at element %llu, not 0", fn,
                       (unsigned long long)p->lo);
    if (p->lo != next)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: piece %zu starts at element %llu, not where piece %zu ends (%llu)",
                       fn, i, (unsigned long long)p->lo, i - 1, (unsigned long long)next);
    if (p->n > n_global - next)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: piece %zu ([%llu, %llu + %zu)) passes n_global (%llu)", fn, i,
                       (unsigned long long)p->lo, (unsigned long long)p->lo, p->n, (unsigned long long)n_global);
    const piece_layout L = layout_of(p->lo, p->n, n_global);
    if (p->n_head != L.n_head || (L.n_head && p->head_block != L.head_block))
        return kn_fail(KN_ERR_INVALID_ARG,
                       "%s: piece %zu's head (%zu terms of block %llu) is not %zu terms of block %llu", fn, i,
                       p->n_head, (unsigned long long)p->head_block, L.n_head, (unsigned long long)L.head_block);
    if (p->n_tail != L.n_tail || (L.n_tail && p->tail_block != L.tail_block))
        return kn_fail(KN_ERR_INVALID_ARG,
                       "%s: piece %zu's tail (%zu terms of block %llu) is not %zu terms of block %llu", fn, i,
                       p->n_tail, (unsigned long long)p->tail_block, L.n_tail, (unsigned long long)L.tail_block);
    size_t count = 0;
    for (uint64_t b = L.b0; b < L.b1; b += (uint64_t)1 << group_level(b, L.b1)) count++;
    if (p->n_nodes != count)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: piece %zu has %zu nodes, its elements make %zu", fn, i, p->n_nodes,
                       count);
    uint64_t b = L.b0;
    for (size_t k = 0; k < count; k++) {
        const kn_sum_node *node = &p->nodes[k];
        uint32_t lv = group_level(b, L.b1);
        if (node->block != b || node->level != lv)
            return kn_fail(KN_ERR_INVALID_ARG,
                           "%s: piece %zu's node %zu (block %llu, level %u) is not block %llu, level %u", fn, i, k,
                           (unsigned long long)node->block, node->level, (unsigned long long)b, lv);
        b += (uint64_t)1 << lv;
    }
    return KN_OK;
}

kn_status kn_drv_sum_pieces_combine(const kn_sum_piece *pieces, size_t count, double *out)
{
    const char *fn = "kn_sum_pieces_combine";
    const uint64_t n_global = count ? pieces[0].n_global : 0;
    shared_block *sb = malloc(sizeof *sb);
    if (!sb) return kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory for a shared block", fn);
    sb->block = sb->len = sb->need = 0;
    kn_tree t;
    kn_tree_init(&t);
    uint64_t next = 0;
    for (size_t i = 0; i < count; i++) {
        const kn_sum_piece *p = &pieces[i];
        /* A checked piece's head continues the block the pieces before it
         * left open, and fits in what is left of it. */
        kn_status st = check_piece(fn, i, p, next, n_global);
        if (st) {
            free(sb);
            return st;
        }
        if (p->n_head) shared_append(sb, p->head, p->n_head, &t);
        for (size_t k = 0; k < p->n_nodes; k++)
            kn_tree_push_level(&t, p->nodes[k].total, (unsigned char)p->nodes[k].level);
        if (p->n_tail) {
            uint64_t start = p->tail_block * KN_SUM_BLOCK;
            sb->block = p->tail_block;
            sb->len = 0;
            sb->need = (size_t)(n_global - start < KN_SUM_BLOCK ? n_global - start : KN_SUM_BLOCK);
            shared_append(sb, p->tail, p->n_tail, &t);
        }
        next += p->n;
    }
    free(sb);
    if (next != n_global)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: the pieces end at element %llu of %llu", fn,
                       (unsigned long long)next, (unsigned long long)n_global);
    *out = kn_tree_finish(&t);
    return KN_OK;
}

/* ---- scans ------------------------------------------------------------ */

/* A piece's cutting: [0, head) is the part of a block that starts before
 * lo (empty when lo starts a block), [head, n) whole blocks from a block
 * boundary (the last may be cut short by the piece's end). */
static size_t head_len(uint64_t lo, size_t n)
{
    uint64_t into = lo % KN_SCAN_BLOCK;
    if (into == 0) return 0;
    return KN_SCAN_BLOCK - into < n ? (size_t)(KN_SCAN_BLOCK - into) : n;
}

size_t kn_drv_scan_piece_blocks(uint64_t lo, size_t n)
{
    return n == 0 ? 0 : (size_t)((lo + n - 1) / KN_SCAN_BLOCK - lo / KN_SCAN_BLOCK + 1);
}

/* The CPU primitives for ctx: its own, or the scalar reference for a
 * device backend (a piece's scan is host memory and the same bits). */
static const kn_cpu_prims *scan_prims(kn_ctx *ctx, const kn_ctx **pctx)
{
    if (ctx->ops->device) {
        *pctx = ctx;
        return &kn_scalar_prims;
    }
    *pctx = ctx->prims_ctx;
    return ctx->prims_ctx->ops->prims;
}

static kn_scan_dir scan_dir(kn_scan_kind kind) { return kind == KN_PREFIX_SUMS ? KN_SCAN_PREFIX : KN_SCAN_SUFFIX; }

/* Whole blocks are handed to the primitives in chunks of this many, run on
 * ctx's executor. */
#define PIECE_CHUNK_BLOCKS 64
#define PIECE_CHUNK ((size_t)KN_SCAN_BLOCK * PIECE_CHUNK_BLOCKS)

typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    kn_scan_dir dir;
    const double *x;
    double *out;
    double *totals;
    const double *starts;
    size_t n;
} piece_job;

static size_t job_len(const piece_job *j, size_t c)
{
    return j->n - c * PIECE_CHUNK < PIECE_CHUNK ? j->n - c * PIECE_CHUNK : PIECE_CHUNK;
}

static kn_status totals_chunk(void *arg, size_t c, int thread)
{
    (void)thread;
    const piece_job *j = arg;
    j->prims->scan_totals(j->pctx, j->dir, j->x + c * PIECE_CHUNK, job_len(j, c), j->totals + c * PIECE_CHUNK_BLOCKS);
    return KN_OK;
}

static kn_status scan_chunk(void *arg, size_t c, int thread)
{
    (void)thread;
    const piece_job *j = arg;
    j->prims->scan_blocks(j->pctx, j->dir, j->x + c * PIECE_CHUNK, job_len(j, c), j->out + c * PIECE_CHUNK,
                          j->starts + c * PIECE_CHUNK_BLOCKS, 0, NULL, NULL);
    return KN_OK;
}

/* Runs fn over the whole-block part of a piece: on ctx's executor for a
 * CPU backend, in order otherwise. */
static kn_status run_blocks(kn_ctx *ctx, piece_job *job, kn_unit_fn fn)
{
    size_t chunks = (job->n + PIECE_CHUNK - 1) / PIECE_CHUNK;
    if (ctx->ops->device) {
        for (size_t c = 0; c < chunks; c++) (void)fn(job, c, 0);
        return KN_OK;
    }
    const kn_exec_ops *exec = ctx->ops->exec;
    return exec->parallel_for(ctx, exec->team(ctx, chunks), chunks, fn, job);
}

kn_status kn_drv_scan_piece_totals(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                                   double *totals)
{
    const kn_ctx *pctx;
    const kn_cpu_prims *prims = scan_prims(ctx, &pctx);
    size_t head = head_len(lo, n);
    if (head) prims->scan_totals(pctx, scan_dir(kind), x, head, totals);
    piece_job job = {prims, pctx, scan_dir(kind), x + head, NULL, totals + (head > 0), NULL, n - head};
    return run_blocks(ctx, &job, totals_chunk);
}

kn_status kn_drv_scan_piece(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                            const double *starts, double *out)
{
    const kn_ctx *pctx;
    const kn_cpu_prims *prims = scan_prims(ctx, &pctx);
    size_t head = head_len(lo, n);
    if (head) prims->scan_blocks(pctx, scan_dir(kind), x, head, out, starts, 0, NULL, NULL);
    piece_job job = {prims, pctx, scan_dir(kind), x + head, out + head, NULL, starts + (head > 0), n - head};
    return run_blocks(ctx, &job, scan_chunk);
}

/* The block the scan enters first goes on from the incoming state element
 * by element (its total and running value continue the previous piece's);
 * each later block starts at a block boundary from the carry, so a whole
 * one needs only its total, and the last one, when the piece stops inside
 * it, is run element by element for the state it leaves. */
static void continue_block(kn_scan_dir dir, const double *x, size_t len, kn_scan_state *s)
{
    double t = s->partial, r = s->running;
    for (size_t k = 0; k < len; k++) {
        double v = x[dir == KN_SCAN_PREFIX ? k : len - 1 - k];
        t = t + v;
        r = r + v;
    }
    s->partial = t, s->running = r;
}

void kn_drv_scan_piece_link(kn_scan_kind kind, const double *x, size_t n, uint64_t lo, double *totals,
                            const kn_scan_state *in, kn_scan_state *out)
{
    const kn_scan_dir dir = scan_dir(kind);
    const uint64_t B = KN_SCAN_BLOCK, hi = lo + n;
    const size_t nb = kn_drv_scan_piece_blocks(lo, n);
    kn_scan_state s = *in;
    for (size_t i = 0; i < nb; i++) {
        size_t k = dir == KN_SCAN_PREFIX ? i : nb - 1 - i;
        uint64_t block_lo = (lo / B + k) * B, block_hi = block_lo + B;
        uint64_t a = block_lo > lo ? block_lo : lo, e = block_hi < hi ? block_hi : hi;
        /* Whether the piece reaches the block's far end in scan order. */
        int completes = dir == KN_SCAN_PREFIX ? e == block_hi : a == block_lo;
        double total = totals[k];
        totals[k] = s.running;
        if (i == 0 || !completes)
            continue_block(dir, x + (a - lo), (size_t)(e - a), &s);
        else
            s.partial = total;
        if (completes) {
            double carry = s.carry + s.partial;
            s = (kn_scan_state){carry, +0.0, carry};
        }
    }
    *out = s;
}
