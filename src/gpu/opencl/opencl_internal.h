/* Internals of the OpenCL backend shared by its files (and reachable from
 * the tests, which link the static library). */
#ifndef KN_GPU_OPENCL_INTERNAL_H
#define KN_GPU_OPENCL_INTERNAL_H

#include <stddef.h>

#include "kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Test hook: builds `src` for the device of ctx (an OpenCL context) and
 * throws the program away; failures are reported like the kernels' own. */
kn_status kn_opencl_build_test(kn_ctx *ctx, const char *src);

/* Test hook: expressions of more than `insns` instructions run through the
 * interpreter instead of a kernel of their own (0: every expression;
 * KN_EXPR_OPENCL_MAX_KERNEL_INSNS restores the default). Process-wide. */
void kn_opencl_set_expr_kernel_max(size_t insns);

/* Test hook: how many expression kernels (not the interpreter) this process
 * has built, on any device. */
size_t kn_opencl_expr_kernels_built(void);
/* 1 if the OpenCL vendor files name a driver that may offer a GPU, read as
 * the ICD loader (ocl-icd) reads them with OCL_ICD_VENDORS = vendors and
 * OPENCL_VENDOR_PATH = vendor_path (NULL or empty: unset), loading none;
 * else 0 and why (an "opencl: no GPU: ..." sentence). PoCL counts as a CPU
 * driver. Exposed for the tests. */
int kn_cl_icd_gpu_possible(const char *vendors, const char *vendor_path, char *why, size_t cap);

/* Name of an OpenCL error code ("CL_OUT_OF_RESOURCES"), or "CL error <n>". */
const char *kn_cl_error_name(int err);

#ifdef __cplusplus
}
#endif

#endif
