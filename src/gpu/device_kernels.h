/* The instances of kn_device_kernels (src/core/backend.h) of the OpenCL
 * and CUDA backends. */
#ifndef KN_GPU_DEVICE_KERNELS_H
#define KN_GPU_DEVICE_KERNELS_H

#include "../core/backend.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifdef KN_HAVE_OPENCL
extern const kn_device_kernels kn_opencl_device_kernels;
#endif
#ifdef KN_HAVE_CUDA
extern const kn_device_kernels kn_cuda_device_kernels;
#endif

#ifdef __cplusplus
}
#endif

#endif
