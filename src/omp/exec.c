/* The OpenMP executor, the library's only parallel code. It leaves the
 * caller's OpenMP state alone: it sets no ICV and hands out units itself.
 *
 * On a busy machine a team member may be descheduled for a scheduler tick
 * (milliseconds) at any moment, and a call that waits for it costs that
 * tick. So units are claimed from a shared counter by the calling thread
 * and every member alike: a member that starts late finds nothing left,
 * and the caller only ever waits for units already being run. A call that
 * still lost more than LATE_NS to its team (it took more than three
 * quarters of its threads' processor time, the caller waited in vain at
 * the end, or a team member started late) cuts the context's later
 * teams, and a full team is tried again after a backoff that doubles
 * while the machine stays busy. */
#include <omp.h>
#include <stdio.h>
#include <time.h>

#include "../core/error.h"
#include "omp_backend.h"

/* Longer than a wake-up or a unit's imbalance on a quiet machine, shorter
 * than the scheduler tick a descheduled thread costs. A full team tried
 * on a still busy machine costs a wait of a few ticks, so the first retry
 * comes after tens of such waits, and retries grow rarer up to a second
 * (the longest a machine that became quiet runs on a cut team). */
#define LATE_NS ((int64_t)1000000)
#define BACKOFF_MIN_NS ((int64_t)50000000)
#define BACKOFF_MAX_NS ((int64_t)1000000000)

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* At most one thread per unit (a single unit wakes no other thread), 1
 * inside an enclosing parallel region (no oversubscription), and the cut
 * team while a contention backoff runs. */
static int omp_exec_team(const kn_ctx *ctx, size_t units)
{
    kn_omp_state *s = ctx->state;
    if (omp_in_parallel() || units < 2) return 1;
    int threads = __atomic_load_n(&s->granted, __ATOMIC_RELAXED);
    if (threads < s->threads && now_ns() >= __atomic_load_n(&s->retry_ns, __ATOMIC_RELAXED)) threads = s->threads;
    return units < (size_t)threads ? (int)units : threads;
}

/* After a call on `team` threads that lost `waited_ns` to the others: a
 * long loss halves later teams and doubles the backoff; a team larger than
 * the granted one that lost nothing is granted from now on, and the next
 * backoff is halved (a machine busy on and off keeps retrying rarely). */
static void note_wait(kn_omp_state *s, int team, int64_t waited_ns)
{
    int granted = __atomic_load_n(&s->granted, __ATOMIC_RELAXED);
    if (waited_ns > LATE_NS) {
        int cut = team > 2 ? team / 2 : 1;
        if (cut < granted) __atomic_store_n(&s->granted, cut, __ATOMIC_RELAXED);
        int64_t backoff = __atomic_load_n(&s->backoff_ns, __ATOMIC_RELAXED);
        backoff = backoff < BACKOFF_MIN_NS ? BACKOFF_MIN_NS : backoff < BACKOFF_MAX_NS / 2 ? 2 * backoff : BACKOFF_MAX_NS;
        __atomic_store_n(&s->backoff_ns, backoff, __ATOMIC_RELAXED);
        __atomic_store_n(&s->retry_ns, now_ns() + backoff, __ATOMIC_RELAXED);
    } else if (team > granted) {
        __atomic_store_n(&s->granted, team, __ATOMIC_RELAXED);
        __atomic_store_n(&s->backoff_ns, __atomic_load_n(&s->backoff_ns, __ATOMIC_RELAXED) / 2, __ATOMIC_RELAXED);
    }
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
    if (__atomic_exchange_n(&f->claimed, 1, __ATOMIC_RELAXED)) return;
    f->st = st;
    snprintf(f->msg, sizeof f->msg, "%s", kn_last_error());
}

/* Units handed out by a shared counter, in claims sized by the context's
 * schedule: static, an equal share per thread (or `chunk` units); dynamic,
 * `chunk` units (default 1); guided, the remainder over the team, at least
 * `chunk`. Whoever is free takes the next claim, so no claim waits for a
 * thread that has not started. */
typedef struct {
    kn_unit_fn fn;
    void *arg;
    size_t units, next, step;
    int guided, team;
    failure fail;
} claim_job;

/* The first unit of the next claim; *count 0 when none is left. */
static size_t claim(claim_job *j, size_t *count)
{
    size_t first = __atomic_load_n(&j->next, __ATOMIC_RELAXED), step;
    do {
        if (first >= j->units) {
            *count = 0;
            return first;
        }
        size_t left = j->units - first;
        step = j->guided ? (left + (size_t)j->team - 1) / (size_t)j->team : j->step;
        if (step < j->step) step = j->step;
        if (step > left) step = left;
    } while (!__atomic_compare_exchange_n(&j->next, &first, first + step, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED));
    *count = step;
    return first;
}

/* Runs claims until none is left; returns how many units it ran. */
static size_t run_claims(claim_job *j, int thread)
{
    size_t count, ran = 0;
    for (size_t u = claim(j, &count); count; u = claim(j, &count), ran += count)
        for (size_t end = u + count; u < end; u++) {
            kn_status st = j->fn(j->arg, u, thread);
            if (st) failure_record(&j->fail, st);
        }
    return ran;
}

static int64_t thread_cpu_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* How much longer the call took than three quarters of the processor
 * time its threads spent on units (what the caller alone would have
 * spent, about). On a quiet machine a team of two takes about half of
 * it; a team sharing cores with other work (members descheduled, or taking
 * turns with the caller on one core) saves less than a quarter. */
static int64_t slower_than_alone(int64_t wall, int64_t team_cpu)
{
    double worth = (double)team_cpu * 0.75;
    return (double)wall > worth ? (int64_t)((double)wall - worth) : 0;
}

/* How long the caller waited after its last unit, when the others ran
 * fewer units than the caller could have run in that time at its own pace
 * (wall time per unit): then a member was descheduled or started late. */
static int64_t waited_in_vain(int64_t caller_wall, int64_t waited, size_t by_caller, size_t units)
{
    if (!by_caller) return waited;
    double per_unit = (double)caller_wall / (double)by_caller;
    return (double)waited > per_unit * (double)(units - by_caller) ? waited : 0;
}

static size_t claim_step(const kn_omp_state *s, int team, size_t units)
{
    if (s->chunk) return (size_t)s->chunk;
    return s->sched == KN_SCHED_STATIC ? (units + (size_t)team - 1) / (size_t)team : 1;
}

static kn_status omp_exec_parallel_for(const kn_ctx *ctx, int team, size_t units, kn_unit_fn fn, void *arg)
{
    kn_omp_state *s = ctx->state;
    claim_job j = {fn, arg, units, 0, claim_step(s, team, units), s->sched == KN_SCHED_GUIDED, team, {0}};
    size_t by_caller = 0;
    int64_t start = now_ns(), team_cpu = 0, caller_done = start;
#pragma omp parallel num_threads(team)
    {
        int thread = omp_get_thread_num();
        int64_t cpu = thread_cpu_ns();
        size_t ran = run_claims(&j, thread);
        __atomic_fetch_add(&team_cpu, thread_cpu_ns() - cpu, __ATOMIC_RELAXED);
        if (thread == 0) by_caller = ran, caller_done = now_ns();
    }
    int64_t end = now_ns(), slower = slower_than_alone(end - start, team_cpu),
            waited = waited_in_vain(caller_done - start, end - caller_done, by_caller, units);
    note_wait(s, team, slower > waited ? slower : waited);
    return j.fail.claimed ? kn_fail(j.fail.st, "%s", j.fail.msg) : KN_OK;
}

/* The longest a member of the running team started late. */
typedef struct {
    int64_t start_ns, worst_ns;
} team_watch;

static void watch_note(team_watch *w, int64_t waited_ns)
{
    int64_t worst = __atomic_load_n(&w->worst_ns, __ATOMIC_RELAXED);
    while (waited_ns > worst &&
           !__atomic_compare_exchange_n(&w->worst_ns, &worst, waited_ns, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
    }
}

static void omp_exec_run_team(const kn_ctx *ctx, int team, kn_team_fn fn, void *arg)
{
    team_watch w = {now_ns(), 0};
#pragma omp parallel num_threads(team)
    {
        watch_note(&w, now_ns() - w.start_ns);
        fn(arg, omp_get_thread_num(), omp_get_num_threads());
    }
    note_wait(ctx->state, team, w.worst_ns);
}

const kn_exec_ops kn_exec_omp = {
    .team = omp_exec_team,
    .parallel_for = omp_exec_parallel_for,
    .run_team = omp_exec_run_team,
};
