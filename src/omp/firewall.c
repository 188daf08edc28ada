#include <stdint.h>
#include <stdio.h>

#include "omp_backend.h"

/* Wheel turns per parallel segment, and the delays scanned on the calling
 * thread before any other is woken: the puzzle inputs (answers near 4e6)
 * end inside that serial prefix, where threads would cost more than the
 * whole scan. */
#define SEGMENT_TURNS 64
#define SERIAL_DELAYS ((uint64_t)1 << 24)

/* Last delay of the segment starting at `start`, clamped to limit. */
static uint64_t segment_last(uint64_t start, uint64_t span, uint64_t limit)
{
    return limit - start < span ? limit : start + span - 1;
}

/* Segments are claimed in increasing order and one stops claiming once its
 * next segment starts past the best delay found, so every segment below the
 * answer is scanned to the end: the smallest safe delay is returned, as in
 * a serial scan. A segment whose scan fails (any status but OK and
 * NOT_FOUND) hides what lies in it, so the failure of the lowest such
 * segment is returned unless the answer lies below it. */
kn_status omp_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay)
{
    kn_ctx *in = omp_inner(ctx);
    if (plan->wheel > UINT64_MAX / SEGMENT_TURNS)
        return in->ops->firewall_scan(in, plan, from, limit, delay);
    uint64_t span = plan->wheel * SEGMENT_TURNS;
    uint64_t serial = span < SERIAL_DELAYS ? (SERIAL_DELAYS + span - 1) / span * span : span;
    kn_status st = in->ops->firewall_scan(in, plan, from, segment_last(from, serial, limit), delay);
    if (st != KN_ERR_NOT_FOUND || limit - from < serial) return st;

    uint64_t first = from + serial, nseg = (limit - first) / span + 1, next = 0, best = UINT64_MAX;
    uint64_t failed = UINT64_MAX; /* the lowest segment whose scan failed */
    omp_failure failure = {0};
#pragma omp parallel num_threads(omp_team(ctx, nseg))
    for (;;) {
        uint64_t k = __atomic_fetch_add(&next, 1, __ATOMIC_RELAXED), found;
        if (k >= nseg || first + k * span > __atomic_load_n(&best, __ATOMIC_RELAXED) ||
            k > __atomic_load_n(&failed, __ATOMIC_RELAXED))
            break;
        uint64_t start = first + k * span;
        kn_status seg = in->ops->firewall_scan(in, plan, start, segment_last(start, span, limit), &found);
        if (seg == KN_ERR_NOT_FOUND) continue;
        if (seg != KN_OK) {
#pragma omp critical(kn_omp_firewall_failure)
            if (k < failed) {
                __atomic_store_n(&failed, k, __ATOMIC_RELAXED);
                failure.claimed = 1;
                failure.st = seg;
                snprintf(failure.msg, sizeof failure.msg, "%s", kn_last_error());
            }
            continue;
        }
        /* best = min(best, found), lock-free */
        uint64_t cur = __atomic_load_n(&best, __ATOMIC_RELAXED);
        while (found < cur && !__atomic_compare_exchange_n(&best, &cur, found, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
        }
    }
    if (failed != UINT64_MAX && first + failed * span < best) return omp_failure_report(&failure);
    if (best == UINT64_MAX) return KN_ERR_NOT_FOUND;
    *delay = best;
    return KN_OK;
}
