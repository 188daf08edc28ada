/* The drivers of the distributed-array building blocks (kernels.h,
 * "Pieces of a distributed array"); arguments checked by api_pieces.c. */
#ifndef KN_CORE_DRV_PIECES_H
#define KN_CORE_DRV_PIECES_H

#include "backend.h"
#include "error.h"

/* y is x unless kind is KN_SUM_PRODUCTS. */
kn_status kn_drv_sum_piece(kn_ctx *ctx, kn_sum_kind kind, const double *x, const double *y, size_t n, uint64_t lo,
                           uint64_t n_global, kn_sum_piece *piece);
kn_status kn_drv_sum_pieces_combine(const kn_sum_piece *pieces, size_t count, double *out);
kn_status kn_drv_sum_combine(const kn_sum_node *nodes, size_t count, uint64_t n_global, double *out);
size_t kn_drv_scan_piece_blocks(uint64_t lo, size_t n);
kn_status kn_drv_scan_piece_totals(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                                   double *totals);
void kn_drv_scan_piece_link(kn_scan_kind kind, const double *x, size_t n, uint64_t lo, double *totals,
                            const kn_scan_state *in, kn_scan_state *out);
kn_status kn_drv_scan_piece(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                            const double *starts, double *out);

#endif
