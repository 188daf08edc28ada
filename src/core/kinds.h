/* The variants the canonical drivers share between CPU primitives and
 * device kernels: which reduction a canonical sum applies to its elements,
 * and which way a canonical scan runs. */
#ifndef KN_CORE_KINDS_H
#define KN_CORE_KINDS_H

/* The element a canonical reduction (kernels.h, norm-square order) sums:
 * x[i]*x[i], x[i], or the rounded product x[i]*y[i] (never an FMA). */
typedef enum { KN_RED_SQUARE, KN_RED_SUM, KN_RED_DOT } kn_red_op;

/* Suffix sums (exclusive, right to left) or prefix sums (inclusive, left
 * to right), each in its canonical block order (kernels.h). */
typedef enum { KN_SCAN_SUFFIX, KN_SCAN_PREFIX } kn_scan_dir;

#endif
