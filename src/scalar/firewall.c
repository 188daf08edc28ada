#include "../core/kn_math.h"
#include "scalar.h"

kn_status scalar_firewall_severity(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t delay, int64_t *severity)
{
    (void)ctx;
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
        if (d % c[i].period == c[i].residue) return 0;
    return 1;
}

kn_status scalar_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay)
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
