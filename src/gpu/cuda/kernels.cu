// The CUDA backend: availability, the device interface (device.h) on the
// CUDA runtime, and the kernels, thin wrappers over the math of
// src/core/kn_device_math.h (built with --fmad=false, so nothing is
// contracted into an FMA). The host sides are the shared drivers
// (device_drivers.c); the C tables are in cuda_ops.c.
//
// Loading: the runtime is linked statically (cudart_static), which opens
// libcuda.so.1 itself on first use, so the library loads on machines
// without a driver; availability is probed once, lazily.
#include <cuda_runtime.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/backend.h"
#include "../../core/error.h"
#include "../../core/kn_device_math.h"
#include "../device_drivers.h"
#include "cuda_backend.h"

// ---------------------------------------------------------------------------
// Availability
// ---------------------------------------------------------------------------

static pthread_once_t probe_once = PTHREAD_ONCE_INIT;
static const char *probe_fail;
static char probe_buf[512];
static char info_buf[512];
static int cuda_device;

static void probe(void)
{
    // cudart would fail the same way, but this names the missing piece.
    void *drv = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!drv) {
        probe_fail = "cuda: no CUDA driver (libcuda.so.1 not found)";
        return;
    }
    int n = 0;
    cudaError_t e = cudaGetDeviceCount(&n);
    if (e == cudaErrorNoDevice || (e == cudaSuccess && n == 0)) {
        probe_fail = "cuda: no device";
        return;
    }
    if (e != cudaSuccess) {
        snprintf(probe_buf, sizeof probe_buf, "cuda: cudaGetDeviceCount failed: %s (%s)", cudaGetErrorName(e),
                 cudaGetErrorString(e));
        probe_fail = probe_buf;
        return;
    }
    cudaDeviceProp prop;
    e = cudaGetDeviceProperties(&prop, 0);
    if (e != cudaSuccess) {
        snprintf(probe_buf, sizeof probe_buf, "cuda: cudaGetDeviceProperties failed: %s (%s)", cudaGetErrorName(e),
                 cudaGetErrorString(e));
        probe_fail = probe_buf;
        return;
    }
    cuda_device = 0;
    snprintf(info_buf, sizeof info_buf, "cuda: %s (compute capability %d.%d, %zu MiB, device 0 of %d)", prop.name,
             prop.major, prop.minor, (size_t)(prop.totalGlobalMem >> 20), n);
}

extern "C" const char *kn_cuda_unavailable_reason(void)
{
    pthread_once(&probe_once, probe);
    return probe_fail;
}

extern "C" const char *kn_cuda_info(void)
{
    pthread_once(&probe_once, probe);
    return probe_fail ? probe_fail : info_buf;
}

// ---------------------------------------------------------------------------
// The device interface
// ---------------------------------------------------------------------------

extern "C" kn_status kn_cuda_fail(const char *what, cudaError_t e)
{
    return kn_fail(KN_ERR_DEVICE, "cuda: %s failed: %s (%s)", what, cudaGetErrorName(e), cudaGetErrorString(e));
}

// The largest buffer one kernel call allocates.
extern "C" size_t kn_cuda_piece_bytes(void)
{
    size_t cap = (size_t)256 << 20, free_b = 0, total_b = 0;
    if (cudaMemGetInfo(&free_b, &total_b) == cudaSuccess && free_b / 8 < cap) cap = free_b / 8;
    if (cap < ((size_t)1 << 16)) cap = (size_t)1 << 16;
    return cap;
}

// The calling thread's current device before this call: the library's
// device is set per call and the caller's is put back, since the current
// device is the caller's state (cudaSetDevice is per host thread).
static thread_local int caller_device = -1;

// Every call runs on this host thread's default stream (the runtime is
// thread-safe).
static kn_status cuda_begin(kn_ctx *ctx)
{
    (void)ctx;
    if (cudaGetDevice(&caller_device) != cudaSuccess) caller_device = -1;
    return kn_cuda_check("cudaSetDevice", cudaSetDevice(cuda_device));
}

// Copies are synchronous: nothing is left reading the caller's arrays.
static void cuda_end(kn_ctx *ctx, kn_status st)
{
    (void)ctx, (void)st;
    if (caller_device >= 0 && caller_device != cuda_device) cudaSetDevice(caller_device);
}

static size_t cuda_max_buffer_bytes(kn_ctx *ctx)
{
    (void)ctx;
    return kn_cuda_piece_bytes();
}

static kn_status cuda_alloc(kn_ctx *ctx, size_t bytes, kn_dev_buf *out)
{
    (void)ctx;
    return kn_cuda_check("cudaMalloc", cudaMalloc(out, bytes ? bytes : 8));
}

static void cuda_free(kn_ctx *ctx, kn_dev_buf buf)
{
    (void)ctx;
    if (buf) cudaFree(buf);
}

static kn_status cuda_write(kn_ctx *ctx, kn_dev_buf dst, size_t offset, const void *src, size_t bytes)
{
    (void)ctx;
    return kn_cuda_check("cudaMemcpy", cudaMemcpy((char *)dst + offset, src, bytes, cudaMemcpyHostToDevice));
}

static kn_status cuda_read(kn_ctx *ctx, void *dst, kn_dev_buf src, size_t offset, size_t bytes)
{
    (void)ctx;
    return kn_cuda_check("cudaMemcpy", cudaMemcpy(dst, (const char *)src + offset, bytes, cudaMemcpyDeviceToHost));
}

// ---------------------------------------------------------------------------
// Kernels (arguments as listed in device.h)
// ---------------------------------------------------------------------------

static __device__ uint64_t thread_index(void) { return (uint64_t)blockIdx.x * blockDim.x + threadIdx.x; }

__global__ static void k_julia_grid(int32_t *counts, uint64_t first, uint64_t count, int32_t width, double x_min,
                                    double y_max, double dx, double dy, double c_re, double c_im, int32_t max_iter)
{
    uint64_t k = thread_index();
    if (k >= count) return;
    counts[k] = kn_julia_pixel(first + k, width, x_min, y_max, dx, dy, c_re, c_im, max_iter);
}

__global__ static void k_julia_points(const double *z_re, const double *z_im, const double *c_re,
                                      const double *c_im, int32_t *counts, uint64_t count, int32_t max_iter)
{
    uint64_t k = thread_index();
    if (k >= count) return;
    counts[k] = kn_julia_escape(z_re[k], z_im[k], c_re[k], c_im[k], max_iter);
}

// The smallest passing index of the batch, taken with atomicMin.
__global__ static void k_fw_scan(const uint64_t *surv, uint64_t nsurv, uint64_t wheel, const uint64_t *period,
                                 const uint64_t *residue, uint32_t nchecks, uint64_t c0, uint32_t count,
                                 uint64_t limit, uint32_t *found)
{
    uint32_t k = (uint32_t)thread_index();
    if (k >= count) return;
    if (k > *(volatile uint32_t *)found) return; // a smaller candidate already passed
    uint64_t d = kn_fw_candidate(c0 + k, nsurv, wheel, surv);
    if (d > limit) return;
    for (uint32_t i = 0; i < nchecks; i++)
        if (kn_fw_hits(d, period[i], residue[i])) return;
    atomicMin(found, k);
}

// One block of KN_SUM_LANES threads per canonical block: each thread sums
// its lane, then the first folds the lanes.
__global__ static void k_reduce_f64(const double *x, const double *y, uint64_t n, int32_t op, double *totals)
{
    __shared__ double s[KN_SUM_LANES];
    uint32_t lane = threadIdx.x;
    uint64_t b = blockIdx.x, start = b * KN_SUM_BLOCK;
    s[lane] = kn_lane_partial((kn_red_op)op, x + start, y + start, kn_block_end(n, start, KN_SUM_BLOCK) - start, lane);
    __syncthreads();
    if (lane != 0) return;
    double lanes[KN_SUM_LANES];
    for (uint32_t j = 0; j < KN_SUM_LANES; j++) lanes[j] = s[j];
    totals[b] = kn_fold_lanes(lanes);
}

__global__ static void k_norm_sq_i64(const int64_t *x, uint64_t n, uint64_t *totals)
{
    __shared__ uint64_t s[KN_SUM_LANES];
    uint32_t lane = threadIdx.x;
    uint64_t b = blockIdx.x, start = b * KN_SUM_BLOCK;
    s[lane] = kn_lane_partial_sq_i64(x + start, kn_block_end(n, start, KN_SUM_BLOCK) - start, lane);
    __syncthreads();
    if (lane != 0) return;
    uint64_t lanes[KN_SUM_LANES];
    for (uint32_t j = 0; j < KN_SUM_LANES; j++) lanes[j] = s[j];
    totals[b] = kn_fold_lanes_sat_i64(lanes);
}

// Scans, one thread per block of KN_SCAN_BLOCK: the block totals, then the
// in-block scans from the carries the host chained, in place.
__global__ static void k_scan_totals(const double *x, uint64_t n, uint64_t nblocks, int32_t dir, double *totals)
{
    uint64_t b = thread_index();
    if (b >= nblocks) return;
    uint64_t start = b * KN_SCAN_BLOCK;
    totals[b] = kn_block_total_dir((kn_scan_dir)dir, x, start, kn_block_end(n, start, KN_SCAN_BLOCK));
}

__global__ static void k_scan_blocks(double *x, uint64_t n, uint64_t nblocks, int32_t dir, const double *carries)
{
    uint64_t b = thread_index();
    if (b >= nblocks) return;
    uint64_t start = b * KN_SCAN_BLOCK;
    (void)kn_scan_block_dir((kn_scan_dir)dir, x, x, start, kn_block_end(n, start, KN_SCAN_BLOCK), carries[b]);
}

static const void *const kernel_funcs[KN_DK_COUNT] = {
    (const void *)k_julia_grid,  (const void *)k_julia_points, (const void *)k_fw_scan,
    (const void *)k_reduce_f64,  (const void *)k_norm_sq_i64,  (const void *)k_scan_totals,
    (const void *)k_scan_blocks,
};

static const char *const kernel_names[KN_DK_COUNT] = {
    "k_julia_grid", "k_julia_points", "k_fw_scan", "k_reduce_f64", "k_norm_sq_i64", "k_scan_totals", "k_scan_blocks",
};

#define THREADS 256
#define MAX_ARGS 16

static kn_status cuda_launch(kn_ctx *ctx, kn_dev_kernel k, size_t global, size_t local, const kn_dev_arg *args,
                             size_t nargs)
{
    (void)ctx;
    void *argv[MAX_ARGS];
    if (nargs > MAX_ARGS) return kn_fail(KN_ERR_DEVICE, "cuda: %s takes more than %d arguments", kernel_names[k], MAX_ARGS);
    for (size_t i = 0; i < nargs; i++) argv[i] = (void *)args[i].ptr;
    unsigned block = local ? (unsigned)local : THREADS;
    dim3 grid((unsigned)((global + block - 1) / block)), threads(block);
    kn_status st = kn_cuda_check(kernel_names[k], cudaLaunchKernel(kernel_funcs[k], grid, threads, argv, 0, 0));
    return st ? st : kn_cuda_check(kernel_names[k], cudaGetLastError());
}

extern "C" const kn_device_ops kn_cuda_device = {
    "cuda", cuda_begin, cuda_end, cuda_max_buffer_bytes, cuda_alloc, cuda_free, cuda_write, cuda_read, cuda_launch,
};
