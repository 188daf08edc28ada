/* The body of src/simd/finz_<isa>.c: every kn_finz_<isa>_<op> of finz.h,
 * from the including file's KN_FINZ_FN(op) (the function's name),
 * KN_FINZ_VEC(name) (SLEEF's vector function), KN_FINZ_WIDTH (doubles per
 * vector), KN_FINZ_LOAD(p), KN_FINZ_STORE(p, v) and kn_finz_canon(v) (NaN
 * lanes replaced by kn_expr_canon_nan's NaN). */
#include "../core/expr_ops.h"
#include "finz.h"

#define KN_FINZ_DEF1(op, name)                                                          \
    void KN_FINZ_FN(op)(size_t n, double *restrict r, const double *restrict a)         \
    {                                                                                   \
        size_t i = 0;                                                                   \
        for (; i + KN_FINZ_WIDTH <= n; i += KN_FINZ_WIDTH)                              \
            KN_FINZ_STORE(r + i, kn_finz_canon(KN_FINZ_VEC(name)(KN_FINZ_LOAD(a + i)))); \
        for (; i < n; i++) r[i] = kn_op_##op(a[i]);                                     \
    }
#define KN_FINZ_DEF2(op, name)                                                                                \
    void KN_FINZ_FN(op)(size_t n, double *restrict r, const double *restrict a, const double *restrict b)    \
    {                                                                                                         \
        size_t i = 0;                                                                                         \
        for (; i + KN_FINZ_WIDTH <= n; i += KN_FINZ_WIDTH)                                                    \
            KN_FINZ_STORE(r + i, kn_finz_canon(KN_FINZ_VEC(name)(KN_FINZ_LOAD(a + i), KN_FINZ_LOAD(b + i)))); \
        for (; i < n; i++) r[i] = kn_op_##op(a[i], b[i]);                                                     \
    }
KN_FINZ_OPS1(KN_FINZ_DEF1)
KN_FINZ_OPS2(KN_FINZ_DEF2)
