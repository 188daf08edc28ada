/* Expressions on the OpenCL backend: the register program of src/core/expr.h
 * is turned into one OpenCL C kernel (one work-item per element, registers
 * as private variables, each instruction a call of the opcode's function
 * from expr_ops.cl), compiled at kn_expr_eval time and cached per device and
 * program text, so an expression is compiled once per process and device. */
#include "opencl_state.h"

#ifdef KN_CL_HAVE_EXPR

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/error.h"
#include "../../core/expr.h"
#include "kn_opencl_expr_ops.h"

/* Compiled programs kept per device; beyond this many, new ones are built
 * for the call and released after it. */
#define EXPR_CACHE_MAX 256

struct kn_cl_expr_prog {
    struct kn_cl_expr_prog *next;
    cl_program prog;
    char *src;
};

static const char *const op_names[KN_OP_COUNT] = {
#define KN_X_NAME(E, l, n, x) #l,
    KN_EXPR_OPCODES(KN_X_NAME)
#undef KN_X_NAME
};

typedef struct {
    char *p;
    size_t len, cap;
    int oom;
} sbuf;

static void sb_printf(sbuf *b, const char *fmt, ...)
{
    if (b->oom) return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int k = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (k < 0) {
            b->oom = 1;
            return;
        }
        if ((size_t)k < b->cap - b->len) {
            b->len += (size_t)k;
            return;
        }
        size_t cap = b->cap * 2 + (size_t)k + 1;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
}

/* The kernel for e. Inputs that the program reads are packed into one
 * buffer, `slot` of them (in[s*stride + i]); slot_of[v] is input v's slot or
 * -1. Constants are written as their exact bits. */
static char *gen_source(const kn_expr *e, const int32_t *slot_of)
{
    sbuf b = {malloc(4096), 0, 4096, 0};
    if (!b.p) return NULL;
    b.p[0] = '\0';
    sb_printf(&b, "%s\n", kn_opencl_expr_ops);
    sb_printf(&b, "__kernel void kn_expr(__global const double *in, ulong stride, __global double *out, ulong n)\n"
                  "{\n    ulong i = get_global_id(0);\n    if (i >= n) return;\n");
    for (uint32_t v = 0; v < e->nvars; v++)
        if (slot_of[v] >= 0) sb_printf(&b, "    double r%u = in[%dUL * stride + i];\n", v, slot_of[v]);
    for (uint32_t k = 0; k < e->nconst; k++) {
        uint64_t bits;
        memcpy(&bits, &e->consts[k], sizeof bits);
        sb_printf(&b, "    const double r%u = as_double((ulong)0x%016llxUL);\n", e->nvars + k, (unsigned long long)bits);
    }
    for (uint32_t t = e->nvars + e->nconst; t < e->nregs; t++) sb_printf(&b, "    double r%u;\n", t);
    for (uint32_t k = 0; k < e->ninsn; k++) {
        const kn_insn *in = &e->code[k];
        int arity = kn_expr_op_arity(in->op);
        sb_printf(&b, "    r%u = kn_op_%s(r%u", in->dst, op_names[in->op], in->a);
        if (arity >= 2) sb_printf(&b, ", r%u", in->b);
        if (arity >= 3) sb_printf(&b, ", r%u", in->c);
        sb_printf(&b, ");\n");
    }
    sb_printf(&b, "    out[i] = r%u;\n}\n", e->out);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    return b.p;
}

/* The device's program for `src`, retained for the caller (who releases
 * it); built and cached on first use. */
static kn_status get_program(kn_cl_device *d, const char *src, cl_program *out)
{
    kn_status st = KN_OK;
    pthread_mutex_lock(&d->lock);
    size_t count = 0;
    struct kn_cl_expr_prog *it = d->exprs;
    for (; it && strcmp(it->src, src) != 0; it = it->next) count++;
    if (it) {
        clRetainProgram(it->prog);
        *out = it->prog;
    } else {
        cl_program prog = NULL;
        st = kn_cl_build(d, src, "the expression kernel", &prog);
        if (!st) {
            struct kn_cl_expr_prog *p = count < EXPR_CACHE_MAX ? malloc(sizeof *p) : NULL;
            if (p && (p->src = strdup(src)) != NULL) {
                p->prog = prog;
                p->next = d->exprs;
                d->exprs = p;
                clRetainProgram(prog); /* one reference for the cache */
            } else {
                free(p);
            }
            *out = prog;
        }
    }
    pthread_mutex_unlock(&d->lock);
    return st;
}


kn_status kn_cl_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out,
                          int stream_out)
{
    (void)stream_out; /* the device writes through its own buffers */
    kn_cl_state *s = ctx->state;
    kn_status st = KN_OK;
    int32_t *slot_of = malloc((e->nvars ? e->nvars : 1) * sizeof *slot_of);
    uint32_t *used = malloc((e->nvars ? e->nvars : 1) * sizeof *used);
    char *src = NULL;
    cl_program prog = NULL;
    cl_kernel k = NULL;
    cl_mem in = NULL, ob = NULL;
    int locked = 0;
    if (!slot_of || !used) {
        st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory");
        goto done;
    }
    uint32_t nused = 0;
    for (uint32_t v = 0; v < e->nvars; v++) slot_of[v] = -1;
    for (uint32_t i = 0; i < e->ninsn; i++) {
        const kn_insn *in_ = &e->code[i];
        uint16_t ops[3] = {in_->a, in_->b, in_->c};
        int arity = kn_expr_op_arity(in_->op);
        for (int a = 0; a < arity && a < 3; a++)
            if (ops[a] < e->nvars && slot_of[ops[a]] < 0) {
                slot_of[ops[a]] = (int32_t)nused;
                used[nused++] = ops[a];
            }
    }
    src = gen_source(e, slot_of);
    if (!src) {
        st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for the OpenCL source");
        goto done;
    }
    if ((st = get_program(s->dev, src, &prog))) goto done;
    cl_int err;
    k = clCreateKernel(prog, "kn_expr", &err);
    if (err != CL_SUCCESS) {
        k = NULL;
        st = kn_cl_fail("clCreateKernel(kn_expr)", err);
        goto done;
    }
    size_t piece = kn_cl_piece_bytes(s->dev) / sizeof(cl_double) / (nused ? nused : 1);
    if (piece < 1) piece = 1;
    if (piece > n) piece = n;
    pthread_mutex_lock(&s->lock);
    locked = 1;
    in = clCreateBuffer(s->dev->context, CL_MEM_READ_ONLY, (nused ? nused : 1) * piece * sizeof(cl_double), NULL, &err);
    if (err == CL_SUCCESS) ob = clCreateBuffer(s->dev->context, CL_MEM_WRITE_ONLY, piece * sizeof(cl_double), NULL, &err);
    if (err != CL_SUCCESS) {
        st = kn_cl_fail("clCreateBuffer", err);
        goto done;
    }
    cl_ulong stride = piece;
    TRY("clSetKernelArg", clSetKernelArg(k, 0, sizeof in, &in)); // NOLINT(bugprone-sizeof-expression): a cl_mem handle
    TRY("clSetKernelArg", clSetKernelArg(k, 1, sizeof stride, &stride));
    TRY("clSetKernelArg", clSetKernelArg(k, 2, sizeof ob, &ob)); // NOLINT(bugprone-sizeof-expression): a cl_mem handle
    for (size_t off = 0; off < n;) {
        size_t cnt = n - off < piece ? n - off : piece;
        cl_ulong count = cnt;
        for (uint32_t u = 0; u < nused; u++)
            TRY("clEnqueueWriteBuffer", clEnqueueWriteBuffer(s->q, in, CL_FALSE, (size_t)u * piece * sizeof(cl_double),
                                                             cnt * sizeof(cl_double), vars[used[u]] + off, 0, NULL,
                                                             NULL));
        TRY("clSetKernelArg", clSetKernelArg(k, 3, sizeof count, &count));
        size_t global = (cnt + 63) / 64 * 64;
        TRY("clEnqueueNDRangeKernel(kn_expr)", clEnqueueNDRangeKernel(s->q, k, 1, NULL, &global, NULL, 0, NULL, NULL));
        /* blocking: the inputs of this piece are read before out (which may
         * be one of them) is written */
        TRY("clEnqueueReadBuffer", clEnqueueReadBuffer(s->q, ob, CL_TRUE, 0, cnt * sizeof(cl_double), out + off, 0,
                                                       NULL, NULL));
        off += cnt;
    }
done:
    if (locked) {
        if (st) clFinish(s->q);
        pthread_mutex_unlock(&s->lock);
    }
    if (in) clReleaseMemObject(in);
    if (ob) clReleaseMemObject(ob);
    if (k) clReleaseKernel(k);
    if (prog) clReleaseProgram(prog);
    free(src);
    free(slot_of);
    free(used);
    return st;
}

#else

typedef int kn_cl_expr_unused; /* ISO C: no empty translation unit */

#endif
