// Exclusive suffix sums and inclusive prefix sums in the canonical orders of
// kernels.h, bit for bit, by one code for both directions.
//
// Every block is a sequential sum in scan order (right to left for suffix
// sums, left to right for prefix sums), so the parallelism is across
// blocks: a group of L whole blocks (L = lanes) is handled with lane k
// running block k. Rows of L consecutive doubles are loaded from each block
// at the same offset and transposed in registers, so lane k sees its block's
// elements one after another. Groups are taken in scan order; per group,
// pass 1 sums the blocks (the totals T), the L carries follow serially from
// the carry of the group before it, and pass 2 re-reads the group (now in
// L2: L * 8 KiB) and writes out. Memory is thus read once and written
// once, as by a copy. Pass 2 is compute-bound (two transposes per row), so
// pass 1 of the next group runs in the same loop: memory stays busy while
// the core computes.
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

// Both directions are one code, kPrefix choosing the order: suffix sums run
// right to left (exclusive), prefix sums left to right (inclusive). "First"
// and "next" below are in that order.

// Offset of the q-th row of L doubles of a block in scan order, after `head`
// elements taken first.
template <bool kPrefix, size_t L>
HWY_INLINE size_t RowAt(size_t head, size_t q)
{
    return kPrefix ? head + q * L : B - head - (q + 1) * L;
}

// Adds the q-th row in scan order of the L blocks at x to their totals t.
template <bool kPrefix, class D>
HWY_INLINE hn::Vec<D> AddRow(D d, const double *HWY_RESTRICT x, size_t q, hn::Vec<D> t)
{
    constexpr size_t L = hn::MaxLanes(D());
    hn::Vec<D> v[L];
    const size_t i = RowAt<kPrefix, L>(0, q);
    for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + i);
    Transpose(d, v);
    for (size_t c = 0; c < L; c++) t = hn::Add(t, v[kPrefix ? c : L - 1 - c]);
    return t;
}

// Totals T of the L blocks starting at x (pass 1).
template <bool kPrefix, class D>
HWY_INLINE hn::Vec<D> GroupTotals(D d, const double *HWY_RESTRICT x)
{
    hn::Vec<D> t = hn::Zero(d);
    for (size_t q = 0; q < B / hn::MaxLanes(D()); q++) t = AddRow<kPrefix>(d, x, q, t);
    return t;
}

// Lane k scans columns [lo, hi) of the transposed rows v in scan order, from
// r; returns the carry after them.
template <bool kPrefix, class V>
HWY_INLINE V ScanColumns(V *v, size_t lo, size_t hi, V r)
{
    if constexpr (kPrefix) {
        for (size_t j = lo; j < hi; j++) {
            r = hn::Add(r, v[j]);
            v[j] = r;
        }
    } else {
        for (size_t j = hi; j-- > lo;) {
            const V xj = v[j];
            v[j] = r;
            r = hn::Add(r, xj);
        }
    }
    return r;
}

// Columns [lo, hi) of the row at offset i of the L blocks, with masked
// stores. Columns outside are never stored: in place, they may already be
// overwritten.
template <bool kPrefix, class D>
HWY_INLINE hn::Vec<D> PartialRow(D d, const double *x, double *out, size_t i, size_t lo, size_t hi, hn::Vec<D> r)
{
    constexpr size_t L = hn::MaxLanes(D());
    hn::Vec<D> v[L];
    for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + i);
    Transpose(d, v);
    r = ScanColumns<kPrefix>(v, lo, hi, r);
    Transpose(d, v);
    const auto cols = hn::AndNot(hn::FirstN(d, lo), hn::FirstN(d, hi));
    for (size_t k = 0; k < L; k++) hn::BlendedStore(v[k], cols, d, out + k * B + i);
    return r;
}

// A load waits for an earlier store at the same offset in its 4 KiB page
// until that store's address is known. When a group's out trails the rows
// that pass 1 reads meanwhile by 1 to kLeadBytes - 1 bytes in scan order
// (modulo a page), pass 1's loads would fall on the offsets of the rows
// just stored and every row would wait (2.6x slower with out 64 bytes past
// x, measured on AMD Zen 3 at 1e6 elements); pass 1 then runs kLeadBytes
// of rows ahead of pass 2. Elsewhere it runs level with pass 2, which
// measured as fast or faster from memory.
constexpr size_t kPage = 4096, kLeadBytes = 512;

HWY_INLINE bool OutTrails(bool prefix, const double *out, const double *read)
{
    const uintptr_t oa = reinterpret_cast<uintptr_t>(out), ra = reinterpret_cast<uintptr_t>(read);
    const size_t trail = (prefix ? oa - ra : ra - oa) % kPage;
    return trail && trail < kLeadBytes;
}

// Pass 2 for the L blocks at x / out, lane k starting from carry r[k].
// Streaming stores need rows aligned in out: the first `head` elements of
// every block in scan order (blocks are 8 KiB apart, so the same for all)
// and the last ones are then partial rows, and the rows between them are
// aligned. head == 0 without streaming. With kTotals, the rows of the L
// blocks at `next` are summed meanwhile (pass 1 of the group that comes
// next, `lead` rows ahead), and their totals returned: the scan,
// compute-bound from L2, then overlaps the reads from memory. Every row is
// loaded before it is stored, so out may equal x.
template <bool kPrefix, bool kStream, bool kTotals, class D>
HWY_INLINE hn::Vec<D> GroupScan(D d, const double *x, double *out, hn::Vec<D> r, size_t head,
                                const double *HWY_RESTRICT next)
{
    constexpr size_t L = hn::MaxLanes(D());
    hn::Vec<D> v[L], t = hn::Zero(d);
    const size_t rows = (B - head) / L, tail = (B - head) % L;
    size_t ahead = 0; // rows of next summed
    if constexpr (kTotals) {
        const size_t lead = OutTrails(kPrefix, out, next) ? kLeadBytes / (L * sizeof(double)) : 0;
        for (; ahead < lead; ahead++) t = AddRow<kPrefix>(d, next, ahead, t);
    }
    if (head) r = PartialRow<kPrefix>(d, x, out, kPrefix ? 0 : B - L, kPrefix ? 0 : L - head, kPrefix ? head : L, r);
    for (size_t q = 0; q < rows; q++) {
        if constexpr (kTotals)
            if (ahead < B / L) t = AddRow<kPrefix>(d, next, ahead++, t);
        const size_t i = RowAt<kPrefix, L>(head, q);
        for (size_t k = 0; k < L; k++) v[k] = hn::LoadU(d, x + k * B + i);
        Transpose(d, v);
        r = ScanColumns<kPrefix>(v, 0, L, r);
        Transpose(d, v);
        for (size_t k = 0; k < L; k++) {
            if constexpr (kStream)
                hn::Stream(v[k], d, out + k * B + i);
            else
                hn::StoreU(v[k], d, out + k * B + i);
        }
    }
    if (tail) (void)PartialRow<kPrefix>(d, x, out, kPrefix ? B - L : 0, kPrefix ? L - tail : 0, kPrefix ? L : tail, r);
    if constexpr (kTotals)
        for (; ahead < B / L; ahead++) t = AddRow<kPrefix>(d, next, ahead, t);
    return t;
}

// The scan of one group, and the totals of the L blocks at next (zero if
// next is null).
template <bool kPrefix, bool kStream, class D>
HWY_INLINE hn::Vec<D> ScanGroup(D d, const double *x, double *out, hn::Vec<D> r, size_t head, const double *next)
{
    return next ? GroupScan<kPrefix, kStream, true>(d, x, out, r, head, next)
                : GroupScan<kPrefix, kStream, false>(d, x, out, r, head, next);
}

// Pass 2 over the `groups` groups of L whole blocks in scan order (from
// block 0 up, or from block groups * L down); carries(g) gives the carries
// of the group starting at block g, next(g) the L blocks (or null) whose
// totals took(g, T) receives meanwhile (each called once per group, in
// that order).
template <bool kPrefix, class D, class Carries, class Next, class Took>
HWY_INLINE void ScanGroups(D d, const double *x, double *out, size_t groups, bool stream, const Carries &carries,
                           const Next &next, const Took &took)
{
    constexpr size_t L = hn::MaxLanes(D());
    const uintptr_t addr = reinterpret_cast<uintptr_t>(out);
    const bool streamed = stream && addr % sizeof(double) == 0 && out != x;
    // Outputs larger than the caches bypass them (no read for ownership);
    // in place, the lines are in the cache already.
    const size_t mis = (addr / sizeof(double)) % L, head = !streamed ? 0 : kPrefix ? (L - mis) % L : mis;
    for (size_t q = 0; q < groups; q++) {
        const size_t g = (kPrefix ? q : groups - 1 - q) * L;
        const hn::Vec<D> r = carries(g);
        const double *nx = next(g);
        const hn::Vec<D> t = streamed ? ScanGroup<kPrefix, true>(d, x + g * B, out + g * B, r, head, nx)
                                      : ScanGroup<kPrefix, false>(d, x + g * B, out + g * B, r, head, nx);
        if (nx) took(g, t);
    }
    if (streamed) hwy::FlushStream();
}
#endif // KN_SCAN_VECTOR

static size_t BlockEnd(size_t n, size_t b) { return kn_block_end(n, b * KN_SCAN_BLOCK, KN_SCAN_BLOCK); }

static kn_scan_dir Dir(bool prefix) { return prefix ? KN_SCAN_PREFIX : KN_SCAN_SUFFIX; }

// The blocks [lo, hi) one by one in scan order from `carry`; carries, if
// not null, gives each block's carry instead. Returns the carry after them.
template <bool kPrefix>
static double ScanBlocksScalar(const double *x, size_t n, double *out, size_t lo, size_t hi, double carry,
                               const double *carries)
{
    for (size_t q = lo; q < hi; q++) {
        const size_t b = kPrefix ? q : hi - 1 - (q - lo);
        carry = kn_scan_block_dir(Dir(kPrefix), x, out, b * KN_SCAN_BLOCK, BlockEnd(n, b), carries ? carries[b] : carry);
    }
    return carry;
}

// The whole scan of x[0..n) from `carry`: per group of L whole blocks, the
// L carries from the group before and the group's totals (pass 1), then
// the scan of the group, now in L2, during which pass 1 of the next group
// runs. The blocks left over (a partial one, and fewer than L whole ones)
// are scanned one by one, before the groups (suffix) or after them
// (prefix).
template <bool kPrefix>
static void Sums(const double *x, size_t n, double *out, double carry, bool stream)
{
    (void)stream; // unused by the scalar and scalable targets
    const size_t blocks = (n + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
    size_t grouped = 0; // blocks [0, grouped) go by groups
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    constexpr size_t L = hn::MaxLanes(decltype(d)());
    grouped = n / KN_SCAN_BLOCK / L * L;
#endif
    if (!kPrefix) carry = ScanBlocksScalar<false>(x, n, out, grouped, blocks, carry, nullptr);
#if KN_SCAN_VECTOR
    HWY_ALIGN double c[L]; // totals, then carries, of the group scanned next
    if (grouped) hn::Store(GroupTotals<kPrefix>(d, x + (kPrefix ? 0 : grouped - L) * B), d, c);
    ScanGroups<kPrefix>(
        d, x, out, grouped / L, stream,
        [&](size_t) HWY_ATTR {
            carry = kPrefix ? kn_scan_carries_prefix(c, L, carry) : kn_scan_carries(c, L, carry);
            return hn::Load(d, c);
        },
        [&](size_t g) -> const double * {
            if (kPrefix) return g + 2 * L <= grouped ? x + (g + L) * B : nullptr;
            return g >= L ? x + (g - L) * B : nullptr;
        },
        [&](size_t, hn::Vec<decltype(d)> t) HWY_ATTR { hn::Store(t, d, c); });
#endif
    if (kPrefix) (void)ScanBlocksScalar<true>(x, n, out, grouped, blocks, carry, nullptr);
}

// The block totals T of x[0..n) (as KN_SCAN_TOTALS_PROT).
template <bool kPrefix>
static void TotalsOf(const double *x, size_t n, double *totals)
{
    size_t b = 0;
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    constexpr size_t L = hn::MaxLanes(decltype(d)());
    for (; b + L <= n / KN_SCAN_BLOCK; b += L) hn::StoreU(GroupTotals<kPrefix>(d, x + b * B), d, totals + b);
#endif
    for (; b * KN_SCAN_BLOCK < n; b++) totals[b] = kn_block_total_dir(Dir(kPrefix), x, b * KN_SCAN_BLOCK, BlockEnd(n, b));
}

// Every block b scanned from carries[b]; next, next_totals: see
// KN_SCAN_BLOCKS_PROT.
template <bool kPrefix>
static void ScanBlocksFrom(const double *x, size_t n, double *out, const double *carries, bool stream,
                           const double *next, double *next_totals)
{
    (void)stream;
    const size_t blocks = (n + KN_SCAN_BLOCK - 1) / KN_SCAN_BLOCK;
    size_t grouped = 0;
#if KN_SCAN_VECTOR
    const hn::ScalableTag<double> d;
    constexpr size_t L = hn::MaxLanes(decltype(d)());
    grouped = n / KN_SCAN_BLOCK / L * L;
    if (!kPrefix) (void)ScanBlocksScalar<false>(x, n, out, grouped, blocks, 0.0, carries);
    ScanGroups<kPrefix>(
        d, x, out, grouped / L, stream, [&](size_t g) HWY_ATTR { return hn::LoadU(d, carries + g); },
        [&](size_t g) { return next ? next + g * B : nullptr; },
        [&](size_t g, hn::Vec<decltype(d)> t) HWY_ATTR { hn::StoreU(t, d, next_totals + g); });
    if (kPrefix) (void)ScanBlocksScalar<true>(x, n, out, grouped, blocks, 0.0, carries);
#else
    (void)ScanBlocksScalar<kPrefix>(x, n, out, grouped, blocks, 0.0, carries);
#endif
    // The blocks of next that no group took.
    if (next && grouped < blocks)
        TotalsOf<kPrefix>(next + grouped * KN_SCAN_BLOCK, n - grouped * KN_SCAN_BLOCK, next_totals + grouped);
}


void ScanAll(kn_scan_dir dir, const double *x, size_t n, double *out, double carry, bool stream)
{
    if (dir == KN_SCAN_PREFIX) Sums<true>(x, n, out, carry, stream);
    else Sums<false>(x, n, out, carry, stream);
}

void ScanBlocks(kn_scan_dir dir, const double *x, size_t n, double *out, const double *carries, bool stream,
                const double *next, double *next_totals)
{
    if (dir == KN_SCAN_PREFIX) ScanBlocksFrom<true>(x, n, out, carries, stream, next, next_totals);
    else ScanBlocksFrom<false>(x, n, out, carries, stream, next, next_totals);
}

void BlockTotals(kn_scan_dir dir, const double *x, size_t n, double *totals)
{
    if (dir == KN_SCAN_PREFIX) TotalsOf<true>(x, n, totals);
    else TotalsOf<false>(x, n, totals);
}

} // namespace HWY_NAMESPACE
} // namespace kn
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kn {
HWY_EXPORT(ScanAll);
HWY_EXPORT(BlockTotals);
HWY_EXPORT(ScanBlocks);
} // namespace kn

extern "C" KN_SCAN_F64_PROT(kn_simd_scan_f64)
{
    using namespace kn;
    KN_SIMD_CALL(ctx, ScanAll)(dir, x, n, out, carry, stream_out != 0);
    return KN_OK;
}

extern "C" KN_SCAN_BLOCKS_PROT(kn_simd_scan_blocks)
{
    using namespace kn;
    KN_SIMD_CALL(ctx, ScanBlocks)(dir, x, n, out, carries, stream_out != 0, next, next_totals);
}

extern "C" KN_SCAN_TOTALS_PROT(kn_simd_scan_totals)
{
    using namespace kn;
    KN_SIMD_CALL(ctx, BlockTotals)(dir, x, n, totals);
}
#endif
