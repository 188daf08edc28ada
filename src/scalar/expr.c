/* Scalar (portable C) evaluator of compiled expressions (src/core/expr.h).
 *
 * The program runs once per block of KN_EXPR_BLOCK elements: each opcode is
 * one simple loop r[i] = op(a[i], b[i], c[i]) over restrict pointers (the
 * program never writes a register it reads in the same instruction), which
 * GCC/Clang vectorize for the exact opcodes. Inputs are read in place, the
 * last instruction writes straight into `out` (unless out is also an input:
 * then it goes to a scratch block that is copied out after the block is
 * done), constants are broadcast into scratch blocks once per call. Scratch
 * comes from the stack when small, else one malloc per call; the kn_expr is
 * never written, so any number of threads may evaluate it at once. */
#include <stdlib.h>
#include <string.h>

#include "../core/error.h"
#include "../core/expr.h"
#include "../core/expr_ops.h"

/* Elements per block (numexpr's BLOCK_SIZE1). On `data + data*5 + 4` over
 * 1e7 elements, 256 .. 8192 measured the same within noise (the loop is
 * bound by memory); 1024 keeps 8 KiB per register, so a handful of
 * temporaries stay in L1. */
#ifndef KN_EXPR_BLOCK
#define KN_EXPR_BLOCK 1024
#endif
/* Scratch bigger than this shrinks the block (many registers). */
#define SCRATCH_MAX_BYTES (4u << 20)
#define STACK_DOUBLES 2048
#define STACK_REGS 64

typedef void (*kernel)(size_t n, double *restrict r, const double *restrict a, const double *restrict b,
                       const double *restrict c);

#define KDEF1(l)                                                                                          \
    static void k_##l(size_t n, double *restrict r, const double *restrict a, const double *restrict b,  \
                      const double *restrict c)                                                          \
    {                                                                                                    \
        (void)b, (void)c;                                                                                \
        for (size_t i = 0; i < n; i++) r[i] = kn_op_##l(a[i]);                                           \
    }
#define KDEF2(l)                                                                                          \
    static void k_##l(size_t n, double *restrict r, const double *restrict a, const double *restrict b,  \
                      const double *restrict c)                                                          \
    {                                                                                                    \
        (void)c;                                                                                         \
        for (size_t i = 0; i < n; i++) r[i] = kn_op_##l(a[i], b[i]);                                     \
    }
#define KDEF3(l)                                                                                          \
    static void k_##l(size_t n, double *restrict r, const double *restrict a, const double *restrict b,  \
                      const double *restrict c)                                                          \
    {                                                                                                    \
        for (size_t i = 0; i < n; i++) r[i] = kn_op_##l(a[i], b[i], c[i]);                               \
    }
#define KN_X_KDEF(E, l, n, x) KDEF##n(l)
KN_EXPR_OPCODES(KN_X_KDEF)
#undef KN_X_KDEF

static const kernel kernels[KN_OP_COUNT] = {
#define KN_X_KTAB(E, l, n, x) [KN_OP_##E] = k_##l,
    KN_EXPR_OPCODES(KN_X_KTAB)
#undef KN_X_KTAB
};

/* Binary opcodes with a constant operand: the constant is passed by value
 * (one load stream less than reading its broadcast block). Same kn_op_*
 * function, so the same bits. */
typedef void (*kernel_vs)(size_t n, double *restrict r, const double *restrict a, double s);
#define KDEFS1(l)
#define KDEFS3(l)
#define KDEFS2(l)                                                                      \
    static void k_##l##_vs(size_t n, double *restrict r, const double *restrict a, double s) \
    {                                                                                  \
        for (size_t i = 0; i < n; i++) r[i] = kn_op_##l(a[i], s);                      \
    }                                                                                  \
    static void k_##l##_sv(size_t n, double *restrict r, const double *restrict a, double s) \
    {                                                                                  \
        for (size_t i = 0; i < n; i++) r[i] = kn_op_##l(s, a[i]);                      \
    }
#define KN_X_KDEFS(E, l, n, x) KDEFS##n(l)
KN_EXPR_OPCODES(KN_X_KDEFS)
#undef KN_X_KDEFS

#define KTABS1(l, suf) NULL
#define KTABS3(l, suf) NULL
#define KTABS2(l, suf) k_##l##_##suf
static const kernel_vs kernels_vs[KN_OP_COUNT] = {
#define KN_X_KTAB(E, l, n, x) [KN_OP_##E] = KTABS##n(l, vs),
    KN_EXPR_OPCODES(KN_X_KTAB)
#undef KN_X_KTAB
};
static const kernel_vs kernels_sv[KN_OP_COUNT] = {
#define KN_X_KTAB(E, l, n, x) [KN_OP_##E] = KTABS##n(l, sv),
    KN_EXPR_OPCODES(KN_X_KTAB)
#undef KN_X_KTAB
};

kn_status scalar_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out)
{
    (void)ctx;
    const uint32_t nvars = e->nvars, nbuf = e->nconst + e->ntemps, nregs = e->nregs;
    size_t B = KN_EXPR_BLOCK;
    if (n < B) B = (n + 7) & ~(size_t)7;
    if ((size_t)nbuf * B * sizeof(double) > SCRATCH_MAX_BYTES) {
        B = SCRATCH_MAX_BYTES / sizeof(double) / nbuf & ~(size_t)7;
        if (B < 8) B = 8;
    }
    _Alignas(64) double stack_buf[STACK_DOUBLES];
    double *stack_regs[STACK_REGS];
    double *scratch = stack_buf, **reg = stack_regs;
    void *heap = NULL;
    size_t scratch_bytes = (size_t)nbuf * B * sizeof(double);
    if (nbuf * B > STACK_DOUBLES || nregs > STACK_REGS) {
        /* One allocation: the register pointers, then 64-byte aligned blocks. */
        size_t ptr_bytes = ((size_t)nregs * sizeof(double *) + 63) & ~(size_t)63;
        heap = aligned_alloc(64, ptr_bytes + scratch_bytes);
        if (!heap)
            return kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for %zu bytes of scratch",
                           ptr_bytes + scratch_bytes);
        reg = heap;
        scratch = (double *)(void *)((char *)heap + ptr_bytes);
    }
    /* Constants and temporaries live in scratch blocks. */
    for (uint32_t k = 0; k < nbuf; k++) reg[nvars + k] = scratch + (size_t)k * B;
    for (uint32_t k = 0; k < e->nconst; k++) {
        double v = e->consts[k], *r = reg[nvars + k];
        for (size_t i = 0; i < B; i++) r[i] = v;
    }
    int alias = 0;
    for (uint32_t i = 0; i < nvars; i++) alias |= vars[i] == out;
    double *out_block = reg[e->out];
    const kn_insn *code = e->code;
    const uint32_t ninsn = e->ninsn, cbase = nvars, nconst = e->nconst;
    const double *consts = e->consts;
    for (size_t off = 0; off < n; off += B) {
        size_t len = n - off < B ? n - off : B;
        for (uint32_t i = 0; i < nvars; i++) reg[i] = (double *)(vars[i] + off);
        if (!alias) reg[e->out] = out + off;
        for (uint32_t k = 0; k < ninsn; k++) {
            const kn_insn *in = &code[k];
            const kernel_vs kvs = kernels_vs[in->op];
            if (kvs && in->b - cbase < nconst)
                kvs(len, reg[in->dst], reg[in->a], consts[in->b - cbase]);
            else if (kvs && in->a - cbase < nconst)
                kernels_sv[in->op](len, reg[in->dst], reg[in->b], consts[in->a - cbase]);
            else
                kernels[in->op](len, reg[in->dst], reg[in->a], reg[in->b], reg[in->c]);
        }
        if (alias) memcpy(out + off, out_block, len * sizeof(double));
    }
    free(heap);
    return KN_OK;
}
