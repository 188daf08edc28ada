/* How a CPU backend runs the independent units of work a driver cuts a
 * problem into: on the calling thread (kn_exec_serial) or on an OpenMP team
 * (kn_exec_omp). Drivers never depend on which; the bits never do either. */
#ifndef KN_CORE_EXEC_H
#define KN_CORE_EXEC_H

#include <stddef.h>

#include "kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One unit of work; thread < the team size, a thread's own index (for per
 * thread scratch). A failure records its kn_last_error sentence. */
typedef kn_status (*kn_unit_fn)(void *arg, size_t unit, int thread);
/* The part of a team's work owned by `thread` of `team` threads. */
typedef void (*kn_team_fn)(void *arg, int thread, int team);

typedef struct kn_exec_ops {
    /* Team size for `units` independent units: 1 when serial, inside an
     * enclosing parallel region, or for fewer than 2 units. */
    int (*team)(const kn_ctx *ctx, size_t units);
    /* Runs fn(arg, u, thread) for every u < units on at most `team` threads
     * with the context's schedule; returns the first failure, its sentence
     * set again on the calling thread. */
    kn_status (*parallel_for)(const kn_ctx *ctx, int team, size_t units, kn_unit_fn fn, void *arg);
    /* Runs fn(arg, t, actual) once on each of `actual` <= team threads
     * (the runtime may grant fewer); the threads coordinate through the
     * job's own atomics (claim counters, published flags), never a
     * barrier, so a descheduled member stalls no one. */
    void (*run_team)(const kn_ctx *ctx, int team, kn_team_fn fn, void *arg);
} kn_exec_ops;

extern const kn_exec_ops kn_exec_serial;
#ifdef KN_HAVE_OMP
extern const kn_exec_ops kn_exec_omp;
#endif

#ifdef __cplusplus
}
#endif

#endif
