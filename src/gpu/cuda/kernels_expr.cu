// Expressions on the CUDA backend: a device-side interpreter of the register
// program of src/core/expr.h (one thread per element; temporaries in a
// device scratch array, numexpr's "vector registers"), so no run-time
// compiler (NVRTC) is needed. Each opcode is the kn_op_* function of
// src/core/expr_ops.h, the one every backend uses, compiled for the device;
// built with --fmad=false.
#include <cuda_runtime.h>
#include <stdint.h>
#include <stdlib.h>

#include "../../core/backend.h"
#include "../../core/error.h"
#include "../../core/expr.h"
#include "../../core/expr_ops.h"
#include "../device_drivers.h"
#include "cuda_backend.h"

#define KN_X_APPLY(E, l, n, ...) case KN_OP_##E: return KN_EXPR_APPLY(l, n);
#define KN_X_ARITY(E, l, n, ...) case KN_OP_##E: return n;

__device__ static double apply(unsigned op, double a, double b, double c)
{
    switch (op) {
        KN_EXPR_OPCODES(KN_X_APPLY)
    default: return __longlong_as_double(0x7ff8000000000000LL);
    }
}

__device__ static int arity(unsigned op)
{
    switch (op) {
        KN_EXPR_OPCODES(KN_X_ARITY)
    default: return 1;
    }
}

struct expr_args {
    const kn_insn *code;
    const double *consts;
    const int32_t *slot_of; // input register -> slot in `in`
    const double *in;       // [slot][stride]
    double *tmp;            // [temporary][stride]
    double *out;
    uint64_t stride, count;
    unsigned ninsn, nvars, nconst, outreg;
};

__device__ static double reg_read(const expr_args &a, unsigned r, uint64_t i)
{
    if (r < a.nvars) return a.in[(uint64_t)a.slot_of[r] * a.stride + i];
    if (r < a.nvars + a.nconst) return a.consts[r - a.nvars];
    return a.tmp[(uint64_t)(r - a.nvars - a.nconst) * a.stride + i];
}

__global__ static void k_expr(expr_args a)
{
    uint64_t i = (uint64_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= a.count) return;
    for (unsigned k = 0; k < a.ninsn; k++) {
        kn_insn in = a.code[k];
        double x = reg_read(a, in.a, i), y = 0.0, z = 0.0;
        int n_operands = arity(in.op);
        if (n_operands >= 2) y = reg_read(a, in.b, i);
        if (n_operands >= 3) z = reg_read(a, in.c, i);
        double v = apply(in.op, x, y, z);
        if (in.dst == a.outreg) a.out[i] = v;
        else a.tmp[(uint64_t)(in.dst - a.nvars - a.nconst) * a.stride + i] = v;
    }
}

extern "C" kn_status kn_cuda_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                                       const ptrdiff_t *strides, double *out)
{
    kn_status st = KN_OK;
    int32_t *slot_of = (int32_t *)malloc((e->nvars ? e->nvars : 1) * sizeof(int32_t));
    uint32_t *used = (uint32_t *)malloc((e->nvars ? e->nvars : 1) * sizeof(uint32_t));
    kn_insn *d_code = NULL;
    double *d_consts = NULL, *d_in = NULL, *d_tmp = NULL, *d_out = NULL;
    int32_t *d_slot = NULL;
    double *staging = NULL; // a host row per used input that is not contiguous
    uint32_t nused = 0, nstaged = 0, ntmp = e->ntemps;
    size_t piece = 0, per = 0;
    int begun = 0;
    expr_args a;
    if (!slot_of || !used) {
        st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory");
        goto done;
    }
    for (uint32_t v = 0; v < e->nvars; v++) slot_of[v] = -1;
    for (uint32_t i = 0; i < e->ninsn; i++) {
        const kn_insn *in = &e->code[i];
        uint16_t ops[3] = {in->a, in->b, in->c};
        int arity = kn_expr_op_arity(in->op);
        for (int k = 0; k < arity; k++)
            if (ops[k] < e->nvars && slot_of[ops[k]] < 0) {
                slot_of[ops[k]] = (int32_t)nused;
                used[nused++] = ops[k];
            }
    }
    st = kn_cuda_device.begin(ctx);
    begun = 1;
    if (st) goto done;
    per = (size_t)nused + ntmp + 1;
    piece = kn_dev_piece(&kn_cuda_device, ctx, sizeof(double)) / per;
    if (piece < 1) piece = 1;
    if (piece > n) piece = n;
    for (uint32_t u = 0; u < nused; u++) nstaged += kn_expr_stride(strides, used[u]) != 1;
    if (nstaged && !(staging = (double *)malloc((size_t)nstaged * piece * sizeof(double)))) {
        st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for the strided inputs");
        goto done;
    }
    CU("cudaMalloc", cudaMalloc((void **)&d_code, e->ninsn * sizeof(kn_insn)));
    CU("cudaMalloc", cudaMalloc((void **)&d_consts, (e->nconst ? e->nconst : 1) * sizeof(double)));
    CU("cudaMalloc", cudaMalloc((void **)&d_slot, (e->nvars ? e->nvars : 1) * sizeof(int32_t)));
    CU("cudaMalloc", cudaMalloc((void **)&d_in, (nused ? nused : 1) * piece * sizeof(double)));
    CU("cudaMalloc", cudaMalloc((void **)&d_tmp, (ntmp ? ntmp : 1) * piece * sizeof(double)));
    CU("cudaMalloc", cudaMalloc((void **)&d_out, piece * sizeof(double)));
    CU("cudaMemcpy", cudaMemcpy(d_code, e->code, e->ninsn * sizeof(kn_insn), cudaMemcpyHostToDevice));
    if (e->nconst) CU("cudaMemcpy", cudaMemcpy(d_consts, e->consts, e->nconst * sizeof(double), cudaMemcpyHostToDevice));
    if (e->nvars) CU("cudaMemcpy", cudaMemcpy(d_slot, slot_of, e->nvars * sizeof(int32_t), cudaMemcpyHostToDevice));
    a.code = d_code;
    a.consts = d_consts;
    a.slot_of = d_slot;
    a.in = d_in;
    a.tmp = d_tmp;
    a.out = d_out;
    a.stride = piece;
    a.ninsn = e->ninsn;
    a.nvars = e->nvars;
    a.nconst = e->nconst;
    a.outreg = e->out;
    for (size_t off = 0; off < n;) {
        size_t cnt = n - off < piece ? n - off : piece;
        double *row = staging;
        for (uint32_t u = 0; u < nused; u++) {
            ptrdiff_t stride = kn_expr_stride(strides, used[u]);
            double *own_row = row;
            if (stride != 1) row += piece;
            if (stride == 0 && off) continue; // uploaded with the first piece
            const double *host = kn_gpu_expr_input(vars[used[u]], stride, off, cnt, own_row);
            CU("cudaMemcpy",
               cudaMemcpy(d_in + (size_t)u * piece, host, cnt * sizeof(double), cudaMemcpyHostToDevice));
        }
        a.count = cnt;
        k_expr<<<(unsigned)((cnt + 255) / 256), 256>>>(a);
        CU("k_expr", cudaGetLastError());
        CU("cudaMemcpy", cudaMemcpy(out + off, d_out, cnt * sizeof(double), cudaMemcpyDeviceToHost));
        off += cnt;
    }
done:
    cudaFree(d_code);
    cudaFree(d_consts);
    cudaFree(d_slot);
    cudaFree(d_in);
    cudaFree(d_tmp);
    cudaFree(d_out);
    if (begun) kn_cuda_device.end(ctx, st);
    free(staging);
    free(slot_of);
    free(used);
    return st;
}
