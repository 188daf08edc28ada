/* How the Julia driver splits the rows [row0, row1) of a grid into units of work.
 * Widths and heights go up to INT32_MAX, so every sum or product of them is
 * taken in 64 bits. */
#ifndef KN_CORE_JULIA_UNITS_H
#define KN_CORE_JULIA_UNITS_H

#include <stddef.h>
#include <stdint.h>

/* A unit has at least this many pixels, enough to keep the simd kernel's
 * vectors full (its worklist batch, twice this, holds a whole unit of rows
 * up to that many pixels wide). */
#define KN_JULIA_UNIT_PIXELS 4096
/* Grids with fewer point-iterations than this run on the calling thread. */
#define KN_JULIA_SERIAL_WORK ((uint64_t)1 << 20)

/* Rows per unit: the fewest whole rows of `width` (>= 1) pixels that hold
 * KN_JULIA_UNIT_PIXELS pixels. */
static inline int32_t kn_julia_unit_rows(int32_t width)
{
    return width >= KN_JULIA_UNIT_PIXELS ? 1 : (KN_JULIA_UNIT_PIXELS + width - 1) / width;
}

/* Units of `rows` rows (the last one may be shorter) covering [row0, row1). */
static inline size_t kn_julia_unit_count(int32_t row0, int32_t row1, int32_t rows)
{
    return (size_t)(((int64_t)row1 - row0 + rows - 1) / rows);
}

/* The rows [*j0, *j1) of unit u < kn_julia_unit_count(row0, row1, rows). */
static inline void kn_julia_unit_span(int32_t row0, int32_t row1, int32_t rows, size_t u, int32_t *j0, int32_t *j1)
{
    int64_t first = (int64_t)row0 + (int64_t)u * rows, end = first + rows;
    *j0 = (int32_t)first;
    *j1 = end < row1 ? (int32_t)end : row1;
}

/* Whether `pixels` pixels of at most max_iter steps each are too little work
 * to wake other threads. */
static inline int kn_julia_serial(size_t pixels, int32_t max_iter)
{
    uint64_t steps = max_iter > 0 ? (uint64_t)max_iter : 1;
    return pixels < KN_JULIA_SERIAL_WORK && (uint64_t)pixels * steps < KN_JULIA_SERIAL_WORK;
}

#endif
