/* Firewall inputs built to make the search or the parser expensive:
 * layers that catch every delay only modulo a large lcm (they must give
 * KN_ERR_NOT_FOUND at once, not after days of scanning; ctest's TIMEOUT
 * turns a hang into a failure), the candidate budget of
 * kn_firewall_first_safe_delay_budget, and texts of blank lines (memory
 * must grow with the layers, not with the lines). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "core/firewall_plan.h"
#include "test_util.h"

/* Depth d catches t iff (t + d) % (2 * (range - 1)) == 0, so "k: k" with
 * k = 2^j + 1 (period 2^(j+1)) catches t = 2^j - 1 mod 2^(j+1), j = 0..16:
 * every t except 2^17 - 1 mod 2^17, which "1: 65537" catches. The last
 * layer only pushes the lcm of all periods past 2^64, so that the scan
 * would not stop at the lcm. */
static size_t chain_cover(kn_layer *l)
{
    size_t n = 0;
    l[n++] = (kn_layer){1, 65537};
    for (int j = 0; j <= 16; j++) l[n++] = (kn_layer){((int64_t)1 << j) + 1, ((int64_t)1 << j) + 1};
    l[n++] = (kn_layer){4, 1000000000000000000};
    return n;
}

static void expect_no_safe_delay(const kn_layer *l, size_t n, unsigned long long modulus)
{
    char msg[256], budget_msg[300];
    snprintf(msg, sizeof msg,
             "kn_firewall_first_safe_delay: no safe delay exists: the layers whose periods divide %llu catch every "
             "residue modulo %llu",
             modulus, modulus);
    snprintf(budget_msg, sizeof budget_msg, "kn_firewall_first_safe_delay_budget%s",
             msg + strlen("kn_firewall_first_safe_delay"));
    KT_FOR_EACH_BACKEND(it) {
        int64_t d = -1;
        kt_expect_error(kn_firewall_first_safe_delay(it.ctx, l, n, INT64_MAX, &d), KN_ERR_NOT_FOUND, msg);
        /* Definitive: no budget changes it, not even one that tests nothing. */
        kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, n, INT64_MAX, 0, &d), KN_ERR_NOT_FOUND,
                        budget_msg);
        kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, n, INT64_MAX, UINT64_MAX, &d),
                        KN_ERR_NOT_FOUND, budget_msg);
        kt_assert_i64_eq(d, -1);
    }
}

/* 19 layers: periods 2, 4, ..., 2^17 cover every residue mod 2^17. Before
 * coverage detection looked past the 2^16 wheel, this scanned 2^47 turns
 * (days). */
static void test_chain_cover(void **state)
{
    (void)state;
    kn_layer l[19];
    size_t n = chain_cover(l);
    assert_int_equal(n, 19);
    expect_no_safe_delay(l, n, 131072);
    /* In reverse order too (the search sorts the layers itself). */
    kn_layer r[19];
    for (size_t i = 0; i < n; i++) r[i] = l[n - 1 - i];
    expect_no_safe_delay(r, n, 131072);
}

/* The same chain mixed with one layer each of periods 6, 10, 14, 22, 26
 * and 50: combined smallest first, these leave 51870 residues before
 * period 64, so the chain's larger periods no longer fit in the list; only
 * the periods dividing 2^17, taken alone, show the covering. */
static void test_chain_cover_among_other_periods(void **state)
{
    (void)state;
    static const int64_t ranges[] = {4, 6, 8, 12, 14, 26};
    kn_layer l[19 + sizeof ranges / sizeof ranges[0]];
    size_t n = chain_cover(l);
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) l[n++] = (kn_layer){1000 + (int64_t)i, ranges[i]};
    expect_no_safe_delay(l, n, 131072);
}

/* 65,538 layers of one period (range 32770, period 65538) at depths
 * 0..65537: every residue. Before, they all became explicit checks and the
 * scan tested 65,538 candidates against up to 65,538 checks each. */
static void test_single_period_cover(void **state)
{
    (void)state;
    enum { P = 65538 };
    kn_layer *l = kt_xmalloc(P * sizeof *l);
    for (int i = 0; i < P; i++) l[i] = (kn_layer){i, P / 2 + 1};
    expect_no_safe_delay(l, P, P);
    /* One residue left free: its delay is the answer. */
    l[P - 1].depth = 2 * P; /* depth 65537 (residue 1) moves onto residue 0, already caught */
    KT_FOR_EACH_BACKEND(it) {
        int64_t d = -1;
        kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, P, INT64_MAX, 1, &d), KN_ERR_LIMIT,
                        "the budget (max_candidates = 1) ran out at delay 1: ");
        kt_ok(kn_firewall_first_safe_delay_budget(it.ctx, l, P, INT64_MAX, 2, &d));
        kt_assert_i64_eq(d, 1);
    }
    free(l);
}

/* Layers like the puzzle inputs (the first safe delay is 483990). */
static const char aoc_like[] = "0: 3\n1: 2\n2: 4\n4: 4\n6: 5\n8: 6\n10: 8\n12: 8\n14: 6\n16: 6\n18: 9\n20: 8\n"
                               "22: 6\n24: 10\n26: 12\n28: 8\n30: 8\n32: 14\n34: 12\n36: 8\n38: 12\n40: 12\n"
                               "42: 12\n44: 12\n46: 12\n48: 14\n50: 12\n52: 12\n54: 10\n56: 14\n58: 12\n"
                               "60: 14\n62: 14\n64: 14\n66: 14\n68: 14\n70: 14\n72: 14\n74: 20\n78: 18\n"
                               "80: 17\n82: 14\n84: 14\n86: 18\n88: 18\n90: 17\n92: 18\n94: 18\n96: 20\n";

/* The number of wheel candidates <= d: what a budget must allow to reach d. */
static uint64_t candidates_through(const kn_fw_plan *plan, uint64_t d)
{
    uint64_t count = d / plan->wheel * plan->nsurv;
    for (size_t i = 0; i < plan->nsurv; i++) count += plan->surv[i] <= d % plan->wheel;
    return count;
}

/* Every backend, at every budget around the one that reaches the answer,
 * gives the same status: the answer from that budget on, KN_ERR_LIMIT
 * (naming the first untested candidate) below it. */
static void check_budgets(const kn_layer *l, size_t n, int64_t max_delay, int64_t want)
{
    kn_fw_plan plan;
    uint64_t lim = (uint64_t)max_delay;
    kt_ok(kn_fw_plan_build(l, n, &plan, &lim));
    uint64_t need = candidates_through(&plan, (uint64_t)want);
    assert_true(need >= 1);
    const uint64_t budgets[] = {0, 1, need / 2, need - 1, need, need + 1, UINT64_MAX};
    for (size_t b = 0; b < sizeof budgets / sizeof budgets[0]; b++) {
        uint64_t budget = budgets[b];
        char msg[256];
        snprintf(msg, sizeof msg,
                 "kn_firewall_first_safe_delay_budget: the budget (max_candidates = %llu) ran out at delay %llu: every "
                 "earlier delay is caught, the rest of [0, %lld] was not searched",
                 (unsigned long long)budget, (unsigned long long)kn_fw_plan_candidate(&plan, budget),
                 (long long)max_delay);
        KT_FOR_EACH_BACKEND(it) {
            int64_t d = -1;
            kn_status st = kn_firewall_first_safe_delay_budget(it.ctx, l, n, max_delay, budget, &d);
            if (budget >= need) {
                if (st != KN_OK) fail_msg("[%s] budget %llu: %s: %s", kt_current_backend(), (unsigned long long)budget, kn_status_str(st), kn_last_error());
                kt_assert_i64_eq(d, want);
            } else {
                if (st != KN_ERR_LIMIT) fail_msg("[%s] budget %llu: %s (%lld), expected KN_ERR_LIMIT", kt_current_backend(), (unsigned long long)budget, kn_status_str(st), (long long)d);
                assert_string_equal(kn_last_error(), msg);
                kt_assert_i64_eq(d, -1);
            }
        }
    }
    kn_fw_plan_free(&plan);
}

static void test_budget(void **state)
{
    (void)state;
    kn_layer *l;
    size_t n;
    kt_ok(kn_firewall_parse(aoc_like, &l, &n));
    int64_t want = -1;
    kt_ok(kn_firewall_first_safe_delay(NULL, l, n, INT64_MAX, &want));
    assert_true(want > 100000);
    check_budgets(l, n, INT64_MAX, want);
    check_budgets(l, n, want, want);
    /* A budget that reaches every candidate up to max_delay ends the search
     * as the unbounded call does: KN_ERR_NOT_FOUND, not KN_ERR_LIMIT. */
    kn_fw_plan plan;
    uint64_t lim = (uint64_t)want;
    kt_ok(kn_fw_plan_build(l, n, &plan, &lim));
    uint64_t below = candidates_through(&plan, (uint64_t)want - 1);
    kn_fw_plan_free(&plan);
    assert_true(below >= 2);
    char msg[128];
    snprintf(msg, sizeof msg, "kn_firewall_first_safe_delay_budget: every delay in [0, %lld] is caught", (long long)want - 1);
    KT_FOR_EACH_BACKEND(it) {
        int64_t d = -1;
        kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, n, want - 1, below, &d), KN_ERR_NOT_FOUND, msg);
        kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, n, want - 1, below - 1, &d), KN_ERR_LIMIT,
                        "was not searched");
        kt_assert_i64_eq(d, -1);
        /* The arguments are checked as for the unbounded call. */
        kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, n, -1, 5, &d), KN_ERR_INVALID_ARG,
                        "kn_firewall_first_safe_delay_budget: max_delay must be non-negative (got -1)");
        kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, n, 9, 5, NULL), KN_ERR_INVALID_ARG,
                        "kn_firewall_first_safe_delay_budget: delay is NULL");
        /* No layers: delay 0 needs no test. */
        kt_ok(kn_firewall_first_safe_delay_budget(it.ctx, NULL, 0, 0, 0, &d));
        kt_assert_i64_eq(d, 0);
    }
    kn_free(l);

    kt_ok(kn_firewall_parse("0: 3\n1: 2\n4: 4\n6: 4\n", &l, &n)); /* the example: 10 */
    check_budgets(l, n, INT64_MAX, 10);
    kn_free(l);
}

/* For each odd prime q up to 43, layers of period 2q on every residue but
 * one: no covering, and the only safe residue modulo their lcm (about
 * 2.6e16) is the first safe delay, near 10^16: an unbounded scan would run
 * for days. A budget stops it, on every backend at the same candidate. */
static void test_budget_bounds_a_long_search(void **state)
{
    (void)state;
    static const int64_t primes[] = {3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43};
    kn_layer l[2 * (3 + 5 + 7 + 11 + 13 + 17 + 19 + 23 + 29 + 31 + 37 + 41 + 43)];
    size_t n = 0;
    int64_t block = 0; /* each prime's depths in a block of its own */
    for (size_t k = 0; k < sizeof primes / sizeof primes[0]; k++) {
        int64_t p = 2 * primes[k];
        block = (block + p - 1) / p * p;
        for (int64_t r = 0; r < p; r++) /* depth block + (p - r) % p catches residue r */
            if (r != primes[k]) l[n++] = (kn_layer){block + (p - r) % p, primes[k] + 1};
        block += p;
    }
    kn_fw_plan plan;
    uint64_t lim = INT64_MAX;
    kt_ok(kn_fw_plan_build(l, n, &plan, &lim));
    const uint64_t budgets[] = {0, 1, 1000, 100000};
    for (size_t b = 0; b < sizeof budgets / sizeof budgets[0]; b++) {
        char msg[256];
        snprintf(msg, sizeof msg,
                 "kn_firewall_first_safe_delay_budget: the budget (max_candidates = %llu) ran out at delay %llu: every "
                 "earlier delay is caught, the rest of [0, 9223372036854775807] was not searched",
                 (unsigned long long)budgets[b], (unsigned long long)kn_fw_plan_candidate(&plan, budgets[b]));
        KT_FOR_EACH_BACKEND(it) {
            int64_t d = -1;
            kt_expect_error(kn_firewall_first_safe_delay_budget(it.ctx, l, n, INT64_MAX, budgets[b], &d), KN_ERR_LIMIT, NULL);
            assert_string_equal(kn_last_error(), msg);
            kt_assert_i64_eq(d, -1);
        }
    }
    kn_fw_plan_free(&plan);
}

#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__) /* they reserve terabytes of address space */
/* Runs the parser on `text` with the address space capped at 32 MiB above
 * what is mapped now. */
static kn_status parse_capped(const char *text, kn_layer **l, size_t *n)
{
    struct rlimit old, low;
    assert_int_equal(getrlimit(RLIMIT_AS, &old), 0);
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    assert_non_null(f);
    assert_int_equal(fscanf(f, "%lu", &pages), 1);
    fclose(f);
    low = old;
    low.rlim_cur = pages * 4096UL + (32UL << 20);
    assert_int_equal(setrlimit(RLIMIT_AS, &low), 0);
    kn_status st = kn_firewall_parse(text, l, n);
    setrlimit(RLIMIT_AS, &old);
    return st;
}
#endif

/* 10 MB of blank lines ("\n", then "\r\n", then with one layer at the end)
 * parse within 32 MiB: memory follows the layers. Sized by lines, they
 * asked for 48 bytes a line (480 MB). */
static void test_parse_blank_lines(void **state)
{
    (void)state;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    skip();
#else
    enum { BYTES = 10 * 1000 * 1000 };
    char *text = kt_xmalloc(BYTES + 16);
    static const char *const line_ends[] = {"\n", "\r\n"};
    for (int e = 0; e < 2; e++) {
        size_t len = strlen(line_ends[e]);
        for (size_t i = 0; i + len <= BYTES; i += len) memcpy(text + i, line_ends[e], len);
        text[BYTES / len * len] = '\0';
        kn_layer *l = (kn_layer *)&l;
        size_t n = 12345;
        kt_ok(parse_capped(text, &l, &n));
        assert_null(l);
        assert_int_equal(n, 0);
        strcpy(text + BYTES / len * len, "7: 3");
        kt_ok(parse_capped(text, &l, &n));
        assert_int_equal(n, 1);
        kt_assert_i64_eq(l[0].depth, 7);
        kt_assert_i64_eq(l[0].range, 3);
        kn_free(l);
        /* The error still names the right line. */
        strcpy(text + BYTES / len * len, "7: x");
        char msg[128];
        snprintf(msg, sizeof msg, "kn_firewall_parse: line %d, column 4: expected a range (digits), found 'x'",
                 BYTES / (int)len + 1);
        kt_expect_error(parse_capped(text, &l, &n), KN_ERR_PARSE, msg);
    }
    free(text);
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chain_cover),
        cmocka_unit_test(test_chain_cover_among_other_periods),
        cmocka_unit_test(test_single_period_cover),
        cmocka_unit_test(test_budget),
        cmocka_unit_test(test_budget_bounds_a_long_search),
        cmocka_unit_test(test_parse_blank_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
