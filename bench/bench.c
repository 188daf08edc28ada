/* kernels-bench: every kernel x every available backend (plus plain C and
 * OpenBLAS baselines) x sizes in L2, L3 and DRAM and the golden cases;
 * median/min/max over repeats, throughput, speed-up against scalar, the
 * fraction of this machine's limit from a short probe, and a check of every
 * result against the golden value or the scalar reference.
 * Exit status: 0 if every check passed, 1 if one failed, 2 on bad usage. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bench.h"

/* Where the real firewall inputs are looked for when neither --firewall-dir
 * nor KERNELS_FIREWALL_DATA names a folder: shared/ next to the checkout,
 * seen from the checkout (where the README runs the bench). */
static const char default_firewall_dir[] = "../shared/data/firewall";

static void usage(FILE *f)
{
    fprintf(f,
            "usage: kernels-bench [options]\n"
            "Times every kernel on every available backend side by side.\n"
            "  --kernel NAME[,NAME]   julia, julia_points, firewall, norm_square_f64,\n"
            "                         norm_square_i64, sum_f64, dot_f64, suffix_sums,\n"
            "                         prefix_sums, expr (expr_simple, expr_heavy), expr_math\n"
            "                         (expr_sin, expr_cos, expr_exp, expr_log, expr_pow,\n"
            "                         expr_atan2);\n"
            "                         default: all\n"
            "  --backend NAME[,NAME]  scalar, simd, omp, opencl, cuda and the baselines\n"
            "                         c-copy, c-loop, openblas-1t, c-libm (default: all\n"
            "                         available)\n"
            "  --size N[,N]           sizes in elements (julia: side of the square grid;\n"
            "                         1e6 and 4M style accepted); default: L2/L3/DRAM + golden\n"
            "  --repeats R            timed repeats after a warm-up (default 7, --quick 3)\n"
            "  --threads T            threads of the omp backend (sets KERNELS_NUM_THREADS)\n"
            "  --quick                small sizes and few repeats (whole run under ~10 s)\n"
            "  --no-probe             skip the machine-limit probe (no %% of limit)\n"
            "  --contention           time everything while a busy thread spins on one\n"
            "                         core (a busy machine: one core fewer than threads)\n"
            "  --firewall-dir DIR     folder of firewall inputs (*.txt, MANIFEST.tsv);\n"
            "                         default: $KERNELS_FIREWALL_DATA, else %s\n"
            "                         (without inputs: the example and a generated one)\n"
            "  --full                 every row with min/max (default: one line per kernel\n"
            "                         and size, backends side by side, then a recommendation)\n"
            "  --json | --csv         machine-readable output only, on stdout\n"
            "  --plot FILE.svg        also write an SVG bar chart per kernel and size\n"
            "Exit status: 0 if every result checked out, 1 if one did not, 2 on bad usage.\n",
            default_firewall_dir);
}

/* "1e6", "4M", "65536", "2k" -> elements. */
static int parse_size(const char *s, size_t *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s) return -1;
    if (*end == 'k' || *end == 'K') v *= 1e3, end++;
    else if (*end == 'm' || *end == 'M') v *= 1e6, end++;
    else if (*end == 'g' || *end == 'G') v *= 1e9, end++;
    if (*end || !(v >= 1) || v > 1e12 || v != floor(v)) return -1;
    *out = (size_t)v;
    return 0;
}

/* A whole decimal int, nothing else; -1 if s is not one. */
static int parse_int(const char *s, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end || errno == ERANGE || v < INT_MIN || v > INT_MAX) return -1;
    *out = (int)v;
    return 0;
}

typedef struct {
    const char *name;
    kn_backend b; /* backend, or KN_AUTO for a baseline */
    kn_ctx *ctx;
    int bl;       /* baseline, -1 for a backend */
    int threads;  /* 1, T, or 0 (GPU: no CPU limit) */
} runner;

/* One call; returns the baseline's kind (see bench_workload.baseline) or 1. */
static int call(const runner *r, bench_case *c, kn_status *st)
{
    if (r->bl < 0) {
        *st = c->w->run(r->ctx, c);
        return 1;
    }
    *st = KN_OK;
    return c->w->baseline ? c->w->baseline(r->bl, c) : -1;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Warm-up, then `repeats` timed repeats of `inner` calls each (inner chosen
 * so that a repeat lasts at least o->min_repeat_s). Seconds per call. */
static int time_runner(const runner *r, bench_case *c, const bench_opts *o, double *med, double *lo, double *hi,
                       int *reps, long *inner, kn_status *st)
{
    double t0 = bench_now();
    int kind = call(r, c, st);
    double dt = bench_now() - t0;
    if (*st || kind < 0) return kind;
    long k = 1;
    if (dt < o->min_repeat_s) {
        k = (long)ceil(o->min_repeat_s / (dt > 1e-8 ? dt : 1e-8));
        if (k > 10000000) k = 10000000;
        /* second warm-up, k calls, to refine the per-call time */
        t0 = bench_now();
        for (long i = 0; i < k && !*st; i++) call(r, c, st);
        dt = (bench_now() - t0) / (double)k;
        if (*st) return kind;
        k = dt < o->min_repeat_s ? (long)ceil(o->min_repeat_s / (dt > 1e-9 ? dt : 1e-9)) : 1;
        if (k > 10000000) k = 10000000;
    }
    int R = o->repeats;
    if (!o->repeats_given && dt > 0.5 && R > 3) R = 3; /* long calls: fewer repeats */
    if (!o->repeats_given && dt > 2.0) R = 1;
    double *t = malloc(sizeof *t * (size_t)R);
    if (!t) return -1;
    for (int i = 0; i < R; i++) {
        t0 = bench_now();
        for (long j = 0; j < k; j++) call(r, c, st);
        t[i] = (bench_now() - t0) / (double)k;
        if (*st) break;
    }
    qsort(t, (size_t)R, sizeof *t, cmp_double);
    *med = R % 2 ? t[R / 2] : 0.5 * (t[R / 2 - 1] + t[R / 2]);
    *lo = t[0];
    *hi = t[R - 1];
    free(t);
    *reps = R;
    *inner = k;
    return kind;
}

static const char *level_of(const bench_case *c, const bench_machine *m, int *lv)
{
    static const char *const names[LV_COUNT] = {"L2", "L3", "DRAM"};
    *lv = c->footprint <= (double)m->l2_max ? LV_L2 : c->footprint <= (double)m->l3_max ? LV_L3 : LV_DRAM;
    return names[*lv];
}

/* The limit in the workload's unit, or -1. */
static double limit_for(const bench_workload *w, const bench_case *c, const bench_machine *m, const bench_probe *p,
                        const runner *r, const char **name)
{
    *name = "";
    if (!p->ran || r->threads == 0) return -1;
    int lv, ti = r->threads > 1;
    level_of(c, m, &lv);
    const double giga = 1e9 / w->unit_scale;
    switch (w->limit) {
    case LIM_READ: *name = ti ? "read bw, T threads" : "read bw, 1 thread"; return p->read[lv][ti] * giga;
    case LIM_COPY: /* the library streams large outputs: the better of the two copies */
        if (p->stream_copy[lv][ti] > p->copy[lv][ti]) {
            *name = ti ? "copy bw (NT stores), T threads" : "copy bw (NT stores), 1 thread";
            return p->stream_copy[lv][ti] * giga;
        }
        *name = ti ? "copy bw, T threads" : "copy bw, 1 thread";
        return p->copy[lv][ti] * giga;
    case LIM_TRIAD: *name = ti ? "triad bw, T threads" : "triad bw, 1 thread"; return p->triad[lv][ti] * giga;
    case LIM_JULIA:
        *name = ti ? "bare Julia step, T threads" : "bare Julia step, 1 thread";
        return p->julia_step[ti] * giga;
    default: return -1;
    }
}

static int same_bits(double a, double b)
{
    uint64_t ua, ub;
    memcpy(&ua, &a, sizeof ua);
    memcpy(&ub, &b, sizeof ub);
    return ua == ub;
}

/* Fills row->check/detail; returns 1 if the result is wrong. */
static int check_result(const bench_case *c, const runner *r, int kind, const bench_digest *d, const bench_digest *ref,
                        int have_ref, bench_row *row)
{
    char *det = row->detail;
    size_t dl = sizeof row->detail;
    if (kind == 0) {
        snprintf(row->check, sizeof row->check, "-");
        snprintf(det, dl, "moves the same bytes; no result to check");
        return 0;
    }
    unsigned e = c->has_expect;
    if (r->bl >= 0) { /* a baseline: its own summation order */
        if (e & EXP_I) {
            int ok = d->i == c->expect_i;
            snprintf(row->check, sizeof row->check, ok ? "exact" : "FAIL");
            if (!ok) snprintf(det, dl, "expected %lld", (long long)c->expect_i);
            return !ok;
        }
        double want = (e & EXP_F) ? c->expect_f : have_ref ? ref->f : NAN;
        if (isnan(want)) {
            snprintf(row->check, sizeof row->check, "-");
            return 0;
        }
        double tol = ((double)c->n + 256) * 0x1p-53 * fabs(want);
        int ok = fabs(d->f - want) <= tol;
        snprintf(row->check, sizeof row->check, ok ? "ok~" : "FAIL");
        snprintf(det, dl, "rel. diff %.2g vs %s (tolerance %.2g)", want != 0 ? fabs(d->f - want) / fabs(want) : fabs(d->f),
                 (e & EXP_F) ? "golden" : "scalar", want != 0 ? tol / fabs(want) : tol);
        return !ok;
    }
    int checked = 0, bad = 0;
    if (e) {
        checked = 1;
        if ((e & EXP_I) && d->i != c->expect_i) bad = 1, snprintf(det, dl, "expected %lld", (long long)c->expect_i);
        if ((e & EXP_F) && !same_bits(d->f, c->expect_f)) bad = 1, snprintf(det, dl, "expected %.17g", c->expect_f);
        if ((e & EXP_F2) && !same_bits(d->f2, c->expect_f2)) bad = 1, snprintf(det, dl, "expected %.17g", c->expect_f2);
        if ((e & EXP_H) && d->hash != c->expect_h) bad = 1, snprintf(det, dl, "differs from the expected answers");
        if (!bad) snprintf(det, dl, "%s", c->golden ? "golden value" : "expected value");
    }
    if (have_ref && r->b != KN_SCALAR) {
        checked = 1;
        if (d->hash != ref->hash || d->i != ref->i || !same_bits(d->f, ref->f) || !same_bits(d->f2, ref->f2)) {
            if (!bad) snprintf(det, dl, "not bit-identical to scalar (%s)", ref->text);
            bad = 1;
        } else if (!bad) {
            size_t l = strlen(det);
            snprintf(det + l, dl - l, "%sbit-identical to scalar", l ? ", " : "");
        }
    }
    if (!checked) {
        snprintf(row->check, sizeof row->check, "ref");
        snprintf(det, dl, "the reference");
        return 0;
    }
    snprintf(row->check, sizeof row->check, bad ? "FAIL" : "exact");
    return bad;
}

static int selected(const char *list, const bench_workload *w)
{
    if (!list[0]) return 1;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", list);
    for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save))
        if (strcasecmp(t, w->family) == 0 || strcasecmp(t, w->name) == 0) return 1;
    return 0;
}

int main(int argc, char **argv)
{
    bench_blas_pick_kernel(argv);
    bench_opts o;
    memset(&o, 0, sizeof o);
    o.repeats = 7;
    o.probe = 1;
    const char *env_firewall_dir = getenv("KERNELS_FIREWALL_DATA");
    o.firewall_dir_given = env_firewall_dir && *env_firewall_dir;
    o.firewall_dir = o.firewall_dir_given ? env_firewall_dir : default_firewall_dir;
    o.min_repeat_s = 2e-3;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--json") == 0) o.json = 1;
        else if (strcmp(a, "--csv") == 0) o.csv = 1;
        else if (strcmp(a, "--quick") == 0) o.quick = 1;
        else if (strcmp(a, "--full") == 0) o.full = 1;
        else if (strcmp(a, "--no-probe") == 0) o.probe = 0;
        else if (strcmp(a, "--contention") == 0) o.contention = 1;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) return usage(stdout), 0;
        else if (!v) return fprintf(stderr, "kernels-bench: unknown option or missing value: %s\n", a), usage(stderr), 2;
        else if (strcmp(a, "--kernel") == 0) snprintf(o.kernels, sizeof o.kernels, "%s", argv[++i]);
        else if (strcmp(a, "--firewall-dir") == 0) o.firewall_dir = argv[++i], o.firewall_dir_given = 1;
        else if (strcmp(a, "--plot") == 0) o.plot = argv[++i];
        else if (strcmp(a, "--repeats") == 0) {
            o.repeats_given = 1;
            if (parse_int(argv[++i], &o.repeats) || o.repeats < 1 || o.repeats > 1000) return fprintf(stderr, "kernels-bench: --repeats must be 1..1000\n"), 2;
        } else if (strcmp(a, "--threads") == 0) {
            int t = 0;
            if (parse_int(argv[++i], &t) || t < 1) return fprintf(stderr, "kernels-bench: --threads must be a positive integer\n"), 2;
            /* read by the omp backend when its contexts are created */
            setenv("KERNELS_NUM_THREADS", argv[i], 1);
        } else if (strcmp(a, "--size") == 0) {
            char buf[512];
            snprintf(buf, sizeof buf, "%s", argv[++i]);
            for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
                if (o.nsizes == BENCH_MAX_SIZES || parse_size(t, &o.sizes[o.nsizes]))
                    return fprintf(stderr, "kernels-bench: bad --size '%s' (positive integers, e.g. 1e6,4M)\n", t), 2;
                o.nsizes++;
            }
        } else if (strcmp(a, "--backend") == 0) {
            char buf[256];
            snprintf(buf, sizeof buf, "%s", argv[++i]);
            o.any_backend_named = 1;
            for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
                kn_backend b;
                int bl = bench_baseline_from_name(t);
                if (bl >= 0) o.want_baseline[bl] = 1;
                else if (kn_backend_from_name(t, &b) == KN_OK && b != KN_AUTO) o.want_backend[b] = 1;
                else
                    return fprintf(stderr,
                                   "kernels-bench: unknown backend '%s'; valid names are scalar, simd, omp, opencl, "
                                   "cuda, c-copy, c-loop, openblas-1t, c-libm\n",
                                   t),
                           2;
            }
        } else {
            fprintf(stderr, "kernels-bench: unknown option %s\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (o.json && o.csv) return fprintf(stderr, "kernels-bench: --json and --csv exclude each other\n"), 2;
    if (o.quick) {
        if (!o.repeats_given) o.repeats = 3;
        o.min_repeat_s = 1e-3;
    }
    if (o.kernels[0]) { /* every name must select something */
        char buf[256];
        snprintf(buf, sizeof buf, "%s", o.kernels);
        for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
            int found = 0;
            for (size_t k = 0; k < bench_nworkloads; k++)
                found |= strcasecmp(t, bench_workloads[k].family) == 0 || strcasecmp(t, bench_workloads[k].name) == 0;
            if (!found) {
                fprintf(stderr, "kernels-bench: unknown kernel '%s'; valid names are", t);
                for (size_t k = 0; k < bench_nworkloads; k++)
                    if (k == 0 || strcmp(bench_workloads[k].family, bench_workloads[k - 1].family) != 0)
                        fprintf(stderr, " %s", bench_workloads[k].family);
                fprintf(stderr, "\n");
                return 2;
            }
        }
    }

    bench_machine m;
    bench_machine_read(&m);
    bench_blas_init();

    /* Runners: scalar first (it is the reference), then every other
     * available backend, then the baselines. */
    runner run[KN_BACKEND_COUNT + BL_COUNT];
    int nrun = 0, status = 0;
    kn_ctx *scalar_ctx = NULL;
    if (kn_ctx_create(&scalar_ctx, KN_SCALAR)) {
        fprintf(stderr, "kernels-bench: cannot create the scalar reference context: %s\n", kn_last_error());
        return 2;
    }
    for (int b = KN_SCALAR; b < KN_BACKEND_COUNT; b++) {
        if (o.any_backend_named && !o.want_backend[b]) continue;
        if (!kn_backend_available((kn_backend)b)) {
            if (o.want_backend[b]) {
                fprintf(stderr, "kernels-bench: %s\n", kn_backend_info((kn_backend)b));
                status = 2;
            }
            continue;
        }
        kn_ctx *ctx = NULL;
        if (b == KN_SCALAR) ctx = scalar_ctx;
        else if (kn_ctx_create(&ctx, (kn_backend)b)) {
            fprintf(stderr, "kernels-bench: %s: %s\n", kn_backend_name((kn_backend)b), kn_last_error());
            status = o.want_backend[b] ? 2 : status;
            continue;
        }
        const char *info = kn_backend_info((kn_backend)b);
        int threads = 1;
        if (b == KN_CUDA || (b == KN_OPENCL && (strstr(info, "GPU") || strstr(info, "gpu")))) threads = 0;
        else if (b == KN_OMP || b == KN_OPENCL) threads = m.threads;
        run[nrun++] = (runner){kn_backend_name((kn_backend)b), (kn_backend)b, ctx, -1, threads};
    }
    for (int bl = 0; bl < BL_COUNT; bl++) {
        if (o.any_backend_named && !o.want_baseline[bl]) continue;
        if (!bench_baseline_available(bl)) {
            if (o.want_baseline[bl]) fprintf(stderr, "kernels-bench: %s\n", bench_baseline_info(bl)), status = 2;
            continue;
        }
        run[nrun++] = (runner){bench_baseline_name(bl), KN_AUTO, NULL, bl, 1};
    }
    if (status) {
        for (int i = 0; i < nrun; i++)
            if (run[i].ctx && run[i].ctx != scalar_ctx) kn_ctx_destroy(run[i].ctx);
        kn_ctx_destroy(scalar_ctx);
        return status;
    }

    char msg[256] = "";
    bench_workloads_init(&o, (o.json || o.csv) ? NULL : stderr, msg, sizeof msg);

    bench_probe p;
    memset(&p, 0, sizeof p);
    if (o.probe) bench_probe_run(&p, &m, o.quick);

    if (o.contention && bench_contention_start(&o.contention_cpu)) {
        fprintf(stderr, "kernels-bench: --contention: cannot start the busy thread\n");
        return 2;
    }
    double start = bench_now();
    const char *columns[KN_BACKEND_COUNT];
    int ncolumns = 0;
    for (int i = 0; i < nrun; i++)
        if (run[i].bl < 0) columns[ncolumns++] = run[i].name;
    report_begin(&o, &m, &p, columns, ncolumns);
    bench_row *rows = NULL;
    int nrows = 0, failures = 0;
    runner scalar_ref = {"scalar", KN_SCALAR, scalar_ctx, -1, 1};

    for (size_t wi = 0; wi < bench_nworkloads; wi++) {
        const bench_workload *w = &bench_workloads[wi];
        if (!selected(o.kernels, w)) continue;
        size_t sizes[BENCH_MAX_INPUTS > BENCH_MAX_SIZES ? BENCH_MAX_INPUTS : BENCH_MAX_SIZES];
        int ns;
        if (o.nsizes && w->uses_size_option) {
            ns = o.nsizes;
            memcpy(sizes, o.sizes, sizeof o.sizes[0] * (size_t)ns);
        } else {
            ns = w->sizes(&o, &m, sizes);
        }
        for (int si = 0; si < ns; si++) {
            bench_case c;
            memset(&c, 0, sizeof c);
            c.w = w;
            c.n = sizes[si];
            c.calls_per_run = 1;
            char err[160] = "";
            if (w->setup(&c, err, sizeof err)) {
                fprintf(stderr, "kernels-bench: %s size %zu: %s\n", w->name, sizes[si], err);
                failures++;
                bench_case_free(&c);
                continue;
            }
            bench_digest ref;
            memset(&ref, 0, sizeof ref);
            int have_ref = 0;
            if (nrun == 0 || run[0].b != KN_SCALAR) { /* scalar not timed: an untimed reference run */
                kn_status st;
                call(&scalar_ref, &c, &st);
                if (!st) w->digest(&c, &ref), have_ref = 1;
            }
            double scalar_med = -1;
            int case_rows = nrows;
            for (int ri = 0; ri < nrun; ri++) {
                const runner *r = &run[ri];
                if (r->bl >= 0 && !(w->baselines & BL_BIT(r->bl))) continue;
                bench_row row;
                memset(&row, 0, sizeof row);
                row.kernel = w->name;
                snprintf(row.size, sizeof row.size, "%s", c.label);
                row.size_value = c.size_value;
                int lv;
                row.level = level_of(&c, &m, &lv);
                snprintf(row.backend, sizeof row.backend, "%s", r->name);
                row.is_baseline = r->bl >= 0;
                row.threads = r->threads;
                row.unit = w->unit;
                row.speedup = row.limit = row.pct = -1;
                kn_status st = KN_OK;
                double med = 0, lo = 0, hi = 0;
                int kind = time_runner(r, &c, &o, &med, &lo, &hi, &row.repeats, &row.inner, &st);
                if (kind < 0 && !st) continue; /* baseline not applicable here */
                if (st == KN_ERR_UNAVAILABLE) { /* the backend lacks this kernel: shown, not a failure */
                    snprintf(row.check, sizeof row.check, "n/a");
                    snprintf(row.detail, sizeof row.detail, "%s", kn_last_error());
                } else if (st) {
                    snprintf(row.check, sizeof row.check, "ERROR");
                    snprintf(row.detail, sizeof row.detail, "%s: %s", kn_status_str(st), kn_last_error());
                    failures++;
                } else {
                    bench_digest d;
                    memset(&d, 0, sizeof d);
                    w->digest(&c, &d);
                    snprintf(row.value, sizeof row.value, "%s", kind ? d.text : "");
                    if (r->b == KN_SCALAR && r->bl < 0) ref = d, have_ref = 1;
                    if (c.iters <= 0) c.iters = have_ref ? ref.work : d.work;
                    failures += check_result(&c, r, kind, &d, &ref, have_ref, &row);
                    double per = c.calls_per_run > 0 ? c.calls_per_run : 1;
                    row.median_s = med / per;
                    row.min_s = lo / per;
                    row.max_s = hi / per;
                    row.bytes = c.bytes / per;
                    row.iters = c.iters;
                    double q = w->per_byte ? row.bytes : row.iters;
                    row.throughput = row.median_s > 0 ? q / row.median_s / w->unit_scale : 0;
                    if (r->b == KN_SCALAR && r->bl < 0) scalar_med = row.median_s;
                    if (scalar_med > 0 && row.median_s > 0) row.speedup = scalar_med / row.median_s;
                    row.limit = limit_for(w, &c, &m, &p, r, &row.limit_name);
                    if (row.limit > 0) row.pct = 100.0 * row.throughput / row.limit;
                }
                report_row(&o, &row);
                bench_row *nr = realloc(rows, sizeof *rows * (size_t)(nrows + 1));
                if (nr) rows = nr, rows[nrows++] = row;
            }
            if (nrows > case_rows) report_case(&o, rows + case_rows, nrows - case_rows);
            bench_case_free(&c);
        }
    }
    if (o.contention) bench_contention_stop();
    report_end(&o, rows, nrows, failures, bench_now() - start);
    if (o.plot) {
        char err[256];
        if (report_plot(o.plot, rows, nrows, err, sizeof err)) {
            fprintf(stderr, "kernels-bench: --plot: %s\n", err);
            failures++;
        }
    }
    free(rows);
    bench_workloads_fini();
    for (int i = 0; i < nrun; i++)
        if (run[i].ctx && run[i].ctx != scalar_ctx) kn_ctx_destroy(run[i].ctx);
    kn_ctx_destroy(scalar_ctx);
    return failures ? 1 : 0;
}
