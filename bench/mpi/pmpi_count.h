/* Per-rank communication counters, fed by the PMPI wrappers. */
#ifndef KN_BENCH_PMPI_COUNT_H
#define KN_BENCH_PMPI_COUNT_H

#include <mpi.h>

typedef struct {
    double seconds; /* inside MPI calls */
    double bytes;   /* this rank's own contribution: sent, or given to a collective */
} kn_comm_counters;

extern kn_comm_counters kn_comm;

#endif
