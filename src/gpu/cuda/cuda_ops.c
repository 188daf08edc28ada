/* The CUDA backend's tables (C, designated initializers): the shared GPU
 * drivers, which run on the CUDA device interface for a CUDA context. */
#include "../device_drivers.h"
#include "../device_kernels.h"
#include "cuda_backend.h"

const kn_device_kernels kn_cuda_device_kernels = KN_GPU_DEVICE_KERNELS(kn_cuda_expr_eval);

const kn_backend_ops kn_cuda_ops = {
    .id = KN_CUDA,
    .gpu_unavailable_reason = kn_cuda_unavailable_reason, /* a CUDA device is a GPU */
    .unavailable_reason = kn_cuda_unavailable_reason,
    .info = kn_cuda_info,
    .device = &kn_cuda_device_kernels,
};
