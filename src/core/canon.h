/* The canonical summation orders of kernels.h, as reusable pieces: every
 * backend builds its double sums from these so that the order (and so the
 * bits) cannot drift between backends. The per-block pieces, which the
 * device kernels share, are in kn_device_math.h; the host-side chaining of
 * carries and the tree over block totals are here. */
#ifndef KN_CORE_CANON_H
#define KN_CORE_CANON_H

#include <stddef.h>

#include "kernels.h"
#include "kn_device_math.h"

/* Step 3 over nb consecutive blocks: their totals T become their carries
 * C, in place, chained from `carry` (the carry of the last of them);
 * returns the carry of the block before them. */
static inline double kn_scan_carries(double *t, size_t nb, double carry)
{
    for (size_t b = nb; b-- > 0;) {
        double total = t[b];
        t[b] = carry;
        carry = carry + total;
    }
    return carry;
}

/* The prefix-sum carries over nb consecutive blocks: their totals T become
 * their carries C, in place, left to right from `carry` (the carry of the
 * first of them: C[b] = C[b-1] + T[b-1]); returns the carry of the block
 * after them. */
static inline double kn_scan_carries_prefix(double *t, size_t nb, double carry)
{
    for (size_t b = 0; b < nb; b++) {
        double total = t[b];
        t[b] = carry;
        carry = carry + total;
    }
    return carry;
}

/* Combines block totals in the canonical tree (kernels.h, step 4) as they
 * stream by: a binary counter whose stack holds the totals of aligned
 * power-of-two groups, largest first. Pushing units of any aligned
 * power-of-two group size gives the same tree, which is what lets threads
 * and GPU work-groups each reduce an aligned run of blocks on their own. */
typedef struct {
    double sum[64];
    unsigned char level[64]; /* log2 of the group's size in units */
    int top;
} kn_tree;

static inline void kn_tree_init(kn_tree *t) { t->top = 0; }

/* Pushes the total of an aligned group of 2^lv units; the groups pushed
 * before it end where it starts. */
static inline void kn_tree_push_level(kn_tree *t, double v, unsigned char lv)
{
    while (t->top > 0 && t->level[t->top - 1] == lv) {
        t->top--;
        v = t->sum[t->top] + v;
        lv++;
    }
    t->sum[t->top] = v;
    t->level[t->top] = lv;
    t->top++;
}

static inline void kn_tree_push(kn_tree *t, double v) { kn_tree_push_level(t, v, 0); }

static inline double kn_tree_finish(const kn_tree *t)
{
    if (t->top == 0) return 0.0;
    double acc = t->sum[t->top - 1];
    for (int k = t->top - 2; k >= 0; k--) acc = t->sum[k] + acc;
    return acc;
}

#endif
