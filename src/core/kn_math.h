/* Per-element math of the host side: the scalar kernels, SIMD tails and
 * OpenMP code include this. The math the device kernels share (Julia steps,
 * firewall residues, exact int64 squares) is in kn_device_math.h. */
#ifndef KN_CORE_MATH_H
#define KN_CORE_MATH_H

#include <stdint.h>

#include "kernels.h"
#include "kn_device_math.h"

/* Grid coordinates of column i and row j. */
static inline double kn_julia_dx(const kn_julia_params *p) { return (p->x_max - p->x_min) / p->width; }
static inline double kn_julia_dy(const kn_julia_params *p) { return (p->y_max - p->y_min) / p->height; }
static inline double kn_julia_zr(const kn_julia_params *p, double dx, int32_t i) { return kn_julia_col_re(p->x_min, dx, i); }
static inline double kn_julia_zi(const kn_julia_params *p, double dy, int32_t j) { return kn_julia_row_im(p->y_max, dy, j); }

#endif
