// Canonical double reductions of kernels.h (norm-square, sum, dot: bit for
// bit), and the int64 norm-square, exact with the scalar overflow rule.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/norm_square.cc"
#include <hwy/foreach_target.h> // IWYU pragma: keep
#include <hwy/highway.h>

#include "simd.h"

extern "C" {
#include "../core/canon.h"
#include "../core/kn_math.h"
}

HWY_BEFORE_NAMESPACE();
namespace kn {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// The element a reduction adds: x*x, x, or the rounded x*y (kinds.h).
template <int Op, class D, class V = hn::Vec<D>>
HWY_INLINE V Elem(D d, const double *HWY_RESTRICT x, const double *HWY_RESTRICT y, size_t k)
{
    const V v = hn::LoadU(d, x + k);
    if constexpr (Op == KN_RED_SQUARE) return hn::Mul(v, v);
    else if constexpr (Op == KN_RED_SUM) return v;
    else return hn::Mul(v, hn::LoadU(d, y + k));
}

// Partial sum s[j] (j < 32) is lane j % L of accumulator j / L. Four
// accumulators (4L partial sums) are kept per pass over the block; narrower
// targets make 32 / (4L) passes over the (L1-resident) block. Each partial
// sum sees its elements in increasing k, exactly as in the scalar order.
template <int Op, class D>
HWY_INLINE double BlockReduce(D d, const double *HWY_RESTRICT x, const double *HWY_RESTRICT y, double *HWY_RESTRICT s)
{
    const size_t L = hn::Lanes(d);
    const size_t group = 4 * L;
    for (size_t g = 0; g < KN_SUM_LANES; g += group) {
        auto a0 = hn::Zero(d), a1 = hn::Zero(d), a2 = hn::Zero(d), a3 = hn::Zero(d);
        for (size_t k = g; k < KN_SUM_BLOCK; k += KN_SUM_LANES) {
            a0 = hn::Add(a0, Elem<Op>(d, x, y, k));
            a1 = hn::Add(a1, Elem<Op>(d, x, y, k + L));
            a2 = hn::Add(a2, Elem<Op>(d, x, y, k + 2 * L));
            a3 = hn::Add(a3, Elem<Op>(d, x, y, k + 3 * L));
        }
        hn::StoreU(a0, d, s + g);
        hn::StoreU(a1, d, s + g + L);
        hn::StoreU(a2, d, s + g + 2 * L);
        hn::StoreU(a3, d, s + g + 3 * L);
    }
    return kn_fold_lanes(s);
}

#if HWY_TARGET == HWY_AVX3 || HWY_TARGET == HWY_AVX3_DL
// Blocks per stream of a run (kStreams * kRunBlocks blocks = 1 MiB, the omp
// backend's chunk).
constexpr size_t kStreams = 4, kRunBlocks = 16;

// The totals of kStreams blocks kRunBlocks blocks apart, read together: a
// thread reading four places at once keeps more memory requests in flight
// than one sequential stream (the limits probe: +13% on 2 threads, +27% on
// one, at DRAM sizes). Each block is summed exactly as by BlockReduce (here
// 4L = 32: one pass, accumulator j holds partial sums j*L ..).
template <int Op, class D>
HWY_INLINE void StreamsReduce(D d, const double *HWY_RESTRICT x, const double *HWY_RESTRICT y,
                              double *HWY_RESTRICT tot, double *HWY_RESTRICT s)
{
    constexpr size_t L = hn::MaxLanes(D());
    static_assert(4 * L == KN_SUM_LANES, "one pass per block");
    using V = hn::Vec<D>;
    constexpr size_t stride = kRunBlocks * KN_SUM_BLOCK;
    V a[kStreams][4];
    for (size_t q = 0; q < kStreams; q++)
        for (size_t j = 0; j < 4; j++) a[q][j] = hn::Zero(d);
    for (size_t k = 0; k < KN_SUM_BLOCK; k += KN_SUM_LANES)
        for (size_t q = 0; q < kStreams; q++)
            for (size_t j = 0; j < 4; j++) a[q][j] = hn::Add(a[q][j], Elem<Op>(d, x, y, q * stride + k + j * L));
    for (size_t q = 0; q < kStreams; q++) {
        for (size_t j = 0; j < 4; j++) hn::StoreU(a[q][j], d, s + j * L);
        tot[q * kRunBlocks] = kn_fold_lanes(s);
    }
}
#endif

template <int Op>
HWY_INLINE double ReduceF64(const double *HWY_RESTRICT x, const double *HWY_RESTRICT y, size_t n)
{
    const hn::CappedTag<double, 8> d;
    const size_t L = hn::Lanes(d);
    const bool tiles = L <= 8 && (KN_SUM_LANES % (4 * L)) == 0;
    HWY_ALIGN double s[KN_SUM_LANES];
    kn_tree t;
    kn_tree_init(&t);
    size_t b = 0;
#if HWY_TARGET == HWY_AVX3 || HWY_TARGET == HWY_AVX3_DL
    constexpr size_t run = kStreams * kRunBlocks * KN_SUM_BLOCK;
    double tot[kStreams * kRunBlocks];
    for (; b + run <= n; b += run) {
        for (size_t j = 0; j < kRunBlocks; j++)
            StreamsReduce<Op>(d, x + b + j * KN_SUM_BLOCK, y ? y + b + j * KN_SUM_BLOCK : y, tot + j, s);
        for (size_t i = 0; i < kStreams * kRunBlocks; i++) kn_tree_push(&t, tot[i]);
    }
#endif
    const kn_red_op op = static_cast<kn_red_op>(Op);
    for (; b + KN_SUM_BLOCK <= n; b += KN_SUM_BLOCK) {
        const double *yb = y ? y + b : x + b; /* read for a dot only */
        kn_tree_push(&t, tiles ? BlockReduce<Op>(d, x + b, yb, s) : kn_block_reduce(op, x + b, yb, KN_SUM_BLOCK));
    }
    if (b < n) kn_tree_push(&t, kn_block_reduce(op, x + b, y ? y + b : x + b, n - b));
    return kn_tree_finish(&t);
}

double NormSquareF64(const double *HWY_RESTRICT x, size_t n) { return ReduceF64<KN_RED_SQUARE>(x, nullptr, n); }
double SumF64(const double *HWY_RESTRICT x, size_t n) { return ReduceF64<KN_RED_SUM>(x, nullptr, n); }
double DotF64(const double *HWY_RESTRICT x, const double *HWY_RESTRICT y, size_t n)
{
    return ReduceF64<KN_RED_DOT>(x, y, n);
}

// Exact: |v| <= sqrt(INT64_MAX) is checked per element (else overflow), so
// each square is < 2^63 and is formed exactly as |v| * |v| of two 32-bit
// halves (MulEven). Lane sums are < 2^63 before each addition, so adding a
// square cannot wrap; a lane reaching 2^63 means the total is too large, and
// its sign bit is remembered in `seen`.
int NormSquareI64(const int64_t *HWY_RESTRICT x, size_t n, int64_t *out)
{
    uint64_t sum = 0;
    size_t i = 0;
#if HWY_TARGET != HWY_SCALAR // one lane: no 32-bit halves to multiply
    const hn::ScalableTag<int64_t> d;
    const hn::RebindToUnsigned<decltype(d)> du;
    const hn::Repartition<uint32_t, decltype(d)> d32;
    const size_t L = hn::Lanes(d);
    const auto hi = hn::Set(d, KN_SQRT_INT64_MAX), lo = hn::Set(d, -KN_SQRT_INT64_MAX);
    auto acc0 = hn::Zero(du), acc1 = hn::Zero(du);
    auto seen = hn::Zero(du);
    auto bad = hn::MaskFromVec(hn::Zero(d));
    for (; i + 2 * L <= n; i += 2 * L) {
        const auto v0 = hn::LoadU(d, x + i), v1 = hn::LoadU(d, x + i + L);
        bad = hn::Or(bad, hn::Or(hn::Gt(v0, hi), hn::Lt(v0, lo)));
        bad = hn::Or(bad, hn::Or(hn::Gt(v1, hi), hn::Lt(v1, lo)));
        const auto a0 = hn::BitCast(d32, hn::Abs(v0)), a1 = hn::BitCast(d32, hn::Abs(v1));
        acc0 = hn::Add(acc0, hn::MulEven(a0, a0));
        acc1 = hn::Add(acc1, hn::MulEven(a1, a1));
        seen = hn::Or(seen, hn::Or(acc0, acc1));
    }
    if (!hn::AllFalse(d, bad)) return 1;
    HWY_ALIGN uint64_t lanes[3 * (HWY_MAX_BYTES / 8)];
    hn::Store(acc0, du, lanes);
    hn::Store(acc1, du, lanes + L);
    hn::Store(seen, du, lanes + 2 * L);
    for (size_t k = 0; k < L; k++)
        if (lanes[2 * L + k] >> 63) return 1;
    for (size_t k = 0; k < 2 * L; k++)
        if (__builtin_add_overflow(sum, lanes[k], &sum)) return 1;
#endif
    for (; i < n; i++)
        if (!kn_add_square_i64(&sum, x[i])) return 1;
    if (sum > (uint64_t)INT64_MAX) return 1;
    *out = (int64_t)sum;
    return 0;
}

} // namespace HWY_NAMESPACE
} // namespace kn
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kn {
HWY_EXPORT(NormSquareF64);
HWY_EXPORT(SumF64);
HWY_EXPORT(DotF64);
HWY_EXPORT(NormSquareI64);
} // namespace kn

extern "C" KN_REDUCE_F64_PROT(kn_simd_reduce_f64)
{
    using namespace kn;
    switch (op) {
    case KN_RED_SQUARE: *total = KN_SIMD_CALL(ctx, NormSquareF64)(x, n); break;
    case KN_RED_SUM: *total = KN_SIMD_CALL(ctx, SumF64)(x, n); break;
    case KN_RED_DOT: *total = KN_SIMD_CALL(ctx, DotF64)(x, y, n); break;
    }
    return KN_OK;
}

extern "C" KN_SUMSQ_I64_PROT(kn_simd_sumsq_i64)
{
    using namespace kn;
    return KN_SIMD_CALL(ctx, NormSquareI64)(x, n, out) ? KN_ERR_OVERFLOW : KN_OK;
}
#endif
