/* The process default context (ctx == NULL) when KERNELS_BACKEND is usable:
 * created once, by whichever of several racing threads comes first, and
 * then every kernel works through it. The ctest ENVIRONMENT sets
 * KERNELS_BACKEND to the empty string; this program unsets it before its
 * first library call so that the default is "the best available". */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/dispatch.h" /* kn_backend_best */
#include "goldens.h"
#include "test_util.h"

enum { NTHREADS = 8 };

typedef struct {
    kn_status st;
    kn_backend backend;
    int64_t norm;
} race_result;

static pthread_barrier_t barrier;

static void *racer(void *arg)
{
    race_result *r = arg;
    int64_t x[4] = {1, 2, 3, 4};
    pthread_barrier_wait(&barrier);
    r->st = kn_norm_square_i64(NULL, x, 4, &r->norm); /* first use of the default, from 8 threads at once */
    r->backend = kn_ctx_backend(NULL);
    return NULL;
}

/* Must run first: nothing has touched the default context yet. */
static void test_race_on_first_use(void **state)
{
    (void)state;
    race_result r[NTHREADS];
    pthread_t t[NTHREADS];
    assert_int_equal(pthread_barrier_init(&barrier, NULL, NTHREADS), 0);
    for (int i = 0; i < NTHREADS; i++) {
        r[i].st = (kn_status)-1;
        assert_int_equal(pthread_create(&t[i], NULL, racer, &r[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) assert_int_equal(pthread_join(t[i], NULL), 0);
    pthread_barrier_destroy(&barrier);
    kn_backend best = kn_backend_best();
    for (int i = 0; i < NTHREADS; i++) {
        assert_int_equal(r[i].st, KN_OK);
        kt_assert_i64_eq(r[i].norm, 30);
        assert_int_equal(r[i].backend, best);
    }
    assert_int_equal(kn_ctx_backend(NULL), best);
    assert_true(kn_ctx_backend(NULL) != KN_AUTO);
}

/* Created once: a later KERNELS_BACKEND does not change it. */
static void test_created_once(void **state)
{
    (void)state;
    kn_backend b = kn_ctx_backend(NULL);
    setenv("KERNELS_BACKEND", "bogus", 1);
    assert_int_equal(kn_ctx_backend(NULL), b);
    int64_t x = 3, out = 0;
    kt_ok(kn_norm_square_i64(NULL, &x, 1, &out));
    kt_assert_i64_eq(out, 9);
    /* ... while a new KN_AUTO context does read it. */
    kn_ctx *c = NULL;
    kt_expect_error(kn_ctx_create(&c, KN_AUTO), KN_ERR_INVALID_ARG, "unknown backend 'bogus'");
    unsetenv("KERNELS_BACKEND");
}

/* Every kernel through ctx == NULL gives its golden value. */
static void test_every_kernel_default(void **state)
{
    (void)state;
    kn_julia_params p = KN_GOLDEN_JULIA;
    const size_t points = (size_t)p.width * (size_t)p.height;
    int32_t *counts = kt_xmalloc(points * sizeof *counts);
    kt_ok(kn_julia(NULL, &p, counts));
    int64_t sum = 0;
    for (size_t k = 0; k < points; k++) sum += counts[k];
    kt_assert_i64_eq(sum, KN_GOLDEN_JULIA_SUM);
    double z = 0.0;
    int32_t c = -1;
    kt_ok(kn_julia_points(NULL, 1, &z, &z, &z, &z, 17, &c));
    assert_int_equal(c, 17);
    free(counts);

    kn_layer *l = NULL;
    size_t n = 0;
    kt_ok(kn_firewall_parse(KN_GOLDEN_FIREWALL_TEXT, &l, &n));
    int64_t sev = -1, delay = -1;
    kt_ok(kn_firewall_severity(NULL, l, n, 0, &sev));
    kt_assert_i64_eq(sev, KN_GOLDEN_FIREWALL_SEVERITY);
    kt_ok(kn_firewall_first_safe_delay(NULL, l, n, INT64_MAX, &delay));
    kt_assert_i64_eq(delay, KN_GOLDEN_FIREWALL_DELAY);
    kn_free(l);

    int64_t *xi = kt_xmalloc(KN_GOLDEN_NORM_N * sizeof *xi);
    for (size_t i = 0; i < KN_GOLDEN_NORM_N; i++) xi[i] = (int64_t)i;
    int64_t ni = 0;
    kt_ok(kn_norm_square_i64(NULL, xi, KN_GOLDEN_NORM_N, &ni));
    kt_assert_i64_eq(ni, KN_GOLDEN_NORM_I64);
    free(xi);

    double *x = kt_xmalloc(KN_GOLDEN_SUFFIX_N * sizeof *x), *out = kt_xmalloc(KN_GOLDEN_SUFFIX_N * sizeof *out);
    for (size_t i = 0; i < KN_GOLDEN_SUFFIX_N; i++) x[i] = (double)i;
    kt_ok(kn_suffix_sums_f64(NULL, x, KN_GOLDEN_SUFFIX_N, out));
    kt_assert_f64_bits(out[0], KN_GOLDEN_SUFFIX_FIRST, "suffix out[0]");
    double s = 0.0;
    for (size_t i = 0; i < KN_GOLDEN_SUFFIX_N; i++) s += out[i];
    kt_assert_f64_bits(s, KN_GOLDEN_SUFFIX_SUM, "sum of suffix sums");
    double nf = -1.0;
    kt_ok(kn_norm_square_f64(NULL, x, 3, &nf));
    kt_assert_f64_bits(nf, 5.0, "norm f64");
    free(x);
    free(out);
    /* Errors through the default context still name the argument. */
    kt_expect_error(kn_norm_square_f64(NULL, NULL, 1, &nf), KN_ERR_INVALID_ARG, "kn_norm_square_f64: x is NULL");
}

int main(void)
{
    unsetenv("KERNELS_BACKEND");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_race_on_first_use),
        cmocka_unit_test(test_created_once),
        cmocka_unit_test(test_every_kernel_default),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
