/* The GPU backends (OpenCL; CUDA where a device exists) against scalar, bit
 * for bit, at boundary sizes, with inputs cut into device-sized pieces, on
 * large random inputs and on the golden cases; KERNELS_OPENCL_DEVICE;
 * the unavailable paths (no OpenCL platform, no CUDA device); threads. */
#include "core/expr.h"
#include "goldens.h"
#include "test_util.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/backend.h"
#include "gpu/device_kernels.h"

/* Internal hooks of the GPU backends (src/gpu/device.h,
 * src/gpu/opencl/opencl_internal.h); weak, so that the test also links when
 * no GPU backend is built in. */
void kn_gpu_set_piece_bytes(size_t bytes) __attribute__((weak));
kn_status kn_opencl_build_test(kn_ctx *ctx, const char *src) __attribute__((weak));
const char *kn_cl_error_name(int err) __attribute__((weak));
void kn_opencl_set_expr_kernel_max(size_t insns) __attribute__((weak));
size_t kn_opencl_expr_kernels_built(void) __attribute__((weak));
int kn_cl_icd_gpu_possible(const char *vendors, const char *vendor_path, char *why, size_t cap) __attribute__((weak));
extern const kn_device_kernels kn_opencl_device_kernels __attribute__((weak));
extern const kn_device_kernels kn_cuda_device_kernels __attribute__((weak));

static const kn_backend gpus[] = {KN_OPENCL, KN_CUDA};
#define NGPUS (sizeof gpus / sizeof gpus[0])

static void set_piece(size_t bytes)
{
    if (kn_gpu_set_piece_bytes) kn_gpu_set_piece_bytes(bytes);
}

/* Piece sizes every comparison runs with: the default, and small ones so that
 * inputs of a few thousand elements are cut into several pieces. */
static const size_t pieces[] = {0, 16384, 65536 + 8};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static int skip_unless(kn_backend b)
{
    if (kn_backend_available(b)) return 0;
    printf("SKIP %s: %s\n", kn_backend_name(b), kn_backend_info(b));
    fflush(stdout);
    return 1;
}

/* Runs `body` once per available GPU backend and piece size with a fresh
 * context; skips the test when no GPU backend is available. */
#define FOR_EACH_GPU(ctx, ...)                                                            \
    do {                                                                                  \
        int ran_ = 0;                                                                     \
        for (size_t g_ = 0; g_ < NGPUS; g_++) {                                           \
            if (!kn_backend_available(gpus[g_])) continue;                                \
            for (size_t p_ = 0; p_ < NPIECES; p_++) {                                     \
                set_piece(pieces[p_]);                                                    \
                kn_ctx *ctx = NULL;                                                       \
                kt_ok(kn_ctx_create(&ctx, gpus[g_]));                                     \
                __VA_ARGS__;                                                              \
                kn_ctx_destroy(ctx);                                                      \
                ran_ = 1;                                                                 \
            }                                                                             \
            set_piece(0);                                                                 \
        }                                                                                 \
        if (!ran_) {                                                                      \
            printf("SKIP: no GPU backend available (%s; %s)\n", kn_backend_info(KN_OPENCL), \
                   kn_backend_info(KN_CUDA));                                             \
            fflush(stdout);                                                               \
            skip();                                                                       \
        }                                                                                 \
    } while (0)

static kn_ctx *scalar_ctx(void)
{
    kn_ctx *c = NULL;
    kt_ok(kn_ctx_create(&c, KN_SCALAR));
    return c;
}

/* ---- availability and info ---------------------------------------------- */

static void test_opencl_info(void **state)
{
    (void)state;
    const char *info = kn_backend_info(KN_OPENCL);
    assert_non_null(info);
    printf("# %s\n# %s\n", info, kn_backend_info(KN_CUDA));
    if (skip_unless(KN_OPENCL)) skip();
    assert_true(strncmp(info, "opencl: ", 8) == 0);
    assert_non_null(strstr(info, " / ")); /* platform / device */
    kn_ctx *c = NULL;
    kt_ok(kn_ctx_create(&c, KN_OPENCL));
    assert_int_equal(kn_ctx_backend(c), KN_OPENCL);
    kn_ctx_destroy(c);
}

/* ---- golden cases ------------------------------------------------------- */

static void test_golden(void **state)
{
    (void)state;
    FOR_EACH_GPU(ctx, {
        kn_julia_params p = KN_GOLDEN_JULIA;
        const size_t points = (size_t)p.width * (size_t)p.height;
        int32_t *counts = kt_xmalloc(sizeof(int32_t) * points);
        kt_ok(kn_julia(ctx, &p, counts));
        long long sum = 0;
        for (size_t i = 0; i < points; i++) sum += counts[i];
        free(counts);
        kt_assert_i64_eq(sum, KN_GOLDEN_JULIA_SUM);

        kn_layer *l;
        size_t n;
        int64_t v;
        kt_ok(kn_firewall_parse(KN_GOLDEN_FIREWALL_TEXT, &l, &n));
        kt_ok(kn_firewall_severity(ctx, l, n, 0, &v));
        kt_assert_i64_eq(v, KN_GOLDEN_FIREWALL_SEVERITY);
        kt_ok(kn_firewall_first_safe_delay(ctx, l, n, INT64_MAX, &v));
        kt_assert_i64_eq(v, KN_GOLDEN_FIREWALL_DELAY);
        kt_expect_error(kn_firewall_first_safe_delay(ctx, l, n, 9, &v), KN_ERR_NOT_FOUND, NULL);
        kn_free(l);

        size_t m = KN_GOLDEN_NORM_N;
        int64_t *xi = kt_xmalloc(m * sizeof *xi);
        double *xd = kt_xmalloc(m * sizeof *xd), d;
        for (size_t i = 0; i < m; i++) xi[i] = (int64_t)i, xd[i] = (double)i;
        kt_ok(kn_norm_square_i64(ctx, xi, m, &v));
        kt_assert_i64_eq(v, KN_GOLDEN_NORM_I64);
        kt_ok(kn_norm_square_f64(ctx, xd, m, &d));
        kt_assert_f64_bits(d, KN_GOLDEN_NORM_F64, "golden norm_square_f64");
        free(xi);

        size_t k = KN_GOLDEN_SUFFIX_N;
        double *out = kt_xmalloc(k * sizeof *out);
        kt_ok(kn_suffix_sums_f64(ctx, xd, k, out));
        double s = 0;
        for (size_t i = 0; i < k; i++) s += out[i];
        kt_assert_f64_bits(out[0], KN_GOLDEN_SUFFIX_FIRST, "golden suffix out[0]");
        kt_assert_f64_bits(s, KN_GOLDEN_SUFFIX_SUM, "golden sum of suffix sums");
        free(out);
        free(xd);
    });
}

/* ---- Julia -------------------------------------------------------------- */

static void test_julia_grid(void **state)
{
    (void)state;
    static const int32_t sizes[][2] = {{1, 1}, {1, 7}, {7, 1}, {13, 11}, {64, 64}, {333, 97}, {1024, 5}};
    kn_ctx *sc = scalar_ctx();
    FOR_EACH_GPU(ctx, {
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
            kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, sizes[s][0], sizes[s][1], 300};
            size_t n = (size_t)p.width * (size_t)p.height;
            int32_t *a = kt_xmalloc(n * sizeof *a), *b = kt_xmalloc(n * sizeof *b);
            kt_ok(kn_julia(sc, &p, a));
            kt_ok(kn_julia(ctx, &p, b));
            kt_assert_i32_identical(b, a, n, "julia grid");
            /* off-centre, max_iter 0 and 1 */
            kn_julia_params q = {-0.3, 0.7001, -1.25, 0.1, 0.285, 0.01, sizes[s][0], sizes[s][1], (int32_t)(s % 3)};
            kt_ok(kn_julia(sc, &q, a));
            kt_ok(kn_julia(ctx, &q, b));
            kt_assert_i32_identical(b, a, n, "julia grid (small max_iter)");
            free(a);
            free(b);
        }
    });
    kn_ctx_destroy(sc);
}

static void test_julia_points(void **state)
{
    (void)state;
    static const size_t sizes[] = {1, 2, 63, 64, 65, 1000, 4099};
    kn_ctx *sc = scalar_ctx();
    size_t nmax = 4099;
    double *v[4];
    for (int k = 0; k < 4; k++) {
        v[k] = kt_xmalloc(nmax * sizeof(double));
        kt_fill_f64(v[k], nmax, 100 + (uint64_t)k, -1.5, 1.5);
    }
    v[0][3] = NAN;
    v[1][5] = INFINITY;
    v[2][7] = -INFINITY;
    v[0][9] = 2.0;
    v[1][9] = 0.0; /* |z|^2 == 4 exactly: not < 4 */
    int32_t *a = kt_xmalloc(nmax * sizeof *a), *b = kt_xmalloc(nmax * sizeof *b);
    FOR_EACH_GPU(ctx, {
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
            kt_ok(kn_julia_points(sc, sizes[s], v[0], v[1], v[2], v[3], 200, a));
            kt_ok(kn_julia_points(ctx, sizes[s], v[0], v[1], v[2], v[3], 200, b));
            kt_assert_i32_identical(b, a, sizes[s], "julia points");
        }
    });
    for (int k = 0; k < 4; k++) free(v[k]);
    free(a);
    free(b);
    kn_ctx_destroy(sc);
}

/* ---- firewall ----------------------------------------------------------- */

static void fw_compare(kn_ctx *ctx, kn_ctx *sc, const kn_layer *l, size_t n, int64_t max_delay)
{
    int64_t a = -1, b = -1;
    kn_status sa = kn_firewall_first_safe_delay(sc, l, n, max_delay, &a);
    kn_status sb = kn_firewall_first_safe_delay(ctx, l, n, max_delay, &b);
    assert_int_equal(sb, sa);
    kt_assert_i64_eq(b, a);
    for (int64_t d = 0; d < 50; d += 7) {
        sa = kn_firewall_severity(sc, l, n, d, &a);
        sb = kn_firewall_severity(ctx, l, n, d, &b);
        assert_int_equal(sb, sa);
        kt_assert_i64_eq(b, a);
    }
}

static void test_firewall(void **state)
{
    (void)state;
    kn_ctx *sc = scalar_ctx();
    FOR_EACH_GPU(ctx, {
        uint64_t seed = 7;
        for (int t = 0; t < 40; t++) {
            kn_layer l[48];
            size_t n = 1 + (size_t)kt_rand_i64(&seed, 0, 47);
            int64_t depth = 0;
            for (size_t i = 0; i < n; i++) {
                depth += kt_rand_i64(&seed, 1, 3);
                l[i].depth = depth;
                l[i].range = kt_rand_i64(&seed, 2, t < 20 ? 12 : 40);
            }
            fw_compare(ctx, sc, l, n, INT64_MAX);
            fw_compare(ctx, sc, l, n, kt_rand_i64(&seed, 0, 100000));
        }
        /* The AoC-like input: the answer is in the millions. */
        static const char aoc[] = "0: 3\n1: 2\n2: 4\n4: 4\n6: 5\n8: 6\n10: 8\n12: 8\n14: 6\n16: 6\n18: 9\n20: 8\n"
                                  "22: 6\n24: 10\n26: 12\n28: 8\n30: 8\n32: 14\n34: 12\n36: 8\n38: 12\n40: 12\n"
                                  "42: 12\n44: 12\n46: 12\n48: 14\n50: 12\n52: 12\n54: 10\n56: 14\n58: 12\n"
                                  "60: 14\n62: 14\n64: 14\n66: 14\n68: 14\n70: 14\n72: 14\n74: 20\n78: 18\n"
                                  "80: 17\n82: 14\n84: 14\n86: 18\n88: 18\n90: 17\n92: 18\n94: 18\n96: 20\n";
        kn_layer *l;
        size_t n;
        kt_ok(kn_firewall_parse(aoc, &l, &n));
        fw_compare(ctx, sc, l, n, INT64_MAX);
        kn_free(l);
        /* scan from a later turn through the table */
        kt_ok(kn_firewall_parse("0: 3\n1: 2\n4: 4\n6: 4\n", &l, &n));
        kn_fw_plan plan;
        uint64_t lim = UINT64_MAX >> 1, da = 0, db = 0;
        kt_ok(kn_fw_plan_build(l, n, &plan, &lim));
        for (uint64_t from = 0; from < 20 * plan.wheel; from += plan.wheel) {
            kn_status sa = kn_scalar_prims.fw_scan(sc, &plan, from, lim, &da);
            kn_status sb = ctx->ops->device->firewall_scan(ctx, &plan, from, lim, &db);
            assert_int_equal(sb, sa);
            assert_true(da == db);
        }
        kn_fw_plan_free(&plan);
        kn_free(l);
    });
    kn_ctx_destroy(sc);
}

/* The real puzzle inputs, when shared/data/firewall is there. */
static void test_firewall_inputs(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/MANIFEST.tsv", KERNELS_FIREWALL_DATA);
    char *manifest = kt_read_file(path, NULL);
    if (!manifest) {
        printf("SKIP: no firewall inputs at %s\n", KERNELS_FIREWALL_DATA);
        fflush(stdout);
        skip();
    }
    kn_ctx *sc = scalar_ctx();
    int files = 0;
    FOR_EACH_GPU(ctx, {
        char *save = NULL, *copy = strdup(manifest);
        for (char *line = strtok_r(copy, "\n", &save); line && files < 400; line = strtok_r(NULL, "\n", &save)) {
            char name[512];
            long long sev = -1, safe = -1;
            if (sscanf(line, "%511s %*d %*d %*d %lld %lld", name, &sev, &safe) != 3) continue;
            snprintf(path, sizeof path, "%s/%s", KERNELS_FIREWALL_DATA, name);
            char *text = kt_read_file(path, NULL);
            if (!text) continue;
            kn_layer *l;
            size_t n;
            if (kn_firewall_parse(text, &l, &n) == KN_OK) {
                fw_compare(ctx, sc, l, n, INT64_MAX);
                int64_t v;
                kt_ok(kn_firewall_severity(ctx, l, n, 0, &v));
                kt_assert_i64_eq(v, sev);
                kt_ok(kn_firewall_first_safe_delay(ctx, l, n, INT64_MAX, &v));
                kt_assert_i64_eq(v, safe);
                kn_free(l);
                files++;
            }
            free(text);
        }
        free(copy);
    });
    printf("# %d firewall inputs compared\n", files);
    free(manifest);
    kn_ctx_destroy(sc);
}

/* ---- norm-square -------------------------------------------------------- */

static const size_t sum_sizes[] = {1, 2, 31, 32, 33, 1023, 1024, 1025, 2047, 2048, 2049, 4095, 4096, 4097, 6145, 65537};

static void test_norm_f64(void **state)
{
    (void)state;
    kn_ctx *sc = scalar_ctx();
    size_t big = 3000017;
    double *x = kt_xmalloc(big * sizeof *x);
    kt_fill_f64_mixed(x, big, 42, -30, 30, 1);
    FOR_EACH_GPU(ctx, {
        double a, b;
        for (size_t s = 0; s < sizeof sum_sizes / sizeof sum_sizes[0]; s++) {
            kt_ok(kn_norm_square_f64(sc, x + 3, sum_sizes[s], &a));
            kt_ok(kn_norm_square_f64(ctx, x + 3, sum_sizes[s], &b));
            kt_assert_f64_bits(b, a, "norm_square_f64");
        }
        kt_ok(kn_norm_square_f64(sc, x, big, &a));
        kt_ok(kn_norm_square_f64(ctx, x, big, &b));
        kt_assert_f64_bits(b, a, "norm_square_f64 (large)");
    });
    /* IEEE specials: overflow to inf, NaN propagates */
    x[5] = 1e200;
    FOR_EACH_GPU(ctx, {
        double b;
        kt_ok(kn_norm_square_f64(ctx, x, 5000, &b));
        assert_true(isinf(b));
    });
    x[7] = NAN;
    FOR_EACH_GPU(ctx, {
        double b;
        kt_ok(kn_norm_square_f64(ctx, x, 5000, &b));
        assert_true(isnan(b));
    });
    free(x);
    kn_ctx_destroy(sc);
}

static void norm_i64_compare(kn_ctx *ctx, kn_ctx *sc, const int64_t *x, size_t n)
{
    int64_t a = -1, b = -1;
    kn_status sa = kn_norm_square_i64(sc, x, n, &a);
    kn_status sb = kn_norm_square_i64(ctx, x, n, &b);
    assert_int_equal(sb, sa);
    kt_assert_i64_eq(b, a);
    if (sb == KN_ERR_OVERFLOW) kt_assert_error_contains("INT64_MAX");
}

static void test_norm_i64(void **state)
{
    (void)state;
    kn_ctx *sc = scalar_ctx();
    size_t big = 2000003;
    int64_t *x = kt_xmalloc(big * sizeof *x);
    kt_fill_i64(x, big, 9, -2000000, 2000000);
    const int64_t R = 3037000499LL; /* largest |v| whose square fits */
    const int64_t rest = INT64_MAX - R * R, r2 = (int64_t)sqrt((double)rest);
    FOR_EACH_GPU(ctx, {
        for (size_t s = 0; s < sizeof sum_sizes / sizeof sum_sizes[0]; s++) norm_i64_compare(ctx, sc, x, sum_sizes[s]);
        norm_i64_compare(ctx, sc, x, big);
        int64_t e[3];
        int64_t cases[][3] = {
            {R, 0, 0},  {-R, 0, 0},  {R + 1, 0, 0},  {-R - 1, 0, 0}, {INT64_MIN, 0, 0}, {INT64_MAX, 0, 0},
            {R, r2, 0}, {R, -r2, 1}, {R, r2 + 1, 0}, {R, R, 0},      {0, 0, INT64_MIN},
        };
        for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
            memcpy(e, cases[c], sizeof e);
            norm_i64_compare(ctx, sc, e, 3);
        }
        /* an out-of-range element deep inside a large input, and a sum that
         * passes INT64_MAX only after many blocks */
        int64_t keep = x[1500000];
        x[1500000] = -R - 1;
        norm_i64_compare(ctx, sc, x, big);
        x[1500000] = keep;
        int64_t *y = kt_xmalloc(big * sizeof *y);
        for (size_t i = 0; i < big; i++) y[i] = 2147483647; /* 2^62-ish over ~2.1M elements */
        norm_i64_compare(ctx, sc, y, 1000000);
        norm_i64_compare(ctx, sc, y, 2000000);
        norm_i64_compare(ctx, sc, y, big);
        free(y);
    });
    free(x);
    kn_ctx_destroy(sc);
}

/* ---- suffix sums -------------------------------------------------------- */

static void test_suffix_sums(void **state)
{
    (void)state;
    kn_ctx *sc = scalar_ctx();
    size_t big = 1500007;
    double *x = kt_xmalloc(big * sizeof *x), *a = kt_xmalloc(big * sizeof *a), *b = kt_xmalloc(big * sizeof *b);
    kt_fill_f64_mixed(x, big, 77, -20, 20, 1);
    FOR_EACH_GPU(ctx, {
        for (size_t s = 0; s < sizeof sum_sizes / sizeof sum_sizes[0]; s++) {
            size_t n = sum_sizes[s];
            kt_ok(kn_suffix_sums_f64(sc, x, n, a));
            kt_ok(kn_suffix_sums_f64(ctx, x, n, b));
            kt_assert_f64_identical(b, a, n, "suffix sums");
            memcpy(b, x, n * sizeof *b); /* in place */
            kt_ok(kn_suffix_sums_f64(ctx, b, n, b));
            kt_assert_f64_identical(b, a, n, "suffix sums (in place)");
        }
        kt_ok(kn_suffix_sums_f64(sc, x, big, a));
        kt_ok(kn_suffix_sums_f64(ctx, x, big, b));
        kt_assert_f64_identical(b, a, big, "suffix sums (large)");
    });
    free(x);
    free(a);
    free(b);
    kn_ctx_destroy(sc);
}

/* ---- sum, dot, prefix sums through kn_device_kernels --------------------- */

/* The device backend's whole kernels (the core calls these for sum, dot and
 * prefix sums). */
static const kn_device_kernels *device_kernels(const kn_ctx *ctx)
{
    const kn_device_kernels *k = kn_ctx_backend(ctx) == KN_OPENCL ? &kn_opencl_device_kernels : &kn_cuda_device_kernels;
    assert_non_null(k);
    return k;
}

/* The canonical orders of kernels.h written out plainly, independent of the
 * library's code. Reductions: blocks of KN_SUM_BLOCK, KN_SUM_LANES lanes,
 * folded by halving, block totals combined by the power-of-two tree. */
static double ref_term(kn_red_op op, const double *x, const double *y, size_t i)
{
    return op == KN_RED_SQUARE ? x[i] * x[i] : op == KN_RED_DOT ? x[i] * y[i] : x[i];
}

static double ref_tree(const double *t, size_t lo, size_t hi)
{
    if (hi - lo == 1) return t[lo];
    size_t h = 1;
    while (h * 2 < hi - lo) h *= 2;
    return ref_tree(t, lo, lo + h) + ref_tree(t, lo + h, hi);
}

static double ref_reduce(kn_red_op op, const double *x, const double *y, size_t n)
{
    size_t nb = (n + KN_SUM_BLOCK - 1) / KN_SUM_BLOCK;
    double *t = kt_xmalloc(nb * sizeof *t);
    for (size_t b = 0; b < nb; b++) {
        double s[KN_SUM_LANES] = {0};
        for (size_t k = b * KN_SUM_BLOCK; k < n && k < (b + 1) * KN_SUM_BLOCK; k++)
            s[k % KN_SUM_LANES] = s[k % KN_SUM_LANES] + ref_term(op, x, y, k);
        for (size_t w = KN_SUM_LANES / 2; w >= 1; w /= 2)
            for (size_t j = 0; j < w; j++) s[j] = s[j] + s[j + w];
        t[b] = s[0];
    }
    double r = ref_tree(t, 0, nb);
    free(t);
    return r;
}

/* Prefix sums: blocks of KN_SCAN_BLOCK from x[0]; T[b] left to right from
 * +0.0; C[0] = +0.0, C[b] = C[b-1] + T[b-1]; in block b, r = C[b], then
 * r = r + x[i]; out[i] = r. */
static void ref_prefix(const double *x, size_t n, double *out)
{
    double carry = 0.0;
    for (size_t start = 0; start < n; start += KN_SCAN_BLOCK) {
        size_t end = n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK;
        double total = 0.0, r = carry;
        for (size_t i = start; i < end; i++) total = total + x[i];
        for (size_t i = start; i < end; i++) {
            r = r + x[i];
            out[i] = r;
        }
        carry = carry + total;
    }
}

/* Sizes at the block edges of both orders and, with the piece sizes of
 * FOR_EACH_GPU (2048 and 8193 doubles), at and across the piece edges. */
static const size_t edge_sizes[] = {1,    2,    31,   32,   33,   1023, 1024, 1025,  2047,  2048,
                                    2049, 3071, 3072, 3073, 4095, 4096, 4097, 8191,  8192,  8193,
                                    8194, 10240, 16383, 16384, 16385, 24577, 100003};
#define NEDGES (sizeof edge_sizes / sizeof edge_sizes[0])

static void test_device_sum_dot(void **state)
{
    (void)state;
    size_t cap = 100003 + 8;
    double *x = kt_xmalloc(cap * sizeof *x), *y = kt_xmalloc(cap * sizeof *y);
    kt_fill_f64_mixed(x, cap, 5, -30, 30, 1);
    kt_fill_f64_mixed(y, cap, 6, -30, 30, 1);
    const kn_red_op ops[] = {KN_RED_SQUARE, KN_RED_SUM, KN_RED_DOT};
    FOR_EACH_GPU(ctx, {
        const kn_device_kernels *dk = device_kernels(ctx);
        for (size_t e = 0; e < NEDGES; e++) {
            for (size_t start = 0; start < 4; start += 3) { /* x[0] and an unaligned start, x + 3 */
                size_t n = edge_sizes[e];
                for (size_t o = 0; o < 3; o++) {
                    double got = -1.0, want = ref_reduce(ops[o], x + start, y + 1, n);
                    kt_ok(dk->reduce_f64(ctx, ops[o], x + start, y + 1, n, &got));
                    kt_assert_f64_bits(got, want, ops[o] == KN_RED_SUM ? "sum" : ops[o] == KN_RED_DOT ? "dot" : "norm");
                }
                double got = -1.0; /* dot with y = x */
                kt_ok(dk->reduce_f64(ctx, KN_RED_DOT, x + start, x + start, n, &got));
                kt_assert_f64_bits(got, ref_reduce(KN_RED_SQUARE, x + start, NULL, n), "dot (x, x)");
            }
        }
    });
    free(x);
    free(y);
}

static void test_device_scans(void **state)
{
    (void)state;
    size_t cap = 100003 + 8;
    double *x = kt_xmalloc(cap * sizeof *x), *want = kt_xmalloc(cap * sizeof *want), *got = kt_xmalloc(cap * sizeof *got);
    kt_fill_f64_mixed(x, cap, 11, -20, 20, 1);
    kn_ctx *sc = scalar_ctx();
    FOR_EACH_GPU(ctx, {
        const kn_device_kernels *dk = device_kernels(ctx);
        for (size_t e = 0; e < NEDGES; e++) {
            size_t n = edge_sizes[e];
            for (size_t start = 0; start < 4; start += 3) {
                ref_prefix(x + start, n, want);
                kt_ok(dk->scan_f64(ctx, KN_SCAN_PREFIX, x + start, n, got));
                kt_assert_f64_identical(got, want, n, "prefix sums");
                memcpy(got, x + start, n * sizeof *got); /* in place */
                kt_ok(dk->scan_f64(ctx, KN_SCAN_PREFIX, got, n, got));
                kt_assert_f64_identical(got, want, n, "prefix sums (in place)");
                kt_ok(kn_suffix_sums_f64(sc, x + start, n, want));
                kt_ok(dk->scan_f64(ctx, KN_SCAN_SUFFIX, x + start, n, got));
                kt_assert_f64_identical(got, want, n, "suffix sums");
            }
        }
    });
    kn_ctx_destroy(sc);
    free(x);
    free(want);
    free(got);
}

/* ---- expressions -------------------------------------------------------- */

/* Bit for bit, except that a NaN matches any NaN: CPUs and GPUs make NaNs
 * of different sign (x86's default NaN is negative, GPUs' positive). */
static void expect_same_or_nan(const double *got, const double *want, size_t n, const char *what)
{
    for (size_t i = 0; i < n; i++) {
        if (isnan(got[i]) && isnan(want[i])) continue;
        if (memcmp(&got[i], &want[i], sizeof got[i]) != 0) {
            print_error("%s: first difference at index %zu of %zu: got %a, expected %a\n", what, i, n, got[i], want[i]);
            fail();
        }
    }
}

/* Every GPU backend against scalar, bit for bit: the exact opcodes (a NaN
 * as any NaN) and the transcendentals (SLEEF's bits, NaN the one quiet NaN),
 * at boundary sizes, in place. */
static void check_expressions(void)
{
    static const char *const exact[] = {
        "data + data * 5 + 4", "a % b", "b % a", "-a**2 + b", "a**2", "where(a > b, a / b, sqrt(abs(b)))",
        "floor(a) - ceil(b) * (a != b)", "minimum(a, b) + maximum(b, a)", "(a < 0.5) & (b >= -1) | ~(a == b)",
        "a * 3.5 / (b - 1e-3)", "a", "2 + 3", "where(a, b, -b) <= a", "(a - b) * (a + b) - a*a + b*b",
    };
    static const char *const inexact[] = {"sin(a)", "cos(b)", "tan(a)", "arcsin(a / 4)", "arccos(b / 4)", "arctan(a)",
                                          "arctan2(a, b)", "sinh(a)", "cosh(b)", "tanh(a)", "exp(a)", "expm1(b)",
                                          "log(abs(a))", "log1p(abs(b))", "log10(abs(a))", "a ** b", "abs(a) ** 0.5",
                                          "arcsinh(a)", "arccosh(abs(b) + 1)", "arctanh(a / 4)", "exp2(a)",
                                          "log2(abs(a))", "cbrt(b)"};
    static const char *const names[] = {"a", "b", "data", "unused"};
    size_t nmax = 20011;
    double *a = kt_xmalloc(nmax * sizeof *a), *b = kt_xmalloc(nmax * sizeof *b), *dt = kt_xmalloc(nmax * sizeof *dt);
    double *want = kt_xmalloc(nmax * sizeof *want), *got = kt_xmalloc(nmax * sizeof *got);
    kt_fill_f64(a, nmax, 1, -3.5, 3.5);
    kt_fill_f64(b, nmax, 2, -3.5, 3.5);
    for (size_t i = 0; i < nmax; i++) dt[i] = (double)i;
    a[1] = NAN, b[2] = INFINITY, a[3] = -0.0, b[4] = 0.0, a[5] = b[5] = 2.0, a[6] = -INFINITY, b[7] = -0.0;
    const double *vars[] = {a, b, dt, a};
    kn_ctx *sc = scalar_ctx();
    static const size_t sizes[] = {1, 63, 64, 65, 20011};
    FOR_EACH_GPU(ctx, {
        for (size_t k = 0; k < sizeof exact / sizeof exact[0]; k++) {
            kn_expr *e;
            kt_ok(kn_expr_compile(exact[k], 4, names, &e));
            for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
                kt_ok(kn_expr_eval(sc, e, sizes[s], vars, want));
                kt_ok(kn_expr_eval(ctx, e, sizes[s], vars, got));
                expect_same_or_nan(got, want, sizes[s], exact[k]);
            }
            kn_expr_free(e);
        }
        for (size_t k = 0; k < sizeof inexact / sizeof inexact[0]; k++) {
            kn_expr *e;
            kt_ok(kn_expr_compile(inexact[k], 4, names, &e));
            kt_ok(kn_expr_eval(sc, e, nmax, vars, want));
            kt_ok(kn_expr_eval(ctx, e, nmax, vars, got));
            for (size_t i = 0; i < nmax; i++)
                if (memcmp(&got[i], &want[i], sizeof got[i]) != 0) {
                    print_error("%s: element %zu: got %a, scalar %a\n", inexact[k], i, got[i], want[i]);
                    fail();
                }
            kn_expr_free(e);
        }
        /* golden and in place */
        kn_expr *e;
        kt_ok(kn_expr_compile(KN_GOLDEN_EXPR_SRC, 4, names, &e));
        size_t m = KN_GOLDEN_EXPR_N;
        double *d = kt_xmalloc(m * sizeof *d);
        for (size_t i = 0; i < m; i++) d[i] = (double)i;
        /* every variable is d: a and b are shorter than m, and an array
         * the call may read must hold m elements */
        const double *dv[] = {d, d, d, d};
        kt_ok(kn_expr_eval(ctx, e, m, dv, d));
        double sum = 0;
        for (size_t i = 0; i < m; i++) sum += d[i];
        kt_assert_f64_bits(sum, KN_GOLDEN_EXPR_SUM, "golden expression sum");
        free(d);
        kn_expr_free(e);
    });
    free(a);
    free(b);
    free(dt);
    free(want);
    free(got);
    kn_ctx_destroy(sc);
}

static void test_expr(void **state)
{
    (void)state;
    check_expressions();
}

/* The same checks with every program run by the OpenCL interpreter. */
static void test_expr_interpreted(void **state)
{
    (void)state;
    if (skip_unless(KN_OPENCL)) skip();
    kn_opencl_set_expr_kernel_max(0);
    check_expressions();
    kn_opencl_set_expr_kernel_max(KN_EXPR_OPENCL_MAX_KERNEL_INSNS);
}

/* An expression of exactly `insns` instructions, one per step of a
 * left-deep chain over exact opcodes, each step with a constant of its own:
 * ((((a * b) + 1.125) % 2.125) - 3.125) * 4.125 ... */
static char *chain(size_t insns)
{
    char *src = kt_xmalloc(insns * 32 + 8);
    size_t len = 0;
    for (size_t k = 1; k < insns; k++) src[len++] = '(';
    len += (size_t)sprintf(src + len, "a * b");
    for (size_t k = 1; k < insns; k++) {
        static const char ops[] = "*+%-";
        len += (size_t)sprintf(src + len, ") %c %.17g", ops[k % 4], (double)k + 0.125);
    }
    return src;
}

static void check_chain(kn_ctx *ctx, kn_ctx *sc, size_t insns, size_t n, const double *const *vars, double *want,
                        double *got)
{
    static const char *const names[] = {"a", "b"};
    char *src = chain(insns);
    kn_expr *e;
    kt_ok(kn_expr_compile(src, 2, names, &e));
    assert_int_equal(e->ninsn, insns);
    kt_ok(kn_expr_eval(sc, e, n, vars, want));
    kt_ok(kn_expr_eval(ctx, e, n, vars, got));
    char what[64];
    snprintf(what, sizeof what, "a chain of %zu instructions", insns);
    expect_same_or_nan(got, want, n, what);
    kn_expr_free(e);
    free(src);
}

/* Programs up to KN_EXPR_OPENCL_MAX_KERNEL_INSNS instructions get a kernel
 * of their own; longer ones (here up to 60000 instructions with as many
 * constants, which compiled as one kernel takes minutes and can exhaust
 * memory in the device compiler) go through the interpreter, built once,
 * with the same bits. */
static void test_expr_kernel_cap(void **state)
{
    (void)state;
    if (skip_unless(KN_OPENCL)) skip();
    enum { N = 1031 };
    double *a = kt_xmalloc(N * sizeof *a), *b = kt_xmalloc(N * sizeof *b);
    double *want = kt_xmalloc(N * sizeof *want), *got = kt_xmalloc(N * sizeof *got);
    kt_fill_f64(a, N, 3, -4.0, 4.0);
    kt_fill_f64(b, N, 4, -4.0, 4.0);
    const double *vars[] = {a, b};
    kn_ctx *sc = scalar_ctx(), *ctx = NULL;
    kt_ok(kn_ctx_create(&ctx, KN_OPENCL));
    const size_t cap = KN_EXPR_OPENCL_MAX_KERNEL_INSNS;
    size_t built = kn_opencl_expr_kernels_built();
    check_chain(ctx, sc, cap - 1, N, vars, want, got);
    assert_int_equal(kn_opencl_expr_kernels_built(), built + 1);
    check_chain(ctx, sc, cap, N, vars, want, got);
    assert_int_equal(kn_opencl_expr_kernels_built(), built + 2);
    check_chain(ctx, sc, cap + 1, N, vars, want, got);
    assert_int_equal(kn_opencl_expr_kernels_built(), built + 2);
    check_chain(ctx, sc, 60000, 67, vars, want, got); /* few elements: the interpreter's work grows with both */
    assert_int_equal(kn_opencl_expr_kernels_built(), built + 2);
    kn_ctx_destroy(ctx);
    kn_ctx_destroy(sc);
    free(a), free(b), free(want), free(got);
}

/* ---- device choice ------------------------------------------------------ */

static void test_opencl_device_env(void **state)
{
    (void)state;
    if (skip_unless(KN_OPENCL)) skip();
    char info[1024];
    snprintf(info, sizeof info, "%s", kn_backend_info(KN_OPENCL));
    kn_ctx *c = NULL;

    setenv("KERNELS_OPENCL_DEVICE", "0", 1);
    assert_true(kn_backend_available(KN_OPENCL) || strstr(kn_backend_info(KN_OPENCL), "cl_khr_fp64"));
    if (kn_backend_available(KN_OPENCL)) {
        assert_non_null(strstr(kn_backend_info(KN_OPENCL), "device 0 of"));
        kt_ok(kn_ctx_create(&c, KN_OPENCL));
        kn_ctx_destroy(c);
    }

    /* a piece of the default device's name, upper-cased: case-insensitive */
    const char *dev = strstr(info, " / ") + 3;
    char sub[8] = "";
    for (int i = 0; i < 6 && dev[i] && dev[i] != ' '; i++) sub[i] = (char)(dev[i] >= 'a' && dev[i] <= 'z' ? dev[i] - 32 : dev[i]);
    setenv("KERNELS_OPENCL_DEVICE", sub, 1);
    assert_true(kn_backend_available(KN_OPENCL));
    kt_ok(kn_ctx_create(&c, KN_OPENCL));
    double v;
    kt_ok(kn_norm_square_f64(c, (const double[]){3.0, 4.0}, 2, &v));
    assert_true(v == 25.0);
    kn_ctx_destroy(c);

    static const char *const bad[] = {"99", "no-such-device-xyz"};
    for (size_t i = 0; i < 2; i++) {
        setenv("KERNELS_OPENCL_DEVICE", bad[i], 1);
        assert_false(kn_backend_available(KN_OPENCL));
        const char *why = kn_backend_info(KN_OPENCL);
        assert_non_null(strstr(why, "KERNELS_OPENCL_DEVICE"));
        assert_non_null(strstr(why, bad[i]));
        assert_non_null(strstr(why, "0: ")); /* the device list */
        kt_expect_error(kn_ctx_create(&c, KN_OPENCL), KN_ERR_UNAVAILABLE, "KERNELS_OPENCL_DEVICE");
        assert_null(c);
        kt_assert_error_contains(bad[i]);
    }
    unsetenv("KERNELS_OPENCL_DEVICE");
    assert_true(kn_backend_available(KN_OPENCL));
    assert_string_equal(kn_backend_info(KN_OPENCL), info);
}

/* ---- device errors ------------------------------------------------------ */

static void test_opencl_errors(void **state)
{
    (void)state;
    if (skip_unless(KN_OPENCL)) skip();
    kn_ctx *c = NULL;
    kt_ok(kn_ctx_create(&c, KN_OPENCL));
    /* A build failure reports the error's name and the build log. */
    if (kn_opencl_build_test) {
        kt_expect_error(kn_opencl_build_test(c, "__kernel void broken(__global int *p) { p[0] = undeclared_thing; }"),
                        KN_ERR_DEVICE, "CL_BUILD_PROGRAM_FAILURE");
        kt_assert_error_contains("build log");
        kt_assert_error_contains("undeclared_thing");
    }
    /* Runtime errors are reported by name. */
    if (kn_cl_error_name) {
        assert_string_equal(kn_cl_error_name(-5), "CL_OUT_OF_RESOURCES");
        assert_string_equal(kn_cl_error_name(-4), "CL_MEM_OBJECT_ALLOCATION_FAILURE");
        assert_string_equal(kn_cl_error_name(-61), "CL_INVALID_BUFFER_SIZE");
        assert_string_equal(kn_cl_error_name(-12345), "CL error -12345");
    }
    /* The context still works after a failure. */
    double v, x[3] = {1.0, 2.0, 2.0};
    kt_ok(kn_norm_square_f64(c, x, 3, &v));
    assert_true(v == 9.0);
    kn_ctx_destroy(c);
}

/* ---- unavailable paths (child processes) -------------------------------- */

/* Runs this program again with `env` set and `arg`; returns its exit status. */
static int run_child(const char *arg, const char *name, const char *value)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        setenv(name, value, 1);
        execl("/proc/self/exe", "test_gpu", arg, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* In the child: no OpenCL platform at all (the ICD loader finds no vendor). */
static int child_no_platform(void)
{
    if (kn_backend_available(KN_OPENCL)) return 2;
    const char *why = kn_backend_info(KN_OPENCL);
    printf("# without an ICD: %s\n", why);
    if (!strstr(why, "opencl: ")) return 3;
    kn_ctx *c = NULL;
    if (kn_ctx_create(&c, KN_OPENCL) != KN_ERR_UNAVAILABLE || c) return 4;
    if (!strstr(kn_last_error(), "opencl")) return 5;
    /* the rest of the library works */
    if (kn_ctx_create(&c, KN_AUTO) != KN_OK) return 6;
    double v;
    if (kn_norm_square_f64(c, (const double[]){3.0, 4.0}, 2, &v) != KN_OK || v != 25.0) return 7;
    kn_ctx_destroy(c);
    setenv("KERNELS_BACKEND", "opencl", 1);
    if (kn_ctx_create(&c, KN_AUTO) != KN_ERR_UNAVAILABLE) return 8;
    return 0;
}

static void test_no_opencl_platform(void **state)
{
    (void)state;
    int rc = run_child("--child-no-platform", "OCL_ICD_VENDORS", "/nonexistent-libkernels-icd-dir");
    assert_int_equal(rc, 0);
}

static void test_cuda_unavailable_reason(void **state)
{
    (void)state;
    const char *why = kn_backend_info(KN_CUDA);
    printf("# %s\n", why);
    assert_true(strncmp(why, "cuda: ", 6) == 0);
    kn_ctx *c = NULL;
    if (kn_backend_available(KN_CUDA)) {
        kt_ok(kn_ctx_create(&c, KN_CUDA));
        kn_ctx_destroy(c);
        return;
    }
    kt_expect_error(kn_ctx_create(&c, KN_CUDA), KN_ERR_UNAVAILABLE, why);
    assert_null(c);
    /* "gpu" means a GPU device: OpenCL only where it has one, else an error
     * saying why for both */
    setenv("KERNELS_BACKEND", "gpu", 1);
    kn_status st = kn_ctx_create(&c, KN_AUTO);
    unsetenv("KERNELS_BACKEND");
    if (kn_backend_available(KN_OPENCL) && strstr(kn_backend_info(KN_OPENCL), "(GPU,")) {
        assert_int_equal(st, KN_OK);
        assert_int_equal(kn_ctx_backend(c), KN_OPENCL);
        kn_ctx_destroy(c);
    } else {
        assert_int_equal(st, KN_ERR_UNAVAILABLE);
        assert_null(c);
        kt_assert_error_contains(why);
        kt_assert_error_contains("; opencl: ");
    }
}

/* ---- which OpenCL drivers may offer a GPU (read without loading any) ---- */

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void expect_icd(const char *vendors, const char *vendor_path, int want, const char *want_why, int line)
{
    char why[1024] = "";
    int got = kn_cl_icd_gpu_possible(vendors, vendor_path, why, sizeof why);
    if (got != want || (want_why && strcmp(why, want_why) != 0)) {
        print_error("line %d: OCL_ICD_VENDORS=%s OPENCL_VENDOR_PATH=%s: %d \"%s\", expected %d \"%s\"\n", line,
                    vendors ? vendors : "(unset)", vendor_path ? vendor_path : "(unset)", got, why, want,
                    want_why ? want_why : "");
        _fail(__FILE__, line);
    }
}
#define EXPECT_ICD(vendors, path, want, why) expect_icd((vendors), (path), (want), (why), __LINE__)

static void test_icd_vendor_files(void **state)
{
    (void)state;
    if (!kn_cl_icd_gpu_possible) {
        printf("SKIP: the OpenCL backend is not built\n");
        skip();
    }
    char dir[] = "/tmp/kn_icd_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char pocl[256], nvidia[256], readme[256], other[256], msg[1024];
    snprintf(pocl, sizeof pocl, "%s/pocl.icd", dir);
    snprintf(nvidia, sizeof nvidia, "%s/nvidia.icd", dir);
    snprintf(readme, sizeof readme, "%s/README", dir);
    snprintf(other, sizeof other, "%s/other", dir);
    assert_int_equal(mkdir(other, 0700), 0);

    snprintf(msg, sizeof msg, "opencl: no GPU: no OpenCL driver is listed in %s", dir);
    EXPECT_ICD(dir, NULL, 0, msg);
    write_text(readme, "libnvidia-opencl.so.1\n"); /* not a .icd file: ignored */
    EXPECT_ICD(dir, NULL, 0, msg);
    write_text(pocl, "libpocl.so.2\n");
    snprintf(msg, sizeof msg,
             "opencl: no GPU: the OpenCL drivers listed in %s (libpocl.so.2) run on the CPU only "
             "(KERNELS_BACKEND=opencl uses them)", dir);
    EXPECT_ICD(dir, NULL, 0, msg);
    EXPECT_ICD(NULL, dir, 0, msg); /* OPENCL_VENDOR_PATH */
    EXPECT_ICD("", dir, 0, msg);   /* empty OCL_ICD_VENDORS: unset */
    EXPECT_ICD(dir, "/nonexistent", 0, msg); /* OCL_ICD_VENDORS wins */
    write_text(nvidia, "libnvidia-opencl.so.1\n");
    EXPECT_ICD(dir, NULL, 1, NULL);
    EXPECT_ICD(NULL, dir, 1, NULL);
    /* OCL_ICD_VENDORS naming one .icd file: absolute, or in the vendor folder */
    snprintf(msg, sizeof msg,
             "opencl: no GPU: the OpenCL drivers listed in %s (libpocl.so.2) run on the CPU only "
             "(KERNELS_BACKEND=opencl uses them)", pocl);
    EXPECT_ICD(pocl, NULL, 0, msg);
    EXPECT_ICD(nvidia, NULL, 1, NULL);
    EXPECT_ICD("nvidia.icd", dir, 1, NULL);
    snprintf(msg, sizeof msg,
             "opencl: no GPU: the OpenCL drivers listed in %s (libpocl.so.2) run on the CPU only "
             "(KERNELS_BACKEND=opencl uses them)", pocl);
    EXPECT_ICD("pocl.icd", dir, 0, msg);
    /* ... or a driver library itself */
    EXPECT_ICD("libnvidia-opencl.so.1", NULL, 1, NULL);
    EXPECT_ICD("/usr/lib/x86_64-linux-gnu/libpocl.so.2", NULL, 0, NULL);
    /* a full path in the vendor file, and Intel's CPU runtime */
    write_text(nvidia, "/opt/intel/oclcpu/x64/libintelocl.so\n");
    write_text(pocl, "/usr/lib/x86_64-linux-gnu/pocl/libpocl.so.2.10.0\n");
    EXPECT_ICD(dir, NULL, 0, NULL);
    unlink(pocl);
    unlink(nvidia);
    unlink(readme);
    rmdir(other);
    rmdir(dir);
}

/* ---- threads ------------------------------------------------------------ */

typedef struct {
    kn_ctx *ctx; /* shared, or NULL: own context */
    kn_backend b;
    const double *x;
    size_t n;
    double want;
    int32_t want_julia;
    int bad;
} thread_job;

static void *thread_main(void *arg)
{
    thread_job *j = arg;
    kn_ctx *c = j->ctx;
    if (!c && kn_ctx_create(&c, j->b) != KN_OK) {
        j->bad = 1;
        return NULL;
    }
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 50, 40, 100};
    int32_t counts[2000];
    for (int it = 0; it < 6 && !j->bad; it++) {
        double v;
        if (kn_norm_square_f64(c, j->x, j->n, &v) != KN_OK || memcmp(&v, &j->want, sizeof v) != 0) j->bad = 2;
        if (kn_julia(c, &p, counts) != KN_OK) j->bad = 3;
        int32_t s = 0;
        for (int i = 0; i < 2000; i++) s += counts[i];
        if (s != j->want_julia) j->bad = 4;
    }
    if (!j->ctx) kn_ctx_destroy(c);
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    size_t n = 300001;
    double *x = kt_xmalloc(n * sizeof *x);
    kt_fill_f64_mixed(x, n, 5, -10, 10, 1);
    kn_ctx *sc = scalar_ctx();
    double want;
    kt_ok(kn_norm_square_f64(sc, x, n, &want));
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 50, 40, 100};
    int32_t counts[2000], wj = 0;
    kt_ok(kn_julia(sc, &p, counts));
    for (int i = 0; i < 2000; i++) wj += counts[i];
    kn_ctx_destroy(sc);
    int ran = 0;
    for (size_t g = 0; g < NGPUS; g++) {
        if (!kn_backend_available(gpus[g])) continue;
        kn_ctx *shared = NULL;
        kt_ok(kn_ctx_create(&shared, gpus[g]));
        thread_job jobs[6];
        pthread_t th[6];
        for (int t = 0; t < 6; t++) {
            jobs[t] = (thread_job){t % 2 ? shared : NULL, gpus[g], x, n - (size_t)t, 0, wj, 0};
            kn_ctx *tmp = scalar_ctx();
            kt_ok(kn_norm_square_f64(tmp, x, n - (size_t)t, &jobs[t].want));
            kn_ctx_destroy(tmp);
        }
        for (int t = 0; t < 6; t++) assert_int_equal(pthread_create(&th[t], NULL, thread_main, &jobs[t]), 0);
        for (int t = 0; t < 6; t++) pthread_join(th[t], NULL);
        for (int t = 0; t < 6; t++) assert_int_equal(jobs[t].bad, 0);
        kn_ctx_destroy(shared);
        ran = 1;
    }
    (void)want;
    free(x);
    if (!ran) {
        printf("SKIP: no GPU backend available\n");
        skip();
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--child-no-platform") == 0) return child_no_platform();
    if (!kn_backend_available(KN_OPENCL))
        printf("SKIP (most tests): the OpenCL backend is unavailable: %s\n", kn_backend_info(KN_OPENCL));
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opencl_info),
        cmocka_unit_test(test_golden),
        cmocka_unit_test(test_julia_grid),
        cmocka_unit_test(test_julia_points),
        cmocka_unit_test(test_firewall),
        cmocka_unit_test(test_firewall_inputs),
        cmocka_unit_test(test_norm_f64),
        cmocka_unit_test(test_norm_i64),
        cmocka_unit_test(test_suffix_sums),
        cmocka_unit_test(test_device_sum_dot),
        cmocka_unit_test(test_device_scans),
        cmocka_unit_test(test_expr),
        cmocka_unit_test(test_expr_interpreted),
        cmocka_unit_test(test_expr_kernel_cap),
        cmocka_unit_test(test_opencl_device_env),
        cmocka_unit_test(test_opencl_errors),
        cmocka_unit_test(test_no_opencl_platform),
        cmocka_unit_test(test_cuda_unavailable_reason),
        cmocka_unit_test(test_icd_vendor_files),
        cmocka_unit_test(test_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
