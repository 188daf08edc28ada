/* Firewall scanning: the parser (every error with its line and column), the
 * example and (run as "test_firewall inputs") the real puzzle inputs (both
 * answers), a brute-force oracle
 * for the first safe delay, values near 2^31 and INT64_MAX, every error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goldens.h"
#include "test_util.h"

#ifndef KERNELS_FIREWALL_DATA
#define KERNELS_FIREWALL_DATA "../shared/data/firewall"
#endif

static const char example_text[] = KN_GOLDEN_FIREWALL_TEXT;

/* ---- oracles ------------------------------------------------------------ */

/* Caught iff (delay + depth) % (2*(range-1)) == 0, in 128-bit arithmetic. */
static int oracle_caught(int64_t delay, int64_t depth, int64_t range)
{
    if (range == 1) return 1;
    unsigned __int128 t = (unsigned __int128)(uint64_t)delay + (uint64_t)depth;
    unsigned __int128 p = (unsigned __int128)2 * ((uint64_t)range - 1);
    return t % p == 0;
}

/* Severity, or -1 when it does not fit int64. */
static int64_t oracle_severity(const kn_layer *l, size_t n, int64_t delay)
{
    __int128 sum = 0;
    for (size_t i = 0; i < n; i++)
        if (oracle_caught(delay, l[i].depth, l[i].range)) {
            sum += (__int128)l[i].depth * l[i].range;
            if (sum > INT64_MAX) return -1;
        }
    return (int64_t)sum;
}

/* The smallest safe delay in [0, limit], or -1. */
static int64_t oracle_first_safe(const kn_layer *l, size_t n, int64_t limit)
{
    for (int64_t d = 0; d <= limit; d++) {
        size_t i = 0;
        while (i < n && !oracle_caught(d, l[i].depth, l[i].range)) i++;
        if (i == n) return d;
    }
    return -1;
}

/* ---- parser ------------------------------------------------------------- */

static void expect_parse(const char *text, const kn_layer *want, size_t nwant)
{
    kn_layer *got = (kn_layer *)&got; /* sentinel: must be overwritten */
    size_t n = 12345;
    kt_ok(kn_firewall_parse(text, &got, &n));
    if (n != nwant) {
        print_error("parsing \"%s\": %zu layers, expected %zu\n", text, n, nwant);
        fail();
    }
    if (nwant == 0) {
        assert_null(got);
        return;
    }
    assert_non_null(got);
    for (size_t i = 0; i < n; i++)
        if (got[i].depth != want[i].depth || got[i].range != want[i].range) {
            print_error("parsing \"%s\": layer %zu is %lld: %lld, expected %lld: %lld\n", text, i,
                        (long long)got[i].depth, (long long)got[i].range, (long long)want[i].depth,
                        (long long)want[i].range);
            fail();
        }
    kn_free(got);
}

static void test_parse_valid(void **state)
{
    (void)state;
    const kn_layer ex[] = KN_GOLDEN_FIREWALL_LAYERS;
    expect_parse(example_text, ex, 4);
    expect_parse("0: 3\n1: 2\n4: 4\n6: 4", ex, 4);                /* no trailing newline */
    expect_parse("0: 3\r\n1: 2\r\n4: 4\r\n6: 4\r\n", ex, 4);      /* CRLF */
    expect_parse("0: 3\r\n1: 2\n4: 4\r\n6: 4", ex, 4);            /* mixed */
    expect_parse("\n\n0: 3\n\n1: 2\n  \n\t\n4: 4\n6: 4\n\n\n", ex, 4); /* blank lines */
    expect_parse("  0:3\n1 :2\n\t4\t:\t4\t\n 6 : 4 \r\n", ex, 4);  /* spaces and tabs */
    expect_parse("0:3\n1:2\n4:4\n6:4\n", ex, 4);
    expect_parse("", NULL, 0);
    expect_parse("\n", NULL, 0);
    expect_parse("\r\n \t \r\n\n", NULL, 0);
    const kn_layer order[] = {{6, 4}, {0, 3}, {4, 4}};
    expect_parse("6: 4\n0: 3\n4: 4\n", order, 3); /* input order is kept */
    const kn_layer big[] = {{9223372036854775807LL, 9223372036854775807LL}, {0, 1}, {0x7fffffffLL, 0x80000000LL}};
    expect_parse("9223372036854775807: 9223372036854775807\n0: 1\n2147483647: 2147483648\n", big, 3);
    const kn_layer zeros[] = {{7, 10}};
    expect_parse("0007: 0010\n", zeros, 1); /* leading zeros */
}

static void expect_parse_error(const char *text, kn_status st, const char *msg)
{
    kn_layer *got = (kn_layer *)&got;
    kn_layer *const sentinel = got;
    size_t n = 12345;
    kt_expect_error(kn_firewall_parse(text, &got, &n), st, msg);
    assert_ptr_equal(got, sentinel); /* untouched on failure */
    assert_int_equal(n, 12345);
}

static void test_parse_errors(void **state)
{
    (void)state;
    static const struct {
        const char *text, *msg;
    } cases[] = {
        {"0: 3\n1 2\n", "kn_firewall_parse: line 2, column 3: expected ':' after the depth, found '2'"},
        {"0 3", "line 1, column 3: expected ':' after the depth, found '3'"},
        {"0", "line 1, column 2: expected ':' after the depth, found end of text"},
        {"0\n1: 2", "line 1, column 2: expected ':' after the depth, found end of line"},
        {"0: 3\n1: x\n", "kn_firewall_parse: line 2, column 4: expected a range (digits), found 'x'"},
        {"0: 3\nab: 2\n", "line 2, column 1: expected a depth (digits), found 'a'"},
        {"\n\n  x: 2\n", "line 3, column 3: expected a depth (digits), found 'x'"},
        {"-1: 3\n", "line 1, column 1: expected a depth (digits), found '-'"},
        {"+1: 3\n", "line 1, column 1: expected a depth (digits), found '+'"},
        {"1: -3\n", "line 1, column 4: expected a range (digits), found '-'"},
        {"1:\t\t-3\n", "line 1, column 5: expected a range (digits), found '-'"},
        {"1:", "line 1, column 3: expected a range (digits), found end of text"},
        {"1:\n", "line 1, column 3: expected a range (digits), found end of line"},
        {"1:  \r\n", "line 1, column 5: expected a range (digits), found end of line"},
        {":3", "line 1, column 1: expected a depth (digits), found ':'"},
        {"1.5: 3", "line 1, column 2: expected ':' after the depth, found '.'"},
        {"1: 0\n", "kn_firewall_parse: line 1, column 4: range must be at least 1, found 0"},
        {"0: 3\n 5 :\t000\n", "line 2, column 6: range must be at least 1, found 0"},
        {"9223372036854775808: 1\n", "line 1, column 1: a depth (digits) does not fit in int64"},
        {"0: 3\n1: 99999999999999999999\n", "line 2, column 4: a range (digits) does not fit in int64"},
        {"1: 9223372036854775808", "line 1, column 4: a range (digits) does not fit in int64"},
        {"0: 3\n1: 2\n0: 5\n", "kn_firewall_parse: line 3, column 1: depth 0 was already given on line 1"},
        {"4: 4\n\n\n  4: 2\n", "line 4, column 3: depth 4 was already given on line 1"},
        {"0: 3 x\n", "kn_firewall_parse: line 1, column 6: expected end of line after the range, found 'x'"},
        {"0: 3:\n", "line 1, column 5: expected end of line after the range, found ':'"},
        {"0: 3 4\n", "line 1, column 6: expected end of line after the range, found '4'"},
        {"0: 3\r\n1: 2\r", "line 2, column 5: expected end of line after the range, found byte 0x0d"},
        {"0: 3\n\xc3\xa9: 2\n", "line 2, column 1: expected a depth (digits), found byte 0xc3"},
        {"0: 3\v\n", "line 1, column 5: expected end of line after the range, found byte 0x0b"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) expect_parse_error(cases[k].text, KN_ERR_PARSE, cases[k].msg);
    /* A syntax error is reported before a duplicate earlier in the text. */
    expect_parse_error("1: 2\n1: 3\n2: z\n", KN_ERR_PARSE, "line 3, column 4");
}

static void test_parse_null_args(void **state)
{
    (void)state;
    kn_layer *l = NULL;
    size_t n = 0;
    kt_expect_error(kn_firewall_parse(NULL, &l, &n), KN_ERR_INVALID_ARG, "kn_firewall_parse: text is NULL");
    kt_expect_error(kn_firewall_parse("0: 3", NULL, &n), KN_ERR_INVALID_ARG, "kn_firewall_parse: layers is NULL");
    kt_expect_error(kn_firewall_parse("0: 3", &l, NULL), KN_ERR_INVALID_ARG, "kn_firewall_parse: n is NULL");
    assert_null(l);
    assert_int_equal(n, 0);
    kn_free(NULL);
}

/* ---- golden: the example ------------------------------------------------ */

static void test_example_every_backend(void **state)
{
    (void)state;
    kn_layer *l = NULL;
    size_t n = 0;
    kt_ok(kn_firewall_parse(example_text, &l, &n));
    assert_int_equal(n, 4);
    /* Severity at every delay 0..40 against the oracle. */
    KT_FOR_EACH_BACKEND(it) {
        int64_t sev = -1, d = -1;
        kt_ok(kn_firewall_severity(it.ctx, l, n, 0, &sev));
        kt_assert_i64_eq(sev, KN_GOLDEN_FIREWALL_SEVERITY);
        kt_ok(kn_firewall_first_safe_delay(it.ctx, l, n, INT64_MAX, &d));
        kt_assert_i64_eq(d, KN_GOLDEN_FIREWALL_DELAY);
        d = -1;
        kt_ok(kn_firewall_first_safe_delay(it.ctx, l, n, 10, &d));
        kt_assert_i64_eq(d, 10);
        d = -1;
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, l, n, 9, &d), KN_ERR_NOT_FOUND,
                        "kn_firewall_first_safe_delay: every delay in [0, 9] is caught");
        kt_assert_i64_eq(d, -1); /* untouched */
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, l, n, 0, &d), KN_ERR_NOT_FOUND,
                        "every delay in [0, 0] is caught");
        for (int64_t t = 0; t <= 40; t++) {
            kt_ok(kn_firewall_severity(it.ctx, l, n, t, &sev));
            kt_assert_i64_eq(sev, oracle_severity(l, n, t));
        }
        /* Delay 10 is safe; severity 0 there does not mean safe at 0 (depth 0 adds 0). */
        kt_ok(kn_firewall_severity(it.ctx, l, n, 10, &sev));
        kt_assert_i64_eq(sev, 0);
    }
    kn_free(l);
}

/* ---- golden: the real puzzle inputs ------------------------------------- */

/* The folder of the real inputs: KERNELS_FIREWALL_DATA from the
 * environment, else the one configured at build time. */
static const char *puzzle_dir(void)
{
    const char *dir = getenv("KERNELS_FIREWALL_DATA");
    return dir && *dir ? dir : KERNELS_FIREWALL_DATA;
}

static void test_puzzle_inputs(void **state)
{
    (void)state;
    const char *dir = puzzle_dir();
    char path[4096];
    snprintf(path, sizeof path, "%s/MANIFEST.tsv", dir);
    char *manifest = kt_read_file(path, NULL);
    if (!manifest) fail_msg("cannot read %s", path);
    int rows = 0, puzzles = 0;
    char *save = NULL;
    for (char *line = strtok_r(manifest, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "file\t", 5) == 0) continue; /* header */
        char file[256];
        long long nlayers, max_depth, max_range, sev_want, delay_want;
        if (sscanf(line, "%255[^\t]\t%lld\t%lld\t%lld\t%lld\t%lld", file, &nlayers, &max_depth, &max_range, &sev_want,
                   &delay_want) != 6)
            fail_msg("MANIFEST.tsv: cannot read the line \"%s\"", line);
        snprintf(path, sizeof path, "%s/%s", dir, file);
        char *text = kt_read_file(path, NULL);
        if (!text) fail_msg("cannot read %s listed in MANIFEST.tsv", path);
        kn_layer *l = NULL;
        size_t n = 0;
        kt_ok(kn_firewall_parse(text, &l, &n));
        kt_assert_i64_eq(n, nlayers);
        int64_t md = 0, mr = 0;
        for (size_t i = 0; i < n; i++) {
            if (l[i].depth > md) md = l[i].depth;
            if (l[i].range > mr) mr = l[i].range;
        }
        kt_assert_i64_eq(md, max_depth);
        kt_assert_i64_eq(mr, max_range);
        /* The manifest is independent; the test's own oracle agrees on part 1. */
        kt_assert_i64_eq(oracle_severity(l, n, 0), sev_want);
        KT_FOR_EACH_BACKEND(it) {
            int64_t sev = -1, d = -1;
            kt_ok(kn_firewall_severity(it.ctx, l, n, 0, &sev));
            if (sev != sev_want) fail_msg("[%s] %s: severity %lld, expected %lld", kt_current_backend(), file, (long long)sev, sev_want);
            kt_ok(kn_firewall_first_safe_delay(it.ctx, l, n, INT64_MAX, &d));
            if (d != delay_want) fail_msg("[%s] %s: first safe delay %lld, expected %lld", kt_current_backend(), file, (long long)d, delay_want);
            /* The bound is inclusive. */
            d = -1;
            kt_ok(kn_firewall_first_safe_delay(it.ctx, l, n, delay_want, &d));
            kt_assert_i64_eq(d, delay_want);
            kt_expect_error(kn_firewall_first_safe_delay(it.ctx, l, n, delay_want - 1, &d), KN_ERR_NOT_FOUND, "is caught");
            kt_ok(kn_firewall_severity(it.ctx, l, n, delay_want, &sev));
            kt_assert_i64_eq(sev, 0);
        }
        kn_free(l);
        free(text);
        rows++;
        puzzles += strncmp(file, "aoc", 3) == 0;
    }
    free(manifest);
    print_message("checked %d inputs (%d puzzle inputs) from %s\n", rows, puzzles, dir);
    assert_int_equal(puzzles, 15);
    assert_int_equal(rows, 16);
}

/* ---- first safe delay against the brute-force oracle -------------------- */

/* Random small firewalls (ranges 1..12, so the wheel covers everything and
 * unsatisfiable sets occur), and wider ones (ranges up to 300: layers stay
 * explicit checks outside the wheel). */
static void random_firewalls(uint64_t seed, int count, int64_t max_range, int max_layers, int64_t max_depth)
{
    uint64_t s = seed;
    int found = 0, not_found = 0;
    kn_layer l[16];
    for (int f = 0; f < count; f++) {
        size_t n = (size_t)kt_rand_i64(&s, 1, max_layers);
        for (size_t i = 0; i < n; i++) {
            int dup;
            do {
                l[i].depth = kt_rand_i64(&s, 0, max_depth);
                dup = 0;
                for (size_t j = 0; j < i; j++) dup |= l[j].depth == l[i].depth;
            } while (dup);
            /* range 1 rarely (it makes everything unsatisfiable), 2 often */
            int64_t r = kt_rand_i64(&s, 0, 9);
            l[i].range = r == 0 ? 1 : r <= 3 ? 2 : kt_rand_i64(&s, 2, max_range);
            if (r == 0 && (kt_splitmix64(&s) & 3)) l[i].range = 3;
        }
        const int64_t cap = 200000;
        int64_t want = oracle_first_safe(l, n, cap);
        KT_FOR_EACH_BACKEND(it) {
            int64_t d = -1;
            if (want < 0) {
                kt_expect_error(kn_firewall_first_safe_delay(it.ctx, l, n, cap, &d), KN_ERR_NOT_FOUND, "kn_firewall_first_safe_delay: ");
                kt_assert_i64_eq(d, -1);
                continue;
            }
            kt_ok(kn_firewall_first_safe_delay(it.ctx, l, n, INT64_MAX, &d));
            if (d != want) {
                print_error("[%s] firewall %d (seed %llu):", kt_current_backend(), f, (unsigned long long)seed);
                for (size_t i = 0; i < n; i++) print_error(" %lld:%lld", (long long)l[i].depth, (long long)l[i].range);
                print_error("\n first safe delay %lld, brute force %lld\n", (long long)d, (long long)want);
                fail();
            }
            d = -1;
            kt_ok(kn_firewall_first_safe_delay(it.ctx, l, n, want, &d));
            kt_assert_i64_eq(d, want);
            if (want > 0) {
                d = -1;
                kt_expect_error(kn_firewall_first_safe_delay(it.ctx, l, n, want - 1, &d), KN_ERR_NOT_FOUND, "is caught");
                kt_assert_i64_eq(d, -1);
            }
            int64_t sev = -1;
            kt_ok(kn_firewall_severity(it.ctx, l, n, want, &sev));
            kt_assert_i64_eq(sev, 0);
        }
        if (want < 0) not_found++;
        else found++;
    }
    /* The generator must exercise both outcomes. */
    print_message("seed %llu: %d firewalls with a safe delay, %d without\n", (unsigned long long)seed, found, not_found);
    assert_true(found > count / 4);
    if (max_range <= 12) assert_true(not_found > 0);
}

static void test_first_safe_random_small(void **state)
{
    (void)state;
    random_firewalls(13, 400, 12, 10, 30);
}

static void test_first_safe_random_wide(void **state)
{
    (void)state;
    random_firewalls(2017, 150, 300, 6, 1000);
}

/* Hand-made cases with known answers. */
static void test_first_safe_table(void **state)
{
    (void)state;
    static const struct {
        kn_layer l[4];
        size_t n;
        int64_t max_delay, want; /* want -1: not found */
        const char *msg;
    } cases[] = {
        {{{0, 2}}, 1, INT64_MAX, 1, NULL},
        {{{1, 2}}, 1, INT64_MAX, 0, NULL},
        {{{0, 2}, {1, 2}}, 2, INT64_MAX, -1, "catch every residue"},   /* covers both residues mod 2 */
        {{{0, 2}, {3, 2}}, 2, INT64_MAX, -1, "catch every residue"},
        {{{5, 1}}, 1, INT64_MAX, -1, "the layer at depth 5 has range 1"},
        {{{0, 3}, {9, 1}}, 2, INT64_MAX, -1, "depth 9 has range 1"},
        {{{0, 3}, {1, 3}, {2, 3}, {3, 3}}, 4, INT64_MAX, -1, "catch every residue"}, /* period 4, all residues */
        {{{0, 3}, {1, 3}, {2, 3}}, 3, INT64_MAX, 1, NULL},              /* d=1: residue 3 free... */
        {{{0, 2}, {1, 3}}, 2, INT64_MAX, 1, NULL},
        {{{0, 2}, {2, 3}}, 2, INT64_MAX, 1, NULL},
        {{{0, 2}, {3, 3}}, 2, INT64_MAX, 3, NULL},
        {{{0, 2}, {3, 3}}, 2, 2, -1, "every delay in [0, 2] is caught"},
        {{{0, 2}, {3, 3}}, 2, 3, 3, NULL},
        {{{0, 0x80000001LL}}, 1, INT64_MAX, 1, NULL},                      /* period 2^32 */
        {{{0, 2}, {1, 0x80000001LL}}, 2, INT64_MAX, 1, NULL},
        {{{0, 2}, {0xffffffffLL, 0x80000001LL}}, 2, INT64_MAX, 3, NULL},  /* period 2^32 catches d = 1 */
        {{{0, 2}, {0xffffffffLL, 0x80000001LL}}, 2, 2, -1, "every delay in [0, 2] is caught"},
        {{{INT64_MAX, INT64_MAX}}, 1, INT64_MAX, 0, NULL},
        {{{0, INT64_MAX}}, 1, INT64_MAX, 1, NULL},
        {{{1, INT64_MAX}, {0, 2}}, 2, INT64_MAX, 1, NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        /* Check the table itself with the oracle where it is cheap. */
        int64_t lim = cases[k].max_delay < 100000 ? cases[k].max_delay : 100000;
        int64_t o = oracle_first_safe(cases[k].l, cases[k].n, lim);
        if (o != cases[k].want) fail_msg("table entry %zu: oracle says %lld", k, (long long)o);
        KT_FOR_EACH_BACKEND(it) {
            int64_t d = -1;
            kn_status st = kn_firewall_first_safe_delay(it.ctx, cases[k].l, cases[k].n, cases[k].max_delay, &d);
            if (cases[k].want < 0) {
                if (st != KN_ERR_NOT_FOUND) fail_msg("[%s] case %zu: %s (%lld), expected KN_ERR_NOT_FOUND", kt_current_backend(), k, kn_status_str(st), (long long)d);
                kt_assert_error_contains(cases[k].msg);
                kt_assert_i64_eq(d, -1);
            } else {
                if (st != KN_OK) fail_msg("[%s] case %zu: %s: %s", kt_current_backend(), k, kn_status_str(st), kn_last_error());
                if (d != cases[k].want) fail_msg("[%s] case %zu: %lld, expected %lld", kt_current_backend(), k, (long long)d, (long long)cases[k].want);
            }
        }
    }
}

/* n == 0: severity 0 and first safe delay 0, NULL l allowed. */
static void test_empty_firewall(void **state)
{
    (void)state;
    KT_FOR_EACH_BACKEND(it) {
        int64_t sev = -1, d = -1;
        kt_ok(kn_firewall_severity(it.ctx, NULL, 0, 0, &sev));
        kt_assert_i64_eq(sev, 0);
        kt_ok(kn_firewall_severity(it.ctx, NULL, 0, INT64_MAX, &sev));
        kt_assert_i64_eq(sev, 0);
        kt_ok(kn_firewall_first_safe_delay(it.ctx, NULL, 0, 0, &d));
        kt_assert_i64_eq(d, 0);
    }
}

/* ---- large values ------------------------------------------------------- */

static void test_severity_large_values(void **state)
{
    (void)state;
    static const struct {
        kn_layer l[3];
        size_t n;
        int64_t delay;
        int64_t want; /* -1: KN_ERR_OVERFLOW */
    } cases[] = {
        {{{(1LL << 62) - 1, 2}}, 1, INT64_MAX, (int64_t)(((uint64_t)1 << 63) - 2)}, /* odd + odd: caught */
        {{{(1LL << 62) - 1, 2}}, 1, INT64_MAX - 1, 0},
        {{{INT64_MAX, 2}}, 1, 1, -1},                      /* caught, depth*range overflows */
        {{{INT64_MAX, 2}}, 1, 0, 0},                       /* not caught: no overflow */
        {{{INT64_MAX, 1}}, 1, INT64_MAX, INT64_MAX},       /* INT64_MAX + INT64_MAX as a time */
        {{{1LL << 62, 1}, {(1LL << 62) + 1, 1}}, 2, 0, -1}, /* sum 2^63 + 1 */
        {{{1LL << 62, 1}, {(1LL << 62) - 1, 1}}, 2, 0, INT64_MAX},
        {{{0, INT64_MAX}}, 1, 0, 0},
        {{{INT64_MAX, INT64_MAX}}, 1, INT64_MAX - 2, -1},  /* residue 2^63-3: caught */
        {{{INT64_MAX, INT64_MAX}}, 1, INT64_MAX, 0},
        {{{0x7fffffffLL, 0x80000000LL}}, 1, 0, 0},
        {{{0x7fffffffLL, 0x80000000LL}}, 1, 0x7fffffffLL, (int64_t)0x7fffffffLL * 0x80000000LL}, /* 2^32-2 */
        {{{0x7fffffffLL, 0x80000000LL}}, 1, 0x7fffffffLL + 0xfffffffeLL * 1000, (int64_t)0x7fffffffLL * 0x80000000LL},
        {{{1, 0x80000001LL}}, 1, 0xffffffffLL, 0x80000001LL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int64_t o = oracle_severity(cases[k].l, cases[k].n, cases[k].delay);
        if (o != cases[k].want) fail_msg("table entry %zu: oracle says %lld", k, (long long)o);
        KT_FOR_EACH_BACKEND(it) {
            int64_t sev = -7;
            kn_status st = kn_firewall_severity(it.ctx, cases[k].l, cases[k].n, cases[k].delay, &sev);
            if (cases[k].want < 0) {
                if (st != KN_ERR_OVERFLOW) fail_msg("[%s] case %zu: %s (%lld), expected KN_ERR_OVERFLOW", kt_current_backend(), k, kn_status_str(st), (long long)sev);
                char msg[128];
                snprintf(msg, sizeof msg, "kn_firewall_severity: the severity at delay %lld exceeds INT64_MAX", (long long)cases[k].delay);
                kt_assert_error_contains(msg);
                kt_assert_i64_eq(sev, -7);
            } else {
                if (st != KN_OK) fail_msg("[%s] case %zu: %s: %s", kt_current_backend(), k, kn_status_str(st), kn_last_error());
                if (sev != cases[k].want) fail_msg("[%s] case %zu: %lld, expected %lld", kt_current_backend(), k, (long long)sev, (long long)cases[k].want);
            }
        }
    }
}

/* Random layers and delays near 2^31, 2^32 and INT64_MAX against the
 * 128-bit oracle (caught/not caught and overflow). */
static void test_severity_random_large(void **state)
{
    (void)state;
    uint64_t s = 99;
    kn_layer l[8];
    int overflows = 0, nonzero = 0;
    for (int f = 0; f < 3000; f++) {
        size_t n = (size_t)kt_rand_i64(&s, 1, 8);
        int64_t base = (f % 3 == 0) ? (1LL << 31) : (f % 3 == 1) ? (1LL << 32) : INT64_MAX - 64;
        for (size_t i = 0; i < n; i++) {
            int dup;
            do {
                l[i].depth = kt_splitmix64(&s) & 1 ? kt_rand_i64(&s, 0, 20) : base - kt_rand_i64(&s, 0, 40);
                dup = 0;
                for (size_t j = 0; j < i; j++) dup |= l[j].depth == l[i].depth;
            } while (dup);
            int64_t pick = kt_rand_i64(&s, 0, 3);
            l[i].range = pick == 0 ? kt_rand_i64(&s, 1, 4) : pick == 1 ? base - kt_rand_i64(&s, 0, 40) : kt_rand_i64(&s, 1, 50);
        }
        /* Delays chosen so that some layer catches: d = k*p - depth mod p. */
        size_t i0 = (size_t)kt_rand_i64(&s, 0, (int64_t)n - 1);
        int64_t delay;
        if (l[i0].range == 1 || (kt_splitmix64(&s) & 3) == 0) {
            delay = kt_rand_i64(&s, 0, INT64_MAX);
        } else {
            uint64_t p = 2 * ((uint64_t)l[i0].range - 1), r = (uint64_t)l[i0].depth % p;
            uint64_t d0 = r ? p - r : 0;
            if (d0 > (uint64_t)INT64_MAX) d0 = 0; /* never caught by a valid delay: any will do */
            uint64_t maxk = ((uint64_t)INT64_MAX - d0) / p;
            delay = (int64_t)(d0 + p * (uint64_t)kt_rand_i64(&s, 0, (int64_t)(maxk < 1000 ? maxk : 1000)));
            if (kt_splitmix64(&s) & 1) delay = (int64_t)(d0 + p * maxk); /* the largest such delay */
        }
        int64_t want = oracle_severity(l, n, delay);
        overflows += want < 0;
        nonzero += want > 0;
        KT_FOR_EACH_BACKEND(it) {
            int64_t sev = -7;
            kn_status st = kn_firewall_severity(it.ctx, l, n, delay, &sev);
            kn_status wst = want < 0 ? KN_ERR_OVERFLOW : KN_OK;
            if (st != wst || (want >= 0 && sev != want)) {
                print_error("[%s] delay %lld:", kt_current_backend(), (long long)delay);
                for (size_t i = 0; i < n; i++) print_error(" %lld:%lld", (long long)l[i].depth, (long long)l[i].range);
                print_error("\n got %s %lld, expected %s %lld\n", kn_status_str(st), (long long)sev, kn_status_str(wst), (long long)want);
                fail();
            }
        }
    }
    print_message("%d overflows, %d non-zero severities\n", overflows, nonzero);
    assert_true(overflows > 100);
    assert_true(nonzero > 100);
}

/* ---- errors ------------------------------------------------------------- */

static void test_errors(void **state)
{
    (void)state;
    const kn_layer ok[] = {{0, 3}, {1, 2}};
    const kn_layer neg_depth[] = {{0, 3}, {-5, 2}};
    const kn_layer zero_range[] = {{0, 0}};
    const kn_layer neg_range[] = {{0, 3}, {2, 4}, {4, -1}};
    const kn_layer dup[] = {{4, 3}, {1, 2}, {4, 5}};
    KT_FOR_EACH_BACKEND(it) {
        int64_t v = -7;
        kt_expect_error(kn_firewall_severity(it.ctx, NULL, 1, 0, &v), KN_ERR_INVALID_ARG, "kn_firewall_severity: l is NULL");
        kt_expect_error(kn_firewall_severity(it.ctx, ok, 2, 0, NULL), KN_ERR_INVALID_ARG, "kn_firewall_severity: severity is NULL");
        kt_expect_error(kn_firewall_severity(it.ctx, ok, 2, -1, &v), KN_ERR_INVALID_ARG, "kn_firewall_severity: delay must be non-negative (got -1)");
        kt_expect_error(kn_firewall_severity(it.ctx, ok, 2, INT64_MIN, &v), KN_ERR_INVALID_ARG, "delay must be non-negative (got -9223372036854775808)");
        kt_expect_error(kn_firewall_severity(it.ctx, neg_depth, 2, 0, &v), KN_ERR_INVALID_ARG, "kn_firewall_severity: l[1].depth must be non-negative (got -5)");
        kt_expect_error(kn_firewall_severity(it.ctx, zero_range, 1, 0, &v), KN_ERR_INVALID_ARG, "kn_firewall_severity: l[0].range must be at least 1 (got 0)");
        kt_expect_error(kn_firewall_severity(it.ctx, neg_range, 3, 0, &v), KN_ERR_INVALID_ARG, "l[2].range must be at least 1 (got -1)");
        kt_expect_error(kn_firewall_severity(it.ctx, dup, 3, 0, &v), KN_ERR_INVALID_ARG, "kn_firewall_severity: l has two layers at depth 4");
        kt_assert_i64_eq(v, -7);

        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, NULL, 1, 10, &v), KN_ERR_INVALID_ARG, "kn_firewall_first_safe_delay: l is NULL");
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, ok, 2, 10, NULL), KN_ERR_INVALID_ARG, "kn_firewall_first_safe_delay: delay is NULL");
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, ok, 2, -1, &v), KN_ERR_INVALID_ARG, "kn_firewall_first_safe_delay: max_delay must be non-negative (got -1)");
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, neg_depth, 2, 10, &v), KN_ERR_INVALID_ARG, "kn_firewall_first_safe_delay: l[1].depth must be non-negative (got -5)");
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, zero_range, 1, 10, &v), KN_ERR_INVALID_ARG, "l[0].range must be at least 1 (got 0)");
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, dup, 3, 10, &v), KN_ERR_INVALID_ARG, "kn_firewall_first_safe_delay: l has two layers at depth 4");
        kt_assert_i64_eq(v, -7);
        /* Nothing left behind: the next calls work. */
        kt_ok(kn_firewall_severity(it.ctx, ok, 2, 0, &v));
        kt_assert_i64_eq(v, 0);
        kt_ok(kn_firewall_first_safe_delay(it.ctx, ok, 2, 10, &v));
        kt_assert_i64_eq(v, 2); /* 0: depth 0 (period 4); odd: depth 1 (period 2) */
    }
}

/* Exit status that ctest reports as "Skipped" (SKIP_RETURN_CODE). */
enum { EXIT_SKIPPED = 77 };

/* "test_firewall inputs": only the real puzzle inputs, a separate ctest
 * test that is skipped, visibly, when their folder is missing. */
static int run_puzzle_inputs(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/MANIFEST.tsv", puzzle_dir());
    FILE *manifest = fopen(path, "r");
    if (!manifest) {
        printf("SKIP: firewall puzzle inputs not found (%s)\n", path);
        return EXIT_SKIPPED;
    }
    fclose(manifest);
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_puzzle_inputs)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "inputs") == 0) return run_puzzle_inputs();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_valid),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_null_args),
        cmocka_unit_test(test_example_every_backend),
        cmocka_unit_test(test_first_safe_random_small),
        cmocka_unit_test(test_first_safe_random_wide),
        cmocka_unit_test(test_first_safe_table),
        cmocka_unit_test(test_empty_firewall),
        cmocka_unit_test(test_severity_large_values),
        cmocka_unit_test(test_severity_random_large),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
