/* The Julia set computed by every rank of MPI_COMM_WORLD, written by rank 0
 * as a binary PPM image (any viewer, or `convert julia.ppm julia.png`):
 *   mpirun -np 4 mpi-julia [out.ppm] [width] [height] [max_iter]
 * The counts are kn_julia's, bit for bit, whatever the number of ranks:
 * rank 0 prints their sum, the README's golden 33219980 for the default
 * 1000x1000 grid. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <kernels_mpi.h>

/* The colour map of examples/julia-image: violet over log(1 + n), black
 * for points that never escape. */
static void colour(int32_t n, int32_t max_iter, unsigned char rgb[3])
{
    if (n >= max_iter) {
        rgb[0] = rgb[1] = rgb[2] = 0;
        return;
    }
    double t = log1p((double)n) / log1p((double)max_iter);
    rgb[0] = (unsigned char)(255.0 * pow(t, 0.55));
    rgb[1] = (unsigned char)(255.0 * pow(t, 1.1) * 0.85);
    rgb[2] = (unsigned char)(255.0 * (0.35 + 0.65 * sin(3.14159265358979 * t)));
}

static int write_ppm(const char *path, const int32_t *counts, int w, int h, int32_t max_iter)
{
    FILE *f = fopen(path, "wb");
    if (!f) return perror(path), 1;
    fprintf(f, "P6\n%d %d\n255\n", w, h);
    for (size_t k = 0; k < (size_t)w * (size_t)h; k++) {
        unsigned char rgb[3];
        colour(counts[k], max_iter, rgb);
        fwrite(rgb, 1, 3, f);
    }
    return fclose(f) != 0;
}

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const char *out = argc > 1 ? argv[1] : "julia.ppm";
    int w = argc > 2 ? atoi(argv[2]) : 1000, h = argc > 3 ? atoi(argv[3]) : 1000;
    int32_t max_iter = argc > 4 ? atoi(argv[4]) : 300;
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, w, h, max_iter};
    /* Only rank 0 holds the grid. */
    int32_t *counts = NULL;
    if (rank == 0 && !(counts = malloc((size_t)(w > 0 ? w : 1) * (size_t)(h > 0 ? h : 1) * sizeof *counts))) {
        fprintf(stderr, "mpi-julia: out of memory\n");
        MPI_Abort(MPI_COMM_WORLD, 1);
    }
    double t0 = MPI_Wtime();
    kn_status st = kn_mpi_julia(NULL, MPI_COMM_WORLD, &p, 0, counts);
    double seconds = MPI_Wtime() - t0;
    int rc = 0;
    if (st) {
        /* Every rank has the same status and message. */
        if (rank == 0) fprintf(stderr, "mpi-julia: %s: %s\n", kn_status_str(st), kn_last_error());
        rc = 1;
    } else if (rank == 0) {
        long long sum = 0;
        for (size_t k = 0; k < (size_t)w * (size_t)h; k++) sum += counts[k];
        rc = write_ppm(out, counts, w, h, max_iter);
        if (!rc)
            printf("%s: %dx%d, max_iter %d, sum of counts %lld, %d ranks, %.3f s\n", out, w, h, (int)max_iter, sum,
                   size, seconds);
    }
    free(counts);
    MPI_Finalize();
    return rc;
}
