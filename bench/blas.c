/* The OpenBLAS baseline: cblas_ddot(n, x, 1, x, 1) on one thread, the
 * numpy.dot(x, x) a Python user would compare norm_square_f64 with. */
#include <limits.h>
#include <stdio.h>

#include <cblas.h>

#include "bench.h"


int bench_blas_available(void) { return 1; }

void bench_blas_init(void) { openblas_set_num_threads(1); }

const char *bench_blas_info(void)
{
    static char buf[192];
    if (!buf[0]) snprintf(buf, sizeof buf, "openblas-1t: cblas_ddot(n, x, 1, x, 1), 1 thread (%s)", openblas_get_config());
    return buf;
}

double bench_blas_ddot_self(const double *x, size_t n)
{
    double s = 0;
    /* blasint is int in the LP64 build; cut longer vectors */
    while (n > 0) {
        int k = n > (size_t)INT_MAX ? INT_MAX : (int)n;
        s += cblas_ddot(k, x, 1, x, 1);
        x += k;
        n -= (size_t)k;
    }
    return s;
}
