/* The probe's compute loops at one vector width, stamped by probe.c once
 * per ISA. The includer defines:
 *   PROBE_ISA          the ISA's name suffix (PROBE_FN(name) pastes it on)
 *   PROBE_TARGET       the function attribute that selects the ISA
 *   PROBE_LANES        doubles per vector register
 *   PROBE_CHAINS       independent z of the Julia loops
 *   PROBE_FLOP_CHAINS  independent chains of the FLOP loop
 *   PROBE_ISA_NAME     the vector width in words
 * and gets PROBE_FN(compute), the loops' descriptor; all but PROBE_FN are
 * undefined at the end, ready for the next ISA. Each loop returns a
 * value built from every chain, so that none is dead. Native widths, and
 * chain counts whose z (and FLOP chains) fit the register file with the
 * constants: wider vectors or more chains spill to the stack every step,
 * and the probe would measure the spills. The loop's counts may spill on
 * 16-register ISAs; it is bound by its FP operations all the same (4, 5 or
 * 6 chains measure within 4% on AVX2). */

/* A register of doubles, and of as many int64_t (comparison results). */
typedef double PROBE_FN(f64v) __attribute__((vector_size(8 * PROBE_LANES)));
typedef int64_t PROBE_FN(i64v) __attribute__((vector_size(8 * PROBE_LANES)));
#define PROBE_VEC PROBE_FN(f64v)
#define PROBE_MASK PROBE_FN(i64v)

/* x = x*m + a (a multiply, then an add) on PROBE_FLOP_CHAINS registers. */
PROBE_TARGET static double PROBE_FN(flops)(long steps)
{
    PROBE_VEC x[PROBE_FLOP_CHAINS] = {0}, m = {0}, a = {0};
    for (int l = 0; l < PROBE_LANES; l++) m[l] = 0.9999999, a[l] = 1e-7;
    for (int k = 0; k < PROBE_FLOP_CHAINS; k++)
        for (int l = 0; l < PROBE_LANES; l++) x[k][l] = 0.5 + 0.01 * k + 0.001 * l;
    for (long s = 0; s < steps; s++) {
#pragma GCC unroll 16
        for (int k = 0; k < PROBE_FLOP_CHAINS; k++) x[k] = x[k] * m + a;
    }
    double r = 0;
    for (int k = 0; k < PROBE_FLOP_CHAINS; k++)
        for (int l = 0; l < PROBE_LANES; l++) r += x[k][l];
    return r;
}

/* Starting points and c (inside the main cardioid: every orbit stays
 * bounded, away from infinities and subnormals). */
PROBE_TARGET static inline void PROBE_FN(julia_start)(PROBE_VEC *zr, PROBE_VEC *zi, PROBE_VEC *c)
{
    for (int k = 0; k < PROBE_CHAINS; k++)
        for (int l = 0; l < PROBE_LANES; l++) zr[k][l] = 0.1 + 0.01 * k + 0.001 * l, zi[k][l] = 0.05 - 0.01 * k;
    for (int l = 0; l < PROBE_LANES; l++) c[0][l] = -0.4, c[1][l] = 0.3, c[2][l] = 2.0, c[3][l] = 4.0, c[4][l] = 1.0;
}

/* The step z <- z*z + c alone, as the kernels compute it (no FMA: 4
 * multiplies, 3 adds), without the escape test nor the count: no kernel
 * giving exact counts can run faster. */
PROBE_TARGET static double PROBE_FN(julia_step)(long steps)
{
    PROBE_VEC zr[PROBE_CHAINS] = {0}, zi[PROBE_CHAINS] = {0}, c[5] = {0};
    PROBE_FN(julia_start)(zr, zi, c);
    const PROBE_VEC cr = c[0], ci = c[1], two = c[2];
    for (long s = 0; s < steps; s++) {
#pragma GCC unroll 8
        for (int k = 0; k < PROBE_CHAINS; k++) {
            const PROBE_VEC rr = zr[k] * zr[k], ii = zi[k] * zi[k];
            zi[k] = two * zr[k] * zi[k] + ci;
            zr[k] = rr - ii + cr;
        }
    }
    double r = 0;
    for (int k = 0; k < PROBE_CHAINS; k++)
        for (int l = 0; l < PROBE_LANES; l++) r += zr[k][l] + zi[k][l];
    return r;
}

/* The escape-time loop as kn_julia defines it, on lanes that never escape:
 * the step, the test |z|^2 < 4 on the same products, and the count. */
PROBE_TARGET static double PROBE_FN(julia_loop)(long steps)
{
    PROBE_VEC zr[PROBE_CHAINS] = {0}, zi[PROBE_CHAINS] = {0}, cnt[PROBE_CHAINS], c[5] = {0};
    PROBE_FN(julia_start)(zr, zi, c);
    const PROBE_VEC cr = c[0], ci = c[1], two = c[2], four = c[3], one = c[4];
    for (int k = 0; k < PROBE_CHAINS; k++) cnt[k] = one - one;
    for (long s = 0; s < steps; s++) {
#pragma GCC unroll 8
        for (int k = 0; k < PROBE_CHAINS; k++) {
            const PROBE_VEC rr = zr[k] * zr[k], ii = zi[k] * zi[k];
            const PROBE_MASK inside = rr + ii < four;
            cnt[k] += (PROBE_VEC)(inside & (PROBE_MASK)one);
            zi[k] = two * zr[k] * zi[k] + ci;
            zr[k] = rr - ii + cr;
        }
    }
    double r = 0;
    for (int k = 0; k < PROBE_CHAINS; k++)
        for (int l = 0; l < PROBE_LANES; l++) r += zr[k][l] + zi[k][l] + cnt[k][l];
    return r;
}

static const probe_compute PROBE_FN(compute) = {
    PROBE_ISA_NAME, PROBE_LANES, PROBE_CHAINS, PROBE_FLOP_CHAINS, PROBE_FN(flops), PROBE_FN(julia_step),
    PROBE_FN(julia_loop),
};

#undef PROBE_ISA
#undef PROBE_ISA_NAME
#undef PROBE_TARGET
#undef PROBE_VEC
#undef PROBE_MASK
#undef PROBE_LANES
#undef PROBE_CHAINS
#undef PROBE_FLOP_CHAINS
