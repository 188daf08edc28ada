/* The library leaves the process as it found it: every signal disposition
 * and the calling thread's alternate signal stack are the same after making
 * each kind of context (the default one, auto, scalar, simd, omp, opencl,
 * cuda) and running every kernel on it; the application's SIGFPE stays
 * SIG_DFL (LLVM inside PoCL would otherwise make an integer division by
 * zero continue silently); and the first default-context call stays small
 * ("auto" must not load an OpenCL driver that can only offer the CPU).
 * The tests run in order, the default context first, before anything else
 * has touched the library. */
#define _XOPEN_SOURCE 700 /* sigaltstack */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

/* Measured on the reference machine: the first default-context call (omp,
 * with its threads) grows VmRSS by under 1 MiB; loading PoCL and LLVM as
 * well made it about 62 MiB. */
#define DEFAULT_CTX_RSS_BOUND_KIB (32 * 1024)

enum { MAX_SIGNALS = 128 };

typedef struct {
    struct sigaction act[MAX_SIGNALS];
    int queried[MAX_SIGNALS];
    stack_t alt;
} process_state;

static process_state initial;

static int last_signal(void) { return SIGRTMAX < MAX_SIGNALS - 1 ? SIGRTMAX : MAX_SIGNALS - 1; }

static void take(process_state *s)
{
    memset(s, 0, sizeof *s);
    for (int sig = 1; sig <= last_signal(); sig++) s->queried[sig] = sigaction(sig, NULL, &s->act[sig]) == 0;
    assert_int_equal(sigaltstack(NULL, &s->alt), 0);
}

/* The application's state at the start of a test: SIGFPE at SIG_DFL (set
 * here, over the handler cmocka installs around each test), everything
 * else as it is. */
static void begin(void)
{
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    assert_int_equal(sigaction(SIGFPE, &dfl, NULL), 0);
    take(&initial);
}

/* The flags POSIX defines (glibc adds its own SA_RESTORER to every
 * disposition it sets). */
#define POSIX_FLAGS (SA_NOCLDSTOP | SA_NOCLDWAIT | SA_SIGINFO | SA_ONSTACK | SA_RESTART | SA_NODEFER | SA_RESETHAND)

/* Masks are compared signal by signal: glibc fills only the kernel's part
 * of a queried sigset_t. */
static int same_action(const struct sigaction *a, const struct sigaction *b)
{
    if (a->sa_handler != b->sa_handler || (a->sa_flags & POSIX_FLAGS) != (b->sa_flags & POSIX_FLAGS)) return 0;
    for (int sig = 1; sig <= last_signal(); sig++)
        if (sigismember(&a->sa_mask, sig) != sigismember(&b->sa_mask, sig)) return 0;
    return 1;
}

/* Fails naming every signal whose disposition changed since `initial`. */
static void check_unchanged(const char *after)
{
    process_state now;
    take(&now);
    char changed[512] = "";
    size_t used = 0;
    for (int sig = 1; sig <= last_signal(); sig++)
        if (now.queried[sig] != initial.queried[sig] ||
            (now.queried[sig] && !same_action(&now.act[sig], &initial.act[sig])))
            used += (size_t)snprintf(changed + used, sizeof changed - used, " %d", sig);
    if (used) fail_msg("after %s: the disposition of signal(s)%s changed", after, changed);
    /* Checked as a disposition: the test never divides by zero itself. */
    if (now.act[SIGFPE].sa_handler != SIG_DFL) fail_msg("after %s: SIGFPE is no longer SIG_DFL", after);
    if (now.alt.ss_sp != initial.alt.ss_sp || now.alt.ss_size != initial.alt.ss_size ||
        now.alt.ss_flags != initial.alt.ss_flags)
        fail_msg("after %s: the alternate signal stack changed from %p (%zu bytes, flags %d) to %p (%zu bytes, flags %d)",
                 after, initial.alt.ss_sp, initial.alt.ss_size, initial.alt.ss_flags, now.alt.ss_sp, now.alt.ss_size,
                 now.alt.ss_flags);
}

static long vm_rss_kib(void)
{
    char *status = kt_read_file("/proc/self/status", NULL);
    assert_non_null(status);
    const char *line = strstr(status, "VmRSS:");
    assert_non_null(line);
    long kib = strtol(line + 6, NULL, 10);
    free(status);
    return kib;
}

/* Every kernel once, with its golden or a hand-checked value. */
static void run_every_kernel(kn_ctx *ctx)
{
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 40, 30, 50};
    int32_t counts[40 * 30];
    kt_ok(kn_julia(ctx, &p, counts));
    double z = 0.0;
    int32_t c = -1;
    kt_ok(kn_julia_points(ctx, 1, &z, &z, &z, &z, 17, &c));
    assert_int_equal(c, 17);
    const kn_layer layers[] = {{0, 3}, {1, 2}, {4, 4}, {6, 4}};
    int64_t severity = -1, delay = -1;
    kt_ok(kn_firewall_severity(ctx, layers, 4, 0, &severity));
    kt_assert_i64_eq(severity, 24);
    kt_ok(kn_firewall_first_safe_delay(ctx, layers, 4, 1000, &delay));
    kt_assert_i64_eq(delay, 10);
    int64_t xi[3] = {1, 2, 3}, ni = 0;
    kt_ok(kn_norm_square_i64(ctx, xi, 3, &ni));
    kt_assert_i64_eq(ni, 14);
    double x[4] = {1.0, 2.0, 3.0, 4.0}, nf = 0.0, out[4];
    kt_ok(kn_norm_square_f64(ctx, x, 4, &nf));
    kt_assert_f64_bits(nf, 30.0, "norm_square_f64");
    kt_ok(kn_suffix_sums_f64(ctx, x, 4, out));
    kt_assert_f64_identical(out, ((const double[]){9.0, 7.0, 4.0, 0.0}), 4, "suffix sums");
    kn_expr *e = NULL;
    const char *names[] = {"data"};
    kt_ok(kn_expr_compile("data*2 + 1", 1, names, &e));
    const double *vars[] = {x};
    kt_ok(kn_expr_eval(ctx, e, 4, vars, out));
    kt_assert_f64_identical(out, ((const double[]){3.0, 5.0, 7.0, 9.0}), 4, "expression");
    kn_expr_free(e);
}

static void test_default_context_first(void **state)
{
    (void)state;
    begin();
    long before = vm_rss_kib();
    int64_t x[4] = {1, 2, 3, 4}, out = 0;
    kt_ok(kn_norm_square_i64(NULL, x, 4, &out));
    kt_assert_i64_eq(out, 30);
    long grown = vm_rss_kib() - before;
    print_message("first default-context call (%s): VmRSS grew by %ld KiB\n", kn_backend_name(kn_ctx_backend(NULL)),
                  grown);
    check_unchanged("the first default-context call");
    if (grown >= DEFAULT_CTX_RSS_BOUND_KIB)
        fail_msg("the first default-context call grew VmRSS by %ld KiB (bound %d KiB)", grown, DEFAULT_CTX_RSS_BOUND_KIB);
    run_every_kernel(NULL);
    check_unchanged("every kernel on the default context");
}

static void test_every_context_kind(void **state)
{
    (void)state;
    begin();
    for (int b = KN_AUTO; b <= KN_CUDA; b++) {
        if (b != KN_AUTO && !kn_backend_available((kn_backend)b)) {
            print_message("SKIP %s: %s\n", kn_backend_name((kn_backend)b), kn_backend_info((kn_backend)b));
            continue;
        }
        kn_ctx *ctx = NULL;
        kt_ok(kn_ctx_create(&ctx, (kn_backend)b));
        char what[64];
        snprintf(what, sizeof what, "kn_ctx_create(%s)", kn_backend_name((kn_backend)b));
        check_unchanged(what);
        run_every_kernel(ctx);
        snprintf(what, sizeof what, "every kernel on %s", kn_backend_name((kn_backend)b));
        check_unchanged(what);
        kn_ctx_destroy(ctx);
        snprintf(what, sizeof what, "kn_ctx_destroy(%s)", kn_backend_name((kn_backend)b));
        check_unchanged(what);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_context_first),
        cmocka_unit_test(test_every_context_kind),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
