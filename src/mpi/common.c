/* Layout and collective failures for kernels_mpi. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The failing rank sends its status and sentence to every rank; its local
 * "<fn>: <why>" becomes "<fn>: rank R: <why>" everywhere (a sentence from
 * a kernel, "kn_sum_piece_f64: ...", is kept whole after the rank). */
kn_status kn_mpi_spread_failure(const char *fn, MPI_Comm comm, int failed, int rank, kn_status local)
{
    struct {
        int status;
        char text[KN_MPI_MESSAGE_MAX];
    } msg;
    memset(&msg, 0, sizeof msg);
    if (rank == failed) {
        size_t len = strlen(fn);
        const char *why = kn_last_error();
        if (strncmp(why, fn, len) == 0 && strncmp(why + len, ": ", 2) == 0) why += len + 2;
        msg.status = (int)local;
        snprintf(msg.text, sizeof msg.text, "%s", why);
    }
    MPI_Bcast(&msg, (int)sizeof msg, MPI_BYTE, failed, comm);
    char text[KN_MPI_MESSAGE_MAX + 64];
    snprintf(text, sizeof text, "%s: rank %d: %s", fn, failed, msg.text);
    return kn_set_last_error((kn_status)msg.status, text);
}

kn_status kn_mpi_agree(const char *fn, MPI_Comm comm, kn_status local)
{
    int rank, size, failed;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    int mine = local ? rank : size;
    MPI_Allreduce(&mine, &failed, 1, MPI_INT, MPI_MIN, comm);
    /* No rank failed: local is KN_OK too. */
    return failed == size ? local : kn_mpi_spread_failure(fn, comm, failed, rank, local);
}

kn_status kn_mpi_begin(const char *fn, MPI_Comm comm, uint64_t n_local, kn_status local, kn_mpi_layout *layout)
{
    MPI_Comm_rank(comm, &layout->rank);
    MPI_Comm_size(comm, &layout->size);
    size_t size = (size_t)layout->size;
    layout->length = malloc(size * sizeof *layout->length);
    layout->offset = malloc((size + 1) * sizeof *layout->offset);
    if (!local && (!layout->length || !layout->offset))
        local = kn_mpi_local_fail(KN_ERR_NO_MEMORY, fn, "out of memory for the ranks' layout");
    /* Agreed before the lengths are exchanged, so that a rank that could
     * not allocate never meets the others in a different collective. */
    kn_status st = kn_mpi_agree(fn, comm, local);
    if (st || local) { /* this rank or another failed (local implies st) */
        kn_mpi_layout_free(layout);
        return st;
    }
    MPI_Allgather(&n_local, 1, MPI_UINT64_T, layout->length, 1, MPI_UINT64_T, comm);
    layout->offset[0] = 0;
    for (size_t r = 0; r < size; r++) {
        if (layout->length[r] > UINT64_MAX - layout->offset[r]) {
            /* Every rank sees the same lengths: the same failure everywhere. */
            kn_mpi_layout_free(layout);
            return kn_mpi_local_fail(KN_ERR_INVALID_ARG, fn, "the ranks' n_local add up to more than 2^64 - 1");
        }
        layout->offset[r + 1] = layout->offset[r] + layout->length[r];
    }
    return KN_OK;
}

void kn_mpi_layout_free(kn_mpi_layout *layout)
{
    free(layout->length), free(layout->offset);
    layout->length = layout->offset = NULL;
}

int kn_mpi_owner(const kn_mpi_layout *layout, uint64_t i)
{
    int lo = 0, hi = layout->size - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (layout->offset[mid] <= i) lo = mid; else hi = mid - 1;
    }
    return lo;
}
