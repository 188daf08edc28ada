/* Julia libFuzzer target: the input chooses a small grid (width and height
 * up to 300, box, c, max_iter near the simd phase boundaries) or a batch of
 * points, and every CPU backend must give scalar's counts bit for bit: simd,
 * and omp with 1, 2, 3 and 7 threads under several schedules, so that the
 * row partition is cut at many places. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels.h"

#define MAX_SIDE 300
#define MAX_POINTS 1000

typedef struct {
    const uint8_t *p;
    size_t left;
} bytes;

static unsigned take(bytes *b)
{
    if (!b->left) return 0;
    b->left--;
    return *b->p++;
}

static unsigned take16(bytes *b) { return take(b) | take(b) << 8; }

/* max_iter: 0, 1, around the ends of the simd phases (4, 12, 28, 60, 124
 * steps in all), or anything up to 400. */
static int32_t max_iter_of(bytes *b)
{
    static const int32_t edges[] = {0, 1, 2, 3, 4, 5, 11, 12, 13, 27, 28, 29, 59, 60, 61, 123, 124, 125, 300};
    unsigned k = take(b);
    if (k < 128) return edges[k % (sizeof edges / sizeof edges[0])];
    return (int32_t)(take16(b) % 401);
}

/* A coordinate: special values or a fraction in [-2.5, 2.5]. */
static double coord(bytes *b)
{
    static const double special[] = {0.0, -0.0, 2.0, -2.0, 1.0, -1.0, 0.25, -0.75, 1e-300, 1.9999999999999998};
    unsigned k = take(b);
    if (k < 40) return special[k % 10];
    return ((double)take16(b) - 32768.0) / 13107.2;
}

/* A point coordinate, which may also be non-finite or huge. */
static double point_coord(bytes *b)
{
    static const double wild[] = {NAN, INFINITY, -INFINITY, 1e300, -1e300, 4.0};
    unsigned k = take(b);
    if (k < 12) return wild[k % 6];
    return coord(b);
}

/* Every CPU backend but scalar: simd, and omp with several thread counts
 * and schedules, created once (the environment is read at creation). */
#define MAX_CTX 8
static kn_ctx *others[MAX_CTX];
static char other_names[MAX_CTX][48];
static size_t n_others;
static kn_ctx *scalar;

static void add_omp(const char *threads, const char *schedule)
{
    setenv("KERNELS_NUM_THREADS", threads, 1);
    setenv("KERNELS_SCHEDULE", schedule, 1);
    kn_ctx *ctx;
    if (kn_ctx_create(&ctx, KN_OMP) == KN_OK) {
        snprintf(other_names[n_others], sizeof other_names[0], "omp, %s threads, %s", threads, schedule);
        others[n_others++] = ctx;
    }
    unsetenv("KERNELS_NUM_THREADS");
    unsetenv("KERNELS_SCHEDULE");
}

/* LLVM's libomp does not free the team of an earlier, different size
 * before exit, which LeakSanitizer would report as this target's leak. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) { return "leak:libomp.so\n"; }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    if (kn_ctx_create(&scalar, KN_SCALAR) != KN_OK) abort();
    kn_ctx *ctx;
    if (kn_ctx_create(&ctx, KN_SIMD) == KN_OK) {
        snprintf(other_names[n_others], sizeof other_names[0], "simd");
        others[n_others++] = ctx;
    }
    add_omp("1", "dynamic");
    add_omp("2", "static");
    add_omp("3", "guided,2");
    add_omp("7", "dynamic,1");
    add_omp("2", "static,3");
    return 0;
}

static void check(const int32_t *want, const int32_t *got, size_t n, size_t guard_at, const char *ctx_name,
                  const char *what)
{
    for (size_t k = 0; k < n; k++)
        if (got[k] != want[k]) {
            fprintf(stderr, "%s: %s, count %zu: %d, scalar %d\n", ctx_name, what, k, (int)got[k], (int)want[k]);
            abort();
        }
    if (got[guard_at] != -7) {
        fprintf(stderr, "%s: %s wrote past its %zu counts\n", ctx_name, what, n);
        abort();
    }
}

static void fuzz_grid(bytes *b)
{
    static int32_t want[MAX_SIDE * MAX_SIDE + 1], got[MAX_SIDE * MAX_SIDE + 1];
    kn_julia_params p;
    p.width = 1 + (int32_t)(take16(b) % MAX_SIDE);
    p.height = 1 + (int32_t)(take16(b) % MAX_SIDE);
    p.max_iter = max_iter_of(b);
    p.x_min = coord(b);
    p.x_max = p.x_min + 1e-3 + fabs(coord(b));
    p.y_min = coord(b);
    p.y_max = p.y_min + 1e-3 + fabs(coord(b));
    p.c_re = coord(b);
    p.c_im = coord(b);
    size_t n = (size_t)p.width * (size_t)p.height;
    char what[160];
    snprintf(what, sizeof what, "grid %dx%d max_iter %d box [%a, %a]x[%a, %a] c (%a, %a)", (int)p.width,
             (int)p.height, (int)p.max_iter, p.x_min, p.x_max, p.y_min, p.y_max, p.c_re, p.c_im);
    if (kn_julia(scalar, &p, want) != KN_OK) abort();
    for (size_t c = 0; c < n_others; c++) {
        memset(got, 0xa5, n * sizeof *got);
        got[n] = -7;
        if (kn_julia(others[c], &p, got) != KN_OK) abort();
        check(want, got, n, n, other_names[c], what);
    }
}

static void fuzz_points(bytes *b)
{
    static double zr[MAX_POINTS], zi[MAX_POINTS], cr[MAX_POINTS], ci[MAX_POINTS];
    static int32_t want[MAX_POINTS + 1], got[MAX_POINTS + 1];
    size_t n = 1 + take16(b) % MAX_POINTS;
    int32_t max_iter = max_iter_of(b);
    /* Either one c for all (as a grid has) or a c per point. */
    int shared_c = take(b) & 1;
    for (size_t k = 0; k < n; k++) {
        zr[k] = point_coord(b);
        zi[k] = point_coord(b);
        if (!shared_c || k == 0) cr[k] = point_coord(b), ci[k] = point_coord(b);
        else cr[k] = cr[0], ci[k] = ci[0];
    }
    char what[64];
    snprintf(what, sizeof what, "%zu points, max_iter %d", n, (int)max_iter);
    if (kn_julia_points(scalar, n, zr, zi, cr, ci, max_iter, want) != KN_OK) abort();
    for (size_t c = 0; c < n_others; c++) {
        memset(got, 0xa5, n * sizeof *got);
        got[n] = -7;
        if (kn_julia_points(others[c], n, zr, zi, cr, ci, max_iter, got) != KN_OK) abort();
        check(want, got, n, n, other_names[c], what);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bytes b = {data, size};
    if (take(&b) & 1) fuzz_points(&b);
    else fuzz_grid(&b);
    return 0;
}
