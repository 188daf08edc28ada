/* The golden cases of the README's table, written once: every backend must
 * give exactly these results (bits, for the doubles). The tests,
 * kernels-verify (tools/verify.c), kernels-bench (bench/workloads.c) and the
 * tool tests (tests/tools/CMakeLists.txt reads this file's #defines) all
 * take them from here.
 *
 * Each case is its input and its expected result:
 *   Julia        the KN_GOLDEN_JULIA grid; the sum of all counts.
 *   firewall     the puzzle's example; severity when leaving at delay 0,
 *                and the first delay that is never caught.
 *   norm-square  x[i] = i for i < KN_GOLDEN_NORM_N, as int64 (the exact
 *                sum) and as double (the canonical order's bits; the exact
 *                sum is not a double).
 *   sum, dot     x[i] = i for i < KN_GOLDEN_NORM_N: the sum (exact), and
 *                x.x (the norm-square's bits: the same rounded products in
 *                the same order).
 *   suffix sums  x[i] = i for i < KN_GOLDEN_SUFFIX_N: out[0] and the sum of
 *                out, both exact.
 *   prefix sums  the same x: out[n-1] and the sum of out, both exact.
 *   expression   KN_GOLDEN_EXPR_SRC over data[i] = i for i <
 *                KN_GOLDEN_EXPR_N: the sum of out (every partial sum is an
 *                integer below 2^53, so it is exact).
 *   transcendentals  a[i] = KN_GOLDEN_MATH_A(i), b[i] = KN_GOLDEN_MATH_B(i)
 *                for i < KN_GOLDEN_MATH_N: the FNV-1a digest (64-bit, each
 *                double's bytes from the least significant) of the output
 *                of KN_GOLDEN_MATH_EXPR_SRC, and of the outputs of the
 *                expressions of KN_GOLDEN_MATH_FUNCS one after another
 *                (every transcendental function), recorded from libsleef's
 *                Sleef_finz_*d1_u10purecfma called directly. Every bit of
 *                every element counts. */
#ifndef KN_TESTS_GOLDENS_H
#define KN_TESTS_GOLDENS_H

/* A kn_julia_params initializer: [-1.8, 1.8]^2, c = -0.62772 - 0.42193i,
 * 1000 x 1000 points, max_iter 300. */
#define KN_GOLDEN_JULIA {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, KN_GOLDEN_JULIA_SIDE, KN_GOLDEN_JULIA_SIDE, 300}
#define KN_GOLDEN_JULIA_SIDE 1000
#define KN_GOLDEN_JULIA_SUM 33219980

/* The example as text (kn_firewall_parse) and as a kn_layer initializer. */
#define KN_GOLDEN_FIREWALL_TEXT "0: 3\n1: 2\n4: 4\n6: 4\n"
#define KN_GOLDEN_FIREWALL_LAYERS {{0, 3}, {1, 2}, {4, 4}, {6, 4}}
#define KN_GOLDEN_FIREWALL_SEVERITY 24
#define KN_GOLDEN_FIREWALL_DELAY 10

#define KN_GOLDEN_NORM_N 1000000
#define KN_GOLDEN_NORM_I64 333332833333500000
#define KN_GOLDEN_NORM_F64 333332833333500032.0

#define KN_GOLDEN_SUFFIX_N 10000
#define KN_GOLDEN_SUFFIX_FIRST 49995000.0
#define KN_GOLDEN_SUFFIX_SUM 333283335000.0

#define KN_GOLDEN_SUM_F64 499999500000.0
#define KN_GOLDEN_PREFIX_LAST 49995000.0
#define KN_GOLDEN_PREFIX_SUM 166666665000.0

#define KN_GOLDEN_EXPR_SRC "data + data * 5 + 4"
#define KN_GOLDEN_EXPR_N 1000000
#define KN_GOLDEN_EXPR_SUM 3000001000000.0

#define KN_GOLDEN_MATH_N 1000000
#define KN_GOLDEN_MATH_A(i) (((double)(i) - (double)KN_GOLDEN_MATH_N / 2.0) / 1000.0)
#define KN_GOLDEN_MATH_B(i) ((double)(i) / (double)KN_GOLDEN_MATH_N * 4.0 - 2.0)
#define KN_GOLDEN_MATH_EXPR_SRC "2*sin(a)**2 + cos(b)*a - sqrt(abs(b)) / (1 + a*a)"
#define KN_GOLDEN_MATH_EXPR_DIGEST 0x747a2f22f43ce264ULL
#define KN_GOLDEN_MATH_FUNCS                                                                                          \
    "sin(a / 100)", "cos(a / 100)", "tan(a / 100)", "arcsin(a / 100)", "arccos(a / 100)", "arctan(a / 100)",           \
        "sinh(a / 100)", "cosh(a / 100)", "tanh(a / 100)", "arcsinh(a / 100)", "arccosh(a / 100)", "arctanh(a / 100)", \
        "exp(a / 100)", "expm1(a / 100)", "exp2(a / 100)", "log(a / 100)", "log1p(a / 100)", "log10(a / 100)",        \
        "log2(a / 100)", "cbrt(a / 100)", "arctan2(a, b)", "abs(b) ** a"
#define KN_GOLDEN_MATH_FUNCS_DIGEST 0xffdaa57f2b337afaULL

#endif
