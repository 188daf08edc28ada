#include "../core/canon.h"
#include "scalar.h"

/* One right-to-left pass: block b's scan starts from its carry C[b] and
 * gives C[b-1] = C[b] + T[b]. */
kn_status scalar_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry,
                                 int stream_out)
{
    (void)ctx, (void)stream_out; /* portable C has no non-temporal store */
    size_t end = n;
    for (size_t start = (n - 1) / KN_SCAN_BLOCK * KN_SCAN_BLOCK;; start -= KN_SCAN_BLOCK) {
        carry = kn_scan_block(x, out, start, end, carry);
        end = start;
        if (start == 0) break;
    }
    return KN_OK;
}

kn_status scalar_suffix_scan_blocks(kn_ctx *ctx, const double *x, size_t n, double *out, const double *carries,
                                    int stream_out)
{
    (void)ctx, (void)stream_out;
    for (size_t b = 0, start = 0; start < n; b++, start += KN_SCAN_BLOCK)
        (void)kn_scan_block(x, out, start, n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK, carries[b]);
    return KN_OK;
}

kn_status scalar_suffix_block_totals(kn_ctx *ctx, const double *x, size_t n, double *totals)
{
    (void)ctx;
    for (size_t b = 0, start = 0; start < n; b++, start += KN_SCAN_BLOCK) {
        size_t end = n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK;
        totals[b] = kn_block_total(x, start, end);
    }
    return KN_OK;
}
