/*
 * libkernels over MPI: the kernels of kernels.h on an array distributed
 * over the ranks of a communicator, with the bits of the single-process
 * call on the whole array.
 *
 * The global array is the concatenation of the ranks' local parts in rank
 * order. Every rank may hold any length, 0 included; the cuts need not fall
 * on block boundaries. Each result, on every rank, is bit-identical to the
 * single-process function of kernels.h applied to the concatenated array,
 * for any number of ranks and any cutting: the ranks compute the canonical
 * decomposition's pieces (kernels.h, "Pieces of a distributed array") and
 * combine them in the canonical order, which MPI_Reduce, MPI_Allreduce and
 * MPI_Exscan would not (they re-associate sums).
 *
 * Every function is collective over comm: all its ranks call it with the
 * same comm. ctx is each rank's own context (NULL: its default); the ranks
 * may use different backends, since the bits do not depend on them.
 *
 * Errors are collective: when a rank fails (bad argument, allocation,
 * context), every rank returns that rank's status, and kn_last_error() on
 * every rank reads "<function>: rank R: <why>" for the lowest failing rank
 * R, e.g. "kn_mpi_sum_f64: rank 2: x is NULL". No rank waits for one that
 * failed: each rank goes through the same collectives whatever happened,
 * and the outputs are written only once every rank has passed its checks.
 * comm == MPI_COMM_NULL is the one local error (KN_ERR_INVALID_ARG on the
 * calling rank: there is no one to tell). MPI's own failures go to comm's
 * error handler (MPI_ERRORS_ARE_FATAL unless the caller set another).
 *
 * Communication per call, P ranks, n elements in all:
 *  - every call: an MPI_Allreduce of one int (the lowest failing rank, so
 *    that all agree whether every rank's arguments are good; when one is
 *    not, one MPI_Bcast of its message, 1 KiB). The reductions and scans
 *    follow it with an MPI_Allgather of the ranks' lengths (8 bytes per
 *    rank), so that every rank knows where each part lies; kn_mpi_julia
 *    and kn_mpi_firewall_first_safe_delay say below what they send. The
 *    agreement is repeated (one int) after the local work that can fail
 *    (allocation), before any output is written.
 *  - reductions (norm_square, sum, dot): each rank sends at most 2047
 *    terms (x*x, x or x*y) of a block it shares with the ranks before it
 *    to the rank holding that block's start (a block's terms cannot be
 *    summed apart: its 32 lanes add in one sequence), then the canonical
 *    tree nodes of the whole blocks it holds, at most 2 log2(n / 2048) + 1
 *    of them (24 bytes each), go to every rank (an MPI_Allgather of the
 *    node counts, then MPI_Allgatherv), and every rank combines the same
 *    nodes in the same tree. So
 *    O(log n) values sent per rank, O(P log n) received, O(log P) latency.
 *  - scans (suffix_sums, prefix_sums): an O(P) chain of one message of 3
 *    doubles per rank (the carry state: kn_scan_state), after each rank
 *    has the totals of its blocks and before it writes its outputs. The
 *    carries are a sequential sum over every block to the left (prefix) or
 *    right (suffix), so they cannot be computed in a tree without changing
 *    the bits; an allgather of all block totals would instead cost n/1024
 *    values per rank. The chain's latency is P hops of one message plus
 *    one add per block of the rank; the two passes over the data run on
 *    all ranks at once.
 */
#ifndef KERNELS_MPI_H
#define KERNELS_MPI_H

#include <mpi.h>

#include "kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(default)
#endif

/* *out (on every rank) = kn_norm_square_f64 / kn_sum_f64 / kn_dot_f64 of
 * the concatenated array; x (and y) hold this rank's n_local elements.
 * Errors: as the single-process functions' (x or y NULL or misaligned with
 * n_local > 0, out NULL or misaligned, n_local larger than any array of
 * doubles), on any rank; the ranks' n_local adding up past 2^64 - 1;
 * KN_ERR_NO_MEMORY. */
kn_status kn_mpi_norm_square_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out);
kn_status kn_mpi_sum_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out);
kn_status kn_mpi_dot_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, const double *y, size_t n_local,
                         double *out);

/* out = this rank's part of kn_suffix_sums_f64 / kn_prefix_sums_f64 of the
 * concatenated array (n_local elements; out may equal x).
 * Errors: as the single-process functions', on any rank; KN_ERR_NO_MEMORY. */
kn_status kn_mpi_suffix_sums_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out);
kn_status kn_mpi_prefix_sums_f64(kn_ctx *ctx, MPI_Comm comm, const double *x, size_t n_local, double *out);

/* kn_julia's grid, whole in counts on `root` (counts is ignored on the
 * other ranks). The rows are cut into bands of at least 4096 points, about
 * 8 per rank, and band b is computed by rank b % size (kn_julia_rows): the
 * set's costly interior is shared out, unlike with contiguous slices. Each
 * band goes to root as one message (the grid once in all, 4 bytes a
 * point). Every rank passes the same root (checked first, with one
 * MPI_Allreduce of two int64) and the same *p (checked against root's).
 * Errors: as kn_julia's, on any rank, and root differing between ranks
 * ("kn_mpi_julia: root differs between ranks (from 0 to 2)", on every
 * rank), root not a rank of comm, p differing from root's
 * (KN_ERR_INVALID_ARG); KN_ERR_NO_MEMORY. A failure
 * inside a rank's computation (memory) may leave counts partly written. */
kn_status kn_mpi_julia(kn_ctx *ctx, MPI_Comm comm, const kn_julia_params *p, int root, int32_t *counts);

/* kn_firewall_first_safe_delay's answer and status, on every rank, for the
 * same layers on every rank: rank 0's n, max_delay and a 64-bit hash of
 * its layers are broadcast (32 bytes) and compared on every rank before
 * the search. The ranks search windows of delays side by
 * side (kn_firewall_first_safe_delay_window), rank r the r-th of each
 * round; a round ends with one MPI_Allreduce of two int64 (a failing rank,
 * the smallest safe delay found), the first round's windows are 256
 * delays per rank and each round doubles them, so an answer D takes
 * O(log(D / 256 / P)) rounds. The windows searched before the answer are
 * all searched to the end, so the smallest safe delay found is the
 * single-process one.
 * Errors: as kn_firewall_first_safe_delay's, on any rank; n, max_delay or
 * the layers differing from rank 0's (KN_ERR_INVALID_ARG, e.g.
 * "kn_mpi_firewall_first_safe_delay: rank 1: n (4) differs from rank 0's
 * (2)"). */
kn_status kn_mpi_firewall_first_safe_delay(kn_ctx *ctx, MPI_Comm comm, const kn_layer *l, size_t n,
                                           int64_t max_delay, int64_t *delay);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* KERNELS_MPI_H */
