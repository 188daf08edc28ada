/* The expression interpreter: one fixed kernel, built once per device, that
 * runs any register program of src/core/expr.h (opencl_expr.c uses it for
 * programs too long to compile into a kernel of their own). Temporaries
 * live in a global scratch array, row t of it at tmp[t * stride], element i
 * of the piece at tmp[t * stride + i].
 *
 * opencl_expr.c prepends src/core/kn_device_prelude.h, src/core/kn_sleef.h
 * and src/core/expr_ops.h (the opcodes' math, shared with every other
 * backend), then the opcode table KN_EXPR_OPCODES(X) of expr.h and
 * the operand encoding KN_SRC_* as #defines, so that opcode numbers and
 * arities are written only in expr.h.
 *
 * Instruction k is code[k]: .x = opcode | (destination temporary << 8),
 * .y .z .w = its operands, each (kind << KN_SRC_SHIFT) | index with kind
 * KN_SRC_TEMP (row of tmp), KN_SRC_INPUT (row of in) or KN_SRC_CONST (entry
 * of consts). Operands an opcode does not use point to a constant (0.0), so
 * every instruction reads three. The last instruction writes `out`. */

enum {
#define KN_X_ENUM(E, ...) KN_OP_##E,
    KN_EXPR_OPCODES(KN_X_ENUM)
#undef KN_X_ENUM
};

#define KN_CALL1(f) f(a)
#define KN_CALL2(f) f(a, b)
#define KN_CALL3(f) f(a, b, c)

/* Operand `src` of every element: base[i * step] for element i (step 0 for
 * a constant). */
static __global const double *kn_operand(uint src, __global const double *in, __global const double *consts,
                                         __global const double *tmp, ulong stride, ulong *step)
{
    uint kind = src >> KN_SRC_SHIFT, index = src & ((1u << KN_SRC_SHIFT) - 1u);
    *step = kind == KN_SRC_CONST ? 0 : 1;
    if (kind == KN_SRC_TEMP) return tmp + index * stride;
    if (kind == KN_SRC_INPUT) return in + index * stride;
    return consts + index;
}

/* One instruction over elements [first, end): a loop per opcode, so that
 * the opcode is decoded once per span rather than once per element. */
#define KN_X_LOOP(E, l, n, ...)                                         \
    case KN_OP_##E:                                                     \
        for (ulong i = first; i < end; i++) {                           \
            double a = pa[i * sa], b = pb[i * sb], c = pc[i * sc];      \
            d[i] = KN_CALL##n(kn_op_##l);                               \
        }                                                               \
        break;

/* Work-item w evaluates elements [w * span, (w + 1) * span) (fewer at the
 * end): span 1 on a GPU, where neighbouring work-items then touch
 * neighbouring doubles; a few hundred on a CPU, where one work-item's
 * temporaries then stay in its core's cache. */
__kernel void kn_expr_interp(__global const double *in, ulong stride, __global double *out, ulong n,
                             __global const uint4 *code, uint ninsn, __global const double *consts,
                             __global double *tmp, ulong span)
{
    ulong first = get_global_id(0) * span;
    if (first >= n) return;
    ulong end = min(first + span, n);
    for (uint k = 0; k < ninsn; k++) {
        uint4 insn = code[k];
        ulong sa, sb, sc;
        __global const double *pa = kn_operand(insn.y, in, consts, tmp, stride, &sa);
        __global const double *pb = kn_operand(insn.z, in, consts, tmp, stride, &sb);
        __global const double *pc = kn_operand(insn.w, in, consts, tmp, stride, &sc);
        __global double *d = k + 1 < ninsn ? tmp + (ulong)(insn.x >> 8) * stride : out;
        switch (insn.x & 0xffu) {
            KN_EXPR_OPCODES(KN_X_LOOP)
        }
    }
}
