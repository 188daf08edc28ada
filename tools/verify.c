/* kernels-verify: every golden case of the README on every available
 * backend and on the default context (what KERNELS_BACKEND selects for
 * calls with ctx NULL), one table, exit status 0 only if all pass. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kernels.h"

typedef struct {
    const char *kernel;
    /* Runs the case; fills value (as text) and returns 1 if it matches. */
    int (*run)(kn_ctx *ctx, char *value, size_t len);
    const char *expected;
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
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 1000, 1000, 300};
    int32_t *counts = malloc(sizeof(int32_t) * 1000 * 1000);
    if (!counts) return snprintf(value, len, "out of memory"), 0;
    kn_status st = kn_julia(ctx, &p, counts);
    long long sum = 0;
    for (int i = 0; i < 1000 * 1000; i++) sum += counts[i];
    free(counts);
    if (st) return failed(value, len, st);
    snprintf(value, len, "%lld", sum);
    return sum == 33219980;
}

static const char example[] = "0: 3\n1: 2\n4: 4\n6: 4\n";

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
    return s == 24;
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
    return d == 10;
}

static int norm_i64_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 1000000 };
    int64_t *x = malloc(sizeof *x * N), r = 0;
    if (!x) return snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_norm_square_i64(ctx, x, N, &r);
    free(x);
    if (st) return failed(value, len, st);
    snprintf(value, len, "%lld", (long long)r);
    return r == 333332833333500000LL;
}

/* The canonical-order double result for x = 0..999999: fixed bits that
 * every backend must reproduce (the exact sum is 333332833333500000). */
static const double NORM_F64_GOLDEN = 333332833333500032.0;

static int norm_f64_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 1000000 };
    double *x = malloc(sizeof *x * N), r = 0;
    if (!x) return snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_norm_square_f64(ctx, x, N, &r);
    free(x);
    if (st) return failed(value, len, st);
    format_double(value, len, r);
    uint64_t got, want; /* bits, not values: the canonical order is exact */
    memcpy(&got, &r, sizeof got);
    memcpy(&want, &NORM_F64_GOLDEN, sizeof want);
    return got == want;
}

/* x = 0..999999: every partial sum is an integer below 2^53, so the
 * canonical sum is exact. */
static int sum_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 1000000 };
    double *x = malloc(sizeof *x * N), r = 0;
    if (!x) return snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_sum_f64(ctx, x, N, &r);
    free(x);
    if (st) return failed(value, len, st);
    format_double(value, len, r);
    return r == 499999500000.0;
}

/* dot(x, x) adds the same rounded products as the norm-square in the same
 * order: the norm-square golden, bit for bit. */
static int dot_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 1000000 };
    double *x = malloc(sizeof *x * N), r = 0;
    if (!x) return snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_dot_f64(ctx, x, x, N, &r);
    free(x);
    if (st) return failed(value, len, st);
    format_double(value, len, r);
    uint64_t got, want;
    memcpy(&got, &r, sizeof got);
    memcpy(&want, &NORM_F64_GOLDEN, sizeof want);
    return got == want;
}

/* x = 0..9999: every prefix sum is an integer below 2^53, so exact. */
static int prefix_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 10000 };
    double *x = malloc(sizeof *x * N), *out = malloc(sizeof *out * N);
    if (!x || !out) return free(x), free(out), snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_prefix_sums_f64(ctx, x, N, out);
    double last = st ? 0 : out[N - 1], sum = 0;
    for (int i = 0; !st && i < N; i++) sum += out[i];
    free(x);
    free(out);
    if (st) return failed(value, len, st);
    char last_text[40], sum_text[40];
    format_double(last_text, sizeof last_text, last);
    format_double(sum_text, sizeof sum_text, sum);
    snprintf(value, len, "%s/%s", last_text, sum_text);
    return last == 49995000.0 && sum == 166666665000.0;
}

static int suffix_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 10000 };
    double *x = malloc(sizeof *x * N), *out = malloc(sizeof *out * N);
    if (!x || !out) return free(x), free(out), snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_suffix_sums_f64(ctx, x, N, out);
    double first = st ? 0 : out[0], sum = 0;
    for (int i = 0; !st && i < N; i++) sum += out[i];
    free(x);
    free(out);
    if (st) return failed(value, len, st);
    char first_text[40], sum_text[40];
    format_double(first_text, sizeof first_text, first);
    format_double(sum_text, sizeof sum_text, sum);
    snprintf(value, len, "%s/%s", first_text, sum_text);
    return first == 49995000.0 && sum == 333283335000.0;
}

/* "data + data * 5 + 4" over data = 0..999999; every partial sum is an
 * integer below 2^53, so the double sum is exact. */
static int expr_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 1000000 };
    const char *names[] = {"data"};
    double *x = malloc(sizeof *x * N), *out = malloc(sizeof *out * N), sum = 0;
    kn_expr *e = NULL;
    if (!x || !out) return free(x), free(out), snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    const double *vars[] = {x};
    kn_status st = kn_expr_compile("data + data * 5 + 4", 1, names, &e);
    if (!st) st = kn_expr_eval(ctx, e, N, vars, out);
    for (int i = 0; !st && i < N; i++) sum += out[i];
    kn_expr_free(e);
    free(x);
    free(out);
    if (st) return failed(value, len, st);
    format_double(value, len, sum);
    return sum == 3000001000000.0;
}

static const golden cases[] = {
    {"julia 1000x1000/300 sum", julia_case, "33219980"},
    {"firewall example severity(0)", severity_case, "24"},
    {"firewall example first safe delay", safe_delay_case, "10"},
    {"norm_square_i64 0..999999", norm_i64_case, "333332833333500000"},
    {"norm_square_f64 0..999999", norm_f64_case, "333332833333500032"},
    {"sum_f64 0..999999", sum_case, "499999500000"},
    {"dot_f64 x.x, x = 0..999999", dot_case, "333332833333500032"},
    {"suffix_sums 0..9999 out[0]/sum", suffix_case, "49995000/333283335000"},
    {"prefix_sums 0..9999 out[n-1]/sum", prefix_case, "49995000/166666665000"},
    {"expr data + data * 5 + 4 sum", expr_case, "3000001000000"},
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
        char value[512];
        double t0 = now();
        int ok = cases[c].run(ctx, value, sizeof value);
        print_row(r, cases[c].kernel, backend, value, cases[c].expected, ok, (now() - t0) * 1e3);
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
