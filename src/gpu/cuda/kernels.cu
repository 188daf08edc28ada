// The CUDA backend: kernels (mirroring src/core/kn_math.h and the canonical
// summation orders of kernels.h line for line; built with --fmad=false so
// nothing is contracted into an FMA) and their host sides. The C table of
// functions is in cuda_ops.c.
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
#include "../block_totals.h"
#include "../../core/error.h"
#include "../../core/kn_math.h"
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
// Helpers
// ---------------------------------------------------------------------------

static kn_status cu_fail(const char *what, cudaError_t e)
{
    return kn_fail(KN_ERR_DEVICE, "cuda: %s failed: %s (%s)", what, cudaGetErrorName(e), cudaGetErrorString(e));
}

#define CU(what, call)                         \
    do {                                       \
        cudaError_t e_ = (call);               \
        if (e_ != cudaSuccess) {               \
            st = cu_fail((what), e_);          \
            goto done;                         \
        }                                      \
    } while (0)
#define LAUNCHED(what) CU(what, cudaGetLastError())

static size_t piece_override;

extern "C" void kn_cuda_set_piece_bytes(size_t bytes) { __atomic_store_n(&piece_override, bytes, __ATOMIC_RELAXED); }

// The largest buffer one kernel call allocates.
extern "C" size_t kn_cuda_piece_bytes(void)
{
    size_t o = __atomic_load_n(&piece_override, __ATOMIC_RELAXED);
    if (o) return o;
    size_t cap = (size_t)256 << 20, free_b = 0, total_b = 0;
    if (cudaMemGetInfo(&free_b, &total_b) == cudaSuccess && free_b / 8 < cap) cap = free_b / 8;
    if (cap < ((size_t)1 << 16)) cap = (size_t)1 << 16;
    return cap;
}

// Every call runs on this host thread's default stream; the device is set
// per call (the runtime is thread-safe).
static kn_status begin(void)
{
    cudaError_t e = cudaSetDevice(cuda_device);
    return e == cudaSuccess ? KN_OK : cu_fail("cudaSetDevice", e);
}

static unsigned grid_for(size_t n, unsigned block) { return (unsigned)((n + block - 1) / block); }

#define THREADS 256

// ---------------------------------------------------------------------------
// Julia
// ---------------------------------------------------------------------------

__device__ static int julia_escape(double zr, double zi, double cr, double ci, int max_iter)
{
    int n = 0;
    while (n < max_iter && zr * zr + zi * zi < 4.0) {
        double t = (zr * zr - zi * zi) + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
    }
    return n;
}

__global__ static void k_julia_grid(int *counts, uint64_t first, uint64_t count, int width, double x_min,
                                    double y_max, double dx, double dy, double c_re, double c_im, int max_iter)
{
    uint64_t k = (uint64_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (k >= count) return;
    uint64_t g = first + k;
    int i = (int)(g % (uint64_t)width);
    int j = (int)(g / (uint64_t)width);
    double zr = x_min + (double)i * dx;
    double zi = y_max - (double)j * dy;
    counts[k] = julia_escape(zr, zi, c_re, c_im, max_iter);
}

__global__ static void k_julia_points(const double *z_re, const double *z_im, const double *c_re,
                                      const double *c_im, int *counts, uint64_t count, int max_iter)
{
    uint64_t k = (uint64_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (k >= count) return;
    counts[k] = julia_escape(z_re[k], z_im[k], c_re[k], c_im[k], max_iter);
}

extern "C" kn_status kn_cuda_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1,
                                   int32_t *counts)
{
    (void)ctx;
    kn_status st = begin();
    if (st) return st;
    size_t width = (size_t)p->width, total = (size_t)(row1 - row0) * width;
    size_t piece = kn_cuda_piece_bytes() / sizeof(int);
    if (piece > total) piece = total;
    double dx = kn_julia_dx(p), dy = kn_julia_dy(p);
    int *out = NULL;
    if (total == 0) return KN_OK;
    CU("cudaMalloc", cudaMalloc((void **)&out, piece * sizeof(int)));
    for (size_t off = 0; off < total;) {
        size_t cnt = total - off < piece ? total - off : piece;
        uint64_t first = (uint64_t)row0 * width + off;
        k_julia_grid<<<grid_for(cnt, THREADS), THREADS>>>(out, first, cnt, p->width, p->x_min, p->y_max, dx, dy,
                                                          p->c_re, p->c_im, p->max_iter);
        LAUNCHED("k_julia_grid");
        CU("cudaMemcpy", cudaMemcpy(counts + first, out, cnt * sizeof(int), cudaMemcpyDeviceToHost));
        off += cnt;
    }
done:
    cudaFree(out);
    return st;
}

extern "C" kn_status kn_cuda_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im,
                                          const double *c_re, const double *c_im, int32_t max_iter,
                                          int32_t *counts)
{
    (void)ctx;
    kn_status st = begin();
    if (st) return st;
    size_t piece = kn_cuda_piece_bytes() / sizeof(double);
    if (piece > n) piece = n;
    const double *in[4] = {z_re, z_im, c_re, c_im};
    double *buf[4] = {NULL, NULL, NULL, NULL};
    int *out = NULL;
    for (int a = 0; a < 4; a++) CU("cudaMalloc", cudaMalloc((void **)&buf[a], piece * sizeof(double)));
    CU("cudaMalloc", cudaMalloc((void **)&out, piece * sizeof(int)));
    for (size_t off = 0; off < n;) {
        size_t cnt = n - off < piece ? n - off : piece;
        for (int a = 0; a < 4; a++)
            CU("cudaMemcpy", cudaMemcpy(buf[a], in[a] + off, cnt * sizeof(double), cudaMemcpyHostToDevice));
        k_julia_points<<<grid_for(cnt, THREADS), THREADS>>>(buf[0], buf[1], buf[2], buf[3], out, cnt, max_iter);
        LAUNCHED("k_julia_points");
        CU("cudaMemcpy", cudaMemcpy(counts + off, out, cnt * sizeof(int), cudaMemcpyDeviceToHost));
        off += cnt;
    }
done:
    for (int a = 0; a < 4; a++) cudaFree(buf[a]);
    cudaFree(out);
    return st;
}

// ---------------------------------------------------------------------------
// Firewall: candidates in increasing order, in batches; the smallest passing
// index of a batch is taken with atomicMin (see the OpenCL kernel).
// ---------------------------------------------------------------------------

__global__ static void k_fw_scan(const uint64_t *surv, uint64_t nsurv, uint64_t wheel, const uint64_t *period,
                                 const uint64_t *residue, unsigned nchecks, uint64_t c0, unsigned count,
                                 uint64_t limit, unsigned *found)
{
    unsigned k = blockIdx.x * blockDim.x + threadIdx.x;
    if (k >= count) return;
    if (k > *(volatile unsigned *)found) return;
    uint64_t c = c0 + k;
    uint64_t d = (c / nsurv) * wheel + surv[c % nsurv];
    if (d > limit) return;
    for (unsigned i = 0; i < nchecks; i++)
        if (d % period[i] == residue[i]) return;
    atomicMin(found, k);
}

static uint64_t fw_candidate(const kn_fw_plan *plan, uint64_t c)
{
    return (c / plan->nsurv) * plan->wheel + plan->surv[c % plan->nsurv];
}

extern "C" kn_status kn_cuda_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit,
                                           uint64_t *delay)
{
    (void)ctx;
    kn_status st = begin();
    if (st) return st;
    size_t nc = plan->nchecks, batch = (size_t)1 << 14;
    uint64_t *surv = NULL, *per = NULL, *res = NULL, *tmp = NULL;
    unsigned *found = NULL;
    uint64_t c0 = from / plan->wheel * plan->nsurv;
    tmp = (uint64_t *)malloc((nc ? nc : 1) * 2 * sizeof *tmp);
    if (!tmp) return kn_fail(KN_ERR_NO_MEMORY, "cuda: out of memory for the firewall checks");
    for (size_t i = 0; i < nc; i++) {
        tmp[i] = plan->checks[i].period;
        tmp[nc + i] = plan->checks[i].residue;
    }
    CU("cudaMalloc", cudaMalloc((void **)&surv, plan->nsurv * sizeof(uint64_t)));
    CU("cudaMalloc", cudaMalloc((void **)&per, (nc ? nc : 1) * sizeof(uint64_t)));
    CU("cudaMalloc", cudaMalloc((void **)&res, (nc ? nc : 1) * sizeof(uint64_t)));
    CU("cudaMalloc", cudaMalloc((void **)&found, sizeof(unsigned)));
    CU("cudaMemcpy", cudaMemcpy(surv, plan->surv, plan->nsurv * sizeof(uint64_t), cudaMemcpyHostToDevice));
    if (nc) {
        CU("cudaMemcpy", cudaMemcpy(per, tmp, nc * sizeof(uint64_t), cudaMemcpyHostToDevice));
        CU("cudaMemcpy", cudaMemcpy(res, tmp + nc, nc * sizeof(uint64_t), cudaMemcpyHostToDevice));
    }
    st = KN_ERR_NOT_FOUND;
    while (fw_candidate(plan, c0) <= limit) {
        unsigned none = UINT32_MAX, idx = UINT32_MAX;
        CU("cudaMemcpy", cudaMemcpy(found, &none, sizeof none, cudaMemcpyHostToDevice));
        k_fw_scan<<<grid_for(batch, THREADS), THREADS>>>(surv, plan->nsurv, plan->wheel, per, res, (unsigned)nc, c0,
                                                         (unsigned)batch, limit, found);
        LAUNCHED("k_fw_scan");
        CU("cudaMemcpy", cudaMemcpy(&idx, found, sizeof idx, cudaMemcpyDeviceToHost));
        if (idx != UINT32_MAX) {
            *delay = fw_candidate(plan, c0 + idx);
            st = KN_OK;
            break;
        }
        c0 += batch;
        if (batch < ((size_t)1 << 22)) batch *= 2;
    }
done:
    cudaFree(surv);
    cudaFree(per);
    cudaFree(res);
    cudaFree(found);
    free(tmp);
    return st;
}

// ---------------------------------------------------------------------------
// Norm-square: one block of KN_SUM_LANES threads per canonical block.
// ---------------------------------------------------------------------------

#define SQRT_INT64_MAX 3037000499LL
#define OVF UINT64_MAX

__global__ static void k_norm_f64(const double *x, uint64_t n, double *totals)
{
    __shared__ double s[KN_SUM_LANES];
    unsigned lane = threadIdx.x;
    uint64_t b = blockIdx.x, start = b * KN_SUM_BLOCK;
    uint64_t len = n - start < KN_SUM_BLOCK ? n - start : KN_SUM_BLOCK;
    double acc = 0.0;
    for (uint64_t k = lane; k < len; k += KN_SUM_LANES) {
        double v = x[start + k];
        acc = acc + v * v;
    }
    s[lane] = acc;
    __syncthreads();
    for (unsigned w = KN_SUM_LANES / 2; w >= 1; w /= 2) {
        if (lane < w) s[lane] = s[lane] + s[lane + w];
        __syncthreads();
    }
    if (lane == 0) totals[b] = s[0];
}

__device__ static uint64_t add_sat(uint64_t a, uint64_t b)
{
    if (a == OVF || b == OVF) return OVF;
    uint64_t s = a + b;
    return s > (uint64_t)INT64_MAX ? OVF : s;
}

__global__ static void k_norm_i64(const int64_t *x, uint64_t n, uint64_t *totals)
{
    __shared__ uint64_t s[KN_SUM_LANES];
    unsigned lane = threadIdx.x;
    uint64_t b = blockIdx.x, start = b * KN_SUM_BLOCK;
    uint64_t len = n - start < KN_SUM_BLOCK ? n - start : KN_SUM_BLOCK;
    uint64_t acc = 0;
    for (uint64_t k = lane; k < len; k += KN_SUM_LANES) {
        int64_t v = x[start + k];
        if (v < -SQRT_INT64_MAX || v > SQRT_INT64_MAX) acc = OVF;
        else acc = add_sat(acc, (uint64_t)(v * v));
    }
    s[lane] = acc;
    __syncthreads();
    for (unsigned w = KN_SUM_LANES / 2; w >= 1; w /= 2) {
        if (lane < w) s[lane] = add_sat(s[lane], s[lane + w]);
        __syncthreads();
    }
    if (lane == 0) totals[b] = s[0];
}

// Elements per piece: whole canonical blocks (KN_SUM_BLOCK is a multiple of
// KN_SCAN_BLOCK, so this suits both sums).
static size_t block_piece(size_t n)
{
    size_t piece = kn_cuda_piece_bytes() / sizeof(double) / KN_SUM_BLOCK * KN_SUM_BLOCK;
    if (piece < KN_SUM_BLOCK) piece = KN_SUM_BLOCK;
    size_t whole = (n + KN_SUM_BLOCK - 1) / KN_SUM_BLOCK * KN_SUM_BLOCK;
    return piece < whole ? piece : whole;
}

static kn_status norm_square(const void *x, size_t n, int is_f64, void *out)
{
    kn_status st = begin();
    if (st) return st;
    size_t piece = block_piece(n), maxb = piece / KN_SUM_BLOCK;
    void *xb = NULL, *tb = NULL;
    kn_gpu_totals sums;
    kn_gpu_totals_init(&sums, is_f64);
    uint64_t *tot = (uint64_t *)malloc(maxb * sizeof *tot);
    if (!tot) return kn_fail(KN_ERR_NO_MEMORY, "cuda: out of memory for %zu block totals", maxb);
    CU("cudaMalloc", cudaMalloc(&xb, piece * 8));
    CU("cudaMalloc", cudaMalloc(&tb, maxb * 8));
    for (size_t off = 0; off < n;) {
        size_t cnt = n - off < piece ? n - off : piece, nb = (cnt + KN_SUM_BLOCK - 1) / KN_SUM_BLOCK;
        CU("cudaMemcpy", cudaMemcpy(xb, (const char *)x + off * 8, cnt * 8, cudaMemcpyHostToDevice));
        if (is_f64) {
            k_norm_f64<<<(unsigned)nb, KN_SUM_LANES>>>((const double *)xb, cnt, (double *)tb);
            LAUNCHED("k_norm_f64");
        } else {
            k_norm_i64<<<(unsigned)nb, KN_SUM_LANES>>>((const int64_t *)xb, cnt, (uint64_t *)tb);
            LAUNCHED("k_norm_i64");
        }
        CU("cudaMemcpy", cudaMemcpy(tot, tb, nb * 8, cudaMemcpyDeviceToHost));
        kn_gpu_totals_add(&sums, tot, nb);
        off += cnt;
    }
    st = kn_gpu_totals_finish(&sums, out);
done:
    cudaFree(xb);
    cudaFree(tb);
    free(tot);
    return st;
}

extern "C" kn_status kn_cuda_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out)
{
    (void)ctx;
    return norm_square(x, n, 1, out);
}

extern "C" kn_status kn_cuda_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out)
{
    (void)ctx;
    return norm_square(x, n, 0, out);
}

// ---------------------------------------------------------------------------
// Suffix sums: one thread per block of KN_SCAN_BLOCK; carries on the host.
// ---------------------------------------------------------------------------

__global__ static void k_scan_totals(const double *x, uint64_t n, uint64_t nblocks, double *totals)
{
    uint64_t b = (uint64_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (b >= nblocks) return;
    uint64_t start = b * KN_SCAN_BLOCK, end = n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK;
    double r = 0.0;
    for (uint64_t i = end; i-- > start;) r = r + x[i];
    totals[b] = r;
}

__global__ static void k_scan_blocks(double *x, uint64_t n, uint64_t nblocks, const double *carries)
{
    uint64_t b = (uint64_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (b >= nblocks) return;
    uint64_t start = b * KN_SCAN_BLOCK, end = n - start < KN_SCAN_BLOCK ? n : start + KN_SCAN_BLOCK;
    double r = carries[b];
    for (uint64_t i = end; i-- > start;) {
        double xi = x[i];
        x[i] = r;
        r = r + xi;
    }
}

extern "C" kn_status kn_cuda_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out, double carry,
                                             int stream_out)
{
    (void)ctx, (void)stream_out; /* the device writes through its own buffers */
    kn_status st = begin();
    if (st) return st;
    size_t piece = block_piece(n), maxb = piece / KN_SCAN_BLOCK;
    double *xb = NULL, *tb = NULL, *cb = NULL;
    double *tot = (double *)malloc(maxb * sizeof *tot);
    if (!tot) return kn_fail(KN_ERR_NO_MEMORY, "cuda: out of memory for %zu block totals", maxb);
    CU("cudaMalloc", cudaMalloc((void **)&xb, piece * sizeof(double)));
    CU("cudaMalloc", cudaMalloc((void **)&tb, maxb * sizeof(double)));
    CU("cudaMalloc", cudaMalloc((void **)&cb, maxb * sizeof(double)));
    for (size_t start = (n - 1) / piece * piece;; start -= piece) {
        size_t cnt = n - start < piece ? n - start : piece, nb = (cnt + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
        CU("cudaMemcpy", cudaMemcpy(xb, x + start, cnt * sizeof(double), cudaMemcpyHostToDevice));
        k_scan_totals<<<grid_for(nb, 64), 64>>>(xb, cnt, nb, tb);
        LAUNCHED("k_scan_totals");
        CU("cudaMemcpy", cudaMemcpy(tot, tb, nb * sizeof(double), cudaMemcpyDeviceToHost));
        carry = kn_scan_carries(tot, nb, carry);
        CU("cudaMemcpy", cudaMemcpy(cb, tot, nb * sizeof(double), cudaMemcpyHostToDevice));
        k_scan_blocks<<<grid_for(nb, 64), 64>>>(xb, cnt, nb, cb);
        LAUNCHED("k_scan_blocks");
        CU("cudaMemcpy", cudaMemcpy(out + start, xb, cnt * sizeof(double), cudaMemcpyDeviceToHost));
        if (start == 0) break;
    }
done:
    cudaFree(xb);
    cudaFree(tb);
    cudaFree(cb);
    free(tot);
    return st;
}
