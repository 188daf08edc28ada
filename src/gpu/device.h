/* The device interface the GPU drivers (device_drivers.c) are written on,
 * implemented once per runtime (opencl/opencl.c, cuda/kernels.cu). A call
 * runs between begin and end on the context's own queue or stream, in
 * order: a write may still be reading its source until the next read or
 * end returns, so sources stay untouched until then. */
#ifndef KN_GPU_DEVICE_H
#define KN_GPU_DEVICE_H

#include <stddef.h>
#include <stdint.h>

#include "../core/backend.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The kernels every runtime provides (kernels.cl, kernels.cu), with their
 * arguments in this order: */
typedef enum {
    KN_DK_JULIA_GRID,   /* counts, first (u64), count (u64), width (i32), x_min, y_max, dx, dy, c_re, c_im, max_iter (i32) */
    KN_DK_JULIA_POINTS, /* z_re, z_im, c_re, c_im, counts, count (u64), max_iter (i32) */
    KN_DK_FW_SCAN,      /* surv, nsurv (u64), wheel (u64), period, residue, nchecks (u32), c0 (u64), count (u32), limit (u64), found */
    KN_DK_REDUCE_F64,   /* x, y, n (u64), op (i32), totals; work-groups of KN_SUM_LANES */
    KN_DK_NORM_SQ_I64,  /* x, n (u64), totals; work-groups of KN_SUM_LANES */
    KN_DK_SCAN_TOTALS,  /* x, n (u64), nblocks (u64), dir (i32), totals */
    KN_DK_SCAN_BLOCKS,  /* x, n (u64), nblocks (u64), dir (i32), carries */
    KN_DK_COUNT
} kn_dev_kernel;

/* A device buffer: a cl_mem or a CUDA device pointer. */
typedef void *kn_dev_buf;

/* One kernel argument: `size` bytes at `ptr` (a buffer is passed as the
 * address of its kn_dev_buf). */
typedef struct {
    size_t size;
    const void *ptr;
} kn_dev_arg;

typedef struct kn_device_ops {
    const char *name; /* "opencl", "cuda": the prefix of error messages */
    /* Takes the context's queue (and lock) for one call. */
    kn_status (*begin)(kn_ctx *ctx);
    /* Gives it back; after a failure, first waits for whatever was queued. */
    void (*end)(kn_ctx *ctx, kn_status st);
    /* The largest buffer one call should allocate, in bytes. */
    size_t (*max_buffer_bytes)(kn_ctx *ctx);
    kn_status (*alloc)(kn_ctx *ctx, size_t bytes, kn_dev_buf *out);
    void (*free)(kn_ctx *ctx, kn_dev_buf buf); /* NULL is ignored */
    /* host -> device at byte `offset` of dst; may return before it is done */
    kn_status (*write)(kn_ctx *ctx, kn_dev_buf dst, size_t offset, const void *src, size_t bytes);
    /* device -> host, done when it returns */
    kn_status (*read)(kn_ctx *ctx, void *dst, kn_dev_buf src, size_t offset, size_t bytes);
    /* `global` work-items (the kernels ignore any beyond it) in work-groups
     * of `local` (0: the runtime's choice) */
    kn_status (*launch)(kn_ctx *ctx, kn_dev_kernel k, size_t global, size_t local, const kn_dev_arg *args,
                        size_t nargs);
} kn_device_ops;

/* In a function with `kn_status st` and a `done:` label: runs a call that
 * returns a kn_status (a device op, or a runtime call wrapped by that
 * runtime's one check helper, kn_cl_check or kn_cuda_check) and jumps to
 * done on failure. */
#define KN_DEV_TRY(call)            \
    do {                            \
        kn_status e_ = (call);      \
        if (e_ != KN_OK) {          \
            st = e_;                \
            goto done;              \
        }                           \
    } while (0)

/* Test hook: caps the bytes of every buffer the GPU drivers and expression
 * evaluators allocate (0 restores each runtime's limit), so that small
 * inputs take the piece-by-piece paths. Process-wide; not public API. */
void kn_gpu_set_piece_bytes(size_t bytes);

/* The elements of `elem` bytes one buffer may hold for this call: the
 * runtime's limit, or the test hook's (kn_gpu_set_piece_bytes), at least 1. */
size_t kn_dev_piece(const kn_device_ops *dev, kn_ctx *ctx, size_t elem);

#ifdef __cplusplus
}
#endif

#endif
