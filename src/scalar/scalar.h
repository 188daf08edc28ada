/* The scalar reference kernels (plain portable C). Other backends reuse
 * some of them where vectorizing gains nothing (e.g. severity at one delay). */
#ifndef KN_SCALAR_H
#define KN_SCALAR_H

#include "../core/backend.h"

kn_status scalar_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts);
kn_status scalar_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                              const double *c_im, int32_t max_iter, int32_t *counts);
kn_status scalar_firewall_severity(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t delay, int64_t *severity);
kn_status scalar_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay);
kn_status scalar_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out);
kn_status scalar_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);
kn_status scalar_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry,
                                 int stream_out);
kn_status scalar_suffix_block_totals(kn_ctx *ctx, const double *x, size_t n, double *totals);
kn_status scalar_suffix_scan_blocks(kn_ctx *ctx, const double *x, size_t n, double *out, const double *carries,
                                    int stream_out);

#endif
