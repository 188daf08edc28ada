/* The process default context when KERNELS_BACKEND names no usable backend:
 * every call with ctx == NULL fails with the same status and message until
 * the process restarts, while explicit contexts keep working.
 *   test_default_ctx_bad              KERNELS_BACKEND=bogus -> KN_ERR_INVALID_ARG
 *   test_default_ctx_bad unavailable  KERNELS_BACKEND=<an unavailable backend>
 *                                     -> KN_ERR_UNAVAILABLE (skipped if all are available)
 * The variable is set with setenv before the first library call. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

static kn_status want_status = KN_ERR_INVALID_ARG;
static char want_msg[512];
static const char *env_value = "bogus";

enum { NTHREADS = 8 };
static pthread_barrier_t barrier;

typedef struct {
    kn_status st;
    kn_backend backend;
    char msg[1024];
} race_result;

static void *racer(void *arg)
{
    race_result *r = arg;
    int64_t x = 2, out = -1;
    pthread_barrier_wait(&barrier);
    r->st = kn_norm_square_i64(NULL, &x, 1, &out);
    snprintf(r->msg, sizeof r->msg, "%s", kn_last_error());
    r->backend = kn_ctx_backend(NULL);
    return NULL;
}

static void test_race_on_first_use(void **state)
{
    (void)state;
    if (!env_value) {
        print_message("SKIP: every backend is available, none to ask for in vain\n");
        skip();
    }
    race_result r[NTHREADS];
    pthread_t t[NTHREADS];
    assert_int_equal(pthread_barrier_init(&barrier, NULL, NTHREADS), 0);
    for (int i = 0; i < NTHREADS; i++) assert_int_equal(pthread_create(&t[i], NULL, racer, &r[i]), 0);
    for (int i = 0; i < NTHREADS; i++) assert_int_equal(pthread_join(t[i], NULL), 0);
    pthread_barrier_destroy(&barrier);
    for (int i = 0; i < NTHREADS; i++) {
        assert_int_equal(r[i].st, want_status);
        if (!strstr(r[i].msg, want_msg)) fail_msg("thread %d: \"%s\" lacks \"%s\"", i, r[i].msg, want_msg);
        assert_true(strstr(r[i].msg, "the default context could not be made") != NULL);
        assert_int_equal(r[i].backend, KN_AUTO);
    }
}

/* Every entry point with ctx == NULL: the same status and message, outputs
 * untouched, again and again, even after KERNELS_BACKEND is fixed. */
static void test_every_call_fails(void **state)
{
    (void)state;
    if (!env_value) skip();
    setenv("KERNELS_BACKEND", "scalar", 1); /* too late: the default was made once */
    for (int round = 0; round < 2; round++) {
        kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 2, 2, 10};
        int32_t counts[4] = {-1, -1, -1, -1};
        double d = 0.5, dout = -1.0, sfx[2] = {-1.0, -1.0}, two[2] = {1.0, 2.0};
        int64_t i64 = 3, iout = -1, sev = -1, delay = -1;
        kn_layer l[1] = {{0, 3}};
        kt_expect_error(kn_julia(NULL, &p, counts), want_status, want_msg);
        kt_expect_error(kn_julia_points(NULL, 1, &d, &d, &d, &d, 10, counts), want_status, want_msg);
        kt_expect_error(kn_julia_points(NULL, 0, NULL, NULL, NULL, NULL, 10, NULL), want_status, want_msg);
        kt_expect_error(kn_firewall_severity(NULL, l, 1, 0, &sev), want_status, want_msg);
        kt_expect_error(kn_firewall_first_safe_delay(NULL, l, 1, 100, &delay), want_status, want_msg);
        kt_expect_error(kn_firewall_first_safe_delay(NULL, NULL, 0, 100, &delay), want_status, want_msg);
        kt_expect_error(kn_norm_square_f64(NULL, &d, 1, &dout), want_status, want_msg);
        kt_expect_error(kn_norm_square_f64(NULL, NULL, 0, &dout), want_status, want_msg);
        kt_expect_error(kn_norm_square_i64(NULL, &i64, 1, &iout), want_status, want_msg);
        kt_expect_error(kn_suffix_sums_f64(NULL, two, 2, sfx), want_status, want_msg);
        kt_expect_error(kn_suffix_sums_f64(NULL, NULL, 0, NULL), want_status, want_msg);
        assert_int_equal(kn_ctx_backend(NULL), KN_AUTO);
        for (int k = 0; k < 4; k++) assert_int_equal(counts[k], -1);
        kt_assert_f64_bits(dout, -1.0, "norm out untouched");
        kt_assert_f64_bits(sfx[0], -1.0, "suffix out untouched");
        kt_assert_i64_eq(iout, -1);
        kt_assert_i64_eq(sev, -1);
        kt_assert_i64_eq(delay, -1);
        /* Argument errors are still reported as such, before the default. */
        kt_expect_error(kn_norm_square_i64(NULL, NULL, 1, &iout), KN_ERR_INVALID_ARG, "kn_norm_square_i64: x is NULL");
    }
    unsetenv("KERNELS_BACKEND");
}

/* Explicit contexts are unaffected. */
static void test_explicit_ctx_works(void **state)
{
    (void)state;
    kn_ctx *ctx = NULL;
    kt_ok(kn_ctx_create(&ctx, KN_SCALAR));
    int64_t x[2] = {5, 12}, out = 0;
    kt_ok(kn_norm_square_i64(ctx, x, 2, &out));
    kt_assert_i64_eq(out, 169);
    kn_ctx_destroy(ctx);
}

int main(int argc, char **argv)
{
    /* Chosen before any call that could create the default context. */
    if (argc > 1 && strcmp(argv[1], "unavailable") == 0) {
        env_value = NULL;
        want_status = KN_ERR_UNAVAILABLE;
        static const char *const names[] = {"cuda", "opencl", "omp", "simd"};
        for (int i = 0; i < 4 && !env_value; i++) {
            kn_backend b;
            if (kn_backend_from_name(names[i], &b) == KN_OK && !kn_backend_available(b)) {
                env_value = names[i];
                snprintf(want_msg, sizeof want_msg, "KERNELS_BACKEND='%s': no listed backend is available: %s",
                         names[i], kn_backend_info(b));
            }
        }
    } else {
        snprintf(want_msg, sizeof want_msg,
                 "KERNELS_BACKEND: unknown backend 'bogus'; valid names are auto, scalar, simd, omp, opencl, cuda");
    }
    if (env_value) setenv("KERNELS_BACKEND", env_value, 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_race_on_first_use),
        cmocka_unit_test(test_every_call_fails),
        cmocka_unit_test(test_explicit_ctx_works),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
