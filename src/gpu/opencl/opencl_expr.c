/* Expressions on the OpenCL backend. A program of at most
 * KN_EXPR_OPENCL_MAX_KERNEL_INSNS instructions is turned into one OpenCL C
 * kernel (one work-item per element, registers as private variables, each
 * instruction a call of the opcode's function from src/core/expr_ops.h), compiled at
 * kn_expr_eval time and cached per device and program text, so an
 * expression is compiled once per process and device. A longer one runs
 * through the interpreter of expr_interp.cl, built once per device: the
 * device compiler's time and memory grow with the kernel's length (100000
 * instructions took 23 s and 1 GB on PoCL), the interpreter's do not. */
#include "opencl_state.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/error.h"
#include "../../core/expr.h"
#include "../device_drivers.h"
#include "kn_opencl_expr_interp.h"
#include "kn_device_prelude_source.h"
#include "kn_opencl_expr_ops.h"
#include "kn_opencl_sleef.h"
#include "opencl_internal.h"

/* Compiled programs kept per device; beyond this many, new ones are built
 * for the call and released after it. */
#define EXPR_CACHE_MAX 256

struct kn_cl_expr_prog {
    struct kn_cl_expr_prog *next;
    cl_program prog;
    char *src;
};

/* Programs longer than this are interpreted (a test hook may lower it). */
static atomic_size_t kernel_max_insns = KN_EXPR_OPENCL_MAX_KERNEL_INSNS;
/* Expression kernels built by this process (test hook). */
static atomic_size_t kernels_built;

void kn_opencl_set_expr_kernel_max(size_t insns) { atomic_store(&kernel_max_insns, insns); }
size_t kn_opencl_expr_kernels_built(void) { return atomic_load(&kernels_built); }

/* Operand encoding of the interpreter (expr_interp.cl). */
enum { SRC_SHIFT = 30, SRC_TEMP = 0, SRC_INPUT = 1, SRC_CONST = 2 };
/* Elements per work-item of the interpreter on a CPU device: its
 * temporaries (2 KiB a row) stay in the core's cache, and each instruction
 * is decoded once per 256 elements (17x faster than once per element on
 * PoCL for a chain of + and *). A GPU runs one element per work-item. */
#define INTERP_CPU_SPAN 256

static const char *const op_names[KN_OP_COUNT] = {
#define KN_X_NAME(E, l, ...) #l,
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

/* Builds the program of the opcodes' math (the device prelude, SLEEF's
 * functions, expr_ops.h) followed by `text`. */
static kn_status build_with_ops(kn_cl_device *d, const char *text, const char *what, cl_program *out)
{
    const char *src[] = {kn_device_prelude_source, "\n", kn_opencl_sleef, "\n", kn_opencl_expr_ops, "\n", text};
    return kn_cl_build(d, sizeof src / sizeof src[0], src, what, out);
}

/* The kernel for e, to follow the opcodes' math. Inputs that the program
 * reads are packed into one buffer, `slot` of them (in[s*stride + i]);
 * slot_of[v] is input v's slot or -1. Constants are written as their exact
 * bits. */
static char *gen_source(const kn_expr *e, const int32_t *slot_of)
{
    sbuf b = {malloc(4096), 0, 4096, 0};
    if (!b.p) return NULL;
    b.p[0] = '\0';
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

/* The device's program for the kernel text `src`, retained for the caller
 * (who releases it); built and cached on first use. The cache holds and
 * compares the kernel text alone, not the math in front of it. */
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
        st = build_with_ops(d, src, "the expression kernel", &prog);
        if (!st) {
            atomic_fetch_add(&kernels_built, 1);
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


/* The interpreter's source, to follow the opcodes' math: the opcode table
 * of expr.h and the operand encoding, then the kernel. */
#define KN_X_TEXT(E, l, n, x, syntax, spelling, simd) \
    " X(" #E ", " #l ", " #n ", " #x ", " #syntax ", " #spelling ", " #simd ")"
static const char interp_defines[] = "#define KN_EXPR_OPCODES(X)" KN_EXPR_OPCODES(KN_X_TEXT) "\n";
#undef KN_X_TEXT

static char *interp_source(void)
{
    sbuf b = {malloc(4096), 0, 4096, 0};
    if (!b.p) return NULL;
    b.p[0] = '\0';
    sb_printf(&b, "%s#define KN_SRC_SHIFT %d\n#define KN_SRC_TEMP %du\n#define KN_SRC_INPUT %du\n"
                  "#define KN_SRC_CONST %du\n%s", interp_defines, SRC_SHIFT, SRC_TEMP, SRC_INPUT,
              SRC_CONST, kn_opencl_expr_interp);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    return b.p;
}

/* The device's interpreter program, retained for the caller; built on
 * first use and kept for the life of the process. */
static kn_status get_interpreter(kn_cl_device *d, cl_program *out)
{
    kn_status st = KN_OK;
    pthread_mutex_lock(&d->lock);
    if (!d->expr_interp) {
        char *src = interp_source();
        if (!src) st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for the OpenCL source");
        else st = build_with_ops(d, src, "the expression interpreter", &d->expr_interp);
        free(src);
    }
    if (!st) {
        clRetainProgram(d->expr_interp);
        *out = d->expr_interp;
    }
    pthread_mutex_unlock(&d->lock);
    return st;
}

static size_t interp_span(const kn_cl_device *d) { return d->type & CL_DEVICE_TYPE_GPU ? 1 : INTERP_CPU_SPAN; }

/* e's instructions for the interpreter (format in expr_interp.cl); inputs
 * are read from their slot of the packed input buffer. */
static cl_uint *interp_code(const kn_expr *e, const int32_t *slot_of)
{
    cl_uint *code = malloc((size_t)(e->ninsn ? e->ninsn : 1) * 4 * sizeof *code);
    if (!code) return NULL;
    const uint32_t temps = e->nvars + e->nconst;
    const cl_uint unused = (cl_uint)SRC_CONST << SRC_SHIFT | e->nconst; /* the 0.0 after the constants */
    for (size_t k = 0; k < e->ninsn; k++) {
        const kn_insn *in = &e->code[k];
        uint16_t ops[3] = {in->a, in->b, in->c};
        int arity = kn_expr_op_arity(in->op);
        cl_uint *word = code + 4 * k;
        word[0] = (cl_uint)in->op | (cl_uint)(in->dst - temps) << 8;
        for (int a = 0; a < 3; a++) {
            cl_uint src = unused;
            if (a < arity && ops[a] < e->nvars) src = (cl_uint)SRC_INPUT << SRC_SHIFT | (cl_uint)slot_of[ops[a]];
            else if (a < arity && ops[a] < temps) src = (cl_uint)SRC_CONST << SRC_SHIFT | (cl_uint)(ops[a] - e->nvars);
            else if (a < arity) src = (cl_uint)SRC_TEMP << SRC_SHIFT | (cl_uint)(ops[a] - temps);
            word[1 + a] = src;
        }
    }
    return code;
}

/* The interpreter's own buffers (code, constants and a zero, temporaries
 * for `piece` elements) and its span, made into kernel arguments 4 to 8 of
 * k. */
static kn_status interp_args(kn_cl_state *s, const kn_expr *e, const int32_t *slot_of, size_t piece, cl_kernel k,
                             cl_mem bufs[3])
{
    kn_status st = KN_OK;
    cl_uint *code = interp_code(e, slot_of);
    double *consts = malloc(((size_t)e->nconst + 1) * sizeof *consts);
    cl_int err = CL_SUCCESS;
    if (!code || !consts) {
        st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for the program");
        goto done;
    }
    if (e->nconst) memcpy(consts, e->consts, e->nconst * sizeof *consts);
    consts[e->nconst] = 0.0;
    cl_context c = s->dev->context;
    bufs[0] = clCreateBuffer(c, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, (size_t)e->ninsn * 4 * sizeof *code, code,
                             &err);
    if (err == CL_SUCCESS)
        bufs[1] = clCreateBuffer(c, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, ((size_t)e->nconst + 1) * sizeof *consts,
                                 consts, &err);
    if (err == CL_SUCCESS)
        bufs[2] = clCreateBuffer(c, CL_MEM_READ_WRITE, (size_t)e->ntemps * piece * sizeof(cl_double), NULL, &err);
    if (err != CL_SUCCESS) {
        st = kn_cl_fail("clCreateBuffer", err);
        goto done;
    }
    cl_uint ninsn = e->ninsn;
    cl_ulong span = interp_span(s->dev);
    // NOLINTNEXTLINE(bugprone-sizeof-expression): a cl_mem handle
    TRY("clSetKernelArg", clSetKernelArg(k, 4, sizeof bufs[0], &bufs[0]));
    TRY("clSetKernelArg", clSetKernelArg(k, 5, sizeof ninsn, &ninsn));
    // NOLINTNEXTLINE(bugprone-sizeof-expression): a cl_mem handle
    TRY("clSetKernelArg", clSetKernelArg(k, 6, sizeof bufs[1], &bufs[1]));
    // NOLINTNEXTLINE(bugprone-sizeof-expression): a cl_mem handle
    TRY("clSetKernelArg", clSetKernelArg(k, 7, sizeof bufs[2], &bufs[2]));
    TRY("clSetKernelArg", clSetKernelArg(k, 8, sizeof span, &span));
done:
    free(code);
    free(consts);
    return st;
}

kn_status kn_cl_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                          const ptrdiff_t *strides, double *out)
{
    kn_cl_state *s = ctx->state;
    kn_status st = KN_OK;
    const int interpret = e->ninsn > atomic_load(&kernel_max_insns);
    int32_t *slot_of = malloc((e->nvars ? e->nvars : 1) * sizeof *slot_of);
    uint32_t *used = malloc((e->nvars ? e->nvars : 1) * sizeof *used);
    char *src = NULL;
    double *staging = NULL; /* a host row per used input that is not contiguous */
    cl_program prog = NULL;
    cl_kernel k = NULL;
    cl_mem in = NULL, ob = NULL, interp_bufs[3] = {NULL, NULL, NULL};
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
    if (interpret) {
        if ((st = get_interpreter(s->dev, &prog))) goto done;
    } else {
        src = gen_source(e, slot_of);
        if (!src) {
            st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for the OpenCL source");
            goto done;
        }
        if ((st = get_program(s->dev, src, &prog))) goto done;
    }
    cl_int err;
    k = clCreateKernel(prog, interpret ? "kn_expr_interp" : "kn_expr", &err);
    if (err != CL_SUCCESS) {
        k = NULL;
        st = kn_cl_fail(interpret ? "clCreateKernel(kn_expr_interp)" : "clCreateKernel(kn_expr)", err);
        goto done;
    }
    /* The interpreter's temporaries take a row each beside the inputs. */
    size_t rows = (nused ? nused : 1) + (interpret ? e->ntemps + 1 : 0);
    size_t piece = kn_dev_piece(&kn_opencl_device, ctx, sizeof(cl_double)) / rows;
    if (piece < 1) piece = 1;
    if (piece > n) piece = n;
    uint32_t nstaged = 0;
    for (uint32_t u = 0; u < nused; u++) nstaged += kn_expr_stride(strides, used[u]) != 1;
    if (nstaged && !(staging = malloc((size_t)nstaged * piece * sizeof *staging))) {
        st = kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for the strided inputs");
        goto done;
    }
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
    if (interpret && (st = interp_args(s, e, slot_of, piece, k, interp_bufs))) goto done;
    for (size_t off = 0; off < n;) {
        size_t cnt = n - off < piece ? n - off : piece;
        cl_ulong count = cnt;
        double *row = staging;
        for (uint32_t u = 0; u < nused; u++) {
            ptrdiff_t stride = kn_expr_stride(strides, used[u]);
            double *own_row = row;
            if (stride != 1) row += piece;
            if (stride == 0 && off) continue; /* uploaded with the first piece */
            const double *host = kn_gpu_expr_input(vars[used[u]], stride, off, cnt, own_row);
            TRY("clEnqueueWriteBuffer", clEnqueueWriteBuffer(s->q, in, CL_FALSE, (size_t)u * piece * sizeof(cl_double),
                                                             cnt * sizeof(cl_double), host, 0, NULL, NULL));
        }
        TRY("clSetKernelArg", clSetKernelArg(k, 3, sizeof count, &count));
        size_t items = interpret ? (cnt + interp_span(s->dev) - 1) / interp_span(s->dev) : cnt;
        size_t global = (items + 63) / 64 * 64;
        TRY(interpret ? "clEnqueueNDRangeKernel(kn_expr_interp)" : "clEnqueueNDRangeKernel(kn_expr)", clEnqueueNDRangeKernel(s->q, k, 1, NULL, &global, NULL, 0, NULL, NULL));
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
    for (int b = 0; b < 3; b++)
        if (interp_bufs[b]) clReleaseMemObject(interp_bufs[b]);
    if (k) clReleaseKernel(k);
    if (prog) clReleaseProgram(prog);
    free(src);
    free(staging);
    free(slot_of);
    free(used);
    return st;
}
