/* kn_mpi_julia: the grid's rows in interleaved bands, gathered on root. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* Escape counts vary a lot from row to row (the set's interior costs
 * max_iter per point), so contiguous slices would leave ranks idle: the
 * rows are cut into bands, about 8 per rank so that every rank gets some
 * of every region, and band b goes to rank b % size. A band holds at least
 * 4096 points, so that it keeps a rank's own threads or vectors busy. */
#define BANDS_PER_RANK 8
#define BAND_MIN_POINTS 4096

static int32_t band_rows(const kn_julia_params *p, int size)
{
    int64_t by_points = (BAND_MIN_POINTS + p->width - 1) / p->width;
    int64_t by_share = (p->height + (int64_t)BANDS_PER_RANK * size - 1) / ((int64_t)BANDS_PER_RANK * size);
    int64_t rows = by_points > by_share ? by_points : by_share;
    return (int32_t)(rows < p->height ? rows : p->height);
}

/* The rows of band b: [*j0, *j1). */
static void band_span(const kn_julia_params *p, int32_t rows, int64_t b, int32_t *j0, int32_t *j1)
{
    int64_t first = b * rows, end = first + rows;
    *j0 = (int32_t)first;
    *j1 = (int32_t)(end < p->height ? end : p->height);
}

static int64_t band_count(const kn_julia_params *p, int32_t rows) { return (p->height + rows - 1) / rows; }

/* Band b's rows of counts (root's grid, or a rank's bands back to back). */
static int band_points(const kn_julia_params *p, int32_t rows, int64_t b)
{
    int32_t j0, j1;
    band_span(p, rows, b, &j0, &j1);
    return (int)((int64_t)(j1 - j0) * p->width);
}

/* Field by field (the struct's padding bytes are not part of its value);
 * both are checked to be finite first. */
static int same_params(const kn_julia_params *a, const kn_julia_params *b)
{
    return a->x_min == b->x_min && a->x_max == b->x_max && a->y_min == b->y_min && a->y_max == b->y_max &&
           a->c_re == b->c_re && a->c_im == b->c_im && a->width == b->width && a->height == b->height &&
           a->max_iter == b->max_iter;
}

/* This rank's checks: its arguments, and that its p is root's. */
static kn_status check_local(const char *fn, kn_ctx *ctx, const kn_julia_params *p, const kn_julia_params *root_p,
                             int rank, int root, const int32_t *counts)
{
    if (!p) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "p is NULL");
    if ((uintptr_t)p % _Alignof(kn_julia_params))
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "p is not aligned to 8 bytes");
    if (rank == root && !counts) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "counts is NULL on root");
    if (rank == root && (uintptr_t)counts % _Alignof(int32_t))
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "counts is not aligned to 4 bytes on root");
    if (root_p && kn_julia_rows(ctx, p, 0, 0, NULL)) return KN_ERR_INVALID_ARG;
    if (root_p && !same_params(p, root_p))
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "p differs from root's p");
    if (root_p && (int64_t)band_rows(p, 1) * p->width > INT32_MAX)
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "p->width is too large for a band in one MPI message");
    return KN_OK;
}

kn_status kn_mpi_julia(kn_ctx *ctx, MPI_Comm comm, const kn_julia_params *p, int root, int32_t *counts)
{
    static const char fn[] = "kn_mpi_julia";
    if (comm == MPI_COMM_NULL) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "comm is MPI_COMM_NULL");
    int rank, size;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    /* The ranks agree on root before anything else is exchanged: with
     * different roots they would meet in different collectives. */
    int64_t roots[2] = {root, -(int64_t)root}, least[2];
    MPI_Allreduce(roots, least, 2, MPI_INT64_T, MPI_MIN, comm);
    char why[96];
    if (least[0] != -least[1]) {
        snprintf(why, sizeof why, "root differs between ranks (from %lld to %lld)", (long long)least[0],
                 (long long)-least[1]);
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, why);
    }
    if (root < 0 || root >= size) {
        /* Every rank now has the same root and size: the same local
         * failure everywhere, so it is already collective. */
        snprintf(why, sizeof why, "root (%d) is not a rank of comm (size %d)", root, size);
        return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, why);
    }
    kn_status st = kn_mpi_agree(fn, comm, check_local(fn, ctx, p, NULL, rank, root, counts));
    if (st) return st;
    kn_julia_params q = *p;
    MPI_Bcast(&q, (int)sizeof q, MPI_BYTE, root, comm);
    kn_status local = check_local(fn, ctx, p, &q, rank, root, counts);
    int32_t rows = local ? 1 : band_rows(&q, size);
    int64_t bands = local ? 0 : band_count(&q, rows);
    size_t mine = 0;
    for (int64_t b = rank; b < bands; b += size) mine += (size_t)band_points(&q, rows, b);
    /* Root computes into counts; the others into one buffer, band after band. */
    int32_t *buf = rank == root || local ? NULL : malloc(mine ? mine * sizeof *buf : 1);
    size_t nreq = rank == root ? (size_t)bands : (size_t)(bands / size + 1);
    MPI_Request *req = local ? NULL : malloc(nreq * sizeof(MPI_Request));
    if (!local && ((rank != root && !buf) || !req))
        local = kn_mpi_local_fail(KN_ERR_NO_MEMORY, fn, "out of memory for this rank's bands");
    if ((st = kn_mpi_agree(fn, comm, local))) {
        free(buf), free(req);
        return st;
    }
    /* One message per band, straight into its rows on root; messages
     * between two ranks with one tag arrive in the order sent. */
    size_t r = 0, at = 0;
    if (rank == root)
        for (int64_t b = 0; b < bands; b++)
            if (b % size != root)
                MPI_Irecv(counts + (size_t)b * (size_t)rows * (size_t)q.width, band_points(&q, rows, b), MPI_INT32_T,
                          (int)(b % size), KN_MPI_TAG, comm, &req[r++]);
    for (int64_t b = rank; b < bands; b += size) {
        int32_t j0, j1;
        band_span(&q, rows, b, &j0, &j1);
        int32_t *out = rank == root ? counts + (size_t)j0 * (size_t)q.width : buf + at;
        if (!local) local = kn_julia_rows(ctx, &q, j0, j1, out);
        if (rank != root)
            MPI_Isend(out, band_points(&q, rows, b), MPI_INT32_T, root, KN_MPI_TAG, comm, &req[r++]);
        at += (size_t)band_points(&q, rows, b);
    }
    MPI_Waitall((int)r, req, MPI_STATUSES_IGNORE);
    free(buf), free(req);
    return kn_mpi_agree(fn, comm, local);
}
