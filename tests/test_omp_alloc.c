/* kn_expr_eval on the omp backend allocates at most one scratch buffer per
 * thread per call, and reports a failed allocation as KN_ERR_NO_MEMORY,
 * in the name of the function called (kn_expr_eval_strided too).
 * This executable defines aligned_alloc itself: the library's calls land
 * here, are counted (and, on request, failed) and are served by
 * posix_memalign, which resolves to whatever allocator free() belongs to
 * (the C library's, or a sanitizer's interceptor). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "core/backend.h"
#include "core/exec.h"
#include "kernels.h"

/* Only allocations this large are counted (and failed): the expression's
 * scratch is, the OpenMP runtime's own bookkeeping is not. */
#define COUNTED_BYTES ((size_t)64 << 10)

static atomic_size_t counted;
static atomic_int fail_counted;

void *aligned_alloc(size_t alignment, size_t size)
{
    if (size >= COUNTED_BYTES) {
        atomic_fetch_add(&counted, 1);
        if (atomic_load(&fail_counted)) return NULL;
    }
    void *p = NULL;
    return posix_memalign(&p, alignment < sizeof(void *) ? sizeof(void *) : alignment, size) ? NULL : p;
}

enum { TERMS = 100, THREADS = 3, CHUNKS = 40, N = CHUNKS * 16384 };

/* a*1.5 + a*2.5 + ... : TERMS distinct constants, whose scratch blocks are
 * far too large for the evaluator's stack. */
static char *many_terms(void)
{
    char *src = malloc(TERMS * 16);
    size_t len = 0;
    for (int k = 0; k < TERMS; k++) len += (size_t)sprintf(src + len, "%sa*%d.5", k ? " + " : "", k + 1);
    return src;
}

static kn_ctx *omp_ctx(void)
{
    setenv("KERNELS_NUM_THREADS", "3", 1);
    setenv("KERNELS_SCHEDULE", "dynamic,1", 1);
    kn_ctx *ctx = NULL;
    kn_status st = kn_ctx_create(&ctx, KN_OMP);
    if (st) fail_msg("kn_ctx_create(omp): %s", kn_last_error());
    unsetenv("KERNELS_NUM_THREADS");
    unsetenv("KERNELS_SCHEDULE");
    return ctx;
}

/* The omp backend cuts its team for a while after a call that lost time
 * to it (a busy machine: this one may be); its full team comes back within
 * a second. */
/* strides NULL: kn_expr_eval; otherwise kn_expr_eval_strided. */
static kn_status eval_on_full_team(kn_ctx *omp, const kn_expr *e, const double *const *vars,
                                   const ptrdiff_t *strides, double *got)
{
    const kn_exec_ops *exec = omp->ops->exec;
    for (int tries = 0; tries < 40 && exec->team(omp, CHUNKS) < THREADS; tries++) {
        struct timespec pause = {0, 100000000};
        nanosleep(&pause, NULL);
    }
    assert_int_equal(exec->team(omp, CHUNKS), THREADS);
    atomic_store(&counted, 0);
    return strides ? kn_expr_eval_strided(omp, e, N, vars, strides, got) : kn_expr_eval(omp, e, N, vars, got);
}

static void test_scratch_per_thread(void **state)
{
    (void)state;
    char *src = many_terms();
    const char *names[] = {"a"};
    kn_expr *e;
    assert_int_equal(kn_expr_compile(src, 1, names, &e), KN_OK);
    double *a = malloc(N * sizeof *a), *got = malloc(N * sizeof *got), *want = malloc(N * sizeof *want);
    assert_non_null(a), assert_non_null(got), assert_non_null(want);
    for (size_t i = 0; i < N; i++) a[i] = (double)i * 0.25 - 1000.0;
    const double *vars[] = {a};
    kn_ctx *omp = omp_ctx(), *scalar;
    assert_int_equal(kn_ctx_create(&scalar, KN_SCALAR), KN_OK);
    assert_int_equal(kn_expr_eval(scalar, e, N, vars, want), KN_OK);
    assert_int_equal(kn_expr_eval(omp, e, N, vars, got), KN_OK); /* the team is made */

    assert_int_equal(eval_on_full_team(omp, e, vars, NULL, got), KN_OK);
    size_t calls = atomic_load(&counted);
    if (calls < 1 || calls > THREADS)
        fail_msg("%zu scratch allocations for %d chunks on %d threads; want 1 to %d", calls, CHUNKS, THREADS,
                 THREADS);
    assert_memory_equal(got, want, N * sizeof *got);

    atomic_store(&fail_counted, 1);
    kn_status st = eval_on_full_team(omp, e, vars, NULL, got);
    atomic_store(&fail_counted, 0);
    assert_int_equal(st, KN_ERR_NO_MEMORY);
    assert_string_equal(kn_last_error(), "kn_expr_eval: out of memory for 641664 bytes of scratch");
    /* The same failure names the function that was called. */
    const ptrdiff_t strides[] = {1};
    atomic_store(&fail_counted, 1);
    st = eval_on_full_team(omp, e, vars, strides, got);
    atomic_store(&fail_counted, 0);
    assert_int_equal(st, KN_ERR_NO_MEMORY);
    assert_string_equal(kn_last_error(), "kn_expr_eval_strided: out of memory for 641664 bytes of scratch");

    kn_ctx_destroy(scalar);
    kn_ctx_destroy(omp);
    kn_expr_free(e);
    free(a), free(got), free(want), free(src);
}

int main(void)
{
    if (!kn_backend_available(KN_OMP)) {
        printf("SKIP: omp backend not available: %s\n", kn_backend_info(KN_OMP));
        return 0;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scratch_per_thread),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
