/* The omp backend against scalar, bit for bit, for thread counts 1, 2, 3, 7
 * and every schedule; concurrent callers; calls from inside a parallel
 * region. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <omp.h>

#include "core/error.h"
#include "kernels.h"
#include "omp/omp_backend.h"

static uint64_t rng_state;
static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
static double next_double(void) { return (double)(next_u64() >> 11) * 0x1p-53 * 2.0 - 1.0; }

/* Sizes at the omp chunk boundaries (norm and suffix: 131072), at the
 * window boundaries of suffix sums for 2, 3 and 7 threads, and with a
 * short last chunk ending in a short block. */
static const size_t sizes[] = {1,      2,      1023,   1025,   131071, 131072, 131073, 262143,
                               262145, 393217, 394241, 524289, 786433, 917505, 1835009};
#define NSIZES (sizeof sizes / sizeof sizes[0])
#define MAXN 1835009

static double *xd, *ref, *got;
static int64_t *xi;

static kn_ctx *omp_ctx(const char *threads, const char *schedule)
{
    setenv("KERNELS_NUM_THREADS", threads, 1);
    setenv("KERNELS_SCHEDULE", schedule, 1);
    kn_ctx *ctx = NULL;
    kn_status st = kn_ctx_create(&ctx, KN_OMP);
    if (st) fail_msg("kn_ctx_create(omp, %s threads, %s): %s", threads, schedule, kn_last_error());
    unsetenv("KERNELS_NUM_THREADS");
    unsetenv("KERNELS_SCHEDULE");
    return ctx;
}

static void check_sums(kn_ctx *scalar, kn_ctx *omp, const char *label)
{
    for (size_t s = 0; s < NSIZES; s++) {
        size_t n = sizes[s];
        for (size_t off = 0; off < 2; off++) { /* aligned and unaligned starts */
            double a, b;
            assert_int_equal(kn_norm_square_f64(scalar, xd + off, n, &a), KN_OK);
            assert_int_equal(kn_norm_square_f64(omp, xd + off, n, &b), KN_OK);
            if (memcmp(&a, &b, sizeof a)) fail_msg("%s norm_square_f64 n=%zu off=%zu: %a != %a", label, n, off, b, a);
            int64_t ia, ib;
            assert_int_equal(kn_norm_square_i64(scalar, xi + off, n, &ia), KN_OK);
            assert_int_equal(kn_norm_square_i64(omp, xi + off, n, &ib), KN_OK);
            assert_int_equal(ia, ib);
            assert_int_equal(kn_suffix_sums_f64(scalar, xd + off, n, ref), KN_OK);
            assert_int_equal(kn_suffix_sums_f64(omp, xd + off, n, got), KN_OK);
            if (memcmp(ref, got, n * sizeof *ref)) fail_msg("%s suffix_sums n=%zu off=%zu differ", label, n, off);
        }
    }
}

static void check_julia(kn_ctx *scalar, kn_ctx *omp, const char *label)
{
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 301, 203, 300};
    int32_t *a = malloc(301 * 203 * sizeof *a), *b = malloc(301 * 203 * sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(kn_julia(scalar, &p, a), KN_OK);
    assert_int_equal(kn_julia(omp, &p, b), KN_OK);
    if (memcmp(a, b, 301 * 203 * sizeof *a)) fail_msg("%s julia differs", label);
    /* points: the grid rows flattened, with odd n */
    size_t n = 3001;
    double *zr = malloc(n * sizeof *zr), *zi = malloc(n * sizeof *zi), *cr = malloc(n * sizeof *cr),
           *ci = malloc(n * sizeof *ci);
    assert_true(zr && zi && cr && ci);
    for (size_t k = 0; k < n; k++) zr[k] = 1.8 * next_double(), zi[k] = 1.8 * next_double(), cr[k] = -0.62772, ci[k] = -0.42193;
    assert_int_equal(kn_julia_points(scalar, n, zr, zi, cr, ci, 300, a), KN_OK);
    assert_int_equal(kn_julia_points(omp, n, zr, zi, cr, ci, 300, b), KN_OK);
    if (memcmp(a, b, n * sizeof *a)) fail_msg("%s julia_points differs", label);
    free(zr), free(zi), free(cr), free(ci), free(a), free(b);
}

/* Firewalls whose answer lies beyond the first omp segment, so the parallel
 * segment search is exercised; checked against scalar. */
static void check_firewall(kn_ctx *scalar, kn_ctx *omp, const char *label)
{
    const char *texts[] = {
        "0: 3\n1: 2\n4: 4\n6: 4\n",
        "0: 2\n", /* every even delay caught: answer 1 */
        ("0: 3\n1: 2\n2: 4\n4: 6\n6: 5\n8: 8\n10: 6\n12: 10\n14: 8\n16: 10\n18: 14\n20: 12\n22: 9\n24: 14\n"
         "26: 12\n28: 12\n30: 14\n32: 12\n34: 17\n36: 14\n38: 12\n40: 20\n42: 17\n44: 14\n46: 18\n48: 14\n"),
        "0: 2\n1: 3\n", /* no safe delay: the wheel is full */
        "0: 5\n1: 7\n2: 11\n3: 13\n5: 17\n7: 19\n9: 23\n11: 29\n13: 31\n17: 37\n19: 41\n23: 43\n29: 47\n31: 53\n",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        kn_layer *l;
        size_t n;
        assert_int_equal(kn_firewall_parse(texts[t], &l, &n), KN_OK);
        const int64_t maxes[] = {INT64_MAX, 1000000, 10};
        for (size_t m = 0; m < 3; m++) {
            int64_t a = -1, b = -1;
            kn_status sa = kn_firewall_first_safe_delay(scalar, l, n, maxes[m], &a);
            kn_status sb = kn_firewall_first_safe_delay(omp, l, n, maxes[m], &b);
            if (sa != sb || a != b)
                fail_msg("%s firewall %zu max %lld: scalar %s %lld, omp %s %lld", label, t, (long long)maxes[m],
                         kn_status_str(sa), (long long)a, kn_status_str(sb), (long long)b);
        }
        kn_free(l);
    }
}

/* A firewall whose first safe delay (18302342) lies past the omp backend's
 * serial prefix (2^24 delays), so the parallel segment search decides it:
 * puzzle-like layers plus layers added one by one, each catching the
 * previous answer. Pairs of depth, range. */
static const int32_t deep_firewall[] = {
    0,3,1,2,2,4,4,6,6,5,8,8,10,6,12,10,14,8,16,10,18,14,20,12,
    22,9,24,14,48,76,50,125,52,166,54,90,56,188,58,109,60,80,62,122,64,94,66,76,
    68,314,70,119,72,142,74,113,76,160,78,82,80,78,82,81,84,192,86,308,88,94,90,85,
    92,738,94,374,96,800,98,95,100,1110,102,570,104,1160,106,98,108,1202,110,644,112,80,114,77,
    116,110,118,99,122,99,124,228,126,822,128,336,130,108,132,194,134,143,136,144,138,258,142,1040,
    146,522,148,422,150,119,152,468,154,600,156,80,158,114,160,858,162,82,164,240,166,1328,168,212,
    170,93,172,170,174,88,178,76,182,312,184,82,186,200,190,180,194,77,198,114,200,150,202,88,
    204,398,206,360,210,152,212,80,214,632,218,105,220,564,224,108,226,85,228,822,232,168,234,182,
    236,632,240,90,242,83,244,108,246,180,248,674,250,398,252,444,254,228,256,86,258,87,262,98,
    266,87,270,83,274,242,278,588,282,85,284,350,286,230,288,194,290,99,292,78,294,1050,298,76,
    300,164,302,642,304,380,306,93,308,230,310,312,312,150,314,252,316,740,318,830,320,758,322,117,
    326,80,328,94,330,77,334,98,336,96,338,81,340,98,342,198,346,354,350,398,352,240,354,258,
    356,458,360,884,362,81,368,1094,370,348,372,76,376,96,380,300,382,83,384,1088,392,116,398,111,
    400,500,402,77,404,114,408,76,412,106,416,126,418,84,422,84,424,284,426,101,428,402,430,83,
    432,86,436,90,438,1022,442,79,444,90,448,1050,452,440,454,100,458,1094,460,368,462,468,466,99,
    470,392,472,758,474,77,478,91,480,78,482,83,484,510,486,422,490,95,492,154,496,570,498,984,
    500,530,504,158,506,81,508,96,514,1064,518,104,520,130,522,77,524,828,526,79,528,1188,530,89,
    532,584,534,632,536,144,538,129,544,120,548,146,556,116,560,110,562,135,570,87,576,86,580,112,
    586,147,590,1430,596,1188,598,95,600,120,602,81,604,90,606,76,608,80,610,1460,620,78,622,98,
    626,117,630,88,634,82,636,108,638,111,642,88,646,103,648,1148,650,125,654,80,656,224,658,1500,
    660,94,666,101,672,94,674,102,676,106,682,105,686,96,688,124,694,100,698,87,704,120,708,112,
    718,78,720,130,724,134,726,127,730,108,732,104,738,79,742,123,748,106,750,188,758,222,762,112,
    768,76,770,149,774,212,776,108,778,149,786,89,790,112,792,86,794,105,796,338,802,81,804,158,
    818,92,820,360,824,432,828,76,838,87,840,130,842,77,846,76,850,85,852,102,854,83,856,76,
    862,143,864,88,866,105,868,132,870,100,874,112,876,146,878,354,886,76,888,118,890,89,894,83,
    896,174,898,97,900,612,904,130,906,79,908,120,910,115,912,164,922,79,928,108,930,79,932,104,
    936,76,938,131,940,82,942,123,946,123,948,1328,950,83,952,94,954,100,960,294,962,242,964,100,
    966,174,968,104,970,77,972,168,974,1152,976,170,978,91,980,920,988,146,994,97,1004,92,1006,78,
    1010,95,1012,88,1014,168,1020,92,1022,114,1024,1008,1026,89,1028,1364,1030,138,
};

static void check_deep_firewall(kn_ctx *scalar, kn_ctx *omp, const char *label)
{
    size_t n = sizeof deep_firewall / sizeof deep_firewall[0] / 2;
    kn_layer *l = malloc(n * sizeof *l);
    assert_non_null(l);
    for (size_t i = 0; i < n; i++) l[i] = (kn_layer){deep_firewall[2 * i], deep_firewall[2 * i + 1]};
    const int64_t maxes[] = {INT64_MAX, 18302342, 18302341, 20000000};
    const kn_status want[] = {KN_OK, KN_OK, KN_ERR_NOT_FOUND, KN_OK};
    for (size_t m = 0; m < 4; m++) {
        int64_t a = -1, b = -1;
        kn_status sa = kn_firewall_first_safe_delay(scalar, l, n, maxes[m], &a);
        kn_status sb = kn_firewall_first_safe_delay(omp, l, n, maxes[m], &b);
        assert_int_equal(sa, want[m]);
        if (sa != sb || a != b || (sa == KN_OK && a != 18302342))
            fail_msg("%s deep firewall max %lld: scalar %s %lld, omp %s %lld", label, (long long)maxes[m],
                     kn_status_str(sa), (long long)a, kn_status_str(sb), (long long)b);
    }
    free(l);
}

static void test_bit_identity(void **state)
{
    (void)state;
    kn_ctx *scalar;
    assert_int_equal(kn_ctx_create(&scalar, KN_SCALAR), KN_OK);
    const char *threads[] = {"1", "2", "3", "7"};
    const char *schedules[] = {"static", "dynamic", "guided", "dynamic,3", "static,1", "guided,7"};
    for (size_t t = 0; t < 4; t++)
        for (size_t s = 0; s < 6; s++) {
            char label[64];
            snprintf(label, sizeof label, "omp %s threads %s", threads[t], schedules[s]);
            kn_ctx *omp = omp_ctx(threads[t], schedules[s]);
            if (s == 0 || t == 3) check_sums(scalar, omp, label); /* sums ignore the schedule's kind */
            check_julia(scalar, omp, label);
            check_firewall(scalar, omp, label);
            if (s < 3) check_deep_firewall(scalar, omp, label);
            kn_ctx_destroy(omp);
        }
    kn_ctx_destroy(scalar);
}

static void test_env_errors(void **state)
{
    (void)state;
    const struct { const char *var, *value, *msg; } cases[] = {
        {"KERNELS_NUM_THREADS", "0", "KERNELS_NUM_THREADS='0' is invalid: expected an integer from 1 to 1024"},
        {"KERNELS_NUM_THREADS", "1025", "KERNELS_NUM_THREADS='1025' is invalid: expected an integer from 1 to 1024"},
        {"KERNELS_NUM_THREADS", "two", "KERNELS_NUM_THREADS='two' is invalid"},
        {"KERNELS_NUM_THREADS", "3x", "KERNELS_NUM_THREADS='3x' is invalid"},
        {"KERNELS_NUM_THREADS", "-1", "KERNELS_NUM_THREADS='-1' is invalid"},
        {"KERNELS_SCHEDULE", "fast", "KERNELS_SCHEDULE='fast' is invalid: expected static, dynamic or guided"},
        {"KERNELS_SCHEDULE", "static,0", "KERNELS_SCHEDULE='static,0' is invalid"},
        {"KERNELS_SCHEDULE", "guided,", "KERNELS_SCHEDULE='guided,' is invalid"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setenv(cases[i].var, cases[i].value, 1);
        kn_ctx *ctx = (kn_ctx *)&ctx;
        assert_int_equal(kn_ctx_create(&ctx, KN_OMP), KN_ERR_INVALID_ARG);
        assert_null(ctx);
        if (!strstr(kn_last_error(), cases[i].msg)) fail_msg("message '%s' lacks '%s'", kn_last_error(), cases[i].msg);
        unsetenv(cases[i].var);
    }
    setenv("KERNELS_SCHEDULE", " Guided , 4 ", 1);
    setenv("KERNELS_NUM_THREADS", " 3 ", 1);
    kn_ctx *ctx;
    assert_int_equal(kn_ctx_create(&ctx, KN_OMP), KN_OK);
    kn_ctx_destroy(ctx);
    unsetenv("KERNELS_SCHEDULE");
    unsetenv("KERNELS_NUM_THREADS");
    const char *info = kn_backend_info(KN_OMP);
    assert_non_null(strstr(info, "omp: "));
    assert_non_null(strstr(info, "schedule"));
}

/* kn_backend_info describes the environment of the moment and leaves the
 * thread's last error alone. */
static void test_info_follows_environment(void **state)
{
    (void)state;
    kn_backend b;
    assert_int_equal(kn_backend_from_name("nope", &b), KN_ERR_INVALID_ARG);
    char before[512];
    snprintf(before, sizeof before, "%s", kn_last_error());
    setenv("KERNELS_NUM_THREADS", "abc", 1);
    assert_string_equal(kn_backend_info(KN_OMP),
                        "omp: invalid environment: KERNELS_NUM_THREADS='abc' is invalid: expected an integer from 1 to 1024");
    assert_string_equal(kn_last_error(), before);
    setenv("KERNELS_NUM_THREADS", "1", 1);
    setenv("KERNELS_SCHEDULE", "guided,5", 1);
    const char *info = kn_backend_info(KN_OMP), *want = "omp: 1 thread, schedule guided,5, chunks run by ";
    if (strncmp(info, want, strlen(want)) != 0) fail_msg("info '%s' does not start with '%s'", info, want);
    assert_string_equal(kn_last_error(), before);
    kn_ctx *ctx;
    assert_int_equal(kn_ctx_create(&ctx, KN_OMP), KN_OK);
    kn_ctx_destroy(ctx);
    unsetenv("KERNELS_NUM_THREADS");
    unsetenv("KERNELS_SCHEDULE");
}

typedef struct {
    kn_ctx *omp, *scalar;
    int ok;
} worker_arg;

static void *worker(void *p)
{
    worker_arg *w = p;
    enum { N = 300000 };
    double *out = malloc(N * sizeof *out), *expect = malloc(N * sizeof *expect);
    w->ok = out && expect;
    for (int rep = 0; rep < 3 && w->ok; rep++) {
        double a, b;
        w->ok &= kn_norm_square_f64(w->omp, xd, N, &a) == KN_OK && kn_norm_square_f64(w->scalar, xd, N, &b) == KN_OK &&
                 memcmp(&a, &b, sizeof a) == 0;
        w->ok &= kn_suffix_sums_f64(w->omp, xd, N, out) == KN_OK &&
                 kn_suffix_sums_f64(w->scalar, xd, N, expect) == KN_OK && memcmp(out, expect, N * sizeof *out) == 0;
    }
    free(out);
    free(expect);
    return NULL;
}

/* Several user threads on one shared omp context and on their own ones. */
static void test_concurrent_callers(void **state)
{
    (void)state;
    enum { T = 6 };
    kn_ctx *shared = omp_ctx("2", "dynamic"), *scalar;
    assert_int_equal(kn_ctx_create(&scalar, KN_SCALAR), KN_OK);
    pthread_t th[T];
    worker_arg args[T];
    for (int i = 0; i < T; i++) {
        args[i] = (worker_arg){i % 2 ? shared : omp_ctx("3", "guided"), scalar, 0};
        assert_int_equal(pthread_create(&th[i], NULL, worker, &args[i]), 0);
    }
    for (int i = 0; i < T; i++) {
        pthread_join(th[i], NULL);
        assert_true(args[i].ok);
        if (args[i].omp != shared) kn_ctx_destroy(args[i].omp);
    }
    kn_ctx_destroy(shared);
    kn_ctx_destroy(scalar);
}

/* Expressions across chunk boundaries (16384) and thread counts; the
 * exact opcodes and, with the same inner evaluator, every opcode. */
static void test_expressions(void **state)
{
    (void)state;
    const char *names[] = {"a", "b", "c"};
    const char *srcs[] = {"data + data * 5 + 4", "a*b + c / (a - 0.5) % 3 + where(a > b, sqrt(abs(c)), floor(b))",
                          "2*sin(a)**2 + cos(b)*a - sqrt(abs(b)) / (1 + a*a)"};
    const size_t ns[] = {1, 16383, 16384, 16385, 100001};
    kn_ctx *scalar;
    assert_int_equal(kn_ctx_create(&scalar, KN_SCALAR), KN_OK);
    for (size_t t = 0; t < 3; t++) {
        kn_ctx *omp = omp_ctx(t == 0 ? "1" : t == 1 ? "3" : "7", "guided,2");
        for (size_t k = 0; k < 3; k++) {
            const char *one[] = {"data"};
            kn_expr *e;
            if (kn_expr_compile(srcs[k], k ? 3 : 1, k ? names : one, &e)) fail_msg("%s: %s", srcs[k], kn_last_error());
            for (size_t i = 0; i < 5; i++) {
                const double *vars[] = {xd, xd + 1, xd + 2};
                assert_int_equal(kn_expr_eval(scalar, e, ns[i], vars, ref), KN_OK);
                assert_int_equal(kn_expr_eval(omp, e, ns[i], vars, got), KN_OK);
                if (memcmp(ref, got, ns[i] * sizeof *ref)) fail_msg("omp expr '%s' n=%zu differs", srcs[k], ns[i]);
            }
            kn_expr_free(e);
        }
        kn_ctx_destroy(omp);
    }
    kn_ctx_destroy(scalar);
}

/* From inside the caller's own parallel region the backend runs on one
 * thread per caller (no oversubscription) and still gives the same bits. */
static void test_nested_region(void **state)
{
    (void)state;
    kn_ctx *omp = omp_ctx("2", "dynamic"), *scalar;
    assert_int_equal(kn_ctx_create(&scalar, KN_SCALAR), KN_OK);
    double expect;
    assert_int_equal(kn_norm_square_f64(scalar, xd, 500000, &expect), KN_OK);
    int bad = 0;
#pragma omp parallel num_threads(2) reduction(+ : bad)
    {
        double r;
        bad += kn_norm_square_f64(omp, xd, 500000, &r) != KN_OK || memcmp(&r, &expect, sizeof r) != 0;
    }
    assert_int_equal(bad, 0);
    kn_ctx_destroy(omp);
    kn_ctx_destroy(scalar);
}

/* An inner backend whose firewall scan fails for every segment starting
 * at or after fail_from. */
static uint64_t fail_from;

static KN_FW_SCAN_PROT(failing_scan)
{
    if (from >= fail_from) return kn_fail(KN_ERR_DEVICE, "inner: the segment at %llu failed", (unsigned long long)from);
    return kn_scalar_prims.fw_scan(ctx, plan, from, limit, delay);
}

/* A failure inside a parallel segment is returned with its message, not
 * taken for "no safe delay there"; one above the answer does not matter. */
static void test_firewall_inner_failure(void **state)
{
    (void)state;
    size_t n = sizeof deep_firewall / sizeof deep_firewall[0] / 2;
    kn_layer *l = malloc(n * sizeof *l);
    assert_non_null(l);
    for (size_t i = 0; i < n; i++) l[i] = (kn_layer){deep_firewall[2 * i], deep_firewall[2 * i + 1]};
    kn_cpu_prims prims = kn_scalar_prims;
    prims.fw_scan = failing_scan;
    kn_backend_ops ops = kn_scalar_ops;
    ops.prims = &prims;
    kn_ctx inner = {&ops, NULL, NULL};
    inner.prims_ctx = &inner;
    const char *threads[] = {"2", "3", "7"}; /* one thread scans on the caller, in one piece */
    for (size_t t = 0; t < 3; t++) {
        kn_ctx *omp = omp_ctx(threads[t], "dynamic");
        kn_ctx *saved = omp->prims_ctx;
        omp->prims_ctx = &inner;
        int64_t d = -1;
        fail_from = (uint64_t)1 << 24; /* past the serial prefix: every parallel segment */
        assert_int_equal(kn_firewall_first_safe_delay(omp, l, n, 20000000, &d), KN_ERR_DEVICE);
        if (strncmp(kn_last_error(), "inner: the segment at ", 22) != 0) fail_msg("message: %s", kn_last_error());
        assert_int_equal(d, -1);
        fail_from = 18302343; /* segments starting past the answer */
        assert_int_equal(kn_firewall_first_safe_delay(omp, l, n, INT64_MAX, &d), KN_OK);
        assert_int_equal(d, 18302342);
        omp->prims_ctx = saved;
        kn_ctx_destroy(omp);
    }
    free(l);
}

/* The caller's OpenMP state after a call: what omp_get_schedule and
 * omp_get_max_threads say on the calling thread. */
typedef struct {
    omp_sched_t kind;
    int chunk, max_threads;
} caller_icvs;

static caller_icvs read_icvs(void)
{
    caller_icvs c;
    omp_get_schedule(&c.kind, &c.chunk);
    c.max_threads = omp_get_max_threads();
    return c;
}

static void expect_icvs(caller_icvs want, const char *kernel)
{
    caller_icvs got = read_icvs();
    if (got.kind != want.kind || got.chunk != want.chunk || got.max_threads != want.max_threads)
        fail_msg("%s changed the caller's OpenMP state: schedule (%d, %d) max threads %d, was (%d, %d) %d", kernel,
                 (int)got.kind, got.chunk, got.max_threads, (int)want.kind, want.chunk, want.max_threads);
}

/* Every kernel on an omp context with KERNELS_SCHEDULE=guided,4, on inputs
 * large enough to run on a team, leaves the caller's schedule (static,7)
 * and thread count (5) as they were: the context's schedule applies inside
 * its own parallel regions only. */
static void test_caller_icvs_kept(void **state)
{
    (void)state;
    kn_ctx *omp = omp_ctx("3", "guided,4");
    omp_set_schedule(omp_sched_static, 7);
    omp_set_num_threads(5);
    const caller_icvs want = read_icvs();
    const size_t n = 300000;
    double d;
    int64_t i64;
    assert_int_equal(kn_norm_square_f64(omp, xd, n, &d), KN_OK);
    expect_icvs(want, "kn_norm_square_f64");
    assert_int_equal(kn_norm_square_i64(omp, xi, n, &i64), KN_OK);
    expect_icvs(want, "kn_norm_square_i64");
    assert_int_equal(kn_suffix_sums_f64(omp, xd, n, got), KN_OK);
    expect_icvs(want, "kn_suffix_sums_f64");
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 301, 203, 300};
    int32_t *counts = malloc((size_t)p.width * (size_t)p.height * sizeof *counts);
    assert_non_null(counts);
    assert_int_equal(kn_julia(omp, &p, counts), KN_OK);
    expect_icvs(want, "kn_julia");
    const size_t pts = 20000;
    assert_int_equal(kn_julia_points(omp, pts, xd, xd + pts, xd + 2 * pts, xd + 3 * pts, 50, counts), KN_OK);
    expect_icvs(want, "kn_julia_points");
    free(counts);
    size_t nl = sizeof deep_firewall / sizeof deep_firewall[0] / 2;
    kn_layer *l = malloc(nl * sizeof *l);
    assert_non_null(l);
    for (size_t k = 0; k < nl; k++) l[k] = (kn_layer){deep_firewall[2 * k], deep_firewall[2 * k + 1]};
    int64_t delay, severity;
    assert_int_equal(kn_firewall_first_safe_delay(omp, l, nl, INT64_MAX, &delay), KN_OK);
    assert_int_equal(delay, 18302342);
    expect_icvs(want, "kn_firewall_first_safe_delay");
    assert_int_equal(kn_firewall_severity(omp, l, nl, 0, &severity), KN_OK);
    expect_icvs(want, "kn_firewall_severity");
    free(l);
    const char *names[] = {"a", "b"};
    kn_expr *e;
    assert_int_equal(kn_expr_compile("a * b + 1.5", 2, names, &e), KN_OK);
    const double *vars[] = {xd, xd + 1};
    assert_int_equal(kn_expr_eval(omp, e, n, vars, got), KN_OK);
    expect_icvs(want, "kn_expr_eval");
    kn_expr_free(e);
    kn_ctx_destroy(omp);
}

static int setup(void **state)
{
    (void)state;
    rng_state = 42;
    xd = malloc((MAXN + 1) * sizeof *xd);
    xi = malloc((MAXN + 1) * sizeof *xi);
    ref = malloc(MAXN * sizeof *ref);
    got = malloc(MAXN * sizeof *got);
    if (!xd || !xi || !ref || !got) return -1;
    for (size_t i = 0; i <= MAXN; i++) {
        xd[i] = next_double() * 1e3;
        xi[i] = (int64_t)(next_u64() % 2000001) - 1000000;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(xd), free(xi), free(ref), free(got);
    return 0;
}

int main(void)
{
    if (!kn_backend_available(KN_OMP)) {
        printf("SKIP: omp backend not available: %s\n", kn_backend_info(KN_OMP));
        return 0;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_info_follows_environment),
        cmocka_unit_test(test_bit_identity),
        cmocka_unit_test(test_env_errors),
        cmocka_unit_test(test_concurrent_callers),
        cmocka_unit_test(test_nested_region),
        cmocka_unit_test(test_expressions),
        cmocka_unit_test(test_firewall_inner_failure),
        cmocka_unit_test(test_caller_icvs_kept),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
