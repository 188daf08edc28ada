/* Backends, names, contexts, KERNELS_BACKEND (through kn_ctx_create with
 * KN_AUTO), statuses, thread-local errors and concurrent use. The default
 * context (ctx == NULL) is created once per process, so it is tested in
 * test_default_ctx.c and test_default_ctx_bad.c; nothing here touches it. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/dispatch.h" /* kn_backend_best, for "auto" */
#include "goldens.h"
#include "test_util.h"

static const char *const all_names[KN_BACKEND_COUNT] = {"auto", "scalar", "simd", "omp", "opencl", "cuda"};

/* ---- statuses and errors ------------------------------------------------ */

static void test_status_str(void **state)
{
    (void)state;
    static const struct {
        kn_status s;
        const char *name;
    } table[] = {
        {KN_OK, "KN_OK"},
        {KN_ERR_INVALID_ARG, "KN_ERR_INVALID_ARG"},
        {KN_ERR_UNAVAILABLE, "KN_ERR_UNAVAILABLE"},
        {KN_ERR_NO_MEMORY, "KN_ERR_NO_MEMORY"},
        {KN_ERR_PARSE, "KN_ERR_PARSE"},
        {KN_ERR_OVERFLOW, "KN_ERR_OVERFLOW"},
        {KN_ERR_NOT_FOUND, "KN_ERR_NOT_FOUND"},
        {KN_ERR_DEVICE, "KN_ERR_DEVICE"},
        {KN_ERR_LIMIT, "KN_ERR_LIMIT"},
        {(kn_status)9, "unknown status"},
        {(kn_status)-1, "unknown status"},
        {(kn_status)1000, "unknown status"},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) assert_string_equal(kn_status_str(table[i].s), table[i].name);
    /* The enum values are part of the ABI (FFI users hard-code them). */
    assert_int_equal(KN_OK, 0);
    assert_int_equal(KN_ERR_INVALID_ARG, 1);
    assert_int_equal(KN_ERR_DEVICE, 7);
    assert_int_equal(KN_ERR_LIMIT, 8);
    assert_int_equal(KN_AUTO, 0);
    assert_int_equal(KN_CUDA, 5);
    assert_int_equal(KN_BACKEND_COUNT, 6);
}

/* A thread that starts with an empty error, fails on its own, and reports. */
typedef struct {
    char first[256], after[256];
} err_thread_result;

static void *err_thread(void *arg)
{
    err_thread_result *r = arg;
    snprintf(r->first, sizeof r->first, "%s", kn_last_error());
    kn_julia_params p = {-1, 1, -1, 1, 0, 0, -42, 1, 1};
    int32_t c;
    kn_julia(NULL, &p, &c); /* fails on the argument check, before the default context */
    snprintf(r->after, sizeof r->after, "%s", kn_last_error());
    return NULL;
}

static void test_last_error_thread_local(void **state)
{
    (void)state;
    kn_ctx *ctx = NULL;
    kt_ok(kn_ctx_create(&ctx, KN_SCALAR));
    kt_expect_error(kn_norm_square_f64(ctx, NULL, 3, &(double){0}), KN_ERR_INVALID_ARG, "kn_norm_square_f64: x is NULL");
    /* Successful calls do not clear it. */
    kt_ok(kn_norm_square_f64(ctx, NULL, 0, &(double){0}));
    assert_string_equal(kn_last_error(), "kn_norm_square_f64: x is NULL");
    err_thread_result r;
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, err_thread, &r), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_string_equal(r.first, ""); /* nothing of this thread's error leaked */
    assert_string_equal(r.after, "kn_julia: p->width must be at least 1 (got -42)");
    assert_string_equal(kn_last_error(), "kn_norm_square_f64: x is NULL"); /* and nothing came back */
    kn_ctx_destroy(ctx);
}

/* ---- names -------------------------------------------------------------- */

static void test_backend_names(void **state)
{
    (void)state;
    for (int b = 0; b < KN_BACKEND_COUNT; b++) {
        assert_string_equal(kn_backend_name((kn_backend)b), all_names[b]);
        kn_backend out = (kn_backend)99;
        kt_ok(kn_backend_from_name(all_names[b], &out));
        assert_int_equal(out, b);
        /* case-insensitive */
        char up[16], mixed[16];
        size_t len = strlen(all_names[b]);
        for (size_t i = 0; i <= len; i++) {
            up[i] = (char)(all_names[b][i] >= 'a' && all_names[b][i] <= 'z' ? all_names[b][i] - 32 : all_names[b][i]);
            mixed[i] = i % 2 ? up[i] : all_names[b][i];
        }
        out = (kn_backend)99;
        kt_ok(kn_backend_from_name(up, &out));
        assert_int_equal(out, b);
        out = (kn_backend)99;
        kt_ok(kn_backend_from_name(mixed, &out));
        assert_int_equal(out, b);
    }
    assert_string_equal(kn_backend_name((kn_backend)KN_BACKEND_COUNT), "unknown");
    assert_string_equal(kn_backend_name((kn_backend)-1), "unknown");
    assert_string_equal(kn_backend_name((kn_backend)1000), "unknown");
}

/* The same name parser as KERNELS_BACKEND: white space around a name is
 * ignored there and here. */
static void test_backend_from_name_spaces(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        kn_backend b;
    } table[] = {{" omp", KN_OMP}, {"omp ", KN_OMP}, {"\tScalar\n", KN_SCALAR}, {"  cuda  ", KN_CUDA}, {" auto", KN_AUTO}};
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        kn_backend out = (kn_backend)99;
        kt_ok(kn_backend_from_name(table[i].name, &out));
        assert_int_equal(out, table[i].b);
    }
}

static void test_backend_from_name_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {"bogus", "", "  ", "scalarx", "sca", "cuda,scalar", "unknown", "sca lar"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        kn_backend out = (kn_backend)99;
        char msg[160];
        snprintf(msg, sizeof msg, "kn_backend_from_name: unknown backend '%s'; valid names are auto, scalar, simd, omp, opencl, cuda",
                 bad[i]);
        kt_expect_error(kn_backend_from_name(bad[i], &out), KN_ERR_INVALID_ARG, NULL);
        assert_string_equal(kn_last_error(), msg);
        assert_int_equal(out, 99); /* untouched */
    }
    /* "gpu" is a list (cuda, then opencl, each on a GPU only), not one backend. */
    static const char *const gpu[] = {"gpu", " GPU "};
    for (size_t i = 0; i < 2; i++) {
        kn_backend out = (kn_backend)99;
        kt_expect_error(kn_backend_from_name(gpu[i], &out), KN_ERR_INVALID_ARG, NULL);
        assert_string_equal(kn_last_error(),
                            "kn_backend_from_name: 'gpu' stands for two backends (cuda, then opencl, each only on a GPU); "
                            "only KERNELS_BACKEND accepts it");
        assert_int_equal(out, 99);
    }
    kn_backend out;
    kt_expect_error(kn_backend_from_name(NULL, &out), KN_ERR_INVALID_ARG, "kn_backend_from_name: name is NULL");
    kt_expect_error(kn_backend_from_name("scalar", NULL), KN_ERR_INVALID_ARG, "kn_backend_from_name: out is NULL");
}

/* ---- availability, info, contexts ---------------------------------------- */

static void test_available_and_info(void **state)
{
    (void)state;
    assert_int_equal(kn_backend_available(KN_SCALAR), 1);
    assert_int_equal(kn_backend_available(KN_AUTO), 1);
    assert_int_equal(kn_backend_available((kn_backend)KN_BACKEND_COUNT), 0);
    assert_int_equal(kn_backend_available((kn_backend)-1), 0);
    assert_int_equal(kn_backend_available((kn_backend)1000), 0);
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) {
        int a = kn_backend_available((kn_backend)b);
        assert_true(a == 0 || a == 1);
        const char *info = kn_backend_info((kn_backend)b);
        assert_non_null(info);
        /* "name: ..." for available and unavailable ones alike */
        char prefix[16];
        snprintf(prefix, sizeof prefix, "%s: ", all_names[b]);
        if (strncmp(info, prefix, strlen(prefix)) != 0) fail_msg("kn_backend_info(%s) = \"%s\"", all_names[b], info);
        assert_true(strlen(info) > strlen(prefix));
        print_message("%-6s available=%d  %s\n", all_names[b], a, info);
    }
    assert_string_equal(kn_backend_info(KN_SCALAR), "scalar: portable C reference");
    assert_non_null(kn_backend_info((kn_backend)KN_BACKEND_COUNT));
    assert_non_null(kn_backend_info((kn_backend)-1));
    /* KN_AUTO describes what auto picks. */
    kn_backend best = kn_backend_best();
    assert_true(best != KN_AUTO && kn_backend_available(best));
    assert_string_equal(kn_backend_info(KN_AUTO), kn_backend_info(best));
}

/* kn_backend_info(KN_AUTO) and kn_backend_available(KN_AUTO) resolve
 * KERNELS_BACKEND exactly as kn_ctx_create(KN_AUTO) does, and leave this
 * thread's kn_last_error() as it was. */
static void auto_case(const char *value, int line)
{
    setenv("KERNELS_BACKEND", value, 1);
    kn_backend unused;
    kn_backend_from_name(NULL, &unused); /* a known last error */
    int available = kn_backend_available(KN_AUTO);
    char info[2048];
    snprintf(info, sizeof info, "%s", kn_backend_info(KN_AUTO));
    if (strcmp(kn_last_error(), "kn_backend_from_name: name is NULL") != 0) {
        print_error("line %d: KERNELS_BACKEND='%s': an info call changed kn_last_error() to \"%s\"\n", line, value,
                    kn_last_error());
        _fail(__FILE__, line);
    }
    kn_ctx *ctx = NULL;
    kn_status st = kn_ctx_create(&ctx, KN_AUTO);
    unsetenv("KERNELS_BACKEND");
    char want[2100];
    if (st == KN_OK) {
        snprintf(want, sizeof want, "%s", kn_backend_info(kn_ctx_backend(ctx)));
        kn_ctx_destroy(ctx);
    } else {
        snprintf(want, sizeof want, "%s", kn_last_error() + strlen("kn_ctx_create: "));
    }
    if (available != (st == KN_OK) || strcmp(info, want) != 0) {
        print_error("line %d: KERNELS_BACKEND='%s': available %d, info \"%s\"; kn_ctx_create(KN_AUTO) gave %s, \"%s\"\n",
                    line, value, available, info, kn_status_str(st), want);
        _fail(__FILE__, line);
    }
}

static void test_auto_follows_env(void **state)
{
    (void)state;
    static const char *const values[] = {"scalar", "simd", "omp", "opencl", "cuda", "gpu", "bogus", "scalar,bogus",
                                         "", "auto", "cuda,simd", " scalar , omp", "gpu,scalar", "scalar,,simd"};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) auto_case(values[i], __LINE__);
    setenv("KERNELS_BACKEND", "scalar", 1);
    assert_string_equal(kn_backend_info(KN_AUTO), "scalar: portable C reference");
    assert_int_equal(kn_backend_available(KN_AUTO), 1);
    setenv("KERNELS_BACKEND", "bogus", 1);
    assert_int_equal(kn_backend_available(KN_AUTO), 0);
    assert_string_equal(kn_backend_info(KN_AUTO), "KERNELS_BACKEND: unknown backend 'bogus'; valid names are auto, "
                                                  "scalar, simd, omp, opencl, cuda, gpu (or a comma list of them)");
    if (!kn_backend_available(KN_CUDA)) {
        setenv("KERNELS_BACKEND", "cuda", 1);
        assert_int_equal(kn_backend_available(KN_AUTO), 0);
        char want[2048];
        snprintf(want, sizeof want, "KERNELS_BACKEND='cuda': no listed backend is available: %s", kn_backend_info(KN_CUDA));
        assert_string_equal(kn_backend_info(KN_AUTO), want);
    }
    unsetenv("KERNELS_BACKEND");
}

/* kn_ctx_create(b) with KERNELS_VERBOSE=1; returns what it wrote to stderr. */
static char *create_verbose(kn_backend b, kn_ctx **ctx, kn_status *st)
{
    setenv("KERNELS_VERBOSE", "1", 1);
    fflush(stderr);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    int saved = dup(2);
    assert_true(saved >= 0);
    assert_true(dup2(fileno(tmp), 2) == 2);
    *st = kn_ctx_create(ctx, b);
    fflush(stderr);
    assert_true(dup2(saved, 2) == 2);
    close(saved);
    unsetenv("KERNELS_VERBOSE");
    static char text[8192];
    rewind(tmp);
    size_t len = fread(text, 1, sizeof text - 1, tmp);
    text[len] = '\0';
    fclose(tmp);
    return text;
}

/* One line per context, naming the backend asked for (omp's inner context
 * for its chunks prints nothing of its own). */
static void test_verbose_one_line(void **state)
{
    (void)state;
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) {
        kn_ctx *ctx = NULL;
        kn_status st;
        const char *text = create_verbose((kn_backend)b, &ctx, &st);
        if (!kn_backend_available((kn_backend)b)) {
            assert_int_equal(st, KN_ERR_UNAVAILABLE);
            assert_string_equal(text, "");
            continue;
        }
        assert_int_equal(st, KN_OK);
        char want[2100];
        snprintf(want, sizeof want, "libkernels: using %s\n", kn_backend_info((kn_backend)b));
        assert_string_equal(text, want);
        kn_ctx_destroy(ctx);
    }
    if (kn_backend_available(KN_OMP)) {
        setenv("KERNELS_BACKEND", "omp", 1);
        kn_ctx *ctx = NULL;
        kn_status st;
        const char *text = create_verbose(KN_AUTO, &ctx, &st);
        unsetenv("KERNELS_BACKEND");
        assert_int_equal(st, KN_OK);
        assert_int_equal(kn_ctx_backend(ctx), KN_OMP);
        kn_ctx_destroy(ctx);
        assert_true(strncmp(text, "libkernels: using omp: ", 23) == 0);
        assert_non_null(strchr(text, '\n'));
        assert_string_equal(strchr(text, '\n'), "\n"); /* exactly one line */
        if (kn_backend_available(KN_SIMD)) assert_non_null(strstr(text, ", chunks run by simd: "));
    }
}

static void test_ctx_create_each_backend(void **state)
{
    (void)state;
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) {
        kn_ctx *ctx = (kn_ctx *)&ctx; /* must be overwritten */
        kn_status st = kn_ctx_create(&ctx, (kn_backend)b);
        if (kn_backend_available((kn_backend)b)) {
            if (st != KN_OK) fail_msg("%s: %s: %s", all_names[b], kn_status_str(st), kn_last_error());
            assert_non_null(ctx);
            assert_int_equal(kn_ctx_backend(ctx), b);
            /* It computes: a tiny golden each. */
            int64_t x[3] = {1, 2, 3}, out = 0;
            kt_ok(kn_norm_square_i64(ctx, x, 3, &out));
            kt_assert_i64_eq(out, 14);
            kn_ctx_destroy(ctx);
        } else {
            if (st != KN_ERR_UNAVAILABLE) fail_msg("%s unavailable but kn_ctx_create returned %s", all_names[b], kn_status_str(st));
            assert_null(ctx);
            /* the reason, which starts with the backend's name ("cuda: not built ...") */
            char msg[2048];
            snprintf(msg, sizeof msg, "kn_ctx_create: backend unavailable: %s", kn_backend_info((kn_backend)b));
            assert_string_equal(kn_last_error(), msg);
            kt_assert_error_contains(all_names[b]);
        }
    }
}

static void test_ctx_create_errors(void **state)
{
    (void)state;
    kt_expect_error(kn_ctx_create(NULL, KN_SCALAR), KN_ERR_INVALID_ARG, "kn_ctx_create: ctx is NULL");
    static const int bad[] = {KN_BACKEND_COUNT, 7, -1, 1000};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        kn_ctx *ctx = (kn_ctx *)&ctx;
        char msg[96];
        snprintf(msg, sizeof msg, "kn_ctx_create: b is not a kn_backend value (got %d)", bad[i]);
        kt_expect_error(kn_ctx_create(&ctx, (kn_backend)bad[i]), KN_ERR_INVALID_ARG, msg);
        assert_null(ctx);
    }
    kn_ctx_destroy(NULL); /* no-op */
}

/* Contexts are independent: many at once, destroyed in another order. */
static void test_many_contexts(void **state)
{
    (void)state;
    enum { K = 16 };
    kn_ctx *c[K];
    for (int i = 0; i < K; i++) kt_ok(kn_ctx_create(&c[i], KN_SCALAR));
    for (int i = 0; i < K; i += 2) kn_ctx_destroy(c[i]);
    for (int i = 1; i < K; i += 2) {
        int64_t x[2] = {3, 4}, out = 0;
        kt_ok(kn_norm_square_i64(c[i], x, 2, &out));
        kt_assert_i64_eq(out, 25);
        kn_ctx_destroy(c[i]);
    }
}

/* ---- KERNELS_BACKEND ---------------------------------------------------- */

/* kn_ctx_create(KN_AUTO) with KERNELS_BACKEND=value: expects `want` (a
 * backend) when status is KN_OK, else the status and a message fragment. */
static void env_case(const char *value, kn_status want_st, kn_backend want, const char *msg, int line)
{
    if (value) setenv("KERNELS_BACKEND", value, 1);
    else unsetenv("KERNELS_BACKEND");
    kn_ctx *ctx = (kn_ctx *)&ctx;
    kn_status st = kn_ctx_create(&ctx, KN_AUTO);
    if (st != want_st) {
        print_error("line %d: KERNELS_BACKEND=%s%s%s: %s (%s), expected %s\n", line, value ? "'" : "", value ? value : "(unset)",
                    value ? "'" : "", kn_status_str(st), kn_last_error(), kn_status_str(want_st));
        _fail(__FILE__, line);
    }
    if (st == KN_OK) {
        if (kn_ctx_backend(ctx) != want) {
            print_error("line %d: KERNELS_BACKEND='%s' picked %s, expected %s\n", line, value ? value : "(unset)",
                        kn_backend_name(kn_ctx_backend(ctx)), kn_backend_name(want));
            _fail(__FILE__, line);
        }
        kn_ctx_destroy(ctx);
    } else {
        if (ctx != NULL) {
            print_error("line %d: *ctx not NULL after a failure\n", line);
            _fail(__FILE__, line);
        }
        if (msg) kt_assert_error_contains_(msg, __FILE__, line);
    }
    unsetenv("KERNELS_BACKEND");
}
#define ENV_OK(value, want) env_case((value), KN_OK, (want), NULL, __LINE__)
#define ENV_ERR(value, st, msg) env_case((value), (st), KN_AUTO, (msg), __LINE__)

static void test_env_names(void **state)
{
    (void)state;
    ENV_OK("scalar", KN_SCALAR);
    ENV_OK("SCALAR", KN_SCALAR);
    ENV_OK("  SCALAR ", KN_SCALAR);
    ENV_OK("\tScAlAr\t", KN_SCALAR);
    /* unset, empty, auto: the best available backend */
    kn_backend best = kn_backend_best();
    assert_true(best != KN_AUTO && kn_backend_available(best));
    ENV_OK(NULL, best);
    ENV_OK("", best);
    ENV_OK("auto", best);
    ENV_OK("AUTO", best);
    ENV_OK(" auto ", best);
    /* Each backend by name: itself when available, else an error saying why. */
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) {
        if (kn_backend_available((kn_backend)b)) {
            ENV_OK(all_names[b], (kn_backend)b);
        } else {
            ENV_ERR(all_names[b], KN_ERR_UNAVAILABLE, kn_backend_info((kn_backend)b));
            char quoted[32];
            snprintf(quoted, sizeof quoted, "KERNELS_BACKEND='%s'", all_names[b]);
            ENV_ERR(all_names[b], KN_ERR_UNAVAILABLE, quoted);
        }
    }
}

static void test_env_unknown_names(void **state)
{
    (void)state;
    static const char *const bad[] = {"bogus", "scalar,bogus", "bogus,scalar", "cuda,opencl,simd,omp,scalar,x",
                                      "scalar;simd", "scalar simd", "nvidia", "cpu"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ENV_ERR(bad[i], KN_ERR_INVALID_ARG, "valid names are auto, scalar, simd, omp, opencl, cuda");
        ENV_ERR(bad[i], KN_ERR_INVALID_ARG, "KERNELS_BACKEND: unknown backend '");
    }
    ENV_ERR("bogus", KN_ERR_INVALID_ARG, "unknown backend 'bogus'");
    assert_string_equal(kn_last_error(), "kn_ctx_create: KERNELS_BACKEND: unknown backend 'bogus'; valid names are auto, "
                                         "scalar, simd, omp, opencl, cuda, gpu (or a comma list of them)");
    ENV_ERR("scalar, Bogus2 ", KN_ERR_INVALID_ARG, "unknown backend 'Bogus2'");
    /* A blank name in the list. */
    ENV_ERR("scalar, ,simd", KN_ERR_INVALID_ARG, "has an empty name in its list");
    /* Limits. */
    char longv[400];
    memset(longv, 'a', sizeof longv - 1);
    longv[sizeof longv - 1] = '\0';
    ENV_ERR(longv, KN_ERR_INVALID_ARG, "KERNELS_BACKEND is too long (399 characters)");
    ENV_ERR("scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,"
            "scalar,scalar",
            KN_ERR_INVALID_ARG, "KERNELS_BACKEND lists more than 16 names");
    ENV_OK("scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,scalar,"
           "scalar",
           KN_SCALAR);
}

/* "scalar,,simd", ",scalar", "scalar,": an empty name is an error, like
 * "scalar, ,simd"; a value that is blank as a whole means unset (auto). */
static void test_env_empty_name(void **state)
{
    (void)state;
    static const char *const lists[] = {"scalar,,simd", ",scalar", "scalar,", ",", "scalar, ,simd"};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        setenv("KERNELS_BACKEND", lists[i], 1);
        kn_ctx *ctx = NULL;
        kn_status st = kn_ctx_create(&ctx, KN_AUTO);
        unsetenv("KERNELS_BACKEND");
        if (st != KN_ERR_INVALID_ARG) fail_msg("KERNELS_BACKEND='%s': %s, expected KN_ERR_INVALID_ARG", lists[i], kn_status_str(st));
        assert_null(ctx);
        kt_assert_error_contains("has an empty name in its list");
    }
    setenv("KERNELS_BACKEND", "   ", 1);
    kn_ctx *ctx = NULL;
    kn_status st = kn_ctx_create(&ctx, KN_AUTO);
    unsetenv("KERNELS_BACKEND");
    assert_int_equal(st, KN_OK);
    assert_true(kn_backend_available(kn_ctx_backend(ctx)));
    kn_ctx_destroy(ctx);
}

static void test_env_lists(void **state)
{
    (void)state;
    int cuda = kn_backend_available(KN_CUDA), opencl = kn_backend_available(KN_OPENCL);
    /* cuda,scalar: cuda if it is usable, else falls through to scalar. */
    ENV_OK("cuda,scalar", cuda ? KN_CUDA : KN_SCALAR);
    ENV_OK(" cuda , scalar ", cuda ? KN_CUDA : KN_SCALAR);
    ENV_OK("CUDA,OPENCL,SCALAR", cuda ? KN_CUDA : opencl ? KN_OPENCL : KN_SCALAR);
    /* The first available in list order, whatever the order. */
    kn_backend first = KN_AUTO;
    const kn_backend order[] = {KN_OMP, KN_SIMD, KN_SCALAR};
    for (size_t i = 0; i < 3 && first == KN_AUTO; i++)
        if (kn_backend_available(order[i])) first = order[i];
    ENV_OK("omp,simd,scalar", first);
    ENV_OK("scalar,cuda", KN_SCALAR);
    ENV_OK("scalar,auto", KN_SCALAR);
    ENV_OK("auto,scalar", kn_backend_best());
    /* gpu = cuda then opencl, each only on a GPU device: an OpenCL CPU
     * device (PoCL) does not count; an error saying why when neither is. */
    int opencl_gpu = opencl && strstr(kn_backend_info(KN_OPENCL), "(GPU,") != NULL;
    if (cuda) ENV_OK("gpu", KN_CUDA);
    else if (opencl_gpu) ENV_OK("gpu", KN_OPENCL);
    else {
        ENV_ERR("gpu", KN_ERR_UNAVAILABLE, "kn_ctx_create: KERNELS_BACKEND='gpu': no listed backend is available: ");
        ENV_ERR("gpu", KN_ERR_UNAVAILABLE, kn_backend_info(KN_CUDA));
        ENV_ERR("gpu", KN_ERR_UNAVAILABLE, opencl ? "; opencl: no GPU" : kn_backend_info(KN_OPENCL));
        ENV_ERR("GPU", KN_ERR_UNAVAILABLE, NULL);
        if (opencl) ENV_OK("gpu,opencl", KN_OPENCL); /* named explicitly, a CPU device is fine */
    }
    ENV_OK("gpu,scalar", cuda ? KN_CUDA : opencl_gpu ? KN_OPENCL : KN_SCALAR);
    /* A list of only unavailable backends names every reason. */
    char list[64] = "", reasons[4][256];
    int k = 0;
    for (int b = KN_SIMD; b <= KN_CUDA; b++)
        if (!kn_backend_available((kn_backend)b)) {
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", k ? "," : "", all_names[b]);
            snprintf(reasons[k++], sizeof reasons[0], "%s", kn_backend_info((kn_backend)b));
        }
    if (k >= 2) {
        for (int i = 0; i < k; i++) ENV_ERR(list, KN_ERR_UNAVAILABLE, reasons[i]);
    }
    /* An explicit backend ignores KERNELS_BACKEND. */
    setenv("KERNELS_BACKEND", "bogus", 1);
    kn_ctx *ctx = NULL;
    kt_ok(kn_ctx_create(&ctx, KN_SCALAR));
    assert_int_equal(kn_ctx_backend(ctx), KN_SCALAR);
    kn_ctx_destroy(ctx);
    unsetenv("KERNELS_BACKEND");
}

/* ---- concurrency -------------------------------------------------------- */

enum { NTHREADS = 8, JW = 61, JH = 37, NPTS = 999, NF = 10007, NI = 4099, NS = 5003 };

typedef struct {
    int32_t julia[JW * JH], points[NPTS];
    int64_t severity, delay, norm_i64;
    double norm_f64, suffix[NS];
} results;

static results expected;
static double zr[NPTS], zi[NPTS], cr[NPTS], ci[NPTS], fx[NF], sx[NS];
static int64_t ix[NI];
static const kn_julia_params jp = {-1.5, 1.3, -1.2, 1.4, -0.62772, -0.42193, JW, JH, 120};
static const kn_layer layers[] = KN_GOLDEN_FIREWALL_LAYERS;
static kn_ctx *shared_ctx[KN_BACKEND_COUNT];
static pthread_barrier_t barrier;

/* Runs every kernel; returns a description of the first problem or NULL. */
static const char *run_all(kn_ctx *ctx, results *r)
{
    if (kn_julia(ctx, &jp, r->julia)) return "kn_julia failed";
    if (kn_julia_points(ctx, NPTS, zr, zi, cr, ci, 200, r->points)) return "kn_julia_points failed";
    if (kn_firewall_severity(ctx, layers, 4, 0, &r->severity)) return "kn_firewall_severity failed";
    if (kn_firewall_first_safe_delay(ctx, layers, 4, INT64_MAX, &r->delay)) return "kn_firewall_first_safe_delay failed";
    if (kn_norm_square_i64(ctx, ix, NI, &r->norm_i64)) return "kn_norm_square_i64 failed";
    if (kn_norm_square_f64(ctx, fx, NF, &r->norm_f64)) return "kn_norm_square_f64 failed";
    if (kn_suffix_sums_f64(ctx, sx, NS, r->suffix)) return "kn_suffix_sums_f64 failed";
    return NULL;
}

static const char *compare(const results *r)
{
    if (memcmp(r->julia, expected.julia, sizeof r->julia)) return "julia counts differ";
    if (memcmp(r->points, expected.points, sizeof r->points)) return "julia_points counts differ";
    if (r->severity != expected.severity) return "severity differs";
    if (r->delay != expected.delay) return "first safe delay differs";
    if (r->norm_i64 != expected.norm_i64) return "norm_i64 differs";
    if (memcmp(&r->norm_f64, &expected.norm_f64, sizeof r->norm_f64)) return "norm_f64 differs";
    if (memcmp(r->suffix, expected.suffix, sizeof r->suffix)) return "suffix sums differ";
    return NULL;
}

typedef struct {
    int id;
    char problem[256];
    char own_error[256];
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    results *r = malloc(sizeof *r);
    if (!r) {
        snprintf(w->problem, sizeof w->problem, "out of memory");
        return NULL;
    }
    pthread_barrier_wait(&barrier);
    for (int round = 0; round < 3 && !w->problem[0]; round++)
        for (int b = KN_SCALAR; b <= KN_CUDA && !w->problem[0]; b++) {
            if (!kn_backend_available((kn_backend)b)) continue;
            /* a private context, created and destroyed concurrently ... */
            kn_ctx *ctx = NULL;
            const char *p = NULL;
            if (kn_ctx_create(&ctx, (kn_backend)b)) p = "kn_ctx_create failed";
            if (!p) p = run_all(ctx, r);
            if (!p) p = compare(r);
            kn_ctx_destroy(ctx);
            /* ... and the context shared by all threads */
            if (!p) p = run_all(shared_ctx[b], r);
            if (!p) p = compare(r);
            if (p) snprintf(w->problem, sizeof w->problem, "thread %d, backend %s: %s (%s)", w->id, all_names[b], p, kn_last_error());
            /* An error of this thread's own, checked after the others ran. */
            kn_julia_params bad = jp;
            bad.height = -(w->id + 1);
            int32_t c;
            kn_julia(shared_ctx[b], &bad, &c);
            char mine[96];
            snprintf(mine, sizeof mine, "kn_julia: p->height must be at least 1 (got %d)", -(w->id + 1));
            sched_yield();
            if (!w->problem[0] && strcmp(kn_last_error(), mine) != 0)
                snprintf(w->problem, sizeof w->problem, "thread %d: kn_last_error() is \"%s\", expected \"%s\"", w->id, kn_last_error(), mine);
        }
    snprintf(w->own_error, sizeof w->own_error, "%s", kn_last_error());
    free(r);
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    kt_fill_f64(zr, NPTS, 1, -1.5, 1.5);
    kt_fill_f64(zi, NPTS, 2, -1.5, 1.5);
    kt_fill_f64(cr, NPTS, 3, -0.8, 0.3);
    kt_fill_f64(ci, NPTS, 4, -0.7, 0.7);
    kt_fill_f64_mixed(fx, NF, 5, -10, 10, 1);
    kt_fill_f64_mixed(sx, NS, 6, -10, 10, 1);
    kt_fill_i64(ix, NI, 7, -1000000, 1000000);
    kn_ctx *ref = NULL;
    kt_ok(kn_ctx_create(&ref, KN_SCALAR));
    const char *p = run_all(ref, &expected);
    if (p) fail_msg("reference run: %s: %s", p, kn_last_error());
    kn_ctx_destroy(ref);
    kt_assert_i64_eq(expected.severity, KN_GOLDEN_FIREWALL_SEVERITY);
    kt_assert_i64_eq(expected.delay, KN_GOLDEN_FIREWALL_DELAY);
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) {
        shared_ctx[b] = NULL;
        if (kn_backend_available((kn_backend)b)) kt_ok(kn_ctx_create(&shared_ctx[b], (kn_backend)b));
    }
    worker w[NTHREADS];
    pthread_t t[NTHREADS];
    assert_int_equal(pthread_barrier_init(&barrier, NULL, NTHREADS), 0);
    for (int i = 0; i < NTHREADS; i++) {
        memset(&w[i], 0, sizeof w[i]);
        w[i].id = i;
        assert_int_equal(pthread_create(&t[i], NULL, work, &w[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) assert_int_equal(pthread_join(t[i], NULL), 0);
    pthread_barrier_destroy(&barrier);
    for (int b = KN_SCALAR; b <= KN_CUDA; b++) kn_ctx_destroy(shared_ctx[b]);
    for (int i = 0; i < NTHREADS; i++) {
        if (w[i].problem[0]) fail_msg("%s", w[i].problem);
        char mine[96];
        snprintf(mine, sizeof mine, "kn_julia: p->height must be at least 1 (got %d)", -(i + 1));
        assert_string_equal(w[i].own_error, mine);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_str),
        cmocka_unit_test(test_last_error_thread_local),
        cmocka_unit_test(test_backend_names),
        cmocka_unit_test(test_backend_from_name_spaces),
        cmocka_unit_test(test_backend_from_name_errors),
        cmocka_unit_test(test_auto_follows_env),
        cmocka_unit_test(test_verbose_one_line),
        cmocka_unit_test(test_available_and_info),
        cmocka_unit_test(test_ctx_create_each_backend),
        cmocka_unit_test(test_ctx_create_errors),
        cmocka_unit_test(test_many_contexts),
        cmocka_unit_test(test_env_names),
        cmocka_unit_test(test_env_unknown_names),
        cmocka_unit_test(test_env_empty_name),
        cmocka_unit_test(test_env_lists),
        cmocka_unit_test(test_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
