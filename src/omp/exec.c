/* The OpenMP executor, the library's only parallel code. It leaves the
 * caller's OpenMP state alone: the context's schedule is set inside each
 * parallel region, where the run-sched-var ICV belongs to the region's
 * implicit task and ends with it; nothing else is ever set. */
#include <omp.h>
#include <stdio.h>

#include "../core/error.h"
#include "omp_backend.h"

/* At most one thread per unit (a single unit wakes no other thread), and
 * 1 inside an enclosing parallel region (no oversubscription). */
static int omp_exec_team(const kn_ctx *ctx, size_t units)
{
    const kn_omp_state *s = ctx->state;
    if (omp_in_parallel() || units < 2) return 1;
    return units < (size_t)s->threads ? (int)units : s->threads;
}

static void apply_schedule(const kn_omp_state *s)
{
    static const omp_sched_t kinds[] = {omp_sched_static, omp_sched_dynamic, omp_sched_guided};
    omp_set_schedule(kinds[s->sched], s->chunk);
}

/* The first failure inside a region. Errors are thread-local, so the
 * failing thread's sentence is copied here and set again on the caller. */
typedef struct {
    int claimed;
    kn_status st;
    char msg[KN_ERROR_MAX];
} failure;

static void failure_record(failure *f, kn_status st)
{
    int before;
#pragma omp atomic capture
    {
        before = f->claimed;
        f->claimed = 1;
    }
    if (before) return;
    f->st = st;
    snprintf(f->msg, sizeof f->msg, "%s", kn_last_error());
}

static kn_status omp_exec_parallel_for(const kn_ctx *ctx, int team, size_t units, kn_unit_fn fn, void *arg)
{
    const kn_omp_state *s = ctx->state;
    failure f = {0};
#pragma omp parallel num_threads(team)
    {
        apply_schedule(s);
        int thread = omp_get_thread_num();
#pragma omp for schedule(runtime)
        for (size_t u = 0; u < units; u++) {
            kn_status st = fn(arg, u, thread);
            if (st) failure_record(&f, st);
        }
    }
    return f.claimed ? kn_fail(f.st, "%s", f.msg) : KN_OK;
}

static void omp_exec_run_team(const kn_ctx *ctx, int team, kn_team_fn fn, void *arg)
{
    (void)ctx;
#pragma omp parallel num_threads(team)
    fn(arg, omp_get_thread_num(), omp_get_num_threads());
}

static void omp_exec_barrier(void)
{
#pragma omp barrier
}

const kn_exec_ops kn_exec_omp = {
    .team = omp_exec_team,
    .parallel_for = omp_exec_parallel_for,
    .run_team = omp_exec_run_team,
    .barrier = omp_exec_barrier,
};
