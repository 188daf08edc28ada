// Expressions on the CUDA backend: a device-side interpreter of the register
// program of src/core/expr.h (one thread per element; temporaries in a
// device scratch array, numexpr's "vector registers"), so no run-time
// compiler (NVRTC) is needed. The opcode functions mirror src/core/expr_ops.h
// line for line; built with --fmad=false.
#if defined(__has_include)
#if __has_include("../../core/expr.h")
#define KN_CUDA_HAVE_EXPR 1
#endif
#endif

#ifdef KN_CUDA_HAVE_EXPR

#include <cuda_runtime.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "../../core/backend.h"
#include "../../core/error.h"
#include "../../core/expr.h"
#include "cuda_backend.h"

__device__ static double op_mod(double a, double b)
{
    double r = fmod(a, b);
    if (r != 0.0) {
        if ((r < 0.0) != (b < 0.0)) r = r + b;
    } else {
        r = copysign(0.0, b);
    }
    return r;
}

__device__ static double apply(unsigned op, double a, double b, double c)
{
    switch (op) {
    case KN_OP_COPY: return a;
    case KN_OP_NEG: return -a;
    case KN_OP_ADD: return a + b;
    case KN_OP_SUB: return a - b;
    case KN_OP_MUL: return a * b;
    case KN_OP_DIV: return a / b;
    case KN_OP_MOD: return op_mod(a, b);
    case KN_OP_POW: return pow(a, b);
    case KN_OP_LT: return a < b ? 1.0 : 0.0;
    case KN_OP_LE: return a <= b ? 1.0 : 0.0;
    case KN_OP_GT: return a > b ? 1.0 : 0.0;
    case KN_OP_GE: return a >= b ? 1.0 : 0.0;
    case KN_OP_EQ: return a == b ? 1.0 : 0.0;
    case KN_OP_NE: return a != b ? 1.0 : 0.0;
    case KN_OP_AND: return (a != 0.0) & (b != 0.0) ? 1.0 : 0.0;
    case KN_OP_OR: return (a != 0.0) | (b != 0.0) ? 1.0 : 0.0;
    case KN_OP_NOT: return a == 0.0 ? 1.0 : 0.0;
    case KN_OP_WHERE: return a != 0.0 ? b : c;
    case KN_OP_SIN: return sin(a);
    case KN_OP_COS: return cos(a);
    case KN_OP_TAN: return tan(a);
    case KN_OP_ARCSIN: return asin(a);
    case KN_OP_ARCCOS: return acos(a);
    case KN_OP_ARCTAN: return atan(a);
    case KN_OP_ARCTAN2: return atan2(a, b);
    case KN_OP_SINH: return sinh(a);
    case KN_OP_COSH: return cosh(a);
    case KN_OP_TANH: return tanh(a);
    case KN_OP_EXP: return exp(a);
    case KN_OP_EXPM1: return expm1(a);
    case KN_OP_LOG: return log(a);
    case KN_OP_LOG1P: return log1p(a);
    case KN_OP_LOG10: return log10(a);
    case KN_OP_SQRT: return sqrt(a);
    case KN_OP_ABS: return fabs(a);
    case KN_OP_FLOOR: return floor(a);
    case KN_OP_CEIL: return ceil(a);
    case KN_OP_MINIMUM: return (a <= b || a != a) ? a : b;
    case KN_OP_MAXIMUM: return (a >= b || a != a) ? a : b;
    default: return __longlong_as_double(0x7ff8000000000000LL);
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
        int arity = in.op == KN_OP_WHERE ? 3 : 0;
        switch (in.op) {
        case KN_OP_COPY: case KN_OP_NEG: case KN_OP_NOT: case KN_OP_SIN: case KN_OP_COS: case KN_OP_TAN:
        case KN_OP_ARCSIN: case KN_OP_ARCCOS: case KN_OP_ARCTAN: case KN_OP_SINH: case KN_OP_COSH:
        case KN_OP_TANH: case KN_OP_EXP: case KN_OP_EXPM1: case KN_OP_LOG: case KN_OP_LOG1P: case KN_OP_LOG10:
        case KN_OP_SQRT: case KN_OP_ABS: case KN_OP_FLOOR: case KN_OP_CEIL: arity = 1; break;
        case KN_OP_WHERE: break;
        default: arity = 2;
        }
        if (arity >= 2) y = reg_read(a, in.b, i);
        if (arity >= 3) z = reg_read(a, in.c, i);
        double v = apply(in.op, x, y, z);
        if (in.dst == a.outreg) a.out[i] = v;
        else a.tmp[(uint64_t)(in.dst - a.nvars - a.nconst) * a.stride + i] = v;
    }
}

extern "C" kn_status kn_cuda_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                                       double *out, int stream_out)
{
    (void)ctx, (void)stream_out; /* the device writes through its own buffers */
    kn_status st = KN_OK;
    int32_t *slot_of = (int32_t *)malloc((e->nvars ? e->nvars : 1) * sizeof(int32_t));
    uint32_t *used = (uint32_t *)malloc((e->nvars ? e->nvars : 1) * sizeof(uint32_t));
    kn_insn *d_code = NULL;
    double *d_consts = NULL, *d_in = NULL, *d_tmp = NULL, *d_out = NULL;
    int32_t *d_slot = NULL;
    uint32_t nused = 0, ntmp = e->ntemps;
    size_t piece = 0, per = 0;
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
    CU("cudaSetDevice", cudaSetDevice(0));
    per = (size_t)nused + ntmp + 1;
    piece = kn_cuda_piece_bytes() / sizeof(double) / per;
    if (piece < 1) piece = 1;
    if (piece > n) piece = n;
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
        for (uint32_t u = 0; u < nused; u++)
            CU("cudaMemcpy", cudaMemcpy(d_in + (size_t)u * piece, vars[used[u]] + off, cnt * sizeof(double),
                                        cudaMemcpyHostToDevice));
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
    free(slot_of);
    free(used);
    return st;
}

#endif
