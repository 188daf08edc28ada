/* What the API entry points share: the context to run on, backend lookup. */
#ifndef KN_CORE_DISPATCH_H
#define KN_CORE_DISPATCH_H

#include "backend.h"

/* The context a call runs on: ctx itself, or the default context (created
 * on first use); fails with the default context's error if it has none. */
kn_status kn_ctx_resolve(kn_ctx *ctx, kn_ctx **out);

/* Records "<fn>: <arg> is NULL" and returns KN_ERR_INVALID_ARG. */
kn_status kn_null_arg(const char *fn, const char *arg);

/* KN_OK if p is a multiple of align; else records "<fn>: <arg> is not
 * aligned to <align> bytes (address <p>)" and returns KN_ERR_INVALID_ARG.
 * The kernels read and write through typed pointers, and a misaligned one
 * is undefined behaviour in C (and faults on some CPUs and devices). */
kn_status kn_check_aligned(const char *fn, const char *arg, const void *p, size_t align);

const char *kn_backend_unavailable_reason(kn_backend b);
/* NULL if backend b is usable here on a GPU device, else why not. */
const char *kn_backend_gpu_unavailable_reason(kn_backend b);
/* What "auto" picks: cuda or OpenCL on a GPU, else omp, simd, scalar. */
kn_backend kn_backend_best(void);

/* What a name stands for (case and white space around it ignored): a
 * kn_backend, KN_NAME_GPU for "gpu", or KN_NAME_UNKNOWN. The one parser
 * of kn_backend_from_name and KERNELS_BACKEND. */
enum { KN_NAME_UNKNOWN = -1, KN_NAME_GPU = KN_BACKEND_COUNT };
int kn_backend_lookup(const char *name);

/* The backend kn_ctx_create(KN_AUTO) would pick now (KERNELS_BACKEND
 * included): KN_OK and *out, or the status with the reason written to
 * why. Records no error (kn_last_error() is left alone). */
kn_status kn_auto_backend(kn_backend *out, char *why, size_t cap);

/* kn_ctx_create for a backend's own use (omp's context for its chunks):
 * no KERNELS_VERBOSE line, and errors without the kn_ctx_create prefix. */
kn_status kn_ctx_new(kn_ctx **ctx, kn_backend b);

#endif
