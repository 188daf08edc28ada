/* The CUDA backend's entry points (kernels.cu, C linkage) for the table in
 * cuda_ops.c. */
#ifndef KN_GPU_CUDA_BACKEND_H
#define KN_GPU_CUDA_BACKEND_H

#include "../../core/backend.h"
#include "../device.h"

#ifdef __CUDACC__
#include <cuda_runtime.h>

/* The runtime's one failure helper: KN_ERR_DEVICE with "cuda: <what>
 * failed: <name> (<description>)". */
extern "C" kn_status kn_cuda_fail(const char *what, cudaError_t e);

/* KN_OK, or the failure of a CUDA call recorded by kn_cuda_fail. */
static inline kn_status kn_cuda_check(const char *what, cudaError_t e)
{
    return e == cudaSuccess ? KN_OK : kn_cuda_fail(what, e);
}

/* In a function with `kn_status st` and a `done:` label: runs a CUDA call
 * and, on failure, records the error and jumps to done. */
#define CU(what, call) KN_DEV_TRY(kn_cuda_check((what), (call)))
#endif

#ifdef __cplusplus
extern "C" {
#endif

const char *kn_cuda_unavailable_reason(void);
const char *kn_cuda_info(void);
/* The bytes each device buffer may take (kernels.cu). */
size_t kn_cuda_piece_bytes(void);
/* kernels_expr.cu: the device-side interpreter. */
kn_status kn_cuda_expr_eval(kn_ctx *ctx, const struct kn_expr *e, size_t n, const double *const *vars,
                            const ptrdiff_t *strides, double *out);

#ifdef __cplusplus
}
#endif

#endif
