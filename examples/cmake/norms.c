/* Norm-squares and suffix sums on every available backend, side by side:
 * the same bits everywhere. */
#include <stdio.h>
#include <stdlib.h>

#include <kernels.h>

int main(void)
{
    enum { N = 1000000 };
    int64_t *xi = malloc(N * sizeof *xi);
    double *xd = malloc(N * sizeof *xd), *suffix = malloc(N * sizeof *suffix);
    if (!xi || !xd || !suffix) return 1;
    for (int i = 0; i < N; i++) xi[i] = i, xd[i] = i * 0.001;

    int failed = 0;
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) {
        kn_ctx *ctx;
        if (kn_ctx_create(&ctx, (kn_backend)b) != KN_OK) {
            printf("%-7s unavailable: %s\n", kn_backend_name((kn_backend)b), kn_last_error());
            continue;
        }
        int64_t ni;
        double nd;
        kn_status st = kn_norm_square_i64(ctx, xi, N, &ni);
        if (!st) st = kn_norm_square_f64(ctx, xd, N, &nd);
        if (!st) st = kn_suffix_sums_f64(ctx, xd, N, suffix);
        if (st) {
            printf("%-7s %s: %s\n", kn_backend_name((kn_backend)b), kn_status_str(st), kn_last_error());
            failed = 1;
        } else {
            printf("%-7s int64 %lld  double %a  suffix[0] %a\n", kn_backend_name((kn_backend)b), (long long)ni, nd,
                   suffix[0]);
        }
        kn_ctx_destroy(ctx);
    }
    free(xi);
    free(xd);
    free(suffix);
    return failed;
}
