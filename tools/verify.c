/* kernels-verify: every golden case of the README on every available
 * backend and on the default context (what KERNELS_BACKEND selects for
 * calls with ctx NULL), one table, exit status 0 only if all pass. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "goldens.h"
#include "kernels.h"

typedef struct {
    const char *kernel;
    /* Runs the case; fills value (as text) and returns 1 if it matches. */
    int (*run)(kn_ctx *ctx, char *value, size_t len);
    /* The golden value (tests/goldens.h) as text, written as value is. */
    void (*expected)(char *text, size_t len);
} golden;

/* The status and the library's sentence, as the value of a failed case. */
static int failed(char *value, size_t len, kn_status st)
{
    snprintf(value, len, "%s: %s", kn_status_str(st), kn_last_error());
    return 0;
}

/* Doubles as the expected values are written: integers below 2^63 as
 * their exact decimal, anything else with the 17 digits that round-trip. */
static void format_double(char *text, size_t len, double v)
{
    if (v == floor(v) && fabs(v) < 0x1p63) snprintf(text, len, "%.0f", v);
    else snprintf(text, len, "%.17g", v);
}

static int julia_case(kn_ctx *ctx, char *value, size_t len)
{
    kn_julia_params p = KN_GOLDEN_JULIA;
    const size_t points = (size_t)KN_GOLDEN_JULIA_SIDE * KN_GOLDEN_JULIA_SIDE;
    int32_t *counts = malloc(sizeof(int32_t) * points);
    if (!counts) return snprintf(value, len, "out of memory"), 0;
    kn_status st = kn_julia(ctx, &p, counts);
    long long sum = 0;
    for (size_t i = 0; i < points; i++) sum += counts[i];
    free(counts);
    if (st) return failed(value, len, st);
    snprintf(value, len, "%lld", sum);
    return sum == KN_GOLDEN_JULIA_SUM;
}

static const char example[] = KN_GOLDEN_FIREWALL_TEXT;

static int severity_case(kn_ctx *ctx, char *value, size_t len)
{
    kn_layer *l;
    size_t n;
    int64_t s = -1;
    kn_status st = kn_firewall_parse(example, &l, &n);
    if (!st) st = kn_firewall_severity(ctx, l, n, 0, &s);
    if (!st) kn_free(l);
    if (st) return failed(value, len, st);
    snprintf(value, len, "%lld", (long long)s);
    return s == KN_GOLDEN_FIREWALL_SEVERITY;
}

static int safe_delay_case(kn_ctx *ctx, char *value, size_t len)
{
    kn_layer *l;
    size_t n;
    int64_t d = -1;
    kn_status st = kn_firewall_parse(example, &l, &n);
    if (!st) st = kn_firewall_first_safe_delay(ctx, l, n, INT64_MAX, &d);
    if (!st) kn_free(l);
    if (st) return failed(value, len, st);
    snprintf(value, len, "%lld", (long long)d);
    return d == KN_GOLDEN_FIREWALL_DELAY;
}

static int norm_i64_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = KN_GOLDEN_NORM_N };
    int64_t *x = malloc(sizeof *x * N), r = 0;
    if (!x) return snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_norm_square_i64(ctx, x, N, &r);
    free(x);
    if (st) return failed(value, len, st);
    snprintf(value, len, "%lld", (long long)r);
    return r == KN_GOLDEN_NORM_I64;
}

/* x = 0 .. N-1, the ramp every golden of the double kernels reads. */
static double *ramp(size_t n)
{
    double *x = malloc(sizeof *x * n);
    for (size_t i = 0; x && i < n; i++) x[i] = (double)i;
    return x;
}

typedef kn_status (*reduce_fn)(kn_ctx *ctx, const double *x, size_t n, double *out);

static kn_status dot_self(kn_ctx *ctx, const double *x, size_t n, double *out) { return kn_dot_f64(ctx, x, x, n, out); }

/* A double reduction of the ramp, its bits against the golden's: the
 * canonical order makes them exact. */
static int reduce_case(kn_ctx *ctx, char *value, size_t len, reduce_fn fn, double golden)
{
    double *x = ramp(KN_GOLDEN_NORM_N), r = 0;
    if (!x) return snprintf(value, len, "out of memory"), 0;
    kn_status st = fn(ctx, x, KN_GOLDEN_NORM_N, &r);
    free(x);
    if (st) return failed(value, len, st);
    format_double(value, len, r);
    uint64_t got, want;
    memcpy(&got, &r, sizeof got);
    memcpy(&want, &golden, sizeof want);
    return got == want;
}

static int norm_f64_case(kn_ctx *ctx, char *value, size_t len)
{
    return reduce_case(ctx, value, len, kn_norm_square_f64, KN_GOLDEN_NORM_F64);
}

static int sum_case(kn_ctx *ctx, char *value, size_t len)
{
    return reduce_case(ctx, value, len, kn_sum_f64, KN_GOLDEN_SUM_F64);
}

static int dot_case(kn_ctx *ctx, char *value, size_t len)
{
    return reduce_case(ctx, value, len, dot_self, KN_GOLDEN_NORM_F64);
}

typedef kn_status (*scan_fn)(kn_ctx *ctx, const double *x, size_t n, double *out);

/* A scan of the ramp: out[at] and the sum of out against the goldens. */
static int scan_case(kn_ctx *ctx, char *value, size_t len, scan_fn fn, size_t at, double want_at, double want_sum)
{
    enum { N = KN_GOLDEN_SUFFIX_N };
    double *x = ramp(N), *out = malloc(sizeof *out * N);
    if (!x || !out) return free(x), free(out), snprintf(value, len, "out of memory"), 0;
    kn_status st = fn(ctx, x, N, out);
    double got_at = st ? 0 : out[at], sum = 0;
    for (int i = 0; !st && i < N; i++) sum += out[i];
    free(x);
    free(out);
    if (st) return failed(value, len, st);
    char at_text[40], sum_text[40];
    format_double(at_text, sizeof at_text, got_at);
    format_double(sum_text, sizeof sum_text, sum);
    snprintf(value, len, "%s/%s", at_text, sum_text);
    return got_at == want_at && sum == want_sum;
}

static int prefix_case(kn_ctx *ctx, char *value, size_t len)
{
    return scan_case(ctx, value, len, kn_prefix_sums_f64, KN_GOLDEN_SUFFIX_N - 1, KN_GOLDEN_PREFIX_LAST,
                     KN_GOLDEN_PREFIX_SUM);
}

static int suffix_case(kn_ctx *ctx, char *value, size_t len)
{
    return scan_case(ctx, value, len, kn_suffix_sums_f64, 0, KN_GOLDEN_SUFFIX_FIRST, KN_GOLDEN_SUFFIX_SUM);
}

static int expr_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = KN_GOLDEN_EXPR_N };
    const char *names[] = {"data"};
    double *x = ramp(N), *out = malloc(sizeof *out * N), sum = 0;
    kn_expr *e = NULL;
    if (!x || !out) return free(x), free(out), snprintf(value, len, "out of memory"), 0;
    const double *vars[] = {x};
    kn_status st = kn_expr_compile(KN_GOLDEN_EXPR_SRC, 1, names, &e);
    if (!st) st = kn_expr_eval(ctx, e, N, vars, out);
    for (int i = 0; !st && i < N; i++) sum += out[i];
    kn_expr_free(e);
    free(x);
    free(out);
    if (st) return failed(value, len, st);
    format_double(value, len, sum);
    return sum == KN_GOLDEN_EXPR_SUM;
}

/* FNV-1a over each double's bytes, least significant first (tests/goldens.h). */
static uint64_t digest_doubles(uint64_t h, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t u;
        memcpy(&u, &x[i], sizeof u);
        for (int byte = 0; byte < 8; byte++) h = (h ^ ((u >> (8 * byte)) & 0xffu)) * 0x100000001b3u;
    }
    return h;
}

/* The transcendental goldens: each expression of srcs over a and b of
 * tests/goldens.h, its output digested after the previous one's. */
static int math_case(kn_ctx *ctx, char *value, size_t len, const char *const *srcs, size_t nsrcs, uint64_t golden)
{
    enum { N = KN_GOLDEN_MATH_N };
    const char *names[] = {"a", "b"};
    double *a = malloc(sizeof *a * N), *b = malloc(sizeof *b * N), *out = malloc(sizeof *out * N);
    if (!a || !b || !out) return free(a), free(b), free(out), snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) a[i] = KN_GOLDEN_MATH_A(i), b[i] = KN_GOLDEN_MATH_B(i);
    const double *vars[] = {a, b};
    uint64_t h = 0xcbf29ce484222325u;
    kn_status st = KN_OK;
    for (size_t k = 0; !st && k < nsrcs; k++) {
        kn_expr *e = NULL;
        st = kn_expr_compile(srcs[k], 2, names, &e);
        if (!st) st = kn_expr_eval(ctx, e, N, vars, out);
        if (!st) h = digest_doubles(h, out, N);
        kn_expr_free(e);
    }
    free(a), free(b), free(out);
    if (st) return failed(value, len, st);
    snprintf(value, len, "0x%016llx", (unsigned long long)h);
    return h == golden;
}

static int math_expr_case(kn_ctx *ctx, char *value, size_t len)
{
    static const char *const srcs[] = {KN_GOLDEN_MATH_EXPR_SRC};
    return math_case(ctx, value, len, srcs, 1, KN_GOLDEN_MATH_EXPR_DIGEST);
}

static int math_funcs_case(kn_ctx *ctx, char *value, size_t len)
{
    static const char *const srcs[] = {KN_GOLDEN_MATH_FUNCS};
    return math_case(ctx, value, len, srcs, sizeof srcs / sizeof srcs[0], KN_GOLDEN_MATH_FUNCS_DIGEST);
}

static void julia_expected(char *text, size_t len) { snprintf(text, len, "%d", KN_GOLDEN_JULIA_SUM); }
static void severity_expected(char *text, size_t len) { snprintf(text, len, "%d", KN_GOLDEN_FIREWALL_SEVERITY); }
static void safe_delay_expected(char *text, size_t len) { snprintf(text, len, "%d", KN_GOLDEN_FIREWALL_DELAY); }
static void norm_i64_expected(char *text, size_t len) { snprintf(text, len, "%lld", (long long)KN_GOLDEN_NORM_I64); }
static void norm_f64_expected(char *text, size_t len) { format_double(text, len, KN_GOLDEN_NORM_F64); }
static void expr_expected(char *text, size_t len) { format_double(text, len, KN_GOLDEN_EXPR_SUM); }
static void sum_expected(char *text, size_t len) { format_double(text, len, KN_GOLDEN_SUM_F64); }

static void math_expr_expected(char *text, size_t len)
{
    snprintf(text, len, "0x%016llx", (unsigned long long)KN_GOLDEN_MATH_EXPR_DIGEST);
}

static void math_funcs_expected(char *text, size_t len)
{
    snprintf(text, len, "0x%016llx", (unsigned long long)KN_GOLDEN_MATH_FUNCS_DIGEST);
}

static void prefix_expected(char *text, size_t len)
{
    char last_text[40], sum_text[40];
    format_double(last_text, sizeof last_text, KN_GOLDEN_PREFIX_LAST);
    format_double(sum_text, sizeof sum_text, KN_GOLDEN_PREFIX_SUM);
    snprintf(text, len, "%s/%s", last_text, sum_text);
}

static void suffix_expected(char *text, size_t len)
{
    char first_text[40], sum_text[40];
    format_double(first_text, sizeof first_text, KN_GOLDEN_SUFFIX_FIRST);
    format_double(sum_text, sizeof sum_text, KN_GOLDEN_SUFFIX_SUM);
    snprintf(text, len, "%s/%s", first_text, sum_text);
}

static const golden cases[] = {
    {"julia 1000x1000/300 sum", julia_case, julia_expected},
    {"firewall example severity(0)", severity_case, severity_expected},
    {"firewall example first safe delay", safe_delay_case, safe_delay_expected},
    {"norm_square_i64 0..999999", norm_i64_case, norm_i64_expected},
    {"norm_square_f64 0..999999", norm_f64_case, norm_f64_expected},
    {"sum_f64 0..999999", sum_case, sum_expected},
    {"dot_f64 x.x, x = 0..999999", dot_case, norm_f64_expected},
    {"suffix_sums 0..9999 out[0]/sum", suffix_case, suffix_expected},
    {"prefix_sums 0..9999 out[n-1]/sum", prefix_case, prefix_expected},
    {"expr data + data * 5 + 4 sum", expr_case, expr_expected},
    {"expr heavy transcendental digest", math_expr_case, math_expr_expected},
    {"22 transcendentals digest", math_funcs_case, math_funcs_expected},
};
#define NCASES (sizeof cases / sizeof cases[0])

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: kernels-verify [--backend NAME[,NAME...]] [--json]\n"
               "Runs every golden case on every available backend and on the default context\n"
               "(what KERNELS_BACKEND selects for calls with ctx NULL), or on the named ones:\n"
               "scalar, simd, omp, opencl, cuda; gpu = the first available of cuda, opencl;\n"
               "auto = the default context.\n");
}

/* What to verify: the backends to run, and whether to run the default
 * context; a named backend that is unavailable is a failure. */
typedef struct {
    int backend[KN_BACKEND_COUNT];
    int default_ctx;
    int named;
} selection;

/* Adds one --backend name; returns 0 (after saying why) if it is unknown. */
static int select_name(selection *sel, const char *name)
{
    kn_backend b;
    if (strcasecmp(name, "gpu") == 0) { /* both GPU backends: each runs or says why it cannot */
        sel->backend[KN_CUDA] = sel->backend[KN_OPENCL] = 1;
        return 1;
    }
    if (kn_backend_from_name(name, &b)) {
        fprintf(stderr, "kernels-verify: --backend: unknown backend '%s'; valid names are scalar, simd, omp, "
                        "opencl, cuda, gpu, auto\n", name);
        return 0;
    }
    if (b == KN_AUTO) sel->default_ctx = 1;
    else sel->backend[b] = 1;
    return 1;
}

static void json_string(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') putchar('\\');
        if ((unsigned char)*s >= 0x20) putchar(*s);
    }
    putchar('"');
}

typedef struct {
    int json, rows, failures;
} report;

static void print_row(report *r, const char *kernel, const char *backend, const char *value, const char *expected,
                      int ok, double ms)
{
    if (r->json) {
        printf("%s\n  {\"kernel\": \"%s\", \"backend\": \"%s\", \"value\": ", r->rows ? "," : "", kernel, backend);
        json_string(value); /* may hold the library's message */
        printf(", \"expected\": \"%s\", \"ok\": %s, \"time_ms\": %.3f}", expected, ok ? "true" : "false", ms);
    } else
        printf("%-36s %-7s %-42s %-42s %-4s %10.3f\n", kernel, backend, value, expected, ok ? "ok" : "FAIL", ms);
    r->rows++;
    r->failures += !ok;
}

/* Every golden case on ctx (NULL: the default context). */
static void run_cases(report *r, kn_ctx *ctx, const char *backend)
{
    for (size_t c = 0; c < NCASES; c++) {
        char value[512], expected[128];
        double t0 = now();
        int ok = cases[c].run(ctx, value, sizeof value);
        double ms = (now() - t0) * 1e3;
        cases[c].expected(expected, sizeof expected);
        print_row(r, cases[c].kernel, backend, value, expected, ok, ms);
    }
}

/* A line about a backend that did not run (comments in the table; in the
 * JSON, entries of "notes"), collected until the end for the JSON. */
static char notes[KN_BACKEND_COUNT + 1][1024];
static int nnotes;

__attribute__((format(printf, 2, 3))) static void note(const report *r, const char *fmt, ...)
{
    char *line = notes[nnotes++];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof notes[0], fmt, ap);
    va_end(ap);
    if (!r->json) printf("# %s\n", line);
}

/* The default context: what KERNELS_BACKEND selects for every call an
 * application makes with ctx NULL. */
static void verify_default(report *r, const char *env)
{
    kn_backend b = kn_ctx_backend(NULL);
    if (b == KN_AUTO) {
        int64_t x = 1, sum;
        kn_status st = kn_norm_square_i64(NULL, &x, 1, &sum);
        note(r, "FAIL: default context (KERNELS_BACKEND=%s): %s", env, st ? kn_last_error() : "unusable");
        r->failures++;
        return;
    }
    note(r, "default context (KERNELS_BACKEND=%s): %s", env, kn_backend_name(b));
    run_cases(r, NULL, "default");
}

int main(int argc, char **argv)
{
    selection sel = {{0}, 0, 0};
    report r = {0, 0, 0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) r.json = 1;
        else if (strcmp(argv[i], "--backend") == 0 && i + 1 < argc) {
            char *list = argv[++i];
            sel.named = 1;
            for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
                if (!select_name(&sel, tok)) return 2;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (!sel.named) sel.default_ctx = 1;
    if (r.json) printf("{\"results\": [");
    else printf("%-36s %-7s %-42s %-42s %-4s %10s\n", "kernel", "backend", "value", "expected", "ok", "time_ms");
    for (int b = KN_SCALAR; b < KN_BACKEND_COUNT; b++) {
        if (sel.named && !sel.backend[b]) continue;
        kn_ctx *ctx;
        if (kn_ctx_create(&ctx, (kn_backend)b)) {
            /* Unavailable backends are expected when not asked for by name. */
            note(&r, "%s%s", sel.named ? "FAIL: " : "not run: ", kn_last_error());
            r.failures += sel.named;
            continue;
        }
        run_cases(&r, ctx, kn_backend_name((kn_backend)b));
        kn_ctx_destroy(ctx);
    }
    if (sel.default_ctx) {
        const char *env = getenv("KERNELS_BACKEND");
        verify_default(&r, env && *env ? env : "(unset)");
    }
    if (r.json) {
        printf("\n], \"notes\": [");
        for (int n = 0; n < nnotes; n++) {
            printf("%s\n  ", n ? "," : "");
            json_string(notes[n]);
        }
        printf("\n], \"failures\": %d}\n", r.failures);
    } else {
        printf("%d case%s run, %d failed\n", r.rows, r.rows == 1 ? "" : "s", r.failures);
    }
    return r.failures || r.rows == 0 ? 1 : 0;
}
