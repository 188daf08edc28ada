/* The OpenMP executor on a busy machine: a team member that stops (as a
 * descheduled thread does) leaves every unit it has not claimed to the
 * caller, and a call that had to wait for it cuts the context's later
 * teams until a backoff ends. The stall is simulated inside a unit (a
 * sleep) so that the test does not depend on the machine's load. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include <cmocka.h>

#include "core/backend.h"
#include "core/exec.h"
#include "kernels.h"

#define UNITS 64
#define STALL_NS 20000000L
#define WAIT_LIMIT_NS 5000000000LL

static void sleep_ns(long ns)
{
    struct timespec t = {ns / 1000000000L, ns % 1000000000L};
    nanosleep(&t, NULL);
}

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* The caller's first unit waits until a team member has started one; that
 * member's first unit then stalls while the caller runs the rest. */
typedef struct {
    int member_started, member_stalled;
    int ran[UNITS], by_caller;
} stall_job;

static kn_status stall_unit(void *arg, size_t u, int thread)
{
    stall_job *j = arg;
    __atomic_fetch_add(&j->ran[u], 1, __ATOMIC_RELAXED);
    if (thread == 0) {
        int64_t give_up = now_ns() + WAIT_LIMIT_NS;
        while (!__atomic_load_n(&j->member_started, __ATOMIC_ACQUIRE) && now_ns() < give_up) sleep_ns(100000);
        j->by_caller++;
    } else if (!__atomic_exchange_n(&j->member_started, 1, __ATOMIC_ACQ_REL)) {
        sleep_ns(STALL_NS);
        j->member_stalled = 1;
    }
    return KN_OK;
}

static kn_ctx *omp_ctx(void)
{
    setenv("KERNELS_NUM_THREADS", "2", 1);
    kn_ctx *ctx = NULL;
    kn_status st = kn_ctx_create(&ctx, KN_OMP);
    unsetenv("KERNELS_NUM_THREADS");
    assert_int_equal(st, KN_OK);
    return ctx;
}

/* Retried after the first backoff (a few milliseconds), well within this. */
static void expect_team_regrows(const kn_exec_ops *exec, kn_ctx *ctx)
{
    int64_t give_up = now_ns() + WAIT_LIMIT_NS;
    while (exec->team(ctx, UNITS) == 1 && now_ns() < give_up) sleep_ns(1000000);
    assert_int_equal(exec->team(ctx, UNITS), 2);
}

static void test_stalled_member_in_parallel_for(void **state)
{
    (void)state;
    if (!kn_backend_available(KN_OMP)) skip();
    kn_ctx *ctx = omp_ctx();
    const kn_exec_ops *exec = ctx->ops->exec;
    assert_int_equal(exec->team(ctx, UNITS), 2);
    stall_job j = {0};
    assert_int_equal(exec->parallel_for(ctx, 2, UNITS, stall_unit, &j), KN_OK);
    for (int u = 0; u < UNITS; u++) assert_int_equal(j.ran[u], 1);
    assert_int_equal(j.member_stalled, 1);
    assert_int_equal(j.by_caller, UNITS - 1);
    assert_int_equal(exec->team(ctx, UNITS), 1);
    expect_team_regrows(exec, ctx);
    kn_ctx_destroy(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stalled_member_in_parallel_for),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
