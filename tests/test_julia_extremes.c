/* kn_julia on grids whose width or height is near INT32_MAX: the omp row
 * partition table-tested at the extremes, and whole 2^31-pixel grids run on
 * every CPU backend into an output that costs a few MiB of memory (one
 * small shared-memory file mapped over and over). */
#define _GNU_SOURCE /* memfd_create, MAP_NORESERVE, MAP_POPULATE */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/julia_units.h"
#include "test_util.h"

/* ---- the omp partition ------------------------------------------------- */

static void test_unit_rows(void **state)
{
    (void)state;
    static const struct {
        int32_t width, rows;
    } cases[] = {
        {1, 4096},
        {2, 2048},
        {3, 1366},
        {4095, 2},
        {4096, 1},
        {4097, 1},
        {INT32_MAX - 4095, 1},
        {INT32_MAX - 4094, 1},
        {2147480000, 1},
        {INT32_MAX, 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int32_t rows = kn_julia_unit_rows(cases[k].width);
        if (rows != cases[k].rows) fail_msg("width %d: %d rows per unit, expected %d", (int)cases[k].width, (int)rows, (int)cases[k].rows);
    }
}

/* Unit u covers rows [row0 + u*rows, row0 + (u+1)*rows) cut at row1, so the
 * units tile [row0, row1); checked at the first two and the last two. */
static void test_unit_spans(void **state)
{
    (void)state;
    static const struct {
        int32_t row0, row1, rows;
        size_t units;
    } cases[] = {
        {0, INT32_MAX, 4096, 524288},
        {0, 2147480000, 4096, 524288},
        {0, INT32_MAX, 1, INT32_MAX},
        {0, INT32_MAX, 2, 1073741824},
        {INT32_MAX - 4096, INT32_MAX, 4096, 1},
        {INT32_MAX - 4097, INT32_MAX, 4096, 2},
        {INT32_MAX - 1, INT32_MAX, 4096, 1},
        {100, 8292, 4096, 2},
        {100, 8293, 4096, 3},
        {0, 1, 1, 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int32_t row0 = cases[k].row0, row1 = cases[k].row1, rows = cases[k].rows;
        size_t units = kn_julia_unit_count(row0, row1, rows);
        if (units != cases[k].units)
            fail_msg("rows [%d, %d) by %d: %zu units, expected %zu", (int)row0, (int)row1, (int)rows, units,
                     cases[k].units);
        const size_t probe[] = {0, 1, units - 2, units - 1};
        for (size_t q = 0; q < 4; q++) {
            size_t u = probe[q];
            if (u >= units) continue;
            int32_t j0, j1;
            kn_julia_unit_span(row0, row1, rows, u, &j0, &j1);
            int64_t want0 = (int64_t)row0 + (int64_t)u * rows, want1 = want0 + rows < row1 ? want0 + rows : row1;
            if (j0 != want0 || j1 != want1 || (u + 1 == units) != (j1 == row1))
                fail_msg("rows [%d, %d) by %d, unit %zu of %zu: [%d, %d), expected [%lld, %lld)", (int)row0,
                         (int)row1, (int)rows, u, units, (int)j0, (int)j1, (long long)want0, (long long)want1);
        }
    }
}

static void test_serial_threshold(void **state)
{
    (void)state;
    static const struct {
        size_t pixels;
        int32_t max_iter;
        int serial;
    } cases[] = {
        {1, 0, 1},
        {((size_t)1 << 20) - 1, 0, 1},
        {(size_t)1 << 20, 0, 0},
        {1023, 1024, 1},
        {1024, 1024, 0},
        {2, INT32_MAX, 0},
        {(size_t)1 << 34, 1 << 30, 0}, /* pixels * max_iter is 2^64 */
        {(size_t)INT32_MAX * INT32_MAX, INT32_MAX, 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        if (kn_julia_serial(cases[k].pixels, cases[k].max_iter) != cases[k].serial)
            fail_msg("%zu pixels, max_iter %d: serial should be %d", cases[k].pixels, (int)cases[k].max_iter,
                     cases[k].serial);
}

/* ---- whole grids --------------------------------------------------------- */

/* An int32 output of n elements whose first and last pages are private
 * memory and whose inside is one ALIAS_BYTES shared-memory file mapped
 * again and again; GUARD_BYTES of sentinels lie on each side of it. */
#define ALIAS_BYTES ((size_t)4 << 20)
#define GUARD_BYTES ((size_t)4096)
#define SENTINEL 0x5a

typedef struct {
    char *region;
    size_t region_bytes, page;
    int32_t *counts;
    size_t n;
    char *inside;        /* the first mapping of the shared file */
    size_t inside_bytes; /* all the mappings together */
    int fd;
} aliased_output;

static void aliased_output_open(aliased_output *o, size_t n)
{
    o->page = (size_t)sysconf(_SC_PAGESIZE);
    o->n = n;
    size_t head = GUARD_BYTES + o->page, end = head - 64 + n * sizeof(int32_t);
    size_t tail_start = end / o->page * o->page - o->page;
    o->region_bytes = tail_start + 2 * o->page + GUARD_BYTES;
    o->region = mmap(NULL, o->region_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    assert_true(o->region != MAP_FAILED);
    o->counts = (int32_t *)(o->region + head - 64); /* 16 counts in the private first page */
    o->inside = o->region + head;
    o->inside_bytes = tail_start - head;
    o->fd = memfd_create("kn_julia_output", 0);
    assert_true(o->fd >= 0);
    assert_int_equal(ftruncate(o->fd, (off_t)ALIAS_BYTES), 0);
    for (size_t off = 0; off < o->inside_bytes; off += ALIAS_BYTES) {
        size_t len = o->inside_bytes - off < ALIAS_BYTES ? o->inside_bytes - off : ALIAS_BYTES;
        void *m = mmap(o->inside + off, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_POPULATE, o->fd, 0);
        assert_true(m == o->inside + off);
    }
    memset(o->region, SENTINEL, head);
    memset(o->inside, 0xff, ALIAS_BYTES < o->inside_bytes ? ALIAS_BYTES : o->inside_bytes);
    memset(o->region + tail_start, SENTINEL, o->region_bytes - tail_start);
}

static void aliased_output_close(aliased_output *o)
{
    munmap(o->region, o->region_bytes);
    close(o->fd);
}

static size_t first_not(const char *p, size_t len, char want)
{
    for (size_t k = 0; k < len; k++)
        if (p[k] != want) return k;
    return len;
}

/* Every count is 0 (max_iter 0): the private ends and every byte of the
 * shared file were written, and the sentinels on either side were not. */
static void aliased_output_check_zero(const aliased_output *o, const char *what)
{
    const char *first = (const char *)o->counts, *end = first + o->n * sizeof(int32_t);
    const char *region_end = o->region + o->region_bytes;
    size_t shared = ALIAS_BYTES < o->inside_bytes ? ALIAS_BYTES : o->inside_bytes;
    size_t k;
    if ((k = first_not(o->region, (size_t)(first - o->region), SENTINEL)) < (size_t)(first - o->region))
        fail_msg("%s: byte %zu before the output was written", what, (size_t)(first - o->region) - k);
    if ((k = first_not(first, (size_t)(o->inside - first), 0)) < (size_t)(o->inside - first))
        fail_msg("%s: count %zu not written", what, k / sizeof(int32_t));
    if ((k = first_not(o->inside, shared, 0)) < shared)
        fail_msg("%s: byte %zu of the shared inside not written", what, k);
    const char *tail = o->inside + o->inside_bytes;
    if ((k = first_not(tail, (size_t)(end - tail), 0)) < (size_t)(end - tail))
        fail_msg("%s: count %zu not written", what, (size_t)(tail + k - first) / sizeof(int32_t));
    if ((k = first_not(end, (size_t)(region_end - end), SENTINEL)) < (size_t)(region_end - end))
        fail_msg("%s: byte %zu after the output was written", what, k);
}

static void test_grids_near_int32_max(void **state)
{
    (void)state;
    static const struct {
        int32_t width, height;
    } grids[] = {{INT32_MAX, 1}, {1, INT32_MAX}};
    static const kn_backend cpu[] = {KN_SCALAR, KN_SIMD, KN_OMP};
    for (size_t b = 0; b < sizeof cpu / sizeof cpu[0]; b++) {
        kn_ctx *ctx;
        if (kn_ctx_create(&ctx, cpu[b]) != KN_OK) continue;
        for (size_t g = 0; g < sizeof grids / sizeof grids[0]; g++) {
            kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, grids[g].width, grids[g].height, 0};
            aliased_output out;
            aliased_output_open(&out, (size_t)p.width * (size_t)p.height);
            char what[96];
            snprintf(what, sizeof what, "%s, %d x %d", kn_backend_name(cpu[b]), (int)p.width, (int)p.height);
            kt_ok(kn_julia(ctx, &p, out.counts));
            aliased_output_check_zero(&out, what);
            aliased_output_close(&out);
        }
        kn_ctx_destroy(ctx);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unit_rows),
        cmocka_unit_test(test_unit_spans),
        cmocka_unit_test(test_serial_threshold),
        cmocka_unit_test(test_grids_near_int32_max),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
