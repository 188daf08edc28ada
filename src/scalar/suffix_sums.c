#include "../core/canon.h"
#include "../core/prims.h"

static size_t block_end(size_t n, size_t start) { return kn_block_end(n, start, KN_SCAN_BLOCK); }

/* One pass: suffix sums right to left, block b starting from its carry
 * C[b] and giving C[b-1] = C[b] + T[b]; prefix sums left to right, giving
 * C[b+1] = C[b] + T[b]. */
KN_SCAN_F64_PROT(kn_scalar_scan_f64)
{
    (void)ctx, (void)stream_out; /* portable C has no non-temporal store */
    if (dir == KN_SCAN_PREFIX) {
        for (size_t start = 0; start < n; start += KN_SCAN_BLOCK)
            carry = kn_scan_block_prefix(x, out, start, block_end(n, start), carry);
        return KN_OK;
    }
    size_t end = n;
    for (size_t start = (n - 1) / KN_SCAN_BLOCK * KN_SCAN_BLOCK;; start -= KN_SCAN_BLOCK) {
        carry = kn_scan_block(x, out, start, end, carry);
        end = start;
        if (start == 0) break;
    }
    return KN_OK;
}

KN_SCAN_BLOCKS_PROT(kn_scalar_scan_blocks)
{
    (void)stream_out;
    if (next) kn_scalar_scan_totals(ctx, dir, next, n, next_totals);
    for (size_t b = 0, start = 0; start < n; b++, start += KN_SCAN_BLOCK) {
        if (dir == KN_SCAN_PREFIX)
            (void)kn_scan_block_prefix(x, out, start, block_end(n, start), carries[b]);
        else
            (void)kn_scan_block(x, out, start, block_end(n, start), carries[b]);
    }
}

KN_SCAN_TOTALS_PROT(kn_scalar_scan_totals)
{
    (void)ctx;
    for (size_t b = 0, start = 0; start < n; b++, start += KN_SCAN_BLOCK)
        totals[b] = dir == KN_SCAN_PREFIX ? kn_block_total_prefix(x, start, block_end(n, start))
                                          : kn_block_total(x, start, block_end(n, start));
}
