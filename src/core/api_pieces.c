/* Pieces of a distributed array (kernels.h): checks, then drv_pieces.c. */
#include <stdint.h>

#include "dispatch.h"
#include "drv_pieces.h"

kn_status kn_sum_piece_f64(kn_ctx *ctx, kn_sum_kind kind, const double *x, const double *y, size_t n,
                           uint64_t lo, uint64_t n_global, kn_sum_piece *piece)
{
    const char *fn = "kn_sum_piece_f64";
    int products = kind == KN_SUM_PRODUCTS;
    if (!piece) return kn_null_arg(fn, "piece");
    if (kn_check_aligned(fn, "piece", piece, _Alignof(kn_sum_piece))) return KN_ERR_INVALID_ARG;
    if ((unsigned)kind > KN_SUM_PRODUCTS)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: kind (%d) is not a kn_sum_kind", fn, (int)kind);
    if (n > 0 && !x) return kn_null_arg(fn, "x");
    if (n > 0 && products && !y) return kn_null_arg(fn, "y");
    if (n > 0 && kn_check_aligned(fn, "x", x, _Alignof(double))) return KN_ERR_INVALID_ARG;
    if (n > 0 && products && kn_check_aligned(fn, "y", y, _Alignof(double))) return KN_ERR_INVALID_ARG;
    if (lo > n_global || n > n_global - lo)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: the piece [%llu, %llu + %zu) passes n_global (%llu)", fn,
                       (unsigned long long)lo, (unsigned long long)lo, n, (unsigned long long)n_global);
    kn_status st = kn_ctx_resolve(ctx, &ctx);
    if (st) return st;
    return kn_drv_sum_piece(ctx, kind, x, products ? y : x, n, lo, n_global, piece);
}

kn_status kn_sum_pieces_combine(const kn_sum_piece *pieces, size_t count, double *out)
{
    const char *fn = "kn_sum_pieces_combine";
    if (!out) return kn_null_arg(fn, "out");
    if (count > 0 && !pieces) return kn_null_arg(fn, "pieces");
    if (kn_check_aligned(fn, "out", out, _Alignof(double))) return KN_ERR_INVALID_ARG;
    if (count > 0 && kn_check_aligned(fn, "pieces", pieces, _Alignof(kn_sum_piece))) return KN_ERR_INVALID_ARG;
    return kn_drv_sum_pieces_combine(pieces, count, out);
}

kn_status kn_sum_nodes_combine(const kn_sum_node *nodes, size_t count, uint64_t n_global, double *out)
{
    const char *fn = "kn_sum_nodes_combine";
    if (!out) return kn_null_arg(fn, "out");
    if (count > 0 && !nodes) return kn_null_arg(fn, "nodes");
    if (kn_check_aligned(fn, "out", out, _Alignof(double))) return KN_ERR_INVALID_ARG;
    if (count > 0 && kn_check_aligned(fn, "nodes", nodes, _Alignof(kn_sum_node))) return KN_ERR_INVALID_ARG;
    return kn_drv_sum_combine(nodes, count, n_global, out);
}

size_t kn_scan_piece_blocks(uint64_t lo, size_t n) { return kn_drv_scan_piece_blocks(lo, n); }

/* The checks the three scan steps share: kind, lo + n, and x and the
 * totals or starts array when n > 0. */
static kn_status check_scan_piece(const char *fn, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                                  const double *blocks, const char *blocks_name)
{
    if ((unsigned)kind > KN_PREFIX_SUMS)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: kind (%d) is not a kn_scan_kind", fn, (int)kind);
    if (n > UINT64_MAX - lo || n > SIZE_MAX / sizeof(double))
        return kn_fail(KN_ERR_INVALID_ARG, "%s: the piece [%llu, %llu + %zu) is too long", fn,
                       (unsigned long long)lo, (unsigned long long)lo, n);
    if (n == 0) return KN_OK;
    if (!x) return kn_null_arg(fn, "x");
    if (!blocks) return kn_null_arg(fn, blocks_name);
    if (kn_check_aligned(fn, "x", x, _Alignof(double))) return KN_ERR_INVALID_ARG;
    return kn_check_aligned(fn, blocks_name, blocks, _Alignof(double));
}

kn_status kn_scan_piece_totals_f64(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                                   double *totals)
{
    kn_status st = check_scan_piece("kn_scan_piece_totals_f64", kind, x, n, lo, totals, "totals");
    if (!st) st = kn_ctx_resolve(ctx, &ctx);
    if (st || n == 0) return st;
    return kn_drv_scan_piece_totals(ctx, kind, x, n, lo, totals);
}

kn_status kn_scan_piece_link_f64(kn_scan_kind kind, const double *x, size_t n, uint64_t lo, double *totals,
                                 const kn_scan_state *in, kn_scan_state *out)
{
    const char *fn = "kn_scan_piece_link_f64";
    kn_status st = check_scan_piece(fn, kind, x, n, lo, totals, "totals");
    if (st) return st;
    if (!in) return kn_null_arg(fn, "in");
    if (!out) return kn_null_arg(fn, "out");
    if (kn_check_aligned(fn, "in", in, _Alignof(kn_scan_state)) ||
        kn_check_aligned(fn, "out", out, _Alignof(kn_scan_state)))
        return KN_ERR_INVALID_ARG;
    kn_drv_scan_piece_link(kind, x, n, lo, totals, in, out);
    return KN_OK;
}

kn_status kn_scan_piece_f64(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                            const double *starts, double *out)
{
    const char *fn = "kn_scan_piece_f64";
    kn_status st = check_scan_piece(fn, kind, x, n, lo, starts, "starts");
    if (!st && n > 0) {
        uintptr_t a = (uintptr_t)x, b = (uintptr_t)out, bytes = n * sizeof(double);
        if (!out) return kn_null_arg(fn, "out");
        if (kn_check_aligned(fn, "out", out, _Alignof(double))) return KN_ERR_INVALID_ARG;
        if (a != b && a < b + bytes && b < a + bytes)
            return kn_fail(KN_ERR_INVALID_ARG, "%s: x and out overlap without being the same array", fn);
    }
    if (!st) st = kn_ctx_resolve(ctx, &ctx);
    if (st || n == 0) return st;
    return kn_drv_scan_piece(ctx, kind, x, n, lo, starts, out);
}

kn_status kn_set_last_error(kn_status s, const char *message)
{
    return kn_fail(s, "%s", message ? message : "");
}
