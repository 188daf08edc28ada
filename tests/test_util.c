#include "test_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- deterministic inputs ---------------------------------------------- */

uint64_t kt_splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double kt_uniform(uint64_t *state) { return (double)(kt_splitmix64(state) >> 11) * 0x1.0p-53; }

int64_t kt_rand_i64(uint64_t *state, int64_t lo, int64_t hi)
{
    uint64_t span = (uint64_t)hi - (uint64_t)lo; /* hi - lo, exact modulo 2^64 */
    uint64_t r = kt_splitmix64(state);
    if (span != UINT64_MAX) r %= span + 1; /* the slight bias is irrelevant here */
    return (int64_t)((uint64_t)lo + r);
}

void kt_fill_f64(double *x, size_t n, uint64_t seed, double lo, double hi)
{
    uint64_t s = seed;
    for (size_t i = 0; i < n; i++) x[i] = lo + (hi - lo) * kt_uniform(&s);
}

void kt_fill_f64_mixed(double *x, size_t n, uint64_t seed, int emin, int emax, int signed_values)
{
    uint64_t s = seed;
    for (size_t i = 0; i < n; i++) {
        double m = 1.0 + kt_uniform(&s);
        int e = (int)kt_rand_i64(&s, emin, emax);
        double v = ldexp(m, e);
        x[i] = signed_values && (kt_splitmix64(&s) & 1) ? -v : v;
    }
}

void kt_fill_i64(int64_t *x, size_t n, uint64_t seed, int64_t lo, int64_t hi)
{
    uint64_t s = seed;
    for (size_t i = 0; i < n; i++) x[i] = kt_rand_i64(&s, lo, hi);
}

/* ---- backends ---------------------------------------------------------- */

static const char *current_backend = "-";

const char *kt_current_backend(void) { return current_backend; }

int kt_next_backend(kt_backend_iter *it)
{
    if (it->ctx) {
        kn_ctx_destroy(it->ctx);
        it->ctx = NULL;
    }
    for (int b = (int)it->backend + 1; b <= (int)KN_CUDA; b++) {
        if (!kn_backend_available((kn_backend)b)) continue;
        it->backend = (kn_backend)b;
        kn_status st = kn_ctx_create(&it->ctx, it->backend);
        if (st != KN_OK) {
            print_error("backend %s is available but kn_ctx_create failed: %s: %s\n", kn_backend_name(it->backend),
                        kn_status_str(st), kn_last_error());
            fail();
        }
        if (kn_ctx_backend(it->ctx) != it->backend) {
            print_error("context for %s reports backend %s\n", kn_backend_name(it->backend),
                        kn_backend_name(kn_ctx_backend(it->ctx)));
            fail();
        }
        current_backend = kn_backend_name(it->backend);
        return 1;
    }
    it->backend = KN_CUDA;
    current_backend = "-";
    return 0;
}

int kt_available_backend_count(void)
{
    int n = 0;
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) n += kn_backend_available((kn_backend)b);
    return n;
}

/* ---- assertions -------------------------------------------------------- */

void kt_check_status_(kn_status got, kn_status want, const char *substr, const char *expr, const char *file, int line)
{
    if (got != want) {
        print_error("%s:%d: [backend %s] %s returned %s, expected %s; kn_last_error(): \"%s\"\n", file, line,
                    current_backend, expr, kn_status_str(got), kn_status_str(want), kn_last_error());
        _fail(file, line);
    }
    if (substr) kt_assert_error_contains_(substr, file, line);
}

void kt_assert_error_contains_(const char *substr, const char *file, int line)
{
    const char *msg = kn_last_error();
    if (!msg) {
        print_error("%s:%d: kn_last_error() returned NULL\n", file, line);
        _fail(file, line);
    }
    if (!strstr(msg, substr)) {
        print_error("%s:%d: [backend %s] kn_last_error() is \"%s\"; expected it to contain \"%s\"\n", file, line,
                    current_backend, msg, substr);
        _fail(file, line);
    }
}

void kt_assert_i64_eq_(int64_t got, int64_t want, const char *expr, const char *file, int line)
{
    if (got == want) return;
    print_error("%s:%d: [backend %s] %s is %lld, expected %lld\n", file, line, current_backend, expr, (long long)got,
                (long long)want);
    _fail(file, line);
}

void kt_assert_f64_identical_(const double *got, const double *want, size_t n, const char *what, const char *file,
                              int line)
{
    if (n == 0 || memcmp(got, want, n * sizeof *got) == 0) return;
    size_t i = 0;
    while (memcmp(&got[i], &want[i], sizeof *got) == 0) i++;
    print_error("%s:%d: [backend %s] %s: first difference at index %zu of %zu: got %a (%.17g), expected %a (%.17g)\n",
                file, line, current_backend, what, i, n, got[i], got[i], want[i], want[i]);
    _fail(file, line);
}

void kt_assert_i32_identical_(const int32_t *got, const int32_t *want, size_t n, const char *what, const char *file,
                              int line)
{
    for (size_t i = 0; i < n; i++)
        if (got[i] != want[i]) {
            print_error("%s:%d: [backend %s] %s: first difference at index %zu of %zu: got %d, expected %d\n", file,
                        line, current_backend, what, i, n, (int)got[i], (int)want[i]);
            _fail(file, line);
        }
}

/* ---- files and memory -------------------------------------------------- */

char *kt_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, used = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (used + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + used, 1, cap - 1 - used, f);
        used += got;
        if (got == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        free(buf);
        return NULL;
    }
    buf[used] = '\0';
    if (len) *len = used;
    return buf;
}

void *kt_xmalloc(size_t bytes)
{
    void *p = malloc(bytes ? bytes : 1);
    if (!p) {
        print_error("out of memory allocating %zu bytes\n", bytes);
        fail();
    }
    return p;
}
