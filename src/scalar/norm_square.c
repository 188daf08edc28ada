#include "../core/canon.h"
#include "../core/kn_math.h"
#include "../core/prims.h"

/* Blocks of KN_SUM_BLOCK from x[0] into the canonical tree; inlined once
 * per op, so each loop is specialized and vectorized. y is x unless op is
 * KN_RED_DOT (only a dot reads it). */
static inline double reduce(kn_red_op op, const double *x, const double *y, size_t n)
{
    kn_tree t;
    kn_tree_init(&t);
    for (size_t b = 0; b < n; b += KN_SUM_BLOCK)
        kn_tree_push(&t, kn_block_reduce(op, x + b, y + b, n - b < KN_SUM_BLOCK ? n - b : KN_SUM_BLOCK));
    return kn_tree_finish(&t);
}

KN_REDUCE_F64_PROT(kn_scalar_reduce_f64)
{
    (void)ctx;
    switch (op) {
    case KN_RED_SQUARE: *total = reduce(KN_RED_SQUARE, x, x, n); break;
    case KN_RED_SUM: *total = reduce(KN_RED_SUM, x, x, n); break;
    case KN_RED_DOT: *total = reduce(KN_RED_DOT, x, y, n); break;
    }
    return KN_OK;
}

KN_SUMSQ_I64_PROT(kn_scalar_sumsq_i64)
{
    (void)ctx;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        if (!kn_add_square_i64(&sum, x[i])) return KN_ERR_OVERFLOW;
    if (sum > INT64_MAX) return KN_ERR_OVERFLOW;
    *out = (int64_t)sum;
    return KN_OK;
}
