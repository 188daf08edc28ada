/* The MPI calls kernels_mpi makes, wrapped through the MPI profiling
 * interface (PMPI): each adds its time to the communication clock and the
 * bytes this rank sends to the byte count, so the benchmark splits a call's
 * time into compute and communication without touching the library. */
#include "pmpi_count.h"

kn_comm_counters kn_comm;

static double now(void) { return PMPI_Wtime(); }

static double type_bytes(MPI_Datatype t, int count)
{
    int size;
    PMPI_Type_size(t, &size);
    return (double)size * count;
}

int MPI_Send(const void *buf, int count, MPI_Datatype t, int dest, int tag, MPI_Comm comm)
{
    double t0 = now();
    int rc = PMPI_Send(buf, count, t, dest, tag, comm);
    kn_comm.seconds += now() - t0, kn_comm.bytes += type_bytes(t, count);
    return rc;
}

int MPI_Isend(const void *buf, int count, MPI_Datatype t, int dest, int tag, MPI_Comm comm, MPI_Request *req)
{
    double t0 = now();
    int rc = PMPI_Isend(buf, count, t, dest, tag, comm, req);
    kn_comm.seconds += now() - t0, kn_comm.bytes += type_bytes(t, count);
    return rc;
}

int MPI_Recv(void *buf, int count, MPI_Datatype t, int src, int tag, MPI_Comm comm, MPI_Status *st)
{
    double t0 = now();
    int rc = PMPI_Recv(buf, count, t, src, tag, comm, st);
    kn_comm.seconds += now() - t0;
    return rc;
}

int MPI_Irecv(void *buf, int count, MPI_Datatype t, int src, int tag, MPI_Comm comm, MPI_Request *req)
{
    double t0 = now();
    int rc = PMPI_Irecv(buf, count, t, src, tag, comm, req);
    kn_comm.seconds += now() - t0;
    return rc;
}

int MPI_Wait(MPI_Request *req, MPI_Status *st)
{
    double t0 = now();
    int rc = PMPI_Wait(req, st);
    kn_comm.seconds += now() - t0;
    return rc;
}

int MPI_Waitall(int n, MPI_Request reqs[], MPI_Status sts[])
{
    double t0 = now();
    int rc = PMPI_Waitall(n, reqs, sts);
    kn_comm.seconds += now() - t0;
    return rc;
}

int MPI_Bcast(void *buf, int count, MPI_Datatype t, int root, MPI_Comm comm)
{
    double t0 = now();
    int rc = PMPI_Bcast(buf, count, t, root, comm), rank;
    PMPI_Comm_rank(comm, &rank);
    kn_comm.seconds += now() - t0, kn_comm.bytes += rank == root ? type_bytes(t, count) : 0.0;
    return rc;
}

int MPI_Allreduce(const void *in, void *out, int count, MPI_Datatype t, MPI_Op op, MPI_Comm comm)
{
    double t0 = now();
    int rc = PMPI_Allreduce(in, out, count, t, op, comm);
    kn_comm.seconds += now() - t0, kn_comm.bytes += type_bytes(t, count);
    return rc;
}

int MPI_Allgather(const void *in, int count, MPI_Datatype t, void *out, int rcount, MPI_Datatype rt, MPI_Comm comm)
{
    double t0 = now();
    int rc = PMPI_Allgather(in, count, t, out, rcount, rt, comm);
    kn_comm.seconds += now() - t0, kn_comm.bytes += type_bytes(t, count);
    return rc;
}

int MPI_Allgatherv(const void *in, int count, MPI_Datatype t, void *out, const int rcounts[], const int displs[],
                   MPI_Datatype rt, MPI_Comm comm)
{
    double t0 = now();
    int rc = PMPI_Allgatherv(in, count, t, out, rcounts, displs, rt, comm);
    kn_comm.seconds += now() - t0, kn_comm.bytes += type_bytes(t, count);
    return rc;
}
