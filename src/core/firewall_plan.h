/* The first-safe-delay search plan, built once in the core and scanned by a
 * backend. Layers with small periods are folded into a wheel: the sorted
 * residues mod `wheel` that none of them catches. The other layers stay as
 * explicit checks, smallest period first (they catch most often). */
#ifndef KN_CORE_FIREWALL_PLAN_H
#define KN_CORE_FIREWALL_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A layer with period p catches delay d iff d % p == residue. */
typedef struct {
    uint64_t period, residue;
} kn_fw_check;

/* The largest wheel a plan uses, chosen by measurement on the puzzle
 * inputs: a larger wheel costs more to build than it saves in the scan. */
#define KN_FW_WHEEL_MAX ((uint64_t)1 << 16)

typedef struct {
    uint64_t wheel;             /* modulus of the wheel, 1..KN_FW_WHEEL_MAX */
    size_t nsurv;               /* >= 1                                 */
    uint64_t *surv;             /* allowed residues mod wheel, ascending */
    size_t nchecks;
    kn_fw_check *checks;        /* layers outside the wheel             */
} kn_fw_plan;

/* Builds the plan for validated layers (n >= 1). Returns KN_OK,
 * KN_ERR_NOT_FOUND (no delay at all is safe: a range-1 layer, or layers
 * found by kn_fw_find_cover or by the wheel to catch every residue) or
 * KN_ERR_NO_MEMORY; the message is set without a function name, for the
 * caller to prefix. *limit is lowered to the last delay worth scanning
 * (below the lcm of all periods when that is known). */
kn_status kn_fw_plan_build(const kn_layer *l, size_t n, kn_fw_plan *plan, uint64_t *limit);
void kn_fw_plan_free(kn_fw_plan *plan);

/* The delay of candidate number k (0-based, in increasing order: turn
 * k / nsurv of the wheel, survivor k % nsurv), or UINT64_MAX when it does
 * not fit in 64 bits. */
uint64_t kn_fw_plan_candidate(const kn_fw_plan *plan, uint64_t k);

/* Looks for layers that together catch every delay. c[0..n) are the
 * checks sorted by period, then residue, with no two equal. KN_OK with
 * *modulus = M when the checks whose periods divide M catch every residue
 * modulo M (so no delay is safe), or *modulus = 0 when the bounded search
 * (firewall_cover.c) found no such M; KN_ERR_NO_MEMORY. */
kn_status kn_fw_find_cover(const kn_fw_check *c, size_t n, uint64_t *modulus);

/* lcm(a, b) for a, b >= 1, or 0 if it exceeds `cap`. */
static inline uint64_t kn_fw_lcm_capped(uint64_t a, uint64_t b, uint64_t cap)
{
    uint64_t x = a, y = b;
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    uint64_t f = b / x;
    return f > cap / a ? 0 : a * f;
}

/* Whether r is one of the residues of c[0..k) (ascending). */
static inline int kn_fw_residue_in(const kn_fw_check *c, size_t k, uint64_t r)
{
    size_t lo = 0, hi = k;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c[mid].residue < r) lo = mid + 1;
        else hi = mid;
    }
    return lo < k && c[lo].residue == r;
}

#ifdef __cplusplus
}
#endif

#endif
