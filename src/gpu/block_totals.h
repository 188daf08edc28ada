/* The host side of the GPU norm-squares, shared by the OpenCL and CUDA
 * backends: the device returns one total per canonical block (a double's
 * bits, or a saturating uint64 for int64 where UINT64_MAX means "past
 * INT64_MAX"), and the host combines them in the canonical order. */
#ifndef KN_GPU_BLOCK_TOTALS_H
#define KN_GPU_BLOCK_TOTALS_H

#include <stdint.h>
#include <string.h>

#include "../core/canon.h"

typedef struct {
    int is_f64;
    kn_tree tree;  /* double: the canonical tree over block totals   */
    uint64_t isum; /* int64: saturating sum, UINT64_MAX on overflow  */
} kn_gpu_totals;

static inline void kn_gpu_totals_init(kn_gpu_totals *t, int is_f64)
{
    t->is_f64 = is_f64;
    kn_tree_init(&t->tree);
    t->isum = 0;
}

/* Adds the next nb block totals, in block order. */
static inline void kn_gpu_totals_add(kn_gpu_totals *t, const uint64_t *tot, size_t nb)
{
    for (size_t b = 0; b < nb; b++) {
        if (t->is_f64) {
            double v;
            memcpy(&v, &tot[b], sizeof v);
            kn_tree_push(&t->tree, v);
        } else if (t->isum != UINT64_MAX) {
            t->isum = tot[b] == UINT64_MAX || tot[b] + t->isum > (uint64_t)INT64_MAX ? UINT64_MAX : tot[b] + t->isum;
        }
    }
}

/* Writes the double or int64 result to out; KN_ERR_OVERFLOW for an int64
 * sum past INT64_MAX. */
static inline kn_status kn_gpu_totals_finish(const kn_gpu_totals *t, void *out)
{
    if (t->is_f64) {
        *(double *)out = kn_tree_finish(&t->tree);
        return KN_OK;
    }
    if (t->isum == UINT64_MAX) return KN_ERR_OVERFLOW;
    *(int64_t *)out = (int64_t)t->isum;
    return KN_OK;
}

#endif
