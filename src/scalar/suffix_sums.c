#include "scalar.h"

/* One right-to-left pass: block b's scan starts from its carry C[b], and its
 * total T[b] (summed from +0.0, kernels.h step 2) gives C[b-1] = C[b] + T[b].
 * x[i] is read before out[i] is written, so out may equal x. */
kn_status scalar_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry,
                                 int stream_out)
{
    (void)ctx, (void)stream_out; /* portable C has no non-temporal store */
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

kn_status scalar_suffix_block_totals(kn_ctx *ctx, const double *x, size_t n, double *totals)
{
    (void)ctx;
    for (size_t b = 0, start = 0; start < n; b++, start += KN_SCAN_BLOCK) {
        size_t end = n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK;
        double t = 0.0;
        for (size_t i = end; i-- > start;) t = t + x[i];
        totals[b] = t;
    }
    return KN_OK;
}
