/* The transcendental functions of the GPU backends: SLEEF 3.5.1's
 * deterministic FMA-family 1.0-ulp functions (Sleef_finz_<name>d1_u10purecfma,
 * which the CPU backends call from libsleef) written once for every
 * backend, so that a GPU returns the same bits as the CPU. The same text
 * compiles as C (the tests compare it with libsleef), as CUDA
 * (KN_DEVICE = __host__ __device__) and as OpenCL C (the build embeds this
 * file in front of the expression programs, after kn_device_prelude.h).
 *
 * Every step is the one SLEEF takes, in the same order: IEEE double
 * operations, explicit fma() where SLEEF's FMA build fuses (one correctly
 * rounded operation everywhere) and never an implicit contraction
 * (FP_CONTRACT OFF, -ffp-contract=off, --fmad=false). Polynomials are
 * evaluated in SLEEF's Estrin order; the double-double arithmetic is SLEEF's
 * FMA variant; arguments of trig functions from 1e14 up are reduced with the
 * four-double table of 2/pi below (Payne-Hanek). Functions return NaN where
 * SLEEF does, but not necessarily with the same NaN bits.
 *
 * Error: within 1.0 ulp of the correctly rounded result (SLEEF's bound). */
#ifndef KN_CORE_SLEEF_H
#define KN_CORE_SLEEF_H

#ifndef __OPENCL_VERSION__
#include "kn_device_prelude.h"
#endif

/* ---- bits ------------------------------------------------------------ */

KN_DEVICE static inline int64_t kn_sl_bits(double d)
{
#ifdef __OPENCL_VERSION__
    return as_long(d);
#else
    int64_t i;
    memcpy(&i, &d, sizeof i);
    return i;
#endif
}

KN_DEVICE static inline double kn_sl_double(int64_t i)
{
#ifdef __OPENCL_VERSION__
    return as_double(i);
#else
    double d;
    memcpy(&d, &i, sizeof d);
    return d;
#endif
}

#define KN_SL_SIGN_BIT (-(int64_t)0x7fffffffffffffff - 1)

/* x with its sign flipped where y is negative (SLEEF's mulsign). */
KN_DEVICE static inline double kn_sl_mulsign(double x, double y)
{
    return kn_sl_double(kn_sl_bits(x) ^ (kn_sl_bits(y) & KN_SL_SIGN_BIT));
}

KN_DEVICE static inline int kn_sl_signbit(double d) { return kn_sl_bits(d) < 0; }
KN_DEVICE static inline int kn_sl_isnan(double d) { return d != d; }
KN_DEVICE static inline int kn_sl_isinf(double d) { return fabs(d) == INFINITY; }
KN_DEVICE static inline int kn_sl_isnegzero(double d) { return kn_sl_bits(d) == KN_SL_SIGN_BIT; }

/* A NaN (all bits set), as SLEEF's masks make one. */
KN_DEVICE static inline double kn_sl_nan(void) { return kn_sl_double(-1); }

/* An integral double as an int, saturated so that no conversion overflows
 * (the values that saturate only feed results that are overridden). */
KN_DEVICE static inline int32_t kn_sl_int(double d)
{
    if (!(d > -2147483648.0)) return d != d ? 0 : -2147483647 - 1;
    if (d > 2147483647.0) return 2147483647;
    return (int32_t)d;
}

/* 2^q for -1023 < q < 1024, built from the exponent field. */
KN_DEVICE static inline double kn_sl_pow2i(int32_t q)
{
    return kn_sl_double((int64_t)(((uint64_t)(uint32_t)q + 0x3ffu) << 52));
}

/* d * 2^e in two steps, so that e may span twice the exponent range. */
KN_DEVICE static inline double kn_sl_ldexp2(double d, int32_t e)
{
    int32_t h = e >> 1;
    return d * kn_sl_pow2i(h) * kn_sl_pow2i((int32_t)((uint32_t)e - (uint32_t)h));
}

/* d * 2^q by adding q to the exponent field (no range check). */
KN_DEVICE static inline double kn_sl_ldexp3(double d, int32_t q)
{
    uint64_t add = (uint64_t)((uint32_t)q << 20) << 32;
    return kn_sl_double((int64_t)((uint64_t)kn_sl_bits(d) + add));
}

/* The exponent field of d minus 1023 (sign ignored; subnormals and zero
 * give -1023). */
KN_DEVICE static inline int32_t kn_sl_ilogb2k(double d)
{
    return (int32_t)(((uint64_t)kn_sl_bits(d) >> 52) & 0x7ffu) - 0x3ff;
}

/* Exponent of d >= 0, with subnormals scaled up first. */
KN_DEVICE static inline int32_t kn_sl_ilogbk(double d)
{
    int tiny = d < 4.9090934652977266e-91;
    if (tiny) d = 2.037035976334486e90 * d;
    int32_t q = (int32_t)(((uint64_t)kn_sl_bits(d) >> 52) & 0xfffu);
    return q - (tiny ? 300 + 0x3ff : 0x3ff);
}

/* ---- double-double arithmetic (hi + lo) --------------------------------- */

typedef struct {
    double hi, lo;
} kn_sl_dd;

KN_DEVICE static inline kn_sl_dd kn_dd(double hi, double lo)
{
    kn_sl_dd r;
    r.hi = hi;
    r.lo = lo;
    return r;
}

KN_DEVICE static inline kn_sl_dd kn_dd_neg(kn_sl_dd x) { return kn_dd(-x.hi, -x.lo); }
KN_DEVICE static inline kn_sl_dd kn_dd_scale(kn_sl_dd x, double s) { return kn_dd(x.hi * s, x.lo * s); }

KN_DEVICE static inline kn_sl_dd kn_dd_normalize(kn_sl_dd x)
{
    double hi = x.hi + x.lo;
    return kn_dd(hi, (x.hi - hi) + x.lo);
}

/* The "fast" sums assume |x| >= |y|; the "2" sums do not. */
KN_DEVICE static inline kn_sl_dd kn_dd_add_d_d(double x, double y)
{
    double hi = x + y;
    return kn_dd(hi, (x - hi) + y);
}

KN_DEVICE static inline kn_sl_dd kn_dd_add2_d_d(double x, double y)
{
    double hi = x + y, v = hi - x;
    return kn_dd(hi, (x - (hi - v)) + (y - v));
}

KN_DEVICE static inline kn_sl_dd kn_dd_add_dd_d(kn_sl_dd x, double y)
{
    double hi = x.hi + y;
    return kn_dd(hi, ((x.hi - hi) + y) + x.lo);
}

KN_DEVICE static inline kn_sl_dd kn_dd_sub_dd_d(kn_sl_dd x, double y)
{
    double hi = x.hi - y;
    return kn_dd(hi, ((x.hi - hi) - y) + x.lo);
}

KN_DEVICE static inline kn_sl_dd kn_dd_add2_dd_d(kn_sl_dd x, double y)
{
    double hi = x.hi + y, v = hi - x.hi;
    double lo = (x.hi - (hi - v)) + (y - v);
    return kn_dd(hi, lo + x.lo);
}

KN_DEVICE static inline kn_sl_dd kn_dd_add_d_dd(double x, kn_sl_dd y)
{
    double hi = x + y.hi;
    return kn_dd(hi, ((x - hi) + y.hi) + y.lo);
}

KN_DEVICE static inline kn_sl_dd kn_dd_add2_d_dd(double x, kn_sl_dd y)
{
    double hi = x + y.hi, v = hi - x;
    return kn_dd(hi, ((x - (hi - v)) + (y.hi - v)) + y.lo);
}

KN_DEVICE static inline kn_sl_dd kn_dd_add_dd_dd(kn_sl_dd x, kn_sl_dd y)
{
    double hi = x.hi + y.hi;
    return kn_dd(hi, (((x.hi - hi) + y.hi) + x.lo) + y.lo);
}

KN_DEVICE static inline kn_sl_dd kn_dd_add2_dd_dd(kn_sl_dd x, kn_sl_dd y)
{
    double hi = x.hi + y.hi, v = hi - x.hi;
    double lo = (x.hi - (hi - v)) + (y.hi - v);
    return kn_dd(hi, lo + (x.lo + y.lo));
}

KN_DEVICE static inline kn_sl_dd kn_dd_sub_dd_dd(kn_sl_dd x, kn_sl_dd y)
{
    double hi = x.hi - y.hi;
    double lo = x.hi - hi;
    lo = lo - y.hi;
    lo = lo + x.lo;
    return kn_dd(hi, lo - y.lo);
}

KN_DEVICE static inline kn_sl_dd kn_dd_mul_d_d(double x, double y)
{
    double hi = x * y;
    return kn_dd(hi, fma(x, y, -hi));
}

KN_DEVICE static inline kn_sl_dd kn_dd_mul_dd_d(kn_sl_dd x, double y)
{
    double hi = x.hi * y;
    return kn_dd(hi, fma(x.lo, y, fma(x.hi, y, -hi)));
}

KN_DEVICE static inline kn_sl_dd kn_dd_mul_dd_dd(kn_sl_dd x, kn_sl_dd y)
{
    double hi = x.hi * y.hi;
    return kn_dd(hi, fma(x.hi, y.lo, fma(x.lo, y.hi, fma(x.hi, y.hi, -hi))));
}

/* x * y rounded to one double. */
KN_DEVICE static inline double kn_dd_mul_to_d(kn_sl_dd x, kn_sl_dd y)
{
    return fma(x.hi, y.hi, fma(x.lo, y.hi, x.hi * y.lo));
}

KN_DEVICE static inline kn_sl_dd kn_dd_sqr(kn_sl_dd x)
{
    double hi = x.hi * x.hi;
    return kn_dd(hi, fma(x.hi + x.hi, x.lo, fma(x.hi, x.hi, -hi)));
}

KN_DEVICE static inline kn_sl_dd kn_dd_div(kn_sl_dd n, kn_sl_dd d)
{
    double t = 1.0 / d.hi;
    double hi = n.hi * t;
    double u = fma(t, n.hi, -hi);
    double lo = fma(-d.lo, t, fma(-d.hi, t, 1.0));
    return kn_dd(hi, fma(hi, lo, fma(n.lo, t, u)));
}

KN_DEVICE static inline kn_sl_dd kn_dd_rec_d(double d)
{
    double hi = 1.0 / d;
    return kn_dd(hi, hi * fma(-d, hi, 1.0));
}

KN_DEVICE static inline kn_sl_dd kn_dd_rec(kn_sl_dd d)
{
    double hi = 1.0 / d.hi;
    return kn_dd(hi, hi * fma(-d.lo, hi, fma(-d.hi, hi, 1.0)));
}

KN_DEVICE static inline kn_sl_dd kn_dd_sqrt(kn_sl_dd d)
{
    double t = sqrt(d.hi + d.lo);
    return kn_dd_scale(kn_dd_mul_dd_dd(kn_dd_add2_dd_dd(d, kn_dd_mul_d_d(t, t)), kn_dd_rec_d(t)), 0.5);
}

KN_DEVICE static inline kn_sl_dd kn_dd_sqrt_d(double d)
{
    double t = sqrt(d);
    return kn_dd_scale(kn_dd_mul_dd_dd(kn_dd_add2_d_dd(d, kn_dd_mul_d_d(t, t)), kn_dd_rec_d(t)), 0.5);
}

/* ---- Estrin polynomials: c_{n-1} x^{n-1} + ... + c_0, with x2 = x*x,
 * x4 = x2*x2, x8 = x4*x4, x16 = x8*x8 (coefficients highest first). ---- */

KN_DEVICE static inline double kn_sl_poly2(double x, double c1, double c0) { return fma(x, c1, c0); }

KN_DEVICE static inline double kn_sl_poly3(double x, double x2, double c2, double c1, double c0)
{
    return fma(x2, c2, fma(x, c1, c0));
}

KN_DEVICE static inline double kn_sl_poly4(double x, double x2, double c3, double c2, double c1, double c0)
{
    return fma(x2, fma(x, c3, c2), fma(x, c1, c0));
}

KN_DEVICE static inline double kn_sl_poly8(double x, double x2, double x4, double c7, double c6, double c5,
                                           double c4, double c3, double c2, double c1, double c0)
{
    return fma(x4, kn_sl_poly4(x, x2, c7, c6, c5, c4), kn_sl_poly4(x, x2, c3, c2, c1, c0));
}

KN_DEVICE static inline double kn_sl_poly16(double x, double x2, double x4, double x8, double cf, double ce,
                                            double cd, double cc, double cb, double ca, double c9, double c8,
                                            double c7, double c6, double c5, double c4, double c3, double c2,
                                            double c1, double c0)
{
    return fma(x8, kn_sl_poly8(x, x2, x4, cf, ce, cd, cc, cb, ca, c9, c8),
               kn_sl_poly8(x, x2, x4, c7, c6, c5, c4, c3, c2, c1, c0));
}

/* ---- constants ---------------------------------------------------------- */

#define KN_SL_M_PI 3.141592653589793238462643383279502884
#define KN_SL_1_PI 0.318309886183790671537767526745028724
/* pi as a double-double, and pi split for Cody-Waite reduction: PI_A..C
 * end in 28 zero bits (the products with the quotient are exact); A2 + B2
 * serves arguments below 15. */
#define KN_SL_PI_HI 3.141592653589793116
#define KN_SL_PI_LO 1.2246467991473532072e-16
#define KN_SL_PI_A 3.1415926218032836914
#define KN_SL_PI_B 3.1786509424591713469e-08
#define KN_SL_PI_C 1.2246467864107188502e-16
#define KN_SL_PI_D 1.2736634327021899816e-24
#define KN_SL_PI_A2 3.141592653589793116
#define KN_SL_PI_B2 1.2246467991473532072e-16
#define KN_SL_TRIG_SMALL 15.0
#define KN_SL_TRIG_MEDIUM 1e+14
#define KN_SL_2_PI_H 0.63661977236758138243
#define KN_SL_2_PI_L (-3.9357353350364971764e-17)
#define KN_SL_TWO24 16777216.0
#define KN_SL_TWO23 8388608.0
/* ln 2 split for exp (L2U has trailing zero bits), 1/ln 2, ln 2 as a
 * double-double. */
#define KN_SL_L2U .69314718055966295651160180568695068359375
#define KN_SL_L2L .28235290563031577122588448175013436025525412068e-12
#define KN_SL_R_LN2 1.442695040888963407359924681001892137426645954152985934135449406931
#define KN_SL_LN2_HI 0.693147180559945286226764
#define KN_SL_LN2_LO 2.319046813846299558417771e-17
#define KN_SL_DBL_MIN 2.2250738585072014e-308
#define KN_SL_TWO64 18446744073709551616.0
#define KN_SL_SQRT_DBL_MAX 1.3407807929942596355e+154

/* ---- trigonometric argument reduction ---------------------------------- */

/* A reduced argument r (|r| <= pi/4, as a double-double) and the quadrant
 * count q modulo 4 of the reduction. */
typedef struct {
    kn_sl_dd r;
    int32_t q;
} kn_sl_reduced;

/* x - rint(4x)/4 (exact) and the quarter turns rint(4x) - 4 rint(x). */
KN_DEVICE static inline double kn_sl_rempi_step(double x, int32_t *q)
{
    double y = rint(x * 4.0);
    *q = kn_sl_int(trunc(y - rint(x) * 4.0));
    return x - y * 0.25;
}

KN_DEVICE static inline double kn_sl_rempi_at(int32_t i);

/* Payne-Hanek reduction of |a| >= 1e14 by pi/2: a times the bits of 2/pi
 * from the table row that a's exponent selects, keeping only the fraction. */
KN_DEVICE static inline kn_sl_reduced kn_sl_rempi(double a)
{
    int32_t ex = kn_sl_ilogb2k(a) - 55, q, dq;
    a = kn_sl_ldexp3(a, ex > 700 - 55 ? -64 : 0);
    if (ex < 0) ex = 0;
    if (ex > 968) ex = 968; /* only inf and NaN, whose result is NaN anyway */
    ex *= 4;
    kn_sl_dd x = kn_dd_mul_d_d(a, kn_sl_rempi_at(ex));
    x.hi = kn_sl_rempi_step(x.hi, &q);
    x = kn_dd_normalize(x);
    x = kn_dd_add2_dd_dd(x, kn_dd_mul_d_d(a, kn_sl_rempi_at(ex + 1)));
    x.hi = kn_sl_rempi_step(x.hi, &dq);
    q += dq;
    x = kn_dd_normalize(x);
    x = kn_dd_add2_dd_dd(x, kn_dd_mul_dd_d(kn_dd(kn_sl_rempi_at(ex + 2), kn_sl_rempi_at(ex + 3)), a));
    x = kn_dd_normalize(x);
    x = kn_dd_mul_dd_dd(x, kn_dd(KN_SL_PI_HI * 2, KN_SL_PI_LO * 2));
    if (fabs(a) < 0.7) x = kn_dd(a, 0.0);
    kn_sl_reduced r;
    r.r = x;
    r.q = q;
    return r;
}

/* NaN in both halves where d is inf or NaN. */
KN_DEVICE static inline kn_sl_dd kn_sl_nan_if_nonfinite(kn_sl_dd x, double d)
{
    if (kn_sl_isinf(d) || kn_sl_isnan(d)) x = kn_dd(kn_sl_nan(), kn_sl_nan());
    return x;
}

/* d reduced by the nearest multiple of pi/2 from Cody-Waite's four-part
 * pi, for 15 <= |d| < 1e14 (the quotient split into dqh + dql). */
KN_DEVICE static inline kn_sl_dd kn_sl_reduce_medium(double d, double dqh, double dql, double scale)
{
    double u = fma(dqh, -KN_SL_PI_A * scale, d);
    kn_sl_dd s = kn_dd_add_d_d(u, dql * (-KN_SL_PI_A * scale));
    s = kn_dd_add2_dd_d(s, dqh * (-KN_SL_PI_B * scale));
    s = kn_dd_add2_dd_d(s, dql * (-KN_SL_PI_B * scale));
    s = kn_dd_add2_dd_d(s, dqh * (-KN_SL_PI_C * scale));
    s = kn_dd_add2_dd_d(s, dql * (-KN_SL_PI_C * scale));
    return kn_dd_add_dd_d(s, (dqh + dql) * (-KN_SL_PI_D * scale));
}

/* sin(t) / t's series part for the double-double t: t * (1 + s * p(s)) with
 * s = t^2, rounded to one double. */
KN_DEVICE static inline double kn_sl_sin_series(kn_sl_dd t)
{
    kn_sl_dd s = kn_dd_sqr(t);
    double s2 = s.hi * s.hi, s4 = s2 * s2;
    double u = fma(s4, kn_sl_poly2(s.hi, 2.72052416138529567917983e-15, -7.6429259411395447190023e-13),
                   kn_sl_poly4(s.hi, s2, 1.60589370117277896211623e-10, -2.5052106814843123359368e-08,
                               2.75573192104428224777379e-06, -0.000198412698412046454654947));
    u = fma(u, s.hi, 0.00833333333333318056201922);
    kn_sl_dd x = kn_dd_add_d_dd(1.0, kn_dd_mul_dd_dd(kn_dd_add_d_d(-0.166666666666666657414808, u * s.hi), s));
    return kn_dd_mul_to_d(t, x);
}

/* ---- sin cos tan -------------------------------------------------------- */

KN_DEVICE static inline double kn_sleef_sin(double d)
{
    kn_sl_dd s;
    int32_t ql;
    if (fabs(d) < KN_SL_TRIG_SMALL) {
        double dql = rint(d * KN_SL_1_PI);
        ql = kn_sl_int(dql);
        s = kn_dd_add_d_d(fma(dql, -KN_SL_PI_A2, d), dql * -KN_SL_PI_B2);
    } else if (fabs(d) < KN_SL_TRIG_MEDIUM) {
        double dqh = trunc(d * (KN_SL_1_PI / KN_SL_TWO24)) * KN_SL_TWO24;
        double dql = rint(fma(d, KN_SL_1_PI, -dqh));
        ql = kn_sl_int(dql);
        s = kn_sl_reduce_medium(d, dqh, dql, 1.0);
    } else {
        kn_sl_reduced r = kn_sl_rempi(d);
        ql = ((r.q & 3) * 2 + (r.r.hi > 0 ? 2 : 1)) >> 2;
        if (r.q & 1) {
            kn_sl_dd h = kn_dd(kn_sl_mulsign(-KN_SL_PI_HI * 0.5, r.r.hi), kn_sl_mulsign(-KN_SL_PI_LO * 0.5, r.r.hi));
            r.r = kn_dd_add2_dd_dd(r.r, h);
        }
        s = kn_sl_nan_if_nonfinite(kn_dd_normalize(r.r), d);
    }
    double u = kn_sl_sin_series(s);
    if (ql & 1) u = -u;
    return d == 0.0 ? d : u;
}

KN_DEVICE static inline double kn_sleef_cos(double d)
{
    kn_sl_dd s;
    int32_t ql;
    if (fabs(d) < KN_SL_TRIG_SMALL) {
        double dql = fma(2.0, rint(fma(d, KN_SL_1_PI, -0.5)), 1.0);
        ql = kn_sl_int(dql);
        s = kn_dd_add2_d_d(d, dql * (-KN_SL_PI_A2 * 0.5));
        s = kn_dd_add_dd_d(s, dql * (-KN_SL_PI_B2 * 0.5));
    } else if (fabs(d) < KN_SL_TRIG_MEDIUM) {
        double dqh = trunc(fma(d, KN_SL_1_PI / KN_SL_TWO23, -KN_SL_1_PI / KN_SL_TWO24));
        ql = kn_sl_int(rint(d * KN_SL_1_PI + fma(dqh, -KN_SL_TWO23, -0.5)));
        dqh = dqh * KN_SL_TWO24;
        ql = ql + ql + 1;
        double dql = (double)ql;
        double u = fma(dqh, -KN_SL_PI_A * 0.5, d);
        s = kn_dd_add2_d_d(u, dql * (-KN_SL_PI_A * 0.5));
        s = kn_dd_add2_dd_d(s, dqh * (-KN_SL_PI_B * 0.5));
        s = kn_dd_add2_dd_d(s, dql * (-KN_SL_PI_B * 0.5));
        s = kn_dd_add2_dd_d(s, dqh * (-KN_SL_PI_C * 0.5));
        s = kn_dd_add2_dd_d(s, dql * (-KN_SL_PI_C * 0.5));
        s = kn_dd_add_dd_d(s, (dqh + dql) * (-KN_SL_PI_D * 0.5));
    } else {
        kn_sl_reduced r = kn_sl_rempi(d);
        ql = ((r.q & 3) * 2 + (r.r.hi > 0 ? 8 : 7)) >> 1;
        if ((r.q & 1) == 0) {
            double y = r.r.hi > 0 ? 0.0 : -1.0;
            kn_sl_dd h = kn_dd(kn_sl_mulsign(-KN_SL_PI_HI * 0.5, y), kn_sl_mulsign(-KN_SL_PI_LO * 0.5, y));
            r.r = kn_dd_add2_dd_dd(r.r, h);
        }
        s = kn_sl_nan_if_nonfinite(kn_dd_normalize(r.r), d);
    }
    double u = kn_sl_sin_series(s);
    return (ql & 2) == 0 ? -u : u;
}

KN_DEVICE static inline double kn_sleef_tan(double d)
{
    kn_sl_dd s;
    int32_t ql;
    if (fabs(d) < KN_SL_TRIG_SMALL) {
        double dql = rint(d * (2 * KN_SL_1_PI));
        ql = kn_sl_int(dql);
        s = kn_dd_add_d_d(fma(dql, -KN_SL_PI_A2 * 0.5, d), dql * (-KN_SL_PI_B2 * 0.5));
    } else if (fabs(d) < KN_SL_TRIG_MEDIUM) {
        double dqh = trunc(d * (2 * KN_SL_1_PI / KN_SL_TWO24)) * KN_SL_TWO24;
        kn_sl_dd q = kn_dd_add2_dd_d(kn_dd_mul_dd_d(kn_dd(KN_SL_2_PI_H, KN_SL_2_PI_L), d),
                                     (d < 0 ? -0.5 : 0.5) - dqh);
        double dql = trunc(q.hi + q.lo);
        ql = kn_sl_int(dql);
        s = kn_sl_reduce_medium(d, dqh, dql, 0.5);
    } else {
        kn_sl_reduced r = kn_sl_rempi(d);
        ql = r.q;
        s = kn_sl_nan_if_nonfinite(r.r, d);
    }
    kn_sl_dd t = kn_dd_scale(s, 0.5);
    s = kn_dd_sqr(t);
    double s2 = s.hi * s.hi, s4 = s2 * s2;
    double u = kn_sl_poly8(s.hi, s2, s4, +0.3245098826639276316e-3, +0.5619219738114323735e-3,
                           +0.1460781502402784494e-2, +0.3591611540792499519e-2, +0.8863268409563113126e-2,
                           +0.2186948728185535498e-1, +0.5396825399517272970e-1, +0.1333333333330500581e+0);
    u = fma(u, s.hi, +0.3333333333333343695e+0);
    kn_sl_dd x = kn_dd_add_dd_dd(t, kn_dd_mul_dd_d(kn_dd_mul_dd_dd(s, t), u));
    kn_sl_dd y = kn_dd_add_d_dd(-1.0, kn_dd_sqr(x));
    x = kn_dd_scale(x, -2.0);
    x = (ql & 1) ? kn_dd_div(kn_dd_neg(y), x) : kn_dd_div(x, y);
    u = x.hi + x.lo;
    return d == 0.0 ? d : u;
}

/* ---- inverse trigonometric ---------------------------------------------- */

/* atan(y/x) + q pi/2 as a double-double, for y >= 0. */
KN_DEVICE static inline kn_sl_dd kn_sl_atan2k(kn_sl_dd y, kn_sl_dd x)
{
    int32_t q = kn_sl_signbit(x.hi) ? -2 : 0;
    if (x.hi < 0) x = kn_dd_neg(x);
    int swap = x.hi < y.hi;
    if (swap) q += 1;
    kn_sl_dd s = kn_dd_div(swap ? kn_dd_neg(x) : y, swap ? y : x);
    kn_sl_dd t = kn_dd_normalize(kn_dd_sqr(s));
    double t2 = t.hi * t.hi, t4 = t2 * t2, t8 = t4 * t4;
    double u = kn_sl_poly16(t.hi, t2, t4, t8, 1.06298484191448746607415e-05, -0.000125620649967286867384336,
                            0.00070557664296393412389774, -0.00251865614498713360352999, 0.00646262899036991172313504,
                            -0.0128281333663399031014274, 0.0208024799924145797902497, -0.0289002344784740315686289,
                            0.0359785005035104590853656, -0.041848579703592507506027, 0.0470843011653283988193763,
                            -0.0524914210588448421068719, 0.0587946590969581003860434, -0.0666620884778795497194182,
                            0.0769225330296203768654095, -0.0909090442773387574781907);
    u = fma(u, t.hi, 0.111111108376896236538123);
    u = fma(u, t.hi, -0.142857142756268568062339);
    u = fma(u, t.hi, 0.199999999997977351284817);
    u = fma(u, t.hi, -0.333333333333317605173818);
    t = kn_dd_add_dd_dd(s, kn_dd_mul_dd_d(kn_dd_mul_dd_dd(s, t), u));
    return kn_dd_add_dd_dd(kn_dd_mul_dd_d(kn_dd(1.570796326794896557998982, 6.12323399573676603586882e-17), (double)q), t);
}

/* m with d's sign where d is infinite, else +0. */
KN_DEVICE static inline double kn_sl_inf_sign(double d, double m)
{
    if (!kn_sl_isinf(d)) return 0.0;
    return kn_sl_double((kn_sl_bits(d) & KN_SL_SIGN_BIT) | kn_sl_bits(m));
}

KN_DEVICE static inline double kn_sleef_atan2(double y, double x)
{
    if (fabs(x) < 5.5626846462680083984e-309) { /* scale tiny x (and y with it) into the normal range */
        x = x * 9007199254740992.0;
        y = y * 9007199254740992.0;
    }
    kn_sl_dd d = kn_sl_atan2k(kn_dd(fabs(y), 0.0), kn_dd(x, 0.0));
    double r = kn_sl_mulsign(d.hi + d.lo, x);
    if (kn_sl_isinf(x) || x == 0.0) r = KN_SL_M_PI / 2 - kn_sl_inf_sign(x, kn_sl_mulsign(KN_SL_M_PI / 2, x));
    if (kn_sl_isinf(y)) r = KN_SL_M_PI / 2 - kn_sl_inf_sign(x, kn_sl_mulsign(KN_SL_M_PI / 4, x));
    if (y == 0.0) r = kn_sl_signbit(x) ? KN_SL_M_PI : 0.0;
    return (kn_sl_isnan(x) || kn_sl_isnan(y)) ? kn_sl_nan() : kn_sl_mulsign(r, y);
}

KN_DEVICE static inline double kn_sleef_atan(double d)
{
    kn_sl_dd t = kn_sl_atan2k(kn_dd(fabs(d), 0.0), kn_dd(1.0, 0.0));
    double r = kn_sl_isinf(d) ? 1.570796326794896557998982 : t.hi + t.lo;
    return kn_sl_mulsign(r, d);
}

/* asin(x)'s series part, p(x2) for x2 = x^2 <= 1/4. */
KN_DEVICE static inline double kn_sl_asin_poly(double x2)
{
    double x4 = x2 * x2, x8 = x4 * x4, x16 = x8 * x8;
    return fma(x16, kn_sl_poly4(x2, x4, +0.3161587650653934628e-1, -0.1581918243329996643e-1, +0.1929045477267910674e-1,
                                +0.6606077476277170610e-2),
               kn_sl_poly8(x2, x4, x8, +0.1215360525577377331e-1, +0.1388715184501609218e-1, +0.1735956991223614604e-1,
                           +0.2237176181932048341e-1, +0.3038195928038132237e-1, +0.4464285681377102438e-1,
                           +0.7500000000378581611e-1, +0.1666666666666497543e+0));
}

KN_DEVICE static inline double kn_sleef_asin(double d)
{
    int small = fabs(d) < 0.5;
    double x2 = small ? d * d : (1.0 - fabs(d)) * 0.5;
    kn_sl_dd x = small ? kn_dd(fabs(d), 0.0) : kn_dd_sqrt_d(x2);
    if (fabs(d) == 1.0) x = kn_dd(0.0, 0.0);
    double u = kn_sl_asin_poly(x2) * (x2 * x.hi);
    kn_sl_dd y = kn_dd_sub_dd_d(kn_dd_sub_dd_dd(kn_dd(KN_SL_PI_HI / 4, KN_SL_PI_LO / 4), x), u);
    double r = small ? u + x.hi : (y.hi + y.lo) * 2.0;
    return kn_sl_mulsign(r, d);
}

KN_DEVICE static inline double kn_sleef_acos(double d)
{
    int small = fabs(d) < 0.5;
    double x2 = small ? d * d : (1.0 - fabs(d)) * 0.5;
    kn_sl_dd x = small ? kn_dd(fabs(d), 0.0) : kn_dd_sqrt_d(x2);
    if (fabs(d) == 1.0) x = kn_dd(0.0, 0.0);
    double u = kn_sl_asin_poly(x2) * (x2 * x.hi);
    kn_sl_dd y = kn_dd_sub_dd_dd(kn_dd(KN_SL_PI_HI / 2, KN_SL_PI_LO / 2),
                                 kn_dd_add_d_d(kn_sl_mulsign(x.hi, d), kn_sl_mulsign(u, d)));
    x = kn_dd_add_dd_d(x, u);
    if (!small) y = kn_dd_scale(x, 2.0);
    if (!small && d < 0) y = kn_dd_sub_dd_dd(kn_dd(KN_SL_PI_HI, KN_SL_PI_LO), y);
    return y.hi + y.lo;
}

/* ---- exponentials ------------------------------------------------------- */

KN_DEVICE static inline double kn_sl_poly10(double x, double x2, double x4, double x8, double c9, double c8,
                                            double c7, double c6, double c5, double c4, double c3, double c2,
                                            double c1, double c0)
{
    return fma(x8, kn_sl_poly2(x, c9, c8), kn_sl_poly8(x, x2, x4, c7, c6, c5, c4, c3, c2, c1, c0));
}

KN_DEVICE static inline double kn_sleef_exp(double d)
{
    double q = rint(d * KN_SL_R_LN2);
    double s = fma(q, -KN_SL_L2U, d);
    s = fma(q, -KN_SL_L2L, s);
    double s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
    double u = kn_sl_poly10(s, s2, s4, s8, +0.2081276378237164457e-8, +0.2511210703042288022e-7,
                            +0.2755762628169491192e-6, +0.2755723402025388239e-5, +0.2480158687479686264e-4,
                            +0.1984126989855865850e-3, +0.1388888888914497797e-2, +0.8333333333314938210e-2,
                            +0.4166666666666602598e-1, +0.1666666666666669072e+0);
    u = fma(u, s, +0.5);
    u = fma(u, s, +1.0);
    u = fma(u, s, +1.0);
    u = kn_sl_ldexp2(u, kn_sl_int(q));
    if (d > 709.78271114955742909217217426) u = INFINITY;
    if (d < -1000) u = 0.0;
    return u;
}

/* e^d for a double-double d, as a double-double. */
KN_DEVICE static inline kn_sl_dd kn_sl_expk2(kn_sl_dd d)
{
    double dq = rint((d.hi + d.lo) * KN_SL_R_LN2);
    int32_t q = kn_sl_int(dq);
    kn_sl_dd s = kn_dd_add2_dd_d(d, dq * -KN_SL_L2U);
    s = kn_dd_add2_dd_d(s, dq * -KN_SL_L2L);
    kn_sl_dd s2 = kn_dd_sqr(s), s4 = kn_dd_sqr(s2);
    double s8 = s4.hi * s4.hi;
    double u = kn_sl_poly10(s.hi, s2.hi, s4.hi, s8, +0.1602472219709932072e-9, +0.2092255183563157007e-8,
                            +0.2505230023782644465e-7, +0.2755724800902135303e-6, +0.2755731892386044373e-5,
                            +0.2480158735605815065e-4, +0.1984126984148071858e-3, +0.1388888888886763255e-2,
                            +0.8333333333333347095e-2, +0.4166666666666669905e-1);
    kn_sl_dd t = kn_dd_add_d_dd(0.5, kn_dd_mul_dd_d(s, +0.1666666666666666574e+0));
    t = kn_dd_add_d_dd(1.0, kn_dd_mul_dd_dd(t, s));
    t = kn_dd_add_d_dd(1.0, kn_dd_mul_dd_dd(t, s));
    t = kn_dd_add_dd_dd(t, kn_dd_mul_dd_d(s4, u));
    t = kn_dd(kn_sl_ldexp2(t.hi, q), kn_sl_ldexp2(t.lo, q));
    if (d.hi < -1000) t = kn_dd(0.0, 0.0);
    return t;
}

/* e^d for a double-double d, rounded to one double. */
KN_DEVICE static inline double kn_sl_expk(kn_sl_dd d)
{
    double dq = rint((d.hi + d.lo) * KN_SL_R_LN2);
    int32_t q = kn_sl_int(dq);
    kn_sl_dd s = kn_dd_add2_dd_d(d, dq * -KN_SL_L2U);
    s = kn_dd_add2_dd_d(s, dq * -KN_SL_L2L);
    s = kn_dd_normalize(s);
    double s2 = s.hi * s.hi, s4 = s2 * s2, s8 = s4 * s4;
    double u = kn_sl_poly10(s.hi, s2, s4, s8, 2.51069683420950419527139e-08, 2.76286166770270649116855e-07,
                            2.75572496725023574143864e-06, 2.48014973989819794114153e-05,
                            0.000198412698809069797676111, 0.0013888888939977128960529, 0.00833333333332371417601081,
                            0.0416666666665409524128449, 0.166666666666666740681535, 0.500000000000000999200722);
    kn_sl_dd t = kn_dd_add_d_dd(1.0, s);
    t = kn_dd_add_dd_dd(t, kn_dd_mul_dd_d(kn_dd_sqr(s), u));
    u = kn_sl_ldexp2(t.hi + t.lo, q);
    return d.hi < -1000 ? 0.0 : u;
}

KN_DEVICE static inline double kn_sleef_exp2(double d)
{
    double q = rint(d);
    double s = d - q;
    double s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
    double u = kn_sl_poly10(s, s2, s4, s8, +0.4434359082926529454e-9, +0.7073164598085707425e-8,
                            +0.1017819260921760451e-6, +0.1321543872511327615e-5, +0.1525273353517584730e-4,
                            +0.1540353045101147808e-3, +0.1333355814670499073e-2, +0.9618129107597600536e-2,
                            +0.5550410866482046596e-1, +0.2402265069591012214e+0);
    u = fma(u, s, +0.6931471805599452862e+0);
    u = fma(u, s, 1.0);
    u = kn_sl_ldexp2(u, kn_sl_int(q));
    if (d >= 1024) u = INFINITY;
    if (d < -2000) u = 0.0;
    return u;
}

KN_DEVICE static inline double kn_sleef_expm1(double a)
{
    kn_sl_dd d = kn_dd_add2_dd_d(kn_sl_expk2(kn_dd(a, 0.0)), -1.0);
    double x = d.hi + d.lo;
    if (a > 709.782712893383996732223) x = INFINITY;
    if (a < -36.736800569677101399113302437) x = -1.0;
    return kn_sl_isnegzero(a) ? -0.0 : x;
}

KN_DEVICE static inline double kn_sleef_sinh(double x)
{
    kn_sl_dd d = kn_sl_expk2(kn_dd(fabs(x), 0.0));
    d = kn_dd_sub_dd_dd(d, kn_dd_rec(d));
    double y = (d.hi + d.lo) * 0.5;
    if (fabs(x) > 710 || kn_sl_isnan(y)) y = INFINITY;
    y = kn_sl_mulsign(y, x);
    return kn_sl_isnan(x) ? kn_sl_nan() : y;
}

KN_DEVICE static inline double kn_sleef_cosh(double x)
{
    kn_sl_dd d = kn_sl_expk2(kn_dd(fabs(x), 0.0));
    d = kn_dd_add_dd_dd(d, kn_dd_rec(d));
    double y = (d.hi + d.lo) * 0.5;
    if (fabs(x) > 710 || kn_sl_isnan(y)) y = INFINITY;
    return kn_sl_isnan(x) ? kn_sl_nan() : y;
}

KN_DEVICE static inline double kn_sleef_tanh(double x)
{
    kn_sl_dd d = kn_sl_expk2(kn_dd(fabs(x), 0.0));
    kn_sl_dd e = kn_dd_rec(d);
    d = kn_dd_div(kn_dd_add2_dd_dd(d, kn_dd_neg(e)), kn_dd_add2_dd_dd(d, e));
    double y = d.hi + d.lo;
    if (fabs(x) > 18.714973875 || kn_sl_isnan(y)) y = 1.0;
    y = kn_sl_mulsign(y, x);
    return kn_sl_isnan(x) ? kn_sl_nan() : y;
}

/* ---- logarithms --------------------------------------------------------- */

KN_DEVICE static inline double kn_sl_poly7(double x, double x2, double x4, double c6, double c5, double c4,
                                           double c3, double c2, double c1, double c0)
{
    return fma(x4, kn_sl_poly3(x, x2, c6, c5, c4), kn_sl_poly4(x, x2, c3, c2, c1, c0));
}

/* d = m 2^e with m in [0.75, 1.5) (subnormals scaled up first): the
 * prologue of log, log10, log2 and pow. */
KN_DEVICE static inline double kn_sl_log_split(double d, int32_t *e)
{
    int tiny = d < KN_SL_DBL_MIN;
    if (tiny) d = d * KN_SL_TWO64;
    int32_t k = kn_sl_ilogb2k(d * (1.0 / 0.75));
    *e = tiny ? k - 64 : k;
    return kn_sl_ldexp3(d, -k);
}

/* The special cases shared by log, log10 and log2. */
KN_DEVICE static inline double kn_sl_log_special(double d, double r)
{
    if (d == INFINITY) r = INFINITY;
    if (d < 0 || kn_sl_isnan(d)) r = kn_sl_nan();
    if (d == 0) r = -INFINITY;
    return r;
}

KN_DEVICE static inline double kn_sleef_log(double d)
{
    int32_t e;
    double m = kn_sl_log_split(d, &e);
    kn_sl_dd x = kn_dd_div(kn_dd_add2_d_d(-1.0, m), kn_dd_add2_d_d(1.0, m));
    double x2 = x.hi * x.hi, x4 = x2 * x2, x8 = x4 * x4;
    double t = kn_sl_poly7(x2, x4, x8, 0.1532076988502701353e+0, 0.1525629051003428716e+0, 0.1818605932937785996e+0,
                           0.2222214519839380009e+0, 0.2857142932794299317e+0, 0.3999999999635251990e+0,
                           0.6666666666667333541e+0);
    kn_sl_dd s = kn_dd_mul_dd_d(kn_dd(KN_SL_LN2_HI, KN_SL_LN2_LO), (double)e);
    s = kn_dd_add_dd_dd(s, kn_dd_scale(x, 2.0));
    s = kn_dd_add_dd_d(s, x2 * x.hi * t);
    return kn_sl_log_special(d, s.hi + s.lo);
}

KN_DEVICE static inline double kn_sleef_log10(double d)
{
    int32_t e;
    double m = kn_sl_log_split(d, &e);
    kn_sl_dd x = kn_dd_div(kn_dd_add2_d_d(-1.0, m), kn_dd_add2_d_d(1.0, m));
    double x2 = x.hi * x.hi, x4 = x2 * x2, x8 = x4 * x4;
    double t = kn_sl_poly7(x2, x4, x8, +0.6653725819576758460e-1, +0.6625722782820833712e-1,
                           +0.7898105214313944078e-1, +0.9650955035715275132e-1, +0.1240841409721444993e+0,
                           +0.1737177927454605086e+0, +0.2895296546021972617e+0);
    kn_sl_dd s = kn_dd_mul_dd_d(kn_dd(0.30102999566398119802, -2.803728127785170339e-18), (double)e);
    s = kn_dd_add_dd_dd(s, kn_dd_mul_dd_dd(x, kn_dd(0.86858896380650363334, 1.1430059694096389311e-17)));
    s = kn_dd_add_dd_d(s, x2 * x.hi * t);
    return kn_sl_log_special(d, s.hi + s.lo);
}

KN_DEVICE static inline double kn_sleef_log2(double d)
{
    int32_t e;
    double m = kn_sl_log_split(d, &e);
    kn_sl_dd x = kn_dd_div(kn_dd_add2_d_d(-1.0, m), kn_dd_add2_d_d(1.0, m));
    double x2 = x.hi * x.hi, x4 = x2 * x2, x8 = x4 * x4;
    double t = kn_sl_poly7(x2, x4, x8, +0.2211941750456081490e+0, +0.2200768693152277689e+0,
                           +0.2623708057488514656e+0, +0.3205977477944495502e+0, +0.4121985945485324709e+0,
                           +0.5770780162997058982e+0, +0.96179669392608091449);
    kn_sl_dd s = kn_dd_add2_d_dd((double)e, kn_dd_mul_dd_dd(x, kn_dd(2.885390081777926774, 6.0561604995516736434e-18)));
    s = kn_dd_add2_dd_d(s, x2 * x.hi * t);
    return kn_sl_log_special(d, s.hi + s.lo);
}

KN_DEVICE static inline double kn_sleef_log1p(double d)
{
    double dp1 = d + 1.0;
    int tiny = dp1 < KN_SL_DBL_MIN;
    if (tiny) dp1 = dp1 * KN_SL_TWO64;
    int32_t e = kn_sl_ilogb2k(dp1 * (1.0 / 0.75));
    double t = kn_sl_ldexp3(1.0, -e);
    double m = fma(d, t, t - 1.0);
    if (tiny) e -= 64;
    kn_sl_dd s = kn_dd_mul_dd_d(kn_dd(KN_SL_LN2_HI, KN_SL_LN2_LO), (double)e);
    kn_sl_dd x = kn_dd_div(kn_dd(m, 0.0), kn_dd_add_d_d(2.0, m));
    double x2 = x.hi * x.hi, x4 = x2 * x2, x8 = x4 * x4;
    t = kn_sl_poly7(x2, x4, x8, 0.1532076988502701353e+0, 0.1525629051003428716e+0, 0.1818605932937785996e+0,
                    0.2222214519839380009e+0, 0.2857142932794299317e+0, 0.3999999999635251990e+0,
                    0.6666666666667333541e+0);
    s = kn_dd_add_dd_dd(s, kn_dd_scale(x, 2.0));
    s = kn_dd_add_dd_d(s, x2 * x.hi * t);
    double r = s.hi + s.lo;
    if (d > 1e+307) r = INFINITY;
    if (d < -1 || kn_sl_isnan(d)) r = kn_sl_nan();
    if (d == -1) r = -INFINITY;
    return kn_sl_isnegzero(d) ? -0.0 : r;
}

/* log(d) for d > 0 as a double-double (pow's logarithm). */
KN_DEVICE static inline kn_sl_dd kn_sl_logk(double d)
{
    int32_t e;
    double m = kn_sl_log_split(d, &e);
    kn_sl_dd x = kn_dd_div(kn_dd_add2_d_d(-1.0, m), kn_dd_add2_d_d(1.0, m));
    kn_sl_dd x2 = kn_dd_sqr(x);
    double x4 = x2.hi * x2.hi, x8 = x4 * x4, x16 = x8 * x8;
    double t = fma(x16, 0.116255524079935043668677,
                   kn_sl_poly8(x2.hi, x4, x8, 0.103239680901072952701192, 0.117754809412463995466069,
                               0.13332981086846273921509, 0.153846227114512262845736, 0.181818180850050775676507,
                               0.222222222230083560345903, 0.285714285714249172087875, 0.400000000000000077715612));
    kn_sl_dd s = kn_dd_mul_dd_d(kn_dd(KN_SL_LN2_HI, KN_SL_LN2_LO), (double)e);
    s = kn_dd_add_dd_dd(s, kn_dd_scale(x, 2.0));
    x = kn_dd_mul_dd_dd(x2, x);
    s = kn_dd_add_dd_dd(s, kn_dd_mul_dd_dd(x, kn_dd(0.666666666666666629659233, 3.80554962542412056336616e-17)));
    x = kn_dd_mul_dd_dd(x2, x);
    return kn_dd_add_dd_dd(s, kn_dd_mul_dd_d(x, t));
}

/* log(d) of a double-double d > 0 (the inverse hyperbolics' logarithm). */
KN_DEVICE static inline kn_sl_dd kn_sl_logk2(kn_sl_dd d)
{
    int32_t e = kn_sl_ilogbk(d.hi * (1.0 / 0.75));
    kn_sl_dd m = kn_dd(kn_sl_ldexp2(d.hi, -e), kn_sl_ldexp2(d.lo, -e));
    kn_sl_dd x = kn_dd_div(kn_dd_add2_dd_d(m, -1.0), kn_dd_add2_dd_d(m, 1.0));
    kn_sl_dd x2 = kn_dd_sqr(x);
    double x4 = x2.hi * x2.hi, x8 = x4 * x4;
    double t = kn_sl_poly7(x2.hi, x4, x8, 0.13860436390467167910856, 0.131699838841615374240845,
                           0.153914168346271945653214, 0.181816523941564611721589, 0.22222224632662035403996,
                           0.285714285511134091777308, 0.400000000000914013309483);
    t = fma(t, x2.hi, 0.666666666666664853302393);
    kn_sl_dd s = kn_dd_mul_dd_d(kn_dd(KN_SL_LN2_HI, KN_SL_LN2_LO), (double)e);
    s = kn_dd_add_dd_dd(s, kn_dd_scale(x, 2.0));
    return kn_dd_add_dd_dd(s, kn_dd_mul_dd_d(kn_dd_mul_dd_dd(x2, x), t));
}

KN_DEVICE static inline double kn_sleef_asinh(double x)
{
    double y = fabs(x);
    int big = y > 1;
    kn_sl_dd d = big ? kn_dd_rec_d(x) : kn_dd(y, 0.0);
    d = kn_dd_sqrt(kn_dd_add2_dd_d(kn_dd_sqr(d), 1.0));
    if (big) d = kn_dd_mul_dd_d(d, y);
    d = kn_sl_logk2(kn_dd_normalize(kn_dd_add2_dd_d(d, x)));
    y = d.hi + d.lo;
    if (fabs(x) > KN_SL_SQRT_DBL_MAX || kn_sl_isnan(y)) y = kn_sl_mulsign(INFINITY, x);
    if (kn_sl_isnan(x)) y = kn_sl_nan();
    return kn_sl_isnegzero(x) ? -0.0 : y;
}

KN_DEVICE static inline double kn_sleef_acosh(double x)
{
    kn_sl_dd r = kn_dd_mul_dd_dd(kn_dd_sqrt(kn_dd_add2_d_d(x, 1.0)), kn_dd_sqrt(kn_dd_add2_d_d(x, -1.0)));
    kn_sl_dd d = kn_sl_logk2(kn_dd_add2_dd_d(r, x));
    double y = d.hi + d.lo;
    if (fabs(x) > KN_SL_SQRT_DBL_MAX || kn_sl_isnan(y)) y = INFINITY;
    if (x == 1.0) y = 0.0;
    if (x < 1.0 || kn_sl_isnan(x)) y = kn_sl_nan();
    return y;
}

KN_DEVICE static inline double kn_sleef_atanh(double x)
{
    double y = fabs(x);
    kn_sl_dd d = kn_sl_logk2(kn_dd_div(kn_dd_add2_d_d(1.0, y), kn_dd_add2_d_d(1.0, -y)));
    y = y > 1.0 ? kn_sl_nan() : (y == 1.0 ? INFINITY : (d.hi + d.lo) * 0.5);
    y = kn_sl_mulsign(y, x);
    if (kn_sl_isinf(x) || kn_sl_isnan(y)) y = kn_sl_nan();
    return kn_sl_isnan(x) ? kn_sl_nan() : y;
}

/* ---- cbrt and pow ------------------------------------------------------- */

KN_DEVICE static inline double kn_sleef_cbrt(double d)
{
    int32_t e = kn_sl_ilogbk(fabs(d)) + 1;
    d = kn_sl_ldexp2(d, -e);
    double t = (double)e + 6144;
    int32_t qu = kn_sl_int(trunc(t * (1.0 / 3.0)));
    int32_t re = kn_sl_int(trunc(t - (double)qu * 3));
    kn_sl_dd q2 = kn_dd(1.0, 0.0);
    if (re == 1) q2 = kn_dd(1.2599210498948731907, -2.5899333753005069177e-17);
    if (re == 2) q2 = kn_dd(1.5874010519681995834, -1.0869008194197822986e-16);
    q2 = kn_dd(kn_sl_mulsign(q2.hi, d), kn_sl_mulsign(q2.lo, d));
    d = fabs(d);
    double x = -0.640245898480692909870982;
    x = fma(x, d, 2.96155103020039511818595);
    x = fma(x, d, -5.73353060922947843636166);
    x = fma(x, d, 6.03990368989458747961407);
    x = fma(x, d, -3.85841935510444988821632);
    x = fma(x, d, 2.2307275302496609725722);
    double y = x * x;
    y = y * y;
    x = x - fma(d, y, -x) * (1.0 / 3.0);
    double z = x;
    kn_sl_dd u = kn_dd_mul_d_d(x, x);
    u = kn_dd_mul_dd_dd(u, u);
    u = kn_dd_mul_dd_d(u, d);
    u = kn_dd_add2_dd_d(u, -x);
    y = u.hi + u.lo;
    y = -2.0 / 3.0 * y * z;
    kn_sl_dd v = kn_dd_add2_dd_d(kn_dd_mul_d_d(z, z), y);
    v = kn_dd_mul_dd_d(v, d);
    v = kn_dd_mul_dd_dd(v, q2);
    z = kn_sl_ldexp2(v.hi + v.lo, qu - 2048);
    if (kn_sl_isinf(d)) z = kn_sl_mulsign(INFINITY, q2.hi);
    if (d == 0) z = kn_sl_double(kn_sl_bits(q2.hi) & KN_SL_SIGN_BIT);
    return z;
}

KN_DEVICE static inline double kn_sleef_pow(double x, double y)
{
    int yisint = trunc(y) == y;
    int yisodd = yisint && trunc(y * 0.5) != y * 0.5;
    kn_sl_dd d = kn_dd_mul_dd_d(kn_sl_logk(fabs(x)), y);
    double result = kn_sl_expk(d);
    if (d.hi > 709.78271114955742909217217426) result = INFINITY;
    result = result * (x > 0 ? 1.0 : (yisint ? (yisodd ? -1.0 : 1.0) : kn_sl_nan()));
    double efx = kn_sl_mulsign(fabs(x) - 1, y);
    if (kn_sl_isinf(y)) result = efx < 0 ? 0.0 : (efx == 0 ? 1.0 : INFINITY);
    if (kn_sl_isinf(x) || x == 0)
        result = kn_sl_mulsign((kn_sl_signbit(y) != (x == 0)) ? 0.0 : INFINITY, yisodd ? x : 1.0);
    if (kn_sl_isnan(x) || kn_sl_isnan(y)) result = kn_sl_nan();
    if (y == 0 || x == 1) result = 1.0;
    return result;
}

/* ---- the table of 2/pi -------------------------------------------------- */

/* Row k, four doubles summing to the bits of 1/(2 pi) that matter for an
 * argument of exponent k + 55 (the leading bits, which would only add whole
 * turns, removed): SLEEF 3.5.1's rempitab, as libsleef holds it. */
#define KN_SL_REMPI_VALUES \
    0x1.45f306dc9c882p-3, 0x1.4a7f09d5f47d4p-56, 0x1.a6ee06db14accp-109, 0x1.3c439041fe516p-162, \
    0x1.17cc1b727220ap-5, 0x1.29fc2757d1f52p-58, 0x1.4ddc0db629598p-110, 0x1.3c439041fe516p-162, \
    0x1.17cc1b727220ap-5, 0x1.29fc2757d1f52p-58, 0x1.4ddc0db629598p-110, 0x1.3c439041fe516p-162, \
    0x1.7cc1b727220a8p-9, 0x1.4fe13abe8fa9ap-61, 0x1.bb81b6c52b328p-115, -0x1.de37df00d74e3p-169, \
    0x1.7cc1b727220a8p-9, 0x1.4fe13abe8fa9ap-61, 0x1.bb81b6c52b328p-115, -0x1.de37df00d74e3p-169, \
    0x1.7cc1b727220a8p-9, 0x1.4fe13abe8fa9ap-61, 0x1.bb81b6c52b328p-115, -0x1.de37df00d74e3p-169, \
    0x1.7cc1b727220a8p-9, 0x1.4fe13abe8fa9ap-61, 0x1.bb81b6c52b328p-115, -0x1.de37df00d74e3p-169, \
    0x1.f306dc9c882a4p-11, 0x1.3f84eafa3ea6ap-63, -0x1.11f924eb53362p-117, 0x1.0e4107f9458ebp-172, \
    0x1.f306dc9c882a4p-11, 0x1.3f84eafa3ea6ap-63, -0x1.11f924eb53362p-117, 0x1.0e4107f9458ebp-172, \
    0x1.e60db9391054ap-12, 0x1.fc2757d1f534ep-66, -0x1.1f924eb53361ep-121, 0x1.c820ff28b1d5fp-177, \
    0x1.cc1b727220a94p-13, 0x1.fc2757d1f534ep-66, -0x1.1f924eb53361ep-121, 0x1.c820ff28b1d5fp-177, \
    0x1.9836e4e44152ap-14, -0x1.ec54170565912p-73, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.306dc9c882a54p-15, -0x1.ec54170565912p-73, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.836e4e44152a0p-18, -0x1.ec54170565912p-73, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.836e4e44152a0p-18, -0x1.ec54170565912p-73, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.836e4e44152a0p-18, -0x1.ec54170565912p-73, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.06dc9c882a540p-19, -0x1.ec54170565912p-73, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.b727220a94fe0p-25, 0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.b727220a94fe0p-25, 0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.b727220a94fe0p-25, 0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.b727220a94fe0p-25, 0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.b727220a94fe0p-25, 0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.b727220a94fe0p-25, 0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7afp-188, \
    0x1.6e4e441529fc2p-26, 0x1.d5f47d4d37702p-80, 0x1.6d8a5664f10e4p-132, 0x1.07f9458eaf7afp-188, \
    0x1.b9391054a7f0ap-28, -0x1.505c1596447e4p-83, -0x1.275a99b0ef1bep-136, -0x1.f00d74e2a10a2p-189, \
    0x1.b9391054a7f0ap-28, -0x1.505c1596447e4p-83, -0x1.275a99b0ef1bep-136, -0x1.f00d74e2a10a2p-189, \
    0x1.727220a94fe14p-29, -0x1.505c1596447e4p-83, -0x1.275a99b0ef1bep-136, -0x1.f00d74e2a10a2p-189, \
    0x1.c9c882a53f84ep-31, 0x1.5f47d4d377036p-84, 0x1.b14acc9e21c82p-137, 0x1.fe5163abdebbcp-194, \
    0x1.c9c882a53f84ep-31, 0x1.5f47d4d377036p-84, 0x1.b14acc9e21c82p-137, 0x1.fe5163abdebbcp-194, \
    0x1.9391054a7f09cp-32, 0x1.5f47d4d377036p-84, 0x1.b14acc9e21c82p-137, 0x1.fe5163abdebbcp-194, \
    0x1.27220a94fe13ap-33, 0x1.7d1f534ddc0dap-86, 0x1.6295993c43904p-138, 0x1.fe5163abdebbcp-194, \
    0x1.391054a7f09d6p-36, -0x1.70565911f924ep-93, -0x1.6a66c3bc6fbe0p-146, -0x1.ae9c5421443aap-202, \
    0x1.391054a7f09d6p-36, -0x1.70565911f924ep-93, -0x1.6a66c3bc6fbe0p-146, -0x1.ae9c5421443aap-202, \
    0x1.391054a7f09d6p-36, -0x1.70565911f924ep-93, -0x1.6a66c3bc6fbe0p-146, -0x1.ae9c5421443aap-202, \
    0x1.c882a53f84eb0p-39, -0x1.70565911f924ep-93, -0x1.6a66c3bc6fbe0p-146, -0x1.ae9c5421443aap-202, \
    0x1.c882a53f84eb0p-39, -0x1.70565911f924ep-93, -0x1.6a66c3bc6fbe0p-146, -0x1.ae9c5421443aap-202, \
    0x1.c882a53f84eb0p-39, -0x1.70565911f924ep-93, -0x1.6a66c3bc6fbe0p-146, -0x1.ae9c5421443aap-202, \
    0x1.91054a7f09d5ep-40, 0x1.47d4d377036d8p-92, 0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, \
    0x1.220a94fe13abep-41, 0x1.1f534ddc0db62p-94, 0x1.2b32788720840p-147, -0x1.ae9c5421443aap-202, \
    0x1.1054a7f09d5f4p-44, 0x1.f534ddc0db628p-98, 0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, \
    0x1.1054a7f09d5f4p-44, 0x1.f534ddc0db628p-98, 0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, \
    0x1.1054a7f09d5f4p-44, 0x1.f534ddc0db628p-98, 0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, \
    0x1.054a7f09d5f48p-48, -0x1.596447e493ad4p-103, -0x1.9b0ef1bef806cp-156, 0x1.63abdebbc561bp-210, \
    0x1.054a7f09d5f48p-48, -0x1.596447e493ad4p-103, -0x1.9b0ef1bef806cp-156, 0x1.63abdebbc561bp-210, \
    0x1.054a7f09d5f48p-48, -0x1.596447e493ad4p-103, -0x1.9b0ef1bef806cp-156, 0x1.63abdebbc561bp-210, \
    0x1.054a7f09d5f48p-48, -0x1.596447e493ad4p-103, -0x1.9b0ef1bef806cp-156, 0x1.63abdebbc561bp-210, \
    0x1.529fc2757d1f4p-54, 0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e49p-214, \
    0x1.529fc2757d1f4p-54, 0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e49p-214, \
    0x1.529fc2757d1f4p-54, 0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e49p-214, \
    0x1.529fc2757d1f4p-54, 0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e49p-214, \
    0x1.529fc2757d1f4p-54, 0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e49p-214, \
    0x1.529fc2757d1f4p-54, 0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e49p-214, \
    0x1.4a7f09d5f47d4p-56, 0x1.a6ee06db14accp-109, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db9p-217, \
    0x1.4a7f09d5f47d4p-56, 0x1.a6ee06db14accp-109, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db9p-217, \
    0x1.29fc2757d1f52p-58, 0x1.4ddc0db629598p-110, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db9p-217, \
    0x1.29fc2757d1f52p-58, 0x1.4ddc0db629598p-110, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db9p-217, \
    0x1.4fe13abe8fa9ap-61, 0x1.bb81b6c52b328p-115, -0x1.de37df00d74e2p-169, -0x1.421443a9e48dcp-222, \
    0x1.4fe13abe8fa9ap-61, 0x1.bb81b6c52b328p-115, -0x1.de37df00d74e2p-169, -0x1.421443a9e48dcp-222, \
    0x1.4fe13abe8fa9ap-61, 0x1.bb81b6c52b328p-115, -0x1.de37df00d74e2p-169, -0x1.421443a9e48dcp-222, \
    0x1.3f84eafa3ea6ap-63, -0x1.11f924eb53362p-117, 0x1.0e4107f9458eap-172, 0x1.ef5de2b0db923p-225, \
    0x1.3f84eafa3ea6ap-63, -0x1.11f924eb53362p-117, 0x1.0e4107f9458eap-172, 0x1.ef5de2b0db923p-225, \
    0x1.fc2757d1f534ep-66, -0x1.1f924eb53361ep-121, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, \
    0x1.fc2757d1f534ep-66, -0x1.1f924eb53361ep-121, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, \
    0x1.fc2757d1f534ep-66, -0x1.1f924eb53361ep-121, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, \
    0x1.f84eafa3ea69cp-67, -0x1.1f924eb53361ep-121, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, \
    0x1.f09d5f47d4d36p-68, 0x1.7036d8a5664f0p-120, 0x1.0e4107f9458eap-172, 0x1.ef5de2b0db923p-225, \
    0x1.e13abe8fa9a6ep-69, 0x1.c0db6295993c4p-122, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, \
    0x1.c2757d1f534dep-70, -0x1.f924eb53361dep-125, -0x1.bef806ba71508p-180, -0x1.443a9e48db91cp-234, \
    0x1.84eafa3ea69bcp-71, -0x1.f924eb53361dep-125, -0x1.bef806ba71508p-180, -0x1.443a9e48db91cp-234, \
    0x1.09d5f47d4d376p-72, 0x1.036d8a5664f10p-124, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, \
    0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.3abe8fa9a6ee0p-77, 0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.d5f47d4d37702p-80, 0x1.6d8a5664f10e4p-132, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.d5f47d4d37702p-80, 0x1.6d8a5664f10e4p-132, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.d5f47d4d37702p-80, 0x1.6d8a5664f10e4p-132, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.abe8fa9a6ee06p-81, 0x1.b6295993c4390p-134, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, \
    0x1.57d1f534ddc0ep-82, -0x1.275a99b0ef1bep-136, -0x1.f00d74e2a10a2p-189, -0x1.d4f246dc8e2dfp-245, \
    0x1.5f47d4d377036p-84, 0x1.b14acc9e21c82p-137, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e909p-248, \
    0x1.5f47d4d377036p-84, 0x1.b14acc9e21c82p-137, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e909p-248, \
    0x1.7d1f534ddc0dap-86, 0x1.6295993c43904p-138, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e909p-248, \
    0x1.7d1f534ddc0dap-86, 0x1.6295993c43904p-138, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e909p-248, \
    0x1.f47d4d377036ep-88, -0x1.d6a66c3bc6fbep-142, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424ddp-258, \
    0x1.f47d4d377036ep-88, -0x1.d6a66c3bc6fbep-142, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424ddp-258, \
    0x1.e8fa9a6ee06dap-89, 0x1.14acc9e21c820p-141, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e909p-248, \
    0x1.d1f534ddc0db6p-90, 0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424ddp-258, \
    0x1.a3ea69bb81b6cp-91, 0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424ddp-258, \
    0x1.47d4d377036d8p-92, 0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424ddp-258, \
    0x1.1f534ddc0db62p-94, 0x1.2b32788720840p-147, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424ddp-258, \
    0x1.1f534ddc0db62p-94, 0x1.2b32788720840p-147, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424ddp-258, \
    0x1.f534ddc0db628p-98, 0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424ddp-258, \
    0x1.f534ddc0db628p-98, 0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424ddp-258, \
    0x1.f534ddc0db628p-98, 0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424ddp-258, \
    0x1.f534ddc0db628p-98, 0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424ddp-258, \
    0x1.ea69bb81b6c52p-99, 0x1.664f10e4107f8p-152, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424ddp-258, \
    0x1.d4d377036d8a4p-100, 0x1.664f10e4107f8p-152, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424ddp-258, \
    0x1.a9a6ee06db14ap-101, 0x1.993c439041fe4p-154, 0x1.163abdebbc562p-206, -0x1.236e4716f6c8bp-260, \
    0x1.534ddc0db6296p-102, -0x1.9b0ef1bef806cp-156, 0x1.63abdebbc561ap-210, 0x1.7246e3a424dd3p-262, \
    0x1.4d377036d8a56p-104, 0x1.93c439041fe50p-158, 0x1.63abdebbc561ap-210, 0x1.7246e3a424dd3p-262, \
    0x1.4d377036d8a56p-104, 0x1.93c439041fe50p-158, 0x1.63abdebbc561ap-210, 0x1.7246e3a424dd3p-262, \
    0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e48p-214, -0x1.b7238b7b645a4p-267, \
    0x1.34ddc0db6295ap-106, -0x1.b0ef1bef806bap-160, -0x1.c5421443a9e48p-214, -0x1.b7238b7b645a4p-267, \
    0x1.a6ee06db14accp-109, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, \
    0x1.a6ee06db14accp-109, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, \
    0x1.a6ee06db14accp-109, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, \
    0x1.4ddc0db629598p-110, 0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, \
    0x1.377036d8a5664p-112, 0x1.e21c820ff28b2p-165, -0x1.508510ea79236p-220, -0x1.c8e2ded916900p-273, \
    0x1.377036d8a5664p-112, 0x1.e21c820ff28b2p-165, -0x1.508510ea79236p-220, -0x1.c8e2ded916900p-273, \
    0x1.bb81b6c52b328p-115, -0x1.de37df00d74e2p-169, -0x1.421443a9e48dcp-222, 0x1.b8e909374b802p-276, \
    0x1.bb81b6c52b328p-115, -0x1.de37df00d74e2p-169, -0x1.421443a9e48dcp-222, 0x1.b8e909374b802p-276, \
    0x1.bb81b6c52b328p-115, -0x1.de37df00d74e2p-169, -0x1.421443a9e48dcp-222, 0x1.b8e909374b802p-276, \
    0x1.77036d8a5664ep-116, 0x1.10e4107f9458ep-168, 0x1.5ef5de2b0db92p-221, 0x1.b8e909374b802p-276, \
    0x1.dc0db6295993cp-118, 0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97003p-277, \
    0x1.dc0db6295993cp-118, 0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97003p-277, \
    0x1.b81b6c52b3278p-119, 0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97003p-277, \
    0x1.7036d8a5664f0p-120, 0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97003p-277, \
    0x1.c0db6295993c4p-122, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700325p-285, \
    0x1.c0db6295993c4p-122, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700325p-285, \
    0x1.81b6c52b32788p-123, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700325p-285, \
    0x1.036d8a5664f10p-124, 0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700325p-285, \
    0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6c52b3278872p-131, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.6d8a5664f10e4p-132, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6295993c4390p-134, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b6295993c4390p-134, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.6c52b32788720p-135, 0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324977p-297, \
    0x1.b14acc9e21c82p-137, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbbp-300, \
    0x1.b14acc9e21c82p-137, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbbp-300, \
    0x1.6295993c43904p-138, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbbp-300, \
    0x1.8a5664f10e410p-140, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbbp-300, \
    0x1.8a5664f10e410p-140, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbbp-300, \
    0x1.14acc9e21c820p-141, 0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbbp-300, \
    0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.4acc9e21c8210p-145, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.2b32788720840p-147, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.2b32788720840p-147, -0x1.ae9c5421443aap-202, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.5993c439041fep-150, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.664f10e4107f8p-152, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.664f10e4107f8p-152, 0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, \
    0x1.993c439041fe4p-154, 0x1.163abdebbc562p-206, -0x1.236e4716f6c8ap-260, -0x1.47fe6db4457d9p-312, \
    0x1.993c439041fe4p-154, 0x1.163abdebbc562p-206, -0x1.236e4716f6c8ap-260, -0x1.47fe6db4457d9p-312, \
    0x1.3278872083fcap-155, 0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, \
    0x1.93c439041fe50p-158, 0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, \
    0x1.93c439041fe50p-158, 0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, \
    0x1.93c439041fe50p-158, 0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, \
    0x1.278872083fca2p-159, 0x1.8eaf7aef1586ep-212, -0x1.b7238b7b645a4p-267, 0x1.924bba8274648p-328, \
    0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, \
    0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, \
    0x1.3c439041fe516p-162, 0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, \
    0x1.e21c820ff28b2p-165, -0x1.508510ea79236p-220, -0x1.c8e2ded916900p-273, 0x1.924bba8274648p-328, \
    0x1.e21c820ff28b2p-165, -0x1.508510ea79236p-220, -0x1.c8e2ded916900p-273, 0x1.924bba8274648p-328, \
    0x1.e21c820ff28b2p-165, -0x1.508510ea79236p-220, -0x1.c8e2ded916900p-273, 0x1.924bba8274648p-328, \
    0x1.c439041fe5164p-166, -0x1.508510ea79236p-220, -0x1.c8e2ded916900p-273, 0x1.924bba8274648p-328, \
    0x1.8872083fca2c6p-167, 0x1.57bd778ac36e4p-219, 0x1.1b8e909374b80p-272, 0x1.924bba8274648p-328, \
    0x1.10e4107f9458ep-168, 0x1.5ef5de2b0db92p-221, 0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, \
    0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97002p-277, 0x1.24977504e8c91p-329, \
    0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97002p-277, 0x1.24977504e8c91p-329, \
    0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97002p-277, 0x1.24977504e8c91p-329, \
    0x1.0e4107f9458eap-172, 0x1.ef5de2b0db922p-225, 0x1.71d2126e97002p-277, 0x1.24977504e8c91p-329, \
    0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, \
    0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, \
    0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, \
    0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, \
    0x1.c820ff28b1d5ep-177, 0x1.ebbc561b7246ep-230, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, \
    0x1.9041fe5163abep-178, -0x1.443a9e48db91cp-234, -0x1.6f6c8b47fe6dap-288, -0x1.4457d8b9b78c0p-340, \
    0x1.2083fca2c757cp-179, -0x1.443a9e48db91cp-234, -0x1.6f6c8b47fe6dap-288, -0x1.4457d8b9b78c0p-340, \
    0x1.041fe5163abdep-182, 0x1.778ac36e48dc6p-235, 0x1.4849ba5c00c92p-287, 0x1.77504e8c90e7fp-341, \
    0x1.041fe5163abdep-182, 0x1.778ac36e48dc6p-235, 0x1.4849ba5c00c92p-287, 0x1.77504e8c90e7fp-341, \
    0x1.041fe5163abdep-182, 0x1.778ac36e48dc6p-235, 0x1.4849ba5c00c92p-287, 0x1.77504e8c90e7fp-341, \
    0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0fp-349, \
    0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0fp-349, \
    0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0fp-349, \
    0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0fp-349, \
    0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0fp-349, \
    0x1.07f9458eaf7aep-188, 0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0fp-349, \
    0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.fe5163abdebbcp-194, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.fca2c757bd778p-195, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.f9458eaf7aef0p-196, 0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0efp-353, \
    0x1.f28b1d5ef5de2p-197, 0x1.61b7246e3a424p-250, 0x1.ba5c00c925dd4p-303, 0x1.3a32439fc3bd6p-359, \
    0x1.e5163abdebbc4p-198, 0x1.61b7246e3a424p-250, 0x1.ba5c00c925dd4p-303, 0x1.3a32439fc3bd6p-359, \
    0x1.ca2c757bd778ap-199, 0x1.86dc91b8e9092p-252, 0x1.74b801924bba8p-304, 0x1.3a32439fc3bd6p-359, \
    0x1.9458eaf7aef16p-200, -0x1.e48db91c5bdb2p-254, -0x1.68ffcdb688afap-309, -0x1.1736f180f10a7p-361, \
    0x1.28b1d5ef5de2ap-201, 0x1.0db92371d2126p-253, 0x1.d2e006492eea0p-306, 0x1.3a32439fc3bd6p-359, \
    0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, \
    0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, \
    0x1.458eaf7aef158p-204, 0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, \
    0x1.163abdebbc562p-206, -0x1.236e4716f6c8ap-260, -0x1.47fe6db4457d8p-312, -0x1.736f180f10a72p-365, \
    0x1.163abdebbc562p-206, -0x1.236e4716f6c8ap-260, -0x1.47fe6db4457d8p-312, -0x1.736f180f10a72p-365, \
    0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, 0x1.921cfe1deb1cbp-370, \
    0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, 0x1.921cfe1deb1cbp-370, \
    0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, 0x1.921cfe1deb1cbp-370, \
    0x1.63abdebbc561ap-210, 0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, 0x1.921cfe1deb1cbp-370, \
    0x1.8eaf7aef1586ep-212, -0x1.b7238b7b645a4p-267, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.8eaf7aef1586ep-212, -0x1.b7238b7b645a4p-267, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.1d5ef5de2b0dcp-213, -0x1.b7238b7b645a4p-267, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.d5ef5de2b0db8p-217, 0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.abdebbc561b72p-218, 0x1.1b8e909374b80p-272, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.57bd778ac36e4p-219, 0x1.1b8e909374b80p-272, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, \
    0x1.5ef5de2b0db92p-221, 0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b3p-385, \
    0x1.5ef5de2b0db92p-221, 0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b3p-385, \
    0x1.7bd778ac36e48p-223, 0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b3p-385, \
    0x1.7bd778ac36e48p-223, 0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b3p-385, \
    0x1.ef5de2b0db922p-225, 0x1.71d2126e97002p-277, 0x1.24977504e8c90p-329, 0x1.cfe1deb1cb12ap-382, \
    0x1.ef5de2b0db922p-225, 0x1.71d2126e97002p-277, 0x1.24977504e8c90p-329, 0x1.cfe1deb1cb12ap-382, \
    0x1.debbc561b7246p-226, 0x1.c74849ba5c00cp-279, 0x1.24bba82746486p-332, 0x1.3f877ac72c4a7p-384, \
    0x1.bd778ac36e48ep-227, -0x1.c5bdb22d1ff9ap-282, -0x1.6d115f62e6de2p-334, -0x1.01e214e34ed66p-386, \
    0x1.7aef1586dc91cp-228, -0x1.c5bdb22d1ff9ap-282, -0x1.6d115f62e6de2p-334, -0x1.01e214e34ed66p-386, \
    0x1.ebbc561b7246ep-230, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, \
    0x1.ebbc561b7246ep-230, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, \
    0x1.d778ac36e48dcp-231, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, \
    0x1.aef1586dc91b8p-232, 0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, \
    0x1.5de2b0db92372p-233, -0x1.6f6c8b47fe6dap-288, -0x1.4457d8b9b78c0p-340, -0x1.e214e34ed658cp-394, \
    0x1.778ac36e48dc6p-235, 0x1.4849ba5c00c92p-287, 0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, \
    0x1.778ac36e48dc6p-235, 0x1.4849ba5c00c92p-287, 0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, \
    0x1.de2b0db92371cp-237, 0x1.2126e97003248p-289, 0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, \
    0x1.de2b0db92371cp-237, 0x1.2126e97003248p-289, 0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, \
    0x1.bc561b7246e3ap-238, 0x1.09374b801924cp-292, -0x1.15f62e6de301ep-346, -0x1.0a71a76b2c609p-401, \
    0x1.78ac36e48dc74p-239, 0x1.09374b801924cp-292, -0x1.15f62e6de301ep-346, -0x1.0a71a76b2c609p-401, \
    0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73efp-402, \
    0x1.e2b0db92371d2p-241, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73efp-402, \
    0x1.c561b7246e3a4p-242, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73efp-402, \
    0x1.8ac36e48dc748p-243, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73efp-402, \
    0x1.1586dc91b8e90p-244, 0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73efp-402, \
    0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, \
    0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, \
    0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, \
    0x1.586dc91b8e908p-248, 0x1.374b801924bbap-300, 0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, \
    0x1.61b7246e3a424p-250, 0x1.ba5c00c925dd4p-303, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, \
    0x1.61b7246e3a424p-250, 0x1.ba5c00c925dd4p-303, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, \
    0x1.86dc91b8e9092p-252, 0x1.74b801924bba8p-304, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, \
    0x1.86dc91b8e9092p-252, 0x1.74b801924bba8p-304, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, \
    0x1.0db92371d2126p-253, 0x1.d2e006492eea0p-306, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, \
    0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, 0x1.62534e7dd1047p-419, \
    0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, 0x1.62534e7dd1047p-419, \
    0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, 0x1.62534e7dd1047p-419, \
    0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, 0x1.62534e7dd1047p-419, \
    0x1.b7246e3a424dcp-258, 0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, 0x1.62534e7dd1047p-419, \
    0x1.6e48dc74849bap-259, 0x1.700324977504ep-313, 0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1047p-419, \
    0x1.b92371d2126e8p-261, 0x1.700324977504ep-313, 0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1047p-419, \
    0x1.b92371d2126e8p-261, 0x1.700324977504ep-313, 0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1047p-419, \
    0x1.7246e3a424dd2p-262, 0x1.c00c925dd413ap-315, 0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, \
    0x1.c91b8e909374cp-264, -0x1.ff9b6d115f62ep-318, -0x1.b78c0788538d4p-372, 0x1.29a73ee88235fp-426, \
    0x1.c91b8e909374cp-264, -0x1.ff9b6d115f62ep-318, -0x1.b78c0788538d4p-372, 0x1.29a73ee88235fp-426, \
    0x1.92371d2126e96p-265, 0x1.00324977504e8p-317, 0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, \
    0x1.246e3a424dd2ep-266, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.2371d2126e970p-269, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.1b8e909374b80p-272, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.1b8e909374b80p-272, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.1b8e909374b80p-272, 0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b2p-385, -0x1.8c1177dca0ad1p-438, \
    0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b2p-385, -0x1.8c1177dca0ad1p-438, \
    0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b2p-385, -0x1.8c1177dca0ad1p-438, \
    0x1.b8e909374b802p-276, -0x1.b6d115f62e6dep-330, -0x1.80f10a71a76b2p-385, -0x1.8c1177dca0ad1p-438, \
    0x1.71d2126e97002p-277, 0x1.24977504e8c90p-329, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, \
    0x1.c74849ba5c00cp-279, 0x1.24bba82746486p-332, 0x1.3f877ac72c4a6p-384, 0x1.39f74411afa97p-437, \
    0x1.c74849ba5c00cp-279, 0x1.24bba82746486p-332, 0x1.3f877ac72c4a6p-384, 0x1.39f74411afa97p-437, \
    0x1.8e909374b8018p-280, 0x1.24bba82746486p-332, 0x1.3f877ac72c4a6p-384, 0x1.39f74411afa97p-437, \
    0x1.1d2126e970032p-281, 0x1.25dd413a3243ap-335, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, \
    0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, \
    0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, \
    0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, \
    0x1.d2126e9700324p-285, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, \
    0x1.a424dd2e00648p-286, 0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, \
    0x1.4849ba5c00c92p-287, 0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, -0x1.177dca0ad144cp-450, \
    0x1.2126e97003248p-289, 0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, -0x1.177dca0ad144cp-450, \
    0x1.2126e97003248p-289, 0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, -0x1.177dca0ad144cp-450, \
    0x1.09374b801924cp-292, -0x1.15f62e6de301ep-346, -0x1.0a71a76b2c608p-401, -0x1.77dca0ad144bbp-454, \
    0x1.09374b801924cp-292, -0x1.15f62e6de301ep-346, -0x1.0a71a76b2c608p-401, -0x1.77dca0ad144bbp-454, \
    0x1.09374b801924cp-292, -0x1.15f62e6de301ep-346, -0x1.0a71a76b2c608p-401, -0x1.77dca0ad144bbp-454, \
    0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73eep-402, 0x1.1046bea5d7689p-455, \
    0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73eep-402, 0x1.1046bea5d7689p-455, \
    0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73eep-402, 0x1.1046bea5d7689p-455, \
    0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73eep-402, 0x1.1046bea5d7689p-455, \
    0x1.26e9700324976p-297, 0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73eep-402, 0x1.1046bea5d7689p-455, \
    0x1.374b801924bbap-300, 0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, 0x1.046bea5d76891p-459, \
    0x1.374b801924bbap-300, 0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, 0x1.046bea5d76891p-459, \
    0x1.374b801924bbap-300, 0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, 0x1.046bea5d76891p-459, \
    0x1.ba5c00c925dd4p-303, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24275p-469, \
    0x1.ba5c00c925dd4p-303, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24275p-469, \
    0x1.ba5c00c925dd4p-303, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24275p-469, \
    0x1.74b801924bba8p-304, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24275p-469, \
    0x1.d2e006492eea0p-306, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24275p-469, \
    0x1.d2e006492eea0p-306, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24275p-469, \
    0x1.a5c00c925dd40p-307, 0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24275p-469, \
    0x1.4b801924bba82p-308, 0x1.d1921cfe1deb2p-362, -0x1.a76b2c608bbeep-417, -0x1.415a28976f62dp-471, \
    0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, 0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, \
    0x1.2e006492eea0ap-310, -0x1.736f180f10a72p-365, 0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, \
    0x1.700324977504ep-313, 0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, \
    0x1.700324977504ep-313, 0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, \
    0x1.700324977504ep-313, 0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, \
    0x1.c00c925dd413ap-315, 0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc7p-479, \
    0x1.c00c925dd413ap-315, 0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc7p-479, \
    0x1.801924bba8274p-316, 0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc7p-479, \
    0x1.00324977504e8p-317, 0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc7p-479, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.924bba8274648p-328, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.24977504e8c90p-329, 0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, \
    0x1.24bba82746486p-332, 0x1.3f877ac72c4a6p-384, 0x1.39f74411afa96p-437, 0x1.5da24274ce381p-489, \
    0x1.24bba82746486p-332, 0x1.3f877ac72c4a6p-384, 0x1.39f74411afa96p-437, 0x1.5da24274ce381p-489, \
    0x1.24bba82746486p-332, 0x1.3f877ac72c4a6p-384, 0x1.39f74411afa96p-437, 0x1.5da24274ce381p-489, \
    0x1.25dd413a3243ap-335, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.25dd413a3243ap-335, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.25dd413a3243ap-335, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.2eea09d1921d0p-338, -0x1.e214e34ed658cp-394, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.77504e8c90e7ep-341, 0x1.0ef58e5894d3ap-393, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad1p-504, \
    0x1.dd413a32439fcp-343, 0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad1p-504, \
    0x1.dd413a32439fcp-343, 0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad1p-504, \
    0x1.ba827464873f8p-344, 0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad1p-504, \
    0x1.7504e8c90e7f0p-345, 0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad1p-504, \
    0x1.d413a32439fc4p-347, -0x1.0a71a76b2c608p-401, -0x1.77dca0ad144bap-454, -0x1.7b16638fd94bap-506, \
    0x1.d413a32439fc4p-347, -0x1.0a71a76b2c608p-401, -0x1.77dca0ad144bap-454, -0x1.7b16638fd94bap-506, \
    0x1.a827464873f86p-348, 0x1.7ac72c4a69cfcp-400, -0x1.77dca0ad144bap-454, -0x1.7b16638fd94bap-506, \
    0x1.504e8c90e7f0ep-349, 0x1.eb1cb129a73eep-402, 0x1.1046bea5d7688p-455, 0x1.09d338e04d68cp-507, \
    0x1.413a32439fc3cp-351, -0x1.4e34ed658c116p-406, -0x1.7dca0ad144bb8p-458, 0x1.3a671c09ad17ep-512, \
    0x1.413a32439fc3cp-351, -0x1.4e34ed658c116p-406, -0x1.7dca0ad144bb8p-458, 0x1.3a671c09ad17ep-512, \
    0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, 0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, \
    0x1.04e8c90e7f0eep-353, 0x1.58e5894d39f74p-405, 0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, \
    0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, \
    0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, \
    0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, \
    0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, \
    0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, \
    0x1.3a32439fc3bd6p-359, 0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, \
    0x1.d1921cfe1deb2p-362, -0x1.a76b2c608bbeep-417, -0x1.415a28976f62cp-471, -0x1.8e3f652e82070p-524, \
    0x1.d1921cfe1deb2p-362, -0x1.a76b2c608bbeep-417, -0x1.415a28976f62cp-471, -0x1.8e3f652e82070p-524, \
    0x1.d1921cfe1deb2p-362, -0x1.a76b2c608bbeep-417, -0x1.415a28976f62cp-471, -0x1.8e3f652e82070p-524, \
    0x1.a32439fc3bd64p-363, -0x1.a76b2c608bbeep-417, -0x1.415a28976f62cp-471, -0x1.8e3f652e82070p-524, \
    0x1.464873f877ac6p-364, 0x1.2c4a69cfba208p-416, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, \
    0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, 0x1.c7026b45f7e41p-526, \
    0x1.1921cfe1deb1cp-366, 0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, 0x1.c7026b45f7e41p-526, \
    0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc6p-479, -0x1.1fb29741037d9p-531, \
    0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc6p-479, -0x1.1fb29741037d9p-531, \
    0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc6p-479, -0x1.1fb29741037d9p-531, \
    0x1.921cfe1deb1cap-370, 0x1.129a73ee88236p-422, -0x1.5a28976f62cc6p-479, -0x1.1fb29741037d9p-531, \
    0x1.2439fc3bd6396p-371, 0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, \
    0x1.21cfe1deb1cb0p-374, 0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, \
    0x1.21cfe1deb1cb0p-374, 0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, \
    0x1.21cfe1deb1cb0p-374, 0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, \
    0x1.0e7f0ef58e588p-377, 0x1.4d39f74411afap-429, 0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, \
    0x1.0e7f0ef58e588p-377, 0x1.4d39f74411afap-429, 0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, \
    0x1.0e7f0ef58e588p-377, 0x1.4d39f74411afap-429, 0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, \
    0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, 0x1.ad17df904e647p-544, \
    0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, 0x1.ad17df904e647p-544, \
    0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, 0x1.ad17df904e647p-544, \
    0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, 0x1.ad17df904e647p-544, \
    0x1.cfe1deb1cb12ap-382, -0x1.63045df7282b4p-436, -0x1.44bb7b16638fep-490, 0x1.ad17df904e647p-544, \
    0x1.9fc3bd6396252p-383, 0x1.4e7dd1046bea6p-435, -0x1.44bb7b16638fep-490, 0x1.ad17df904e647p-544, \
    0x1.3f877ac72c4a6p-384, 0x1.39f74411afa96p-437, 0x1.5da24274ce380p-489, 0x1.35a2fbf209cc9p-541, \
    0x1.fc3bd63962534p-387, 0x1.cfba208d7d4bap-440, 0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8fp-545, \
    0x1.fc3bd63962534p-387, 0x1.cfba208d7d4bap-440, 0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8fp-545, \
    0x1.fc3bd63962534p-387, 0x1.cfba208d7d4bap-440, 0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8fp-545, \
    0x1.f877ac72c4a6ap-388, -0x1.822efb9415a28p-443, -0x1.2edec598e3f64p-496, -0x1.2e8206fb19b8ap-548, \
    0x1.f0ef58e5894d4p-389, -0x1.822efb9415a28p-443, -0x1.2edec598e3f64p-496, -0x1.2e8206fb19b8ap-548, \
    0x1.e1deb1cb129a6p-390, 0x1.3ee88235f52ecp-442, -0x1.2edec598e3f64p-496, -0x1.2e8206fb19b8ap-548, \
    0x1.c3bd63962534ep-391, 0x1.f74411afa975ep-445, -0x1.76f62cc71fb28p-499, -0x1.741037d8cdc54p-551, \
    0x1.877ac72c4a69cp-392, 0x1.f74411afa975ep-445, -0x1.76f62cc71fb28p-499, -0x1.741037d8cdc54p-551, \
    0x1.0ef58e5894d3ap-393, -0x1.177dca0ad144cp-450, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, \
    0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, \
    0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, \
    0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, \
    0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, \
    0x1.deb1cb129a73ep-398, 0x1.d1046bea5d768p-451, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, \
    0x1.bd63962534e7ep-399, -0x1.77dca0ad144bap-454, -0x1.7b16638fd94bap-506, -0x1.037d8cdc538d0p-563, \
    0x1.7ac72c4a69cfcp-400, -0x1.77dca0ad144bap-454, -0x1.7b16638fd94bap-506, -0x1.037d8cdc538d0p-563, \
    0x1.eb1cb129a73eep-402, 0x1.1046bea5d7688p-455, 0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, \
    0x1.eb1cb129a73eep-402, 0x1.1046bea5d7688p-455, 0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, \
    0x1.d63962534e7dcp-403, 0x1.1046bea5d7688p-455, 0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, \
    0x1.ac72c4a69cfbap-404, 0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cbp-570, \
    0x1.58e5894d39f74p-405, 0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cbp-570, \
    0x1.63962534e7dd0p-407, 0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cbp-570, \
    0x1.63962534e7dd0p-407, 0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cbp-570, \
    0x1.8e5894d39f744p-409, 0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1bp-569, \
    0x1.8e5894d39f744p-409, 0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1bp-569, \
    0x1.1cb129a73ee88p-410, 0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1bp-569, \
    0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, \
    0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, \
    0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, \
    0x1.cb129a73ee882p-414, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, \
    0x1.962534e7dd104p-415, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, \
    0x1.2c4a69cfba208p-416, 0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, \
    0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, 0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, \
    0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, 0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, \
    0x1.62534e7dd1046p-419, 0x1.7d4baed1213a6p-472, 0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, \
    0x1.894d39f74411ap-421, 0x1.f52ebb4484e9ap-474, -0x1.c7eca5d040df6p-529, -0x1.9b8a719f2b318p-584, \
    0x1.894d39f74411ap-421, 0x1.f52ebb4484e9ap-474, -0x1.c7eca5d040df6p-529, -0x1.9b8a719f2b318p-584, \
    0x1.129a73ee88236p-422, -0x1.5a28976f62cc6p-479, -0x1.1fb29741037d8p-531, -0x1.9b8a719f2b318p-584, \
    0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, 0x1.91d639835339fp-586, \
    0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, 0x1.91d639835339fp-586, \
    0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, 0x1.91d639835339fp-586, \
    0x1.29a73ee88235ep-426, 0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, 0x1.91d639835339fp-586, \
    0x1.4d39f74411afap-429, 0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, -0x1.b8a719f2b3183p-588, \
    0x1.4d39f74411afap-429, 0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, -0x1.b8a719f2b3183p-588, \
    0x1.4d39f74411afap-429, 0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, -0x1.b8a719f2b3183p-588, \
    0x1.34e7dd1046beap-431, 0x1.75da24274ce38p-485, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, \
    0x1.34e7dd1046beap-431, 0x1.75da24274ce38p-485, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, \
    0x1.a73ee88235f52p-434, 0x1.d768909d338e0p-487, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, \
    0x1.a73ee88235f52p-434, 0x1.d768909d338e0p-487, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, \
    0x1.a73ee88235f52p-434, 0x1.d768909d338e0p-487, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, \
    0x1.4e7dd1046bea6p-435, -0x1.44bb7b16638fep-490, 0x1.ad17df904e646p-544, 0x1.58e60d4ce7d27p-596, \
    0x1.39f74411afa96p-437, 0x1.5da24274ce380p-489, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, \
    0x1.39f74411afa96p-437, 0x1.5da24274ce380p-489, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, \
    0x1.cfba208d7d4bap-440, 0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8ep-545, 0x1.639835339f49dp-598, \
    0x1.cfba208d7d4bap-440, 0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8ep-545, 0x1.639835339f49dp-598, \
    0x1.cfba208d7d4bap-440, 0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8ep-545, 0x1.639835339f49dp-598, \
    0x1.9f74411afa976p-441, -0x1.2edec598e3f64p-496, -0x1.2e8206fb19b8ap-548, -0x1.c67cacc60b638p-602, \
    0x1.3ee88235f52ecp-442, -0x1.2edec598e3f64p-496, -0x1.2e8206fb19b8ap-548, -0x1.c67cacc60b638p-602, \
    0x1.f74411afa975ep-445, -0x1.76f62cc71fb28p-499, -0x1.741037d8cdc54p-551, 0x1.cc1a99cfa4e42p-605, \
    0x1.f74411afa975ep-445, -0x1.76f62cc71fb28p-499, -0x1.741037d8cdc54p-551, 0x1.cc1a99cfa4e42p-605, \
    0x1.f74411afa975ep-445, -0x1.76f62cc71fb28p-499, -0x1.741037d8cdc54p-551, 0x1.cc1a99cfa4e42p-605, \
    0x1.ee88235f52ebap-446, 0x1.4484e99c7026ap-498, 0x1.45f7e413991d6p-550, 0x1.cc1a99cfa4e42p-605, \
    0x1.dd1046bea5d76p-447, 0x1.1213a671c09acp-500, 0x1.17df904e64758p-552, 0x1.cc1a99cfa4e42p-605, \
    0x1.ba208d7d4baecp-448, 0x1.1213a671c09acp-500, 0x1.17df904e64758p-552, 0x1.cc1a99cfa4e42p-605, \
    0x1.74411afa975dap-449, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, \
    0x1.d1046bea5d768p-451, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, \
    0x1.d1046bea5d768p-451, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, \
    0x1.a208d7d4baed0p-452, 0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, \
    0x1.4411afa975da2p-453, 0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, 0x1.a99cfa4e422fcp-617, \
    0x1.1046bea5d7688p-455, 0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, 0x1.a99cfa4e422fcp-617, \
    0x1.1046bea5d7688p-455, 0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, 0x1.a99cfa4e422fcp-617, \
    0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e9p-623, \
    0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e9p-623, \
    0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e9p-623, \
    0x1.046bea5d76890p-459, 0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e9p-623, \
    0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, \
    0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, \
    0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, \
    0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, \
    0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, \
    0x1.1afa975da2426p-465, 0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, \
    0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, \
    0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, \
    0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, \
    0x1.afa975da24274p-469, 0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, \
    0x1.5f52ebb4484eap-470, -0x1.8e3f652e82070p-524, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, \
    0x1.7d4baed1213a6p-472, 0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, \
    0x1.7d4baed1213a6p-472, 0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, \
    0x1.f52ebb4484e9ap-474, -0x1.c7eca5d040df6p-529, -0x1.9b8a719f2b318p-584, -0x1.6c6f740e8840ep-639, \
    0x1.f52ebb4484e9ap-474, -0x1.c7eca5d040df6p-529, -0x1.9b8a719f2b318p-584, -0x1.6c6f740e8840ep-639, \
    0x1.ea5d768909d34p-475, -0x1.c7eca5d040df6p-529, -0x1.9b8a719f2b318p-584, -0x1.6c6f740e8840ep-639, \
    0x1.d4baed1213a66p-476, 0x1.1c09ad17df904p-528, 0x1.cc8eb1cc1a99cp-581, 0x1.f49c845f8bbe0p-634, \
    0x1.a975da24274cep-477, 0x1.c09ad17df904ep-532, 0x1.91d639835339ep-586, 0x1.49c845f8bbdf9p-638, \
    0x1.52ebb4484e99cp-478, 0x1.c09ad17df904ep-532, 0x1.91d639835339ep-586, 0x1.49c845f8bbdf9p-638, \
    0x1.4baed1213a672p-480, -0x1.fb29741037d8cp-535, -0x1.b8a719f2b3182p-588, -0x1.b1bdd03a21037p-641, \
    0x1.4baed1213a672p-480, -0x1.fb29741037d8cp-535, -0x1.b8a719f2b3182p-588, -0x1.b1bdd03a21037p-641, \
    0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, -0x1.b8a719f2b3182p-588, -0x1.b1bdd03a21037p-641, \
    0x1.2ebb4484e99c6p-482, 0x1.026b45f7e413ap-534, -0x1.b8a719f2b3182p-588, -0x1.b1bdd03a21037p-641, \
    0x1.75da24274ce38p-485, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, \
    0x1.75da24274ce38p-485, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, \
    0x1.75da24274ce38p-485, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, \
    0x1.d768909d338e0p-487, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, \
    0x1.d768909d338e0p-487, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, \
    0x1.aed1213a671c0p-488, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, \
    0x1.5da24274ce380p-489, 0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, \
    0x1.768909d338e04p-491, 0x1.ad17df904e646p-544, 0x1.58e60d4ce7d26p-596, 0x1.2117e2ef7e4a1p-648, \
    0x1.768909d338e04p-491, 0x1.ad17df904e646p-544, 0x1.58e60d4ce7d26p-596, 0x1.2117e2ef7e4a1p-648, \
    0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8ep-545, 0x1.639835339f49cp-598, 0x1.08bf177bf2507p-651, \
    0x1.da24274ce3812p-493, 0x1.5a2fbf209cc8ep-545, 0x1.639835339f49cp-598, 0x1.08bf177bf2507p-651, \
    0x1.b4484e99c7026p-494, 0x1.68befc827323ap-547, 0x1.8e60d4ce7d272p-600, 0x1.17e2ef7e4a0ecp-656, \
    0x1.68909d338e04cp-495, 0x1.68befc827323ap-547, 0x1.8e60d4ce7d272p-600, 0x1.17e2ef7e4a0ecp-656, \
    0x1.a24274ce38136p-497, -0x1.741037d8cdc54p-551, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, \
    0x1.a24274ce38136p-497, -0x1.741037d8cdc54p-551, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, \
    0x1.4484e99c7026ap-498, 0x1.45f7e413991d6p-550, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, \
    0x1.1213a671c09acp-500, 0x1.17df904e64758p-552, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, \
    0x1.1213a671c09acp-500, 0x1.17df904e64758p-552, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, \
    0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, \
    0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, \
    0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, \
    0x1.213a671c09ad0p-504, 0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, \
    0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff1p-671, \
    0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff1p-671, \
    0x1.09d338e04d68cp-507, -0x1.037d8cdc538d0p-563, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff1p-671, \
    0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.3a671c09ad17ep-512, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.d338e04d68bf0p-515, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.d338e04d68bf0p-515, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.d338e04d68bf0p-515, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.a671c09ad17e0p-516, -0x1.bec66e29c67cap-570, -0x1.98c16c6f740e8p-623, -0x1.081b5f13801dap-676, \
    0x1.4ce38135a2fbep-517, 0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, -0x1.081b5f13801dap-676, \
    0x1.338e04d68befcp-519, 0x1.04e64758e60d4p-572, 0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, \
    0x1.338e04d68befcp-519, 0x1.04e64758e60d4p-572, 0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, \
    0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da001p-688, \
    0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da001p-688, \
    0x1.9c7026b45f7e4p-522, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da001p-688, \
    0x1.38e04d68befc8p-523, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da001p-688, \
    0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da001p-688, \
    0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da001p-688, \
    0x1.c7026b45f7e40p-526, 0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da001p-688, \
    0x1.8e04d68befc82p-527, 0x1.cc8eb1cc1a99cp-581, 0x1.f49c845f8bbe0p-634, -0x1.b5f13801da001p-688, \
    0x1.1c09ad17df904p-528, 0x1.cc8eb1cc1a99cp-581, 0x1.f49c845f8bbe0p-634, -0x1.b5f13801da001p-688, \
    0x1.c09ad17df904ep-532, 0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, \
    0x1.c09ad17df904ep-532, 0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, \
    0x1.c09ad17df904ep-532, 0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, \
    0x1.c09ad17df904ep-532, 0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, \
    0x1.8135a2fbf209cp-533, 0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, \
    0x1.026b45f7e413ap-534, -0x1.b8a719f2b3182p-588, -0x1.b1bdd03a21036p-641, -0x1.7c4e007680022p-694, \
    0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, \
    0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, \
    0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, \
    0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, \
    0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, \
    0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, \
    0x1.35a2fbf209cc8p-541, 0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, \
    0x1.ad17df904e646p-544, 0x1.58e60d4ce7d26p-596, 0x1.2117e2ef7e4a0p-648, 0x1.d8ffc4bffef03p-701, \
    0x1.ad17df904e646p-544, 0x1.58e60d4ce7d26p-596, 0x1.2117e2ef7e4a0p-648, 0x1.d8ffc4bffef03p-701, \
    0x1.ad17df904e646p-544, 0x1.58e60d4ce7d26p-596, 0x1.2117e2ef7e4a0p-648, 0x1.d8ffc4bffef03p-701, \
    0x1.5a2fbf209cc8ep-545, 0x1.639835339f49cp-598, 0x1.08bf177bf2506p-651, 0x1.63ff12fffbc0bp-703, \
    0x1.68befc827323ap-547, 0x1.8e60d4ce7d272p-600, 0x1.17e2ef7e4a0ecp-656, 0x1.ff897ffde0598p-710, \
    0x1.68befc827323ap-547, 0x1.8e60d4ce7d272p-600, 0x1.17e2ef7e4a0ecp-656, 0x1.ff897ffde0598p-710, \
    0x1.a2fbf209cc8eap-549, 0x1.1cc1a99cfa4e4p-601, 0x1.17e2ef7e4a0ecp-656, 0x1.ff897ffde0598p-710, \
    0x1.a2fbf209cc8eap-549, 0x1.1cc1a99cfa4e4p-601, 0x1.17e2ef7e4a0ecp-656, 0x1.ff897ffde0598p-710, \
    0x1.45f7e413991d6p-550, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, \
    0x1.17df904e64758p-552, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, \
    0x1.17df904e64758p-552, 0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, \
    0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, \
    0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, \
    0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, \
    0x1.7df904e64758ep-556, 0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, \
    0x1.f7e413991d63ap-558, -0x1.f2b3182d8dee8p-612, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, \
    0x1.f7e413991d63ap-558, -0x1.f2b3182d8dee8p-612, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, \
    0x1.efc827323ac72p-559, 0x1.06a673e93908cp-611, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, \
    0x1.df904e64758e6p-560, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, \
    0x1.bf209cc8eb1ccp-561, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, \
    0x1.7e413991d6398p-562, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, \
    0x1.f904e64758e60p-564, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, \
    0x1.f904e64758e60p-564, 0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, \
    0x1.f209cc8eb1cc2p-565, -0x1.598c16c6f740ep-619, -0x1.1081b5f13801ep-672, 0x1.7ffde05980fefp-726, \
    0x1.e413991d63982p-566, 0x1.5339f49c845f8p-618, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, \
    0x1.c827323ac7306p-567, 0x1.4ce7d272117e2p-620, 0x1.defc941d8ffc4p-673, 0x1.7ffde05980fefp-726, \
    0x1.904e64758e60cp-568, 0x1.4ce7d272117e2p-620, 0x1.defc941d8ffc4p-673, 0x1.7ffde05980fefp-726, \
    0x1.209cc8eb1cc1ap-569, 0x1.339f49c845f8cp-622, -0x1.081b5f13801dap-676, -0x1.0fd33f8086877p-741, \
    0x1.04e64758e60d4p-572, 0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, -0x1.0fd33f8086877p-741, \
    0x1.04e64758e60d4p-572, 0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, -0x1.0fd33f8086877p-741, \
    0x1.04e64758e60d4p-572, 0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, -0x1.0fd33f8086877p-741, \
    0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.3991d63983534p-578, -0x1.82d8dee81d108p-632, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.cc8eb1cc1a99cp-581, 0x1.f49c845f8bbe0p-634, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.cc8eb1cc1a99cp-581, 0x1.f49c845f8bbe0p-634, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.cc8eb1cc1a99cp-581, 0x1.f49c845f8bbe0p-634, -0x1.b5f13801da000p-688, -0x1.0fd33f8086877p-741, \
    0x1.991d63983533ap-582, -0x1.6c6f740e8840ep-639, 0x1.41d8ffc4bffeep-693, 0x1.02cc07f79788cp-745, \
    0x1.323ac7306a674p-583, -0x1.6c6f740e8840ep-639, 0x1.41d8ffc4bffeep-693, 0x1.02cc07f79788cp-745, \
    0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, -0x1.fa67f010d0ee7p-746, \
    0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, -0x1.fa67f010d0ee7p-746, \
    0x1.91d639835339ep-586, 0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, -0x1.fa67f010d0ee7p-746, \
    0x1.23ac7306a673ep-587, 0x1.272117e2ef7e4p-640, 0x1.41d8ffc4bffeep-693, 0x1.02cc07f79788cp-745, \
    0x1.1d639835339f4p-590, 0x1.3908bf177bf24p-643, 0x1.0763ff12fffbcp-695, 0x1.6603fbcbc462dp-752, \
    0x1.1d639835339f4p-590, 0x1.3908bf177bf24p-643, 0x1.0763ff12fffbcp-695, 0x1.6603fbcbc462dp-752, \
    0x1.1d639835339f4p-590, 0x1.3908bf177bf24p-643, 0x1.0763ff12fffbcp-695, 0x1.6603fbcbc462dp-752, \
    0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, 0x1.80fef2f118b5ap-758, \
    0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, 0x1.80fef2f118b5ap-758, \
    0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, 0x1.80fef2f118b5ap-758, \
    0x1.d639835339f4ap-594, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, 0x1.80fef2f118b5ap-758, \
    0x1.ac7306a673e94p-595, -0x1.bdd03a21036bep-649, -0x1.3801da00087eap-704, 0x1.80fef2f118b5ap-758, \
    0x1.58e60d4ce7d26p-596, 0x1.2117e2ef7e4a0p-648, 0x1.d8ffc4bffef02p-701, 0x1.980fef2f118b6p-754, \
    0x1.639835339f49cp-598, 0x1.08bf177bf2506p-651, 0x1.63ff12fffbc0ap-703, 0x1.301fde5e2316bp-755, \
    0x1.639835339f49cp-598, 0x1.08bf177bf2506p-651, 0x1.63ff12fffbc0ap-703, 0x1.301fde5e2316bp-755, \
    0x1.8e60d4ce7d272p-600, 0x1.17e2ef7e4a0ecp-656, 0x1.ff897ffde0598p-710, 0x1.fde5e2316b415p-767, \
    0x1.8e60d4ce7d272p-600, 0x1.17e2ef7e4a0ecp-656, 0x1.ff897ffde0598p-710, 0x1.fde5e2316b415p-767, \
    0x1.1cc1a99cfa4e4p-601, 0x1.17e2ef7e4a0ecp-656, 0x1.ff897ffde0598p-710, 0x1.fde5e2316b415p-767, \
    0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, -0x1.0d0ee74a5f593p-774, \
    0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, -0x1.0d0ee74a5f593p-774, \
    0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, -0x1.0d0ee74a5f593p-774, \
    0x1.cc1a99cfa4e42p-605, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, -0x1.0d0ee74a5f593p-774, \
    0x1.9835339f49c84p-606, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, -0x1.0d0ee74a5f593p-774, \
    0x1.306a673e93908p-607, 0x1.7e2ef7e4a0ec8p-660, -0x1.da00087e99fc0p-720, -0x1.0d0ee74a5f593p-774, \
    0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.835339f49c846p-610, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.06a673e93908cp-611, -0x1.d1081b5f13802p-668, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.a99cfa4e422fcp-617, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.5339f49c845f8p-618, 0x1.77bf250763ff0p-671, 0x1.2fffbc0b301fep-723, -0x1.a1dce94beb25cp-779, \
    0x1.4ce7d272117e2p-620, 0x1.defc941d8ffc4p-673, 0x1.7ffde05980feep-726, 0x1.2f118b5a0a6d2p-778, \
    0x1.4ce7d272117e2p-620, 0x1.defc941d8ffc4p-673, 0x1.7ffde05980feep-726, 0x1.2f118b5a0a6d2p-778, \
    0x1.339f49c845f8cp-622, -0x1.081b5f13801dap-676, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.339f49c845f8cp-622, -0x1.081b5f13801dap-676, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.9cfa4e422fc5ep-625, -0x1.036be27003b40p-681, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.39f49c845f8bcp-626, -0x1.036be27003b40p-681, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.cfa4e422fc5dep-629, 0x1.f9283b1ff8980p-682, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.cfa4e422fc5dep-629, 0x1.f9283b1ff8980p-682, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.cfa4e422fc5dep-629, 0x1.f9283b1ff8980p-682, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.9f49c845f8bbep-630, -0x1.b5f13801da000p-688, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.3e93908bf177cp-631, -0x1.b5f13801da000p-688, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.f49c845f8bbe0p-634, -0x1.b5f13801da000p-688, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.f49c845f8bbe0p-634, -0x1.b5f13801da000p-688, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.f49c845f8bbe0p-634, -0x1.b5f13801da000p-688, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.e93908bf177bep-635, 0x1.250763ff13000p-687, -0x1.0fd33f8086876p-741, -0x1.3a52fac970496p-793, \
    0x1.d272117e2ef7ep-636, 0x1.283b1ff897ffep-690, -0x1.fa67f010d0ee6p-746, -0x1.4a5f592e092cap-798, \
    0x1.a4e422fc5defcp-637, 0x1.283b1ff897ffep-690, -0x1.fa67f010d0ee6p-746, -0x1.4a5f592e092cap-798, \
    0x1.49c845f8bbdf8p-638, 0x1.283b1ff897ffep-690, -0x1.fa67f010d0ee6p-746, -0x1.4a5f592e092cap-798, \
    0x1.272117e2ef7e4p-640, 0x1.41d8ffc4bffeep-693, 0x1.02cc07f79788cp-745, 0x1.6b414da3eda6dp-799, \
    0x1.272117e2ef7e4p-640, 0x1.41d8ffc4bffeep-693, 0x1.02cc07f79788cp-745, 0x1.6b414da3eda6dp-799, \
    0x1.3908bf177bf24p-643, 0x1.0763ff12fffbcp-695, 0x1.6603fbcbc462cp-752, 0x1.6829b47db4da0p-804, \
    0x1.3908bf177bf24p-643, 0x1.0763ff12fffbcp-695, 0x1.6603fbcbc462cp-752, 0x1.6829b47db4da0p-804, \
    0x1.3908bf177bf24p-643, 0x1.0763ff12fffbcp-695, 0x1.6603fbcbc462cp-752, 0x1.6829b47db4da0p-804, \
    0x1.c845f8bbdf928p-646, 0x1.d8ffc4bffef02p-701, 0x1.980fef2f118b6p-754, -0x1.7d64b824b2605p-808, \
    0x1.c845f8bbdf928p-646, 0x1.d8ffc4bffef02p-701, 0x1.980fef2f118b6p-754, -0x1.7d64b824b2605p-808, \
    0x1.c845f8bbdf928p-646, 0x1.d8ffc4bffef02p-701, 0x1.980fef2f118b6p-754, -0x1.7d64b824b2605p-808, \
    0x1.908bf177bf250p-647, 0x1.d8ffc4bffef02p-701, 0x1.980fef2f118b6p-754, -0x1.7d64b824b2605p-808, \
    0x1.2117e2ef7e4a0p-648, 0x1.d8ffc4bffef02p-701, 0x1.980fef2f118b6p-754, -0x1.7d64b824b2605p-808, \
    0x1.08bf177bf2506p-587, 0x1.63ff12fffbc0ap-639, 0x1.301fde5e2316ap-691, 0x1.414da3eda6cfep-743, \
    0x1.08bf177bf2506p-587, 0x1.63ff12fffbc0ap-639, 0x1.301fde5e2316ap-691, 0x1.414da3eda6cfep-743, \
    0x1.08bf177bf2506p-587, 0x1.63ff12fffbc0ap-639, 0x1.301fde5e2316ap-691, 0x1.414da3eda6cfep-743, \
    0x1.17e2ef7e4a0ecp-592, 0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, \
    0x1.17e2ef7e4a0ecp-592, 0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, \
    0x1.17e2ef7e4a0ecp-592, 0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, \
    0x1.17e2ef7e4a0ecp-592, 0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, \
    0x1.17e2ef7e4a0ecp-592, 0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, \
    0x1.7e2ef7e4a0ec8p-596, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.7e2ef7e4a0ec8p-596, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.7e2ef7e4a0ec8p-596, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.7e2ef7e4a0ec8p-596, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.f8bbdf9283b20p-598, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.f8bbdf9283b20p-598, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.f177bf2507640p-599, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.e2ef7e4a0ec80p-600, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.c5defc941d900p-601, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.8bbdf9283b200p-602, -0x1.da00087e99fc0p-656, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.177bf250763fep-603, 0x1.12fffbc0b3020p-655, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b07p-763, \
    0x1.77bf250763ff0p-607, 0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069fp-771, \
    0x1.77bf250763ff0p-607, 0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069fp-771, \
    0x1.77bf250763ff0p-607, 0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069fp-771, \
    0x1.77bf250763ff0p-607, 0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069fp-771, \
    0x1.defc941d8ffc4p-609, 0x1.7ffde05980feep-662, 0x1.2f118b5a0a6d2p-714, -0x1.25930261b069fp-771, \
    0x1.defc941d8ffc4p-609, 0x1.7ffde05980feep-662, 0x1.2f118b5a0a6d2p-714, -0x1.25930261b069fp-771, \
    0x1.bdf9283b1ff88p-610, 0x1.7ffde05980feep-662, 0x1.2f118b5a0a6d2p-714, -0x1.25930261b069fp-771, \
    0x1.7bf250763ff12p-611, 0x1.fff7816603fbcp-664, 0x1.788c5ad053690p-717, -0x1.25930261b069fp-771, \
    0x1.efc941d8ffc4cp-613, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.efc941d8ffc4cp-613, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.df9283b1ff898p-614, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.bf250763ff130p-615, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.7e4a0ec7fe260p-616, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.f9283b1ff8980p-618, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.f9283b1ff8980p-618, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.f250763ff1300p-619, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.e4a0ec7fe2600p-620, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.c941d8ffc4c00p-621, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.9283b1ff89800p-622, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.250763ff13000p-623, -0x1.0fd33f8086876p-677, -0x1.3a52fac970496p-729, -0x1.30261b069ec91p-783, \
    0x1.283b1ff897ffep-626, -0x1.fa67f010d0ee6p-682, -0x1.4a5f592e092cap-734, 0x1.fb3c9f2c26dd4p-788, \
    0x1.283b1ff897ffep-626, -0x1.fa67f010d0ee6p-682, -0x1.4a5f592e092cap-734, 0x1.fb3c9f2c26dd4p-788, \
    0x1.283b1ff897ffep-626, -0x1.fa67f010d0ee6p-682, -0x1.4a5f592e092cap-734, 0x1.fb3c9f2c26dd4p-788, \
    0x1.41d8ffc4bffeep-629, 0x1.02cc07f79788cp-681, 0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, \
    0x1.41d8ffc4bffeep-629, 0x1.02cc07f79788cp-681, 0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, \
    0x1.41d8ffc4bffeep-629, 0x1.02cc07f79788cp-681, 0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, \
    0x1.0763ff12fffbcp-631, 0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, \
    0x1.0763ff12fffbcp-631, 0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, \
    0x1.d8ffc4bffef02p-637, 0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585dp-797, \
    0x1.d8ffc4bffef02p-637, 0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585dp-797, \
    0x1.d8ffc4bffef02p-637, 0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585dp-797, \
    0x1.d8ffc4bffef02p-637, 0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585dp-797, \
    0x1.d8ffc4bffef02p-637, 0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585dp-797, \
    0x1.d8ffc4bffef02p-637, 0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585dp-797, \
    0x1.b1ff897ffde06p-638, -0x1.9fc04343b9d28p-692, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585dp-797, \
    0x1.63ff12fffbc0ap-639, 0x1.301fde5e2316ap-691, 0x1.414da3eda6cfep-743, -0x1.86c1a7b24585dp-797, \
    0x1.8ffc4bffef02cp-641, 0x1.80fef2f118b5ap-694, 0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, \
    0x1.8ffc4bffef02cp-641, 0x1.80fef2f118b5ap-694, 0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, \
    0x1.1ff897ffde05ap-642, -0x1.fc04343b9d298p-696, 0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, \
    0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.ff897ffde0598p-646, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.ff12fffbc0b30p-647, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.fe25fff781660p-648, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.fc4bffef02cc0p-649, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.f897ffde05980p-650, 0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04dp-813, \
    0x1.f12fffbc0b302p-651, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b06p-763, -0x1.3d922c2e70266p-816, \
    0x1.e25fff7816604p-652, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b06p-763, -0x1.3d922c2e70266p-816, \
    0x1.c4bffef02cc08p-653, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b06p-763, -0x1.3d922c2e70266p-816, \
    0x1.897ffde059810p-654, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b06p-763, -0x1.3d922c2e70266p-816, \
    0x1.12fffbc0b3020p-655, -0x1.0d0ee74a5f592p-710, -0x1.c125930261b06p-763, -0x1.3d922c2e70266p-816, \
    0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.2fffbc0b301fep-659, -0x1.a1dce94beb25cp-715, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.7ffde05980feep-662, 0x1.2f118b5a0a6d2p-714, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.7ffde05980feep-662, 0x1.2f118b5a0a6d2p-714, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.7ffde05980feep-662, 0x1.2f118b5a0a6d2p-714, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.fff7816603fbcp-664, 0x1.788c5ad053690p-717, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.fff7816603fbcp-664, 0x1.788c5ad053690p-717, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.ffef02cc07f78p-665, 0x1.788c5ad053690p-717, -0x1.25930261b069ep-771, -0x1.922c2e7026587p-824, \
    0x1.ffde05980fef2p-666, 0x1.e2316b414da3ep-719, 0x1.b4d9fb3c9f2c2p-772, 0x1.b74f463f669e6p-826, \
    0x1.ffbc0b301fde6p-667, -0x1.dce94beb25c12p-723, -0x1.64c0986c1a7b2p-777, -0x1.161738132c340p-831, \
    0x1.ff7816603fbccp-668, -0x1.dce94beb25c12p-723, -0x1.64c0986c1a7b2p-777, -0x1.161738132c340p-831, \
    0x1.fef02cc07f798p-669, -0x1.dce94beb25c12p-723, -0x1.64c0986c1a7b2p-777, -0x1.161738132c340p-831, \
    0x1.fde05980fef2ep-670, 0x1.118b5a0a6d1f6p-722, 0x1.a6cfd9e4f9612p-775, 0x1.6e9e8c7ecd3ccp-827, \
    0x1.fbc0b301fde5ep-671, 0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, \
    0x1.f7816603fbcbcp-672, 0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, \
    0x1.ef02cc07f7978p-673, 0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, \
    0x1.de05980fef2f0p-674, 0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, \
    0x1.bc0b301fde5e2p-675, 0x1.8b5a0a6d1f6d2p-730, 0x1.67ecf27cb09b6p-782, 0x1.4f463f669e5ffp-834, \
    0x1.7816603fbcbc4p-676, 0x1.8b5a0a6d1f6d2p-730, 0x1.67ecf27cb09b6p-782, 0x1.4f463f669e5ffp-834, \
    0x1.e05980fef2f12p-678, -0x1.d297d64b824b2p-732, -0x1.8130d834f648ap-786, -0x1.0b9c09961a016p-838, \
    0x1.e05980fef2f12p-678, -0x1.d297d64b824b2p-732, -0x1.8130d834f648ap-786, -0x1.0b9c09961a016p-838, \
    0x1.c0b301fde5e22p-679, 0x1.16b414da3eda6p-731, 0x1.9fb3c9f2c26dcp-784, 0x1.3d18fd9a797fbp-836, \
    0x1.816603fbcbc46p-680, 0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, \
    0x1.02cc07f79788cp-681, 0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, \
    0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, \
    0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, \
    0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, \
    0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, \
    0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, \
    0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, \
    0x1.6603fbcbc462cp-688, 0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, \
    0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585cp-797, -0x1.c09961a015d29p-850, \
    0x1.980fef2f118b6p-690, -0x1.7d64b824b2604p-744, -0x1.86c1a7b24585cp-797, -0x1.c09961a015d29p-850, \
    0x1.301fde5e2316ap-691, 0x1.414da3eda6cfep-743, -0x1.86c1a7b24585cp-797, -0x1.c09961a015d29p-850, \
    0x1.80fef2f118b5ap-694, 0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515bp-859, \
    0x1.80fef2f118b5ap-694, 0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515bp-859, \
    0x1.80fef2f118b5ap-694, 0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515bp-859, \
    0x1.01fde5e2316b4p-695, 0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515bp-859, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fde5e2316b414p-703, 0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.fbcbc462d682ap-704, -0x1.2e092c98130d8p-758, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.f79788c5ad052p-705, 0x1.68fb69b3f6794p-757, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.ef2f118b5a0a6p-706, 0x1.a3eda6cfd9e50p-759, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, \
    0x1.de5e2316b414ep-707, -0x1.704964c0986c2p-761, 0x1.6136e9e8c7eccp-815, 0x1.3cbfd45aea4f7p-867, \
    0x1.bcbc462d6829ap-708, 0x1.47db4d9fb3c9ep-760, 0x1.2c26dd3d18fdap-812, -0x1.61a015d28ad84p-866, \
    0x1.79788c5ad0536p-709, 0x1.1f6d367ecf27cp-762, 0x1.6136e9e8c7eccp-815, 0x1.3cbfd45aea4f7p-867, \
    0x1.e5e2316b414dap-711, 0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, \
    0x1.e5e2316b414dap-711, 0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, \
    0x1.cbc462d6829b4p-712, 0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, \
    0x1.9788c5ad05368p-713, 0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, \
    0x1.2f118b5a0a6d2p-714, -0x1.25930261b069ep-771, -0x1.922c2e7026586p-824, -0x1.00ae9456c229cp-877, \
    0x1.788c5ad053690p-717, -0x1.25930261b069ep-771, -0x1.922c2e7026586p-824, -0x1.00ae9456c229cp-877, \
    0x1.788c5ad053690p-717, -0x1.25930261b069ep-771, -0x1.922c2e7026586p-824, -0x1.00ae9456c229cp-877, \
    0x1.788c5ad053690p-717, -0x1.25930261b069ep-771, -0x1.922c2e7026586p-824, -0x1.00ae9456c229cp-877, \
    0x1.e2316b414da3ep-719, 0x1.b4d9fb3c9f2c2p-772, 0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, \
    0x1.e2316b414da3ep-719, 0x1.b4d9fb3c9f2c2p-772, 0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, \
    0x1.c462d6829b47ep-720, -0x1.2c98130d834f6p-774, -0x1.22c2e70265868p-828, -0x1.5d28ad8453814p-886, \
    0x1.88c5ad05368fap-721, 0x1.69b3f6793e584p-773, 0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, \
    0x1.118b5a0a6d1f6p-722, 0x1.a6cfd9e4f9612p-775, 0x1.6e9e8c7ecd3ccp-827, -0x1.5d28ad8453814p-886, \
    0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, -0x1.5d28ad8453814p-886, \
    0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, -0x1.5d28ad8453814p-886, \
    0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, -0x1.5d28ad8453814p-886, \
    0x1.18b5a0a6d1f6cp-726, 0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, -0x1.5d28ad8453814p-886, \
    0x1.8b5a0a6d1f6d2p-730, 0x1.67ecf27cb09b6p-782, 0x1.4f463f669e5fep-834, 0x1.45aea4f758fd8p-887, \
    0x1.8b5a0a6d1f6d2p-730, 0x1.67ecf27cb09b6p-782, 0x1.4f463f669e5fep-834, 0x1.45aea4f758fd8p-887, \
    0x1.8b5a0a6d1f6d2p-730, 0x1.67ecf27cb09b6p-782, 0x1.4f463f669e5fep-834, 0x1.45aea4f758fd8p-887, \
    0x1.8b5a0a6d1f6d2p-730, 0x1.67ecf27cb09b6p-782, 0x1.4f463f669e5fep-834, 0x1.45aea4f758fd8p-887, \
    0x1.16b414da3eda6p-731, 0x1.9fb3c9f2c26dcp-784, 0x1.3d18fd9a797fap-836, 0x1.16ba93dd63f5fp-889, \
    0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, \
    0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, \
    0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, \
    0x1.6b414da3eda6cp-735, 0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, \
    0x1.ad05368fb69b4p-737, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341dp-903, \
    0x1.ad05368fb69b4p-737, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341dp-903, \
    0x1.5a0a6d1f6d368p-738, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341dp-903, \
    0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341dp-903, \
    0x1.6829b47db4da0p-740, -0x1.30d834f648b0cp-794, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341dp-903, \
    0x1.a0a6d1f6d367ep-742, 0x1.9e4f96136e9e8p-795, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341dp-903, \
    0x1.a0a6d1f6d367ep-742, 0x1.9e4f96136e9e8p-795, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341dp-903, \
    0x1.414da3eda6cfep-743, -0x1.86c1a7b24585cp-797, -0x1.c09961a015d28p-850, -0x1.5b08a7028341dp-903, \
    0x1.05368fb69b3f6p-745, 0x1.e4f96136e9e8cp-799, 0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, \
    0x1.05368fb69b3f6p-745, 0x1.e4f96136e9e8cp-799, 0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, \
    0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.4da3eda6cfd9ep-751, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.368fb69b3f678p-753, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.368fb69b3f678p-753, 0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, \
    0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, \
    0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, \
    0x1.b47db4d9fb3cap-756, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, \
    0x1.68fb69b3f6794p-757, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, \
    0x1.a3eda6cfd9e50p-759, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, \
    0x1.a3eda6cfd9e50p-759, -0x1.a7b24585ce04cp-813, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, \
    0x1.47db4d9fb3c9ep-760, 0x1.2c26dd3d18fdap-812, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, \
    0x1.1f6d367ecf27cp-762, 0x1.6136e9e8c7eccp-815, 0x1.3cbfd45aea4f6p-867, 0x1.58fd7cbe2f67ap-919, \
    0x1.1f6d367ecf27cp-762, 0x1.6136e9e8c7eccp-815, 0x1.3cbfd45aea4f6p-867, 0x1.58fd7cbe2f67ap-919, \
    0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, 0x1.faf97c5ecf41dp-928, \
    0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, 0x1.faf97c5ecf41dp-928, \
    0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, 0x1.faf97c5ecf41dp-928, \
    0x1.f6d367ecf27cap-766, 0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, 0x1.faf97c5ecf41dp-928, \
    0x1.eda6cfd9e4f96p-767, 0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, \
    0x1.db4d9fb3c9f2cp-768, 0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, \
    0x1.b69b3f6793e58p-769, 0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, \
    0x1.6d367ecf27cb0p-770, 0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, \
    0x1.b4d9fb3c9f2c2p-772, 0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.b4d9fb3c9f2c2p-772, 0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.69b3f6793e584p-773, 0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.a6cfd9e4f9612p-775, 0x1.6e9e8c7ecd3ccp-827, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.a6cfd9e4f9612p-775, 0x1.6e9e8c7ecd3ccp-827, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.4d9fb3c9f2c26p-776, 0x1.ba7a31fb34f30p-829, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.367ecf27cb09ap-778, 0x1.74f463f669e60p-830, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, \
    0x1.b3f6793e584dcp-781, -0x1.61738132c3402p-835, -0x1.74a2b6114e050p-888, -0x1.a0e84c2f8c608p-942, \
    0x1.b3f6793e584dcp-781, -0x1.61738132c3402p-835, -0x1.74a2b6114e050p-888, -0x1.a0e84c2f8c608p-942, \
    0x1.b3f6793e584dcp-781, -0x1.61738132c3402p-835, -0x1.74a2b6114e050p-888, -0x1.a0e84c2f8c608p-942, \
    0x1.67ecf27cb09b6p-782, 0x1.4f463f669e5fep-834, 0x1.45aea4f758fd8p-887, -0x1.a0e84c2f8c608p-942, \
    0x1.9fb3c9f2c26dcp-784, 0x1.3d18fd9a797fap-836, 0x1.16ba93dd63f5ep-889, 0x1.2f8bd9e839cfcp-941, \
    0x1.9fb3c9f2c26dcp-784, 0x1.3d18fd9a797fap-836, 0x1.16ba93dd63f5ep-889, 0x1.2f8bd9e839cfcp-941, \
    0x1.3f6793e584dbap-785, 0x1.e8c7ecd3cbfd4p-839, 0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f79p-946, \
    0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, -0x1.d0985f18c10ebp-951, \
    0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, -0x1.d0985f18c10ebp-951, \
    0x1.fb3c9f2c26dd4p-788, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, -0x1.d0985f18c10ebp-951, \
    0x1.f6793e584dba8p-789, -0x1.738132c3402bap-843, -0x1.456c229c0a0d0p-897, -0x1.d0985f18c10ebp-951, \
    0x1.ecf27cb09b74ep-790, 0x1.463f669e5fea2p-842, 0x1.aea4f758fd7ccp-895, -0x1.d0985f18c10ebp-951, \
    0x1.d9e4f96136e9ep-791, 0x1.18fd9a797fa8ap-844, 0x1.5d49eeb1faf98p-896, -0x1.d0985f18c10ebp-951, \
    0x1.b3c9f2c26dd3cp-792, 0x1.18fd9a797fa8ap-844, 0x1.5d49eeb1faf98p-896, -0x1.d0985f18c10ebp-951, \
    0x1.6793e584dba7ap-793, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, \
    0x1.9e4f96136e9e8p-795, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, \
    0x1.9e4f96136e9e8p-795, 0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, \
    0x1.3c9f2c26dd3d2p-796, -0x1.c09961a015d28p-850, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, \
    0x1.e4f96136e9e8cp-799, 0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, \
    0x1.e4f96136e9e8cp-799, 0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, \
    0x1.e4f96136e9e8cp-799, 0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, \
    0x1.c9f2c26dd3d18p-800, 0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, \
    0x1.93e584dba7a32p-801, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, 0x1.e839cfbc52949p-965, \
    0x1.27cb09b74f464p-802, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, 0x1.e839cfbc52949p-965, \
    0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, 0x1.e839cfbc52949p-965, \
    0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, 0x1.e839cfbc52949p-965, \
    0x1.3e584dba7a320p-805, -0x1.32c3402ba515ap-859, -0x1.08a7028341d0ap-911, 0x1.e839cfbc52949p-965, \
    0x1.f2c26dd3d18fep-808, -0x1.961a015d28ad8p-862, -0x1.14e050683a130p-916, -0x1.7c63043ad6b69p-969, \
    0x1.f2c26dd3d18fep-808, -0x1.961a015d28ad8p-862, -0x1.14e050683a130p-916, -0x1.7c63043ad6b69p-969, \
    0x1.f2c26dd3d18fep-808, -0x1.961a015d28ad8p-862, -0x1.14e050683a130p-916, -0x1.7c63043ad6b69p-969, \
    0x1.e584dba7a31fap-809, 0x1.34f2ff516ba94p-861, -0x1.14e050683a130p-916, -0x1.7c63043ad6b69p-969, \
    0x1.cb09b74f463f6p-810, 0x1.a797fa8b5d49ep-864, 0x1.d63f5f2f8bd9ep-917, 0x1.0739f78a5292fp-970, \
    0x1.96136e9e8c7ecp-811, 0x1.a797fa8b5d49ep-864, 0x1.d63f5f2f8bd9ep-917, 0x1.0739f78a5292fp-970, \
    0x1.2c26dd3d18fdap-812, -0x1.61a015d28ad84p-866, -0x1.4e050683a130cp-920, 0x1.ce7de294a4baap-976, \
    0x1.6136e9e8c7eccp-815, 0x1.3cbfd45aea4f6p-867, 0x1.58fd7cbe2f67ap-919, 0x1.ce7de294a4baap-976, \
    0x1.6136e9e8c7eccp-815, 0x1.3cbfd45aea4f6p-867, 0x1.58fd7cbe2f67ap-919, 0x1.ce7de294a4baap-976, \
    0x1.6136e9e8c7eccp-815, 0x1.3cbfd45aea4f6p-867, 0x1.58fd7cbe2f67ap-919, 0x1.ce7de294a4baap-976, \
    0x1.84dba7a31fb34p-817, 0x1.e5fea2d7527bap-870, 0x1.8fd7cbe2f67a0p-923, 0x1.ce7de294a4baap-976, \
    0x1.84dba7a31fb34p-817, 0x1.e5fea2d7527bap-870, 0x1.8fd7cbe2f67a0p-923, 0x1.ce7de294a4baap-976, \
    0x1.09b74f463f66ap-818, -0x1.a015d28ad8454p-874, 0x1.faf97c5ecf41cp-928, 0x1.cfbc529497536p-981, \
    0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2809p-991, \
    0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2809p-991, \
    0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2809p-991, \
    0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2809p-991, \
    0x1.36e9e8c7ecd3cp-823, 0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2809p-991, \
    0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.b74f463f669e6p-826, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.6e9e8c7ecd3ccp-827, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.ba7a31fb34f30p-829, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.ba7a31fb34f30p-829, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.74f463f669e60p-830, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.d3d18fd9a7980p-832, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.d3d18fd9a7980p-832, -0x1.5d28ad8453814p-886, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.a7a31fb34f2fep-833, 0x1.516ba93dd63f6p-885, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.4f463f669e5fep-834, 0x1.45aea4f758fd8p-887, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, \
    0x1.3d18fd9a797fap-836, 0x1.16ba93dd63f5ep-889, 0x1.2f8bd9e839cfcp-941, -0x1.d6b5b45650128p-996, \
    0x1.3d18fd9a797fap-836, 0x1.16ba93dd63f5ep-889, 0x1.2f8bd9e839cfcp-941, -0x1.d6b5b45650128p-996, \
    0x1.e8c7ecd3cbfd4p-839, 0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bfp-999, \
    0x1.e8c7ecd3cbfd4p-839, 0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bfp-999, \
    0x1.e8c7ecd3cbfd4p-839, 0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bfp-999, \
    0x1.d18fd9a797fa8p-840, 0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bfp-999, \
    0x1.a31fb34f2ff50p-841, 0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bfp-999, \
    0x1.463f669e5fea2p-842, 0x1.aea4f758fd7ccp-895, -0x1.d0985f18c10eap-951, -0x1.5ada2b280940ap-1003, \
    0x1.18fd9a797fa8ap-844, 0x1.5d49eeb1faf98p-896, -0x1.d0985f18c10eap-951, -0x1.5ada2b280940ap-1003, \
    0x1.18fd9a797fa8ap-844, 0x1.5d49eeb1faf98p-896, -0x1.d0985f18c10eap-951, -0x1.5ada2b280940ap-1003, \
    0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, 0x1.497535fdafd89p-1009, \
    0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, 0x1.497535fdafd89p-1009, \
    0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, 0x1.497535fdafd89p-1009, \
    0x1.8fd9a797fa8b6p-848, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, 0x1.497535fdafd89p-1009, \
    0x1.1fb34f2ff516cp-849, -0x1.5b08a7028341cp-903, -0x1.0985f18c10eb6p-955, 0x1.497535fdafd89p-1009, \
    0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, \
    0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, \
    0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, \
    0x1.fb34f2ff516bap-853, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, \
    0x1.f669e5fea2d74p-854, 0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, \
    0x1.ecd3cbfd45aeap-855, 0x1.3dd63f5f2f8bep-909, -0x1.85f18c10eb5aep-963, 0x1.7535fdafd88fcp-1017, \
    0x1.d9a797fa8b5d4p-856, 0x1.3dd63f5f2f8bep-909, -0x1.85f18c10eb5aep-963, 0x1.7535fdafd88fcp-1017, \
    0x1.b34f2ff516ba8p-857, 0x1.3dd63f5f2f8bep-909, -0x1.85f18c10eb5aep-963, 0x1.7535fdafd88fcp-1017, \
    0x1.669e5fea2d752p-858, 0x1.eeb1faf97c5ecp-912, 0x1.e839cfbc52948p-965, 0x1.7535fdafd88fcp-1017, \
    0x1.9a797fa8b5d4ap-860, -0x1.14e050683a130p-916, -0x1.7c63043ad6b68p-969, -0x1.59404a04ee073p-1022, \
    0x1.9a797fa8b5d4ap-860, -0x1.14e050683a130p-916, -0x1.7c63043ad6b68p-969, -0x1.59404a04ee073p-1022, \
    0x1.34f2ff516ba94p-861, -0x1.14e050683a130p-916, -0x1.7c63043ad6b68p-969, -0x1.59404a04ee073p-1022, \
    0x1.a797fa8b5d49ep-864, 0x1.d63f5f2f8bd9ep-917, 0x1.0739f78a5292ep-970, 0x0.a6bfb5fb11f8dp-1022, \
    0x1.a797fa8b5d49ep-864, 0x1.d63f5f2f8bd9ep-917, 0x1.0739f78a5292ep-970, 0x0.a6bfb5fb11f8dp-1022, \
    0x1.a797fa8b5d49ep-864, 0x1.d63f5f2f8bd9ep-917, 0x1.0739f78a5292ep-970, 0x0.a6bfb5fb11f8dp-1022, \
    0x1.4f2ff516ba93ep-865, -0x1.4e050683a130cp-920, 0x1.ce7de294a4baap-976, -0x0.01404a04ee073p-1022, \
    0x1.3cbfd45aea4f6p-867, 0x1.58fd7cbe2f67ap-919, 0x1.ce7de294a4baap-976, -0x0.01404a04ee073p-1022, \
    0x1.3cbfd45aea4f6p-867, 0x1.58fd7cbe2f67ap-919, 0x1.ce7de294a4baap-976, -0x0.01404a04ee073p-1022, \
    0x1.e5fea2d7527bap-870, 0x1.8fd7cbe2f67a0p-923, 0x1.ce7de294a4baap-976, -0x0.01404a04ee073p-1022, \
    0x1.e5fea2d7527bap-870, 0x1.8fd7cbe2f67a0p-923, 0x1.ce7de294a4baap-976, -0x0.01404a04ee073p-1022, \
    0x1.e5fea2d7527bap-870, 0x1.8fd7cbe2f67a0p-923, 0x1.ce7de294a4baap-976, -0x0.01404a04ee073p-1022, \
    0x1.cbfd45aea4f76p-871, -0x1.c0a0d0742617cp-925, -0x1.8c10eb5ada2b2p-979, -0x0.00404a04ee073p-1022, \
    0x1.97fa8b5d49eeap-872, 0x1.1faf97c5ecf42p-924, -0x1.8c10eb5ada2b2p-979, -0x0.00404a04ee073p-1022, \
    0x1.2ff516ba93dd6p-873, 0x1.faf97c5ecf41cp-928, 0x1.cfbc529497536p-981, -0x0.00004a04ee073p-1022, \
    0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.7fa8b5d49eeb2p-876, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.fea2d7527bac8p-878, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.fea2d7527bac8p-878, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.fd45aea4f7590p-879, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.fa8b5d49eeb20p-880, -0x1.41a0e84c2f8c6p-934, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.f516ba93dd63ep-881, 0x1.5f2f8bd9e839cp-933, 0x1.f78a5292ea6c0p-986, -0x0.00004a04ee073p-1022, \
    0x1.ea2d7527bac7ep-882, 0x1.7cbe2f67a0e74p-935, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.d45aea4f758fcp-883, 0x1.7cbe2f67a0e74p-935, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.a8b5d49eeb1fap-884, 0x1.f2f8bd9e839d0p-937, -0x1.0eb5ada2b2808p-991, -0x0.00000a04ee073p-1022, \
    0x1.516ba93dd63f6p-885, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, -0x0.00000004ee073p-1022, \
    0x1.45aea4f758fd8p-887, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, -0x0.00000004ee073p-1022, \
    0x1.45aea4f758fd8p-887, -0x1.a0e84c2f8c608p-942, -0x1.d6b5b45650128p-996, -0x0.00000004ee073p-1022, \
    0x1.16ba93dd63f5ep-889, 0x1.2f8bd9e839cfcp-941, -0x1.d6b5b45650128p-996, -0x0.00000004ee073p-1022, \
    0x1.16ba93dd63f5ep-889, 0x1.2f8bd9e839cfcp-941, -0x1.d6b5b45650128p-996, -0x0.00000004ee073p-1022, \
    0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bep-999, 0x0.0000000b11f8dp-1022, \
    0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bep-999, 0x0.0000000b11f8dp-1022, \
    0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bep-999, 0x0.0000000b11f8dp-1022, \
    0x1.6ba93dd63f5f2p-893, 0x1.f17b3d0739f78p-946, 0x1.4a525d4d7f6bep-999, 0x0.0000000b11f8dp-1022, \
    0x1.aea4f758fd7ccp-895, -0x1.d0985f18c10eap-951, -0x1.5ada2b280940ap-1003, 0x0.0000000011f8dp-1022, \
    0x1.aea4f758fd7ccp-895, -0x1.d0985f18c10eap-951, -0x1.5ada2b280940ap-1003, 0x0.0000000011f8dp-1022, \
    0x1.5d49eeb1faf98p-896, -0x1.d0985f18c10eap-951, -0x1.5ada2b280940ap-1003, 0x0.0000000011f8dp-1022, \
    0x1.7527bac7ebe5ep-898, 0x1.17b3d0739f78ap-950, 0x1.4a4ba9afed7ecp-1004, 0x0.0000000011f8dp-1022, \
    0x1.7527bac7ebe5ep-898, 0x1.17b3d0739f78ap-950, 0x1.4a4ba9afed7ecp-1004, 0x0.0000000011f8dp-1022, \
    0x1.d49eeb1faf97cp-900, 0x1.7b3d0739f78a4p-954, 0x1.292ea6bfb5fb0p-1006, 0x0.0000000011f8dp-1022, \
    0x1.d49eeb1faf97cp-900, 0x1.7b3d0739f78a4p-954, 0x1.292ea6bfb5fb0p-1006, 0x0.0000000011f8dp-1022, \
    0x1.a93dd63f5f2f8p-901, 0x1.7b3d0739f78a4p-954, 0x1.292ea6bfb5fb0p-1006, 0x0.0000000011f8dp-1022, \
    0x1.527bac7ebe5f0p-902, 0x1.7b3d0739f78a4p-954, 0x1.292ea6bfb5fb0p-1006, 0x0.0000000011f8dp-1022, \
    0x1.49eeb1faf97c6p-904, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, -0x0.0000000000073p-1022, \
    0x1.49eeb1faf97c6p-904, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, -0x0.0000000000073p-1022, \
    0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, -0x0.0000000000073p-1022, \
    0x1.27bac7ebe5f18p-906, -0x1.30be31821d6b6p-960, 0x1.2ea6bfb5fb120p-1014, -0x0.0000000000073p-1022, \
    0x1.3dd63f5f2f8bep-909, -0x1.85f18c10eb5aep-963, 0x1.7535fdafd88fcp-1017, 0x0.000000000000dp-1022

#if defined(__OPENCL_VERSION__)
__constant double kn_sl_rempi_table[] = {KN_SL_REMPI_VALUES};
KN_DEVICE static inline double kn_sl_rempi_at(int32_t i) { return kn_sl_rempi_table[i]; }
#elif defined(__CUDACC__)
__device__ static const double kn_sl_rempi_table_device[] = {KN_SL_REMPI_VALUES};
static const double kn_sl_rempi_table_host[] = {KN_SL_REMPI_VALUES};
KN_DEVICE static inline double kn_sl_rempi_at(int32_t i)
{
#ifdef __CUDA_ARCH__
    return kn_sl_rempi_table_device[i];
#else
    return kn_sl_rempi_table_host[i];
#endif
}
#else
static const double kn_sl_rempi_table[] = {KN_SL_REMPI_VALUES};
KN_DEVICE static inline double kn_sl_rempi_at(int32_t i) { return kn_sl_rempi_table[i]; }
#endif

#endif
