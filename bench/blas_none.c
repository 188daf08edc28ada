/* Built when OpenBLAS is not found: the openblas-1t baseline is absent. */
#include "bench.h"

int bench_blas_available(void) { return 0; }
void bench_blas_init(void) {}
void bench_blas_pick_kernel(char **argv) { (void)argv; }
const char *bench_blas_info(void) { return "openblas-1t: not built (OpenBLAS not found at configure time)"; }
double bench_blas_ddot_self(const double *x, size_t n)
{
    (void)x;
    (void)n;
    return 0;
}
