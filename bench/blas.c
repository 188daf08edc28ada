/* The OpenBLAS baseline: cblas_ddot(n, x, 1, x, 1) on one thread, the
 * numpy.dot(x, x) a Python user would compare norm_square_f64 with.
 *
 * OpenBLAS picks its kernel when it is loaded, from OPENBLAS_CORETYPE or
 * its own CPU detection; an OpenBLAS older than the CPU falls back to its
 * SSE3 "Prescott" kernel, which would make a crippled baseline. The bench
 * then re-executes itself with OPENBLAS_CORETYPE set from the CPU's
 * features (bench_blas_pick_kernel), unless the user set the variable. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <cblas.h>

#include "bench.h"

/* Only in the re-executed bench: what OpenBLAS detected by itself. */
static const char detected_var[] = "KERNELS_BENCH_OPENBLAS_DETECTED";
static char kernel_origin[256];

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

/* The XCR0 register: which vector states the OS saves. */
static unsigned long long xcr0(void)
{
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (unsigned long long)hi << 32 | lo;
}

/* The best OpenBLAS core type for this CPU's features, NULL for none. */
static const char *cpu_coretype(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE)) return NULL;
    int fma = (c & bit_FMA) != 0;
    unsigned long long os = xcr0();
    int os_avx = (os & 0x6) == 0x6, os_avx512 = (os & 0xe6) == 0xe6;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return NULL;
    int avx2 = (b & bit_AVX2) != 0;
    int avx512 = (b & bit_AVX512F) && (b & bit_AVX512BW) && (b & bit_AVX512VL) && (b & bit_AVX512DQ);
    int bf16 = __get_cpuid_count(7, 1, &a, &b, &c, &d) && (a & (1u << 5)); /* AVX512_BF16 */
    if (avx512 && os_avx512) return bf16 ? "Cooperlake" : "SkylakeX";
    if (avx2 && fma && os_avx) return "Haswell";
    return NULL;
}
#else
static const char *cpu_coretype(void) { return NULL; }
#endif

static int detection_fell_back(const char *corename)
{
    return strcasecmp(corename, "prescott") == 0 || strcasecmp(corename, "unknown") == 0;
}

void bench_blas_pick_kernel(char **argv)
{
    const char *detected = getenv(detected_var);
    const char *coretype = getenv("OPENBLAS_CORETYPE");
    if (detected && coretype) {
        snprintf(kernel_origin, sizeof kernel_origin,
                 "OPENBLAS_CORETYPE=%s set by kernels-bench: OpenBLAS's own detection fell back to %s", coretype,
                 detected);
        unsetenv(detected_var);
        return;
    }
    if (coretype && *coretype) {
        snprintf(kernel_origin, sizeof kernel_origin, "OPENBLAS_CORETYPE=%s from the environment", coretype);
        return;
    }
    const char *corename = openblas_get_corename();
    const char *better = cpu_coretype();
    if (!detection_fell_back(corename) || !better) {
        snprintf(kernel_origin, sizeof kernel_origin, "detected by OpenBLAS%s",
                 detection_fell_back(corename) ? ", no better kernel for this CPU" : "");
        return;
    }
    /* OpenBLAS reads the variable only when it is loaded: start again. */
    setenv("OPENBLAS_CORETYPE", better, 1);
    setenv(detected_var, corename, 1);
    execv("/proc/self/exe", argv);
    unsetenv("OPENBLAS_CORETYPE");
    unsetenv(detected_var);
    snprintf(kernel_origin, sizeof kernel_origin,
             "detected by OpenBLAS; re-running with OPENBLAS_CORETYPE=%s failed, so this is not the best kernel",
             better);
}

int bench_blas_available(void) { return 1; }

void bench_blas_init(void) { openblas_set_num_threads(1); }

const char *bench_blas_info(void)
{
    static char buf[512];
    if (!buf[0])
        snprintf(buf, sizeof buf, "openblas-1t: cblas_ddot(n, x, 1, x, 1), 1 thread, kernel %s (%s; %s)",
                 openblas_get_corename(), kernel_origin[0] ? kernel_origin : "detected by OpenBLAS",
                 openblas_get_config());
    return buf;
}

double bench_blas_ddot_self(const double *x, size_t n)
{
    double s = 0;
    /* blasint is int in the LP64 build; cut longer vectors */
    while (n > 0) {
        int k = n > (size_t)INT_MAX ? INT_MAX : (int)n;
        s += cblas_ddot(k, x, 1, x, 1);
        x += k;
        n -= (size_t)k;
    }
    return s;
}
