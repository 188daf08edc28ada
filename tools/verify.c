/* kernels-verify: every golden case of DESIGN section 1 on every available
 * backend, one table, exit status 0 only if all pass. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kernels.h"

typedef struct {
    const char *kernel;
    /* Runs the case; fills value (as text) and returns 1 if it matches. */
    int (*run)(kn_ctx *ctx, char *value, size_t len);
    const char *expected;
} golden;

static int julia_case(kn_ctx *ctx, char *value, size_t len)
{
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 1000, 1000, 300};
    int32_t *counts = malloc(sizeof(int32_t) * 1000 * 1000);
    if (!counts) return snprintf(value, len, "out of memory"), 0;
    kn_status st = kn_julia(ctx, &p, counts);
    long long sum = 0;
    for (int i = 0; i < 1000 * 1000; i++) sum += counts[i];
    free(counts);
    if (st) return snprintf(value, len, "%s", kn_status_str(st)), 0;
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
    if (st) return snprintf(value, len, "%s", kn_status_str(st)), 0;
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
    if (st) return snprintf(value, len, "%s", kn_status_str(st)), 0;
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
    if (st) return snprintf(value, len, "%s", kn_status_str(st)), 0;
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
    if (st) return snprintf(value, len, "%s", kn_status_str(st)), 0;
    snprintf(value, len, "%.17g", r);
    uint64_t got, want; /* bits, not values: the canonical order is exact */
    memcpy(&got, &r, sizeof got);
    memcpy(&want, &NORM_F64_GOLDEN, sizeof want);
    return got == want;
}

static int suffix_case(kn_ctx *ctx, char *value, size_t len)
{
    enum { N = 10000 };
    double *x = malloc(sizeof *x * N), *out = malloc(sizeof *out * N);
    if (!x || !out) return free(x), free(out), snprintf(value, len, "out of memory"), 0;
    for (int i = 0; i < N; i++) x[i] = i;
    kn_status st = kn_suffix_sums_f64(ctx, x, N, out);
    double first = out[0], sum = 0;
    for (int i = 0; i < N; i++) sum += out[i];
    free(x);
    free(out);
    if (st) return snprintf(value, len, "%s", kn_status_str(st)), 0;
    snprintf(value, len, "%.17g/%.17g", first, sum);
    return first == 49995000.0 && sum == 333283335000.0;
}

/* DESIGN section 1: "data + data * 5 + 4" over data = 0..999999; every
 * partial sum is an integer below 2^53, so the double sum is exact. */
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
    if (st) return snprintf(value, len, "%s", kn_status_str(st)), 0;
    snprintf(value, len, "%.0f", sum);
    return sum == 3000001000000.0;
}

static const golden cases[] = {
    {"julia 1000x1000/300 sum", julia_case, "33219980"},
    {"firewall example severity(0)", severity_case, "24"},
    {"firewall example first safe delay", safe_delay_case, "10"},
    {"norm_square_i64 0..999999", norm_i64_case, "333332833333500000"},
    {"norm_square_f64 0..999999", norm_f64_case, "333332833333500032"},
    {"suffix_sums 0..9999 out[0]/sum", suffix_case, "49995000/333283335000"},
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
               "Runs every golden case on every available backend (or the named ones).\n");
}

int main(int argc, char **argv)
{
    int json = 0, want[KN_BACKEND_COUNT] = {0}, any_named = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) json = 1;
        else if (strcmp(argv[i], "--backend") == 0 && i + 1 < argc) {
            char *list = argv[++i];
            for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
                kn_backend b = KN_AUTO;
                kn_status st = kn_backend_from_name(tok, &b);
                if (st || b == KN_AUTO) {
                    fprintf(stderr, "kernels-verify: %s\n", st ? kn_last_error() : "--backend needs a concrete backend");
                    return 2;
                }
                want[b] = any_named = 1;
            }
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 2;
        }
    }
    int failures = 0, rows = 0;
    if (json) printf("{\"results\": [");
    else printf("%-36s %-7s %-42s %-42s %-4s %10s\n", "kernel", "backend", "value", "expected", "ok", "time_ms");
    for (int b = KN_SCALAR; b < KN_BACKEND_COUNT; b++) {
        if (any_named && !want[b]) continue;
        kn_ctx *ctx;
        if (kn_ctx_create(&ctx, (kn_backend)b)) {
            if (any_named) {
                fprintf(stderr, "kernels-verify: %s\n", kn_last_error());
                failures++;
            } else if (!json) {
                printf("# %s\n", kn_backend_info((kn_backend)b));
            }
            continue;
        }
        for (size_t c = 0; c < NCASES; c++) {
            char value[128];
            double t0 = now();
            int ok = cases[c].run(ctx, value, sizeof value);
            double ms = (now() - t0) * 1e3;
            failures += !ok;
            if (json)
                printf("%s\n  {\"kernel\": \"%s\", \"backend\": \"%s\", \"value\": \"%s\", \"expected\": \"%s\", "
                       "\"ok\": %s, \"time_ms\": %.3f}",
                       rows ? "," : "", cases[c].kernel, kn_backend_name((kn_backend)b), value, cases[c].expected,
                       ok ? "true" : "false", ms);
            else
                printf("%-36s %-7s %-42s %-42s %-4s %10.3f\n", cases[c].kernel, kn_backend_name((kn_backend)b), value,
                       cases[c].expected, ok ? "ok" : "FAIL", ms);
            rows++;
        }
        kn_ctx_destroy(ctx);
    }
    if (json) printf("\n], \"failures\": %d}\n", failures);
    else printf("%d case%s run, %d failed\n", rows, rows == 1 ? "" : "s", failures);
    return failures || rows == 0 ? 1 : 0;
}
