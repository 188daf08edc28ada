/* The building blocks for distributed use (kernels.h, "Pieces of a
 * distributed array", kn_julia_rows, kn_firewall_first_safe_delay_window):
 * an array cut into pieces anywhere (empty pieces, cuts on, next to and
 * far from block boundaries) gives, through the pieces' sums and the three
 * scan steps, the bits of the single-process call on the whole array; a
 * grid cut into bands of rows and delays cut into windows give kn_julia's
 * counts and kn_firewall_first_safe_delay's answer. */
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

static const size_t sizes[] = {0, 1, 2, 1023, 1024, 1025, 2047, 2048, 2049, 4096, 5000, 70001, 300001};
enum { MAXN = 300001, MAX_PIECES = 12, SPLITS = 6 };

static double *x, *y, *want, *got, *totals;
static kn_sum_piece *pieces;

/* Cut points 0 = cut[0] <= ... <= cut[count] = n: random, some on a block
 * boundary or one element off it, some repeated (empty pieces). */
static size_t cut(size_t n, uint64_t *seed, size_t *cuts)
{
    size_t count = 1 + (size_t)kt_rand_i64(seed, 0, MAX_PIECES - 1);
    cuts[0] = 0;
    for (size_t i = 1; i < count; i++) {
        size_t c = (size_t)kt_rand_i64(seed, 0, (int64_t)n);
        int64_t snap = kt_rand_i64(seed, 0, 3);
        if (snap == 1) c = c / 1024 * 1024;
        if (snap == 2 && c > 0) c = c / 1024 * 1024 - (c >= 1024);
        cuts[i] = c;
    }
    cuts[count] = n;
    for (size_t i = 1; i < count; i++)
        for (size_t j = i; j > 1 && cuts[j - 1] > cuts[j]; j--) {
            size_t t = cuts[j];
            cuts[j] = cuts[j - 1], cuts[j - 1] = t;
        }
    return count;
}

static double whole_sum(kn_ctx *ctx, kn_sum_kind kind, size_t n)
{
    double r;
    kt_ok(kind == KN_SUM_SQUARES  ? kn_norm_square_f64(ctx, x, n, &r)
          : kind == KN_SUM_VALUES ? kn_sum_f64(ctx, x, n, &r)
                                  : kn_dot_f64(ctx, x, y, n, &r));
    return r;
}

/* The nodes route (what kernels_mpi does): every piece's nodes, and one
 * node per shared block from kn_sum_f64 of its concatenated terms. */
static double nodes_route(kn_ctx *ctx, const kn_sum_piece *p, size_t count, size_t n)
{
    kn_sum_node *nodes = kt_xmalloc((count * (KN_SUM_NODES_MAX + 1)) * sizeof *nodes);
    double *terms = kt_xmalloc(KN_SUM_BLOCK * sizeof *terms);
    size_t m = 0, len = 0;
    for (size_t i = 0; i < count; i++) {
        if (p[i].n_head) {
            memcpy(terms + len, p[i].head, p[i].n_head * sizeof *terms);
            len += p[i].n_head;
            uint64_t start = p[i].head_block * KN_SUM_BLOCK;
            if (len == (n - start < KN_SUM_BLOCK ? n - start : KN_SUM_BLOCK)) {
                nodes[m] = (kn_sum_node){p[i].head_block, 0, 0.0};
                kt_ok(kn_sum_f64(ctx, terms, len, &nodes[m++].total));
            }
        }
        memcpy(nodes + m, p[i].nodes, p[i].n_nodes * sizeof *nodes);
        m += p[i].n_nodes;
        if (p[i].n_tail) {
            memcpy(terms, p[i].tail, p[i].n_tail * sizeof *terms);
            len = p[i].n_tail;
            uint64_t start = p[i].tail_block * KN_SUM_BLOCK;
            if (len == (n - start < KN_SUM_BLOCK ? n - start : KN_SUM_BLOCK)) {
                nodes[m] = (kn_sum_node){p[i].tail_block, 0, 0.0};
                kt_ok(kn_sum_f64(ctx, terms, len, &nodes[m++].total));
            }
        }
    }
    double r;
    kt_ok(kn_sum_nodes_combine(nodes, m, n, &r));
    free(nodes), free(terms);
    return r;
}

static void check_sums(kn_ctx *ctx, size_t n, const size_t *cuts, size_t count)
{
    for (kn_sum_kind kind = KN_SUM_SQUARES; kind <= KN_SUM_PRODUCTS; kind++) {
        for (size_t i = 0; i < count; i++)
            kt_ok(kn_sum_piece_f64(ctx, kind, x + cuts[i], y + cuts[i], cuts[i + 1] - cuts[i], cuts[i], n,
                                   &pieces[i]));
        double r, w = whole_sum(ctx, kind, n);
        kt_ok(kn_sum_pieces_combine(pieces, count, &r));
        kt_assert_f64_bits(r, w, "kn_sum_pieces_combine");
        kt_assert_f64_bits(nodes_route(ctx, pieces, count, n), w, "kn_sum_nodes_combine");
    }
}

static void check_scans(kn_ctx *ctx, size_t n, const size_t *cuts, size_t count)
{
    for (kn_scan_kind kind = KN_SUFFIX_SUMS; kind <= KN_PREFIX_SUMS; kind++) {
        kt_ok(kind == KN_PREFIX_SUMS ? kn_prefix_sums_f64(ctx, x, n, want) : kn_suffix_sums_f64(ctx, x, n, want));
        kn_scan_state s = {0.0, 0.0, 0.0};
        memset(got, 0, n * sizeof *got);
        for (size_t j = 0; j < count; j++) {
            size_t i = kind == KN_PREFIX_SUMS ? j : count - 1 - j;
            size_t lo = cuts[i], len = cuts[i + 1] - lo;
            assert_true(kn_scan_piece_blocks(lo, len) <= n / 1024 + 2);
            kt_ok(kn_scan_piece_totals_f64(ctx, kind, x + lo, len, lo, totals));
            kt_ok(kn_scan_piece_link_f64(kind, x + lo, len, lo, totals, &s, &s));
            /* In place on odd pieces. */
            double *out = i % 2 ? got + lo : memcpy(got + lo, x + lo, len * sizeof *got);
            kt_ok(kn_scan_piece_f64(ctx, kind, i % 2 ? x + lo : out, len, lo, totals, out));
        }
        kt_assert_f64_identical(got, want, n, kind == KN_PREFIX_SUMS ? "prefix pieces" : "suffix pieces");
    }
}

static void test_any_cutting(void **state)
{
    (void)state;
    static const kn_backend cpu[] = {KN_SCALAR, KN_SIMD, KN_OMP};
    uint64_t seed = 42;
    size_t cuts[MAX_PIECES + 1];
    for (size_t b = 0; b < sizeof cpu / sizeof *cpu; b++) {
        kn_ctx *ctx;
        if (!kn_backend_available(cpu[b])) continue;
        kt_ok(kn_ctx_create(&ctx, cpu[b]));
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++)
            for (int split = 0; split < SPLITS; split++) {
                size_t count = cut(sizes[s], &seed, cuts);
                check_sums(ctx, sizes[s], cuts, count);
                check_scans(ctx, sizes[s], cuts, count);
            }
        kn_ctx_destroy(ctx);
    }
}

static void test_errors(void **state)
{
    (void)state;
    double r = 7.0;
    kn_sum_node nodes[2] = {{0, 1, 1.0}, {2, 0, 1.0}};
    kt_expect_error(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, 10, 5, 14, pieces), KN_ERR_INVALID_ARG,
                    "kn_sum_piece_f64: the piece [5, 5 + 10) passes n_global (14)");
    kt_expect_error(kn_sum_piece_f64(NULL, KN_SUM_PRODUCTS, x, NULL, 10, 0, 14, pieces), KN_ERR_INVALID_ARG,
                    "kn_sum_piece_f64: y is NULL");
    kt_expect_error(kn_sum_piece_f64(NULL, (kn_sum_kind)3, x, NULL, 10, 0, 14, pieces), KN_ERR_INVALID_ARG,
                    "kn_sum_piece_f64: kind (3) is not a kn_sum_kind");
    kt_ok(kn_sum_nodes_combine(nodes, 2, 3 * 2048, &r));
    kt_assert_f64_bits(r, 2.0, "two nodes");
    nodes[1].block = 3;
    kt_expect_error(kn_sum_nodes_combine(nodes, 2, 4 * 2048, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_nodes_combine: node 1 starts at block 3, expected block 2");
    nodes[0].block = 1;
    kt_expect_error(kn_sum_nodes_combine(nodes, 1, 4 * 2048, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_nodes_combine: node 0 (block 1, level 1) is not aligned to its size");
    nodes[0].block = 0;
    kt_expect_error(kn_sum_nodes_combine(nodes, 1, 4 * 2048, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_nodes_combine: the nodes stop at block 2 of 4");
    kt_expect_error(kn_sum_nodes_combine(nodes, 1, 2048, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_nodes_combine: node 0 (blocks 0 to 1) passes the last block 0");
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, 10, 0, 20, &pieces[0]));
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, 9, 11, 20, &pieces[1]));
    kt_expect_error(kn_sum_pieces_combine(pieces, 2, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 1 starts at element 11, not where piece 0 ends (10)");
    kt_expect_error(kn_sum_pieces_combine(pieces + 1, 1, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 0 starts at element 11, not 0");
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, 10, 10, 30, &pieces[1]));
    kt_expect_error(kn_sum_pieces_combine(pieces, 2, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 1 is of an array of 30 elements, piece 0 of 20");
    kt_expect_error(kn_scan_piece_link_f64(KN_PREFIX_SUMS, x, 4, 0, totals, NULL, NULL), KN_ERR_INVALID_ARG,
                    "kn_scan_piece_link_f64: in is NULL");
    kt_expect_error(kn_scan_piece_f64(NULL, KN_PREFIX_SUMS, x, 10, 0, totals, x + 1), KN_ERR_INVALID_ARG,
                    "kn_scan_piece_f64: x and out overlap without being the same array");
    kt_expect_error(kn_scan_piece_totals_f64(NULL, (kn_scan_kind)2, x, 10, 0, totals), KN_ERR_INVALID_ARG,
                    "kn_scan_piece_totals_f64: kind (2) is not a kn_scan_kind");
    kt_expect_error(kn_set_last_error(KN_ERR_LIMIT, "layer: said"), KN_ERR_LIMIT, "layer: said");
}

/* Pieces travel as bytes (Dask): kn_sum_pieces_combine must check every
 * count and block against the piece's elements before reading or pushing. */
static void test_forged_pieces(void **state)
{
    (void)state;
    double r = 7.0;
    kn_sum_piece *p = &pieces[0];
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, 4096, 0, 4096, p));
    p->n_tail = 100000;
    kt_expect_error(kn_sum_pieces_combine(p, 1, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 0's tail (100000 terms of block 0) is not 0 terms of block 0");
    p->n_tail = 0, p->n_head = 1;
    kt_expect_error(kn_sum_pieces_combine(p, 1, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 0's head (1 terms of block 0) is not 0 terms of block 0");
    p->n_head = 0, p->n_nodes = 100;
    for (uint32_t k = 0; k < 100; k++) p->nodes[k] = (kn_sum_node){0, k, 1.0};
    kt_expect_error(kn_sum_pieces_combine(p, 1, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 0 has 100 nodes, its elements make 1");
    p->n_nodes = 200;
    kt_expect_error(kn_sum_pieces_combine(p, 1, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 0 has 200 nodes, its elements make 1");
    p->n_nodes = 0;
    kt_expect_error(kn_sum_pieces_combine(p, 1, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 0 has 0 nodes, its elements make 1");
    p->n_nodes = 1;
    kt_expect_error(kn_sum_pieces_combine(p, 1, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 0's node 0 (block 0, level 0) is not block 0, level 1");
    /* A piece inside a block: its head must be the block's part it holds. */
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, 10, 0, 20, &pieces[0]));
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x + 10, NULL, 10, 10, 20, &pieces[1]));
    pieces[1].n_head = 2047;
    kt_expect_error(kn_sum_pieces_combine(pieces, 2, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 1's head (2047 terms of block 0) is not 10 terms of block 0");
    pieces[1].n_head = 10, pieces[1].head_block = 1;
    kt_expect_error(kn_sum_pieces_combine(pieces, 2, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_pieces_combine: piece 1's head (10 terms of block 1) is not 10 terms of block 0");
    pieces[1].head_block = 0;
    kt_ok(kn_sum_pieces_combine(pieces, 2, &r));
    assert_true(r == whole_sum(NULL, KN_SUM_VALUES, 20));
}

/* Pieces at the end of an array of UINT64_MAX elements: the block bounds
 * must not wrap past 2^64. */
static void test_near_2_64(void **state)
{
    (void)state;
    double r = 7.0;
    kn_sum_piece *p = &pieces[0];
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, 10, UINT64_MAX - 10, UINT64_MAX, p));
    assert_int_equal(p->n_head, 10);
    assert_int_equal(p->head_block, UINT64_MAX / KN_SUM_BLOCK);
    assert_int_equal(p->n_nodes, 0);
    assert_int_equal(p->n_tail, 0);
    kt_assert_f64_bits(p->head[9], x[9], "the last head term");
    /* The last four blocks, the array's last one short: one node. */
    const uint64_t lo = (UINT64_MAX / KN_SUM_BLOCK - 3) * KN_SUM_BLOCK;
    kt_ok(kn_sum_piece_f64(NULL, KN_SUM_VALUES, x, NULL, (size_t)(UINT64_MAX - lo), lo, UINT64_MAX, p));
    assert_int_equal(p->n_head, 0);
    assert_int_equal(p->n_tail, 0);
    assert_int_equal(p->n_nodes, 1);
    assert_int_equal(p->nodes[0].block, lo / KN_SUM_BLOCK);
    assert_int_equal(p->nodes[0].level, 2);
    double w;
    kt_ok(kn_sum_f64(NULL, x, 4 * KN_SUM_BLOCK - 1, &w));
    kt_assert_f64_bits(p->nodes[0].total, w, "the last four blocks");
    kt_expect_error(kn_sum_nodes_combine(NULL, 0, UINT64_MAX, &r), KN_ERR_INVALID_ARG,
                    "kn_sum_nodes_combine: the nodes stop at block 0 of 9007199254740992");
}

/* kn_julia_rows: a grid cut into bands of rows anywhere is kn_julia's. */
static void test_julia_rows(void **state)
{
    (void)state;
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 301, 97, 150};
    size_t points = (size_t)p.width * (size_t)p.height;
    int32_t *want = kt_xmalloc(points * sizeof *want), *got = kt_xmalloc(points * sizeof *got);
    KT_FOR_EACH_BACKEND(it)
    {
        kt_ok(kn_julia(it.ctx, &p, want));
        memset(got, 0xff, points * sizeof *got);
        static const int32_t cuts[] = {0, 1, 2, 40, 41, 96, 97};
        for (size_t c = 0; c + 1 < sizeof cuts / sizeof *cuts; c++)
            kt_ok(kn_julia_rows(it.ctx, &p, cuts[c], cuts[c + 1], got + (size_t)cuts[c] * (size_t)p.width));
        kt_assert_i32_identical(got, want, points, "rows in bands");
    }
    kt_ok(kn_julia_rows(NULL, &p, 5, 5, NULL));
    kt_expect_error(kn_julia_rows(NULL, &p, 5, 98, got), KN_ERR_INVALID_ARG,
                    "kn_julia_rows: rows [5, 98) are not within the grid's 97 rows");
    kt_expect_error(kn_julia_rows(NULL, &p, 6, 5, got), KN_ERR_INVALID_ARG,
                    "kn_julia_rows: rows [6, 5) are not within the grid's 97 rows");
    kt_expect_error(kn_julia_rows(NULL, &p, 0, 5, NULL), KN_ERR_INVALID_ARG, "kn_julia_rows: counts is NULL");
    p.height = 0;
    kt_expect_error(kn_julia_rows(NULL, &p, 0, 0, got), KN_ERR_INVALID_ARG,
                    "kn_julia_rows: p->height must be at least 1 (got 0)");
    free(want), free(got);
}

/* kn_firewall_first_safe_delay_window: windows searched in increasing
 * order, cut anywhere (inside a wheel turn too), stop at the first safe
 * delay with its value. */
static void test_firewall_window(void **state)
{
    (void)state;
    static const kn_layer far[] = {
        {1, 3},   {3, 2},   {5, 4},   {6, 4},   {9, 3},   {10, 3},  {12, 6},  {15, 4},  {16, 6},
        {17, 7},  {18, 6},  {23, 6},  {25, 6},  {26, 7},  {28, 8},  {30, 8},  {32, 8},  {34, 7},
        {38, 8},  {40, 9},  {41, 9},  {42, 12}, {43, 11}, {44, 11}, {48, 12}, {49, 11}, {52, 13},
        {53, 11}, {59, 13}, {60, 15}, {61, 14}, {65, 13}, {68, 15}, {69, 14}, {70, 14}, {72, 15},
        {73, 14}, {75, 15}, {76, 16}, {77, 16}, {80, 16}, {85, 18}, {86, 17}, {88, 19}};
    const size_t n = sizeof far / sizeof *far;
    KT_FOR_EACH_BACKEND(it)
    {
        int64_t want, got = -1;
        kt_ok(kn_firewall_first_safe_delay(it.ctx, far, n, INT64_MAX, &want));
        assert_int_equal(want, 2960);
        static const int64_t widths[] = {1, 7, 100, 1000, 2960, 5000};
        for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
            int64_t from = 0;
            kn_status st;
            while ((st = kn_firewall_first_safe_delay_window(it.ctx, far, n, from, from + widths[w] - 1, &got)) ==
                       KN_ERR_NOT_FOUND &&
                   from < 10000)
                from += widths[w];
            kt_ok(st);
            kt_assert_i64_eq(got, want);
        }
        kt_ok(kn_firewall_first_safe_delay_window(it.ctx, far, n, 2960, 2960, &got));
        kt_assert_i64_eq(got, 2960);
        kt_expect_error(kn_firewall_first_safe_delay_window(it.ctx, far, n, 2000, 2959, &got), KN_ERR_NOT_FOUND,
                        "kn_firewall_first_safe_delay_window: every delay in [2000, 2959] is caught");
    }
    int64_t got = -1;
    kt_ok(kn_firewall_first_safe_delay_window(NULL, NULL, 0, 17, 20, &got));
    kt_assert_i64_eq(got, 17);
    kt_expect_error(kn_firewall_first_safe_delay_window(NULL, far, n, -1, 20, &got), KN_ERR_INVALID_ARG,
                    "kn_firewall_first_safe_delay_window: from must be non-negative (got -1)");
    kt_expect_error(kn_firewall_first_safe_delay_window(NULL, far, n, 0, 20, NULL), KN_ERR_INVALID_ARG,
                    "kn_firewall_first_safe_delay_window: delay is NULL");
}

static int setup(void **state)
{
    (void)state;
    x = kt_xmalloc(MAXN * sizeof *x);
    y = kt_xmalloc(MAXN * sizeof *y);
    want = kt_xmalloc(MAXN * sizeof *want);
    got = kt_xmalloc(MAXN * sizeof *got);
    totals = kt_xmalloc((MAXN / 1024 + 2) * sizeof *totals);
    pieces = kt_xmalloc(MAX_PIECES * sizeof *pieces);
    kt_fill_f64_mixed(x, MAXN, 21, -20, 20, 1);
    kt_fill_f64_mixed(y, MAXN, 22, -20, 20, 1);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(x), free(y), free(want), free(got), free(totals), free(pieces);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_any_cutting),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_forged_pieces),
        cmocka_unit_test(test_near_2_64),
        cmocka_unit_test(test_julia_rows),
        cmocka_unit_test(test_firewall_window),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
