#include "scalar.h"

/* One right-to-left pass: block b's scan starts from its carry C[b], and its
 * total T[b] (summed from +0.0, kernels.h step 2) gives C[b-1] = C[b] + T[b].
 * x[i] is read before out[i] is written, so out may equal x. */
kn_status scalar_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    (void)ctx;
    double carry = 0.0;
    size_t end = n;
    for (size_t start = (n - 1) / KN_SCAN_BLOCK * KN_SCAN_BLOCK;; start -= KN_SCAN_BLOCK) {
        double r = carry, total = 0.0;
        for (size_t i = end; i-- > start;) {
            double xi = x[i];
            out[i] = r;
            r = r + xi;
            total = total + xi;
        }
        carry = carry + total;
        end = start;
        if (start == 0) break;
    }
    return KN_OK;
}
