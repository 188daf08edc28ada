#include <stdint.h>

#include "omp_backend.h"

/* Wheel turns per segment: the puzzle inputs end inside the first segment,
 * which is scanned before any thread is woken. */
#define SEGMENT_TURNS 64

/* Last delay of the segment starting at `start`, clamped to limit. */
static uint64_t segment_last(uint64_t start, uint64_t span, uint64_t limit)
{
    return limit - start < span ? limit : start + span - 1;
}

/* Segments are claimed in increasing order and one stops claiming once its
 * next segment starts past the best delay found, so every segment below the
 * answer is scanned to the end: the smallest safe delay is returned, as in
 * a serial scan. */
kn_status omp_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay)
{
    kn_ctx *in = omp_inner(ctx);
    if (plan->wheel > UINT64_MAX / SEGMENT_TURNS)
        return in->ops->firewall_scan(in, plan, from, limit, delay);
    uint64_t span = plan->wheel * SEGMENT_TURNS;
    kn_status st = in->ops->firewall_scan(in, plan, from, segment_last(from, span, limit), delay);
    if (st != KN_ERR_NOT_FOUND || limit - from < span) return st;

    uint64_t first = from + span, nseg = (limit - first) / span + 1, next = 0, best = UINT64_MAX;
#pragma omp parallel num_threads(omp_team(ctx))
    for (;;) {
        uint64_t k, found, seen;
#pragma omp atomic capture
        k = next++;
#pragma omp atomic read
        seen = best;
        if (k >= nseg || first + k * span > seen) break;
        uint64_t start = first + k * span;
        if (in->ops->firewall_scan(in, plan, start, segment_last(start, span, limit), &found) != KN_OK) continue;
#pragma omp critical(kn_omp_firewall_best)
        if (found < best) {
#pragma omp atomic write
            best = found;
        }
    }
    if (best == UINT64_MAX) return KN_ERR_NOT_FOUND;
    *delay = best;
    return KN_OK;
}
