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

typedef struct {
    uint64_t wheel;             /* modulus of the wheel, >= 1           */
    size_t nsurv;               /* >= 1                                 */
    uint64_t *surv;             /* allowed residues mod wheel, ascending */
    size_t nchecks;
    kn_fw_check *checks;        /* layers outside the wheel             */
} kn_fw_plan;

/* Builds the plan for validated layers (n >= 1). Returns KN_OK,
 * KN_ERR_NOT_FOUND (message set: no delay at all is safe) or
 * KN_ERR_NO_MEMORY. *limit is lowered to the last delay worth scanning
 * (below the lcm of all periods when that is known). */
kn_status kn_fw_plan_build(const kn_layer *l, size_t n, kn_fw_plan *plan, uint64_t *limit);
void kn_fw_plan_free(kn_fw_plan *plan);

#ifdef __cplusplus
}
#endif

#endif
