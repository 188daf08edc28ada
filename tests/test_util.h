/* Shared helpers of the libkernels cmocka tests: a fixed PRNG (splitmix64),
 * deterministic fillers, status+message assertions, whole-file reading,
 * iteration over every available backend, and bit-exact array comparison.
 *
 * Every helper that asserts reports the caller's file and line and, inside
 * KT_FOR_EACH_BACKEND, the backend under test. cmocka assertions must only
 * be used on the thread running the test (they longjmp). */
#ifndef KT_TEST_UTIL_H
#define KT_TEST_UTIL_H

/* cmocka.h needs these first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "kernels.h"

/* ---- deterministic inputs ---------------------------------------------- */

/* splitmix64 (Steele, Lea, Flood 2014): the next 64-bit value of *state. */
uint64_t kt_splitmix64(uint64_t *state);
/* Uniform double in [0, 1) with 53 random bits. */
double kt_uniform(uint64_t *state);
/* Uniform integer in [lo, hi] (inclusive; any lo <= hi in int64). */
int64_t kt_rand_i64(uint64_t *state, int64_t lo, int64_t hi);

/* x[i] uniform in [lo, hi). */
void kt_fill_f64(double *x, size_t n, uint64_t seed, double lo, double hi);
/* x[i] = +-m * 2^e with m uniform in [1, 2) and e uniform in
 * [emin, emax]: mixed magnitudes, so that a different summation order gives
 * different bits. */
void kt_fill_f64_mixed(double *x, size_t n, uint64_t seed, int emin, int emax, int signed_values);
/* x[i] uniform in [lo, hi] (inclusive). */
void kt_fill_i64(int64_t *x, size_t n, uint64_t seed, int64_t lo, int64_t hi);

/* ---- backends ---------------------------------------------------------- */

/* Iterates over every available backend KN_SCALAR..KN_CUDA, with a fresh
 * context for each (so backends added later are covered automatically):
 *     KT_FOR_EACH_BACKEND(it) { ... it.ctx, it.backend ... }
 * Do not `break` out of the loop (the context would leak). */
typedef struct {
    kn_backend backend;
    kn_ctx *ctx;
} kt_backend_iter;

int kt_next_backend(kt_backend_iter *it);
#define KT_FOR_EACH_BACKEND(it) for (kt_backend_iter it = {KN_AUTO, NULL}; kt_next_backend(&it);)

/* Name of the backend under test in KT_FOR_EACH_BACKEND ("-" outside). */
const char *kt_current_backend(void);

/* Number of available backends among KN_SCALAR..KN_CUDA (>= 1). */
int kt_available_backend_count(void);

/* ---- assertions -------------------------------------------------------- */

/* Asserts that `call` returns KN_OK (printing kn_last_error() otherwise). */
#define kt_ok(call) kt_check_status_((call), KN_OK, NULL, #call, __FILE__, __LINE__)

/* Asserts that `call` returns `status` AND that kn_last_error() contains
 * `substr` (NULL: only the status is checked). */
#define kt_expect_error(call, status, substr) kt_check_status_((call), (status), (substr), #call, __FILE__, __LINE__)

void kt_check_status_(kn_status got, kn_status want, const char *substr, const char *expr, const char *file,
                      int line);

/* Asserts that kn_last_error() contains substr. */
#define kt_assert_error_contains(substr) kt_assert_error_contains_((substr), __FILE__, __LINE__)
void kt_assert_error_contains_(const char *substr, const char *file, int line);

/* Exact int64 equality with both values printed in decimal. */
#define kt_assert_i64_eq(got, want) kt_assert_i64_eq_((int64_t)(got), (int64_t)(want), #got, __FILE__, __LINE__)
void kt_assert_i64_eq_(int64_t got, int64_t want, const char *expr, const char *file, int line);

/* Bit-exact comparison of double arrays (memcmp); on mismatch prints the
 * first differing index and both values (%a) and fails. */
#define kt_assert_f64_identical(got, want, n, what) \
    kt_assert_f64_identical_((got), (want), (n), (what), __FILE__, __LINE__)
void kt_assert_f64_identical_(const double *got, const double *want, size_t n, const char *what, const char *file,
                              int line);

/* Bit-exact comparison of two doubles (so -0.0 != +0.0, NaN == same NaN). */
#define kt_assert_f64_bits(got, want, what) kt_assert_f64_identical_(&(double){got}, &(double){want}, 1, (what), __FILE__, __LINE__)

/* Exact comparison of int32 arrays; prints the first differing index. */
#define kt_assert_i32_identical(got, want, n, what) \
    kt_assert_i32_identical_((got), (want), (n), (what), __FILE__, __LINE__)
void kt_assert_i32_identical_(const int32_t *got, const int32_t *want, size_t n, const char *what,
                              const char *file, int line);

/* ---- files and memory -------------------------------------------------- */

/* Reads a whole file into a NUL-terminated malloc'ed buffer (*len without
 * the NUL if len is not NULL); NULL if it cannot be read. */
char *kt_read_file(const char *path, size_t *len);

/* malloc that fails the test when out of memory. */
void *kt_xmalloc(size_t bytes);

#endif
