/* The registry of built-in backends and their names. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "dispatch.h"
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

int kn_backend_lookup(const char *name)
{
    while (isspace((unsigned char)*name)) name++;
    size_t len = strlen(name);
    while (len && isspace((unsigned char)name[len - 1])) len--;
    for (int b = 0; b < KN_BACKEND_COUNT; b++)
        if (strlen(names[b]) == len && strncasecmp(name, names[b], len) == 0) return b;
    if (len == 3 && strncasecmp(name, "gpu", 3) == 0) return KN_NAME_GPU;
    return KN_NAME_UNKNOWN;
}

kn_status kn_backend_from_name(const char *name, kn_backend *out)
{
    if (!name) return kn_fail(KN_ERR_INVALID_ARG, "kn_backend_from_name: name is NULL");
    if (!out) return kn_fail(KN_ERR_INVALID_ARG, "kn_backend_from_name: out is NULL");
    int b = kn_backend_lookup(name);
    if (b == KN_NAME_GPU)
        return kn_fail(KN_ERR_INVALID_ARG, "kn_backend_from_name: 'gpu' stands for two backends (cuda, then opencl, "
                                           "each only on a GPU); only KERNELS_BACKEND accepts it");
    if (b == KN_NAME_UNKNOWN)
        return kn_fail(KN_ERR_INVALID_ARG,
                       "kn_backend_from_name: unknown backend '%s'; valid names are auto, scalar, simd, omp, opencl, cuda",
                       name);
    *out = (kn_backend)b;
    return KN_OK;
}

/* NULL if usable, else why not. */
const char *kn_backend_unavailable_reason(kn_backend b)
{
    if ((unsigned)b >= KN_BACKEND_COUNT || b == KN_AUTO) return "not a backend";
    const kn_backend_ops *ops = kn_backend_ops_get(b);
    if (!ops) return not_built[b];
    return ops->unavailable_reason ? ops->unavailable_reason() : NULL;
}

const char *kn_backend_gpu_unavailable_reason(kn_backend b)
{
    const kn_backend_ops *ops = kn_backend_ops_get(b);
    if (!ops || !ops->gpu_unavailable_reason) return kn_backend_unavailable_reason(b);
    return ops->gpu_unavailable_reason();
}

static int available(kn_backend b)
{
    if (b == KN_AUTO) {
        char why[KN_ERROR_MAX];
        return kn_auto_backend(&b, why, sizeof why) == KN_OK;
    }
    return kn_backend_unavailable_reason(b) == NULL;
}

int kn_backend_available(kn_backend b)
{
    kn_error_saved saved;
    kn_error_save(&saved);
    int yes = available(b);
    kn_error_restore(&saved);
    return yes;
}

/* GPU backends are asked only whether they run on a GPU: OpenCL on a CPU
 * (PoCL) is a portability path, not the fast one, and is not even loaded. */
kn_backend kn_backend_best(void)
{
    static const kn_backend gpus[] = {KN_CUDA, KN_OPENCL};
    for (size_t i = 0; i < sizeof gpus / sizeof gpus[0]; i++)
        if (!kn_backend_gpu_unavailable_reason(gpus[i])) return gpus[i];
    if (available(KN_OMP)) return KN_OMP;
    if (available(KN_SIMD)) return KN_SIMD;
    return KN_SCALAR;
}

static const char *info(kn_backend b)
{
    if (b == KN_AUTO) {
        char why[KN_ERROR_MAX];
        if (kn_auto_backend(&b, why, sizeof why)) return kn_intern(why);
    }
    if ((unsigned)b >= KN_BACKEND_COUNT) return "unknown backend";
    const char *why = kn_backend_unavailable_reason(b);
    return why ? why : kn_backend_ops_get(b)->info();
}

const char *kn_backend_info(kn_backend b)
{
    kn_error_saved saved;
    kn_error_save(&saved);
    const char *text = info(b);
    kn_error_restore(&saved);
    return text;
}

kn_status kn_device_lacks(const kn_ctx *ctx, const char *fn)
{
    return kn_fail(KN_ERR_UNAVAILABLE, "%s: the %s backend has no device kernel for it", fn,
                   kn_backend_name(ctx->ops->id));
}
