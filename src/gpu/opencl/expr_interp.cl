/* The expression interpreter: one fixed kernel, built once per device, that
 * runs any register program of src/core/expr.h (opencl_expr.c uses it for
 * programs too long to compile into a kernel of their own). One work-item
 * per element; temporaries live in a global scratch array, row t of it at
 * tmp[t * stride], so that neighbouring work-items touch neighbouring
 * doubles.
 *
 * opencl_expr.c prepends expr_ops.cl (the opcodes' math, shared with the
 * generated kernels), then the opcode table KN_EXPR_OPCODES(X) of expr.h and
 * the operand encoding KN_SRC_* as #defines, so that opcode numbers and
 * arities are written only in expr.h.
 *
 * Instruction k is code[k]: .x = opcode | (destination temporary << 8),
 * .y .z .w = its operands, each (kind << KN_SRC_SHIFT) | index with kind
 * KN_SRC_TEMP (row of tmp), KN_SRC_INPUT (row of in) or KN_SRC_CONST (entry
 * of consts). Operands an opcode does not use point to a constant (0.0), so
 * every instruction reads three. The last instruction's value is the
 * result. */

enum {
#define KN_X_ENUM(E, l, n, x) KN_OP_##E,
    KN_EXPR_OPCODES(KN_X_ENUM)
#undef KN_X_ENUM
};

#define KN_CALL1(f) f(a)
#define KN_CALL2(f) f(a, b)
#define KN_CALL3(f) f(a, b, c)
#define KN_X_CASE(E, l, n, x) \
    case KN_OP_##E:           \
        return KN_CALL##n(kn_op_##l);

static double kn_apply(uint op, double a, double b, double c)
{
    switch (op) {
        KN_EXPR_OPCODES(KN_X_CASE)
    }
    return 0.0;
}

static double kn_operand(uint src, __global const double *in, __global const double *consts,
                         __global const double *tmp, ulong stride, ulong i)
{
    uint kind = src >> KN_SRC_SHIFT, index = src & ((1u << KN_SRC_SHIFT) - 1u);
    if (kind == KN_SRC_TEMP) return tmp[index * stride + i];
    if (kind == KN_SRC_INPUT) return in[index * stride + i];
    return consts[index];
}

__kernel void kn_expr_interp(__global const double *in, ulong stride, __global double *out, ulong n,
                             __global const uint4 *code, uint ninsn, __global const double *consts,
                             __global double *tmp)
{
    ulong i = get_global_id(0);
    if (i >= n) return;
    double v = 0.0;
    for (uint k = 0; k < ninsn; k++) {
        uint4 insn = code[k];
        double a = kn_operand(insn.y, in, consts, tmp, stride, i);
        double b = kn_operand(insn.z, in, consts, tmp, stride, i);
        double c = kn_operand(insn.w, in, consts, tmp, stride, i);
        v = kn_apply(insn.x & 0xffu, a, b, c);
        tmp[(insn.x >> 8) * stride + i] = v;
    }
    out[i] = v;
}
