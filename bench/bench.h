/* kernels-bench: shared types of the benchmark driver (bench.c), the
 * workload table (workloads.c), the baselines (baselines.c, blas*.c), the
 * machine probe (probe.c) and the reports (report.c). */
#ifndef KN_BENCH_H
#define KN_BENCH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "kernels.h"

#define BENCH_MAX_SIZES 32
#define BENCH_MAX_INPUTS 64
/* Outputs sit one cache line past the page offset of their input, so a
 * store never has the same address bits 11:0 as the loads near it
 * (4K aliasing; see shared/tools/limits/README.md). */
#define BENCH_OUT_OFFSET 64

/* Where a call's working set lives. */
enum bench_level { LV_L2, LV_L3, LV_DRAM, LV_COUNT };

/* Which machine limit a kernel is judged against. */
enum bench_limit {
    LIM_NONE,  /* nothing comparable is probed                                */
    LIM_READ,  /* read-only streaming: bytes / read bandwidth                 */
    LIM_COPY,  /* one stream in, one out: bytes / copy bandwidth              */
    LIM_TRIAD, /* two streams in, one out: bytes / triad bandwidth            */
    LIM_JULIA  /* escape-time loop: lane-iterations / the bare step's rate    */
};

/* Pseudo-backends: plain C / OpenBLAS baselines shown beside the backends. */
enum bench_baseline { BL_CCOPY, BL_CLOOP, BL_OPENBLAS, BL_LIBM, BL_COUNT };
#define BL_BIT(b) (1u << (b))

/* How results are compared with the reference. */
enum bench_check {
    CK_EXACT /* bit-identical to golden / scalar                               */
};

/* The machine, read once. */
typedef struct {
    char cpu[128];
    int cores;             /* online */
    int threads;           /* threads the omp backend will use */
    const char *threads_from;
    char date[64];
    size_t l1d, l2, l3;    /* bytes, 0 if unknown */
    size_t l2_max, l3_max; /* a working set up to this is called L2 / L3 */
} bench_machine;

/* The built-in probe (GB/s and GFLOP/s; [0] one thread, [1] `threads`). */
typedef struct {
    int ran, threads;
    double seconds;
    size_t bytes[LV_COUNT]; /* working set: per thread in L2, in all in L3 and DRAM */
    double read[LV_COUNT][2], copy[LV_COUNT][2], triad[LV_COUNT][2];
    double stream_copy[LV_COUNT][2]; /* copy with non-temporal stores; 0: not measured */
    double flops[2];        /* FP64 mul+add without FMA */
    double julia[2];        /* G lane-iterations/s of the escape-time loop (step, test, count) */
    double julia_step[2];   /* G lane-iterations/s of z*z + c alone, no FMA: the ceiling */
    const char *isa;        /* vector width the probe used */
} bench_probe;

typedef struct {
    int quick, json, csv, probe, repeats, repeats_given;
    int full;              /* every row with min/max, not the compact view */
    size_t sizes[BENCH_MAX_SIZES];
    int nsizes;
    char kernels[256];     /* comma list, "" = all */
    int want_backend[KN_BACKEND_COUNT], want_baseline[BL_COUNT], any_backend_named;
    const char *firewall_dir;
    int firewall_dir_given; /* by --firewall-dir or KERNELS_FIREWALL_DATA */
    const char *plot;
    double min_repeat_s;   /* each timed repeat lasts at least this long */
    int contention;        /* a busy thread spins during the timed rows */
    int contention_cpu;    /* the processor it is pinned to, -1 if none */
} bench_opts;

/* One firewall input. */
typedef struct {
    char name[64];
    kn_layer *layers;
    size_t n;
    int64_t severity, delay; /* expected (MANIFEST.tsv), -1 if unknown */
    int kn_owned;            /* layers from kn_firewall_parse (kn_free) */
} bench_fw_input;

/* The state of one (kernel, size) instance. */
typedef struct bench_case {
    const struct bench_workload *w;
    size_t n;           /* elements (julia: side; firewall: input index) */
    char label[64];     /* size as shown */
    double size_value;  /* size as a number (elements, side, layers) */
    double bytes;       /* bytes read + written per call */
    double iters;       /* iterations per call (julia: sum of counts) */
    double footprint;   /* bytes touched per call, for the level */
    double calls_per_run; /* a run covers this many inputs (times are per input) */
    int golden;         /* the canonical golden case of the README */
    const char *note;   /* shown beside the check, may be NULL */
    void *in[4];
    void *out;
    void *mem[6];       /* allocations, freed by bench_case_free */
    kn_expr *expr;      /* compiled expression, freed by bench_case_free */
    int64_t res_i;      /* scalar results of the last run */
    double res_f;
    int64_t expect_i;   /* golden / oracle value */
    double expect_f, expect_f2;
    uint64_t expect_h;
    unsigned has_expect; /* EXP_* bits: which digest fields are known */
} bench_case;

enum { EXP_I = 1, EXP_F = 2, EXP_F2 = 4, EXP_H = 8 };

/* What one run produced, for checking. */
typedef struct {
    uint64_t hash;      /* of the whole output */
    int64_t i;          /* integer summary (sum of counts, delay, ...) */
    double f;           /* double summary (value, sum of outputs) */
    double f2;          /* a second one (suffix sums: out[0]) */
    double work;        /* iterations this run did (julia: sum of counts) */
    char text[64];      /* the value as shown */
} bench_digest;

typedef struct bench_workload {
    const char *name;    /* row name */
    const char *family;  /* --kernel selector */
    const char *unit;    /* throughput unit */
    double unit_scale;   /* quantity per second / unit_scale = shown */
    int per_byte;        /* throughput from bytes (else from iters) */
    enum bench_limit limit;
    enum bench_check check;
    unsigned baselines;  /* BL_BIT(...) */
    /* Default sizes (elements, side, or input indices); returns how many. */
    int (*sizes)(const bench_opts *o, const bench_machine *m, size_t *out);
    int uses_size_option; /* --size applies */
    /* Allocates and fills inputs; 0 on success, else writes err. */
    int (*setup)(bench_case *c, char *err, size_t len);
    kn_status (*run)(kn_ctx *ctx, bench_case *c);
    void (*digest)(const bench_case *c, bench_digest *d);
    /* Runs baseline bl (one of `baselines`) on c: 1 if it computed the
     * kernel's result (then checked, to a tolerance for doubles), 0 if it
     * only moves the same bytes, -1 if it cannot run here. */
    int (*baseline)(int bl, bench_case *c);
    const char *expression; /* expressions: the source text, else NULL */
} bench_workload;

/* A result row. */
typedef struct {
    const char *kernel;
    char size[64];
    double size_value;
    const char *level;
    char backend[32];
    int is_baseline, threads, repeats;
    long inner;             /* calls per timed repeat */
    double median_s, min_s, max_s;
    double throughput;      /* in unit */
    const char *unit;
    double speedup;         /* vs scalar; < 0: none */
    double limit;           /* in unit; < 0: none */
    double pct;             /* of limit; < 0: none */
    const char *limit_name;
    char check[16];         /* exact, ok, FAIL, ref, -, error */
    char value[64];
    char detail[160];
    double bytes, iters;
} bench_row;

/* workloads.c */
extern const bench_workload bench_workloads[];
extern const size_t bench_nworkloads;
int bench_workloads_init(const bench_opts *o, FILE *log, char *msg, size_t len);
void bench_workloads_fini(void);
const char *bench_firewall_source(void);
void bench_case_free(bench_case *c);
void *bench_alloc(bench_case *c, size_t bytes, size_t offset);
uint64_t bench_hash(const void *p, size_t bytes);

/* baselines.c: plain C loops, built without memcpy/memset idioms */
const char *bench_baseline_name(int bl);
const char *bench_baseline_info(int bl);
int bench_baseline_available(int bl);
int bench_baseline_from_name(const char *name);
void bench_c_copy(double *restrict out, const double *restrict x, size_t n);
double bench_c_norm_f64(const double *x, size_t n);
/* out[i] = f(a[i]) or f(a[i], b[i]): the C library's function in a plain
 * loop, one thread (the c-libm baseline). */
void bench_c_libm1(double *restrict out, const double *restrict a, size_t n, double (*f)(double));
void bench_c_libm2(double *restrict out, const double *restrict a, const double *restrict b, size_t n,
                   double (*f)(double, double));
int64_t bench_c_norm_i64(const int64_t *x, size_t n);

/* blas.c or blas_none.c */
int bench_blas_available(void);
const char *bench_blas_info(void);
void bench_blas_init(void);
/* First thing in main: may re-execute the bench (argv) so that OpenBLAS
 * loads with the best kernel for this CPU; see blas.c. */
void bench_blas_pick_kernel(char **argv);
double bench_blas_ddot_self(const double *x, size_t n);

/* probe.c */
void bench_machine_read(bench_machine *m);
void bench_probe_run(bench_probe *p, const bench_machine *m, int quick);
double bench_now(void);
/* --contention: start a thread spinning on one processor (*cpu, -1 when it
 * could not be pinned); 0 on success. Stop ends and joins it. */
int bench_contention_start(int *cpu);
void bench_contention_stop(void);

/* report.c: report_row for each row as it is measured, report_case once
 * the rows (one or more) of one kernel and size are done; columns names the library
 * backends being timed (the compact view's columns). */
void report_begin(const bench_opts *o, const bench_machine *m, const bench_probe *p, const char *const *columns,
                  int ncolumns);
void report_row(const bench_opts *o, const bench_row *r);
void report_case(const bench_opts *o, const bench_row *rows, int n);
void report_end(const bench_opts *o, const bench_row *rows, int nrows, int failures, double seconds);
int report_plot(const char *path, const bench_row *rows, int nrows, char *err, size_t len);

#endif
