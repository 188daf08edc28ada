#include "../core/kn_math.h"
#include "../core/prims.h"

KN_FW_SEVERITY_PROT(kn_scalar_fw_severity)
{
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (!kn_fw_caught((uint64_t)delay, l[i].depth, l[i].range)) continue;
        int64_t s;
        if (__builtin_mul_overflow(l[i].depth, l[i].range, &s) || __builtin_add_overflow(sum, s, &sum))
            return KN_ERR_OVERFLOW;
    }
    *severity = sum;
    return KN_OK;
}

static int passes(uint64_t d, const kn_fw_check *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (kn_fw_hits(d, c[i].period, c[i].residue)) return 0;
    return 1;
}

KN_FW_SCAN_PROT(kn_scalar_fw_scan)
{
    (void)ctx;
    for (uint64_t base = from;; base += plan->wheel) {
        for (size_t i = 0; i < plan->nsurv; i++) {
            uint64_t d = base + plan->surv[i];
            if (d > limit) return KN_ERR_NOT_FOUND;
            if (passes(d, plan->checks, plan->nchecks)) {
                *delay = d;
                return KN_OK;
            }
        }
        if (limit - base < plan->wheel) return KN_ERR_NOT_FOUND; /* base + wheel would pass limit or wrap */
    }
}
