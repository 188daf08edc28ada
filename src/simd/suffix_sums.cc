// Exclusive suffix sums and inclusive prefix sums in the canonical orders of
// kernels.h, bit for bit.
//
// Every block is a sequential right-to-left sum, so the parallelism is
// across blocks: a group of L whole blocks (L = lanes) is handled with lane k
// running block k. Rows of L consecutive doubles are loaded from each block
// at the same offset and transposed in registers, so lane k sees its block's
// elements one after another. Groups are taken from the end of the array
// towards its start; per group, pass 1 sums the blocks (the totals T), the L
// carries follow serially from the carry of the group after it, and pass 2
// re-reads the group (now in L1/L2: L * 8 KiB) and writes out. Memory is
// thus read once and written once, as by a copy. Stores trail the loads,
// which run towards lower addresses, so out at the same 4 KiB offset as x
// does not stall loads (no 4K aliasing), and out == x works (each row is
// loaded before it is overwritten).
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/suffix_sums.cc"
#include <hwy/foreach_target.h> // IWYU pragma: keep
#include <hwy/cache_control.h>
#include <hwy/highway.h>

#include "simd.h"

extern "C" {
#include "../core/canon.h"
}

HWY_BEFORE_NAMESPACE();
namespace kn {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

#undef KN_SCAN_VECTOR
#if HWY_HAVE_SCALABLE || HWY_TARGET == HWY_SCALAR
#define KN_SCAN_VECTOR 0
#else
#define KN_SCAN_VECTOR 1
#endif

#if KN_SCAN_VECTOR
constexpr size_t B = KN_SCAN_BLOCK;

// In-register transpose of L x L doubles (L = 2, 4 or 8): afterwards v[j]
// lane k holds what was v[k] lane j. Lane shuffles, then 128-bit blocks,
// then 256-bit halves.
template <class D, class V>
HWY_INLINE void Transpose(D d, V *v)
{
    constexpr size_t L = hn::MaxLanes(D());
    if constexpr (L == 2) {
        const V t0 = hn::InterleaveLower(d, v[0], v[1]), t1 = hn::InterleaveUpper(d, v[0], v[1]);
        v[0] = t0;
        v[1] = t1;
    } else if constexpr (L == 4) {
        const V t0 = hn::InterleaveLower(d, v[0], v[1]), t1 = hn::InterleaveUpper(d, v[0], v[1]);
        const V t2 = hn::InterleaveLower(d, v[2], v[3]), t3 = hn::InterleaveUpper(d, v[2], v[3]);
        v[0] = hn::ConcatLowerLower(d, t2, t0);
        v[2] = hn::ConcatUpperUpper(d, t2, t0);
        v[1] = hn::ConcatLowerLower(d, t3, t1);
        v[3] = hn::ConcatUpperUpper(d, t3, t1);
    } else {
        static_assert(L == 8, "transpose of 2, 4 or 8 lanes");
        V t[8], u[8];
        for (int k = 0; k < 8; k += 2) {
            t[k] = hn::InterleaveLower(d, v[k], v[k + 1]);     // [k0 k+1_0 | k2 .. | k4 .. | k6 ..]
            t[k + 1] = hn::InterleaveUpper(d, v[k], v[k + 1]); // odd columns
        }
        for (int h = 0; h < 8; h += 4)
            for (int o = 0; o < 2; o++) {
                const V a = t[h + o], b = t[h + 2 + o];
                u[h + o] = hn::OddEvenBlocks(hn::SwapAdjacentBlocks(b), a);     // cols o, o+4
                u[h + 2 + o] = hn::OddEvenBlocks(b, hn::SwapAdjacentBlocks(a)); // cols o+2, o+6
            }
        // u[0]: cols 0|4 of rows 0-3; u[2]: 2|6; u[1]: 1|5; u[3]: 3|7 (u[4..7]: rows 4-7)
        v[0] = hn::ConcatLowerLower(d, u[4], u[0]);
        v[4] = hn::ConcatUpperUpper(d, u[4], u[0]);
        v[2] = hn::ConcatLowerLower(d, u[6], u[2]);
        v[6] = hn::ConcatUpperUpper(d, u[6], u[2]);
        v[1] = hn::ConcatLowerLower(d, u[5], u[1]);
        v[5] = hn::ConcatUpperUpper(d, u[5], u[1]);
        v[3] = hn::ConcatLowerLower(d, u[7], u[3]);
        v[7] = hn::ConcatUpperUpper(d, u[7], u[3]);
    }
}

// Totals T of the L blocks starting at x (pass 1).
template <class D>
HWY_INLINE hn::Vec<D> GroupTotals(D d, const double *HWY_RESTRICT x)
{
    constexpr size_t L = hn::MaxLanes(D());
    using V = hn::Vec<D>;
    V v[L];
    V t = hn::Zero(d);
    for (size_t i = B; i > 0;) {
        i -= L;
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + i);
        Transpose(d, v);
        for (size_t j = L; j-- > 0;) t = hn::Add(t, v[j]);
    }
    return t;
}

// Lane k scans columns j = hi-1 down to lo of the transposed rows v.
template <class V>
HWY_INLINE V ScanColumns(V *v, size_t lo, size_t hi, V r)
{
    for (size_t j = hi; j-- > lo;) {
        const V xj = v[j];
        v[j] = r;
        r = hn::Add(r, xj);
    }
    return r;
}

// Pass 2 for the L blocks at x / out, lane k starting from carry r[k].
// Streaming stores need rows aligned in out: the top `s` elements of every
// block (s = out's misalignment in doubles; blocks are 8 KiB apart so it is
// the same for all) and the bottom L - s are then done as partial rows with
// masked stores, and the rows between them are aligned. s == 0 without
// streaming.
template <bool kStream, class D>
HWY_INLINE void GroupScan(D d, const double *x, double *out, hn::Vec<D> r, size_t s)
{
    constexpr size_t L = hn::MaxLanes(D());
    using V = hn::Vec<D>;
    V v[L];
    size_t i = B;
    if (s) { // top partial row: elements [B - s, B) of each block
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + B - L);
        Transpose(d, v);
        r = ScanColumns(v, L - s, L, r);
        Transpose(d, v);
        const auto top = hn::Not(hn::FirstN(d, L - s));
        for (size_t k = 0; k < L; k++) hn::BlendedStore(v[k], top, d, out + k * B + B - L);
        i = B - s;
    }
    while (i >= L) {
        i -= L;
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + i);
        Transpose(d, v);
        r = ScanColumns(v, 0, L, r);
        Transpose(d, v);
        for (size_t k = 0; k < L; k++) {
            if constexpr (kStream)
                hn::Stream(v[k], d, out + k * B + i);
            else
                hn::StoreU(v[k], d, out + k * B + i);
        }
    }
    if (i) { // bottom partial row: elements [0, i); out may equal x, and
             // x[i..L) may already be overwritten: those columns are unused
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B);
        Transpose(d, v);
        r = ScanColumns(v, 0, i, r);
        Transpose(d, v);
        const auto bottom = hn::FirstN(d, i);
        for (size_t k = 0; k < L; k++) hn::BlendedStore(v[k], bottom, d, out + k * B);
    }
}

// Pass 2 over the whole blocks below b in groups of L, from the top down;
// carries(g) gives the carries of the group starting at block g (called
// once per group, in that order). Leaves b < L.
template <class D, class Carries>
HWY_INLINE void ScanGroups(D d, const double *x, double *out, size_t &b, bool stream, const Carries &carries)
{
    constexpr size_t L = hn::MaxLanes(D());
    const uintptr_t addr = reinterpret_cast<uintptr_t>(out);
    if (stream && addr % sizeof(double) == 0 && out != x) {
        // Outputs larger than the caches bypass them (no read for ownership);
        // in place, the lines are in the cache already.
        const size_t s = (addr / sizeof(double)) % L;
        for (; b >= L; b -= L) GroupScan<true>(d, x + (b - L) * B, out + (b - L) * B, carries(b - L), s);
        hwy::FlushStream();
    } else {
        for (; b >= L; b -= L) GroupScan<false>(d, x + (b - L) * B, out + (b - L) * B, carries(b - L), 0);
    }
}
// Prefix sums mirror the above left to right: per group of L blocks, the
// totals (pass 1), the L carries from the group before, then the scan of
// the (now cached) group. Rows are loaded before they are stored, so out
// may equal x. B is a multiple of L: partial rows only where streaming
// stores need aligned rows.
template <class D>
HWY_INLINE hn::Vec<D> PrefixGroupTotals(D d, const double *HWY_RESTRICT x)
{
    constexpr size_t L = hn::MaxLanes(D());
    using V = hn::Vec<D>;
    V v[L];
    V t = hn::Zero(d);
    for (size_t i = 0; i < B; i += L) {
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + i);
        Transpose(d, v);
        for (size_t j = 0; j < L; j++) t = hn::Add(t, v[j]);
    }
    return t;
}

// Lane k scans columns lo to hi-1 of the transposed rows v.
template <class V>
HWY_INLINE V PrefixScanColumns(V *v, size_t lo, size_t hi, V r)
{
    for (size_t j = lo; j < hi; j++) {
        r = hn::Add(r, v[j]);
        v[j] = r;
    }
    return r;
}

// The scan of the L blocks at x / out, lane k starting from carry r[k];
// with streaming, the bottom `s` elements of every block (s = L minus out's
// misalignment in doubles, or 0) and the top L - s are partial rows with
// masked stores, so the rows between them are aligned. s == 0 without
// streaming.
template <bool kStream, class D>
HWY_INLINE void PrefixGroupScan(D d, const double *x, double *out, hn::Vec<D> r, size_t s)
{
    constexpr size_t L = hn::MaxLanes(D());
    using V = hn::Vec<D>;
    V v[L];
    size_t i = 0;
    if (s) { // bottom partial row: elements [0, s)
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B);
        Transpose(d, v);
        r = PrefixScanColumns(v, 0, s, r);
        Transpose(d, v);
        const auto bottom = hn::FirstN(d, s);
        for (size_t k = 0; k < L; k++) hn::BlendedStore(v[k], bottom, d, out + k * B);
        i = s;
    }
    for (; i + L <= B; i += L) {
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + i);
        Transpose(d, v);
        r = PrefixScanColumns(v, 0, L, r);
        Transpose(d, v);
        for (size_t k = 0; k < L; k++) {
            if constexpr (kStream)
                hn::Stream(v[k], d, out + k * B + i);
            else
                hn::StoreU(v[k], d, out + k * B + i);
        }
    }
    if (i < B) { // top partial row: elements [i, B), the last B - i
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + B - L);
        Transpose(d, v);
        r = PrefixScanColumns(v, L - (B - i), L, r);
        Transpose(d, v);
        const auto top = hn::Not(hn::FirstN(d, L - (B - i)));
        for (size_t k = 0; k < L; k++) hn::BlendedStore(v[k], top, d, out + k * B + B - L);
    }
}

// The scan of the whole blocks from b up to `whole` in groups of L, from
// the bottom up; carries(g) gives the carries of the group starting at
// block g (called once per group, in that order). Leaves b > whole - L.
template <class D, class Carries>
HWY_INLINE void PrefixScanGroups(D d, const double *x, double *out, size_t &b, size_t whole, bool stream,
                                 const Carries &carries)
{
    constexpr size_t L = hn::MaxLanes(D());
    const uintptr_t addr = reinterpret_cast<uintptr_t>(out);
    if (stream && addr % sizeof(double) == 0 && out != x) {
        const size_t s = (L - (addr / sizeof(double)) % L) % L;
        for (; b + L <= whole; b += L) PrefixGroupScan<true>(d, x + b * B, out + b * B, carries(b), s);
        hwy::FlushStream();
    } else {
        for (; b + L <= whole; b += L) PrefixGroupScan<false>(d, x + b * B, out + b * B, carries(b), 0);
    }
}
#endif // KN_SCAN_VECTOR

static size_t BlockEnd(size_t n, size_t b) { return kn_block_end(n, b * KN_SCAN_BLOCK, KN_SCAN_BLOCK); }

void PrefixSums(const double *x, size_t n, double *out, double carry, bool stream)
{
    (void)stream; // unused by the scalar and scalable targets
    size_t b = 0;
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    PrefixScanGroups(d, x, out, b, n / KN_SCAN_BLOCK, stream, [&](size_t g) HWY_ATTR {
        constexpr size_t L = hn::MaxLanes(decltype(d)());
        HWY_ALIGN double c[L];
        hn::Store(PrefixGroupTotals(d, x + g * B), d, c);
        carry = kn_scan_carries_prefix(c, L, carry);
        return hn::Load(d, c);
    });
#endif
    for (; b * KN_SCAN_BLOCK < n; b++) carry = kn_scan_block_prefix(x, out, b * KN_SCAN_BLOCK, BlockEnd(n, b), carry);
}

void PrefixScanBlocks(const double *x, size_t n, double *out, const double *carries, bool stream)
{
    (void)stream;
    size_t b = 0;
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    PrefixScanGroups(d, x, out, b, n / KN_SCAN_BLOCK, stream,
                     [&](size_t g) HWY_ATTR { return hn::LoadU(d, carries + g); });
#endif
    for (; b * KN_SCAN_BLOCK < n; b++) (void)kn_scan_block_prefix(x, out, b * KN_SCAN_BLOCK, BlockEnd(n, b), carries[b]);
}

void PrefixBlockTotals(const double *x, size_t n, double *totals)
{
    size_t b = 0;
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    constexpr size_t L = hn::MaxLanes(decltype(d)());
    for (; b + L <= n / KN_SCAN_BLOCK; b += L) hn::StoreU(PrefixGroupTotals(d, x + b * B), d, totals + b);
#endif
    for (; b * KN_SCAN_BLOCK < n; b++) totals[b] = kn_block_total_prefix(x, b * KN_SCAN_BLOCK, BlockEnd(n, b));
}

void SuffixSums(const double *x, size_t n, double *out, double carry, bool stream)
{
    (void)stream; // unused by the scalar and scalable targets
    size_t b = n / KN_SCAN_BLOCK; // whole blocks
    if (n % KN_SCAN_BLOCK) carry = kn_scan_block(x, out, b * KN_SCAN_BLOCK, n, carry);
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    constexpr size_t L = hn::MaxLanes(decltype(d)());
    ScanGroups(d, x, out, b, stream, [&](size_t g) HWY_ATTR {
        HWY_ALIGN double c[L];
        hn::Store(GroupTotals(d, x + g * B), d, c);
        carry = kn_scan_carries(c, L, carry);
        return hn::Load(d, c);
    });
#endif
    while (b > 0) {
        b--;
        carry = kn_scan_block(x, out, b * KN_SCAN_BLOCK, (b + 1) * KN_SCAN_BLOCK, carry);
    }
}

void ScanBlocks(const double *x, size_t n, double *out, const double *carries, bool stream)
{
    (void)stream;
    size_t b = n / KN_SCAN_BLOCK;
    if (n % KN_SCAN_BLOCK) (void)kn_scan_block(x, out, b * KN_SCAN_BLOCK, n, carries[b]);
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    ScanGroups(d, x, out, b, stream, [&](size_t g) HWY_ATTR { return hn::LoadU(d, carries + g); });
#endif
    while (b > 0) {
        b--;
        (void)kn_scan_block(x, out, b * KN_SCAN_BLOCK, (b + 1) * KN_SCAN_BLOCK, carries[b]);
    }
}

void BlockTotals(const double *x, size_t n, double *totals)
{
    const size_t full = n / KN_SCAN_BLOCK;
    size_t b = 0;
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    constexpr size_t L = hn::MaxLanes(decltype(d)());
    for (; b + L <= full; b += L) hn::StoreU(GroupTotals(d, x + b * B), d, totals + b);
#endif
    for (; b * KN_SCAN_BLOCK < n; b++) {
        const size_t start = b * KN_SCAN_BLOCK, end = b < full ? start + KN_SCAN_BLOCK : n;
        totals[b] = kn_block_total(x, start, end);
    }
}

} // namespace HWY_NAMESPACE
} // namespace kn
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kn {
HWY_EXPORT(SuffixSums);
HWY_EXPORT(BlockTotals);
HWY_EXPORT(ScanBlocks);
HWY_EXPORT(PrefixSums);
HWY_EXPORT(PrefixBlockTotals);
HWY_EXPORT(PrefixScanBlocks);
} // namespace kn

extern "C" KN_SCAN_F64_PROT(kn_simd_scan_f64)
{
    using namespace kn;
    if (dir == KN_SCAN_PREFIX) {
        KN_SIMD_CALL(ctx, PrefixSums)(x, n, out, carry, stream_out != 0);
        return KN_OK;
    }
    KN_SIMD_CALL(ctx, SuffixSums)(x, n, out, carry, stream_out != 0);
    return KN_OK;
}

extern "C" KN_SCAN_BLOCKS_PROT(kn_simd_scan_blocks)
{
    using namespace kn;
    if (dir == KN_SCAN_PREFIX) KN_SIMD_CALL(ctx, PrefixScanBlocks)(x, n, out, carries, stream_out != 0);
    else KN_SIMD_CALL(ctx, ScanBlocks)(x, n, out, carries, stream_out != 0);
}

extern "C" KN_SCAN_TOTALS_PROT(kn_simd_scan_totals)
{
    using namespace kn;
    if (dir == KN_SCAN_PREFIX) KN_SIMD_CALL(ctx, PrefixBlockTotals)(x, n, totals);
    else KN_SIMD_CALL(ctx, BlockTotals)(x, n, totals);
}
#endif
