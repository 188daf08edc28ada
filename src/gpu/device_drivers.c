/* The GPU drivers (device_drivers.h), once for every runtime. */
#include "device_drivers.h"

#include <stdatomic.h>
#include <stdlib.h>

#include "../core/canon.h"
#include "../core/error.h"
#include "../core/kn_math.h"
#include "../core/prims.h"
#include "device_kernels.h"

static atomic_size_t piece_override;

void kn_gpu_set_piece_bytes(size_t bytes) { atomic_store(&piece_override, bytes); }

size_t kn_dev_piece(const kn_device_ops *dev, kn_ctx *ctx, size_t elem)
{
    size_t bytes = atomic_load(&piece_override);
    if (!bytes) bytes = dev->max_buffer_bytes(ctx);
    return bytes / elem ? bytes / elem : 1;
}

const double *kn_gpu_expr_input(const double *v, ptrdiff_t s, size_t off, size_t cnt, double *row)
{
    if (s == 1) return v + off;
    const double *base = v + (ptrdiff_t)off * s;
    for (size_t i = 0; i < cnt; i++) row[i] = base[(ptrdiff_t)i * s];
    return row;
}

/* A kernel argument from a variable (a buffer: its kn_dev_buf). */
#define ARG(v) {sizeof(v), &(v)}

static size_t min_size(size_t a, size_t b) { return a < b ? a : b; }

/* ---- Julia ---------------------------------------------------------- */

static kn_status julia_grid(const kn_device_ops *dev, kn_ctx *ctx, const kn_julia_params *p, int32_t *counts)
{
    size_t total = (size_t)p->height * (size_t)p->width;
    size_t piece = min_size(kn_dev_piece(dev, ctx, sizeof(int32_t)), total);
    double x_min = p->x_min, y_max = p->y_max, dx = kn_julia_dx(p), dy = kn_julia_dy(p);
    double c_re = p->c_re, c_im = p->c_im;
    int32_t w = p->width, max_iter = p->max_iter;
    kn_dev_buf out = NULL;
    kn_status st = dev->begin(ctx);
    if (st) return st;
    KN_DEV_TRY(dev->alloc(ctx, piece * sizeof(int32_t), &out));
    for (size_t off = 0; off < total;) {
        size_t cnt = min_size(total - off, piece);
        uint64_t first = off, count = cnt;
        const kn_dev_arg args[] = {ARG(out), ARG(first), ARG(count), ARG(w),    ARG(x_min),   ARG(y_max),
                                   ARG(dx),  ARG(dy),    ARG(c_re),  ARG(c_im), ARG(max_iter)};
        KN_DEV_TRY(dev->launch(ctx, KN_DK_JULIA_GRID, cnt, 0, args, sizeof args / sizeof args[0]));
        KN_DEV_TRY(dev->read(ctx, counts + first, out, 0, cnt * sizeof(int32_t)));
        off += cnt;
    }
done:
    dev->free(ctx, out);
    dev->end(ctx, st);
    return st;
}

static kn_status julia_points(const kn_device_ops *dev, kn_ctx *ctx, size_t n, const double *z_re,
                              const double *z_im, const double *c_re, const double *c_im, int32_t max_iter,
                              int32_t *counts)
{
    size_t piece = min_size(kn_dev_piece(dev, ctx, sizeof(double)), n);
    const double *in[4] = {z_re, z_im, c_re, c_im};
    kn_dev_buf buf[4] = {NULL, NULL, NULL, NULL}, out = NULL;
    kn_status st = dev->begin(ctx);
    if (st) return st;
    for (int a = 0; a < 4; a++) KN_DEV_TRY(dev->alloc(ctx, piece * sizeof(double), &buf[a]));
    KN_DEV_TRY(dev->alloc(ctx, piece * sizeof(int32_t), &out));
    for (size_t off = 0; off < n;) {
        size_t cnt = min_size(n - off, piece);
        uint64_t count = cnt;
        for (int a = 0; a < 4; a++) KN_DEV_TRY(dev->write(ctx, buf[a], 0, in[a] + off, cnt * sizeof(double)));
        const kn_dev_arg args[] = {ARG(buf[0]), ARG(buf[1]), ARG(buf[2]),  ARG(buf[3]),
                                   ARG(out),    ARG(count),  ARG(max_iter)};
        KN_DEV_TRY(dev->launch(ctx, KN_DK_JULIA_POINTS, cnt, 0, args, sizeof args / sizeof args[0]));
        KN_DEV_TRY(dev->read(ctx, counts + off, out, 0, cnt * sizeof(int32_t)));
        off += cnt;
    }
done:
    for (int a = 0; a < 4; a++) dev->free(ctx, buf[a]);
    dev->free(ctx, out);
    dev->end(ctx, st);
    return st;
}

/* ---- Firewall ------------------------------------------------------- */

#define FW_BATCH_MIN ((size_t)1 << 14)
#define FW_BATCH_MAX ((size_t)1 << 22)

/* The plan's checks as two arrays (periods, then residues) for the device. */
static uint64_t *fw_check_arrays(const kn_fw_plan *plan, const kn_device_ops *dev)
{
    size_t nc = plan->nchecks;
    uint64_t *a = malloc((nc ? nc : 1) * 2 * sizeof *a);
    if (!a) {
        kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory for the firewall checks", dev->name);
        return NULL;
    }
    for (size_t i = 0; i < nc; i++) {
        a[i] = plan->checks[i].period;
        a[nc + i] = plan->checks[i].residue;
    }
    return a;
}

/* Candidates in increasing order are scanned in batches (growing from
 * FW_BATCH_MIN, as the answer is often small); inside a batch the device
 * takes the smallest passing index with an atomic min, so the answer is the
 * smallest passing candidate, exactly as kn_scalar_fw_scan finds it. */
static kn_status firewall_scan(const kn_device_ops *dev, kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from,
                               uint64_t limit, uint64_t *delay)
{
    size_t piece = kn_dev_piece(dev, ctx, sizeof(uint64_t)), nc = plan->nchecks;
    if (nc > piece || nc > UINT32_MAX || plan->nsurv > piece)
        return kn_scalar_fw_scan(ctx, plan, from, limit, delay); /* absurdly many layers: host */
    uint64_t *checks = fw_check_arrays(plan, dev);
    if (!checks) return KN_ERR_NO_MEMORY;
    kn_dev_buf surv = NULL, per = NULL, res = NULL, found = NULL;
    kn_status st = dev->begin(ctx);
    if (st) {
        free(checks);
        return st;
    }
    KN_DEV_TRY(dev->alloc(ctx, plan->nsurv * sizeof(uint64_t), &surv));
    KN_DEV_TRY(dev->alloc(ctx, nc * sizeof(uint64_t), &per));
    KN_DEV_TRY(dev->alloc(ctx, nc * sizeof(uint64_t), &res));
    KN_DEV_TRY(dev->alloc(ctx, sizeof(uint32_t), &found));
    KN_DEV_TRY(dev->write(ctx, surv, 0, plan->surv, plan->nsurv * sizeof(uint64_t)));
    if (nc) {
        KN_DEV_TRY(dev->write(ctx, per, 0, checks, nc * sizeof(uint64_t)));
        KN_DEV_TRY(dev->write(ctx, res, 0, checks + nc, nc * sizeof(uint64_t)));
    }
    uint64_t nsurv = plan->nsurv, wheel = plan->wheel, c0 = from / plan->wheel * plan->nsurv;
    uint32_t nchecks = (uint32_t)nc;
    const uint32_t none = UINT32_MAX;
    size_t batch = FW_BATCH_MIN;
    st = KN_ERR_NOT_FOUND;
    while (kn_fw_candidate(c0, nsurv, wheel, plan->surv) <= limit) {
        uint32_t count = (uint32_t)batch, idx = UINT32_MAX;
        const kn_dev_arg args[] = {ARG(surv),  ARG(nsurv), ARG(wheel), ARG(per),   ARG(res),
                                   ARG(nchecks), ARG(c0),  ARG(count), ARG(limit), ARG(found)};
        KN_DEV_TRY(dev->write(ctx, found, 0, &none, sizeof none));
        KN_DEV_TRY(dev->launch(ctx, KN_DK_FW_SCAN, batch, 0, args, sizeof args / sizeof args[0]));
        KN_DEV_TRY(dev->read(ctx, &idx, found, 0, sizeof idx));
        if (idx != UINT32_MAX) {
            *delay = kn_fw_candidate(c0 + idx, nsurv, wheel, plan->surv);
            st = KN_OK;
            break;
        }
        c0 += batch;
        if (batch < FW_BATCH_MAX) batch *= 2;
    }
done:
    dev->free(ctx, surv);
    dev->free(ctx, per);
    dev->free(ctx, res);
    dev->free(ctx, found);
    dev->end(ctx, st);
    free(checks);
    return st;
}

/* ---- Reductions ----------------------------------------------------- */

/* Elements per piece: whole canonical blocks (KN_SUM_BLOCK is a multiple of
 * KN_SCAN_BLOCK, so this suits the scans too), no more than n needs. */
static size_t block_piece(const kn_device_ops *dev, kn_ctx *ctx, size_t n)
{
    size_t piece = kn_dev_piece(dev, ctx, sizeof(double)) / KN_SUM_BLOCK * KN_SUM_BLOCK;
    if (piece < KN_SUM_BLOCK) piece = KN_SUM_BLOCK;
    return min_size(piece, (n + KN_SUM_BLOCK - 1) / KN_SUM_BLOCK * KN_SUM_BLOCK);
}

/* Per piece, the device computes the block totals (kernels.h, steps 1-3)
 * of the piece's `elem`-byte elements into `tot` (read back), and `add`
 * combines them on the host in block order. */
typedef struct {
    kn_dev_kernel kernel;
    const void *x, *y; /* y: KN_RED_DOT only */
    int32_t op;
    void (*add)(void *acc, const void *tot, size_t nb);
    void *acc;
} block_sums;

static kn_status sum_blocks(const kn_device_ops *dev, kn_ctx *ctx, const block_sums *bs, size_t n)
{
    const size_t elem = 8; /* double, int64 */
    size_t piece = block_piece(dev, ctx, n), maxb = piece / KN_SUM_BLOCK;
    void *tot = malloc(maxb * elem);
    if (!tot) return kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory for %zu block totals", dev->name, maxb);
    kn_dev_buf xb = NULL, yb = NULL, tb = NULL;
    kn_status st = dev->begin(ctx);
    if (st) {
        free(tot);
        return st;
    }
    KN_DEV_TRY(dev->alloc(ctx, piece * elem, &xb));
    if (bs->y) KN_DEV_TRY(dev->alloc(ctx, piece * elem, &yb));
    KN_DEV_TRY(dev->alloc(ctx, maxb * elem, &tb));
    kn_dev_buf ya = bs->y ? yb : xb;
    for (size_t off = 0; off < n;) {
        size_t cnt = min_size(n - off, piece), nb = (cnt + KN_SUM_BLOCK - 1) / KN_SUM_BLOCK;
        uint64_t len = cnt;
        KN_DEV_TRY(dev->write(ctx, xb, 0, (const char *)bs->x + off * elem, cnt * elem));
        if (bs->y) KN_DEV_TRY(dev->write(ctx, yb, 0, (const char *)bs->y + off * elem, cnt * elem));
        if (bs->kernel == KN_DK_REDUCE_F64) {
            const kn_dev_arg args[] = {ARG(xb), ARG(ya), ARG(len), ARG(bs->op), ARG(tb)};
            KN_DEV_TRY(dev->launch(ctx, bs->kernel, nb * KN_SUM_LANES, KN_SUM_LANES, args, 5));
        } else {
            const kn_dev_arg args[] = {ARG(xb), ARG(len), ARG(tb)};
            KN_DEV_TRY(dev->launch(ctx, bs->kernel, nb * KN_SUM_LANES, KN_SUM_LANES, args, 3));
        }
        KN_DEV_TRY(dev->read(ctx, tot, tb, 0, nb * elem));
        bs->add(bs->acc, tot, nb);
        off += cnt;
    }
done:
    dev->free(ctx, xb);
    dev->free(ctx, yb);
    dev->free(ctx, tb);
    dev->end(ctx, st);
    free(tot);
    return st;
}

/* Block totals into the canonical tree (kernels.h, step 4). */
static void add_to_tree(void *acc, const void *tot, size_t nb)
{
    for (size_t b = 0; b < nb; b++) kn_tree_push(acc, ((const double *)tot)[b]);
}

static kn_status reduce_f64(const kn_device_ops *dev, kn_ctx *ctx, kn_red_op op, const double *x, const double *y,
                            size_t n, double *out)
{
    kn_tree tree;
    kn_tree_init(&tree);
    const block_sums bs = {KN_DK_REDUCE_F64, x, op == KN_RED_DOT ? y : NULL, (int32_t)op, add_to_tree, &tree};
    kn_status st = sum_blocks(dev, ctx, &bs, n);
    if (!st) *out = kn_tree_finish(&tree);
    return st;
}

/* Saturated block totals into one saturated sum. */
static void add_saturated(void *acc, const void *tot, size_t nb)
{
    uint64_t *sum = acc;
    for (size_t b = 0; b < nb; b++) *sum = kn_add_sat_i64(*sum, ((const uint64_t *)tot)[b]);
}

static kn_status norm_square_i64(const kn_device_ops *dev, kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    uint64_t sum = 0;
    const block_sums bs = {KN_DK_NORM_SQ_I64, x, NULL, 0, add_saturated, &sum};
    kn_status st = sum_blocks(dev, ctx, &bs, n);
    if (st) return st;
    if (sum == KN_I64_PAST) return KN_ERR_OVERFLOW;
    *out = (int64_t)sum;
    return KN_OK;
}

/* ---- Scans ---------------------------------------------------------- */

/* Pieces of whole blocks in the scan's order (suffix sums from the right
 * end, prefix sums from the left); per piece: block totals on the device,
 * the carries chained on the host (kernels.h, sequential as defined), then
 * the in-block scans on the device, in place in the device buffer. */
static kn_status scan_f64(const kn_device_ops *dev, kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n,
                          double *out)
{
    double carry = 0.0;
    size_t piece = block_piece(dev, ctx, n), maxb = piece / KN_SCAN_BLOCK, npieces = (n + piece - 1) / piece;
    double *tot = malloc(maxb * sizeof *tot);
    if (!tot) return kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory for %zu block totals", dev->name, maxb);
    kn_dev_buf xb = NULL, tb = NULL, cb = NULL;
    int32_t d = (int32_t)dir;
    kn_status st = dev->begin(ctx);
    if (st) {
        free(tot);
        return st;
    }
    KN_DEV_TRY(dev->alloc(ctx, piece * sizeof(double), &xb));
    KN_DEV_TRY(dev->alloc(ctx, maxb * sizeof(double), &tb));
    KN_DEV_TRY(dev->alloc(ctx, maxb * sizeof(double), &cb));
    for (size_t k = 0; k < npieces; k++) {
        size_t start = (dir == KN_SCAN_PREFIX ? k : npieces - 1 - k) * piece;
        size_t cnt = min_size(n - start, piece), nb = (cnt + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
        uint64_t len = cnt, nblocks = nb;
        KN_DEV_TRY(dev->write(ctx, xb, 0, x + start, cnt * sizeof(double)));
        const kn_dev_arg targs[] = {ARG(xb), ARG(len), ARG(nblocks), ARG(d), ARG(tb)};
        KN_DEV_TRY(dev->launch(ctx, KN_DK_SCAN_TOTALS, nb, 0, targs, 5));
        KN_DEV_TRY(dev->read(ctx, tot, tb, 0, nb * sizeof(double)));
        carry = dir == KN_SCAN_PREFIX ? kn_scan_carries_prefix(tot, nb, carry) : kn_scan_carries(tot, nb, carry);
        KN_DEV_TRY(dev->write(ctx, cb, 0, tot, nb * sizeof(double)));
        const kn_dev_arg bargs[] = {ARG(xb), ARG(len), ARG(nblocks), ARG(d), ARG(cb)};
        KN_DEV_TRY(dev->launch(ctx, KN_DK_SCAN_BLOCKS, nb, 0, bargs, 5));
        KN_DEV_TRY(dev->read(ctx, out + start, xb, 0, cnt * sizeof(double)));
    }
done:
    dev->free(ctx, xb);
    dev->free(ctx, tb);
    dev->free(ctx, cb);
    dev->end(ctx, st);
    free(tot);
    return st;
}

/* ---- The entries of both runtimes ----------------------------------- */

/* The device interface of the context's runtime. */
static const kn_device_ops *device_of(const kn_ctx *ctx)
{
#ifdef KN_HAVE_OPENCL
    if (ctx->ops->id == KN_OPENCL) return &kn_opencl_device;
#endif
#ifdef KN_HAVE_CUDA
    if (ctx->ops->id == KN_CUDA) return &kn_cuda_device;
#endif
    return NULL; /* not reached: only GPU contexts come here */
}

kn_status kn_gpu_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts)
{
    return julia_grid(device_of(ctx), ctx, p, counts);
}

kn_status kn_gpu_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                              const double *c_im, int32_t max_iter, int32_t *counts)
{
    return julia_points(device_of(ctx), ctx, n, z_re, z_im, c_re, c_im, max_iter, counts);
}

kn_status kn_gpu_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay)
{
    return firewall_scan(device_of(ctx), ctx, plan, from, limit, delay);
}

kn_status kn_gpu_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *out)
{
    return reduce_f64(device_of(ctx), ctx, op, x, y, n, out);
}

kn_status kn_gpu_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    return norm_square_i64(device_of(ctx), ctx, x, n, out);
}

kn_status kn_gpu_scan_f64(kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out)
{
    return scan_f64(device_of(ctx), ctx, dir, x, n, out);
}

