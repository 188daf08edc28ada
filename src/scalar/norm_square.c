#include "../core/canon.h"
#include "../core/kn_math.h"
#include "scalar.h"

kn_status scalar_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    (void)ctx;
    kn_tree t;
    kn_tree_init(&t);
    for (size_t b = 0; b < n; b += KN_SUM_BLOCK)
        kn_tree_push(&t, kn_block_sum_sq(x + b, n - b < KN_SUM_BLOCK ? n - b : KN_SUM_BLOCK));
    *out = kn_tree_finish(&t);
    return KN_OK;
}

kn_status scalar_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    (void)ctx;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        if (!kn_add_square_i64(&sum, x[i])) return KN_ERR_OVERFLOW;
    if (sum > INT64_MAX) return KN_ERR_OVERFLOW;
    *out = (int64_t)sum;
    return KN_OK;
}
