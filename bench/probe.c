/* The machine (CPU model, cores, caches) and a short built-in probe of its
 * limits: STREAM-style read / copy / triad bandwidth with working sets in
 * L2, L3 and DRAM, on 1 and on `threads` threads, FP64 mul+add
 * throughput without FMA, and the rates of the Julia step alone and of the
 * escape-time loop on lanes that never escape. The loops use GCC vector
 * extensions at the widest vector width of this CPU (target_clones for the
 * memory loops, a copy per ISA for the compute loops), like the simd
 * backend does. Kept under about 2 s. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

#if defined(__clang__) /* the kernels never fuse: neither may the probe (clang would, with AVX-512) */
#pragma STDC FP_CONTRACT OFF
#endif

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ------------------------------------------------------------------ */
/* The machine                                                         */
/* ------------------------------------------------------------------ */

/* A positive decimal int, alone or first in an OMP_NUM_THREADS list
 * ("8,2"); 0 if s is not one. */
static int positive_int(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s) return 0;
    while (*end == ' ' || *end == '\t' || *end == '\n') end++;
    if ((*end && *end != ',') || errno == ERANGE || v < 1 || v > INT_MAX) return 0;
    return (int)v;
}

static size_t read_cache(int level, const char *type)
{
    size_t best = 0;
    for (int i = 0; i < 8; i++) {
        char path[128], buf[64];
        int lv = -1;
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu0/cache/index%d/level", i);
        FILE *f = fopen(path, "r");
        if (!f) break;
        if (fgets(buf, sizeof buf, f)) {
            char *end;
            long l = strtol(buf, &end, 10);
            if (end != buf && l >= 0 && l <= INT_MAX) lv = (int)l;
        }
        fclose(f);
        if (lv != level) continue;
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu0/cache/index%d/type", i);
        f = fopen(path, "r");
        if (!f || !fgets(buf, sizeof buf, f)) {
            if (f) fclose(f);
            continue;
        }
        fclose(f);
        if (strncmp(buf, type, strlen(type)) != 0 && strncmp(buf, "Unified", 7) != 0) continue;
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu0/cache/index%d/size", i);
        f = fopen(path, "r");
        if (!f) continue;
        int got = fgets(buf, sizeof buf, f) != NULL;
        fclose(f);
        if (!got) continue;
        char *end;
        errno = 0;
        unsigned long v = strtoul(buf, &end, 10);
        if (end == buf || errno == ERANGE) continue;
        char unit = *end ? *end : 'K'; /* "48K\n" */
        size_t bytes = v * (unit == 'M' ? 1024UL * 1024 : unit == 'G' ? 1024UL * 1024 * 1024 : unit == 'K' ? 1024UL : 1UL);
        if (bytes > best) best = bytes;
    }
    return best;
}

void bench_machine_read(bench_machine *m)
{
    memset(m, 0, sizeof *m);
    snprintf(m->cpu, sizeof m->cpu, "unknown CPU");
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f) {
        char line[512];
        while (fgets(line, sizeof line, f)) {
            if (strncmp(line, "model name", 10) == 0) {
                char *p = strchr(line, ':');
                if (p) {
                    p++;
                    while (*p == ' ' || *p == '\t') p++;
                    p[strcspn(p, "\n")] = '\0';
                    snprintf(m->cpu, sizeof m->cpu, "%s", p);
                }
                break;
            }
        }
        fclose(f);
    }
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    m->cores = c > 0 ? (int)c : 1;
    m->threads = m->cores;
    m->threads_from = "online cores";
    const char *vars[] = {"KERNELS_NUM_THREADS", "OMP_NUM_THREADS"};
    for (int i = 0; i < 2; i++) {
        const char *v = getenv(vars[i]);
        int t = v ? positive_int(v) : 0;
        if (t > 0) {
            m->threads = t;
            m->threads_from = vars[i];
            break;
        }
    }
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(m->date, sizeof m->date, "%Y-%m-%d %H:%M:%S %Z", &tm);
    m->l1d = read_cache(1, "Data");
    m->l2 = read_cache(2, "Unified");
    m->l3 = read_cache(3, "Unified");
    /* The working set of one call is called "L2" up to the L2 size and "L3"
     * up to an eighth of the L3 (a shared host's L3 is shared with others). */
    m->l2_max = m->l2 ? m->l2 : (size_t)1024 * 1024;
    m->l3_max = m->l3 ? m->l3 / 8 : (size_t)16 * 1024 * 1024;
    if (m->l3_max < m->l2_max) m->l3_max = m->l2_max;
}

/* ------------------------------------------------------------------ */
/* Probe loops                                                         */
/* ------------------------------------------------------------------ */

typedef uint64_t u64v __attribute__((vector_size(64)));
typedef double f64v __attribute__((vector_size(64)));

#if defined(__clang__) /* clang's multiversioning implies no inlining and rejects noinline */
#define CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define CLONES __attribute__((target_clones("avx512f", "avx2", "default"), noinline))
#endif

/* Four streams (the quarters of the buffer) at once: more memory requests
 * in flight than one sequential stream, as the norm-square kernel reads. */
CLONES static uint64_t loop_read(const u64v *p, size_t nv, int passes)
{
    u64v a = {0}, b = {0}, c = {0}, d = {0};
    const size_t q = nv / 4;
    for (int r = 0; r < passes; r++)
        for (size_t i = 0; i < q; i++) {
            a += p[i];
            b += p[q + i];
            c += p[2 * q + i];
            d += p[3 * q + i];
        }
    a += b + c + d;
    uint64_t s = 0;
    for (int k = 0; k < 8; k++) s += a[k];
    return s;
}

CLONES static void loop_copy(u64v *restrict dst, const u64v *restrict src, size_t nv, int passes)
{
    for (int r = 0; r < passes; r++) {
        for (size_t i = 0; i < nv; i++) dst[i] = src[i];
        __asm__ volatile("" ::: "memory");
    }
}

#if defined(__x86_64__)
#include <emmintrin.h>
/* Copy with non-temporal stores (SSE2, in every x86-64): no read for
 * ownership of dst, as the library writes outputs larger than the caches. */
static void loop_copy_stream(u64v *restrict dst, const u64v *restrict src, size_t nv, int passes)
{
    for (int r = 0; r < passes; r++) {
        for (size_t i = 0; i < nv; i++) {
            const __m128i *s = (const __m128i *)(const void *)(src + i);
            __m128i *d = (__m128i *)(void *)(dst + i);
            for (int k = 0; k < 4; k++) _mm_stream_si128(d + k, _mm_load_si128(s + k));
        }
        _mm_sfence();
    }
}
#define HAVE_STREAM_COPY 1
#else
#define HAVE_STREAM_COPY 0
#endif

CLONES static void loop_triad(f64v *restrict a, const f64v *restrict b, const f64v *restrict c, size_t nv, int passes)
{
    const f64v s = {3, 3, 3, 3, 3, 3, 3, 3};
    for (int r = 0; r < passes; r++) {
        for (size_t i = 0; i < nv; i++) a[i] = b[i] + s * c[i];
        __asm__ volatile("" ::: "memory");
    }
}

/* The compute loops, stamped per ISA at its native width (see
 * probe_compute-inl.h): 32 vector registers with AVX-512, 16 below. */
typedef struct {
    const char *isa;
    int lanes, chains, flop_chains;
    double (*flops)(long steps);
    double (*julia_step)(long steps);
    double (*julia_loop)(long steps);
} probe_compute;

#define PROBE_CAT2(a, b) a##_##b
#define PROBE_CAT(a, b) PROBE_CAT2(a, b)
#define PROBE_FN(name) PROBE_CAT(name, PROBE_ISA)

#if defined(__x86_64__)
#define PROBE_ISA avx512
#define PROBE_ISA_NAME "512-bit (AVX-512)"
#define PROBE_TARGET __attribute__((target("avx512f")))
#define PROBE_LANES 8
#define PROBE_CHAINS 8
#define PROBE_FLOP_CHAINS 16
#include "probe_compute-inl.h"

#define PROBE_ISA avx2
#define PROBE_ISA_NAME "256-bit (AVX2)"
#define PROBE_TARGET __attribute__((target("avx2")))
#define PROBE_LANES 4
#define PROBE_CHAINS 6
#define PROBE_FLOP_CHAINS 12
#include "probe_compute-inl.h"
#endif

#define PROBE_ISA base
#define PROBE_ISA_NAME "128-bit"
#define PROBE_TARGET
#define PROBE_LANES 2
#define PROBE_CHAINS 6
#define PROBE_FLOP_CHAINS 12
#include "probe_compute-inl.h"

static const probe_compute *probe_compute_best(void)
{
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return &compute_avx512;
    if (__builtin_cpu_supports("avx2")) return &compute_avx2;
#endif
    return &compute_base;
}

/* ------------------------------------------------------------------ */
/* Threads                                                             */
/* ------------------------------------------------------------------ */

enum { K_READ, K_COPY, K_STREAM_COPY, K_TRIAD, K_FLOPS, K_JULIA_STEP, K_JULIA_LOOP }; /* from K_FLOPS on: no memory */
#define MAX_REPS 8
#define MAX_THREADS 256

typedef struct {
    int kind, nthreads, reps, passes;
    size_t bytes_per_thread; /* per array for copy/triad: a third or half */
    char *shared;            /* DRAM: one buffer, cut per thread; else NULL */
    long flop_steps;
    const probe_compute *compute;
    pthread_barrier_t bar;
    /* Threads wait at the gate until all of them exist: gate 1 runs the
     * job, -1 (a thread could not be created) sends them home before any
     * of them waits at the barrier. */
    pthread_mutex_t gate_mu;
    pthread_cond_t gate_cv;
    int gate;
    double t0[MAX_THREADS][MAX_REPS], t1[MAX_THREADS][MAX_REPS];
    /* Both written by the threads with __atomic builtins; sink keeps the
     * loops' results alive. */
    uint64_t sink;
    int failed;
} probe_job;

typedef struct {
    probe_job *job;
    int id;
} probe_arg;

/* Waits until the gate opens or closes; whether the job runs. */
static int probe_gate_wait(probe_job *j)
{
    pthread_mutex_lock(&j->gate_mu);
    while (j->gate == 0) pthread_cond_wait(&j->gate_cv, &j->gate_mu);
    const int go = j->gate > 0;
    pthread_mutex_unlock(&j->gate_mu);
    return go;
}

static void probe_gate_set(probe_job *j, int gate)
{
    pthread_mutex_lock(&j->gate_mu);
    j->gate = gate;
    pthread_cond_broadcast(&j->gate_cv);
    pthread_mutex_unlock(&j->gate_mu);
}

static void *probe_thread(void *argp)
{
    probe_arg *arg = argp;
    probe_job *j = arg->job;
    if (!probe_gate_wait(j)) return NULL;
    size_t bytes = j->bytes_per_thread & ~(size_t)255;
    char *mem = NULL, *own = NULL;
    if (j->kind < K_FLOPS) {
        if (j->shared) {
            mem = j->shared + (size_t)arg->id * bytes;
        } else {
            own = mem = aligned_alloc(64, bytes);
            if (!mem) __atomic_store_n(&j->failed, 1, __ATOMIC_RELAXED);
        }
        if (mem) memset(mem, 1, bytes); /* first touch by this thread */
    }
    pthread_barrier_wait(&j->bar);
    uint64_t sink = 0;
    for (int r = 0; r < j->reps; r++) {
        pthread_barrier_wait(&j->bar);
        double t0 = bench_now();
        if (j->kind == K_FLOPS) {
            sink += (uint64_t)j->compute->flops(j->flop_steps);
        } else if (j->kind == K_JULIA_STEP) {
            sink += (uint64_t)j->compute->julia_step(j->flop_steps);
        } else if (j->kind == K_JULIA_LOOP) {
            sink += (uint64_t)j->compute->julia_loop(j->flop_steps);
        } else if (mem) {
            if (j->kind == K_READ) {
                sink += loop_read((const u64v *)(void *)mem, bytes / 64, j->passes);
            } else if (j->kind == K_COPY) {
                size_t nv = bytes / 2 / 64;
                loop_copy((u64v *)(void *)mem, (const u64v *)(void *)(mem + nv * 64), nv, j->passes);
#if HAVE_STREAM_COPY
            } else if (j->kind == K_STREAM_COPY) {
                size_t nv = bytes / 2 / 64;
                loop_copy_stream((u64v *)(void *)mem, (const u64v *)(void *)(mem + nv * 64), nv, j->passes);
#endif
            } else {
                size_t nv = bytes / 3 / 64;
                loop_triad((f64v *)(void *)mem, (const f64v *)(void *)(mem + nv * 64),
                           (const f64v *)(void *)(mem + 2 * nv * 64), nv, j->passes);
            }
        }
        j->t1[arg->id][r] = bench_now();
        j->t0[arg->id][r] = t0;
    }
    __atomic_fetch_add(&j->sink, sink, __ATOMIC_RELAXED);
    free(own);
    return NULL;
}

/* Runs the job on n threads; returns the best rep's seconds (all threads). */
static double probe_job_run(probe_job *j, int n)
{
    pthread_t tid[MAX_THREADS];
    probe_arg args[MAX_THREADS];
    j->nthreads = n;
    j->failed = 0;
    j->gate = 0;
    int started = 0;
    for (int i = 1; i < n; i++) {
        args[i] = (probe_arg){j, i};
        if (pthread_create(&tid[i], NULL, probe_thread, &args[i]) != 0) break;
        started++;
    }
    const int complete = started == n - 1 && pthread_barrier_init(&j->bar, NULL, (unsigned)n) == 0;
    probe_gate_set(j, complete ? 1 : -1);
    if (complete) {
        args[0] = (probe_arg){j, 0};
        probe_thread(&args[0]);
    }
    for (int i = 1; i <= started; i++) pthread_join(tid[i], NULL);
    if (!complete) return -1; /* cannot run the job as asked */
    pthread_barrier_destroy(&j->bar);
    if (__atomic_load_n(&j->failed, __ATOMIC_RELAXED)) return -1;
    double best = -1;
    for (int r = 0; r < j->reps; r++) {
        double lo = j->t0[0][r], hi = j->t1[0][r];
        for (int i = 1; i < n; i++) {
            if (j->t0[i][r] < lo) lo = j->t0[i][r];
            if (j->t1[i][r] > hi) hi = j->t1[i][r];
        }
        if (best < 0 || hi - lo < best) best = hi - lo;
    }
    return best;
}

/* GB/s counted the STREAM way: bytes the loop reads plus bytes it writes,
 * no write-allocate traffic. */
static double measure_bw(probe_job *j, int kind, int nthreads, size_t bytes_per_thread, char *shared, int reps, int passes)
{
    j->kind = kind;
    j->bytes_per_thread = bytes_per_thread;
    j->shared = shared;
    j->reps = reps;
    j->passes = passes;
    double t = probe_job_run(j, nthreads);
    if (t <= 0) return 0;
    size_t b = bytes_per_thread & ~(size_t)255;
    /* the bytes of each array the loops touch: whole 64-byte vectors (read: 4 at a time) */
    size_t rd = b / 64 / 4 * 4 * 64, cp = b / 2 / 64 * 64, tr = b / 3 / 64 * 64;
    double per_pass = kind == K_READ ? (double)rd : kind == K_TRIAD ? 3.0 * (double)tr : 2.0 * (double)cp;
    return per_pass * passes * nthreads / t * 1e-9;
}

/* The best rep's seconds of a compute loop on nthreads threads; +inf if
 * it could not run (a rate of 0). */
static double measure_compute(probe_job *j, int kind, int nthreads, long steps, int quick)
{
    j->kind = kind;
    j->reps = quick ? 2 : 3;
    j->flop_steps = steps;
    const double s = probe_job_run(j, nthreads);
    return s > 0 ? s : HUGE_VAL;
}

void bench_probe_run(bench_probe *p, const bench_machine *m, int quick)
{
    memset(p, 0, sizeof *p);
    double t0 = bench_now();
    p->ran = 1;
    int T = m->threads < 1 ? 1 : m->threads > MAX_THREADS ? MAX_THREADS : m->threads;
    p->threads = T;
    probe_job *j = calloc(1, sizeof *j);
    if (!j) return;
    pthread_mutex_init(&j->gate_mu, NULL);
    pthread_cond_init(&j->gate_cv, NULL);
    j->compute = probe_compute_best();
    p->isa = j->compute->isa;
    /* Working sets: half the L2 per thread (each core has its own), 8 MiB
     * (within L3) and 512 MiB or twice the L3 (DRAM), both cut among the
     * threads as the library cuts its arrays, so that an L3 row on T
     * threads is judged against T threads sharing the same bytes. */
    p->bytes[LV_L2] = m->l2_max / 2;
    p->bytes[LV_L3] = (size_t)8 << 20;
    if (p->bytes[LV_L3] > m->l3_max) p->bytes[LV_L3] = m->l3_max;
    size_t dram = (size_t)512 << 20;
    if (m->l3 && 2 * m->l3 > dram) dram = 2 * m->l3;
    if (quick) dram = dram / 2;
    p->bytes[LV_DRAM] = dram;
    char *big = aligned_alloc(64, dram);
    for (int lv = 0; lv < LV_COUNT; lv++) {
        for (int t = 0; t < 2; t++) {
            int nt = t ? T : 1;
            if (t && T == 1) {
                p->read[lv][1] = p->read[lv][0];
                p->copy[lv][1] = p->copy[lv][0];
                p->stream_copy[lv][1] = p->stream_copy[lv][0];
                p->triad[lv][1] = p->triad[lv][0];
                continue;
            }
            size_t per = lv == LV_L2 ? p->bytes[lv] : p->bytes[lv] / (size_t)nt;
            char *sh = lv == LV_DRAM ? big : NULL;
            if (lv == LV_DRAM && !big) continue;
            /* passes so that one rep moves at least ~2 ms of data */
            int passes = lv == LV_DRAM ? 1 : (int)(4e7 / (double)per) + 1;
            int reps = lv == LV_DRAM ? 2 : (quick ? 3 : 5);
            p->read[lv][t] = measure_bw(j, K_READ, nt, per, sh, reps, passes);
            p->copy[lv][t] = measure_bw(j, K_COPY, nt, per, sh, reps, passes);
            if (HAVE_STREAM_COPY && lv != LV_L2) /* caches hold L2-sized outputs better */
                p->stream_copy[lv][t] = measure_bw(j, K_STREAM_COPY, nt, per, sh, reps, passes);
            p->triad[lv][t] = measure_bw(j, K_TRIAD, nt, per, sh, reps, passes);
        }
    }
    free(big);
    /* The compute loops: steps for about 5e8 FLOPs and 6e7 lane-iterations
     * per rep (about 10 ms each at this decade's rates), whatever the width. */
    const probe_compute *c = j->compute;
    const double scale = quick ? 0.5 : 1.0;
    const long flop_steps = (long)(scale * 5e8 / (2.0 * c->flop_chains * c->lanes));
    const long julia_steps = (long)(scale * 6e7 / ((double)c->chains * c->lanes));
    for (int t = 0; t < 2; t++) {
        const int nt = t ? T : 1;
        p->flops[t] = 2.0 * c->flop_chains * c->lanes * (double)flop_steps * nt * 1e-9 /
                      measure_compute(j, K_FLOPS, nt, flop_steps, quick);
        const double lane_iters = (double)c->chains * c->lanes * (double)julia_steps * nt * 1e-9;
        p->julia_step[t] = lane_iters / measure_compute(j, K_JULIA_STEP, nt, julia_steps, quick);
        p->julia[t] = lane_iters / measure_compute(j, K_JULIA_LOOP, nt, julia_steps, quick);
        if (T == 1) {
            p->flops[1] = p->flops[0], p->julia_step[1] = p->julia_step[0], p->julia[1] = p->julia[0];
            break;
        }
    }
    pthread_cond_destroy(&j->gate_cv);
    pthread_mutex_destroy(&j->gate_mu);
    free(j);
    p->seconds = bench_now() - t0;
}
