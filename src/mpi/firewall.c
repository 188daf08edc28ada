/* kn_mpi_firewall_first_safe_delay: the ranks search delay windows side by
 * side, round after round, until a round finds a safe delay. */
#include <stdint.h>
#include <stdio.h>

#include "common.h"

/* The first round's window per rank, in delays: small, so that a small
 * answer costs one short round; each round doubles it, so that a delay D
 * takes O(log D) rounds (each one plan build per rank, milliseconds). */
#define FIRST_WINDOW ((int64_t)256)

kn_status kn_mpi_firewall_first_safe_delay(kn_ctx *ctx, MPI_Comm comm, const kn_layer *l, size_t n,
                                           int64_t max_delay, int64_t *delay)
{
    static const char fn[] = "kn_mpi_firewall_first_safe_delay";
    if (comm == MPI_COMM_NULL) return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "comm is MPI_COMM_NULL");
    int rank, size;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    kn_status checked = KN_OK;
    if (!delay) checked = kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "delay is NULL");
    else if ((uintptr_t)delay % _Alignof(int64_t))
        checked = kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "delay is not aligned to 8 bytes");
    int64_t base = 0, window = FIRST_WINDOW;
    for (;;) {
        /* This rank's window [from, to]; every delay below base is caught.
         * A rank past max_delay searches [max_delay, max_delay], which the
         * others cover too: its arguments are checked all the same. */
        int64_t from = max_delay < 0 ? 0 : max_delay, to = max_delay;
        if (max_delay >= base && max_delay - base >= (int64_t)rank * window) {
            from = base + (int64_t)rank * window;
            to = max_delay - from >= window ? from + window - 1 : max_delay;
        }
        int64_t found = INT64_MAX;
        kn_status st = checked ? checked : kn_firewall_first_safe_delay_window(ctx, l, n, from, to, &found);
        int failed = st != KN_OK && st != KN_ERR_NOT_FOUND;
        int64_t mine[2] = {failed ? rank : size, st == KN_OK ? found : INT64_MAX}, all[2];
        MPI_Allreduce(mine, all, 2, MPI_INT64_T, MPI_MIN, comm);
        /* A failure here is also in all[0]: every rank returns the lowest one. */
        if (failed || all[0] < size) return kn_mpi_spread_failure(fn, comm, (int)all[0], rank, st);
        if (all[1] != INT64_MAX) {
            *delay = all[1];
            return KN_OK;
        }
        if (max_delay - base < (int64_t)size * window) break;
        base += (int64_t)size * window;
        if (window <= INT64_MAX / 4 / size) window *= 2;
    }
    char why[96];
    snprintf(why, sizeof why, "every delay in [0, %lld] is caught", (long long)max_delay);
    return kn_mpi_local_fail(KN_ERR_NOT_FOUND, fn, why);
}
