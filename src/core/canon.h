/* The canonical summation orders of kernels.h, as reusable pieces: every
 * backend builds its double sums from these so that the order (and so the
 * bits) cannot drift between backends. */
#ifndef KN_CORE_CANON_H
#define KN_CORE_CANON_H

#include <stddef.h>

#include "kernels.h"
#include "kinds.h"

/* Folds KN_SUM_LANES partial sums by halving (kernels.h, step 3). */
static inline double kn_fold_lanes(double *s)
{
    for (size_t w = KN_SUM_LANES / 2; w >= 1; w /= 2)
        for (size_t j = 0; j < w; j++) s[j] = s[j] + s[j + w];
    return s[0];
}

/* The element op sums at index i (kinds.h): a product is rounded before
 * it is added (never an FMA: the build forbids contraction). */
static inline double kn_red_elem(kn_red_op op, const double *x, const double *y, size_t i)
{
    return op == KN_RED_SQUARE ? x[i] * x[i] : op == KN_RED_SUM ? x[i] : x[i] * y[i];
}

/* One block of len <= KN_SUM_BLOCK elements in the canonical order
 * (kernels.h, steps 1-3): partial sum j gets elements k = j mod
 * KN_SUM_LANES in increasing k, then the lanes are folded. With a constant
 * op, compilers specialize it and vectorize the independent lanes. */
static inline double kn_block_reduce(kn_red_op op, const double *x, const double *y, size_t len)
{
    double s[KN_SUM_LANES] = {0};
    size_t k = 0;
    for (; k + KN_SUM_LANES <= len; k += KN_SUM_LANES)
        for (size_t j = 0; j < KN_SUM_LANES; j++) s[j] = s[j] + kn_red_elem(op, x, y, k + j);
    for (size_t j = 0; k + j < len; j++) s[j] = s[j] + kn_red_elem(op, x, y, k + j);
    return kn_fold_lanes(s);
}

/* Suffix sums of one block [start, end) from the block's carry (kernels.h,
 * step 3); returns the carry of the block before it, carry + T with T the
 * block's total summed from +0.0 (step 2). x[i] is read before out[i] is
 * written, so out may equal x. */
static inline double kn_scan_block(const double *x, double *out, size_t start, size_t end, double carry)
{
    double r = carry, total = 0.0;
    for (size_t i = end; i-- > start;) {
        double xi = x[i];
        out[i] = r;
        r = r + xi;
        total = total + xi;
    }
    return carry + total;
}

/* The total T of block [start, end), right to left from +0.0 (step 2). */
static inline double kn_block_total(const double *x, size_t start, size_t end)
{
    double t = 0.0;
    for (size_t i = end; i-- > start;) t = t + x[i];
    return t;
}

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

/* Prefix sums of one block [start, end) from the block's carry (the sum
 * of everything before it), left to right; returns the carry of the block
 * after it, carry + T with T the block's total summed from +0.0. x[i] is
 * read before out[i] is written, so out may equal x. */
static inline double kn_prefix_scan_block(const double *x, double *out, size_t start, size_t end, double carry)
{
    double r = carry, total = 0.0;
    for (size_t i = start; i < end; i++) {
        double xi = x[i];
        r = r + xi;
        out[i] = r;
        total = total + xi;
    }
    return carry + total;
}

/* The total T of block [start, end), left to right from +0.0. */
static inline double kn_prefix_block_total(const double *x, size_t start, size_t end)
{
    double t = 0.0;
    for (size_t i = start; i < end; i++) t = t + x[i];
    return t;
}

/* The prefix carries over nb consecutive blocks: their totals T become
 * their carries C, in place, chained from `carry` (the carry of the first
 * of them); returns the carry of the block after them. */
static inline double kn_prefix_carries(double *t, size_t nb, double carry)
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

static inline void kn_tree_push(kn_tree *t, double v)
{
    unsigned char lv = 0;
    while (t->top > 0 && t->level[t->top - 1] == lv) {
        t->top--;
        v = t->sum[t->top] + v;
        lv++;
    }
    t->sum[t->top] = v;
    t->level[t->top] = lv;
    t->top++;
}

static inline double kn_tree_finish(const kn_tree *t)
{
    if (t->top == 0) return 0.0;
    double acc = t->sum[t->top - 1];
    for (int k = t->top - 2; k >= 0; k--) acc = t->sum[k] + acc;
    return acc;
}

#endif
