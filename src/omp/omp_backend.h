/* The omp backend: the core's drivers run their units on an OpenMP team
 * (src/omp/exec.c), each unit on an inner CPU backend's primitives (simd
 * when built and usable, else scalar). */
#ifndef KN_OMP_BACKEND_H
#define KN_OMP_BACKEND_H

#include <stdint.h>

#include "../core/backend.h"
#include "../core/env.h"

typedef struct {
    int threads;        /* KERNELS_NUM_THREADS, else omp_get_max_threads(),
                         * at most 4 per processor                        */
    kn_schedule sched;  /* KERNELS_SCHEDULE, default dynamic            */
    int chunk;          /* 0: the schedule's default                    */
    kn_ctx *inner;      /* the context whose primitives run each unit   */
    /* Contention: after a call that waited for a descheduled thread, teams
     * are cut to `granted` threads until retry_ns (CLOCK_MONOTONIC), when a
     * full team is tried again; backoff_ns doubles while such tries fail.
     * Read and written with atomics: a context may serve several threads. */
    int granted;
    int64_t retry_ns, backoff_ns;
} kn_omp_state;

#endif
