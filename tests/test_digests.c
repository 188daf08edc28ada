/* Every result of every kernel, on every CPU backend, SIMD target and thread
 * count (and OpenCL when it runs here), digested and compared with a table
 * recorded once (tests/digests.h). The table pins today's bits: a change to
 * any backend, the decomposition or the canonical order that moves a single
 * bit of a result fails here, whichever backend it touched.
 *
 * `test_digests print` prints the table computed on the scalar backend; only
 * a deliberate change of a documented order may regenerate it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

typedef struct {
    const char *name;
    uint64_t digest;
} kt_digest;

static const kt_digest recorded[] = {
#include "digests.h"
};

#define NCASES_MAX 128

/* FNV-1a over the status and the output bytes. */
static uint64_t fnv1a(uint64_t h, const void *p, size_t len)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < len; i++) h = (h ^ b[i]) * 0x100000001b3ULL;
    return h;
}

typedef struct {
    kt_digest got[NCASES_MAX];
    size_t n;
} kt_results;

static void record(kt_results *r, const char *name, kn_status st, const void *out, size_t bytes)
{
    uint64_t h = fnv1a(0xcbf29ce484222325ULL, &st, sizeof st);
    if (st == KN_OK) h = fnv1a(h, out, bytes);
    assert_true(r->n < NCASES_MAX);
    r->got[r->n].name = name;
    r->got[r->n].digest = h;
    r->n++;
}

/* ---- the cases ----------------------------------------------------------- */

static const char *const julia_names[] = {"julia 1x1/0", "julia 37x23/61", "julia 4097x3/125",
                                          "julia 300x200 c outside/29", "julia golden 1000x1000/300"};
static const kn_julia_params julia_cases[] = {
    {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 1, 1, 0},
    {-1.5, 1.2, -1.1, 1.3, -0.4, 0.6, 37, 23, 61},
    {-2.0, 2.0, -0.01, 0.01, 0.285, 0.01, 4097, 3, 125},
    {-1.0, 1.0, -1.0, 1.0, 1.5, -0.3, 300, 200, 29},
    {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 1000, 1000, 300},
};

static void run_julia(kn_ctx *ctx, kt_results *r)
{
    for (size_t k = 0; k < sizeof julia_cases / sizeof julia_cases[0]; k++) {
        const kn_julia_params *p = &julia_cases[k];
        size_t n = (size_t)p->width * (size_t)p->height;
        int32_t *counts = kt_xmalloc(n * sizeof *counts);
        record(r, julia_names[k], kn_julia(ctx, p, counts), counts, n * sizeof *counts);
        free(counts);
    }
    static const char *const names[] = {"points 1", "points 4095", "points 4097", "points 10000"};
    static const size_t sizes[] = {1, 4095, 4097, 10000};
    for (size_t k = 0; k < 4; k++) {
        size_t n = sizes[k];
        double *v = kt_xmalloc(4 * n * sizeof *v);
        int32_t *counts = kt_xmalloc(n * sizeof *counts);
        kt_fill_f64(v, 2 * n, 11 + k, -1.6, 1.6);
        kt_fill_f64(v + 2 * n, 2 * n, 21 + k, -0.9, 0.9);
        record(r, names[k], kn_julia_points(ctx, n, v, v + n, v + 2 * n, v + 3 * n, 300, counts), counts,
               n * sizeof *counts);
        free(v);
        free(counts);
    }
}

static void run_firewall(kn_ctx *ctx, kt_results *r)
{
    static const char *const names[] = {"severity example", "severity 12 layers", "severity 40 layers"};
    static const char *const delay_names[] = {"safe delay example", "safe delay 12 layers", "safe delay 40 layers"};
    static const size_t sizes[] = {4, 12, 40};
    for (size_t k = 0; k < 3; k++) {
        kn_layer l[40];
        uint64_t s = 1000 + k;
        for (size_t i = 0; i < sizes[k]; i++) {
            l[i].depth = (int64_t)i * 2 + kt_rand_i64(&s, 0, 1);
            l[i].range = kt_rand_i64(&s, 2, 4 + (int64_t)k * 9);
        }
        if (k == 0) {
            const kn_layer ex[] = {{0, 3}, {1, 2}, {4, 4}, {6, 4}};
            memcpy(l, ex, sizeof ex);
        }
        int64_t sev[2], delay;
        kn_status st = kn_firewall_severity(ctx, l, sizes[k], 0, &sev[0]);
        if (!st) st = kn_firewall_severity(ctx, l, sizes[k], 123456789, &sev[1]);
        record(r, names[k], st, sev, sizeof sev);
        record(r, delay_names[k], kn_firewall_first_safe_delay(ctx, l, sizes[k], INT64_MAX, &delay), &delay,
               sizeof delay);
    }
}

/* Sizes at the lane, block, chunk and stream boundaries of the canonical
 * orders, at element offsets 0, 1 and 3. */
static const size_t sum_sizes[] = {1, 31, 33, 2047, 2049, 131071, 131073, 1000003};
static const char *const norm_names[] = {"norm f64 1", "norm f64 31", "norm f64 33", "norm f64 2047",
                                         "norm f64 2049", "norm f64 131071", "norm f64 131073", "norm f64 1000003"};
static const size_t scan_sizes[] = {1, 1023, 1025, 131072 * 2 + 5, 3000001};
static const char *const scan_names[] = {"suffix 1", "suffix 1023", "suffix 1025", "suffix 262149",
                                         "suffix 3000001"};

static void run_sums(kn_ctx *ctx, kt_results *r)
{
    const size_t nmax = 3000001 + 3;
    double *x = kt_xmalloc(nmax * sizeof *x), *out = kt_xmalloc(nmax * sizeof *out);
    kt_fill_f64_mixed(x, nmax, 77, -20, 20, 1);
    for (size_t k = 0; k < sizeof sum_sizes / sizeof sum_sizes[0]; k++) {
        double v[3];
        kn_status st = KN_OK;
        for (size_t off = 0; off < 3 && !st; off++) st = kn_norm_square_f64(ctx, x + off * off, sum_sizes[k], &v[off]);
        record(r, norm_names[k], st, v, sizeof v);
    }
    int64_t *xi = kt_xmalloc(1000003 * sizeof *xi), iv[2];
    kt_fill_i64(xi, 1000003, 78, -3037000, 3037000);
    kn_status st = kn_norm_square_i64(ctx, xi, 1000003, &iv[0]);
    if (!st) st = kn_norm_square_i64(ctx, xi + 1, 4097, &iv[1]);
    record(r, "norm i64", st, iv, sizeof iv);
    free(xi);
    for (size_t k = 0; k < sizeof scan_sizes / sizeof scan_sizes[0]; k++) {
        size_t n = scan_sizes[k];
        st = kn_suffix_sums_f64(ctx, x + 1, n, out);
        record(r, scan_names[k], st, out, n * sizeof *out);
    }
    memcpy(out, x, 262149 * sizeof *x);
    record(r, "suffix in place 262149", kn_suffix_sums_f64(ctx, out, 262149, out), out, 262149 * sizeof *out);
    free(x);
    free(out);
}

/* The kernels built on the same canonical orders: sum and dot (the
 * norm-square order) and prefix sums (the mirrored scan order). */
static void run_more_sums(kn_ctx *ctx, kt_results *r)
{
    const size_t nmax = 1000003 + 3;
    double *x = kt_xmalloc(nmax * sizeof *x), *y = kt_xmalloc(nmax * sizeof *y), *out = kt_xmalloc(nmax * sizeof *out);
    kt_fill_f64_mixed(x, nmax, 81, -20, 20, 1);
    kt_fill_f64_mixed(y, nmax, 82, -20, 20, 1);
    static const char *const names[] = {"sum+dot 1", "sum+dot 33", "sum+dot 2049", "sum+dot 131073", "sum+dot 1000003"};
    static const size_t sizes[] = {1, 33, 2049, 131073, 1000003};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        double v[4];
        kn_status st = kn_sum_f64(ctx, x, sizes[k], &v[0]);
        if (!st) st = kn_sum_f64(ctx, x + 3, sizes[k], &v[1]);
        if (!st) st = kn_dot_f64(ctx, x, y, sizes[k], &v[2]);
        if (!st) st = kn_dot_f64(ctx, x + 1, y + 3, sizes[k], &v[3]);
        record(r, names[k], st, v, sizeof v);
    }
    static const char *const scan_names_p[] = {"prefix 1", "prefix 1025", "prefix 262149", "prefix 1000003"};
    static const size_t scan_sizes_p[] = {1, 1025, 262149, 1000003};
    for (size_t k = 0; k < sizeof scan_sizes_p / sizeof scan_sizes_p[0]; k++) {
        size_t n = scan_sizes_p[k];
        record(r, scan_names_p[k], kn_prefix_sums_f64(ctx, x + 1, n, out), out, n * sizeof *out);
    }
    memcpy(out, x, 262149 * sizeof *x);
    record(r, "prefix in place 262149", kn_prefix_sums_f64(ctx, out, 262149, out), out, 262149 * sizeof *out);
    free(x);
    free(y);
    free(out);
}

/* Exact operations only: their bits are promised on every backend. */
static const char *const exprs[] = {
    "a + b*5 - 4",
    "where(a > b, a % 3, b / 7)",
    "minimum(a, b) * maximum(a, -b) + abs(a) - floor(b) + ceil(a) + sqrt(abs(b))",
    "((a < b) & (b <= 0.5)) | ~(a != a)",
    "a**2 + -b**2 - (a - b) % -2.5",
};
static const char *const expr_names[] = {"expr arith", "expr where mod div", "expr min max abs floor ceil sqrt",
                                         "expr logic", "expr square mod"};
static const size_t expr_sizes[] = {1, 255, 257, 100003};

static void run_exprs(kn_ctx *ctx, kt_results *r)
{
    const size_t n = 100003;
    double *a = kt_xmalloc(n * sizeof *a), *b = kt_xmalloc(n * sizeof *b), *out = kt_xmalloc(n * sizeof *out);
    kt_fill_f64(a, n, 91, -50.0, 50.0);
    kt_fill_f64(b, n, 92, 0.25, 40.0);
    const char *names[] = {"a", "b"};
    for (size_t k = 0; k < sizeof exprs / sizeof exprs[0]; k++) {
        kn_expr *e;
        kt_ok(kn_expr_compile(exprs[k], 2, names, &e));
        uint64_t h = 0xcbf29ce484222325ULL;
        kn_status st = KN_OK;
        for (size_t s = 0; s < 4 && !st; s++) {
            st = kn_expr_eval(ctx, e, expr_sizes[s], (const double *const[]){a, b}, out);
            h = fnv1a(h, out, expr_sizes[s] * sizeof *out);
        }
        record(r, expr_names[k], st, &h, sizeof h);
        kn_expr_free(e);
    }
    free(a);
    free(b);
    free(out);
}

static void run_all(kn_ctx *ctx, kt_results *r)
{
    r->n = 0;
    run_julia(ctx, r);
    run_firewall(ctx, r);
    run_sums(ctx, r);
    run_exprs(ctx, r);
    run_more_sums(ctx, r);
}

/* ---- comparison ---------------------------------------------------------- */

static void compare(const kt_results *r, const char *config)
{
    size_t want = sizeof recorded / sizeof recorded[0], bad = 0;
    if (r->n != want) fail_msg("%s: %zu cases computed, %zu recorded", config, r->n, want);
    for (size_t i = 0; i < r->n; i++) {
        if (strcmp(r->got[i].name, recorded[i].name) != 0)
            fail_msg("%s: case %zu is '%s', recorded '%s'", config, i, r->got[i].name, recorded[i].name);
        if (r->got[i].digest != recorded[i].digest) {
            print_error("%s: %s: digest 0x%016llx, recorded 0x%016llx\n", config, r->got[i].name,
                        (unsigned long long)r->got[i].digest, (unsigned long long)recorded[i].digest);
            bad++;
        }
    }
    if (bad) fail_msg("%s: %zu of %zu results differ from the recorded bits", config, bad, r->n);
}

/* Runs every case on a context of backend b made under the given
 * environment variable setting; returns 0 when that context cannot be made
 * here (an absent SIMD target, no OpenCL device). */
static int check_config(kn_backend b, const char *var, const char *value)
{
    if (var) setenv(var, value, 1);
    kn_ctx *ctx;
    kn_status st = kn_ctx_create(&ctx, b);
    if (var) unsetenv(var);
    if (st) return 0;
    char config[128];
    snprintf(config, sizeof config, "%s%s%s%s", kn_backend_name(b), var ? " " : "", var ? var : "",
             var ? value : "");
    static kt_results r;
    run_all(ctx, &r);
    kn_ctx_destroy(ctx);
    compare(&r, config);
    return 1;
}

static void test_scalar(void **state)
{
    (void)state;
    assert_true(check_config(KN_SCALAR, NULL, NULL));
}

static void test_simd_targets(void **state)
{
    (void)state;
    static const char *const targets[] = {"", "=avx3_spr", "=avx3_dl", "=avx3", "=avx2", "=sse4", "=ssse3", "=emu128",
                                          "=scalar"};
    if (!kn_backend_available(KN_SIMD)) skip();
    int ran = 0;
    for (size_t t = 0; t < sizeof targets / sizeof targets[0]; t++)
        ran += t == 0 ? check_config(KN_SIMD, NULL, NULL) : check_config(KN_SIMD, "KERNELS_SIMD_TARGET", targets[t] + 1);
    assert_true(ran >= 2);
}

static void test_omp_threads(void **state)
{
    (void)state;
    static const char *const threads[] = {"1", "2", "3", "7"};
    if (!kn_backend_available(KN_OMP)) skip();
    for (size_t t = 0; t < sizeof threads / sizeof threads[0]; t++)
        assert_true(check_config(KN_OMP, "KERNELS_NUM_THREADS", threads[t]));
}

/* A thread that keeps one core busy, as another process would. */
static int stop_spinning;

static void *spin(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&stop_spinning, __ATOMIC_RELAXED)) {
    }
    return NULL;
}

/* The same bits while a descheduled team member is common: units are then
 * taken over by other threads and teams shrink between calls. */
static void test_omp_threads_busy(void **state)
{
    (void)state;
    static const char *const threads[] = {"1", "2", "3", "7"};
    if (!kn_backend_available(KN_OMP)) skip();
    pthread_t spinner;
    __atomic_store_n(&stop_spinning, 0, __ATOMIC_RELAXED);
    assert_int_equal(pthread_create(&spinner, NULL, spin, NULL), 0);
    for (size_t t = 0; t < sizeof threads / sizeof threads[0]; t++)
        assert_true(check_config(KN_OMP, "KERNELS_NUM_THREADS", threads[t]));
    __atomic_store_n(&stop_spinning, 1, __ATOMIC_RELAXED);
    pthread_join(spinner, NULL);
}

static void test_opencl(void **state)
{
    (void)state;
    if (!kn_backend_available(KN_OPENCL)) skip();
    assert_true(check_config(KN_OPENCL, NULL, NULL));
}

static int print_table(void)
{
    kn_ctx *ctx;
    if (kn_ctx_create(&ctx, KN_SCALAR)) return 1;
    static kt_results r;
    run_all(ctx, &r);
    kn_ctx_destroy(ctx);
    for (size_t i = 0; i < r.n; i++)
        printf("{\"%s\", 0x%016llxULL},\n", r.got[i].name, (unsigned long long)r.got[i].digest);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "print") == 0) return print_table();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scalar),
        cmocka_unit_test(test_simd_targets),
        cmocka_unit_test(test_omp_threads),
        cmocka_unit_test(test_omp_threads_busy),
        cmocka_unit_test(test_opencl),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
