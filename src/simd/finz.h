/* The vector forms of SLEEF's finz u10 functions (src/core/expr_ops.h) that
 * the simd backend calls on the Highway targets that have them: AVX3 ->
 * avx512f (8 doubles), AVX2 -> avx2 (4 doubles); every other target calls
 * kn_op_<op> (the d1 purecfma form) element by element. SLEEF gives every
 * form of a finz function the same bits, so the target never shows.
 *
 * kn_finz_<isa>_<op>(n, r, a[, b]) sets r[i] = kn_op_<op>(a[i][, b[i]]) for
 * i < n: whole vectors with the <isa> form, the last n % width elements with
 * kn_op_<op>, NaN results canonical as there. Each <isa> file is compiled
 * for its instruction set and may only run where that is present. */
#ifndef KN_SIMD_FINZ_H
#define KN_SIMD_FINZ_H

#include <stddef.h>

/* X(op, name): the opcode's name (kn_op_<op>) and SLEEF's. */
#define KN_FINZ_OPS1(X)                                                                                   \
    X(sin, sin) X(cos, cos) X(tan, tan) X(arcsin, asin) X(arccos, acos) X(arctan, atan) X(sinh, sinh)      \
    X(cosh, cosh) X(tanh, tanh) X(arcsinh, asinh) X(arccosh, acosh) X(arctanh, atanh) X(exp, exp)          \
    X(expm1, expm1) X(exp2, exp2) X(log, log) X(log1p, log1p) X(log10, log10) X(log2, log2) X(cbrt, cbrt)
#define KN_FINZ_OPS2(X) X(arctan2, atan2) X(pow, pow)

#ifdef __cplusplus
extern "C" {
#endif

#define KN_FINZ_DECL1(op, name)                                                 \
    void kn_finz_avx2_##op(size_t n, double *r, const double *a);               \
    void kn_finz_avx512_##op(size_t n, double *r, const double *a);
#define KN_FINZ_DECL2(op, name)                                                 \
    void kn_finz_avx2_##op(size_t n, double *r, const double *a, const double *b); \
    void kn_finz_avx512_##op(size_t n, double *r, const double *a, const double *b);
KN_FINZ_OPS1(KN_FINZ_DECL1)
KN_FINZ_OPS2(KN_FINZ_DECL2)
#undef KN_FINZ_DECL1
#undef KN_FINZ_DECL2

#ifdef __cplusplus
}
#endif

#endif
