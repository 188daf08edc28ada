#include <omp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "../core/dispatch.h"
#include "../core/error.h"
#include "omp_backend.h"

static kn_backend inner_backend(void) { return kn_backend_available(KN_SIMD) ? KN_SIMD : KN_SCALAR; }

/* libgomp and libomp end the process when they cannot create a thread, and
 * each thread reserves a stack of several MiB of address space, so a team
 * never exceeds THREADS_PER_PROC threads per processor (more cannot run at
 * once anyway) nor MAX_THREADS, the most KERNELS_NUM_THREADS accepts. */
#define MAX_THREADS 1024
#define THREADS_PER_PROC 4

static int thread_cap(void)
{
    int procs = omp_get_num_procs();
    return procs < MAX_THREADS / THREADS_PER_PROC ? procs * THREADS_PER_PROC : MAX_THREADS;
}

/* *asked: the thread count the environment asks for, before the cap. */
static kn_status read_env(kn_omp_state *s, int *asked)
{
    *asked = omp_get_max_threads();
    s->sched = KN_SCHED_DYNAMIC;
    s->chunk = 0;
    kn_status st = kn_env_positive_int("KERNELS_NUM_THREADS", MAX_THREADS, asked);
    if (!st) st = kn_env_schedule("KERNELS_SCHEDULE", &s->sched, &s->chunk);
    int cap = thread_cap();
    s->threads = *asked < cap ? *asked : cap;
    return st;
}

/* The OpenMP runtime is brought up once, by one thread, before any omp
 * context exists: LLVM's libomp asserts (kmp_dispatch.cpp, __kmp_init_serial)
 * when several threads make their first OpenMP call at the same moment.
 * Two threads start the team machinery, whatever OMP_NUM_THREADS asks for. */
static pthread_once_t runtime_once = PTHREAD_ONCE_INIT;

static void runtime_init(void)
{
#pragma omp parallel num_threads(2)
    {
    }
}

static kn_status omp_ctx_init(kn_ctx *ctx)
{
    pthread_once(&runtime_once, runtime_init);
    kn_omp_state *s = malloc(sizeof *s);
    if (!s) return kn_fail(KN_ERR_NO_MEMORY, "omp: out of memory for its state");
    int asked;
    kn_status st = read_env(s, &asked);
    if (!st) st = kn_ctx_new(&s->inner, inner_backend());
    if (st) {
        free(s);
        return st;
    }
    s->granted = s->threads;
    s->retry_ns = 0;
    s->backoff_ns = 0;
    ctx->state = s;
    ctx->prims_ctx = s->inner;
    return KN_OK;
}

static void omp_ctx_fini(kn_ctx *ctx)
{
    kn_omp_state *s = ctx->state;
    kn_ctx_destroy(s->inner);
    free(s);
}

/* What a context made now would use: the line is rebuilt from the
 * environment on every call (it may change between calls), into a buffer of
 * the calling thread, and the thread's last error is put back as it was. */
static const char *omp_info(void)
{
    static _Thread_local char info[512];
    char saved_error[KN_ERROR_MAX];
    snprintf(saved_error, sizeof saved_error, "%s", kn_last_error());
    kn_omp_state s;
    int asked;
    if (read_env(&s, &asked)) {
        snprintf(info, sizeof info, "omp: invalid environment: %s", kn_last_error());
    } else {
        char chunk[32] = "", capped[48] = "";
        if (s.chunk) snprintf(chunk, sizeof chunk, ",%d", s.chunk);
        if (s.threads < asked) snprintf(capped, sizeof capped, " (capped from %d)", asked);
        snprintf(info, sizeof info, "omp: %d thread%s%s, schedule %s%s, chunks run by %s", s.threads,
                 s.threads == 1 ? "" : "s", capped, kn_schedule_name(s.sched), chunk,
                 kn_backend_info(inner_backend()));
    }
    kn_fail(KN_OK, "%s", saved_error);
    return info;
}

const kn_backend_ops kn_omp_ops = {
    .id = KN_OMP,
    .info = omp_info,
    .ctx_init = omp_ctx_init,
    .ctx_fini = omp_ctx_fini,
    .exec = &kn_exec_omp,
};
