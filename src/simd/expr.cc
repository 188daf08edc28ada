// Compiled expressions (src/core/expr.h), evaluated block by block like the
// scalar evaluator, each opcode one vector loop over the block.
//
// IEEE-defined opcodes use the IEEE operations that define them in
// expr_ops.h (separate Add/Mul/..., never MulAdd), so they are bit-identical
// to scalar; comparisons are written so that NaN behaves as in C (a != b is
// !(a == b)). Transcendentals (FINZ rows) call SLEEF's finz u10 function for
// the target: the avx512f form on AVX3, the avx2 form on AVX2 (finz.h), the
// d1 form of kn_op_* element by element on every other target; all give
// the same bits, so a value's result does not depend on its position, n,
// the target or the thread count. mod and fmod stay on libm's fmod (exact).
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/expr.cc"
#include <hwy/foreach_target.h> // IWYU pragma: keep
#include <hwy/highway.h>
#include <hwy/cache_control.h>

#include <stdlib.h>
#include <string.h>

#include "finz.h"
#include "simd.h"

extern "C" {
#include "../core/error.h"
#include "../core/expr.h"
#include "../core/expr_blocks.h"
#include "../core/expr_ops.h"
}

#ifndef KN_SIMD_EXPR_ONCE
#define KN_SIMD_EXPR_ONCE
// The loops of EvalBlock, expanded once per Highway target (hn:: is that
// target's namespace). Its switch is stamped from the opcode table: a VEC
// row runs its KN_SIMD_<ENUM> vector loop below, an ELEM row runs kn_op_*
// element by element.

// Element-wise loops: vector body, then the scalar kn_op_* for the tail
// (the same IEEE result for exact opcodes).
#define KN_LOOP1(VEXPR, SEXPR)                                                  \
    {                                                                           \
        size_t i = 0;                                                           \
        for (; i + L <= len; i += L) {                                          \
            const V a = hn::LoadU(d, pa + i);                                   \
            hn::StoreU(VEXPR, d, r + i);                                        \
        }                                                                       \
        for (; i < len; i++) r[i] = SEXPR(pa[i]);                               \
    }
#define KN_LOOP2(VEXPR, SEXPR)                                                  \
    {                                                                           \
        size_t i = 0;                                                           \
        for (; i + L <= len; i += L) {                                          \
            const V a = hn::LoadU(d, pa + i), b = hn::LoadU(d, pb + i);         \
            hn::StoreU(VEXPR, d, r + i);                                        \
        }                                                                       \
        for (; i < len; i++) r[i] = SEXPR(pa[i], pb[i]);                        \
    }
// The ELEM rows: the per-element function over the block.
#define KN_ELEM1(F) for (size_t i = 0; i < len; i++) r[i] = F(pa[i]);
#define KN_ELEM2(F) for (size_t i = 0; i < len; i++) r[i] = F(pa[i], pb[i]);
#define KN_ELEM3(F) for (size_t i = 0; i < len; i++) r[i] = F(pa[i], pb[i], pc[i]);

// The VEC rows' vector loops, one per opcode.
#define KN_SIMD_COPY KN_LOOP1(a, kn_op_copy)
#define KN_SIMD_NEG KN_LOOP1(hn::Neg(a), kn_op_neg)
#define KN_SIMD_ADD KN_LOOP2(hn::Add(a, b), kn_op_add)
#define KN_SIMD_SUB KN_LOOP2(hn::Sub(a, b), kn_op_sub)
#define KN_SIMD_MUL KN_LOOP2(hn::Mul(a, b), kn_op_mul)
#define KN_SIMD_DIV KN_LOOP2(hn::Div(a, b), kn_op_div)
#define KN_SIMD_LT KN_LOOP2(hn::IfThenElseZero(hn::Lt(a, b), one), kn_op_lt)
#define KN_SIMD_LE KN_LOOP2(hn::IfThenElseZero(hn::Le(a, b), one), kn_op_le)
#define KN_SIMD_GT KN_LOOP2(hn::IfThenElseZero(hn::Gt(a, b), one), kn_op_gt)
#define KN_SIMD_GE KN_LOOP2(hn::IfThenElseZero(hn::Ge(a, b), one), kn_op_ge)
#define KN_SIMD_EQ KN_LOOP2(hn::IfThenElseZero(hn::Eq(a, b), one), kn_op_eq)
#define KN_SIMD_NE KN_LOOP2(hn::IfThenZeroElse(hn::Eq(a, b), one), kn_op_ne)
#define KN_SIMD_AND KN_LOOP2(hn::IfThenZeroElse(hn::Or(hn::Eq(a, zero), hn::Eq(b, zero)), one), kn_op_and)
#define KN_SIMD_OR KN_LOOP2(hn::IfThenZeroElse(hn::And(hn::Eq(a, zero), hn::Eq(b, zero)), one), kn_op_or)
#define KN_SIMD_NOT KN_LOOP1(hn::IfThenElseZero(hn::Eq(a, zero), one), kn_op_not)
#define KN_SIMD_WHERE                                                                             \
    {                                                                                             \
        size_t i = 0;                                                                             \
        for (; i + L <= len; i += L) {                                                            \
            const V c = hn::LoadU(d, pa + i), a = hn::LoadU(d, pb + i), b = hn::LoadU(d, pc + i); \
            hn::StoreU(hn::IfThenElse(hn::Eq(c, zero), b, a), d, r + i);                          \
        }                                                                                         \
        for (; i < len; i++) r[i] = kn_op_where(pa[i], pb[i], pc[i]);                             \
    }
// (a <= b || a != a) ? a : b, and the same with >= for maximum.
#define KN_SIMD_MINIMUM KN_LOOP2(hn::IfThenElse(hn::Or(hn::Le(a, b), hn::Not(hn::Eq(a, a))), a, b), kn_op_minimum)
#define KN_SIMD_MAXIMUM KN_LOOP2(hn::IfThenElse(hn::Or(hn::Ge(a, b), hn::Not(hn::Eq(a, a))), a, b), kn_op_maximum)
#define KN_SIMD_SQRT KN_LOOP1(hn::Sqrt(a), kn_op_sqrt)
#define KN_SIMD_ABS KN_LOOP1(hn::Abs(a), kn_op_abs)
#define KN_SIMD_FLOOR KN_LOOP1(hn::Floor(a), kn_op_floor)
#define KN_SIMD_CEIL KN_LOOP1(hn::Ceil(a), kn_op_ceil)

#define KN_SIMD_ROW_VEC(E, l, n) KN_SIMD_##E
#define KN_SIMD_ROW_ELEM(E, l, n) KN_ELEM##n(kn_op_##l)
#define KN_SIMD_ROW_FINZ(E, l, n) KN_SIMD_FINZ##n(l)
#define KN_X_SIMD_CASE(E, l, n, x, syntax, spelling, simd) \
    case KN_OP_##E: {                                      \
        KN_SIMD_ROW_##simd(E, l, n)                        \
    } break;
#endif

// The FINZ rows for this pass's target.
#undef KN_SIMD_FINZ1
#undef KN_SIMD_FINZ2
#if defined(KN_HAVE_FINZ_X86) && HWY_ARCH_X86 && HWY_TARGET <= HWY_AVX3
#define KN_SIMD_FINZ1(op) kn_finz_avx512_##op(len, r, pa);
#define KN_SIMD_FINZ2(op) kn_finz_avx512_##op(len, r, pa, pb);
#elif defined(KN_HAVE_FINZ_X86) && HWY_ARCH_X86 && HWY_TARGET == HWY_AVX2
#define KN_SIMD_FINZ1(op) kn_finz_avx2_##op(len, r, pa);
#define KN_SIMD_FINZ2(op) kn_finz_avx2_##op(len, r, pa, pb);
#else
#define KN_SIMD_FINZ1(op) KN_ELEM1(kn_op_##op)
#define KN_SIMD_FINZ2(op) KN_ELEM2(kn_op_##op)
#endif

HWY_BEFORE_NAMESPACE();
namespace kn {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// One block: every instruction over `len` elements of the registers.
void EvalBlock(const kn_insn *code, uint32_t ninsn, double *const *reg, size_t len)
{
    const hn::ScalableTag<double> d;
    using V = hn::Vec<decltype(d)>;
    const size_t L = hn::Lanes(d);
    const V one = hn::Set(d, 1.0), zero = hn::Zero(d);
    (void)one;
    (void)zero;
    for (uint32_t k = 0; k < ninsn; k++) {
        const kn_insn in = code[k];
        double *HWY_RESTRICT r = reg[in.dst];
        const double *HWY_RESTRICT pa = reg[in.a];
        const double *HWY_RESTRICT pb = reg[in.b];
        const double *HWY_RESTRICT pc = reg[in.c];
        switch (in.op) {
            KN_EXPR_OPCODES(KN_X_SIMD_CASE)
        default: break; // the compiler emits no other opcode
        }
        (void)pc;
    }
}

// kn_expr_block_store with non-temporal stores: scalar stores up to the
// first vector-aligned element of out, then whole aligned vectors.
void StreamBlock(double *HWY_RESTRICT out, const double *HWY_RESTRICT block, size_t len)
{
    const hn::ScalableTag<double> d;
    const size_t L = hn::Lanes(d);
    size_t i = 0;
    for (; i < len && reinterpret_cast<uintptr_t>(out + i) % (L * sizeof(double)); i++) out[i] = block[i];
    for (; i + L <= len; i += L) hn::Stream(hn::LoadU(d, block + i), d, out + i);
    for (; i < len; i++) out[i] = block[i];
}

} // namespace HWY_NAMESPACE
} // namespace kn
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kn {
HWY_EXPORT(EvalBlock);
HWY_EXPORT(StreamBlock);
} // namespace kn

namespace {
// The per-block step of kn_expr_run_blocks: this context's target's EvalBlock.
using EvalFn = void (*)(const kn_insn *, uint32_t, double *const *, size_t);
void simd_block(void *arg, const kn_expr *e, double *const *reg, size_t len)
{
    (*static_cast<EvalFn *>(arg))(e->code, e->ninsn, reg, len);
}
} // namespace

extern "C" KN_EXPR_EVAL_PROT(kn_simd_expr_eval)
{
    using namespace kn;
    EvalFn eval = &KN_SIMD_CALL(ctx, EvalBlock);
    kn_status st = kn_expr_run_blocks(e, n, vars, strides, out, simd_block, &eval,
                                      stream_out ? &KN_SIMD_CALL(ctx, StreamBlock) : nullptr);
    // Non-temporal stores are weakly ordered: make them visible before the
    // caller (or another thread after a barrier) reads out.
    if (stream_out) hwy::FlushStream();
    return st;
}
#endif
