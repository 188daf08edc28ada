/* The workload table: one entry per benchmarked kernel, with its default
 * sizes, input setup, the timed call, a digest of its result for checking,
 * its throughput unit and the machine limit it is judged against. Adding a
 * kernel (or an expression) is adding one entry at the end. */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "goldens.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

/* Page-aligned block; returns base + offset (offset < 4096). */
void *bench_alloc(bench_case *c, size_t bytes, size_t offset)
{
    size_t total = (bytes + offset + 4095) / 4096 * 4096;
    if (total == 0) total = 4096;
    for (int i = 0; i < 6; i++)
        if (!c->mem[i]) {
            char *p = aligned_alloc(4096, total);
            if (!p) return NULL;
            c->mem[i] = p;
            return p + offset;
        }
    return NULL;
}

void bench_case_free(bench_case *c)
{
    for (int i = 0; i < 6; i++) free(c->mem[i]);
    memset(c->mem, 0, sizeof c->mem);
    kn_expr_free(c->expr);
    c->expr = NULL;
}

/* A fast 64-bit hash of a buffer (4 independent multiply-xor lanes). */
uint64_t bench_hash(const void *p, size_t bytes)
{
    const unsigned char *b = p;
    uint64_t h[4] = {0x9E3779B97F4A7C15u, 0xC2B2AE3D27D4EB4Fu, 0x165667B19E3779F9u, 0x27D4EB2F165667C5u};
    const uint64_t k = 0xFF51AFD7ED558CCDu;
    size_t i = 0;
    for (; i + 32 <= bytes; i += 32)
        for (int l = 0; l < 4; l++) {
            uint64_t w;
            memcpy(&w, b + i + 8 * (size_t)l, 8);
            h[l] = (h[l] ^ w) * k;
            h[l] ^= h[l] >> 29;
        }
    uint64_t r = (uint64_t)bytes * k;
    for (; i < bytes; i++) r = (r ^ b[i]) * 0x100000001B3u;
    for (int l = 0; l < 4; l++) r = (r ^ h[l]) * k, r ^= r >> 31;
    return r;
}

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi). */
static void fill_uniform(double *x, size_t n, double lo, double hi, uint64_t seed)
{
    for (size_t i = 0; i < n; i++) x[i] = lo + (hi - lo) * (double)(splitmix(&seed) >> 11) * 0x1p-53;
}

static void label_elems(bench_case *c, size_t n)
{
    c->size_value = (double)n;
    snprintf(c->label, sizeof c->label, "%zu", n);
}

static int sizes_of(size_t *out, const size_t *list, int n)
{
    for (int i = 0; i < n; i++) out[i] = list[i];
    return n;
}

/* Elements of `bytes_per_elem` that fill a quarter of the L2, rounded down
 * to a power of two. */
static size_t l2_elems(const bench_machine *m, size_t bytes_per_elem)
{
    size_t want = m->l2_max / 4 / bytes_per_elem, p = 1024;
    while (p * 2 <= want) p *= 2;
    return p;
}

#define OOM(err, len) (snprintf(err, len, "out of memory"), -1)

/* ------------------------------------------------------------------ */
/* Julia                                                               */
/* ------------------------------------------------------------------ */

static const kn_julia_params julia_canon = KN_GOLDEN_JULIA;

static int julia_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    (void)m;
    static const size_t quick[] = {200, 1000}, full[] = {200, 1000, 2000};
    return o->quick ? sizes_of(out, quick, 2) : sizes_of(out, full, 3);
}

static int julia_setup(bench_case *c, char *err, size_t len)
{
    size_t side = c->n;
    if (side < 1 || side > 46340) return snprintf(err, len, "julia side must be 1..46340"), -1;
    if (!(c->out = bench_alloc(c, side * side * sizeof(int32_t), BENCH_OUT_OFFSET))) return OOM(err, len);
    snprintf(c->label, sizeof c->label, "%zux%zu/%d", side, side, (int)julia_canon.max_iter);
    c->size_value = (double)side;
    c->bytes = c->footprint = (double)(side * side * sizeof(int32_t));
    if (side == KN_GOLDEN_JULIA_SIDE) {
        c->golden = 1;
        c->expect_i = KN_GOLDEN_JULIA_SUM;
        c->has_expect = EXP_I;
    }
    return 0;
}

static kn_status julia_run(kn_ctx *ctx, bench_case *c)
{
    kn_julia_params p = julia_canon;
    p.width = p.height = (int32_t)c->n;
    return kn_julia(ctx, &p, c->out);
}

static void counts_digest(const int32_t *counts, size_t n, bench_digest *d)
{
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++) sum += counts[i];
    d->hash = bench_hash(counts, n * sizeof *counts);
    d->i = sum;
    d->work = (double)sum;
    snprintf(d->text, sizeof d->text, "sum %lld", (long long)sum);
}

static void julia_digest(const bench_case *c, bench_digest *d) { counts_digest(c->out, c->n * c->n, d); }

/* Caller-given points: the first n points, row-major, of a w x w grid
 * (w = ceil(sqrt(n))) built like kn_julia's; n = 1e6 is the golden grid. */
static int julia_points_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    (void)m;
    static const size_t quick[] = {1000000}, full[] = {40000, 1000000, 4000000};
    return o->quick ? sizes_of(out, quick, 1) : sizes_of(out, full, 3);
}

static int julia_points_setup(bench_case *c, char *err, size_t len)
{
    size_t n = c->n, w = 1;
    while (w * w < n) w++;
    double *zr = bench_alloc(c, n * 8, 0), *zi = bench_alloc(c, n * 8, 1024);
    double *cr = bench_alloc(c, n * 8, 2048), *ci = bench_alloc(c, n * 8, 3072);
    if (!zr || !zi || !cr || !ci || !(c->out = bench_alloc(c, n * 4, BENCH_OUT_OFFSET))) return OOM(err, len);
    const kn_julia_params *p = &julia_canon;
    double dx = (p->x_max - p->x_min) / (double)w, dy = (p->y_max - p->y_min) / (double)w;
    for (size_t k = 0; k < n; k++) {
        size_t row = k / w, col = k % w; /* points on a w-wide grid */
        zr[k] = p->x_min + (double)col * dx;
        zi[k] = p->y_max - (double)row * dy;
        cr[k] = p->c_re;
        ci[k] = p->c_im;
    }
    c->in[0] = zr, c->in[1] = zi, c->in[2] = cr, c->in[3] = ci;
    label_elems(c, n);
    c->bytes = c->footprint = (double)n * (4 * 8 + 4);
    if (n == (size_t)KN_GOLDEN_JULIA_SIDE * KN_GOLDEN_JULIA_SIDE) {
        c->golden = 1;
        c->expect_i = KN_GOLDEN_JULIA_SUM;
        c->has_expect = EXP_I;
    }
    return 0;
}

static kn_status julia_points_run(kn_ctx *ctx, bench_case *c)
{
    return kn_julia_points(ctx, c->n, c->in[0], c->in[1], c->in[2], c->in[3], julia_canon.max_iter, c->out);
}

static void julia_points_digest(const bench_case *c, bench_digest *d) { counts_digest(c->out, c->n, d); }

/* ------------------------------------------------------------------ */
/* Firewall                                                            */
/* ------------------------------------------------------------------ */

static bench_fw_input fw[BENCH_MAX_INPUTS];
static int nfw;
static char fw_source[512];

const char *bench_firewall_source(void) { return fw_source; }

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
        if (cap - n < 2) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    return buf;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Reads every *.txt of dir and the expected answers of MANIFEST.tsv. */
/* n whitespace-separated decimal integers at the start of s; 1 if all parse. */
static int parse_lls(const char *s, long long *v, int n)
{
    for (int k = 0; k < n; k++) {
        char *end;
        errno = 0;
        v[k] = strtoll(s, &end, 10);
        if (end == s || errno == ERANGE) return 0;
        s = end;
    }
    return 1;
}

static int firewall_load_dir(const char *dir, FILE *log)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    char *names[BENCH_MAX_INPUTS] = {0};
    int count = 0;
    for (struct dirent *e; (e = readdir(d)) && count < BENCH_MAX_INPUTS;) {
        size_t l = strlen(e->d_name);
        if (l > 4 && l < sizeof fw[0].name + 4 && strcmp(e->d_name + l - 4, ".txt") == 0) names[count++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)count, sizeof names[0], cmp_names);
    char path[1024];
    snprintf(path, sizeof path, "%s/MANIFEST.tsv", dir);
    char *manifest = read_text(path);
    for (int i = 0; i < count; i++) {
        if (!names[i]) continue;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        char *text = read_text(path);
        bench_fw_input *in = &fw[nfw];
        kn_status st = text ? kn_firewall_parse(text, &in->layers, &in->n) : KN_ERR_INVALID_ARG;
        free(text);
        if (st || in->n == 0) {
            if (log) fprintf(log, "kernels-bench: skipping firewall input %s: %s\n", path, text ? kn_last_error() : "unreadable");
            free(names[i]);
            continue;
        }
        snprintf(in->name, sizeof in->name, "%.*s", (int)(strlen(names[i]) - 4), names[i]);
        in->kn_owned = 1;
        in->severity = in->delay = -1;
        /* MANIFEST.tsv: file layers max_depth max_range part1_severity part2_delay source */
        for (const char *line = manifest; line && *line;) {
            const char *end = strchr(line, '\n');
            size_t ll = end ? (size_t)(end - line) : strlen(line);
            size_t nl = strlen(names[i]);
            if (ll > nl && strncmp(line, names[i], nl) == 0 && line[nl] == '\t') {
                long long f[5]; /* layers max_depth max_range part1_severity part2_delay */
                if (parse_lls(line + nl, f, 5)) {
                    in->severity = f[3];
                    in->delay = f[4];
                }
            }
            line = end ? end + 1 : NULL;
        }
        free(names[i]);
        nfw++;
    }
    free(manifest);
    return nfw;
}

/* Fallback when the real inputs are missing: the puzzle's example and a
 * generated firewall shaped like the real ones (43 layers, depth <= 98,
 * range <= 20) with a safe delay of a few million. */
static void firewall_builtin(void)
{
    static const kn_layer example[] = KN_GOLDEN_FIREWALL_LAYERS;
    bench_fw_input *in = &fw[nfw++];
    snprintf(in->name, sizeof in->name, "example");
    in->layers = malloc(sizeof example);
    memcpy(in->layers, example, sizeof example);
    in->n = sizeof example / sizeof example[0];
    in->severity = KN_GOLDEN_FIREWALL_SEVERITY;
    in->delay = KN_GOLDEN_FIREWALL_DELAY;

    in = &fw[nfw++];
    snprintf(in->name, sizeof in->name, "generated");
    in->layers = malloc(50 * sizeof(kn_layer));
    in->n = 0;
    in->severity = in->delay = -1;
    uint64_t seed = 13;
    const int64_t target = 3876543; /* a delay no layer catches */
    for (int64_t depth = 0; depth <= 98 && in->n < 50; depth++) {
        if (depth > 2 && splitmix(&seed) % 7 < 4) continue;
        for (int tries = 0; tries < 64; tries++) {
            int64_t r = 2 + (int64_t)(splitmix(&seed) % 19);
            if (depth > 20 && r < 6) continue;
            if ((target + depth) % (2 * (r - 1)) != 0) {
                in->layers[in->n++] = (kn_layer){depth, r};
                break;
            }
        }
    }
}

int bench_workloads_init(const bench_opts *o, FILE *log, char *msg, size_t len)
{
    (void)msg, (void)len;
    nfw = 0;
    if (o->firewall_dir && firewall_load_dir(o->firewall_dir, log) > 0) {
        snprintf(fw_source, sizeof fw_source, "%d inputs from %s", nfw, o->firewall_dir);
    } else {
        firewall_builtin();
        snprintf(fw_source, sizeof fw_source, "built-in example + generated firewall (%s not found or empty)",
                 o->firewall_dir ? o->firewall_dir : "no --firewall-dir");
        /* The default folder is optional; a named one should be there. */
        if (log && o->firewall_dir_given) fprintf(log, "kernels-bench: firewall: using a %s\n", fw_source);
    }
    return 0;
}

void bench_workloads_fini(void)
{
    for (int i = 0; i < nfw; i++) {
        if (fw[i].kn_owned) kn_free(fw[i].layers);
        else free(fw[i].layers);
    }
    nfw = 0;
}

static int firewall_delay_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    (void)o, (void)m;
    for (int i = 0; i < nfw; i++) out[i] = (size_t)i;
    return nfw;
}

static int firewall_delay_setup(bench_case *c, char *err, size_t len)
{
    (void)err, (void)len;
    const bench_fw_input *in = &fw[c->n];
    snprintf(c->label, sizeof c->label, "%s", in->name);
    c->size_value = (double)in->n;
    c->footprint = (double)(in->n * sizeof(kn_layer));
    if (in->delay >= 0) {
        c->expect_i = in->delay;
        c->has_expect = EXP_I;
        c->iters = (double)in->delay + 1;
    }
    c->golden = strcmp(in->name, "example") == 0;
    return 0;
}

static kn_status firewall_delay_run(kn_ctx *ctx, bench_case *c)
{
    const bench_fw_input *in = &fw[c->n];
    return kn_firewall_first_safe_delay(ctx, in->layers, in->n, INT64_MAX, &c->res_i);
}

static void firewall_delay_digest(const bench_case *c, bench_digest *d)
{
    d->i = c->res_i;
    d->hash = (uint64_t)c->res_i;
    d->work = (double)c->res_i + 1; /* delays a plain scan would try */
    snprintf(d->text, sizeof d->text, "delay %lld", (long long)c->res_i);
}

/* Severity at delay 0 of every input, one timed run covering them all;
 * times are per input. */
static int firewall_severity_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    (void)o, (void)m;
    out[0] = 0;
    return nfw > 0;
}

static int firewall_severity_setup(bench_case *c, char *err, size_t len)
{
    if (!(c->out = bench_alloc(c, (size_t)nfw * sizeof(int64_t), 0))) return OOM(err, len);
    snprintf(c->label, sizeof c->label, "%d inputs", nfw);
    c->size_value = nfw;
    c->calls_per_run = nfw;
    int64_t expect[BENCH_MAX_INPUTS] = {0};
    int known = 1;
    double layers = 0;
    for (int i = 0; i < nfw; i++) {
        expect[i] = fw[i].severity;
        known &= fw[i].severity >= 0;
        layers += (double)fw[i].n;
    }
    c->iters = layers / nfw; /* per input */
    if (known) {
        c->expect_h = bench_hash(expect, (size_t)nfw * sizeof(int64_t));
        c->has_expect = EXP_H;
    }
    return 0;
}

static kn_status firewall_severity_run(kn_ctx *ctx, bench_case *c)
{
    int64_t *out = c->out;
    for (int i = 0; i < nfw; i++) {
        kn_status st = kn_firewall_severity(ctx, fw[i].layers, fw[i].n, 0, &out[i]);
        if (st) return st;
    }
    return KN_OK;
}

static void firewall_severity_digest(const bench_case *c, bench_digest *d)
{
    const int64_t *out = c->out;
    int64_t sum = 0;
    for (int i = 0; i < nfw; i++) sum += out[i];
    d->hash = bench_hash(out, (size_t)nfw * sizeof(int64_t));
    d->i = sum;
    snprintf(d->text, sizeof d->text, "sum %lld", (long long)sum);
}

/* ------------------------------------------------------------------ */
/* Norm-square                                                         */
/* ------------------------------------------------------------------ */

static int norm_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    int k = 0;
    out[k++] = l2_elems(m, 8);
    out[k++] = KN_GOLDEN_NORM_N; /* golden; in L3 */
    if (!o->quick) out[k++] = 100000000;
    return k;
}

static int norm_f64_setup(bench_case *c, char *err, size_t len)
{
    size_t n = c->n;
    double *x = bench_alloc(c, n * 8, 0);
    if (!x) return OOM(err, len);
    c->in[0] = x;
    label_elems(c, n);
    c->bytes = c->footprint = (double)n * 8;
    c->iters = (double)n;
    if (n == KN_GOLDEN_NORM_N) { /* golden: x = 0..n-1, canonical-order bits */
        for (size_t i = 0; i < n; i++) x[i] = (double)i;
        c->golden = 1;
        c->expect_f = KN_GOLDEN_NORM_F64;
        c->has_expect = EXP_F;
    } else {
        fill_uniform(x, n, -1, 1, n);
    }
    return 0;
}

static kn_status norm_f64_run(kn_ctx *ctx, bench_case *c) { return kn_norm_square_f64(ctx, c->in[0], c->n, &c->res_f); }

static void f64_value_digest(const bench_case *c, bench_digest *d)
{
    d->f = c->res_f;
    memcpy(&d->hash, &c->res_f, 8);
    d->work = (double)c->n;
    snprintf(d->text, sizeof d->text, "%.17g", c->res_f);
}

static int norm_f64_baseline(int bl, bench_case *c)
{
    if (bl == BL_CLOOP) {
        c->res_f = bench_c_norm_f64(c->in[0], c->n);
        return 1;
    }
    if (bl == BL_OPENBLAS && bench_blas_available()) {
        c->res_f = bench_blas_ddot_self(c->in[0], c->n);
        return 1;
    }
    return -1;
}

static int norm_i64_setup(bench_case *c, char *err, size_t len)
{
    size_t n = c->n;
    int64_t *x = bench_alloc(c, n * 8, 0);
    if (!x) return OOM(err, len);
    c->in[0] = x;
    label_elems(c, n);
    c->bytes = c->footprint = (double)n * 8;
    c->iters = (double)n;
    if (n == KN_GOLDEN_NORM_N) {
        for (size_t i = 0; i < n; i++) x[i] = (int64_t)i;
        c->golden = 1;
        c->expect_i = KN_GOLDEN_NORM_I64;
    } else { /* |x| <= 2^15: an exact oracle in int64 for n < 2^33 */
        uint64_t seed = n;
        int64_t s = 0;
        for (size_t i = 0; i < n; i++) {
            x[i] = (int64_t)(splitmix(&seed) % 65536) - 32768;
            s += x[i] * x[i];
        }
        c->expect_i = s;
    }
    c->has_expect = EXP_I;
    return 0;
}

static kn_status norm_i64_run(kn_ctx *ctx, bench_case *c) { return kn_norm_square_i64(ctx, c->in[0], c->n, &c->res_i); }

static void i64_value_digest(const bench_case *c, bench_digest *d)
{
    d->i = c->res_i;
    d->hash = (uint64_t)c->res_i;
    d->work = (double)c->n;
    snprintf(d->text, sizeof d->text, "%lld", (long long)c->res_i);
}

static int norm_i64_baseline(int bl, bench_case *c)
{
    if (bl != BL_CLOOP) return -1;
    c->res_i = bench_c_norm_i64(c->in[0], c->n);
    return 1;
}

/* Sum and dot: the norm-square's sizes and golden input (tests/goldens.h). */
static int reduce_setup(bench_case *c, int nin, double golden, char *err, size_t len)
{
    size_t n = c->n;
    for (int k = 0; k < nin; k++)
        if (!(c->in[k] = bench_alloc(c, n * 8, 0))) return OOM(err, len);
    label_elems(c, n);
    c->bytes = c->footprint = (double)n * 8 * nin;
    c->iters = (double)n;
    for (int k = 0; k < nin; k++) {
        double *x = c->in[k];
        if (n == KN_GOLDEN_NORM_N)
            for (size_t i = 0; i < n; i++) x[i] = (double)i;
        else
            fill_uniform(x, n, -1, 1, n + (size_t)k);
    }
    if (n == KN_GOLDEN_NORM_N) {
        c->golden = 1;
        c->expect_f = golden;
        c->has_expect = EXP_F;
    }
    return 0;
}

static int sum_setup(bench_case *c, char *err, size_t len) { return reduce_setup(c, 1, KN_GOLDEN_SUM_F64, err, len); }
static int dot_setup(bench_case *c, char *err, size_t len) { return reduce_setup(c, 2, KN_GOLDEN_NORM_F64, err, len); }
static kn_status sum_run(kn_ctx *ctx, bench_case *c) { return kn_sum_f64(ctx, c->in[0], c->n, &c->res_f); }
static kn_status dot_run(kn_ctx *ctx, bench_case *c) { return kn_dot_f64(ctx, c->in[0], c->in[1], c->n, &c->res_f); }

/* ------------------------------------------------------------------ */
/* Suffix sums                                                         */
/* ------------------------------------------------------------------ */

static int suffix_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    (void)m;
    static const size_t quick[] = {KN_GOLDEN_SUFFIX_N, 1000000}, full[] = {KN_GOLDEN_SUFFIX_N, 1000000, 100000000};
    return o->quick ? sizes_of(out, quick, 2) : sizes_of(out, full, 3);
}

static int suffix_setup(bench_case *c, char *err, size_t len)
{
    size_t n = c->n;
    double *x = bench_alloc(c, n * 8, 0);
    if (!x || !(c->out = bench_alloc(c, n * 8, BENCH_OUT_OFFSET))) return OOM(err, len);
    c->in[0] = x;
    label_elems(c, n);
    c->bytes = c->footprint = (double)n * 16;
    c->iters = (double)n;
    if (n == KN_GOLDEN_SUFFIX_N) { /* golden: x = 0..n-1 */
        for (size_t i = 0; i < n; i++) x[i] = (double)i;
        c->golden = 1;
        c->expect_f = KN_GOLDEN_SUFFIX_SUM;
        c->expect_f2 = KN_GOLDEN_SUFFIX_FIRST;
        c->has_expect = EXP_F | EXP_F2;
    } else {
        fill_uniform(x, n, -1, 1, n);
    }
    return 0;
}

static kn_status suffix_run(kn_ctx *ctx, bench_case *c) { return kn_suffix_sums_f64(ctx, c->in[0], c->n, c->out); }

/* Hash of every output and their sum (plain order). */
static void array_digest(const double *out, size_t n, bench_digest *d)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) s += out[i];
    d->hash = bench_hash(out, n * 8);
    d->f = s;
    d->f2 = n ? out[0] : 0;
    d->work = (double)n;
    snprintf(d->text, sizeof d->text, "sum %.17g", s);
}

static void suffix_digest(const bench_case *c, bench_digest *d)
{
    array_digest(c->out, c->n, d);
    snprintf(d->text, sizeof d->text, "out[0] %.17g", d->f2);
}

/* Prefix sums: the suffix sums' sizes and golden input (tests/goldens.h). */
static int prefix_setup(bench_case *c, char *err, size_t len)
{
    int st = suffix_setup(c, err, len);
    if (!st && c->golden) {
        c->expect_f = KN_GOLDEN_PREFIX_SUM;
        c->expect_f2 = KN_GOLDEN_PREFIX_LAST;
    }
    return st;
}

static kn_status prefix_run(kn_ctx *ctx, bench_case *c) { return kn_prefix_sums_f64(ctx, c->in[0], c->n, c->out); }

static void prefix_digest(const bench_case *c, bench_digest *d)
{
    array_digest(c->out, c->n, d);
    d->f2 = c->n ? ((const double *)c->out)[c->n - 1] : 0;
    snprintf(d->text, sizeof d->text, "out[n-1] %.17g", d->f2);
}

static int copy_baseline(int bl, bench_case *c)
{
    if (bl != BL_CCOPY) return -1;
    bench_c_copy(c->out, c->in[0], c->n);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Expressions (numexpr-style)                                         */
/* ------------------------------------------------------------------ */

static int expr_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    (void)m;
    static const size_t quick[] = {KN_GOLDEN_EXPR_N}, full[] = {KN_GOLDEN_EXPR_N, 10000000, 100000000};
    return o->quick ? sizes_of(out, quick, 1) : sizes_of(out, full, 3);
}

/* Compiles src over nvars inputs and allocates them (filled by the caller)
 * and the output. */
static int expr_prepare(bench_case *c, const char *src, size_t nvars, const char *const *names, char *err, size_t len)
{
    kn_status st = kn_expr_compile(src, nvars, names, &c->expr);
    if (st) return snprintf(err, len, "%s", kn_last_error()), -1;
    for (size_t v = 0; v < nvars; v++)
        if (!(c->in[v] = bench_alloc(c, c->n * 8, 1024 * v))) return OOM(err, len);
    if (!(c->out = bench_alloc(c, c->n * 8, BENCH_OUT_OFFSET))) return OOM(err, len);
    label_elems(c, c->n);
    c->bytes = c->footprint = (double)c->n * 8 * (double)(nvars + 1);
    c->iters = (double)c->n;
    return 0;
}

/* The README's golden expression: data = 0..n-1; for n = KN_GOLDEN_EXPR_N
 * the sum of the result is KN_GOLDEN_EXPR_SUM exactly. Only + and *:
 * bit-identical. */
static const char expr_simple_source[] = KN_GOLDEN_EXPR_SRC;
static const char expr_heavy_source[] = "2*sin(a)**2 + cos(b)*a - sqrt(abs(b)) / (1 + a*a)";

static int expr_simple_setup(bench_case *c, char *err, size_t len)
{
    static const char *const names[] = {"data"};
    if (expr_prepare(c, expr_simple_source, 1, names, err, len)) return -1;
    double *x = c->in[0];
    for (size_t i = 0; i < c->n; i++) x[i] = (double)i;
    if (c->n == KN_GOLDEN_EXPR_N) {
        c->golden = 1;
        c->expect_f = KN_GOLDEN_EXPR_SUM;
        c->has_expect = EXP_F;
    }
    return 0;
}

/* Transcendentals: SLEEF's bits on every backend, checked bit for bit
 * against scalar (the c-libm baseline of the expr_math rows, to a
 * tolerance). */
static int expr_heavy_setup(bench_case *c, char *err, size_t len)
{
    static const char *const names[] = {"a", "b"};
    if (expr_prepare(c, expr_heavy_source, 2, names, err, len)) return -1;
    fill_uniform(c->in[0], c->n, -10, 10, c->n);
    fill_uniform(c->in[1], c->n, -10, 10, c->n + 1);
    return 0;
}

static kn_status expr_run(kn_ctx *ctx, bench_case *c)
{
    return kn_expr_eval(ctx, c->expr, c->n, (const double *const *)c->in, c->out);
}

static void expr_digest(const bench_case *c, bench_digest *d)
{
    array_digest(c->out, c->n, d);
    d->f2 = 0;
}

/* One transcendental over 1e7 elements (the quick run: 1e6), against
 * c-libm, the same function of the C library in a plain loop. a is in
 * [-10, 10) (log and pow: (0, 10)), b in [-10, 10). */
typedef struct {
    const char *src;
    double (*f1)(double);
    double (*f2)(double, double);
    double lo;
} math_case;
static const math_case math_cases[] = {
    {"sin(a)", sin, NULL, -10}, {"cos(a)", cos, NULL, -10}, {"exp(a)", exp, NULL, -10},
    {"log(a)", log, NULL, 0},   {"a ** b", NULL, pow, 0},   {"arctan2(a, b)", NULL, atan2, -10},
};

static int math_sizes(const bench_opts *o, const bench_machine *m, size_t *out)
{
    (void)m;
    static const size_t quick[] = {1000000}, full[] = {10000000};
    return o->quick ? sizes_of(out, quick, 1) : sizes_of(out, full, 1);
}

static const math_case *math_case_of(const bench_case *c)
{
    for (size_t k = 0; k < sizeof math_cases / sizeof math_cases[0]; k++)
        if (strcmp(c->w->expression, math_cases[k].src) == 0) return &math_cases[k];
    return NULL;
}

static int math_setup(bench_case *c, char *err, size_t len)
{
    static const char *const names[] = {"a", "b"};
    if (expr_prepare(c, c->w->expression, 2, names, err, len)) return -1;
    fill_uniform(c->in[0], c->n, math_case_of(c)->lo, 10, c->n);
    fill_uniform(c->in[1], c->n, -10, 10, c->n + 1);
    return 0;
}

static int math_baseline(int bl, bench_case *c)
{
    const math_case *m = math_case_of(c);
    if (bl != BL_LIBM || !m) return -1;
    if (m->f1) bench_c_libm1(c->out, c->in[0], c->n, m->f1);
    else bench_c_libm2(c->out, c->in[0], c->in[1], c->n, m->f2);
    return 1;
}

#define MATH_ROW(name, src)                                                                                   \
    {name, "expr_math", "Melem/s", 1e6, 0, LIM_NONE, CK_EXACT, BL_BIT(BL_LIBM), math_sizes, 1, math_setup, expr_run, \
     expr_digest, math_baseline, src}

/* ------------------------------------------------------------------ */
/* The table                                                           */
/* ------------------------------------------------------------------ */

const bench_workload bench_workloads[] = {
    {"julia", "julia", "Git/s", 1e9, 0, LIM_JULIA, CK_EXACT, 0, julia_sizes, 1, julia_setup, julia_run, julia_digest, NULL, NULL},
    {"julia_points", "julia_points", "Git/s", 1e9, 0, LIM_JULIA, CK_EXACT, 0, julia_points_sizes, 1, julia_points_setup,
     julia_points_run, julia_points_digest, NULL, NULL},
    {"firewall_delay", "firewall", "Gdelay/s", 1e9, 0, LIM_NONE, CK_EXACT, 0, firewall_delay_sizes, 0, firewall_delay_setup,
     firewall_delay_run, firewall_delay_digest, NULL, NULL},
    {"firewall_severity", "firewall", "Mlayer/s", 1e6, 0, LIM_NONE, CK_EXACT, 0, firewall_severity_sizes, 0,
     firewall_severity_setup, firewall_severity_run, firewall_severity_digest, NULL, NULL},
    {"norm_square_f64", "norm_square_f64", "GB/s", 1e9, 1, LIM_READ, CK_EXACT, BL_BIT(BL_CLOOP) | BL_BIT(BL_OPENBLAS),
     norm_sizes, 1, norm_f64_setup, norm_f64_run, f64_value_digest, norm_f64_baseline, NULL},
    {"norm_square_i64", "norm_square_i64", "GB/s", 1e9, 1, LIM_READ, CK_EXACT, BL_BIT(BL_CLOOP), norm_sizes, 1,
     norm_i64_setup, norm_i64_run, i64_value_digest, norm_i64_baseline, NULL},
    {"sum_f64", "sum_f64", "GB/s", 1e9, 1, LIM_READ, CK_EXACT, 0, norm_sizes, 1, sum_setup, sum_run, f64_value_digest,
     NULL, NULL},
    {"dot_f64", "dot_f64", "GB/s", 1e9, 1, LIM_READ, CK_EXACT, 0, norm_sizes, 1, dot_setup, dot_run, f64_value_digest,
     NULL, NULL},
    {"suffix_sums", "suffix_sums", "GB/s", 1e9, 1, LIM_COPY, CK_EXACT, BL_BIT(BL_CCOPY), suffix_sizes, 1, suffix_setup,
     suffix_run, suffix_digest, copy_baseline, NULL},
    {"prefix_sums", "prefix_sums", "GB/s", 1e9, 1, LIM_COPY, CK_EXACT, BL_BIT(BL_CCOPY), suffix_sizes, 1, prefix_setup,
     prefix_run, prefix_digest, copy_baseline, NULL},
    {"expr_simple", "expr", "GB/s", 1e9, 1, LIM_COPY, CK_EXACT, BL_BIT(BL_CCOPY), expr_sizes, 1, expr_simple_setup,
     expr_run, expr_digest, copy_baseline, expr_simple_source},
    {"expr_heavy", "expr", "Melem/s", 1e6, 0, LIM_NONE, CK_EXACT, 0, expr_sizes, 1, expr_heavy_setup, expr_run,
     expr_digest, NULL, expr_heavy_source},
    MATH_ROW("expr_sin", "sin(a)"),
    MATH_ROW("expr_cos", "cos(a)"),
    MATH_ROW("expr_exp", "exp(a)"),
    MATH_ROW("expr_log", "log(a)"),
    MATH_ROW("expr_pow", "a ** b"),
    MATH_ROW("expr_atan2", "arctan2(a, b)"),
};
const size_t bench_nworkloads = sizeof bench_workloads / sizeof bench_workloads[0];
