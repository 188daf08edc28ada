#include "../core/canon.h"
#include "scalar.h"

/* One block in the canonical order: KN_SUM_LANES interleaved partial sums. */
static double block_sum_sq(const double *x, size_t len)
{
    double s[KN_SUM_LANES] = {0};
    size_t k = 0;
    for (; k + KN_SUM_LANES <= len; k += KN_SUM_LANES)
        for (size_t j = 0; j < KN_SUM_LANES; j++) s[j] = s[j] + x[k + j] * x[k + j];
    for (size_t j = 0; k + j < len; j++) s[j] = s[j] + x[k + j] * x[k + j];
    return kn_fold_lanes(s);
}

kn_status scalar_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    (void)ctx;
    kn_tree t;
    kn_tree_init(&t);
    for (size_t b = 0; b < n; b += KN_SUM_BLOCK)
        kn_tree_push(&t, block_sum_sq(x + b, n - b < KN_SUM_BLOCK ? n - b : KN_SUM_BLOCK));
    *out = kn_tree_finish(&t);
    return KN_OK;
}

/* |v| <= 3037000499 keeps v*v within INT64_MAX; any larger square alone
 * makes the (non-negative) sum overflow. */
#define SQRT_INT64_MAX 3037000499LL

kn_status scalar_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    (void)ctx;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t v = x[i];
        if (v < -SQRT_INT64_MAX || v > SQRT_INT64_MAX) return KN_ERR_OVERFLOW;
        if (__builtin_add_overflow(sum, (uint64_t)(v * v), &sum)) return KN_ERR_OVERFLOW;
    }
    if (sum > INT64_MAX) return KN_ERR_OVERFLOW;
    *out = (int64_t)sum;
    return KN_OK;
}
