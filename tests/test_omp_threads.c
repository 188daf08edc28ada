/* The omp team size under a memory limit: the OpenMP runtimes end the
 * process when they cannot create a thread, so no accepted setting of
 * KERNELS_NUM_THREADS or OMP_NUM_THREADS may ask for more threads than the
 * address space holds. Each case runs this program again as a child
 * (`test_omp_threads child`) with a 1.5 GiB RLIMIT_AS and its environment;
 * the child prints one line saying what the library returned. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_util.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define KT_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define KT_SANITIZER 1
#endif
#endif

#define ADDRESS_LIMIT ((rlim_t)1536 << 20)
#define SIDE 4096

/* A 4096 x 4096 grid with enough work to be split over a full team; one
 * step per point keeps it quick. */
static int child(void)
{
    kn_ctx *omp, *scalar;
    kn_status st = kn_ctx_create(&omp, KN_OMP);
    if (st) {
        printf("%s %s\n", kn_status_str(st), kn_last_error());
        return 0;
    }
    if (kn_ctx_create(&scalar, KN_SCALAR)) return 2;
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, SIDE, SIDE, 2};
    int32_t *a = malloc((size_t)SIDE * SIDE * sizeof *a), *b = malloc((size_t)SIDE * SIDE * sizeof *b);
    if (!a || !b) return 3;
    st = kn_julia(omp, &p, a);
    if (st) {
        printf("%s %s\n", kn_status_str(st), kn_last_error());
        return 0;
    }
    if (kn_julia(scalar, &p, b)) return 4;
    printf("KN_OK %s\n", memcmp(a, b, (size_t)SIDE * SIDE * sizeof *a) ? "differs from scalar" : "same as scalar");
    free(a), free(b);
    kn_ctx_destroy(omp), kn_ctx_destroy(scalar);
    return 0;
}

/* Runs the child with KERNELS_NUM_THREADS and OMP_NUM_THREADS set (NULL:
 * unset) and asserts that it exits normally after printing `want`. */
static void expect_child(const char *kernels_threads, const char *omp_threads, const char *want)
{
    int out[2];
    assert_int_equal(pipe(out), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        dup2(out[1], STDERR_FILENO);
        close(out[0]);
        close(out[1]);
        if (kernels_threads) setenv("KERNELS_NUM_THREADS", kernels_threads, 1);
        else unsetenv("KERNELS_NUM_THREADS");
        if (omp_threads) setenv("OMP_NUM_THREADS", omp_threads, 1);
        else unsetenv("OMP_NUM_THREADS");
#ifndef KT_SANITIZER /* a sanitizer's shadow memory needs far more address space */
        struct rlimit lim = {ADDRESS_LIMIT, ADDRESS_LIMIT};
        if (setrlimit(RLIMIT_AS, &lim)) _exit(126);
#endif
        execl("/proc/self/exe", "test_omp_threads", "child", (char *)NULL);
        _exit(127);
    }
    close(out[1]);
    char got[4096];
    size_t len = 0;
    ssize_t r;
    while ((r = read(out[0], got + len, sizeof got - 1 - len)) > 0 || (r < 0 && errno == EINTR)) len += r > 0 ? (size_t)r : 0;
    got[len] = '\0';
    close(out[0]);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail_msg("KERNELS_NUM_THREADS=%s OMP_NUM_THREADS=%s: the process %s %d; it printed: %s",
                 kernels_threads ? kernels_threads : "(unset)", omp_threads ? omp_threads : "(unset)",
                 WIFEXITED(status) ? "exited with status" : "was killed by signal",
                 WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status), got);
    if (strcmp(got, want) != 0) fail_msg("printed '%s', expected '%s'", got, want);
}

static void test_threads_above_the_maximum(void **state)
{
    (void)state;
    expect_child("4096", NULL,
                 "KN_ERR_INVALID_ARG kn_ctx_create: KERNELS_NUM_THREADS='4096' is invalid: expected an integer from 1 to 1024\n");
}

static void test_maximum_threads_capped(void **state)
{
    (void)state;
    expect_child("1024", NULL, "KN_OK same as scalar\n");
}

static void test_huge_omp_num_threads_capped(void **state)
{
    (void)state;
    expect_child(NULL, "4096", "KN_OK same as scalar\n");
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "child") == 0) return child();
    if (!kn_backend_available(KN_OMP)) {
        printf("SKIP: omp backend not available: %s\n", kn_backend_info(KN_OMP));
        return 0;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_above_the_maximum),
        cmocka_unit_test(test_maximum_threads_capped),
        cmocka_unit_test(test_huge_omp_num_threads_capped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
