/* The OpenCL backend: device discovery and choice (KERNELS_OPENCL_DEVICE),
 * per-device shared state (context and built program, made on first use),
 * per-kn_ctx state (a command queue and kernel objects behind a mutex), and
 * the kernels' host sides. Transfers are part of every call; inputs larger
 * than a device buffer are processed in pieces of whole blocks, so the
 * canonical summation orders of kernels.h hold whatever the piece size. */
#include <CL/cl.h>
#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/backend.h"
#include "../block_totals.h"
#include "../../core/error.h"
#include "../../core/kn_math.h"
#include "../../core/prims.h"
#include "kn_opencl_source.h"
#include "opencl_internal.h"
#include "opencl_state.h"

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

const char *kn_cl_error_name(int err)
{
    switch (err) {
#define E(x) case x: return #x;
    E(CL_SUCCESS) E(CL_DEVICE_NOT_FOUND) E(CL_DEVICE_NOT_AVAILABLE) E(CL_COMPILER_NOT_AVAILABLE)
    E(CL_MEM_OBJECT_ALLOCATION_FAILURE) E(CL_OUT_OF_RESOURCES) E(CL_OUT_OF_HOST_MEMORY)
    E(CL_PROFILING_INFO_NOT_AVAILABLE) E(CL_MEM_COPY_OVERLAP) E(CL_IMAGE_FORMAT_MISMATCH)
    E(CL_IMAGE_FORMAT_NOT_SUPPORTED) E(CL_BUILD_PROGRAM_FAILURE) E(CL_MAP_FAILURE)
    E(CL_MISALIGNED_SUB_BUFFER_OFFSET) E(CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST)
    E(CL_COMPILE_PROGRAM_FAILURE) E(CL_LINKER_NOT_AVAILABLE) E(CL_LINK_PROGRAM_FAILURE)
    E(CL_DEVICE_PARTITION_FAILED) E(CL_KERNEL_ARG_INFO_NOT_AVAILABLE) E(CL_INVALID_VALUE)
    E(CL_INVALID_DEVICE_TYPE) E(CL_INVALID_PLATFORM) E(CL_INVALID_DEVICE) E(CL_INVALID_CONTEXT)
    E(CL_INVALID_QUEUE_PROPERTIES) E(CL_INVALID_COMMAND_QUEUE) E(CL_INVALID_HOST_PTR)
    E(CL_INVALID_MEM_OBJECT) E(CL_INVALID_IMAGE_FORMAT_DESCRIPTOR) E(CL_INVALID_IMAGE_SIZE)
    E(CL_INVALID_SAMPLER) E(CL_INVALID_BINARY) E(CL_INVALID_BUILD_OPTIONS) E(CL_INVALID_PROGRAM)
    E(CL_INVALID_PROGRAM_EXECUTABLE) E(CL_INVALID_KERNEL_NAME) E(CL_INVALID_KERNEL_DEFINITION)
    E(CL_INVALID_KERNEL) E(CL_INVALID_ARG_INDEX) E(CL_INVALID_ARG_VALUE) E(CL_INVALID_ARG_SIZE)
    E(CL_INVALID_KERNEL_ARGS) E(CL_INVALID_WORK_DIMENSION) E(CL_INVALID_WORK_GROUP_SIZE)
    E(CL_INVALID_WORK_ITEM_SIZE) E(CL_INVALID_GLOBAL_OFFSET) E(CL_INVALID_EVENT_WAIT_LIST)
    E(CL_INVALID_EVENT) E(CL_INVALID_OPERATION) E(CL_INVALID_GL_OBJECT) E(CL_INVALID_BUFFER_SIZE)
    E(CL_INVALID_MIP_LEVEL) E(CL_INVALID_GLOBAL_WORK_SIZE) E(CL_INVALID_PROPERTY)
    E(CL_INVALID_IMAGE_DESCRIPTOR) E(CL_INVALID_COMPILER_OPTIONS) E(CL_INVALID_LINKER_OPTIONS)
    E(CL_INVALID_DEVICE_PARTITION_COUNT)
#undef E
    case -1001: return "CL_PLATFORM_NOT_FOUND_KHR";
    default: {
        static _Thread_local char buf[32];
        snprintf(buf, sizeof buf, "CL error %d", err);
        return buf;
    }
    }
}

kn_status kn_cl_fail(const char *what, cl_int err)
{
    return kn_fail(KN_ERR_DEVICE, "opencl: %s failed: %s", what, kn_cl_error_name(err));
}

/* ------------------------------------------------------------------ */
/* Device discovery (once per process) and choice (on every query, so  */
/* that KERNELS_OPENCL_DEVICE is honoured when a context is made)      */
/* ------------------------------------------------------------------ */

static pthread_once_t probe_once = PTHREAD_ONCE_INIT;
static const char *probe_fail; /* why no device can be used at all */
static char probe_fail_buf[256];
static kn_cl_device *devs;
static size_t ndevs;
static char dev_list[2048]; /* "0: <platform> / <device> (GPU), 1: ..." */

static const char *type_name(cl_device_type t)
{
    if (t & CL_DEVICE_TYPE_GPU) return "GPU";
    if (t & CL_DEVICE_TYPE_ACCELERATOR) return "accelerator";
    if (t & CL_DEVICE_TYPE_CPU) return "CPU";
    return "other";
}

static void trim_copy(char *dst, size_t cap, const char *src)
{
    while (isspace((unsigned char)*src)) src++;
    snprintf(dst, cap, "%s", src);
    for (size_t n = strlen(dst); n > 0 && isspace((unsigned char)dst[n - 1]);) dst[--n] = '\0';
}

static void find_devices(void)
{
    cl_uint np = 0;
    cl_int err = clGetPlatformIDs(0, NULL, &np);
    if (err == -1001 /* CL_PLATFORM_NOT_FOUND_KHR */ || (err == CL_SUCCESS && np == 0)) {
        probe_fail = "opencl: no OpenCL platform found (no ICD installed; on Debian install "
                     "pocl-opencl-icd for the CPU or a GPU vendor's ICD)";
        return;
    }
    if (err != CL_SUCCESS) {
        snprintf(probe_fail_buf, sizeof probe_fail_buf, "opencl: clGetPlatformIDs failed: %s",
                 kn_cl_error_name(err));
        probe_fail = probe_fail_buf;
        return;
    }
    cl_platform_id *plats = calloc(np, sizeof *plats); // NOLINT(bugprone-sizeof-expression): an array of handles
    if (!plats || clGetPlatformIDs(np, plats, NULL) != CL_SUCCESS) {
        free(plats);
        probe_fail = "opencl: could not list the OpenCL platforms";
        return;
    }
    size_t cap = 0;
    for (cl_uint p = 0; p < np; p++) {
        cl_uint nd = 0;
        if (clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, 0, NULL, &nd) != CL_SUCCESS || nd == 0) continue;
        cl_device_id *ids = calloc(nd, sizeof *ids); // NOLINT(bugprone-sizeof-expression): an array of handles
        kn_cl_device *grown = realloc(devs, (cap + nd) * sizeof *devs);
        if (!ids || !grown) {
            free(ids);
            if (grown) devs = grown;
            continue;
        }
        devs = grown;
        cap += nd;
        if (clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, nd, ids, NULL) != CL_SUCCESS) nd = 0;
        char pname[256] = "";
        char raw[256];
        if (clGetPlatformInfo(plats[p], CL_PLATFORM_NAME, sizeof raw, raw, NULL) == CL_SUCCESS)
            trim_copy(pname, sizeof pname, raw);
        for (cl_uint i = 0; i < nd; i++) {
            kn_cl_device *d = &devs[ndevs];
            memset(d, 0, sizeof *d);
            d->platform = plats[p];
            d->id = ids[i];
            snprintf(d->platform_name, sizeof d->platform_name, "%s", pname);
            if (clGetDeviceInfo(ids[i], CL_DEVICE_NAME, sizeof raw, raw, NULL) == CL_SUCCESS)
                trim_copy(d->name, sizeof d->name, raw);
            clGetDeviceInfo(ids[i], CL_DEVICE_TYPE, sizeof d->type, &d->type, NULL);
            clGetDeviceInfo(ids[i], CL_DEVICE_MAX_MEM_ALLOC_SIZE, sizeof d->max_alloc, &d->max_alloc, NULL);
            clGetDeviceInfo(ids[i], CL_DEVICE_GLOBAL_MEM_SIZE, sizeof d->global_mem, &d->global_mem, NULL);
            if (clGetDeviceInfo(ids[i], CL_DEVICE_VERSION, sizeof raw, raw, NULL) == CL_SUCCESS) {
                /* "OpenCL <major.minor>", without the vendor's suffix */
                trim_copy(d->version, sizeof d->version, raw);
                char *sp = strchr(d->version, ' ');
                if (sp && (sp = strchr(sp + 1, ' '))) *sp = '\0';
            }
            cl_device_fp_config fp = 0;
            size_t extlen = 0;
            clGetDeviceInfo(ids[i], CL_DEVICE_DOUBLE_FP_CONFIG, sizeof fp, &fp, NULL);
            if (clGetDeviceInfo(ids[i], CL_DEVICE_EXTENSIONS, 0, NULL, &extlen) == CL_SUCCESS && extlen) {
                char *ext = malloc(extlen + 1);
                if (ext && clGetDeviceInfo(ids[i], CL_DEVICE_EXTENSIONS, extlen, ext, NULL) == CL_SUCCESS) {
                    ext[extlen] = '\0';
                    if (strstr(ext, "cl_khr_fp64")) d->fp64 = 1;
                }
                free(ext);
            }
            if (fp == 0) d->fp64 = 0;
            pthread_mutex_init(&d->lock, NULL);
            ndevs++;
        }
        free(ids);
    }
    free(plats);
    if (ndevs == 0) {
        snprintf(probe_fail_buf, sizeof probe_fail_buf, "opencl: no OpenCL device found on %u platform(s)", np);
        probe_fail = probe_fail_buf;
        return;
    }
    size_t used = 0;
    for (size_t i = 0; i < ndevs && used < sizeof dev_list; i++)
        used += (size_t)snprintf(dev_list + used, sizeof dev_list - used, "%s%zu: %s / %s (%s%s)", i ? ", " : "", i,
                                 devs[i].platform_name, devs[i].name, type_name(devs[i].type),
                                 devs[i].fp64 ? "" : ", no fp64");
}

/* Loading the drivers is what starts them (PoCL's LLVM among them). */
static void probe(void)
{
    kn_cl_runtime_enter();
    find_devices();
    kn_cl_runtime_leave();
}

/* Case-insensitive substring test (strcasestr is not POSIX). */
static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++) {
        size_t k = 0;
        while (k < n && hay[k] && tolower((unsigned char)hay[k]) == tolower((unsigned char)needle[k])) k++;
        if (k == n) return 1;
    }
    return n == 0;
}

/* The device KERNELS_OPENCL_DEVICE selects (index or name substring; unset
 * or empty: the first GPU with double precision, else the first device with
 * it). NULL and *idx on success, else the reason (a kn_intern string). */
static const char *select_device(size_t *idx)
{
    pthread_once(&probe_once, probe);
    if (probe_fail) return probe_fail;
    char msg[3072];
    char want[256] = "";
    const char *env = getenv("KERNELS_OPENCL_DEVICE");
    if (env) trim_copy(want, sizeof want, env);
    size_t i = ndevs;
    if (!want[0]) {
        for (size_t k = 0; k < ndevs && i == ndevs; k++)
            if (devs[k].fp64 && (devs[k].type & CL_DEVICE_TYPE_GPU)) i = k;
        for (size_t k = 0; k < ndevs && i == ndevs; k++)
            if (devs[k].fp64) i = k;
        if (i == ndevs) {
            snprintf(msg, sizeof msg,
                     "opencl: no OpenCL device supports double precision (cl_khr_fp64), which libkernels needs; "
                     "devices: %s", dev_list);
            return kn_intern(msg);
        }
    } else {
        int digits = 1;
        for (const char *c = want; *c; c++)
            if (!isdigit((unsigned char)*c)) digits = 0;
        if (digits) {
            unsigned long long v = strtoull(want, NULL, 10);
            if (v >= ndevs || strlen(want) > 9) {
                snprintf(msg, sizeof msg,
                         "opencl: KERNELS_OPENCL_DEVICE=%s is not a device index (there %s %zu device%s: %s)", want,
                         ndevs == 1 ? "is" : "are", ndevs, ndevs == 1 ? "" : "s", dev_list);
                return kn_intern(msg);
            }
            i = (size_t)v;
        } else {
            for (size_t k = 0; k < ndevs && i == ndevs; k++)
                if (contains_ci(devs[k].name, want)) i = k;
            for (size_t k = 0; k < ndevs && i == ndevs; k++)
                if (contains_ci(devs[k].platform_name, want)) i = k;
            if (i == ndevs) {
                snprintf(msg, sizeof msg,
                         "opencl: KERNELS_OPENCL_DEVICE='%s' matches no device name (give an index or part of a "
                         "name; devices: %s)", want, dev_list);
                return kn_intern(msg);
            }
        }
        if (!devs[i].fp64) {
            snprintf(msg, sizeof msg,
                     "opencl: KERNELS_OPENCL_DEVICE='%s' selects device %zu (%s / %s), which lacks double "
                     "precision (cl_khr_fp64) that libkernels needs; devices: %s",
                     want, i, devs[i].platform_name, devs[i].name, dev_list);
            return kn_intern(msg);
        }
    }
    *idx = i;
    return NULL;
}

static const char *ocl_unavailable_reason(void)
{
    size_t i;
    return select_device(&i);
}

static const char *ocl_info(void)
{
    size_t i;
    const char *why = select_device(&i);
    if (why) return why;
    char msg[1024];
    snprintf(msg, sizeof msg, "opencl: %s / %s (%s, %s, device %zu of %zu)", devs[i].platform_name, devs[i].name,
             type_name(devs[i].type), devs[i].version, i, ndevs);
    return kn_intern(msg);
}

/* The vendor files are read once, as the ICD loader reads them once. */
static pthread_once_t vendors_once = PTHREAD_ONCE_INIT;
static int gpu_driver_listed;
static char no_gpu_driver[1024];

static void read_vendors(void)
{
    gpu_driver_listed = kn_cl_icd_gpu_possible(getenv("OCL_ICD_VENDORS"), getenv("OPENCL_VENDOR_PATH"), no_gpu_driver,
                                               sizeof no_gpu_driver);
}

/* The drivers are loaded only when one of them may offer a GPU. */
static const char *ocl_gpu_unavailable_reason(void)
{
    pthread_once(&vendors_once, read_vendors);
    if (!gpu_driver_listed) return no_gpu_driver;
    size_t i;
    const char *why = select_device(&i);
    if (why) return why;
    if (devs[i].type & CL_DEVICE_TYPE_GPU) return NULL;
    char msg[3072];
    snprintf(msg, sizeof msg, "opencl: no GPU: the device chosen, %zu (%s / %s), is a %s device; devices: %s", i,
             devs[i].platform_name, devs[i].name, type_name(devs[i].type), dev_list);
    return kn_intern(msg);
}

/* ------------------------------------------------------------------ */
/* Programs                                                            */
/* ------------------------------------------------------------------ */

static kn_status build(kn_cl_device *d, const char *src, const char *what, cl_program *out)
{
    cl_int err;
    cl_program prog = clCreateProgramWithSource(d->context, 1, &src, NULL, &err);
    if (err != CL_SUCCESS) return kn_cl_fail("clCreateProgramWithSource", err);
    /* No relaxing options (-cl-mad-enable, -cl-fast-relaxed-math): the
     * kernels must round exactly like the scalar C code. */
    /* -w: the compiler's warnings (e.g. an opcode helper the expression does
     * not use) must not reach stderr: the library never prints. */
    err = clBuildProgram(prog, 1, &d->id, "-cl-std=CL1.2 -w", NULL, NULL);
    if (err != CL_SUCCESS) {
        size_t len = 0;
        char *log = NULL;
        if (clGetProgramBuildInfo(prog, d->id, CL_PROGRAM_BUILD_LOG, 0, NULL, &len) == CL_SUCCESS && len &&
            (log = malloc(len + 1)) != NULL) {
            if (clGetProgramBuildInfo(prog, d->id, CL_PROGRAM_BUILD_LOG, len, log, NULL) != CL_SUCCESS) len = 0;
            log[len] = '\0';
        }
        kn_fail(KN_ERR_DEVICE, "opencl: building %s for %s failed: %s; build log:\n%s", what, d->name,
                kn_cl_error_name(err), log && log[0] ? log : "(empty)");
        free(log);
        clReleaseProgram(prog);
        return KN_ERR_DEVICE;
    }
    *out = prog;
    return KN_OK;
}

/* Compiling runs the driver's compiler (LLVM in PoCL). */
kn_status kn_cl_build(kn_cl_device *d, const char *src, const char *what, cl_program *out)
{
    kn_cl_runtime_enter();
    kn_status st = build(d, src, what, out);
    kn_cl_runtime_leave();
    return st;
}

kn_status kn_opencl_build_test(kn_ctx *ctx, const char *src)
{
    kn_cl_state *s = ctx->state;
    cl_program prog = NULL;
    kn_status st = kn_cl_build(s->dev, src, "a test program", &prog);
    if (!st) clReleaseProgram(prog);
    return st;
}

/* The device's context and kernel program, made on first use. */
static kn_status dev_ready(kn_cl_device *d)
{
    kn_status st = KN_OK;
    pthread_mutex_lock(&d->lock);
    if (!d->program) {
        cl_int err = CL_SUCCESS;
        if (!d->context) {
            cl_context_properties props[] = {CL_CONTEXT_PLATFORM, (cl_context_properties)d->platform, 0};
            kn_cl_runtime_enter();
            d->context = clCreateContext(props, 1, &d->id, NULL, NULL, &err);
            kn_cl_runtime_leave();
            if (err != CL_SUCCESS) {
                d->context = NULL;
                st = kn_cl_fail("clCreateContext", err);
            }
        }
        if (!st) st = kn_cl_build(d, kn_opencl_source, "the kernels", &d->program);
    }
    pthread_mutex_unlock(&d->lock);
    return st;
}

/* ------------------------------------------------------------------ */
/* Contexts                                                            */
/* ------------------------------------------------------------------ */

static const char *const kernel_names[KN_CL_NKERNELS] = {
    "kn_julia_grid", "kn_julia_points", "kn_fw_scan", "kn_norm_sq_f64",
    "kn_norm_sq_i64", "kn_scan_totals", "kn_scan_blocks",
};

static void ocl_ctx_fini(kn_ctx *ctx)
{
    kn_cl_state *s = ctx->state;
    if (!s) return;
    for (int k = 0; k < KN_CL_NKERNELS; k++)
        if (s->k[k]) clReleaseKernel(s->k[k]);
    if (s->q) clReleaseCommandQueue(s->q);
    pthread_mutex_destroy(&s->lock);
    free(s);
    ctx->state = NULL;
}

static kn_status ocl_ctx_init(kn_ctx *ctx)
{
    size_t idx = 0;
    const char *why = select_device(&idx);
    if (why) return kn_fail(KN_ERR_UNAVAILABLE, "%s", why);
    kn_cl_device *d = &devs[idx];
    kn_status st = dev_ready(d);
    if (st) return st;
    kn_cl_state *s = calloc(1, sizeof *s);
    if (!s) return kn_fail(KN_ERR_NO_MEMORY, "opencl: out of memory for a context");
    pthread_mutex_init(&s->lock, NULL);
    s->dev = d;
    ctx->state = s;
    cl_int err;
    kn_cl_runtime_enter();
    s->q = clCreateCommandQueue(d->context, d->id, 0, &err);
    if (err != CL_SUCCESS) {
        s->q = NULL;
        st = kn_cl_fail("clCreateCommandQueue", err);
    }
    for (int k = 0; k < KN_CL_NKERNELS && !st; k++) {
        s->k[k] = clCreateKernel(d->program, kernel_names[k], &err);
        if (err != CL_SUCCESS) {
            s->k[k] = NULL;
            st = kn_fail(KN_ERR_DEVICE, "opencl: clCreateKernel(%s) failed: %s", kernel_names[k], kn_cl_error_name(err));
        }
    }
    kn_cl_runtime_leave();
    if (st) ocl_ctx_fini(ctx);
    return st;
}

/* ------------------------------------------------------------------ */
/* Helpers for the kernels                                             */
/* ------------------------------------------------------------------ */

static atomic_size_t piece_override;

void kn_opencl_set_piece_bytes(size_t bytes) { atomic_store(&piece_override, bytes); }

size_t kn_cl_piece_bytes(const kn_cl_device *d)
{
    size_t o = atomic_load(&piece_override);
    if (o) return o;
    cl_ulong cap = (cl_ulong)256 << 20;
    if (d->max_alloc && d->max_alloc < cap) cap = d->max_alloc;
    if (d->global_mem && d->global_mem / 8 < cap) cap = d->global_mem / 8;
    if (cap < ((cl_ulong)1 << 16)) cap = (cl_ulong)1 << 16;
    return (size_t)cap;
}

/* A cl_mem argument is passed as the handle itself, so sizeof(v) is the
 * size of a pointer on purpose. */
#define ARG(k, i, v) TRY("clSetKernelArg", clSetKernelArg((k), (i), sizeof(v), &(v))) // NOLINT(bugprone-sizeof-expression)

static cl_mem new_buffer(kn_cl_state *s, cl_mem_flags flags, size_t bytes, cl_int *err)
{
    cl_mem m = clCreateBuffer(s->dev->context, flags, bytes ? bytes : 8, NULL, err);
    return *err == CL_SUCCESS ? m : NULL;
}

static void release(cl_mem m)
{
    if (m) clReleaseMemObject(m);
}

/* 1-D launch; without a local size the global size is rounded up to a
 * multiple of 64 (the kernels ignore the extra work-items). */
static cl_int launch(kn_cl_state *s, cl_kernel k, size_t global, size_t local)
{
    size_t g = local ? (global + local - 1) / local * local : (global + 63) / 64 * 64;
    return clEnqueueNDRangeKernel(s->q, k, 1, NULL, &g, local ? &local : NULL, 0, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* Julia                                                               */
/* ------------------------------------------------------------------ */

static kn_status ocl_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    kn_cl_state *s = ctx->state;
    kn_status st = KN_OK;
    size_t width = (size_t)p->width, total = (size_t)(row1 - row0) * width;
    if (total == 0) return KN_OK;
    size_t piece = kn_cl_piece_bytes(s->dev) / sizeof(cl_int);
    if (piece > total) piece = total;
    cl_kernel k = s->k[KN_CL_JULIA];
    cl_double x_min = p->x_min, y_max = p->y_max, dx = kn_julia_dx(p), dy = kn_julia_dy(p);
    cl_double c_re = p->c_re, c_im = p->c_im;
    cl_int w = p->width, max_iter = p->max_iter;
    cl_int err;
    pthread_mutex_lock(&s->lock);
    cl_mem out = new_buffer(s, CL_MEM_WRITE_ONLY, piece * sizeof(cl_int), &err);
    if (!out) {
        st = kn_cl_fail("clCreateBuffer", err);
        goto done;
    }
    ARG(k, 0, out);
    ARG(k, 3, w);
    ARG(k, 4, x_min);
    ARG(k, 5, y_max);
    ARG(k, 6, dx);
    ARG(k, 7, dy);
    ARG(k, 8, c_re);
    ARG(k, 9, c_im);
    ARG(k, 10, max_iter);
    for (size_t off = 0; off < total;) {
        size_t cnt = total - off < piece ? total - off : piece;
        cl_ulong first = (cl_ulong)row0 * width + off, count = cnt;
        ARG(k, 1, first);
        ARG(k, 2, count);
        TRY("clEnqueueNDRangeKernel(kn_julia_grid)", launch(s, k, cnt, 0));
        TRY("clEnqueueReadBuffer", clEnqueueReadBuffer(s->q, out, CL_TRUE, 0, cnt * sizeof(cl_int),
                                                       counts + (size_t)row0 * width + off, 0, NULL, NULL));
        off += cnt;
    }
done:
    release(out);
    pthread_mutex_unlock(&s->lock);
    return st;
}

static kn_status ocl_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im, const double *c_re,
                                  const double *c_im, int32_t max_iter, int32_t *counts)
{
    kn_cl_state *s = ctx->state;
    kn_status st = KN_OK;
    size_t piece = kn_cl_piece_bytes(s->dev) / sizeof(cl_double);
    if (piece > n) piece = n;
    const double *in[4] = {z_re, z_im, c_re, c_im};
    cl_mem buf[4] = {NULL, NULL, NULL, NULL}, out = NULL;
    cl_kernel k = s->k[KN_CL_POINTS];
    cl_int mi = max_iter, err = CL_SUCCESS;
    pthread_mutex_lock(&s->lock);
    for (int a = 0; a < 4; a++) {
        buf[a] = new_buffer(s, CL_MEM_READ_ONLY, piece * sizeof(cl_double), &err);
        if (!buf[a]) break;
    }
    if (err == CL_SUCCESS) out = new_buffer(s, CL_MEM_WRITE_ONLY, piece * sizeof(cl_int), &err);
    if (err != CL_SUCCESS) {
        st = kn_cl_fail("clCreateBuffer", err);
        goto done;
    }
    for (int a = 0; a < 4; a++) ARG(k, (cl_uint)a, buf[a]);
    ARG(k, 4, out);
    ARG(k, 6, mi);
    for (size_t off = 0; off < n;) {
        size_t cnt = n - off < piece ? n - off : piece;
        cl_ulong count = cnt;
        for (int a = 0; a < 4; a++)
            TRY("clEnqueueWriteBuffer", clEnqueueWriteBuffer(s->q, buf[a], CL_FALSE, 0, cnt * sizeof(cl_double),
                                                             in[a] + off, 0, NULL, NULL));
        ARG(k, 5, count);
        TRY("clEnqueueNDRangeKernel(kn_julia_points)", launch(s, k, cnt, 0));
        TRY("clEnqueueReadBuffer", clEnqueueReadBuffer(s->q, out, CL_TRUE, 0, cnt * sizeof(cl_int), counts + off, 0,
                                                       NULL, NULL));
        off += cnt;
    }
done:
    if (st) clFinish(s->q); /* no write may still read the caller's arrays */
    for (int a = 0; a < 4; a++) release(buf[a]);
    release(out);
    pthread_mutex_unlock(&s->lock);
    return st;
}

/* ------------------------------------------------------------------ */
/* Firewall                                                            */
/* ------------------------------------------------------------------ */

#define FW_BATCH_MIN ((size_t)1 << 14)
#define FW_BATCH_MAX ((size_t)1 << 22)

static uint64_t fw_candidate(const kn_fw_plan *plan, uint64_t c)
{
    return (c / plan->nsurv) * plan->wheel + plan->surv[c % plan->nsurv];
}

/* Candidates in increasing order are scanned in batches (growing from
 * FW_BATCH_MIN, as the answer is often small); inside a batch the device
 * takes the smallest passing index with atomic_min, so the answer is the
 * smallest passing candidate, exactly as kn_scalar_fw_scan finds it. */
static kn_status ocl_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit,
                                   uint64_t *delay)
{
    kn_cl_state *s = ctx->state;
    size_t piece = kn_cl_piece_bytes(s->dev);
    if (plan->nchecks > piece / sizeof(cl_ulong) || plan->nchecks > UINT32_MAX || plan->nsurv > piece / sizeof(cl_ulong))
        return kn_scalar_fw_scan(ctx, plan, from, limit, delay); /* absurdly many layers: host */
    kn_status st = KN_OK;
    cl_int err = CL_SUCCESS;
    cl_kernel k = s->k[KN_CL_FW];
    cl_mem surv = NULL, per = NULL, res = NULL, found = NULL;
    size_t nc = plan->nchecks;
    cl_ulong *tmp = malloc((nc ? nc : 1) * 2 * sizeof *tmp);
    if (!tmp) return kn_fail(KN_ERR_NO_MEMORY, "opencl: out of memory for the firewall checks");
    for (size_t i = 0; i < nc; i++) {
        tmp[i] = plan->checks[i].period;
        tmp[nc + i] = plan->checks[i].residue;
    }
    pthread_mutex_lock(&s->lock);
    surv = new_buffer(s, CL_MEM_READ_ONLY, plan->nsurv * sizeof(cl_ulong), &err);
    if (surv) {
        err = clEnqueueWriteBuffer(s->q, surv, CL_TRUE, 0, plan->nsurv * sizeof(cl_ulong), plan->surv, 0, NULL, NULL);
    }
    if (err == CL_SUCCESS) per = new_buffer(s, CL_MEM_READ_ONLY, nc * sizeof(cl_ulong), &err);
    if (err == CL_SUCCESS) res = new_buffer(s, CL_MEM_READ_ONLY, nc * sizeof(cl_ulong), &err);
    if (err == CL_SUCCESS) found = new_buffer(s, CL_MEM_READ_WRITE, sizeof(cl_uint), &err);
    if (err != CL_SUCCESS) {
        st = kn_cl_fail("clCreateBuffer", err);
        goto done;
    }
    if (nc) {
        TRY("clEnqueueWriteBuffer", clEnqueueWriteBuffer(s->q, per, CL_TRUE, 0, nc * sizeof(cl_ulong), tmp, 0, NULL, NULL));
        TRY("clEnqueueWriteBuffer",
            clEnqueueWriteBuffer(s->q, res, CL_TRUE, 0, nc * sizeof(cl_ulong), tmp + nc, 0, NULL, NULL));
    }
    cl_ulong nsurv = plan->nsurv, wheel = plan->wheel, lim = limit;
    cl_uint nchecks = (cl_uint)nc;
    ARG(k, 0, surv);
    ARG(k, 1, nsurv);
    ARG(k, 2, wheel);
    ARG(k, 3, per);
    ARG(k, 4, res);
    ARG(k, 5, nchecks);
    ARG(k, 8, lim);
    ARG(k, 9, found);
    uint64_t c0 = from / plan->wheel * plan->nsurv;
    size_t batch = FW_BATCH_MIN;
    st = KN_ERR_NOT_FOUND;
    while (fw_candidate(plan, c0) <= limit) {
        cl_ulong first = c0;
        cl_uint count = (cl_uint)batch, none = UINT32_MAX, idx = UINT32_MAX;
        TRY("clEnqueueWriteBuffer", clEnqueueWriteBuffer(s->q, found, CL_FALSE, 0, sizeof none, &none, 0, NULL, NULL));
        ARG(k, 6, first);
        ARG(k, 7, count);
        TRY("clEnqueueNDRangeKernel(kn_fw_scan)", launch(s, k, batch, 0));
        TRY("clEnqueueReadBuffer", clEnqueueReadBuffer(s->q, found, CL_TRUE, 0, sizeof idx, &idx, 0, NULL, NULL));
        if (idx != UINT32_MAX) {
            *delay = fw_candidate(plan, c0 + idx);
            st = KN_OK;
            break;
        }
        c0 += batch;
        if (batch < FW_BATCH_MAX) batch *= 2;
    }
done:
    release(surv);
    release(per);
    release(res);
    release(found);
    pthread_mutex_unlock(&s->lock);
    free(tmp);
    return st;
}

/* ------------------------------------------------------------------ */
/* Norm-square                                                         */
/* ------------------------------------------------------------------ */

/* Elements per piece: whole canonical blocks (KN_SUM_BLOCK is a multiple of
 * KN_SCAN_BLOCK, so this suits both sums). */
static size_t block_piece(const kn_cl_device *d, size_t n)
{
    size_t piece = kn_cl_piece_bytes(d) / sizeof(cl_double) / KN_SUM_BLOCK * KN_SUM_BLOCK;
    if (piece < KN_SUM_BLOCK) piece = KN_SUM_BLOCK;
    size_t whole = (n + KN_SUM_BLOCK - 1) / KN_SUM_BLOCK * KN_SUM_BLOCK;
    return piece < whole ? piece : whole;
}

/* Block totals of each piece come back to the host, which combines them
 * with the canonical tree (kn_tree, as every backend does). */
static kn_status norm_square(kn_ctx *ctx, const void *x, size_t n, int is_f64, void *out)
{
    kn_cl_state *s = ctx->state;
    kn_status st = KN_OK;
    size_t piece = block_piece(s->dev, n), maxb = piece / KN_SUM_BLOCK;
    cl_kernel k = s->k[is_f64 ? KN_CL_NORM_F64 : KN_CL_NORM_I64];
    cl_int err = CL_SUCCESS;
    cl_mem xb = NULL, tb = NULL;
    uint64_t *tot = malloc(maxb * sizeof *tot); /* doubles or ulongs, 8 bytes each */
    if (!tot) return kn_fail(KN_ERR_NO_MEMORY, "opencl: out of memory for %zu block totals", maxb);
    kn_gpu_totals sums;
    kn_gpu_totals_init(&sums, is_f64);
    pthread_mutex_lock(&s->lock);
    xb = new_buffer(s, CL_MEM_READ_ONLY, piece * 8, &err);
    if (xb) tb = new_buffer(s, CL_MEM_WRITE_ONLY, maxb * 8, &err);
    if (err != CL_SUCCESS) {
        st = kn_cl_fail("clCreateBuffer", err);
        goto done;
    }
    ARG(k, 0, xb);
    ARG(k, 2, tb);
    for (size_t off = 0; off < n;) {
        size_t cnt = n - off < piece ? n - off : piece, nb = (cnt + KN_SUM_BLOCK - 1) / KN_SUM_BLOCK;
        cl_ulong len = cnt;
        TRY("clEnqueueWriteBuffer",
            clEnqueueWriteBuffer(s->q, xb, CL_FALSE, 0, cnt * 8, (const char *)x + off * 8, 0, NULL, NULL));
        ARG(k, 1, len);
        TRY(is_f64 ? "clEnqueueNDRangeKernel(kn_norm_sq_f64)" : "clEnqueueNDRangeKernel(kn_norm_sq_i64)",
            launch(s, k, nb * KN_SUM_LANES, KN_SUM_LANES));
        TRY("clEnqueueReadBuffer", clEnqueueReadBuffer(s->q, tb, CL_TRUE, 0, nb * 8, tot, 0, NULL, NULL));
        kn_gpu_totals_add(&sums, tot, nb);
        off += cnt;
    }
    st = kn_gpu_totals_finish(&sums, out);
done:
    if (st && st != KN_ERR_OVERFLOW) clFinish(s->q);
    release(xb);
    release(tb);
    pthread_mutex_unlock(&s->lock);
    free(tot);
    return st;
}

static kn_status ocl_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    return norm_square(ctx, x, n, 1, out);
}

static kn_status ocl_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    return norm_square(ctx, x, n, 0, out);
}

/* ------------------------------------------------------------------ */
/* Suffix sums                                                         */
/* ------------------------------------------------------------------ */

/* Pieces of whole blocks from the right end; per piece: block totals on the
 * device, carries on the host (kernels.h step 3, sequential as defined),
 * then the in-block scans on the device, in place in the device buffer. */
static kn_status ocl_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry,
                                     int stream_out)
{
    (void)stream_out; /* the device writes through its own buffers */
    kn_cl_state *s = ctx->state;
    kn_status st = KN_OK;
    size_t piece = block_piece(s->dev, n), maxb = piece / KN_SCAN_BLOCK;
    cl_kernel kt = s->k[KN_CL_SCAN_TOTALS], kb = s->k[KN_CL_SCAN_BLOCKS];
    cl_int err = CL_SUCCESS;
    cl_mem xb = NULL, tb = NULL, cb = NULL;
    double *tot = malloc(maxb * sizeof *tot);
    if (!tot) return kn_fail(KN_ERR_NO_MEMORY, "opencl: out of memory for %zu block totals", maxb);
    pthread_mutex_lock(&s->lock);
    xb = new_buffer(s, CL_MEM_READ_WRITE, piece * sizeof(cl_double), &err);
    if (xb) tb = new_buffer(s, CL_MEM_WRITE_ONLY, maxb * sizeof(cl_double), &err);
    if (tb) cb = new_buffer(s, CL_MEM_READ_ONLY, maxb * sizeof(cl_double), &err);
    if (err != CL_SUCCESS) {
        st = kn_cl_fail("clCreateBuffer", err);
        goto done;
    }
    ARG(kt, 0, xb);
    ARG(kt, 3, tb);
    ARG(kb, 0, xb);
    ARG(kb, 3, cb);
    for (size_t start = (n - 1) / piece * piece;; start -= piece) {
        size_t cnt = n - start < piece ? n - start : piece, nb = (cnt + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
        cl_ulong len = cnt, nblocks = nb;
        TRY("clEnqueueWriteBuffer",
            clEnqueueWriteBuffer(s->q, xb, CL_FALSE, 0, cnt * sizeof(cl_double), x + start, 0, NULL, NULL));
        ARG(kt, 1, len);
        ARG(kt, 2, nblocks);
        TRY("clEnqueueNDRangeKernel(kn_scan_totals)", launch(s, kt, nb, 0));
        TRY("clEnqueueReadBuffer", clEnqueueReadBuffer(s->q, tb, CL_TRUE, 0, nb * sizeof(cl_double), tot, 0, NULL, NULL));
        carry = kn_scan_carries(tot, nb, carry);
        TRY("clEnqueueWriteBuffer",
            clEnqueueWriteBuffer(s->q, cb, CL_FALSE, 0, nb * sizeof(cl_double), tot, 0, NULL, NULL));
        ARG(kb, 1, len);
        ARG(kb, 2, nblocks);
        TRY("clEnqueueNDRangeKernel(kn_scan_blocks)", launch(s, kb, nb, 0));
        TRY("clEnqueueReadBuffer",
            clEnqueueReadBuffer(s->q, xb, CL_TRUE, 0, cnt * sizeof(cl_double), out + start, 0, NULL, NULL));
        if (start == 0) break;
    }
done:
    if (st) clFinish(s->q);
    release(xb);
    release(tb);
    release(cb);
    pthread_mutex_unlock(&s->lock);
    free(tot);
    return st;
}

/* ------------------------------------------------------------------ */

/* The core's device table over this file's kernels. */
static kn_status ocl_dev_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts)
{
    return ocl_julia(ctx, p, 0, p->height, counts);
}

static kn_status ocl_dev_reduce_f64(kn_ctx *ctx, kn_red_op op, const double *x, const double *y, size_t n, double *out)
{
    (void)y;
    if (op == KN_RED_SUM) return kn_device_lacks(ctx, "kn_sum_f64");
    if (op == KN_RED_DOT) return kn_device_lacks(ctx, "kn_dot_f64");
    return ocl_norm_square_f64(ctx, x, n, out);
}

static kn_status ocl_dev_scan_f64(kn_ctx *ctx, kn_scan_dir dir, const double *x, size_t n, double *out)
{
    if (dir == KN_SCAN_PREFIX) return kn_device_lacks(ctx, "kn_prefix_sums_f64");
    return ocl_suffix_sums_f64(ctx, x, n, out, 0.0, 0);
}

static kn_status ocl_dev_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out)
{
    return kn_cl_expr_eval(ctx, e, n, vars, out, 0);
}

static const kn_device_kernels ocl_device = {
    .julia = ocl_dev_julia,
    .julia_points = ocl_julia_points,
    .firewall_scan = ocl_firewall_scan,
    .reduce_f64 = ocl_dev_reduce_f64,
    .norm_square_i64 = ocl_norm_square_i64,
    .scan_f64 = ocl_dev_scan_f64,
    .expr_eval = ocl_dev_expr_eval,
};

const kn_backend_ops kn_opencl_ops = {
    .id = KN_OPENCL,
    .gpu_unavailable_reason = ocl_gpu_unavailable_reason,
    .unavailable_reason = ocl_unavailable_reason,
    .info = ocl_info,
    .ctx_init = ocl_ctx_init,
    .ctx_fini = ocl_ctx_fini,
    .device = &ocl_device,
};
