/* kn_julia and kn_julia_points: golden sum, an independent oracle of the
 * loop kernels.h documents on odd shapes, hand-computed points, and every
 * error path. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goldens.h"
#include "test_util.h"

/* ---- the oracle: kernels.h's loop written out again, independently ---- */

static int32_t oracle_escape(double zr, double zi, double cr, double ci, int32_t max_iter)
{
    int32_t n = 0;
    for (;;) {
        if (n >= max_iter) break;
        double r2 = zr * zr, i2 = zi * zi;
        if (!(r2 + i2 < 4.0)) break;
        double nr = (r2 - i2) + cr;
        double ni = 2.0 * zr * zi + ci;
        zr = nr;
        zi = ni;
        n += 1;
    }
    return n;
}

static void oracle_grid(const kn_julia_params *p, int32_t *counts)
{
    double dx = (p->x_max - p->x_min) / p->width, dy = (p->y_max - p->y_min) / p->height;
    for (int32_t j = 0; j < p->height; j++)
        for (int32_t i = 0; i < p->width; i++) {
            double zr = p->x_min + i * dx, zi = p->y_max - j * dy;
            counts[(size_t)j * (size_t)p->width + (size_t)i] = oracle_escape(zr, zi, p->c_re, p->c_im, p->max_iter);
        }
}

static kn_julia_params golden_params(void)
{
    kn_julia_params p = KN_GOLDEN_JULIA;
    return p;
}

static void run_and_compare(kn_ctx *ctx, const kn_julia_params *p, const char *what)
{
    size_t n = (size_t)p->width * (size_t)p->height;
    /* One guard cell on each side: nothing may be written outside. */
    int32_t *buf = kt_xmalloc((n + 2) * sizeof *buf), *want = kt_xmalloc(n * sizeof *want);
    for (size_t k = 0; k < n + 2; k++) buf[k] = -7;
    oracle_grid(p, want);
    kt_ok(kn_julia(ctx, p, buf + 1));
    kt_assert_i32_identical(buf + 1, want, n, what);
    assert_int_equal(buf[0], -7);
    assert_int_equal(buf[n + 1], -7);
    free(buf);
    free(want);
}

/* ---- golden ------------------------------------------------------------ */

static void test_golden_every_backend(void **state)
{
    (void)state;
    kn_julia_params p = golden_params();
    const size_t points = (size_t)p.width * (size_t)p.height;
    int32_t *counts = kt_xmalloc(points * sizeof *counts);
    int32_t *first = NULL;
    KT_FOR_EACH_BACKEND(it) {
        memset(counts, 0xff, points * sizeof *counts);
        kt_ok(kn_julia(it.ctx, &p, counts));
        int64_t sum = 0;
        for (size_t k = 0; k < points; k++) sum += counts[k];
        kt_assert_i64_eq(sum, KN_GOLDEN_JULIA_SUM);
        if (!first) {
            first = kt_xmalloc(points * sizeof *first);
            memcpy(first, counts, points * sizeof *first);
        } else {
            kt_assert_i32_identical(counts, first, points, "golden grid against the first backend");
        }
    }
    free(first);
    free(counts);
}

/* The oracle itself reproduces the golden sum (it is what everything else is
 * compared with), and every count of the scalar grid equals it. */
static void test_golden_matches_oracle(void **state)
{
    (void)state;
    kn_julia_params p = golden_params();
    const size_t points = (size_t)p.width * (size_t)p.height;
    int32_t *want = kt_xmalloc(points * sizeof *want);
    oracle_grid(&p, want);
    int64_t sum = 0;
    for (size_t k = 0; k < points; k++) sum += want[k];
    kt_assert_i64_eq(sum, KN_GOLDEN_JULIA_SUM);
    free(want);
}

/* ---- shapes ------------------------------------------------------------ */

static void test_shapes_against_oracle(void **state)
{
    (void)state;
    static const struct {
        int32_t w, h, max_iter;
    } shapes[] = {
        {1, 1, 300},  {2, 1, 300},  {1, 2, 300},  {2, 2, 300},  {7, 3, 300},   {3, 7, 300},  {17, 1, 300},
        {1, 33, 300}, {15, 16, 50}, {16, 15, 50}, {31, 33, 80}, {63, 65, 100}, {129, 7, 40}, {257, 3, 200},
        {5, 5, 1},    {9, 9, 2},    {33, 31, 0},
    };
    static const double boxes[][6] = {
        {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193},
        {-2.0, 0.5, -1.25, 1.0, 0.285, 0.01},   /* asymmetric: catches i/j or x/y swaps */
        {0.1, 0.3, -0.7, -0.2, -0.8, 0.156},
    };
    KT_FOR_EACH_BACKEND(it) {
        for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
            for (size_t b = 0; b < sizeof boxes / sizeof boxes[0]; b++) {
                kn_julia_params p = {boxes[b][0], boxes[b][1], boxes[b][2], boxes[b][3], boxes[b][4], boxes[b][5],
                                     shapes[s].w, shapes[s].h, shapes[s].max_iter};
                char what[96];
                snprintf(what, sizeof what, "%dx%d max_iter %d box %zu", (int)p.width, (int)p.height,
                         (int)p.max_iter, b);
                run_and_compare(it.ctx, &p, what);
            }
    }
}

static void test_max_iter_zero_gives_zero(void **state)
{
    (void)state;
    kn_julia_params p = golden_params();
    p.width = 37;
    p.height = 11;
    p.max_iter = 0;
    int32_t counts[37 * 11];
    KT_FOR_EACH_BACKEND(it) {
        for (size_t k = 0; k < 37 * 11; k++) counts[k] = 99;
        kt_ok(kn_julia(it.ctx, &p, counts));
        for (size_t k = 0; k < 37 * 11; k++) assert_int_equal(counts[k], 0);
    }
}

/* Hand-computed: 2x2 on [-1,1]^2, c = 0, max_iter 10. Points (x_min + i*dx,
 * y_max - j*dy): (-1,1) -> z^2 = (0,-2), |z|^2 = 4: count 1; (0,1) -> (-1,0)
 * -> (1,0) -> fixed point: 10; (-1,0) -> (1,0): 10; (0,0): 10. */
static void test_hand_computed_grid(void **state)
{
    (void)state;
    kn_julia_params p = {-1.0, 1.0, -1.0, 1.0, 0.0, 0.0, 2, 2, 10};
    const int32_t want[4] = {1, 10, 10, 10};
    /* 1x1 golden box: the single point is the corner (-1.8, 1.8), |z|^2 = 6.48. */
    kn_julia_params one = golden_params();
    one.width = one.height = 1;
    KT_FOR_EACH_BACKEND(it) {
        int32_t got[4] = {-1, -1, -1, -1};
        kt_ok(kn_julia(it.ctx, &p, got));
        kt_assert_i32_identical(got, want, 4, "2x2 hand-computed grid");
        int32_t c1 = -1;
        kt_ok(kn_julia(it.ctx, &one, &c1));
        assert_int_equal(c1, 0);
    }
}

/* ---- kn_julia_points ---------------------------------------------------- */

static void test_points_hand_computed(void **state)
{
    (void)state;
    /* z, c, max_iter, expected count (worked by hand) */
    static const struct {
        double zr, zi, cr, ci;
        int32_t max_iter, want;
    } cases[] = {
        {0.0, 0.0, 0.0, 0.0, 300, 300},  /* never escapes */
        {2.0, 0.0, 0.0, 0.0, 300, 0},    /* |z|^2 == 4 is not < 4 */
        {0.0, 2.0, 0.0, 0.0, 300, 0},
        {1.9, 0.0, 0.0, 0.0, 300, 1},    /* 3.61 < 4, then 13.03 */
        {0.5, 0.0, 1.0, 0.0, 300, 2},    /* 0.5 -> 1.25 -> 2.5625 */
        {0.5, 0.0, 1.0, 0.0, 1, 1},      /* capped by max_iter */
        {0.5, 0.0, 1.0, 0.0, 0, 0},
        {0.0, 1.0, 0.0, 0.0, 300, 300},  /* i -> -1 -> 1 -> 1 ... */
        {1.0, 1.0, 0.0, 0.0, 300, 1},    /* 2 < 4 -> (0, 2): 4 */
        {-1.0, 0.0, -1.0, 0.0, 300, 300}, /* period-2 cycle -1 -> 0 -> -1 */
        {0.0, 0.0, 0.25, 0.0, 50, 50},   /* cusp of the cardioid: converges slowly to 0.5 */
        {NAN, 0.0, 0.0, 0.0, 300, 0},    /* NaN never satisfies |z|^2 < 4 */
        {0.0, NAN, 0.0, 0.0, 300, 0},
        {INFINITY, 0.0, 0.0, 0.0, 300, 0},
        {-INFINITY, -INFINITY, 0.0, 0.0, 300, 0},
        {0.0, 0.0, NAN, 0.0, 300, 1},    /* |0|^2 < 4 once, then z is NaN */
        {0.0, 0.0, 0.0, INFINITY, 300, 1},
        {1e300, 0.0, 0.0, 0.0, 300, 0},  /* overflow to inf */
    };
    enum { N = sizeof cases / sizeof cases[0] };
    /* Each case alone (n = 1) and all at once, with per-point max_iter
     * equal where the batch needs one max_iter: batch those with 300. */
    KT_FOR_EACH_BACKEND(it) {
        for (size_t k = 0; k < N; k++) {
            int32_t got = -1;
            kt_ok(kn_julia_points(it.ctx, 1, &cases[k].zr, &cases[k].zi, &cases[k].cr, &cases[k].ci,
                                  cases[k].max_iter, &got));
            if (got != cases[k].want) {
                print_error("[%s] case %zu: z = (%g, %g), c = (%g, %g), max_iter %d: got %d, expected %d\n",
                            kt_current_backend(), k, cases[k].zr, cases[k].zi, cases[k].cr, cases[k].ci,
                            (int)cases[k].max_iter, (int)got, (int)cases[k].want);
                fail();
            }
            assert_int_equal(oracle_escape(cases[k].zr, cases[k].zi, cases[k].cr, cases[k].ci, cases[k].max_iter),
                             cases[k].want);
        }
        double zr[N], zi[N], cr[N], ci[N];
        int32_t got[N + 1], want[N];
        size_t m = 0;
        for (size_t k = 0; k < N; k++)
            if (cases[k].max_iter == 300) {
                zr[m] = cases[k].zr, zi[m] = cases[k].zi, cr[m] = cases[k].cr, ci[m] = cases[k].ci;
                want[m++] = cases[k].want;
            }
        got[m] = 12345;
        kt_ok(kn_julia_points(it.ctx, m, zr, zi, cr, ci, 300, got));
        kt_assert_i32_identical(got, want, m, "batched hand-computed points");
        assert_int_equal(got[m], 12345);
    }
}

/* The grid's own points, given to kn_julia_points, give the grid's counts;
 * many sizes so that vector tails and unaligned starts are exercised. */
static void test_points_match_grid(void **state)
{
    (void)state;
    kn_julia_params p = {-1.6, 1.7, -1.3, 1.5, -0.62772, -0.42193, 97, 41, 200};
    size_t n = (size_t)p.width * (size_t)p.height;
    double *zr = kt_xmalloc((n + 3) * sizeof *zr), *zi = kt_xmalloc((n + 3) * sizeof *zi);
    double *cr = kt_xmalloc((n + 3) * sizeof *cr), *ci = kt_xmalloc((n + 3) * sizeof *ci);
    int32_t *grid = kt_xmalloc(n * sizeof *grid), *pts = kt_xmalloc((n + 4) * sizeof *pts);
    double dx = (p.x_max - p.x_min) / p.width, dy = (p.y_max - p.y_min) / p.height;
    for (int32_t j = 0; j < p.height; j++)
        for (int32_t i = 0; i < p.width; i++) {
            size_t k = (size_t)j * (size_t)p.width + (size_t)i + 3; /* +3: unaligned start */
            zr[k] = p.x_min + i * dx;
            zi[k] = p.y_max - j * dy;
            cr[k] = p.c_re;
            ci[k] = p.c_im;
        }
    static const size_t sizes[] = {1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1000, 3977};
    KT_FOR_EACH_BACKEND(it) {
        kt_ok(kn_julia(it.ctx, &p, grid));
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
            size_t m = sizes[s];
            assert_true(m <= n);
            for (size_t k = 0; k < m + 1; k++) pts[k] = -5;
            kt_ok(kn_julia_points(it.ctx, m, zr + 3, zi + 3, cr + 3, ci + 3, p.max_iter, pts));
            kt_assert_i32_identical(pts, grid, m, "points vs grid");
            assert_int_equal(pts[m], -5);
        }
    }
    free(zr), free(zi), free(cr), free(ci), free(grid), free(pts);
}

/* Random points and constants against the oracle (many escape counts). */
static void test_points_random_against_oracle(void **state)
{
    (void)state;
    enum { N = 5001 };
    double *zr = kt_xmalloc(N * sizeof *zr), *zi = kt_xmalloc(N * sizeof *zi);
    double *cr = kt_xmalloc(N * sizeof *cr), *ci = kt_xmalloc(N * sizeof *ci);
    int32_t *got = kt_xmalloc(N * sizeof *got), *want = kt_xmalloc(N * sizeof *want);
    kt_fill_f64(zr, N, 1, -2.0, 2.0);
    kt_fill_f64(zi, N, 2, -2.0, 2.0);
    kt_fill_f64(cr, N, 3, -1.0, 0.5);
    kt_fill_f64(ci, N, 4, -1.0, 1.0);
    for (size_t k = 0; k < N; k++) want[k] = oracle_escape(zr[k], zi[k], cr[k], ci[k], 150);
    KT_FOR_EACH_BACKEND(it) {
        kt_ok(kn_julia_points(it.ctx, N, zr, zi, cr, ci, 150, got));
        kt_assert_i32_identical(got, want, N, "random points");
    }
    free(zr), free(zi), free(cr), free(ci), free(got), free(want);
}

static void test_points_n_zero(void **state)
{
    (void)state;
    KT_FOR_EACH_BACKEND(it) {
        kt_ok(kn_julia_points(it.ctx, 0, NULL, NULL, NULL, NULL, 10, NULL));
        kt_ok(kn_julia_points(it.ctx, 0, NULL, NULL, NULL, NULL, 0, NULL));
    }
}

/* ---- errors ------------------------------------------------------------ */

static void test_errors_null(void **state)
{
    (void)state;
    kn_julia_params p = golden_params();
    int32_t c = 0;
    KT_FOR_EACH_BACKEND(it) {
        kt_expect_error(kn_julia(it.ctx, NULL, &c), KN_ERR_INVALID_ARG, "kn_julia: p is NULL");
        kt_expect_error(kn_julia(it.ctx, &p, NULL), KN_ERR_INVALID_ARG, "kn_julia: counts is NULL");
    }
}

/* Every bad parameter, each alone on a small valid grid whose output must
 * stay untouched. */
static void test_errors_params(void **state)
{
    (void)state;
    static const struct {
        const char *field;
        double v;
        int32_t iv;
        const char *msg;
    } cases[] = {
        {"width", 0, 0, "kn_julia: p->width must be at least 1 (got 0)"},
        {"width", 0, -1, "kn_julia: p->width must be at least 1 (got -1)"},
        {"width", 0, INT32_MIN, "kn_julia: p->width must be at least 1 (got -2147483648)"},
        {"height", 0, 0, "kn_julia: p->height must be at least 1 (got 0)"},
        {"height", 0, -3, "kn_julia: p->height must be at least 1 (got -3)"},
        {"max_iter", 0, -1, "kn_julia: p->max_iter must be non-negative (got -1)"},
        {"max_iter", 0, INT32_MIN, "kn_julia: p->max_iter must be non-negative (got -2147483648)"},
        {"x_min", NAN, 0, "kn_julia: p->x_min must be finite (got nan)"},
        {"x_max", INFINITY, 0, "kn_julia: p->x_max must be finite (got inf)"},
        {"y_min", -INFINITY, 0, "kn_julia: p->y_min must be finite (got -inf)"},
        {"y_max", NAN, 0, "kn_julia: p->y_max must be finite (got nan)"},
        {"c_re", INFINITY, 0, "kn_julia: p->c_re must be finite (got inf)"},
        {"c_im", -NAN, 0, "kn_julia: p->c_im must be finite"},
        {"x_min", 1.8, 0, "kn_julia: p->x_min (1.8) must be less than p->x_max (1.8)"},
        {"x_min", 2.5, 0, "kn_julia: p->x_min (2.5) must be less than p->x_max (1.8)"},
        {"y_max", -1.8, 0, "kn_julia: p->y_min (-1.8) must be less than p->y_max (-1.8)"},
        {"y_max", -2.0, 0, "kn_julia: p->y_min (-1.8) must be less than p->y_max (-2)"},
    };
    KT_FOR_EACH_BACKEND(it) {
        for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
            kn_julia_params p = golden_params();
            p.width = 4;
            p.height = 3;
            const char *f = cases[k].field;
            if (!strcmp(f, "width")) p.width = cases[k].iv;
            else if (!strcmp(f, "height")) p.height = cases[k].iv;
            else if (!strcmp(f, "max_iter")) p.max_iter = cases[k].iv;
            else if (!strcmp(f, "x_min")) p.x_min = cases[k].v;
            else if (!strcmp(f, "x_max")) p.x_max = cases[k].v;
            else if (!strcmp(f, "y_min")) p.y_min = cases[k].v;
            else if (!strcmp(f, "y_max")) p.y_max = cases[k].v;
            else if (!strcmp(f, "c_re")) p.c_re = cases[k].v;
            else if (!strcmp(f, "c_im")) p.c_im = cases[k].v;
            else fail_msg("bad test table entry %zu", k);
            int32_t counts[12];
            for (size_t i = 0; i < 12; i++) counts[i] = 77;
            kt_expect_error(kn_julia(it.ctx, &p, counts), KN_ERR_INVALID_ARG, cases[k].msg);
            for (size_t i = 0; i < 12; i++) assert_int_equal(counts[i], 77);
        }
    }
}

/* width*height*sizeof(int32_t) beyond SIZE_MAX. With a 64-bit size_t even
 * INT32_MAX x INT32_MAX x 4 fits, so the check cannot trigger there. */
static void test_errors_size_overflow(void **state)
{
    (void)state;
#if SIZE_MAX / 4 / INT32_MAX < INT32_MAX
    kn_julia_params p = golden_params();
    p.width = 65536;
    p.height = 16384;
    int32_t c = 0;
    kt_expect_error(kn_julia(NULL, &p, &c), KN_ERR_INVALID_ARG,
                    "kn_julia: p->width * p->height (65536 x 16384) overflows the address space");
#else
    /* Demonstrate why: the largest grid's byte count fits in size_t. */
    assert_true((uint64_t)INT32_MAX * (uint64_t)INT32_MAX <= SIZE_MAX / sizeof(int32_t));
    print_message("SKIP: width*height cannot overflow size_t on this %zu-bit platform\n", sizeof(size_t) * 8);
    skip();
#endif
}

static void test_errors_points(void **state)
{
    (void)state;
    double z = 0.0;
    int32_t c = 5;
    KT_FOR_EACH_BACKEND(it) {
        c = 5;
        kt_expect_error(kn_julia_points(it.ctx, 1, NULL, &z, &z, &z, 10, &c), KN_ERR_INVALID_ARG,
                        "kn_julia_points: z_re is NULL");
        kt_expect_error(kn_julia_points(it.ctx, 1, &z, NULL, &z, &z, 10, &c), KN_ERR_INVALID_ARG,
                        "kn_julia_points: z_im is NULL");
        kt_expect_error(kn_julia_points(it.ctx, 1, &z, &z, NULL, &z, 10, &c), KN_ERR_INVALID_ARG,
                        "kn_julia_points: c_re is NULL");
        kt_expect_error(kn_julia_points(it.ctx, 1, &z, &z, &z, NULL, 10, &c), KN_ERR_INVALID_ARG,
                        "kn_julia_points: c_im is NULL");
        kt_expect_error(kn_julia_points(it.ctx, 1, &z, &z, &z, &z, 10, NULL), KN_ERR_INVALID_ARG,
                        "kn_julia_points: counts is NULL");
        kt_expect_error(kn_julia_points(it.ctx, 1, &z, &z, &z, &z, -1, &c), KN_ERR_INVALID_ARG,
                        "kn_julia_points: max_iter must be non-negative (got -1)");
        kt_expect_error(kn_julia_points(it.ctx, 0, NULL, NULL, NULL, NULL, -5, NULL), KN_ERR_INVALID_ARG,
                        "max_iter must be non-negative (got -5)");
        assert_int_equal(c, 5);
        /* A failed call leaves nothing behind: the next one works. */
        kt_ok(kn_julia_points(it.ctx, 1, &z, &z, &z, &z, 10, &c));
        assert_int_equal(c, 10);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_every_backend),
        cmocka_unit_test(test_golden_matches_oracle),
        cmocka_unit_test(test_shapes_against_oracle),
        cmocka_unit_test(test_max_iter_zero_gives_zero),
        cmocka_unit_test(test_hand_computed_grid),
        cmocka_unit_test(test_points_hand_computed),
        cmocka_unit_test(test_points_match_grid),
        cmocka_unit_test(test_points_random_against_oracle),
        cmocka_unit_test(test_points_n_zero),
        cmocka_unit_test(test_errors_null),
        cmocka_unit_test(test_errors_params),
        cmocka_unit_test(test_errors_size_overflow),
        cmocka_unit_test(test_errors_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
