/* --contention: a thread that spins on one core for the whole timed run,
 * as another busy process would, so the backends are timed on a machine
 * that has one core fewer than they were told. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>

#include "bench.h"

static pthread_t spinner;
static int stop_spinning;

static void *spin(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&stop_spinning, __ATOMIC_RELAXED)) {
    }
    return NULL;
}

/* The spinner is pinned to the last processor this process may run on, so
 * it takes one whole core (and no more) from every team. */
int bench_contention_start(int *cpu)
{
    cpu_set_t allowed;
    *cpu = -1;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0)
        for (int c = CPU_SETSIZE - 1; c >= 0 && *cpu < 0; c--)
            if (CPU_ISSET(c, &allowed)) *cpu = c;
    pthread_attr_t attr;
    if (pthread_attr_init(&attr)) return -1;
    if (*cpu >= 0) {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(*cpu, &one);
        pthread_attr_setaffinity_np(&attr, sizeof one, &one);
    }
    __atomic_store_n(&stop_spinning, 0, __ATOMIC_RELAXED);
    int st = pthread_create(&spinner, &attr, spin, NULL);
    pthread_attr_destroy(&attr);
    return st ? -1 : 0;
}

void bench_contention_stop(void)
{
    __atomic_store_n(&stop_spinning, 1, __ATOMIC_RELAXED);
    pthread_join(spinner, NULL);
}
