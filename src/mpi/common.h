/* What the kernels_mpi functions share: where each rank's part lies, and
 * collective agreement on failures. */
#ifndef KN_MPI_COMMON_H
#define KN_MPI_COMMON_H

#include <stdint.h>
#include <stdio.h>

#include "kernels_mpi.h"

/* The tag of this layer's point-to-point messages on the caller's comm. */
#define KN_MPI_TAG 0x4b4e

/* The longest failure sentence carried from the failing rank, with NUL. */
#define KN_MPI_MESSAGE_MAX 1024

/* One rank's view of a call: its rank, the ranks' lengths and offsets in
 * rank order (offset[size] is the global length). */
typedef struct {
    int rank, size;
    uint64_t *offset;
    uint64_t *length;
} kn_mpi_layout;

/* Records "<fn>: <why>" as this rank's local failure and returns s. */
static inline kn_status kn_mpi_local_fail(kn_status s, const char *fn, const char *why)
{
    char text[KN_MPI_MESSAGE_MAX];
    snprintf(text, sizeof text, "%s: %s", fn, why);
    kn_set_last_error(s, text);
    return s;
}

/* The call's first collective: every rank's length and local status. On
 * success fills *layout (free with kn_mpi_layout_free) and returns KN_OK;
 * if any rank failed, returns the lowest failing rank's status with
 * "<fn>: rank R: <why>" on every rank (layout left empty); lengths adding
 * up past 2^64 - 1 fail the same way on every rank (KN_ERR_INVALID_ARG). */
kn_status kn_mpi_begin(const char *fn, MPI_Comm comm, uint64_t n_local, kn_status local, kn_mpi_layout *layout);
void kn_mpi_layout_free(kn_mpi_layout *layout);

/* Collective: KN_OK if every rank's `local` is KN_OK, else the lowest
 * failing rank's status and message (as kn_mpi_begin), on every rank. */
kn_status kn_mpi_agree(const char *fn, MPI_Comm comm, kn_status local);

/* Collective, once every rank knows the lowest failing rank `failed`:
 * its status and "<fn>: rank R: <why>" on every rank (`local` is this
 * rank's status, read on the failing rank). */
kn_status kn_mpi_spread_failure(const char *fn, MPI_Comm comm, int failed, int rank, kn_status local);

/* The rank holding global element i < offset[size] (ranks with nothing
 * hold no element). */
int kn_mpi_owner(const kn_mpi_layout *layout, uint64_t i);

#endif
