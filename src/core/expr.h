/* Compiled expressions: the register program every backend evaluates.
 *
 * kn_expr_compile() turns a string into an immutable kn_expr holding a
 * straight-line program over double "registers", each register standing for
 * one block of elements (numexpr's "vector registers"). A backend evaluates
 * it block by block (or element by element on a GPU) with the per-element
 * functions of expr_ops.h, which define every opcode's result exactly.
 *
 * Registers (indices into one flat space, all uint16_t):
 *   [0, nvars)                 inputs: register i is vars[i] of kn_expr_eval
 *   [nvars, nvars+nconst)      constants: register nvars+k is consts[k],
 *                              the same value for every element
 *   [nvars+nconst, out)        temporaries, written and read inside a block
 *   out = nregs - 1            the result, written by the last instruction
 *                              only and never read
 *
 * Instructions run in order; instruction k computes, for every element i of
 * the block, reg[dst][i] = op(reg[a][i], reg[b][i], reg[c][i]) using only as
 * many operands as the opcode's arity (unused operand fields are 0). The
 * program guarantees:
 *   - dst is always a temporary or `out`, never an input or a constant;
 *   - dst never equals a, b or c of the same instruction (so kernels may use
 *     restrict pointers);
 *   - every register is written before it is read within a block (inputs and
 *     constants are never written), and `out` is written exactly once, by the
 *     last instruction (ninsn >= 1);
 *   - a temporary may be reused by later instructions once its value is dead
 *     (nregs stays small: a left-deep chain like a+b+c+... needs two
 *     temporaries besides out).
 * Evaluating element i therefore needs nothing from element j != i: blocks,
 * SIMD lanes and GPU threads are independent. The result is a function of
 * the inputs only (no state), and identical on every CPU backend for every
 * opcode (see expr_ops.h).
 */
#ifndef KN_CORE_EXPR_H
#define KN_CORE_EXPR_H

#include <stddef.h>
#include <stdint.h>

#include "kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

/* X(ENUM, name, arity, exact, syntax, spelling, simd): the opcode table, one
 * row per opcode; every part of the library that knows about opcodes is
 * stamped from it (the parser's function table, the scalar evaluator, the
 * SIMD switch, the CUDA interpreter, the OpenCL generated kernels and
 * interpreter), so an opcode cannot be missing from any of them.
 *   name      the disassembler's mnemonic; the opcode's per-element meaning
 *             is the function kn_op_<name>() of expr_ops.h, compiled as C,
 *             CUDA and OpenCL C.
 *   arity     operands, 1..3.
 *   exact     1 when IEEE 754 / C99 define the result exactly (correctly
 *             rounded or exact: no algorithm choice, so any correct
 *             implementation gives the same bits); 0 for the transcendentals,
 *             whose bits are those of SLEEF's finz u10 algorithms (within
 *             1.0 ulp; expr_ops.h) and which need FMA hardware on the CPU.
 *             Every opcode is bit-identical across the CPU backends.
 *   syntax, spelling  how the expression language writes it: FUNC "sin" is
 *             the call sin(x); OPER "+" an operator (expr_lex.c reads it,
 *             expr_parse.c gives its precedence); NONE "" for copy, which
 *             only the compiler emits.
 *   simd      VEC: src/simd/expr.cc has a Highway loop KN_SIMD_<ENUM> for
 *             it; ELEM: the SIMD backend calls kn_op_<name> element by
 *             element, as the scalar one does; FINZ: a transcendental, for
 *             which the SIMD backend calls the SLEEF vector form of its
 *             target (src/simd/finz.h, which lists it).
 * A new opcode is one row here, its kn_op_<name> in expr_ops.h, its
 * spelling in the parser when it is an operator, a KN_SIMD_<ENUM> loop
 * when it is VEC, and its entry in src/simd/finz.h when it is FINZ. */
#define KN_EXPR_OPCODES(X) \
    X(COPY, copy, 1, 1, NONE, "", VEC)                \
    X(NEG, neg, 1, 1, OPER, "-", VEC)                 \
    X(ADD, add, 2, 1, OPER, "+", VEC)                 \
    X(SUB, sub, 2, 1, OPER, "-", VEC)                 \
    X(MUL, mul, 2, 1, OPER, "*", VEC)                 \
    X(DIV, div, 2, 1, OPER, "/", VEC)                 \
    X(MOD, mod, 2, 1, OPER, "%", ELEM)                \
    X(POW, pow, 2, 0, OPER, "**", FINZ)               \
    X(LT, lt, 2, 1, OPER, "<", VEC)                   \
    X(LE, le, 2, 1, OPER, "<=", VEC)                  \
    X(GT, gt, 2, 1, OPER, ">", VEC)                   \
    X(GE, ge, 2, 1, OPER, ">=", VEC)                  \
    X(EQ, eq, 2, 1, OPER, "==", VEC)                  \
    X(NE, ne, 2, 1, OPER, "!=", VEC)                  \
    X(AND, and, 2, 1, OPER, "&", VEC)                 \
    X(OR, or, 2, 1, OPER, "|", VEC)                   \
    X(NOT, not, 1, 1, OPER, "~", VEC)                 \
    X(WHERE, where, 3, 1, FUNC, "where", VEC)         \
    X(SIN, sin, 1, 0, FUNC, "sin", FINZ)              \
    X(COS, cos, 1, 0, FUNC, "cos", FINZ)              \
    X(TAN, tan, 1, 0, FUNC, "tan", FINZ)              \
    X(ARCSIN, arcsin, 1, 0, FUNC, "arcsin", FINZ)     \
    X(ARCCOS, arccos, 1, 0, FUNC, "arccos", FINZ)     \
    X(ARCTAN, arctan, 1, 0, FUNC, "arctan", FINZ)     \
    X(ARCTAN2, arctan2, 2, 0, FUNC, "arctan2", FINZ)  \
    X(SINH, sinh, 1, 0, FUNC, "sinh", FINZ)           \
    X(COSH, cosh, 1, 0, FUNC, "cosh", FINZ)           \
    X(TANH, tanh, 1, 0, FUNC, "tanh", FINZ)           \
    X(ARCSINH, arcsinh, 1, 0, FUNC, "arcsinh", FINZ)  \
    X(ARCCOSH, arccosh, 1, 0, FUNC, "arccosh", FINZ)  \
    X(ARCTANH, arctanh, 1, 0, FUNC, "arctanh", FINZ)  \
    X(EXP, exp, 1, 0, FUNC, "exp", FINZ)              \
    X(EXPM1, expm1, 1, 0, FUNC, "expm1", FINZ)        \
    X(EXP2, exp2, 1, 0, FUNC, "exp2", FINZ)           \
    X(LOG, log, 1, 0, FUNC, "log", FINZ)              \
    X(LOG1P, log1p, 1, 0, FUNC, "log1p", FINZ)        \
    X(LOG10, log10, 1, 0, FUNC, "log10", FINZ)        \
    X(LOG2, log2, 1, 0, FUNC, "log2", FINZ)           \
    X(CBRT, cbrt, 1, 0, FUNC, "cbrt", FINZ)           \
    X(SQRT, sqrt, 1, 1, FUNC, "sqrt", VEC)            \
    X(ABS, abs, 1, 1, FUNC, "abs", VEC)               \
    X(FLOOR, floor, 1, 1, FUNC, "floor", VEC)         \
    X(CEIL, ceil, 1, 1, FUNC, "ceil", VEC)            \
    X(TRUNC, trunc, 1, 1, FUNC, "trunc", ELEM)        \
    X(ROUND, round, 1, 1, FUNC, "round", ELEM)        \
    X(SIGN, sign, 1, 1, FUNC, "sign", ELEM)           \
    X(FMOD, fmod, 2, 1, FUNC, "fmod", ELEM)           \
    X(COPYSIGN, copysign, 2, 1, FUNC, "copysign", ELEM)\
    X(NEXTAFTER, nextafter, 2, 1, FUNC, "nextafter", ELEM)\
    X(ISNAN, isnan, 1, 1, FUNC, "isnan", ELEM)        \
    X(ISINF, isinf, 1, 1, FUNC, "isinf", ELEM)        \
    X(ISFINITE, isfinite, 1, 1, FUNC, "isfinite", ELEM)\
    X(SIGNBIT, signbit, 1, 1, FUNC, "signbit", ELEM)  \
    X(MINIMUM, minimum, 2, 1, FUNC, "minimum", VEC)   \
    X(MAXIMUM, maximum, 2, 1, FUNC, "maximum", VEC)

typedef enum {
#define KN_X_ENUM(E, ...) KN_OP_##E,
    KN_EXPR_OPCODES(KN_X_ENUM)
#undef KN_X_ENUM
    KN_OP_COUNT
} kn_opcode;

/* kn_op_<name>(a, b, c) with as many of the operands a, b, c as the opcode
 * takes: what a switch stamped from the table returns for a row. */
#define KN_EXPR_APPLY(name, arity) KN_EXPR_APPLY##arity(kn_op_##name)
#define KN_EXPR_APPLY1(f) f(a)
#define KN_EXPR_APPLY2(f) f(a, b)
#define KN_EXPR_APPLY3(f) f(a, b, c)

/* One instruction: reg[dst] = op(reg[a], reg[b], reg[c]). */
typedef struct {
    uint16_t op; /* kn_opcode */
    uint16_t dst, a, b, c;
} kn_insn;

/* The most registers a program may use (register indices are uint16_t). */
#define KN_EXPR_MAX_REGS 65535u

/* The compiled expression. Immutable after kn_expr_compile returns, so any
 * number of threads may evaluate it at once. */
struct kn_expr {
    uint32_t nvars;    /* inputs: registers 0 .. nvars-1               */
    uint32_t nconst;   /* constants: registers nvars .. nvars+nconst-1 */
    uint32_t ntemps;   /* temporaries, the output register included    */
    uint32_t nregs;    /* nvars + nconst + ntemps                       */
    uint32_t out;      /* nregs - 1                                     */
    uint32_t ninsn;    /* >= 1                                          */
    const kn_insn *code;   /* ninsn instructions                        */
    const double *consts;  /* nconst values                             */
    char *const *names;    /* nvars variable names (for disassembly)    */
    const char *src;       /* the source text, as given                 */
};

/* Arity (1..3), mnemonic and exact column of an opcode. */
int kn_expr_op_arity(unsigned op);
const char *kn_expr_op_name(unsigned op);
int kn_expr_op_exact(unsigned op);

/* ---- the transcendentals' CPU requirement (expr_finz.c) ---- */

/* Whether this CPU runs the transcendental (exact 0) opcodes: it has FMA. */
int kn_expr_finz_available(void);

/* KN_OK, or KN_ERR_UNAVAILABLE with "<fn>: ..." when e has a transcendental
 * opcode and this CPU cannot run it. The CPU backends' one check. */
kn_status kn_expr_finz_check(const kn_expr *e, const char *fn);

/* For the tests only: hide = 1 makes kn_expr_finz_available() answer 0 as
 * on a CPU without FMA, hide = 0 restores the CPU's answer. */
void kn_expr_finz_hide_fma(int hide);

/* The element stride of input i in an evaluation: element k of input i is
 * vars[i][k * stride] (stride 0: one value for every element). A NULL
 * strides (kn_expr_eval) means every input is contiguous. */
static inline ptrdiff_t kn_expr_stride(const ptrdiff_t *strides, uint32_t i) { return strides ? strides[i] : 1; }

/* ---- compiler internals (expr_lex.c, expr_parse.c, expr_compile.c) ---- */

typedef enum {
    KN_TOK_END,
    KN_TOK_NUM,
    KN_TOK_NAME,
    KN_TOK_LPAREN,
    KN_TOK_RPAREN,
    KN_TOK_COMMA,
    KN_TOK_OP /* binary or unary operator; .op says which */
} kn_tok_kind;

/* Operator tokens (not opcodes: '-' is both SUB and NEG). */
typedef enum {
    KN_T_PLUS, KN_T_MINUS, KN_T_STAR, KN_T_SLASH, KN_T_PERCENT, KN_T_POW,
    KN_T_LT, KN_T_LE, KN_T_GT, KN_T_GE, KN_T_EQ, KN_T_NE,
    KN_T_AMP, KN_T_PIPE, KN_T_TILDE
} kn_tok_op;

typedef struct {
    kn_tok_kind kind;
    int op;           /* kn_tok_op for KN_TOK_OP */
    size_t pos, len;  /* byte offset and length in the source */
    double num;       /* value of KN_TOK_NUM */
} kn_token;

/* Reads the token starting at or after src[*pos] (skipping white space),
 * advancing *pos past it. Fails with KN_ERR_PARSE (message written) on an
 * unexpected character or a malformed number. */
kn_status kn_expr_lex(const char *src, size_t *pos, kn_token *tok);

/* Parse-tree node. Nodes live in one array in creation order: the operands
 * of node k always have indices below k, so a forward loop visits operands
 * before their users (no recursion anywhere in the compiler). */
typedef enum { KN_N_NUM, KN_N_VAR, KN_N_OP } kn_node_kind;

typedef struct {
    uint8_t kind;     /* kn_node_kind */
    uint8_t op;       /* kn_opcode for KN_N_OP */
    uint8_t bare_cmp; /* an unparenthesized comparison (for a < b < c) */
    int32_t arg[3];   /* operand nodes */
    int32_t chain_rhs;/* for bare_cmp: the node of its last right operand */
    uint32_t var;     /* KN_N_VAR: input index */
    double num;       /* KN_N_NUM: value */
} kn_node;

typedef struct {
    kn_node *nodes;
    size_t count, cap;
    int32_t root;
} kn_parse_tree;

/* Parses src into a tree, with constant folding and exact rewrites done as
 * nodes are made. Names were validated by the caller. KN_ERR_PARSE or
 * KN_ERR_NO_MEMORY with the message written; tree->nodes must be freed by
 * the caller in every case. */
kn_status kn_expr_parse(const char *src, size_t nvars, const char *const *names, kn_parse_tree *tree);

/* Name tables shared by the parser and the name checks. */
typedef struct {
    const char *name;
    uint8_t op;
    uint8_t arity;
} kn_expr_func;
const kn_expr_func *kn_expr_find_func(const char *s, size_t len);
int kn_expr_find_const(const char *s, size_t len, double *value);
extern const kn_expr_func kn_expr_funcs[];
extern const size_t kn_expr_nfuncs;

#ifdef __cplusplus
}
#endif

#endif
