/* Firewall inputs built to make the parser expensive: texts of blank
 * lines (memory must grow with the layers, not with the lines). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "test_util.h"

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

/* 10 MB of blank lines ("\n", then "\r\n", then with one layer at the end)
 * parse within 32 MiB: memory follows the layers. Sized by lines, they
 * asked for 48 bytes a line (480 MB). */
static void test_parse_blank_lines(void **state)
{
    (void)state;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    skip(); /* the sanitizers reserve terabytes of address space */
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
        cmocka_unit_test(test_parse_blank_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
