/* The reductions and scans over MPI (kernels_mpi.h), built on the pieces
 * of kernels.h: each rank's piece is the concatenated array's elements
 * [offset[rank], offset[rank] + n_local). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* The checks of kn_norm_square_f64 / kn_sum_f64 / kn_dot_f64, on this
 * rank's arguments. */
static kn_status check_reduce(const char *fn, kn_sum_kind kind, const double *x, const double *y, size_t n,
                              const double *out)
{
    int products = kind == KN_SUM_PRODUCTS;
    if (!out) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "out is NULL");
    if (n > 0 && !x) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "x is NULL");
    if (n > 0 && products && !y) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "y is NULL");
    if ((uintptr_t)out % _Alignof(double)) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "out is not aligned to 8 bytes");
    if (n > 0 && (uintptr_t)x % _Alignof(double))
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "x is not aligned to 8 bytes");
    if (n > 0 && products && (uintptr_t)y % _Alignof(double))
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "y is not aligned to 8 bytes");
    if (n > SIZE_MAX / sizeof(double)) {
        char why[96];
        snprintf(why, sizeof why, "n_local (%zu) is larger than any array of 8-byte elements", n);
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, why);
    }
    return KN_OK;
}

/* A block shared by several ranks is summed by the rank holding its
 * start: it is that rank's last block, and the ranks after it that hold
 * the rest send it their terms (their pieces' heads). */
typedef struct {
    uint64_t block;     /* the rank's last block, if shared */
    uint64_t block_len; /* its length (the array's last block may be short) */
    int owned;          /* 1 if this rank starts a block that goes on past it */
} shared_tail;

static shared_tail tail_of(const kn_mpi_layout *L)
{
    shared_tail t = {0, 0, 0};
    uint64_t lo = L->offset[L->rank], hi = L->offset[L->rank + 1], n_global = L->offset[L->size];
    if (hi == lo) return t;
    uint64_t last = (hi - 1) / KN_SUM_BLOCK, start = last * KN_SUM_BLOCK;
    uint64_t end = start + KN_SUM_BLOCK < n_global ? start + KN_SUM_BLOCK : n_global;
    t.block = last;
    t.block_len = end - start;
    t.owned = start >= lo && end > hi;
    return t;
}

/* Sends this rank's head terms to the owner of its first block and, if it
 * owns a shared block, gathers the other ranks' terms of it after its own
 * in `terms` and appends that block's node to the piece's. Every rank
 * goes through it whatever its local status, so that no one waits. */
static kn_status exchange_shared(kn_ctx *ctx, MPI_Comm comm, const kn_mpi_layout *L, kn_sum_piece *piece,
                                 double *terms, kn_status local, kn_sum_node *shared_node, int *has_shared)
{
    uint64_t lo = L->offset[L->rank], n = L->length[L->rank];
    MPI_Request req;
    uint64_t into = lo % KN_SUM_BLOCK;
    int sends = n > 0 && into;
    if (sends) {
        uint64_t len = KN_SUM_BLOCK - into < n ? KN_SUM_BLOCK - into : n;
        MPI_Isend(piece->head, (int)len, MPI_DOUBLE, kn_mpi_owner(L, lo - into), KN_MPI_TAG, comm, &req);
    }
    shared_tail t = tail_of(L);
    *has_shared = t.owned;
    if (t.owned) {
        uint64_t start = t.block * KN_SUM_BLOCK, end = start + t.block_len;
        memcpy(terms, piece->tail, (size_t)(L->offset[L->rank + 1] - start) * sizeof *terms);
        for (int r = L->rank + 1; r < L->size && L->offset[r] < end; r++) {
            if (L->length[r] == 0) continue;
            uint64_t stop = L->offset[r + 1] < end ? L->offset[r + 1] : end;
            MPI_Recv(terms + (L->offset[r] - start), (int)(stop - L->offset[r]), MPI_DOUBLE, r, KN_MPI_TAG, comm,
                     MPI_STATUS_IGNORE);
        }
        *shared_node = (kn_sum_node){t.block, 0, 0.0};
        if (!local) local = kn_sum_f64(ctx, terms, (size_t)t.block_len, &shared_node->total);
    }
    if (sends) MPI_Wait(&req, MPI_STATUS_IGNORE);
    return local;
}

/* Every rank's nodes, gathered on every rank (node counts, then the
 * nodes) and combined in the canonical tree: the same bits everywhere.
 * `local` is this rank's status so far, agreed on first. */
static kn_status combine_all(const char *fn, MPI_Comm comm, const kn_mpi_layout *L, const kn_sum_piece *piece,
                             kn_status local, double *out)
{
    int *counts = malloc((size_t)L->size * sizeof *counts), *displs = malloc((size_t)L->size * sizeof *displs);
    if (!local && (!counts || !displs)) local = kn_mpi_local_fail(KN_ERR_NO_MEMORY, fn, "out of memory for node counts");
    kn_status st = kn_mpi_agree(fn, comm, local);
    kn_sum_node *all = NULL;
    if (st || local) goto done;
    int mine = (int)(piece->n_nodes * sizeof(kn_sum_node)), total = 0;
    MPI_Allgather(&mine, 1, MPI_INT, counts, 1, MPI_INT, comm);
    for (int r = 0; r < L->size; r++) displs[r] = total, total += counts[r];
    all = malloc(total ? (size_t)total : 1);
    local = all ? KN_OK : kn_mpi_local_fail(KN_ERR_NO_MEMORY, fn, "out of memory for the nodes");
    if ((st = kn_mpi_agree(fn, comm, local)) || local) goto done;
    MPI_Allgatherv(piece->nodes, mine, MPI_BYTE, all, counts, displs, MPI_BYTE, comm);
    st = kn_sum_nodes_combine(all, (size_t)total / sizeof(kn_sum_node), L->offset[L->size], out);
done:
    free(all), free(counts), free(displs);
    return st;
}

static kn_status reduce(const char *fn, kn_ctx *ctx, MPI_Comm comm, kn_sum_kind kind, const double *x,
                        const double *y, size_t n, double *out)
{
    if (comm == MPI_COMM_NULL) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "comm is MPI_COMM_NULL");
    kn_status local = check_reduce(fn, kind, x, y, n, out);
    kn_sum_piece *piece = calloc(1, sizeof *piece);
    double *terms = malloc(KN_SUM_BLOCK * sizeof *terms);
    if (!local && (!piece || !terms)) local = kn_mpi_local_fail(KN_ERR_NO_MEMORY, fn, "out of memory for a piece");
    kn_mpi_layout L;
    kn_status st = kn_mpi_begin(fn, comm, n, local, &L);
    /* Every rank passed its checks and allocations, this one included. */
    if (!st && piece && terms) {
        local = kn_sum_piece_f64(ctx, kind, x, y, n, L.offset[L.rank], L.offset[L.size], piece);
        kn_sum_node shared_node;
        int has_shared;
        local = exchange_shared(ctx, comm, &L, piece, terms, local, &shared_node, &has_shared);
        if (!local && has_shared) piece->nodes[piece->n_nodes++] = shared_node;
        st = combine_all(fn, comm, &L, piece, local, out);
        kn_mpi_layout_free(&L);
    }
    free(piece), free(terms);
    return st;
}

kn_status kn_mpi_norm_square_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out)
{
    return reduce("kn_mpi_norm_square_f64", ctx, comm, KN_SUM_SQUARES, x, NULL, n_local, out);
}

kn_status kn_mpi_sum_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out)
{
    return reduce("kn_mpi_sum_f64", ctx, comm, KN_SUM_VALUES, x, NULL, n_local, out);
}

kn_status kn_mpi_dot_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, const double *y, size_t n_local,
                         double *out)
{
    return reduce("kn_mpi_dot_f64", ctx, comm, KN_SUM_PRODUCTS, x, y, n_local, out);
}

/* The checks of kn_suffix_sums_f64 / kn_prefix_sums_f64. */
static kn_status check_scan(const char *fn, const double *x, size_t n, const double *out)
{
    if (n == 0) return KN_OK;
    if (!x) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "x is NULL");
    if (!out) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "out is NULL");
    if (n > SIZE_MAX / sizeof(double))
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "n_local is larger than any array of doubles");
    uintptr_t a = (uintptr_t)x, b = (uintptr_t)out, bytes = n * sizeof(double);
    if (a != b && a < b + bytes && b < a + bytes)
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "x and out overlap without being the same array");
    if (a % _Alignof(double)) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "x is not aligned to 8 bytes");
    if (b % _Alignof(double)) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "out is not aligned to 8 bytes");
    return KN_OK;
}

static kn_status scan(const char *fn, kn_ctx *ctx, MPI_Comm comm, kn_scan_kind kind, const double *x, size_t n,
                      double *out)
{
    if (comm == MPI_COMM_NULL) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "comm is MPI_COMM_NULL");
    kn_status local = check_scan(fn, x, n, out);
    /* A piece touches at most n / KN_SCAN_BLOCK + 2 blocks, wherever it lies. */
    double *totals = local ? NULL : malloc((n / KN_SCAN_BLOCK + 2) * sizeof *totals);
    if (!local && !totals) local = kn_mpi_local_fail(KN_ERR_NO_MEMORY, fn, "out of memory for the block totals");
    kn_mpi_layout L;
    kn_status st = kn_mpi_begin(fn, comm, n, local, &L);
    if (st) {
        free(totals);
        return st;
    }
    uint64_t lo = L.offset[L.rank];
    st = kn_mpi_agree(fn, comm, kn_scan_piece_totals_f64(ctx, kind, x, n, lo, totals));
    if (!st) {
        /* The carry chain, in scan order: from rank 0 up for prefix sums,
         * from the last rank down for suffix sums. */
        int step = kind == KN_PREFIX_SUMS ? 1 : -1, prev = L.rank - step, next = L.rank + step;
        kn_scan_state in = {0.0, 0.0, 0.0}, leaving = {0.0, 0.0, 0.0};
        if (prev >= 0 && prev < L.size) MPI_Recv(&in, 3, MPI_DOUBLE, prev, KN_MPI_TAG, comm, MPI_STATUS_IGNORE);
        local = kn_scan_piece_link_f64(kind, x, n, lo, totals, &in, &leaving);
        if (next >= 0 && next < L.size) MPI_Send(&leaving, 3, MPI_DOUBLE, next, KN_MPI_TAG, comm);
        if (!local) local = kn_scan_piece_f64(ctx, kind, x, n, lo, totals, out);
        st = kn_mpi_agree(fn, comm, local);
    }
    free(totals);
    kn_mpi_layout_free(&L);
    return st;
}

kn_status kn_mpi_suffix_sums_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out)
{
    return scan("kn_mpi_suffix_sums_f64", ctx, comm, KN_SUFFIX_SUMS, x, n_local, out);
}

kn_status kn_mpi_prefix_sums_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out)
{
    return scan("kn_mpi_prefix_sums_f64", ctx, comm, KN_PREFIX_SUMS, x, n_local, out);
}
