/* The OpenCL backend: device discovery and choice (KERNELS_OPENCL_DEVICE),
 * per-device shared state (context and built program, made on first use),
 * per-kn_ctx state (a command queue and kernel objects behind a mutex), and
 * the device interface (device.h) on which the shared drivers
 * (device_drivers.c) run the kernels of kernels.cl. */
#include <CL/cl.h>
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/backend.h"
#include "../device_drivers.h"
#include "../device_kernels.h"
#include "../../core/error.h"
#include "kn_device_math_source.h"
#include "kn_device_prelude_source.h"
#include "kn_kinds_source.h"
#include "kn_opencl_source.h"
#include "opencl_internal.h"
#include "opencl_state.h"

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/* The OpenCL 1.2 error codes kn_cl_error_name spells out. */
#define KN_CL_ERRORS(X) \
    X(CL_SUCCESS) X(CL_DEVICE_NOT_FOUND) X(CL_DEVICE_NOT_AVAILABLE) X(CL_COMPILER_NOT_AVAILABLE) \
    X(CL_MEM_OBJECT_ALLOCATION_FAILURE) X(CL_OUT_OF_RESOURCES) X(CL_OUT_OF_HOST_MEMORY) \
    X(CL_PROFILING_INFO_NOT_AVAILABLE) X(CL_MEM_COPY_OVERLAP) X(CL_IMAGE_FORMAT_MISMATCH) \
    X(CL_IMAGE_FORMAT_NOT_SUPPORTED) X(CL_BUILD_PROGRAM_FAILURE) X(CL_MAP_FAILURE) \
    X(CL_MISALIGNED_SUB_BUFFER_OFFSET) X(CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST) \
    X(CL_COMPILE_PROGRAM_FAILURE) X(CL_LINKER_NOT_AVAILABLE) X(CL_LINK_PROGRAM_FAILURE) \
    X(CL_DEVICE_PARTITION_FAILED) X(CL_KERNEL_ARG_INFO_NOT_AVAILABLE) X(CL_INVALID_VALUE) \
    X(CL_INVALID_DEVICE_TYPE) X(CL_INVALID_PLATFORM) X(CL_INVALID_DEVICE) X(CL_INVALID_CONTEXT) \
    X(CL_INVALID_QUEUE_PROPERTIES) X(CL_INVALID_COMMAND_QUEUE) X(CL_INVALID_HOST_PTR) \
    X(CL_INVALID_MEM_OBJECT) X(CL_INVALID_IMAGE_FORMAT_DESCRIPTOR) X(CL_INVALID_IMAGE_SIZE) \
    X(CL_INVALID_SAMPLER) X(CL_INVALID_BINARY) X(CL_INVALID_BUILD_OPTIONS) X(CL_INVALID_PROGRAM) \
    X(CL_INVALID_PROGRAM_EXECUTABLE) X(CL_INVALID_KERNEL_NAME) X(CL_INVALID_KERNEL_DEFINITION) \
    X(CL_INVALID_KERNEL) X(CL_INVALID_ARG_INDEX) X(CL_INVALID_ARG_VALUE) X(CL_INVALID_ARG_SIZE) \
    X(CL_INVALID_KERNEL_ARGS) X(CL_INVALID_WORK_DIMENSION) X(CL_INVALID_WORK_GROUP_SIZE) \
    X(CL_INVALID_WORK_ITEM_SIZE) X(CL_INVALID_GLOBAL_OFFSET) X(CL_INVALID_EVENT_WAIT_LIST) \
    X(CL_INVALID_EVENT) X(CL_INVALID_OPERATION) X(CL_INVALID_GL_OBJECT) X(CL_INVALID_BUFFER_SIZE) \
    X(CL_INVALID_MIP_LEVEL) X(CL_INVALID_GLOBAL_WORK_SIZE) X(CL_INVALID_PROPERTY) \
    X(CL_INVALID_IMAGE_DESCRIPTOR) X(CL_INVALID_COMPILER_OPTIONS) X(CL_INVALID_LINKER_OPTIONS) \
    X(CL_INVALID_DEVICE_PARTITION_COUNT)
#define KN_CL_ERROR_CASE(x) \
    case x: return #x;

const char *kn_cl_error_name(int err)
{
    switch (err) {
        KN_CL_ERRORS(KN_CL_ERROR_CASE)
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

/* OCL_ICD_FILENAMES names driver libraries directly (loaders that read it
 * add them to the vendor files'): any may be a GPU's, so it counts as one. */
static void read_vendors(void)
{
    const char *filenames = getenv("OCL_ICD_FILENAMES");
    gpu_driver_listed = (filenames && filenames[0]) ||
                        kn_cl_icd_gpu_possible(getenv("OCL_ICD_VENDORS"), getenv("OPENCL_VENDOR_PATH"),
                                               no_gpu_driver, sizeof no_gpu_driver);
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

static kn_status build(kn_cl_device *d, cl_uint nsrc, const char **src, const char *options, const char *what,
                       cl_program *out)
{
    cl_int err;
    cl_program prog = clCreateProgramWithSource(d->context, nsrc, src, NULL, &err);
    if (err != CL_SUCCESS) return kn_cl_fail("clCreateProgramWithSource", err);
    err = clBuildProgram(prog, 1, &d->id, options, NULL, NULL);
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

/* Compiling runs the driver's compiler (LLVM in PoCL). No relaxing options
 * (-cl-mad-enable, -cl-fast-relaxed-math): the kernels must round exactly
 * like the scalar C code. -w: the compiler's warnings (e.g. an opcode helper
 * the expression does not use) must not reach stderr: the library never
 * prints. */
#define KN_CL_OPTIONS "-cl-std=CL1.2 -w"

kn_status kn_cl_build(kn_cl_device *d, unsigned nsrc, const char **src, const char *what, cl_program *out)
{
    kn_cl_runtime_enter();
    kn_status st = build(d, nsrc, src, KN_CL_OPTIONS, what, out);
    kn_cl_runtime_leave();
    return st;
}

/* The kernels' program: the shared device math (after the enums it uses)
 * and kernels.cl, with the constants of kernels.h defined as they are
 * here, so that they are never restated. */
static kn_status build_kernels(kn_cl_device *d)
{
    const char *src[] = {kn_device_prelude_source, kn_kinds_source, kn_device_math_source, kn_opencl_source};
    char options[256];
    snprintf(options, sizeof options, KN_CL_OPTIONS " -DKN_SUM_BLOCK=%d -DKN_SUM_LANES=%d -DKN_SCAN_BLOCK=%d",
             KN_SUM_BLOCK, KN_SUM_LANES, KN_SCAN_BLOCK);
    kn_cl_runtime_enter();
    kn_status st = build(d, 4, src, options, "the kernels", &d->program);
    kn_cl_runtime_leave();
    return st;
}

kn_status kn_opencl_build_test(kn_ctx *ctx, const char *src)
{
    kn_cl_state *s = ctx->state;
    cl_program prog = NULL;
    kn_status st = kn_cl_build(s->dev, 1, &src, "a test program", &prog);
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
        if (!st) st = build_kernels(d);
    }
    pthread_mutex_unlock(&d->lock);
    return st;
}

/* ------------------------------------------------------------------ */
/* Contexts                                                            */
/* ------------------------------------------------------------------ */

static const char *const kernel_names[KN_DK_COUNT] = {
    [KN_DK_JULIA_GRID] = "kn_julia_grid",   [KN_DK_JULIA_POINTS] = "kn_julia_points",
    [KN_DK_FW_SCAN] = "kn_fw_scan",         [KN_DK_REDUCE_F64] = "kn_reduce_f64",
    [KN_DK_NORM_SQ_I64] = "kn_norm_sq_i64", [KN_DK_SCAN_TOTALS] = "kn_scan_totals",
    [KN_DK_SCAN_BLOCKS] = "kn_scan_blocks",
};

static void ocl_ctx_fini(kn_ctx *ctx)
{
    kn_cl_state *s = ctx->state;
    if (!s) return;
    for (int k = 0; k < KN_DK_COUNT; k++)
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
    for (int k = 0; k < KN_DK_COUNT && !st; k++) {
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
/* The device interface (device.h)                                     */
/* ------------------------------------------------------------------ */

size_t kn_cl_piece_bytes(const kn_cl_device *d)
{
    cl_ulong cap = (cl_ulong)256 << 20;
    if (d->max_alloc && d->max_alloc < cap) cap = d->max_alloc;
    if (d->global_mem && d->global_mem / 8 < cap) cap = d->global_mem / 8;
    if (cap < ((cl_ulong)1 << 16)) cap = (cl_ulong)1 << 16;
    return (size_t)cap;
}

static kn_status ocl_begin(kn_ctx *ctx)
{
    kn_cl_state *s = ctx->state;
    pthread_mutex_lock(&s->lock);
    return KN_OK;
}

/* After a failure, no queued write may still read the caller's arrays. */
static void ocl_end(kn_ctx *ctx, kn_status st)
{
    kn_cl_state *s = ctx->state;
    if (st) clFinish(s->q);
    pthread_mutex_unlock(&s->lock);
}

static size_t ocl_max_buffer_bytes(kn_ctx *ctx)
{
    kn_cl_state *s = ctx->state;
    return kn_cl_piece_bytes(s->dev);
}

static kn_status ocl_alloc(kn_ctx *ctx, size_t bytes, kn_dev_buf *out)
{
    kn_cl_state *s = ctx->state;
    cl_int err;
    cl_mem m = clCreateBuffer(s->dev->context, CL_MEM_READ_WRITE, bytes ? bytes : 8, NULL, &err);
    if (err != CL_SUCCESS) return kn_cl_fail("clCreateBuffer", err);
    *out = m;
    return KN_OK;
}

static void ocl_free(kn_ctx *ctx, kn_dev_buf buf)
{
    (void)ctx;
    if (buf) clReleaseMemObject((cl_mem)buf);
}

static kn_status ocl_write(kn_ctx *ctx, kn_dev_buf dst, size_t offset, const void *src, size_t bytes)
{
    kn_cl_state *s = ctx->state;
    return kn_cl_check("clEnqueueWriteBuffer",
                       clEnqueueWriteBuffer(s->q, (cl_mem)dst, CL_FALSE, offset, bytes, src, 0, NULL, NULL));
}

static kn_status ocl_read(kn_ctx *ctx, void *dst, kn_dev_buf src, size_t offset, size_t bytes)
{
    kn_cl_state *s = ctx->state;
    return kn_cl_check("clEnqueueReadBuffer",
                       clEnqueueReadBuffer(s->q, (cl_mem)src, CL_TRUE, offset, bytes, dst, 0, NULL, NULL));
}

/* 1-D launch; without a local size the global size is rounded up to a
 * multiple of 64 (the kernels ignore the extra work-items). */
static kn_status ocl_launch(kn_ctx *ctx, kn_dev_kernel kernel, size_t global, size_t local, const kn_dev_arg *args,
                            size_t nargs)
{
    kn_cl_state *s = ctx->state;
    cl_kernel k = s->k[kernel];
    for (size_t i = 0; i < nargs; i++) {
        kn_status st = kn_cl_check("clSetKernelArg", clSetKernelArg(k, (cl_uint)i, args[i].size, args[i].ptr));
        if (st) return st;
    }
    size_t g = local ? (global + local - 1) / local * local : (global + 63) / 64 * 64;
    cl_int err = clEnqueueNDRangeKernel(s->q, k, 1, NULL, &g, local ? &local : NULL, 0, NULL, NULL);
    if (err == CL_SUCCESS) return KN_OK;
    char what[64];
    snprintf(what, sizeof what, "clEnqueueNDRangeKernel(%s)", kernel_names[kernel]);
    return kn_cl_fail(what, err);
}

const kn_device_ops kn_opencl_device = {
    .name = "opencl",
    .begin = ocl_begin,
    .end = ocl_end,
    .max_buffer_bytes = ocl_max_buffer_bytes,
    .alloc = ocl_alloc,
    .free = ocl_free,
    .write = ocl_write,
    .read = ocl_read,
    .launch = ocl_launch,
};

/* ------------------------------------------------------------------ */
/* The kernels: the shared drivers (device_drivers.c) on this device  */
/* ------------------------------------------------------------------ */

const kn_device_kernels kn_opencl_device_kernels = KN_GPU_DEVICE_KERNELS(kn_cl_expr_eval);

/* ------------------------------------------------------------------ */

const kn_backend_ops kn_opencl_ops = {
    .id = KN_OPENCL,
    .gpu_unavailable_reason = ocl_gpu_unavailable_reason,
    .unavailable_reason = ocl_unavailable_reason,
    .info = ocl_info,
    .ctx_init = ocl_ctx_init,
    .ctx_fini = ocl_ctx_fini,
    .device = &kn_opencl_device_kernels,
};
