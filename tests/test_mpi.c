/* kernels_mpi under mpirun -np 1..4: every result on every rank is
 * memcmp-identical to the single-process call on the concatenated array,
 * for many cuttings (empty parts, uneven parts, cuts on, next to and far
 * from block boundaries) and array lengths around the block sizes; a rank
 * passing a bad argument makes every rank return the same error at once.
 *
 * A plain C program rather than cmocka: a cmocka assertion leaves the test
 * on the failing rank only, and the other ranks would then wait in a
 * collective for ever. Here every rank records its mismatches, runs every
 * case, and the ranks agree on the exit status at the end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kernels_mpi.h"

static int rank, size, failures;

#define CHECK(cond, ...)                                                      \
    do {                                                                      \
        if (!(cond)) {                                                        \
            failures++;                                                       \
            fprintf(stderr, "rank %d, %s:%d: ", rank, __FILE__, __LINE__);    \
            fprintf(stderr, __VA_ARGS__);                                     \
            fputc('\n', stderr);                                              \
        }                                                                     \
    } while (0)

static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* +-m * 2^e, m in [1, 2), e in [-20, 20]: any other order gives other bits. */
static void fill(double *x, size_t n, uint64_t seed)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t r = splitmix64(&seed);
        double m = 1.0 + (double)(r >> 11) / 9007199254740992.0;
        int e = (int)(splitmix64(&seed) % 41) - 20;
        x[i] = (r & 1 ? -m : m) * (double)((uint64_t)1 << (e + 20)) / 1048576.0;
    }
}

static const size_t sizes[] = {0, 1, 2, 1023, 1024, 1025, 2047, 2048, 2049, 4097, 6144, 70001, 300001};
enum { MAXN = 300001, SPLITS = 8 };

/* Cut points of [0, n) into `size` parts, the same on every rank: random,
 * snapped to a block boundary or one element off it, repeated (empty
 * parts), or all on the last rank (split 0) or the first (split 1). */
static void cut(size_t n, int split, uint64_t *seed, size_t *offset)
{
    offset[0] = 0, offset[size] = n;
    for (int r = 1; r < size; r++) {
        size_t c = n ? (size_t)(splitmix64(seed) % (n + 1)) : 0;
        switch (splitmix64(seed) % 4) {
        case 1: c = c / 1024 * 1024; break;
        case 2: c = c >= 1024 ? c / 1024 * 1024 - 1 : c; break;
        default: break;
        }
        offset[r] = split == 0 ? 0 : split == 1 ? n : c;
    }
    for (int r = 2; r < size; r++)
        for (int j = r; j > 1 && offset[j - 1] > offset[j]; j--) {
            size_t t = offset[j];
            offset[j] = offset[j - 1], offset[j - 1] = t;
        }
}

static int same(double a, double b) { return memcmp(&a, &b, sizeof a) == 0; }

static void check_reductions(kn_ctx *ctx, kn_ctx *ref, const double *x, const double *y, size_t n, const size_t *offset)
{
    size_t lo = offset[rank], len = offset[rank + 1] - lo;
    double want, got = -1.0;
    kn_norm_square_f64(ref, x, n, &want);
    CHECK(kn_mpi_norm_square_f64(ctx, MPI_COMM_WORLD, x + lo, len, &got) == KN_OK && same(got, want),
          "norm_square n=%zu part [%zu, %zu): %a, want %a (%s)", n, lo, lo + len, got, want, kn_last_error());
    kn_sum_f64(ref, x, n, &want);
    CHECK(kn_mpi_sum_f64(ctx, MPI_COMM_WORLD, x + lo, len, &got) == KN_OK && same(got, want),
          "sum n=%zu part [%zu, %zu): %a, want %a (%s)", n, lo, lo + len, got, want, kn_last_error());
    kn_dot_f64(ref, x, y, n, &want);
    CHECK(kn_mpi_dot_f64(ctx, MPI_COMM_WORLD, x + lo, y + lo, len, &got) == KN_OK && same(got, want),
          "dot n=%zu part [%zu, %zu): %a, want %a (%s)", n, lo, lo + len, got, want, kn_last_error());
}

static void check_scans(kn_ctx *ctx, kn_ctx *ref, const double *x, size_t n, const size_t *offset, double *want,
                        double *got)
{
    size_t lo = offset[rank], len = offset[rank + 1] - lo;
    for (int prefix = 0; prefix < 2; prefix++) {
        (prefix ? kn_prefix_sums_f64 : kn_suffix_sums_f64)(ref, x, n, want);
        kn_status st = (prefix ? kn_mpi_prefix_sums_f64 : kn_mpi_suffix_sums_f64)(ctx, MPI_COMM_WORLD, x + lo, len,
                                                                                   got);
        CHECK(st == KN_OK && memcmp(got, want + lo, len * sizeof *got) == 0, "%s n=%zu part [%zu, %zu): %s",
              prefix ? "prefix" : "suffix", n, lo, lo + len, st ? kn_last_error() : "bits differ");
        /* In place. */
        memcpy(got, x + lo, len * sizeof *got);
        st = (prefix ? kn_mpi_prefix_sums_f64 : kn_mpi_suffix_sums_f64)(ctx, MPI_COMM_WORLD, got, len, got);
        CHECK(st == KN_OK && memcmp(got, want + lo, len * sizeof *got) == 0, "in-place %s n=%zu part [%zu, %zu): %s",
              prefix ? "prefix" : "suffix", n, lo, lo + len, st ? kn_last_error() : "bits differ");
    }
}

static void check_julia(kn_ctx *ctx, kn_ctx *ref)
{
    static const kn_julia_params grids[] = {
        {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 97, 53, 120},
        {-1.5, 1.5, -1.0, 1.0, -0.8, 0.156, 1, 1, 50},
        {-1.5, 1.5, -1.0, 1.0, -0.8, 0.156, 5000, 3, 40},
        {-1.5, 1.5, -1.0, 1.0, 0.285, 0.01, 64, 700, 200},
    };
    for (size_t g = 0; g < sizeof grids / sizeof *grids; g++)
        for (int root = 0; root < size; root += size > 1 ? size - 1 : 1) {
            const kn_julia_params *p = &grids[g];
            size_t points = (size_t)p->width * (size_t)p->height;
            int32_t *want = malloc(points * sizeof *want), *got = malloc(points * sizeof *got);
            kn_julia(ref, p, want);
            memset(got, 0xff, points * sizeof *got);
            kn_status st = kn_mpi_julia(ctx, MPI_COMM_WORLD, p, root, rank == root ? got : NULL);
            CHECK(st == KN_OK, "julia %dx%d root %d: %s", p->width, p->height, root, kn_last_error());
            if (rank == root)
                CHECK(memcmp(got, want, points * sizeof *got) == 0, "julia %dx%d root %d: counts differ", p->width,
                      p->height, root);
            free(want), free(got);
        }
}

/* Layers with small ranges: the first safe delay is far, so the ranks go
 * through several rounds of windows. */
static void check_firewall(kn_ctx *ctx, kn_ctx *ref)
{
    kn_layer small[] = {{0, 3}, {1, 2}, {4, 4}, {6, 4}}, none[] = {{0, 3}, {3, 1}};
    /* First safe delay 2960: several rounds of windows on 1 or 2 ranks. */
    kn_layer far[] = {{1, 3},   {3, 2},   {5, 4},   {6, 4},   {9, 3},   {10, 3},  {12, 6},  {15, 4},  {16, 6},
                      {17, 7},  {18, 6},  {23, 6},  {25, 6},  {26, 7},  {28, 8},  {30, 8},  {32, 8},  {34, 7},
                      {38, 8},  {40, 9},  {41, 9},  {42, 12}, {43, 11}, {44, 11}, {48, 12}, {49, 11}, {52, 13},
                      {53, 11}, {59, 13}, {60, 15}, {61, 14}, {65, 13}, {68, 15}, {69, 14}, {70, 14}, {72, 15},
                      {73, 14}, {75, 15}, {76, 16}, {77, 16}, {80, 16}, {85, 18}, {86, 17}, {88, 19}};
    struct {
        const kn_layer *l;
        size_t n;
        int64_t max_delay;
    } cases[] = {{small, 4, 1000}, {small, 4, 9}, {far, 44, INT64_MAX}, {far, 44, 2959}, {far, 44, 2960}, {none, 2, INT64_MAX},
                 {NULL, 0, 5}};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        int64_t want = -1, got = -1;
        kn_status ws = kn_firewall_first_safe_delay(ref, cases[c].l, cases[c].n, cases[c].max_delay, &want);
        kn_status gs = kn_mpi_firewall_first_safe_delay(ctx, MPI_COMM_WORLD, cases[c].l, cases[c].n,
                                                        cases[c].max_delay, &got);
        CHECK(gs == ws && got == want, "firewall case %zu: %s %lld, want %s %lld (%s)", c, kn_status_str(gs),
              (long long)got, kn_status_str(ws), (long long)want, kn_last_error());
        if (rank == 0 && c == 2) printf("firewall: first safe delay %lld on every rank\n", (long long)got);
    }
}

/* Each rank runs its own backend: the bits must not depend on it. */
static kn_ctx *rank_ctx(void)
{
    static const kn_backend order[] = {KN_OMP, KN_SIMD, KN_SCALAR};
    kn_ctx *ctx = NULL;
    for (int k = 0; k < 3 && !ctx; k++) {
        kn_backend b = order[(rank + k) % 3];
        if (kn_backend_available(b) && kn_ctx_create(&ctx, b) != KN_OK) ctx = NULL;
    }
    return ctx;
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void expect_error(kn_status st, kn_status want, const char *msg, const char *what)
{
    CHECK(st == want && strcmp(kn_last_error(), msg) == 0, "%s: got %s \"%s\", want %s \"%s\"", what,
          kn_status_str(st), kn_last_error(), kn_status_str(want), msg);
}

/* The last rank passes a bad argument; every rank must return its error. */
static void check_errors(kn_ctx *ctx, const double *x)
{
    int bad = size - 1;
    char msg[256];
    double out = 7.0, buf[16];
    double t0 = seconds();
    snprintf(msg, sizeof msg, "kn_mpi_sum_f64: rank %d: x is NULL", bad);
    expect_error(kn_mpi_sum_f64(ctx, MPI_COMM_WORLD, rank == bad ? NULL : x, 10, &out), KN_ERR_INVALID_ARG, msg,
                 "sum with a NULL x");
    CHECK(out == 7.0, "a failed reduction wrote its result");
    snprintf(msg, sizeof msg, "kn_mpi_dot_f64: rank %d: y is NULL", bad);
    expect_error(kn_mpi_dot_f64(ctx, MPI_COMM_WORLD, x, rank == bad ? NULL : x, 10, &out), KN_ERR_INVALID_ARG, msg,
                 "dot with a NULL y");
    snprintf(msg, sizeof msg, "kn_mpi_norm_square_f64: rank %d: out is NULL", bad);
    expect_error(kn_mpi_norm_square_f64(ctx, MPI_COMM_WORLD, x, 10, rank == bad ? NULL : &out), KN_ERR_INVALID_ARG,
                 msg, "norm_square with a NULL out");
    for (int i = 0; i < 16; i++) buf[i] = -1.0;
    snprintf(msg, sizeof msg, "kn_mpi_prefix_sums_f64: rank %d: x and out overlap without being the same array",
             bad);
    expect_error(kn_mpi_prefix_sums_f64(ctx, MPI_COMM_WORLD, x, 10, rank == bad ? (double *)x + 1 : buf),
                 KN_ERR_INVALID_ARG, msg, "prefix sums with overlapping x and out");
    CHECK(buf[0] == -1.0, "a failed scan wrote its output");
    snprintf(msg, sizeof msg, "kn_mpi_suffix_sums_f64: rank %d: out is not aligned to 8 bytes", bad);
    expect_error(kn_mpi_suffix_sums_f64(ctx, MPI_COMM_WORLD, x, 10,
                                        rank == bad ? (double *)(void *)((char *)buf + 1) : buf),
                 KN_ERR_INVALID_ARG, msg, "suffix sums with a misaligned out");
    kn_julia_params p = {-1.5, 1.5, -1.0, 1.0, -0.8, 0.156, 40, 30, 50}, q = p;
    q.max_iter = 51;
    int32_t counts[40 * 30];
    snprintf(msg, sizeof msg, "kn_mpi_julia: rank %d: p differs from root's p", bad);
    expect_error(kn_mpi_julia(ctx, MPI_COMM_WORLD, rank == bad && bad > 0 ? &q : &p, 0, counts),
                 bad > 0 ? KN_ERR_INVALID_ARG : KN_OK, bad > 0 ? msg : kn_last_error(), "julia with another p");
    q = p, q.width = 0;
    expect_error(kn_mpi_julia(ctx, MPI_COMM_WORLD, &q, 0, counts), KN_ERR_INVALID_ARG,
                 "kn_mpi_julia: rank 0: kn_julia_rows: p->width must be at least 1 (got 0)", "julia with width 0");
    snprintf(msg, sizeof msg, "kn_mpi_julia: root (%d) is not a rank of comm (size %d)", size, size);
    expect_error(kn_mpi_julia(ctx, MPI_COMM_WORLD, &p, size, counts), KN_ERR_INVALID_ARG, msg, "julia root");
    if (size > 1) {
        /* One rank with another root: every rank must fail before any
         * exchange, instead of waiting for a root that does not send. */
        snprintf(msg, sizeof msg, "kn_mpi_julia: root differs between ranks (from 0 to %d)", size);
        expect_error(kn_mpi_julia(ctx, MPI_COMM_WORLD, &p, rank == bad ? size : 0, counts), KN_ERR_INVALID_ARG, msg,
                     "julia with an invalid root on one rank");
        snprintf(msg, sizeof msg, "kn_mpi_julia: root differs between ranks (from 0 to %d)", bad);
        expect_error(kn_mpi_julia(ctx, MPI_COMM_WORLD, &p, rank == bad ? bad : 0, counts), KN_ERR_INVALID_ARG, msg,
                     "julia with another valid root on one rank");
    }
    snprintf(msg, sizeof msg, "kn_mpi_sum_f64: rank %d: n_local (%zu) is larger than any array of 8-byte elements",
             bad, SIZE_MAX / 8 + 1);
    expect_error(kn_mpi_sum_f64(ctx, MPI_COMM_WORLD, x, rank == bad ? SIZE_MAX / 8 + 1 : 10, &out),
                 KN_ERR_INVALID_ARG, msg, "sum with a too long n_local");
    kn_layer layers[] = {{0, 3}, {1, 2}, {4, 4}, {6, 4}}, other[] = {{0, 3}, {1, 3}};
    int64_t d = -1;
    if (size > 1) {
        /* Ranks searching other problems would return other answers or
         * leave the rounds at different times. */
        snprintf(msg, sizeof msg, "kn_mpi_firewall_first_safe_delay: rank %d: n (4) differs from rank 0's (2)", bad);
        expect_error(kn_mpi_firewall_first_safe_delay(ctx, MPI_COMM_WORLD, layers, rank == bad ? 4 : 2, 100, &d),
                     KN_ERR_INVALID_ARG, msg, "firewall with more layers on one rank");
        snprintf(msg, sizeof msg,
                 "kn_mpi_firewall_first_safe_delay: rank %d: max_delay (5000) differs from rank 0's (100)", bad);
        expect_error(kn_mpi_firewall_first_safe_delay(ctx, MPI_COMM_WORLD, layers, 2, rank == bad ? 5000 : 100, &d),
                     KN_ERR_INVALID_ARG, msg, "firewall with another max_delay on one rank");
        snprintf(msg, sizeof msg, "kn_mpi_firewall_first_safe_delay: rank %d: the layers differ from rank 0's", bad);
        expect_error(kn_mpi_firewall_first_safe_delay(ctx, MPI_COMM_WORLD, rank == bad ? other : layers, 2, 100, &d),
                     KN_ERR_INVALID_ARG, msg, "firewall with other layers on one rank");
        CHECK(d == -1, "a failed firewall search wrote its delay");
    }
    snprintf(msg, sizeof msg, "kn_mpi_firewall_first_safe_delay: rank %d: delay is NULL", bad);
    expect_error(kn_mpi_firewall_first_safe_delay(ctx, MPI_COMM_WORLD, layers, 2, 100, rank == bad ? NULL : &d),
                 KN_ERR_INVALID_ARG, msg, "firewall with a NULL delay");
    snprintf(msg, sizeof msg, "kn_mpi_firewall_first_safe_delay: rank %d: kn_firewall_first_safe_delay_window: l is NULL", bad);
    expect_error(kn_mpi_firewall_first_safe_delay(ctx, MPI_COMM_WORLD, rank == bad ? NULL : layers, 2, 100, &d),
                 KN_ERR_INVALID_ARG, msg, "firewall with NULL layers");
    double elapsed = seconds() - t0;
    if (rank == 0) printf("error cases: every rank returned the failing rank's error in %.3f s\n", elapsed);
    expect_error(kn_mpi_sum_f64(ctx, MPI_COMM_NULL, x, 10, &out), KN_ERR_INVALID_ARG,
                 "kn_mpi_sum_f64: comm is MPI_COMM_NULL", "MPI_COMM_NULL");
}

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    double *x = malloc(MAXN * sizeof *x), *y = malloc(MAXN * sizeof *y);
    double *want = malloc(MAXN * sizeof *want), *got = malloc(MAXN * sizeof *got);
    size_t *offset = malloc(((size_t)size + 1) * sizeof *offset);
    kn_ctx *ctx = rank_ctx(), *ref = NULL;
    if (!x || !y || !want || !got || !offset || !ctx || kn_ctx_create(&ref, KN_SCALAR)) {
        fprintf(stderr, "rank %d: cannot set up\n", rank);
        MPI_Abort(MPI_COMM_WORLD, 1);
    }
    fill(x, MAXN, 31), fill(y, MAXN, 32);
    uint64_t seed = 7;
    int cases = 0;
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++)
        for (int split = 0; split < SPLITS; split++, cases++) {
            cut(sizes[s], split, &seed, offset);
            check_reductions(ctx, ref, x, y, sizes[s], offset);
            check_scans(ctx, ref, x, sizes[s], offset, want, got);
        }
    check_julia(ctx, ref);
    check_firewall(ctx, ref);
    check_errors(ctx, x);
    int all_failures;
    MPI_Allreduce(&failures, &all_failures, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
    if (rank == 0)
        printf("%d ranks, %d cuttings x 5 kernels (+ in place), Julia, firewall: %d mismatches or wrong errors\n",
               size, cases, all_failures);
    kn_ctx_destroy(ctx), kn_ctx_destroy(ref);
    free(x), free(y), free(want), free(got), free(offset);
    MPI_Finalize();
    return all_failures ? 1 : 0;
}
