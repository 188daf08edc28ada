/* kernels-bench-mpi: strong and weak scaling of kernels_mpi.
 *
 *   mpirun -np P kernels-bench-mpi [--strong N] [--weak N] [--reps R] [--backend NAME]
 *
 * Runs every kernel on the first p ranks for p = 1..P (the others wait
 * asleep), so one launch gives the whole table. Strong scaling: N doubles
 * in all (default 2^23) cut evenly; weak: N per rank (default 2^21); Julia
 * 800x800 strong, 800 x 200p weak. Each figure is the best of R runs (the
 * slowest rank's time of each). Compute and communication come from the
 * PMPI wrappers (pmpi_count.c): time inside MPI calls, including waiting
 * for other ranks, is communication. Rows with more ranks than cores are
 * marked: those ranks share cores, so they measure the algorithm's
 * overheads, not a cluster's speed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kernels_mpi.h"
#include "pmpi_count.h"

typedef enum { K_SUM, K_NORM_SQUARE, K_DOT, K_PREFIX, K_SUFFIX, K_JULIA, K_COUNT } kernel;
static const char *const names[K_COUNT] = {"sum", "norm_square", "dot", "prefix_sums", "suffix_sums", "julia"};

typedef struct {
    double seconds, compute, comm, bytes; /* the slowest rank's time; max over ranks of the others */
} figure;

static double now(void) { return MPI_Wtime(); }

/* Every rank of world waits here, the idle ones asleep rather than polling
 * a core the measured ranks need. */
static void sleepy_barrier(void)
{
    MPI_Request req;
    int done = 0;
    MPI_Ibarrier(MPI_COMM_WORLD, &req);
    while (!done) {
        MPI_Test(&req, &done, MPI_STATUS_IGNORE);
        if (!done) nanosleep(&(struct timespec){0, 200000}, NULL);
    }
}

static kn_status run(kernel k, kn_ctx *ctx, MPI_Comm comm, double *x, double *y, double *out, size_t n,
                     const kn_julia_params *jp, int32_t *counts)
{
    double r;
    switch (k) {
    case K_SUM: return kn_mpi_sum_f64(ctx, comm, x, n, &r);
    case K_NORM_SQUARE: return kn_mpi_norm_square_f64(ctx, comm, x, n, &r);
    case K_DOT: return kn_mpi_dot_f64(ctx, comm, x, y, n, &r);
    case K_PREFIX: return kn_mpi_prefix_sums_f64(ctx, comm, x, n, out);
    case K_SUFFIX: return kn_mpi_suffix_sums_f64(ctx, comm, x, n, out);
    default: return kn_mpi_julia(ctx, comm, jp, 0, counts);
    }
}

static figure measure(kernel k, kn_ctx *ctx, MPI_Comm comm, double *x, double *y, double *out, size_t n,
                      const kn_julia_params *jp, int32_t *counts, int reps)
{
    figure best = {1e300, 0, 0, 0};
    for (int rep = 0; rep < reps; rep++) {
        MPI_Barrier(comm);
        kn_comm = (kn_comm_counters){0, 0};
        double t0 = now();
        kn_status st = run(k, ctx, comm, x, y, out, n, jp, counts);
        double mine[3] = {now() - t0, kn_comm.seconds, kn_comm.bytes}, all[3];
        if (st) fprintf(stderr, "%s failed: %s\n", names[k], kn_last_error());
        MPI_Allreduce(mine, all, 3, MPI_DOUBLE, MPI_MAX, comm);
        if (all[0] < best.seconds) best = (figure){all[0], all[0] - all[1], all[1], all[2]};
    }
    return best;
}

static void fill(double *x, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        x[i] = (double)(seed >> 8) / 16777216.0 - 0.5;
    }
}

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    size_t strong = (size_t)1 << 23, weak = (size_t)1 << 21;
    int reps = 5;
    const char *backend = "simd";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--strong")) strong = strtoull(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--weak")) weak = strtoull(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--reps")) reps = (int)strtol(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--backend")) backend = argv[i + 1];
    }
    kn_backend b;
    kn_ctx *ctx = NULL;
    if (kn_backend_from_name(backend, &b) || kn_ctx_create(&ctx, b)) {
        fprintf(stderr, "kernels-bench-mpi: %s\n", kn_last_error());
        MPI_Abort(MPI_COMM_WORLD, 2);
    }
    size_t cap = strong > weak ? strong : weak;
    double *x = malloc(cap * sizeof *x), *y = malloc(cap * sizeof *y), *out = malloc(cap * sizeof *out);
    /* Root's grid: 800x800 (strong) or 800 x 200p rows (weak). */
    size_t grid_rows = size > 4 ? (size_t)200 * (size_t)size : 800;
    int32_t *counts = malloc((size_t)800 * grid_rows * sizeof *counts);
    if (!x || !y || !out || !counts) MPI_Abort(MPI_COMM_WORLD, 2);
    fill(x, cap, 1u + (unsigned)rank), fill(y, cap, 99u + (unsigned)rank);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    figure fig[2][K_COUNT][64];
    int pmax = size < 64 ? size : 64;
    for (int p = 1; p <= pmax; p++) {
        MPI_Comm comm;
        MPI_Comm_split(MPI_COMM_WORLD, rank < p ? 0 : MPI_UNDEFINED, rank, &comm);
        if (rank < p) {
            for (int mode = 0; mode < 2; mode++) {
                size_t n = mode == 0 ? strong / (size_t)p + ((size_t)rank < strong % (size_t)p) : weak;
                kn_julia_params jp = {-1.5, 1.5, -1.0, 1.0, -0.8, 0.156, 800, mode == 0 ? 800 : 200 * p, 200};
                for (kernel k = 0; k < K_COUNT; k++)
                    fig[mode][k][p - 1] = measure(k, ctx, comm, x, y, out, n, &jp, counts, reps);
            }
            MPI_Comm_free(&comm);
        }
        sleepy_barrier();
    }
    if (rank == 0) {
        printf("kernels-bench-mpi: 1..%d ranks on %ld cores, backend %s per rank, best of %d\n", size, cores,
               backend, reps);
        printf("(* = more ranks than cores: oversubscribed, the ranks share cores)\n");
        for (int mode = 0; mode < 2; mode++) {
            if (mode == 0)
                printf("\nStrong scaling: %zu doubles in all (Julia 800x800, 200 iterations)\n", strong);
            else
                printf("\nWeak scaling: %zu doubles per rank (Julia 800 x 200p, 200 iterations)\n", weak);
            printf("| kernel | ranks | time ms | %s| compute ms | comm ms | bytes sent/rank |\n",
                   mode == 0 ? "speedup | efficiency " : "efficiency ");
            printf("|---|---|---|---|---|---|---|%s\n", mode == 0 ? "---|" : "");
            for (kernel k = 0; k < K_COUNT; k++)
                for (int p = 1; p <= pmax; p++) {
                    figure f = fig[mode][k][p - 1], one = fig[mode][k][0];
                    double speedup = one.seconds / f.seconds;
                    printf("| %s | %d%s | %.2f | ", names[k], p, p > cores ? "*" : "", 1e3 * f.seconds);
                    if (mode == 0) printf("%.2f | %.0f%% |", speedup, 100.0 * speedup / p);
                    else printf("%.0f%% |", 100.0 * speedup);
                    printf(" %.2f | %.3f | %.0f |\n", 1e3 * f.compute, 1e3 * f.comm, f.bytes);
                }
        }
    }
    kn_ctx_destroy(ctx);
    free(x), free(y), free(out), free(counts);
    MPI_Finalize();
    return 0;
}
