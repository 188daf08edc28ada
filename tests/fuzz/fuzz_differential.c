/* Differential libFuzzer target: the input chooses an expression of exact
 * operations (+ - * / % comparisons & | ~ where sqrt abs floor ceil minimum
 * maximum) and three input arrays; every available CPU backend must give
 * scalar's bits (NaN only has to be NaN), and so must norm-square, sum,
 * dot, suffix sums and prefix sums over the same arrays. GPU backends are left out: compiling a
 * new kernel per input would make each run take a second. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels.h"

#define MAXN 300

typedef struct {
    const uint8_t *p;
    size_t left;
} bytes;

static unsigned take(bytes *b)
{
    if (!b->left) return 0;
    b->left--;
    return *b->p++;
}

/* Appends a random expression over a, b, c of depth <= d to s. */
static void gen(bytes *b, char *s, size_t cap, int d)
{
    static const char *const bin[] = {"+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "&", "|"};
    static const char *const fn1[] = {"sqrt", "abs", "floor", "ceil", "~", "-"};
    static const char *const fn2[] = {"minimum", "maximum"};
    unsigned k = take(b), len = (unsigned)strlen(s);
    if (len + 64 > cap || d == 0 || k < 64) {
        static const char *const leaf[] = {"a", "b", "c", "0", "1", "-2.5", "1e300", "0.1"};
        snprintf(s + len, cap - len, "%s", leaf[k % 8]);
        return;
    }
    if (k < 160) {
        strcat(s, "(");
        gen(b, s, cap, d - 1);
        strcat(s, bin[k % 13]);
        gen(b, s, cap, d - 1);
        strcat(s, ")");
    } else if (k < 210) {
        strcat(s, fn1[k % 6]);
        strcat(s, "(");
        gen(b, s, cap, d - 1);
        strcat(s, ")");
    } else if (k < 240) {
        strcat(s, fn2[k % 2]);
        strcat(s, "(");
        gen(b, s, cap, d - 1);
        strcat(s, ",");
        gen(b, s, cap, d - 1);
        strcat(s, ")");
    } else {
        strcat(s, "where(");
        gen(b, s, cap, d - 1);
        strcat(s, ",");
        gen(b, s, cap, d - 1);
        strcat(s, ",");
        gen(b, s, cap, d - 1);
        strcat(s, ")");
    }
}

static double value(bytes *b)
{
    static const double special[] = {0.0, -0.0, 1.0, -1.0, INFINITY, -INFINITY, NAN, 1e-310, 3.0, 0.5};
    unsigned k = take(b);
    if (k < 40) return special[k % 10];
    int64_t m = (int64_t)(take(b) | take(b) << 8 | take(b) << 16) - (1 << 23);
    return ldexp((double)m, (int)(k % 64) - 40);
}

static int same(double x, double y) { return (isnan(x) && isnan(y)) || memcmp(&x, &y, sizeof x) == 0; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bytes b = {data, size};
    char src[4096] = "";
    gen(&b, src, sizeof src, 6);
    static double in[3][MAXN], ref[MAXN], got[MAXN];
    size_t n = 1 + take(&b) % MAXN;
    for (int v = 0; v < 3; v++)
        for (size_t i = 0; i < n; i++) in[v][i] = value(&b);
    const char *names[] = {"a", "b", "c"};
    const double *vars[] = {in[0], in[1], in[2]};
    kn_expr *e;
    if (kn_expr_compile(src, 3, names, &e) != KN_OK) {
        fprintf(stderr, "generated expression rejected: %s: %s\n", src, kn_last_error());
        abort();
    }
    kn_ctx *scalar;
    if (kn_ctx_create(&scalar, KN_SCALAR) || kn_expr_eval(scalar, e, n, vars, ref)) abort();
    double rn, rsum, rdot;
    kn_norm_square_f64(scalar, in[0], n, &rn);
    kn_sum_f64(scalar, in[1], n, &rsum);
    kn_dot_f64(scalar, in[0], in[2], n, &rdot);
    static double rs[MAXN], gs[MAXN], rp[MAXN], gp[MAXN];
    kn_suffix_sums_f64(scalar, in[1], n, rs);
    kn_prefix_sums_f64(scalar, in[2], n, rp);
    for (int bk = KN_SIMD; bk <= KN_OMP; bk++) {
        kn_ctx *ctx;
        if (kn_ctx_create(&ctx, (kn_backend)bk) != KN_OK) continue;
        if (kn_expr_eval(ctx, e, n, vars, got) != KN_OK) abort();
        for (size_t i = 0; i < n; i++)
            if (!same(ref[i], got[i])) {
                fprintf(stderr, "%s: '%s' element %zu: %a != scalar %a\n", kn_backend_name((kn_backend)bk), src, i,
                        got[i], ref[i]);
                abort();
            }
        double gn, gsum, gdot;
        kn_norm_square_f64(ctx, in[0], n, &gn);
        kn_sum_f64(ctx, in[1], n, &gsum);
        kn_dot_f64(ctx, in[0], in[2], n, &gdot);
        kn_suffix_sums_f64(ctx, in[1], n, gs);
        kn_prefix_sums_f64(ctx, in[2], n, gp);
        if (!same(gn, rn) || !same(gsum, rsum) || !same(gdot, rdot)) abort();
        for (size_t i = 0; i < n; i++)
            if (!same(gs[i], rs[i]) || !same(gp[i], rp[i])) abort();
        kn_ctx_destroy(ctx);
    }
    kn_ctx_destroy(scalar);
    kn_expr_free(e);
    return 0;
}
