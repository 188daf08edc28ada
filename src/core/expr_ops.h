/* Per-element meaning of every expression opcode (expr.h), written once and
 * compiled three ways: as C (the scalar evaluator, SIMD tails, constant
 * folding), as CUDA (__host__ __device__, for the CUDA interpreter) and as
 * OpenCL C (the build embeds this file's text into the library; the OpenCL
 * backend puts it in front of every expression kernel and of its
 * interpreter, after kn_device_prelude.h and kn_sleef.h). Never contracted:
 * C and C++ are compiled with -ffp-contract=off, CUDA with --fmad=false,
 * OpenCL with FP_CONTRACT OFF (kn_device_prelude.h); the only fused
 * multiply-adds are the explicit fma() calls inside the transcendental
 * algorithms (each one correctly rounded IEEE operation).
 *
 * IEEE-defined opcodes (exact column 1 in expr.h):
 *   copy neg add sub mul div: IEEE 754 double, round to nearest.
 *   mod: Python/numpy floored modulo, result has the sign of the divisor:
 *        r = fmod(a, b) (exact); if r != 0 and (r < 0) != (b < 0), r = r + b
 *        (one rounded add); if r == 0, r = +0.0 with the sign of b. So
 *        7 % -3 == -2, -7 % 3 == 2, x % 0 == NaN, x % inf == x for x >= 0
 *        and inf for x < 0, inf % y == NaN, NaN in -> NaN out.
 *   fmod: C's fmod (exact; the result has the sign of a: fmod(-7, 3) == -1).
 *   lt le gt ge eq ne: 1.0 if the IEEE comparison holds, else 0.0 (NaN
 *        compares unequal to everything, so NaN != x is 1.0, the rest 0.0).
 *   and or not: on truthiness, x is true iff x != 0 (NaN is true, as
 *        Python's bool(nan)): and = 1.0 iff both true; or = 1.0 iff either
 *        true; not = 1.0 iff x == 0 (the '~' operator).
 *   where(c, a, b): a if c != 0 (NaN counts as true), else b.
 *   sqrt abs floor ceil trunc copysign nextafter: IEEE / C99 (correctly
 *        rounded or exact); round: to nearest, ties to even (numpy's round,
 *        C's rint in the default rounding mode).
 *   sign: -1.0, 0.0 (for +-0) or 1.0; NaN for NaN (numpy's).
 *   isnan isinf isfinite signbit: 1.0 or 0.0.
 *   minimum/maximum: numpy's: NaN propagates (if a is NaN the result is a,
 *        else if b is NaN it is b); otherwise minimum = (a <= b ? a : b),
 *        maximum = (a >= b ? a : b), so for equal operands (+0.0 vs -0.0)
 *        the first one is returned.
 * Transcendental opcodes (exact column 0): SLEEF 3.5.1's FMA-family
 * 1.0-ulp functions ("finz", _u10), written KN_FINZ(name): on the CPU the
 * library's SLEEF, Sleef_finz_<name>d1_u10purecfma (the simd backend calls
 * the same algorithm's vector forms, which give the same bits), so every
 * CPU backend, SIMD target and thread count gives the same bits, within
 * 1.0 ulp of the exact result. OpenCL and CUDA compute them with
 * kn_sleef.h, a port of the same algorithms that returns libsleef's bits.
 * A NaN result is always the one quiet NaN kn_expr_canon_nan returns. pow is SLEEF's pow (a ** b apart from the exact
 * rewrites of expr_parse.c).
 */
#ifndef KN_CORE_EXPR_OPS_H
#define KN_CORE_EXPR_OPS_H

#ifndef __OPENCL_VERSION__
#include "kn_device_prelude.h"
#endif
#ifdef __CUDACC__
#include "kn_sleef.h"
#endif

#define KN_EXPR_OP KN_DEVICE static inline

/* The transcendental `name` (SLEEF's spelling: asin, atan2, ...): on the
 * GPUs the port of SLEEF's finz functions in kn_sleef.h, in C libsleef. */
#if defined(__OPENCL_VERSION__) || defined(__CUDACC__)
#define KN_FINZ(name) kn_sleef_##name
/* By its bits: OpenCL C's NAN is a float with every payload bit set. */
#define KN_EXPR_QUIET_NAN kn_sl_double(0x7ff8000000000000)
#else
#define KN_FINZ(name) Sleef_finz_##name##d1_u10purecfma
#define KN_EXPR_QUIET_NAN ((double)NAN)
/* libsleef's scalar FMA forms. sleef.h declares them only when
 * FP_FAST_FMA is defined (code compiled for FMA); the library is compiled
 * for any CPU of its architecture and calls them only where
 * kn_expr_finz_available() holds, so it asks for the declarations. */
#ifndef FP_FAST_FMA
#define FP_FAST_FMA
#include <sleef.h>
#undef FP_FAST_FMA
#else
#include <sleef.h>
#endif
#endif

KN_EXPR_OP double kn_op_copy(double a) { return a; }
KN_EXPR_OP double kn_op_neg(double a) { return -a; }
KN_EXPR_OP double kn_op_add(double a, double b) { return a + b; }
KN_EXPR_OP double kn_op_sub(double a, double b) { return a - b; }
KN_EXPR_OP double kn_op_mul(double a, double b) { return a * b; }
KN_EXPR_OP double kn_op_div(double a, double b) { return a / b; }

KN_EXPR_OP double kn_op_mod(double a, double b)
{
    double r = fmod(a, b);
    if (r != 0.0) {
        if ((r < 0.0) != (b < 0.0)) r = r + b;
    } else {
        r = copysign(0.0, b);
    }
    return r;
}

KN_EXPR_OP double kn_op_fmod(double a, double b) { return fmod(a, b); }

/* The quiet NaN every transcendental opcode returns for a NaN result (sign
 * bit 0, payload 0: 0x7ff8000000000000), so no backend differs in NaN bits. */
KN_EXPR_OP double kn_expr_canon_nan(double r) { return r != r ? KN_EXPR_QUIET_NAN : r; }

KN_EXPR_OP double kn_op_pow(double a, double b) { return kn_expr_canon_nan(KN_FINZ(pow)(a, b)); }

KN_EXPR_OP double kn_op_lt(double a, double b) { return a < b ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_le(double a, double b) { return a <= b ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_gt(double a, double b) { return a > b ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_ge(double a, double b) { return a >= b ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_eq(double a, double b) { return a == b ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_ne(double a, double b) { return a != b ? 1.0 : 0.0; }

KN_EXPR_OP double kn_op_and(double a, double b) { return ((a != 0.0) & (b != 0.0)) ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_or(double a, double b) { return ((a != 0.0) | (b != 0.0)) ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_not(double a) { return a == 0.0 ? 1.0 : 0.0; }

KN_EXPR_OP double kn_op_where(double c, double a, double b) { return c != 0.0 ? a : b; }

/* Written out (not stamped by a macro): OpenCL implementations define sin,
 * cos, ... as macros, which an extra macro level would expand before
 * KN_FINZ pastes the name. */
KN_EXPR_OP double kn_op_sin(double a) { return kn_expr_canon_nan(KN_FINZ(sin)(a)); }
KN_EXPR_OP double kn_op_cos(double a) { return kn_expr_canon_nan(KN_FINZ(cos)(a)); }
KN_EXPR_OP double kn_op_tan(double a) { return kn_expr_canon_nan(KN_FINZ(tan)(a)); }
KN_EXPR_OP double kn_op_arcsin(double a) { return kn_expr_canon_nan(KN_FINZ(asin)(a)); }
KN_EXPR_OP double kn_op_arccos(double a) { return kn_expr_canon_nan(KN_FINZ(acos)(a)); }
KN_EXPR_OP double kn_op_arctan(double a) { return kn_expr_canon_nan(KN_FINZ(atan)(a)); }
KN_EXPR_OP double kn_op_sinh(double a) { return kn_expr_canon_nan(KN_FINZ(sinh)(a)); }
KN_EXPR_OP double kn_op_cosh(double a) { return kn_expr_canon_nan(KN_FINZ(cosh)(a)); }
KN_EXPR_OP double kn_op_tanh(double a) { return kn_expr_canon_nan(KN_FINZ(tanh)(a)); }
KN_EXPR_OP double kn_op_arcsinh(double a) { return kn_expr_canon_nan(KN_FINZ(asinh)(a)); }
KN_EXPR_OP double kn_op_arccosh(double a) { return kn_expr_canon_nan(KN_FINZ(acosh)(a)); }
KN_EXPR_OP double kn_op_arctanh(double a) { return kn_expr_canon_nan(KN_FINZ(atanh)(a)); }
KN_EXPR_OP double kn_op_exp(double a) { return kn_expr_canon_nan(KN_FINZ(exp)(a)); }
KN_EXPR_OP double kn_op_expm1(double a) { return kn_expr_canon_nan(KN_FINZ(expm1)(a)); }
KN_EXPR_OP double kn_op_exp2(double a) { return kn_expr_canon_nan(KN_FINZ(exp2)(a)); }
KN_EXPR_OP double kn_op_log(double a) { return kn_expr_canon_nan(KN_FINZ(log)(a)); }
KN_EXPR_OP double kn_op_log1p(double a) { return kn_expr_canon_nan(KN_FINZ(log1p)(a)); }
KN_EXPR_OP double kn_op_log10(double a) { return kn_expr_canon_nan(KN_FINZ(log10)(a)); }
KN_EXPR_OP double kn_op_log2(double a) { return kn_expr_canon_nan(KN_FINZ(log2)(a)); }
KN_EXPR_OP double kn_op_cbrt(double a) { return kn_expr_canon_nan(KN_FINZ(cbrt)(a)); }
KN_EXPR_OP double kn_op_arctan2(double a, double b) { return kn_expr_canon_nan(KN_FINZ(atan2)(a, b)); }
KN_EXPR_OP double kn_op_sqrt(double a) { return sqrt(a); }
KN_EXPR_OP double kn_op_abs(double a) { return fabs(a); }
KN_EXPR_OP double kn_op_floor(double a) { return floor(a); }
KN_EXPR_OP double kn_op_ceil(double a) { return ceil(a); }
KN_EXPR_OP double kn_op_trunc(double a) { return trunc(a); }
KN_EXPR_OP double kn_op_round(double a) { return rint(a); }
KN_EXPR_OP double kn_op_sign(double a) { return a > 0.0 ? 1.0 : a < 0.0 ? -1.0 : a == 0.0 ? 0.0 : a; }
KN_EXPR_OP double kn_op_copysign(double a, double b) { return copysign(a, b); }
KN_EXPR_OP double kn_op_nextafter(double a, double b) { return nextafter(a, b); }
KN_EXPR_OP double kn_op_isnan(double a) { return a != a ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_isinf(double a) { return fabs(a) == INFINITY ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_isfinite(double a) { return fabs(a) < INFINITY ? 1.0 : 0.0; }
KN_EXPR_OP double kn_op_signbit(double a) { return signbit(a) ? 1.0 : 0.0; }

/* (a != a) is isnan(a) written so that compilers vectorize it. */
KN_EXPR_OP double kn_op_minimum(double a, double b) { return (a <= b || a != a) ? a : b; }
KN_EXPR_OP double kn_op_maximum(double a, double b) { return (a >= b || a != a) ? a : b; }

#endif
