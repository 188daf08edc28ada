/* kn_mpi_firewall_first_safe_delay: the ranks search delay windows side by
 * side, round after round, until a round finds a safe delay. */
#include <stdint.h>
#include <stdio.h>

#include "common.h"

/* The first round's window per rank, in delays: small, so that a small
 * answer costs one short round; each round doubles it, so that a delay D
 * takes O(log D) rounds (each one plan build per rank, milliseconds). */
#define FIRST_WINDOW ((int64_t)256)

/* What a rank was asked, compared with rank 0's before the first round:
 * ranks searching different problems would return different answers, or
 * one would stop while the others wait for the next round. The layers are
 * compared by a 64-bit FNV-1a hash, when this rank's are readable (NULL
 * or misaligned ones fail in the first round). */
typedef struct {
    int64_t n, max_delay, layers_hashed;
    uint64_t layers_hash;
} problem;

static problem describe(const kn_layer *l, size_t n, int64_t max_delay)
{
    problem p = {(int64_t)n, max_delay, 0, 0xcbf29ce484222325u};
    if (n > 0 && (!l || (uintptr_t)l % _Alignof(kn_layer))) return p;
    p.layers_hashed = 1;
    for (size_t i = 0; i < n; i++) {
        const int64_t v[2] = {l[i].depth, l[i].range};
        for (int k = 0; k < 2; k++)
            for (int byte = 0; byte < 8; byte++)
                p.layers_hash = (p.layers_hash ^ (((uint64_t)v[k] >> (8 * byte)) & 0xff)) * 0x100000001b3u;
    }
    return p;
}

static kn_status compare(const char *fn, const problem *mine, const problem *rank0)
{
    char why[128];
    if (mine->n != rank0->n)
        snprintf(why, sizeof why, "n (%llu) differs from rank 0's (%llu)", (unsigned long long)mine->n,
                 (unsigned long long)rank0->n);
    else if (mine->max_delay != rank0->max_delay)
        snprintf(why, sizeof why, "max_delay (%lld) differs from rank 0's (%lld)", (long long)mine->max_delay,
                 (long long)rank0->max_delay);
    else if (mine->layers_hashed && rank0->layers_hashed && mine->layers_hash != rank0->layers_hash)
        snprintf(why, sizeof why, "the layers differ from rank 0's");
    else
        return KN_OK;
    return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, why);
}

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
    problem asked = describe(l, n, max_delay), rank0 = asked;
    MPI_Bcast(&rank0, (int)sizeof rank0, MPI_BYTE, 0, comm);
    if (!checked) checked = compare(fn, &asked, &rank0);
    kn_status st = kn_mpi_agree(fn, comm, checked);
    if (st || !delay) return st; /* a NULL delay failed the agreement */
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
        st = kn_firewall_first_safe_delay_window(ctx, l, n, from, to, &found);
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
