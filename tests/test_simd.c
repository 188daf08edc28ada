/* The simd backend on every SIMD target this CPU runs (KERNELS_SIMD_TARGET
 * loop, a fresh context per target), bit for bit against the scalar backend:
 * large random inputs, every size boundary (vector widths and block sizes
 * +-1, unaligned starts, in place), the golden cases, the target choice and
 * its errors. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goldens.h"
#include "test_util.h"

#include "core/backend.h"
#include "core/firewall_plan.h"

/* Every Highway target name (any architecture); the ones this build and CPU
 * cannot run are reported as unavailable, which the loop skips. */
static const char *const all_targets[] = {
    "",     "avx3_dl", "avx3", "avx2",    "sse4", "ssse3", "emu128", "scalar",    "neon",
    "sve",  "sve2",    "sve_256", "sve2_128", "rvv", "ppc8", "wasm", "wasm_emu256",
};
#define NTARGETS (sizeof all_targets / sizeof all_targets[0])

static kn_ctx *scalar_ctx;
static kn_ctx *simd_ctx[NTARGETS];
static int ntested;

static int setup(void **state)
{
    (void)state;
    if (!kn_backend_available(KN_SIMD)) return 0;
    if (kn_ctx_create(&scalar_ctx, KN_SCALAR)) return -1;
    for (size_t t = 0; t < NTARGETS; t++) {
        setenv("KERNELS_SIMD_TARGET", all_targets[t], 1);
        kn_status st = kn_ctx_create(&simd_ctx[t], KN_SIMD);
        if (st == KN_OK) {
            ntested++;
            const char *info = kn_backend_info(KN_SIMD);
            print_message("simd target '%s': %s\n", all_targets[t], info);
        } else if (st != KN_ERR_UNAVAILABLE) {
            print_message("target '%s': unexpected %s: %s\n", all_targets[t], kn_status_str(st), kn_last_error());
            return -1;
        }
    }
    unsetenv("KERNELS_SIMD_TARGET");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (size_t t = 0; t < NTARGETS; t++) kn_ctx_destroy(simd_ctx[t]);
    kn_ctx_destroy(scalar_ctx);
    return 0;
}

#define FOR_EACH_TARGET(t)                                     \
    for (size_t t = 0; t < NTARGETS; t++)                      \
        if (!simd_ctx[t]) {                                    \
        } else

static void skip_if_no_simd(void)
{
    if (!kn_backend_available(KN_SIMD)) {
        print_message("simd backend not built or unavailable: %s\n", kn_backend_info(KN_SIMD));
        skip();
    }
}

/* ---- target choice ------------------------------------------------------ */

static void test_target_choice(void **state)
{
    (void)state;
    skip_if_no_simd();
    assert_true(ntested >= 2); /* the default and at least the portable fallback */
    /* The info line names the restricted target. */
    static const struct {
        const char *env, *name;
    } named[] = {{"avx3_dl", "AVX3_DL"}, {"avx3", "AVX3"}, {"avx2", "AVX2"}, {"sse4", "SSE4"}, {"ssse3", "SSSE3"}};
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        setenv("KERNELS_SIMD_TARGET", named[i].env, 1);
        kn_ctx *c = NULL;
        if (kn_ctx_create(&c, KN_SIMD) == KN_OK) {
            char want[64];
            snprintf(want, sizeof want, "simd: %s (", named[i].name);
            const char *info = kn_backend_info(KN_SIMD);
            if (!strstr(info, want)) fail_msg("KERNELS_SIMD_TARGET=%s: info '%s' lacks '%s'", named[i].env, info, want);
            kn_ctx_destroy(c);
        }
    }
    /* emu128 and scalar each select exactly that Highway target: Highway
     * compiles one portable fallback (SCALAR with GCC before 12.3, else
     * EMU128); the other name is an error naming the valid targets. */
    unsetenv("KERNELS_SIMD_TARGET");
    char compiled[512];
    snprintf(compiled, sizeof compiled, "%s", strstr(kn_backend_info(KN_SIMD), "targets available: "));
    static const struct {
        const char *env, *name;
    } fallbacks[] = {{"EMU128", "EMU128"}, {"scalar", "SCALAR"}};
    int nfallbacks = 0;
    kn_ctx *c = NULL;
    for (size_t i = 0; i < 2; i++) {
        setenv("KERNELS_SIMD_TARGET", fallbacks[i].env, 1);
        char want[160];
        if (strstr(compiled, fallbacks[i].name)) {
            nfallbacks++;
            kt_ok(kn_ctx_create(&c, KN_SIMD));
            snprintf(want, sizeof want, "simd: %s (", fallbacks[i].name);
            assert_non_null(strstr(kn_backend_info(KN_SIMD), want));
            kn_ctx_destroy(c);
        } else {
            snprintf(want, sizeof want, "KERNELS_SIMD_TARGET='%s': Highway target %s is not compiled into this library",
                     fallbacks[i].env, fallbacks[i].name);
            kt_expect_error(kn_ctx_create(&c, KN_SIMD), KN_ERR_UNAVAILABLE, want);
            kt_assert_error_contains("Highway compiles one portable fallback");
            assert_null(c);
        }
    }
    assert_int_equal(nfallbacks, 1);
    /* Every name the error lists as valid is accepted (this CPU may lack it),
     * and the info line then names that target. */
    setenv("KERNELS_SIMD_TARGET", "avx9000", 1);
    kt_expect_error(kn_ctx_create(&c, KN_SIMD), KN_ERR_INVALID_ARG, "valid targets are ");
    char valid[512];
    snprintf(valid, sizeof valid, "%s", strstr(kn_last_error(), "valid targets are ") + strlen("valid targets are "));
    *strstr(valid, " (") = '\0'; /* the list ends before " (usable here: ..." */
    int nvalid = 0;
    for (char *name = strtok(valid, ", "); name; name = strtok(NULL, ", ")) {
        nvalid++;
        setenv("KERNELS_SIMD_TARGET", name, 1);
        kn_status st = kn_ctx_create(&c, KN_SIMD);
        if (st == KN_OK) {
            char upper[32], want[64];
            size_t k = 0;
            for (; name[k] && k < sizeof upper - 1; k++) upper[k] = (char)(name[k] >= 'a' && name[k] <= 'z' ? name[k] - 32 : name[k]);
            upper[k] = '\0';
            snprintf(want, sizeof want, "simd: %s (", upper);
            if (!strstr(kn_backend_info(KN_SIMD), want)) fail_msg("KERNELS_SIMD_TARGET=%s: info '%s'", name, kn_backend_info(KN_SIMD));
            kn_ctx_destroy(c);
        } else {
            kt_expect_error(st, KN_ERR_UNAVAILABLE, "this CPU does not support");
        }
    }
    assert_true(nvalid >= 2);
    /* Unknown: invalid, listing the valid names; the default ctx is unaffected. */
    setenv("KERNELS_SIMD_TARGET", "avx9000", 1);
    kt_expect_error(kn_ctx_create(&c, KN_SIMD), KN_ERR_INVALID_ARG, "valid targets are");
    assert_null(c);
    assert_non_null(strstr(kn_backend_info(KN_SIMD), "avx9000"));
#if defined(__x86_64__) || defined(__i386__)
    setenv("KERNELS_SIMD_TARGET", "neon", 1);
    kt_expect_error(kn_ctx_create(&c, KN_SIMD), KN_ERR_UNAVAILABLE, "not compiled");
    assert_null(c);
#endif
    /* Only auto (or nothing) means "not restricted". */
    setenv("KERNELS_SIMD_TARGET", "best", 1);
    kt_expect_error(kn_ctx_create(&c, KN_SIMD), KN_ERR_INVALID_ARG, "valid targets are");
    setenv("KERNELS_SIMD_TARGET", " AUTO ", 1);
    kt_ok(kn_ctx_create(&c, KN_SIMD));
    kn_ctx_destroy(c);
    unsetenv("KERNELS_SIMD_TARGET");
    kt_ok(kn_ctx_create(&c, KN_SIMD));
    assert_non_null(strstr(kn_backend_info(KN_SIMD), "Highway"));
    kn_ctx_destroy(c);
}

/* ---- Julia ---------------------------------------------------------------- */

static void julia_compare(const kn_julia_params *p, const char *what)
{
    size_t n = (size_t)p->width * (size_t)p->height;
    int32_t *want = kt_xmalloc(n * sizeof *want), *got = kt_xmalloc((n + 1) * sizeof *got);
    kt_ok(kn_julia(scalar_ctx, p, want));
    FOR_EACH_TARGET(t)
    {
        got[n] = 0x5a5a5a5a;
        kt_ok(kn_julia(simd_ctx[t], p, got));
        if (memcmp(got, want, n * sizeof *got)) print_message("julia %s, target '%s'\n", what, all_targets[t]);
        kt_assert_i32_identical(got, want, n, what);
        assert_int_equal(got[n], 0x5a5a5a5a);
    }
    free(want);
    free(got);
}

static void test_julia(void **state)
{
    (void)state;
    skip_if_no_simd();
    kn_julia_params p = KN_GOLDEN_JULIA;
    const size_t points = (size_t)p.width * (size_t)p.height;
    int32_t *c = kt_xmalloc(points * sizeof *c);
    FOR_EACH_TARGET(t)
    {
        kt_ok(kn_julia(simd_ctx[t], &p, c));
        int64_t sum = 0;
        for (size_t i = 0; i < points; i++) sum += c[i];
        kt_assert_i64_eq(sum, KN_GOLDEN_JULIA_SUM);
    }
    free(c);
    julia_compare(&p, "golden grid");
    /* Every width around the vector widths, small heights, max_iter edges. */
    for (int32_t w = 1; w <= 35; w++) {
        kn_julia_params q = {-1.6, 1.3, -1.1, 1.2, -0.62772, -0.42193, w, 1 + w % 4, 1 + (w * 7) % 40};
        julia_compare(&q, "small grid");
    }
    /* Rows as wide as the OpenMP unit (4096 pixels) and as the kernel's
     * batch (8192), +-1, and rows that span three batches; max_iter 300
     * reaches the phases longer than 32. */
    static const int32_t wide[] = {4095, 4096, 4097, 8191, 8192, 8193, 16400};
    for (size_t k = 0; k < sizeof wide / sizeof wide[0]; k++) {
        kn_julia_params q = {-1.6, 1.3, -1.1, 1.2, -0.62772, -0.42193, wide[k], 3, 300};
        julia_compare(&q, "rows of a batch and more");
    }
    for (int32_t it = 0; it <= 5; it++) {
        kn_julia_params q = {-2.0, 2.0, -2.0, 2.0, 0.285, 0.01, 37, 11, it};
        julia_compare(&q, "max_iter edge");
    }
    /* max_iter at the ends of the kernel's phases (4, 4+8, 4+8+16, 4+8+16+48
     * steps) +-1; last phases of 64 steps (8-step unchecked runs), 65 (two
     * 32-step runs and one tested step), 96 (three 32-step runs) and 104
     * (three and one of 8); a grid whose rows straddle vectors. */
    static const int32_t phase_ends[] = {11, 12, 13, 27, 28, 29, 75, 76, 77, 140, 141, 172, 180};
    for (size_t k = 0; k < sizeof phase_ends / sizeof phase_ends[0]; k++) {
        kn_julia_params q = {-1.5, 1.5, -1.5, 1.5, -0.62772, -0.42193, 91, 45, phase_ends[k]};
        julia_compare(&q, "max_iter at a phase end");
        kn_julia_params b = {-1.5, 1.5, -1.5, 1.5, 1.1, 0.3, 91, 45, phase_ends[k]};
        julia_compare(&b, "max_iter at a phase end, |c| > 1");
    }
    /* |c| > 1: the path with a sticky mask (points may come back inside). */
    kn_julia_params big = {-2.5, 2.5, -2.5, 2.5, 1.3, -0.9, 123, 77, 200};
    julia_compare(&big, "|c| > 1");
    kn_julia_params mand = {-0.5, 0.5, -0.5, 0.5, -0.8, 0.156, 301, 203, 1000};
    julia_compare(&mand, "deep");
    /* Row ranges through the table, as the drivers call them. */
    const kn_cpu_prims *ops = kn_backend_ops_get(KN_SIMD)->prims;
    kn_julia_params r = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 97, 53, 120};
    int32_t *want = kt_xmalloc(97 * 53 * sizeof *want), *got = kt_xmalloc(97 * 53 * sizeof *got);
    kt_ok(kn_julia(scalar_ctx, &r, want));
    FOR_EACH_TARGET(t)
    {
        memset(got, 0xff, 97 * 53 * sizeof *got);
        for (int32_t row = 0; row < 53; row += 7)
            kt_ok(ops->julia_rows(simd_ctx[t], &r, row, row + 7 < 53 ? row + 7 : 53, got + (size_t)row * 97));
        kt_assert_i32_identical(got, want, 97 * 53, "julia by row ranges");
    }
    free(want);
    free(got);
}

static void test_julia_points(void **state)
{
    (void)state;
    skip_if_no_simd();
    const size_t n = 20011;
    double *zr = kt_xmalloc(n * sizeof *zr), *zi = kt_xmalloc(n * sizeof *zi);
    double *cr = kt_xmalloc(n * sizeof *cr), *ci = kt_xmalloc(n * sizeof *ci);
    kt_fill_f64(zr, n, 1, -2.2, 2.2);
    kt_fill_f64(zi, n, 2, -2.2, 2.2);
    kt_fill_f64(cr, n, 3, -1.5, 1.5);
    kt_fill_f64(ci, n, 4, -1.5, 1.5);
    zr[5] = NAN;
    zi[6] = INFINITY;
    cr[7] = NAN;
    zr[8] = 0.0, zi[8] = 0.0, cr[8] = 0.0, ci[8] = 0.0; /* never escapes */
    cr[9] = 3.0;                                           /* |c| > 2 */
    int32_t *want = kt_xmalloc(n * sizeof *want), *got = kt_xmalloc((n + 1) * sizeof *got);
    static const size_t sizes[] = {1,  2,  3,  4,  5,  7,    8,    9,    15,   16,   17,   31,
                                   32, 33, 63, 64, 65, 4095, 4096, 4097, 8191, 8192, 8193, 20011};
    /* Both reach the phases longer than 32 steps (wider groups). */
    static const int32_t iters[] = {150, 300};
    for (size_t it = 0; it < sizeof iters / sizeof iters[0]; it++)
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
            for (size_t off = 0; off < 3; off++) {
                size_t m = sizes[s] - (sizes[s] > off ? off : 0);
                kt_ok(kn_julia_points(scalar_ctx, m, zr + off, zi + off, cr + off, ci + off, iters[it], want));
                FOR_EACH_TARGET(t)
                {
                    got[m] = 77;
                    kt_ok(kn_julia_points(simd_ctx[t], m, zr + off, zi + off, cr + off, ci + off, iters[it], got));
                    kt_assert_i32_identical(got, want, m, "julia points");
                    assert_int_equal(got[m], 77);
                }
            }
    /* Points that never escape (z = c = 0) fill a whole batch's worklist,
     * padding to the end of its arrays. */
    const size_t full = 8200;
    memset(zr, 0, full * sizeof *zr);
    FOR_EACH_TARGET(t)
    {
        got[full] = 77;
        kt_ok(kn_julia_points(simd_ctx[t], full, zr, zr, zr, zr, 150, got));
        for (size_t k = 0; k < full; k++) assert_int_equal(got[k], 150);
        assert_int_equal(got[full], 77);
    }
    free(zr);
    free(zi);
    free(cr);
    free(ci);
    free(want);
    free(got);
}

/* ---- firewall ----------------------------------------------------------- */

static void fw_compare(const kn_layer *l, size_t n, int64_t max_delay, const char *what)
{
    int64_t want = -1, got = -1;
    kn_status sw = kn_firewall_first_safe_delay(scalar_ctx, l, n, max_delay, &want);
    FOR_EACH_TARGET(t)
    {
        got = -1;
        kn_status sg = kn_firewall_first_safe_delay(simd_ctx[t], l, n, max_delay, &got);
        if (sg != sw || got != want)
            fail_msg("%s (target '%s', max_delay %lld): simd %s %lld, scalar %s %lld", what, all_targets[t],
                     (long long)max_delay, kn_status_str(sg), (long long)got, kn_status_str(sw), (long long)want);
    }
}

static void test_firewall(void **state)
{
    (void)state;
    skip_if_no_simd();
    const kn_layer ex[] = KN_GOLDEN_FIREWALL_LAYERS;
    FOR_EACH_TARGET(t)
    {
        int64_t sev = 0, d = 0;
        kt_ok(kn_firewall_severity(simd_ctx[t], ex, 4, 0, &sev));
        kt_assert_i64_eq(sev, KN_GOLDEN_FIREWALL_SEVERITY);
        kt_ok(kn_firewall_first_safe_delay(simd_ctx[t], ex, 4, 1000, &d));
        kt_assert_i64_eq(d, KN_GOLDEN_FIREWALL_DELAY);
    }
    for (int64_t md = 0; md <= 12; md++) fw_compare(ex, 4, md, "example, small max_delay");
    /* Random puzzle-like firewalls: wheels of many sizes, many checks. */
    uint64_t seed = 12345;
    kn_layer l[64];
    for (int rep = 0; rep < 120; rep++) {
        size_t n = 3 + kt_splitmix64(&seed) % 40;
        int64_t depth = 0;
        for (size_t i = 0; i < n; i++) {
            depth += 1 + (int64_t)(kt_splitmix64(&seed) % 3);
            l[i].depth = depth;
            l[i].range = 2 + (int64_t)(kt_splitmix64(&seed) % (rep % 3 == 0 ? 18 : 40));
        }
        fw_compare(l, n, INT64_MAX, "random firewall");
        fw_compare(l, n, (int64_t)(kt_splitmix64(&seed) % 5000000), "random firewall, random max_delay");
    }
    /* Large periods (beyond the 32-bit table) and a lone big layer. */
    const kn_layer huge[] = {{0, 3}, {1, 5}, {3, (int64_t)1 << 40}, {7, 1000003}, {9, 999983}};
    fw_compare(huge, 5, INT64_MAX, "large periods");
    /* The plan's scan from a later turn, as the firewall driver runs it. */
    const kn_cpu_prims *so = &kn_scalar_prims, *vo = kn_backend_ops_get(KN_SIMD)->prims;
    seed = 99;
    for (int rep = 0; rep < 40; rep++) {
        size_t n = 10 + kt_splitmix64(&seed) % 30;
        for (size_t i = 0; i < n; i++) {
            l[i].depth = (int64_t)i * 2 + (int64_t)(kt_splitmix64(&seed) % 2);
            l[i].range = 2 + (int64_t)(kt_splitmix64(&seed) % 30);
        }
        kn_fw_plan plan;
        uint64_t limit = UINT64_MAX >> 1;
        if (kn_fw_plan_build(l, n, &plan, &limit) != KN_OK) continue;
        for (uint64_t turn = 0; turn < 5; turn++) {
            uint64_t from = turn * 3 * plan.wheel, lim = from + (kt_splitmix64(&seed) % (50 * plan.wheel + 1));
            uint64_t dw = 1, dg = 2;
            kn_status sw = so->fw_scan(scalar_ctx, &plan, from, lim, &dw);
            FOR_EACH_TARGET(t)
            {
                dg = 2;
                kn_status sg = vo->fw_scan(simd_ctx[t], &plan, from, lim, &dg);
                assert_int_equal(sg, sw);
                if (sw == KN_OK) kt_assert_i64_eq(dg, dw);
            }
        }
        kn_fw_plan_free(&plan);
    }
    /* The real puzzle inputs, when present. */
    for (int k = 1; k <= 20; k++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/aoc2017-day13-%02d.txt", KERNELS_FIREWALL_DATA, k);
        char *text = kt_read_file(path, NULL);
        if (!text) continue;
        kn_layer *pl = NULL;
        size_t pn = 0;
        if (kn_firewall_parse(text, &pl, &pn) == KN_OK) fw_compare(pl, pn, INT64_MAX, path);
        kn_free(pl);
        free(text);
    }
}

/* ---- norm-square -------------------------------------------------------- */

static const size_t norm_sizes[] = {1,    2,    3,    7,    8,    9,    15,   16,   17,    31,    32,   33,
                                    63,   64,   65,   2047, 2048, 2049, 4095, 4096, 4097,  6143,  6144, 6145,
                                    8191, 8192, 8193, 2048 * 5 + 31, 2048 * 5 + 33,
                                    /* runs of 64 blocks read as 4 streams (AVX-512) */
                                    131071, 131072, 131073, 131072 + 2048, 262143, 1000003};

static void test_norm_f64(void **state)
{
    (void)state;
    skip_if_no_simd();
    const size_t nmax = 1000003 + 8;
    double *x = kt_xmalloc(nmax * sizeof *x);
    kt_fill_f64_mixed(x, nmax, 7, -30, 30, 1);
    for (size_t s = 0; s < sizeof norm_sizes / sizeof norm_sizes[0]; s++)
        for (size_t off = 0; off < 4; off += 1 + 2 * (norm_sizes[s] > 100000)) {
            double want = 0, got = 0;
            kt_ok(kn_norm_square_f64(scalar_ctx, x + off, norm_sizes[s], &want));
            FOR_EACH_TARGET(t)
            {
                kt_ok(kn_norm_square_f64(simd_ctx[t], x + off, norm_sizes[s], &got));
                kt_assert_f64_bits(got, want, "norm_square_f64");
            }
        }
    /* Golden, inf and NaN. */
    for (size_t i = 0; i < KN_GOLDEN_NORM_N; i++) x[i] = (double)i;
    FOR_EACH_TARGET(t)
    {
        double got = 0;
        kt_ok(kn_norm_square_f64(simd_ctx[t], x, KN_GOLDEN_NORM_N, &got));
        kt_assert_f64_bits(got, KN_GOLDEN_NORM_F64, "golden norm_square_f64");
        x[4000] = 1e200;
        kt_ok(kn_norm_square_f64(simd_ctx[t], x, 10000, &got));
        assert_true(isinf(got));
        x[4000] = NAN;
        kt_ok(kn_norm_square_f64(simd_ctx[t], x, 10000, &got));
        assert_true(isnan(got));
        x[4000] = 4000.0;
    }
    free(x);
}

static void norm_i64_compare(const int64_t *x, size_t n, const char *what)
{
    int64_t want = -1, got = -1;
    kn_status sw = kn_norm_square_i64(scalar_ctx, x, n, &want);
    FOR_EACH_TARGET(t)
    {
        got = -1;
        kn_status sg = kn_norm_square_i64(simd_ctx[t], x, n, &got);
        if (sg != sw) fail_msg("%s (target '%s', n %zu): simd %s, scalar %s", what, all_targets[t], n, kn_status_str(sg), kn_status_str(sw));
        if (sw == KN_OK) kt_assert_i64_eq(got, want);
    }
}

static void test_norm_i64(void **state)
{
    (void)state;
    skip_if_no_simd();
    const size_t nmax = 1000003 + 8;
    int64_t *x = kt_xmalloc(nmax * sizeof *x);
    kt_fill_i64(x, nmax, 11, -3000000, 3000000);
    for (size_t s = 0; s < sizeof norm_sizes / sizeof norm_sizes[0]; s++)
        for (size_t off = 0; off < 3; off++) norm_i64_compare(x + off, norm_sizes[s], "random i64");
    for (size_t i = 0; i < KN_GOLDEN_NORM_N; i++) x[i] = (int64_t)i;
    FOR_EACH_TARGET(t)
    {
        int64_t got = 0;
        kt_ok(kn_norm_square_i64(simd_ctx[t], x, KN_GOLDEN_NORM_N, &got));
        kt_assert_i64_eq(got, KN_GOLDEN_NORM_I64);
    }
    /* Squares summing to exactly INT64_MAX, then one more: at every position
     * and size around the vector widths. */
    static const int64_t exact[] = {3037000499LL, 76996, 377, 25, 6};
    for (size_t n = 5; n <= 40; n++)
        for (size_t pos = 0; pos + 5 <= n; pos += 3) {
            memset(x, 0, n * sizeof *x);
            for (size_t k = 0; k < 5; k++) x[(pos + k * 7) % n] = (k % 2) ? -exact[k] : exact[k];
            int collide = 0;
            for (size_t k = 0; k < 5 && !collide; k++)
                for (size_t j = 0; j < k; j++) collide |= (pos + k * 7) % n == (pos + j * 7) % n;
            if (collide) continue;
            norm_i64_compare(x, n, "sum == INT64_MAX");
            int64_t got = 0;
            kt_ok(kn_norm_square_i64(simd_ctx[0] ? simd_ctx[0] : scalar_ctx, x, n, &got));
            kt_assert_i64_eq(got, INT64_MAX);
            for (size_t k = 0; k < n; k++)
                if (x[k] == 0) {
                    x[k] = 1;
                    break;
                }
            norm_i64_compare(x, n, "sum == INT64_MAX + 1");
        }
    /* Out-of-range elements, INT64_MIN, lanes passing 2^63 and wrapping. */
    static const int64_t bad[] = {3037000500LL, -3037000500LL, INT64_MIN, INT64_MAX};
    for (size_t b = 0; b < 4; b++)
        for (size_t pos = 0; pos < 19; pos++) {
            memset(x, 0, 19 * sizeof *x);
            x[pos] = bad[b];
            norm_i64_compare(x, 19, "out-of-range element");
        }
    for (size_t n = 1; n <= 70; n++) {
        for (size_t i = 0; i < n; i++) x[i] = 3037000499LL;
        norm_i64_compare(x, n, "many large squares");
    }
    free(x);
}

/* ---- suffix sums ---------------------------------------------------------- */

static void suffix_compare(const double *x, size_t n, const char *what)
{
    double *want = kt_xmalloc((n + 1) * sizeof *want), *got = kt_xmalloc((n + 1) * sizeof *got);
    double *inplace = kt_xmalloc((n + 1) * sizeof *inplace);
    kt_ok(kn_suffix_sums_f64(scalar_ctx, x, n, want));
    FOR_EACH_TARGET(t)
    {
        got[n] = 42.0;
        kt_ok(kn_suffix_sums_f64(simd_ctx[t], x, n, got));
        if (memcmp(got, want, n * sizeof *got)) print_message("%s: n %zu target '%s'\n", what, n, all_targets[t]);
        kt_assert_f64_identical(got, want, n, what);
        assert_true(got[n] == 42.0);
        memcpy(inplace, x, n * sizeof *x);
        kt_ok(kn_suffix_sums_f64(simd_ctx[t], inplace, n, inplace));
        kt_assert_f64_identical(inplace, want, n, "suffix sums in place");
    }
    free(want);
    free(got);
    free(inplace);
}

/* Outputs that trail x by a few bytes modulo a 4 KiB page in scan order
 * (later for prefix sums, earlier for suffix sums), where a row's stores
 * share page offsets with the rows loaded next: distances on both sides of
 * the kernel's 512-byte window, in both directions, through the
 * whole-array scan (streamed and not), the API, and the scan from given
 * carries with the next piece's totals taken meanwhile (the next piece
 * being x itself). x and out live in one buffer, out a whole number of
 * pages plus the trail past x (or before it). */
static void test_scan_trailing_out(void **state)
{
    (void)state;
    skip_if_no_simd();
    const kn_cpu_prims *so = kn_backend_ops_get(KN_SCALAR)->prims, *vo = kn_backend_ops_get(KN_SIMD)->prims;
    const size_t n = 9 * KN_SCAN_BLOCK + 3, nb = 10, page = 4096 / sizeof(double), span = (n / page + 2) * page;
    double *buf = kt_xmalloc(2 * span * sizeof *buf), *want = kt_xmalloc(n * sizeof *want);
    double carries[10], tw[10], tg[10];
    for (size_t b = 0; b < nb; b++) carries[b] = 0.25 * (double)b - 1.0;
    static const size_t trails[] = {8, 64, 504, 512};
    for (int dir = 0; dir < 2; dir++)
        for (size_t k = 0; k < sizeof trails / sizeof trails[0]; k++) {
            const size_t t8 = trails[k] / sizeof(double);
            /* prefix: out = x + span + t8; suffix: x = out + span + t8. */
            double *x = dir ? buf + span + t8 : buf, *out = dir ? buf : buf + span + t8;
            kt_fill_f64_mixed(x, n, 31 + k, -20, 20, 1);
            const kn_scan_dir sd = dir ? KN_SCAN_SUFFIX : KN_SCAN_PREFIX;
            FOR_EACH_TARGET(t)
            {
                kt_ok(so->scan_f64(scalar_ctx, sd, x, n, want, 0.0, 0));
                for (int stream = 0; stream < 2; stream++) {
                    memset(out, 0xff, n * sizeof *out);
                    kt_ok(vo->scan_f64(simd_ctx[t], sd, x, n, out, 0.0, stream));
                    kt_assert_f64_identical(out, want, n, "scan with a trailing out");
                }
                memset(out, 0xff, n * sizeof *out);
                kt_ok(dir ? kn_suffix_sums_f64(simd_ctx[t], x, n, out) : kn_prefix_sums_f64(simd_ctx[t], x, n, out));
                kt_assert_f64_identical(out, want, n, "sums with a trailing out");
                so->scan_blocks(scalar_ctx, sd, x, n, want, carries, 0, NULL, NULL);
                so->scan_totals(scalar_ctx, sd, x, n, tw);
                memset(out, 0xff, n * sizeof *out);
                vo->scan_blocks(simd_ctx[t], sd, x, n, out, carries, 0, x, tg);
                kt_assert_f64_identical(out, want, n, "scan from given carries with a trailing out");
                kt_assert_f64_identical(tg, tw, nb, "next totals with a trailing out");
            }
        }
    free(buf);
    free(want);
}

static void test_suffix_sums(void **state)
{
    (void)state;
    skip_if_no_simd();
    const size_t nmax = 1000003 + 8;
    double *x = kt_xmalloc(nmax * sizeof *x);
    kt_fill_f64_mixed(x, nmax, 21, -20, 20, 1);
    static const size_t blocks[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 33};
    static const int deltas[] = {-1, 0, 1, 5};
    for (size_t b = 0; b < sizeof blocks / sizeof blocks[0]; b++)
        for (size_t dd = 0; dd < 4; dd++) {
            long n = (long)blocks[b] * KN_SCAN_BLOCK + deltas[dd];
            if (n <= 0) continue;
            for (size_t off = 0; off < 2; off++) suffix_compare(x + off, (size_t)n, "suffix sums");
        }
    for (size_t n = 1; n <= 40; n++) suffix_compare(x + 3, n, "suffix sums, small");
    suffix_compare(x + 1, 1000003, "suffix sums, large");
    /* Past 64 MiB the output is streamed, with masked partial rows at each
     * block's ends when out is not aligned: every misalignment. */
    {
        const size_t big = ((size_t)64 << 20) / sizeof(double) + 3 * KN_SCAN_BLOCK + 5;
        double *bx = kt_xmalloc((big + 8) * sizeof *bx);
        double *bw = kt_xmalloc((big + 8) * sizeof *bw), *bg = kt_xmalloc((big + 8) * sizeof *bg);
        kt_fill_f64_mixed(bx, big + 8, 23, -20, 20, 1);
        for (size_t off = 0; off < 8; off += 3) {
            kt_ok(kn_suffix_sums_f64(scalar_ctx, bx, big, bw + off));
            FOR_EACH_TARGET(t)
            {
                kt_ok(kn_suffix_sums_f64(simd_ctx[t], bx, big, bg + off));
                kt_assert_f64_identical(bg + off, bw + off, big, "suffix sums, streamed");
            }
        }
        free(bx);
        free(bw);
        free(bg);
    }
    /* Golden. */
    for (size_t i = 0; i < KN_GOLDEN_SUFFIX_N; i++) x[i] = (double)i;
    double *out = kt_xmalloc(KN_GOLDEN_SUFFIX_N * sizeof *out);
    FOR_EACH_TARGET(t)
    {
        kt_ok(kn_suffix_sums_f64(simd_ctx[t], x, KN_GOLDEN_SUFFIX_N, out));
        double sum = 0;
        for (size_t i = 0; i < KN_GOLDEN_SUFFIX_N; i++) sum += out[i];
        kt_assert_f64_bits(out[0], KN_GOLDEN_SUFFIX_FIRST, "golden out[0]");
        kt_assert_f64_bits(sum, KN_GOLDEN_SUFFIX_SUM, "golden sum");
        kt_assert_f64_bits(out[KN_GOLDEN_SUFFIX_N - 1], 0.0, "golden out[n-1]");
    }
    free(out);
    /* Carries and block totals through the table (the drivers' use). */
    const kn_cpu_prims *so = &kn_scalar_prims, *vo = kn_backend_ops_get(KN_SIMD)->prims;
    kt_fill_f64_mixed(x, nmax, 22, -20, 20, 1);
    const size_t n = 37 * KN_SCAN_BLOCK + 11, nb = (n + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
    double *want = kt_xmalloc(n * sizeof *want), *got = kt_xmalloc(n * sizeof *got);
    double *tw = kt_xmalloc(nb * sizeof *tw), *tg = kt_xmalloc(nb * sizeof *tg);
    double *carries = kt_xmalloc(nb * sizeof *carries), *shifted = kt_xmalloc((n + 8) * sizeof *shifted);
    kt_ok(so->scan_f64(scalar_ctx, KN_SCAN_SUFFIX, x, n, want, 12345.678, 0));
    so->scan_totals(scalar_ctx, KN_SCAN_SUFFIX, x + 1, n, tw);
    FOR_EACH_TARGET(t)
    {
        kt_ok(vo->scan_f64(simd_ctx[t], KN_SCAN_SUFFIX, x, n, got, 12345.678, 0));
        kt_assert_f64_identical(got, want, n, "suffix sums with a carry");
        /* Streamed (the core asks for it on large outputs), at every start
         * within a 64-byte line. */
        for (size_t off = 0; off < 8; off++) {
            kt_ok(vo->scan_f64(simd_ctx[t], KN_SCAN_SUFFIX, x, n - off, got + off, 12345.678, 1));
            kt_ok(so->scan_f64(scalar_ctx, KN_SCAN_SUFFIX, x, n - off, want + off, 12345.678, 0));
            kt_assert_f64_identical(got + off, want + off, n - off, "suffix sums streamed");
        }
        kt_ok(so->scan_f64(scalar_ctx, KN_SCAN_SUFFIX, x, n, want, 12345.678, 0));
        vo->scan_totals(simd_ctx[t], KN_SCAN_SUFFIX, x + 1, n, tg);
        kt_assert_f64_identical(tg, tw, nb, "block totals");
        /* Step 4 alone from given carries (the scan driver's second pass),
         * plain and streamed at every start within a 64-byte line: the
         * carries of x chained from its own totals give the suffix sums.
         * Streamed, it also takes the block totals of x meanwhile, as the
         * driver does for the piece it reads next: the same bits. */
        so->scan_totals(scalar_ctx, KN_SCAN_SUFFIX, x, n, carries);
        double running = 12345.678;
        for (size_t b = nb; b-- > 0;) {
            double total = carries[b];
            carries[b] = running;
            running = running + total;
        }
        for (size_t off = 0; off < 8; off++)
            for (int stream = 0; stream < 2; stream++) {
                memset(tg, 0, nb * sizeof *tg);
                vo->scan_blocks(simd_ctx[t], KN_SCAN_SUFFIX, x, n, shifted + off, carries, stream, stream ? x + 1 : NULL, tg);
                kt_assert_f64_identical(shifted + off, want, n, "suffix scan from given carries");
                if (stream) kt_assert_f64_identical(tg, tw, nb, "block totals taken while scanning");
            }
    }
    free(want);
    free(got);
    free(shifted);
    free(carries);
    free(tw);
    free(tg);
    free(x);
}

/* ---- expressions -------------------------------------------------------- */

static uint64_t ulp_distance(double a, double b)
{
    if (a == b || (isnan(a) && isnan(b))) return 0;
    if (isnan(a) || isnan(b) || signbit(a) != signbit(b)) return UINT64_MAX;
    int64_t ia, ib;
    memcpy(&ia, &a, 8);
    memcpy(&ib, &b, 8);
    return ia > ib ? (uint64_t)(ia - ib) : (uint64_t)(ib - ia);
}

/* Bit-identical, except that any NaN matches any NaN (IEEE leaves the sign
 * and payload of a NaN result to the hardware and operand order). */
static void expr_identical(const double *got, const double *want, size_t n, const char *what, const char *target)
{
    for (size_t i = 0; i < n; i++)
        if (memcmp(&got[i], &want[i], sizeof(double)) != 0 && !(isnan(got[i]) && isnan(want[i])))
            fail_msg("%s, target '%s', i %zu: simd %a, scalar %a", what, target, i, got[i], want[i]);
}

static void test_expr(void **state)
{
    (void)state;
    skip_if_no_simd();
    static const struct {
        const char *src;
        int exact;
    } cases[] = {
        {"data + data * 5 + 4", 1},
        {"a - b / (c + 0.5) * -a ** 2", 0},
        {"where(a < b, a % 3, -b % 2.5) + (a >= c) - (b != b) + (a == c)", 1},
        {"minimum(a, b) * maximum(b, c) + abs(a) + floor(b) - ceil(c) + sqrt(abs(c))", 1},
        {"(a > 0) & (b < 0) | ~(c <= 1)", 1},
        /* The transcendentals: SLEEF's finz functions, the same bits on
         * every target (vector forms and the d1 form in tails). */
        {"exp(a)", 1}, {"exp(a * 300)", 1}, {"log10(abs(b))", 1}, {"log10(c)", 1}, {"log1p(abs(c))", 1},
        {"log1p(b)", 1}, {"arcsin(a / 3)", 1}, {"arcsin(c)", 1}, {"arccos(b / 3)", 1},
        {"sin(a) + cos(b) + tan(c) + arctan(a) + arctan2(a, b) + sinh(c) + cosh(a) + tanh(b)", 1},
        {"expm1(a) + log(abs(b)) + data ** c", 1},
        {"arcsinh(a) + arccosh(abs(b) + 1) + arctanh(c / 4) + exp2(a) + log2(abs(b)) + cbrt(c)", 1},
        {"fmod(a, b) + trunc(c) + round(a) + sign(b) + copysign(a, c) + nextafter(a, b) + isnan(a) + "
         "isinf(b) + isfinite(c) + signbit(a)", 1},
    };
    const char *names[] = {"data", "a", "b", "c"};
    const size_t n = 5003;
    double *v[4];
    for (int k = 0; k < 4; k++) {
        v[k] = kt_xmalloc(n * sizeof(double));
        kt_fill_f64(v[k], n, 100 + k, -3.0, 3.0);
    }
    v[1][3] = NAN, v[2][4] = INFINITY, v[3][5] = -INFINITY, v[1][6] = 0.0, v[2][7] = -0.0, v[3][8] = 1.0;
    v[1][9] = -800.0, v[3][10] = -1.0, v[2][11] = 1e-310;
    double *want = kt_xmalloc((n + 1) * sizeof *want), *got = kt_xmalloc((n + 1) * sizeof *got);
    for (size_t q = 0; q < sizeof cases / sizeof cases[0]; q++) {
        kn_expr *e = NULL;
        kt_ok(kn_expr_compile(cases[q].src, 4, names, &e));
        static const size_t sizes[] = {1, 3, 7, 8, 9, 17, 255, 256, 257, 1023, 1024, 1025, 5003};
        for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
            size_t m = sizes[si];
            kt_ok(kn_expr_eval(scalar_ctx, e, m, (const double *const *)v, want));
            FOR_EACH_TARGET(t)
            {
                got[m] = 99.0;
                kt_ok(kn_expr_eval(simd_ctx[t], e, m, (const double *const *)v, got));
                assert_true(got[m] == 99.0);
                if (cases[q].exact) {
                    expr_identical(got, want, m, cases[q].src, all_targets[t]);
                } else {
                    for (size_t i = 0; i < m; i++)
                        if (ulp_distance(got[i], want[i]) > 3)
                            fail_msg("%s, target '%s', i %zu: simd %a, scalar %a", cases[q].src, all_targets[t], i,
                                     got[i], want[i]);
                }
            }
        }
        /* In place: out is one of the inputs. */
        double *w = kt_xmalloc(n * sizeof *w);
        FOR_EACH_TARGET(t)
        {
            memcpy(w, v[1], n * sizeof *w);
            const double *vv[4] = {v[0], w, v[2], v[3]};
            kt_ok(kn_expr_eval(scalar_ctx, e, n, vv, want));
            memcpy(w, v[1], n * sizeof *w);
            kt_ok(kn_expr_eval(simd_ctx[t], e, n, vv, w));
            if (cases[q].exact) expr_identical(w, want, n, "expr in place", all_targets[t]);
        }
        /* Streamed output (the core asks for it on large outputs): through
         * the table, at every start within a 64-byte line and across block
         * ends, and in place. */
        const kn_cpu_prims *ops = kn_backend_ops_get(KN_SIMD)->prims;
        static const size_t stream_sizes[] = {1, 7, 8, 9, 255, 256, 257, 5003 - 8};
        FOR_EACH_TARGET(t)
        for (size_t si = 0; si < sizeof stream_sizes / sizeof stream_sizes[0]; si++) {
            size_t m = stream_sizes[si];
            kt_ok(kn_expr_eval(scalar_ctx, e, m, (const double *const *)v, want));
            for (size_t off = 0; off < 8; off++) {
                got[off + m] = 99.0;
                kt_ok(ops->expr_eval(simd_ctx[t], e, m, (const double *const *)v, NULL, got + off, 1));
                assert_true(got[off + m] == 99.0);
                if (cases[q].exact) expr_identical(got + off, want, m, "expr streamed", all_targets[t]);
            }
            memcpy(w, v[1], m * sizeof *w);
            const double *vv[4] = {v[0], w, v[2], v[3]};
            kt_ok(ops->expr_eval(simd_ctx[t], e, m, vv, NULL, w, 1));
            if (cases[q].exact) expr_identical(w, want, m, "expr streamed in place", all_targets[t]);
        }
        free(w);
        kn_expr_free(e);
    }
    for (int k = 0; k < 4; k++) free(v[k]);
    free(want);
    free(got);
}

/* Sums, dots and prefix sums on every target give scalar's bits: sizes
 * around the groups of L blocks, unaligned starts, in place, and the
 * primitives the drivers call (block totals, scans from given carries). */
static void test_sums_prefix(void **state)
{
    (void)state;
    skip_if_no_simd();
    static const size_t sizes[] = {1, 7, 9, 1023, 1025, 2047, 2049, 8 * 1024 - 1, 8 * 1024 + 1, 16 * 1024 + 5, 300001};
    const size_t nmax = 300001 + 8;
    double *x = kt_xmalloc(nmax * sizeof *x), *y = kt_xmalloc(nmax * sizeof *y);
    double *want = kt_xmalloc(nmax * sizeof *want), *got = kt_xmalloc(nmax * sizeof *got);
    kt_fill_f64_mixed(x, nmax, 31, -20, 20, 1);
    kt_fill_f64_mixed(y, nmax, 32, -20, 20, 1);
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++)
        for (size_t off = 0; off < 3; off += 2) {
            size_t n = sizes[si];
            double ws, wd, gs, gd;
            kt_ok(kn_sum_f64(scalar_ctx, x + off, n, &ws));
            kt_ok(kn_dot_f64(scalar_ctx, x + off, y + 1, n, &wd));
            kt_ok(kn_prefix_sums_f64(scalar_ctx, x + off, n, want));
            FOR_EACH_TARGET(t)
            {
                kt_ok(kn_sum_f64(simd_ctx[t], x + off, n, &gs));
                kt_ok(kn_dot_f64(simd_ctx[t], x + off, y + 1, n, &gd));
                kt_assert_f64_bits(gs, ws, all_targets[t]);
                kt_assert_f64_bits(gd, wd, all_targets[t]);
                kt_ok(kn_prefix_sums_f64(simd_ctx[t], x + off, n, got));
                kt_assert_f64_identical(got, want, n, all_targets[t]);
                memcpy(got, x + off, n * sizeof *got);
                kt_ok(kn_prefix_sums_f64(simd_ctx[t], got, n, got));
                kt_assert_f64_identical(got, want, n, all_targets[t]);
            }
        }
    const kn_cpu_prims *so = &kn_scalar_prims, *vo = kn_backend_ops_get(KN_SIMD)->prims;
    const size_t n = 37 * KN_SCAN_BLOCK + 11, nb = (n + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
    double *tw = kt_xmalloc(nb * sizeof *tw), *tg = kt_xmalloc(nb * sizeof *tg);
    so->scan_totals(scalar_ctx, KN_SCAN_PREFIX, x + 1, n, tw);
    so->scan_blocks(scalar_ctx, KN_SCAN_PREFIX, x, n, want, y, 0, NULL, NULL); /* any carries */
    FOR_EACH_TARGET(t)
    {
        vo->scan_totals(simd_ctx[t], KN_SCAN_PREFIX, x + 1, n, tg);
        kt_assert_f64_identical(tg, tw, nb, all_targets[t]);
        vo->scan_blocks(simd_ctx[t], KN_SCAN_PREFIX, x, n, got, y, 0, NULL, NULL);
        kt_assert_f64_identical(got, want, n, all_targets[t]);
        /* Streamed (the core asks for it on large outputs), at every start
         * within a 64-byte line: masked partial rows at each block's ends;
         * the totals of x + 1 taken meanwhile. */
        for (size_t off = 0; off < 8; off++) {
            memset(tg, 0, nb * sizeof *tg);
            vo->scan_blocks(simd_ctx[t], KN_SCAN_PREFIX, x, n, got + off, y, 1, x + 1, tg);
            kt_assert_f64_identical(got + off, want, n, "prefix scan from given carries, streamed");
            kt_assert_f64_identical(tg, tw, nb, "prefix block totals taken while scanning");
        }
    }
    for (size_t off = 0; off < 8; off++) {
        kt_ok(so->scan_f64(scalar_ctx, KN_SCAN_PREFIX, x, n - off, want + off, 12345.678, 0));
        FOR_EACH_TARGET(t)
        {
            kt_ok(vo->scan_f64(simd_ctx[t], KN_SCAN_PREFIX, x, n - off, got + off, 12345.678, 1));
            kt_assert_f64_identical(got + off, want + off, n - off, "prefix sums streamed");
        }
    }
    free(x), free(y), free(want), free(got), free(tw), free(tg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_target_choice), cmocka_unit_test(test_julia),
        cmocka_unit_test(test_julia_points),  cmocka_unit_test(test_firewall),
        cmocka_unit_test(test_norm_f64),      cmocka_unit_test(test_norm_i64),
        cmocka_unit_test(test_suffix_sums),   cmocka_unit_test(test_scan_trailing_out),
        cmocka_unit_test(test_sums_prefix),   cmocka_unit_test(test_expr),
    };
    return cmocka_run_group_tests_name("simd", tests, setup, teardown);
}
