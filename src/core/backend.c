/* The registry of built-in backends and their names. */
#include <string.h>
#include <strings.h>

#include "backend.h"
#include "error.h"

static const char *const names[KN_BACKEND_COUNT] = {"auto", "scalar", "simd", "omp", "opencl", "cuda"};

/* Why a backend that is not compiled in is missing. */
static const char *const not_built[KN_BACKEND_COUNT] = {
    NULL,
    NULL,
    "simd: not built (configure with -DKERNELS_WITH_SIMD=ON and libhwy-dev installed)",
    "omp: not built (configure with -DKERNELS_WITH_OMP=ON and a compiler with OpenMP)",
    "opencl: not built (configure with -DKERNELS_WITH_OPENCL=ON with ocl-icd-opencl-dev and opencl-headers installed)",
    "cuda: not built (configure with -DKERNELS_WITH_CUDA=ON with the CUDA toolkit's nvcc on PATH)",
};

const kn_backend_ops *kn_backend_ops_get(kn_backend b)
{
    switch (b) {
    case KN_SCALAR: return &kn_scalar_ops;
#ifdef KN_HAVE_SIMD
    case KN_SIMD: return &kn_simd_ops;
#endif
#ifdef KN_HAVE_OMP
    case KN_OMP: return &kn_omp_ops;
#endif
#ifdef KN_HAVE_OPENCL
    case KN_OPENCL: return &kn_opencl_ops;
#endif
#ifdef KN_HAVE_CUDA
    case KN_CUDA: return &kn_cuda_ops;
#endif
    default: return NULL;
    }
}

const char *kn_backend_name(kn_backend b)
{
    return (unsigned)b < KN_BACKEND_COUNT ? names[b] : "unknown";
}

kn_status kn_backend_from_name(const char *name, kn_backend *out)
{
    if (!name) return kn_fail(KN_ERR_INVALID_ARG, "kn_backend_from_name: name is NULL");
    if (!out) return kn_fail(KN_ERR_INVALID_ARG, "kn_backend_from_name: out is NULL");
    for (int b = 0; b < KN_BACKEND_COUNT; b++)
        if (strcasecmp(name, names[b]) == 0) {
            *out = (kn_backend)b;
            return KN_OK;
        }
    return kn_fail(KN_ERR_INVALID_ARG,
                   "unknown backend '%s'; valid names are auto, scalar, simd, omp, opencl, cuda", name);
}

/* NULL if usable, else why not. */
const char *kn_backend_unavailable_reason(kn_backend b)
{
    if ((unsigned)b >= KN_BACKEND_COUNT || b == KN_AUTO) return "not a backend";
    const kn_backend_ops *ops = kn_backend_ops_get(b);
    if (!ops) return not_built[b];
    return ops->unavailable_reason ? ops->unavailable_reason() : NULL;
}

int kn_backend_available(kn_backend b)
{
    if (b == KN_AUTO) return 1;
    return kn_backend_unavailable_reason(b) == NULL;
}

kn_backend kn_backend_best(void)
{
    static const kn_backend order[] = {KN_CUDA, KN_OPENCL, KN_OMP, KN_SIMD};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const kn_backend_ops *ops = kn_backend_ops_get(order[i]);
        if (!ops || !kn_backend_available(order[i])) continue;
        /* OpenCL on a CPU (PoCL) is a portability path, not the fast one. */
        if (ops->on_gpu ? ops->on_gpu() : order[i] == KN_OMP || order[i] == KN_SIMD) return order[i];
    }
    return KN_SCALAR;
}

const char *kn_backend_info(kn_backend b)
{
    if (b == KN_AUTO) b = kn_backend_best();
    if ((unsigned)b >= KN_BACKEND_COUNT) return "unknown backend";
    const char *why = kn_backend_unavailable_reason(b);
    return why ? why : kn_backend_ops_get(b)->info();
}
