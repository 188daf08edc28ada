// Julia set escape counts, bit for bit as kn_julia_escape
// (src/core/kn_device_math.h): separate Mul/Add/Sub (never MulAdd, which may
// be an FMA); a lane stops counting the first time it fails |z|^2 < 4 or
// after max_iter steps.
//
// Why phases: on the golden grid 69% of the pixels escape within 2 steps and
// 10% never do, so one vector per 8 neighbouring pixels would leave most
// lanes idle. Pixels are taken in batches that stay in L2. The first phase
// steps them straight from the source a few times, stores every count in
// order and compresses the pixels still inside into a worklist; each later
// phase runs the worklist for a longer stretch and compresses it again.
// Every pixel in the worklist has been inside for all the steps taken so
// far, so a phase starts all its lanes at one count and the worklist holds
// only z (and c, for points) and the pixel's index in the batch.
//
// Why groups: a step is a chain of three dependent operations per vector,
// so several vectors are stepped together to keep both FP pipes busy: few
// in the short phases, where lanes leave often, more in the long ones.
//
// Why unchecked runs: with c fixed and |c| <= 1, once |z|^2 >= 4 then
// |z'| >= |z|^2 - |c| >= 3, so a lane that failed the test fails it forever
// (NaN and inf included). A lane inside after a run of steps without the
// test was then inside at each of them, so long phases pay the test, the
// count and the early exit once per run; a vector with a lane that left
// during the run is restored and stepped through it again with the test.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/julia.cc"
#include <hwy/foreach_target.h> // IWYU pragma: keep
#include <hwy/highway.h>

#include <hwy/aligned_allocator.h>
#include <string.h>

#include "simd.h"

extern "C" {
#include "../core/error.h"
#include "../core/julia_units.h"
#include "../core/kn_math.h"
}

#ifndef KN_SIMD_JULIA_ONCE
#define KN_SIMD_JULIA_ONCE
namespace kn {
namespace julia {
// Steps of each phase; the last phase runs until every lane is done.
static const int32_t kPhaseSteps[] = {4, 8, 16, 48};
static const size_t kPhases = sizeof kPhaseSteps / sizeof kPhaseSteps[0];
// Pixels taken from the source per batch (the worklist, 200-330 KB, stays
// in a 512 KB L2). Each batch's last phase ends with a part-filled group,
// so a batch is twice the OpenMP driver's minimum unit: its units of rows
// up to this many pixels wide are not split into a full batch and a small
// one (2-3% on the golden grid with AVX-512).
static const size_t kBatch = 2 * KN_JULIA_UNIT_PIXELS;
// Unchecked runs: kLongRun steps in phases longer than kLongRunMin (there
// almost only pixels that never escape are left), kRun steps in phases of
// at least kRunMin, the test on every step below that (in the short phases
// most vectors have a lane that escapes, and re-running them costs more
// than the tests).
static const int32_t kRun = 8, kRunMin = 32, kLongRun = 32, kLongRunMin = 64;
// Phases longer than this step kLongGroup vectors together (below).
static const int32_t kLongGroupMin = 32;

// The grid's pixels in row-major order, pixel k next.
struct GridSource {
    const kn_julia_params *p;
    double dx, dy, zi; // zi of row j
    int32_t i, j;      // column and row of pixel k
    size_t k;
};
struct PointsSource {
    const double *zr, *zi, *cr, *ci;
    size_t k;
};
} // namespace julia
} // namespace kn
#endif

HWY_BEFORE_NAMESPACE();
namespace kn {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;
using namespace kn::julia;

#if HWY_HAVE_SCALABLE
// Vectors of unknown size cannot be held in arrays: the scalar backend's
// kernels, which give the same counts.
bool JuliaRows(const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    return kn_scalar_julia_rows(nullptr, p, row0, row1, counts) == KN_OK;
}
bool JuliaPoints(size_t n, const double *z_re, const double *z_im, const double *c_re, const double *c_im,
                 int32_t max_iter, int32_t *counts)
{
    return kn_scalar_julia_points(nullptr, n, z_re, z_im, c_re, c_im, max_iter, counts) == KN_OK;
}
#else

using D = hn::ScalableTag<double>;
using V = hn::Vec<D>;
using M = hn::Mask<D>;
static constexpr size_t kLanes = hn::MaxLanes(D());

// Vectors per group: 4 in phases of up to kLongGroupMin steps; more in the
// longer ones, where nearly every lane stays inside and more chains keep
// the FP pipes full: 8 with AVX-512's 32 registers, 6 with 16 (measured on
// AVX2 and SSE4: no slower than 4, up to 4% faster). Six fill 16 registers
// exactly (12 z, c and two temporaries): check that the unchecked run's
// loop keeps them all in registers after changing this file, since GCC 12
// spilled two z there in builds that differed only in these thresholds,
// 15-29% slower.
#if HWY_TARGET == HWY_AVX3 || HWY_TARGET == HWY_AVX3_DL
static constexpr size_t kShortGroup = 4, kLongGroup = 8;
#else
static constexpr size_t kShortGroup = 4, kLongGroup = 6;
#endif
// Worklist entries past its end that are outside at once: a whole group.
static constexpr size_t kPad = kLongGroup * kLanes;

struct Consts {
    V one, two, four, cr, ci;
};

// G vectors stepped together: z, c (points only), count so far, and which
// lanes are still inside. nv[g] lanes of vector g are real pixels; the
// others start with zr = 4, outside at once.
template <size_t G>
struct Group {
    V zr[G], zi[G], cr[G], ci[G], cnt[G];
    M in[G];
    size_t nv[G];
};

// One iteration of kn_julia_escape on vector g: the test uses the same
// zr*zr and zi*zi as the step; 2.0*zr*zi is (2*zr)*zi.
template <bool kPerLaneC, bool kMonotone, size_t G>
HWY_INLINE void CheckedStep(const Consts &k, Group<G> &s, size_t g)
{
    const V rr = hn::Mul(s.zr[g], s.zr[g]), ii = hn::Mul(s.zi[g], s.zi[g]);
    const M now = hn::Lt(hn::Add(rr, ii), k.four);
    s.in[g] = kMonotone ? now : hn::And(s.in[g], now);
    s.cnt[g] = hn::Add(s.cnt[g], hn::IfThenElseZero(s.in[g], k.one));
    const V zr = hn::Add(hn::Sub(rr, ii), kPerLaneC ? s.cr[g] : k.cr);
    s.zi[g] = hn::Add(hn::Mul(hn::Mul(k.two, s.zr[g]), s.zi[g]), kPerLaneC ? s.ci[g] : k.ci);
    s.zr[g] = zr;
}

// The same step without the test nor the count (unchecked runs: c fixed).
template <size_t G>
HWY_INLINE void BareStep(const Consts &k, Group<G> &s, size_t g)
{
    const V rr = hn::Mul(s.zr[g], s.zr[g]), ii = hn::Mul(s.zi[g], s.zi[g]);
    const V zr = hn::Add(hn::Sub(rr, ii), k.cr);
    s.zi[g] = hn::Add(hn::Mul(hn::Mul(k.two, s.zr[g]), s.zi[g]), k.ci);
    s.zr[g] = zr;
}

template <size_t G>
HWY_INLINE bool AnyInside(const Group<G> &s)
{
    M any = s.in[0];
    HWY_UNROLL(8)
    for (size_t g = 1; g < G; g++) any = hn::Or(any, s.in[g]);
    return !hn::AllFalse(D(), any);
}

// `run` steps of every vector without the test; then each vector whose lanes
// inside before are all inside after counts the run, and any other is
// restored and stepped through the run again with the test (alone: a rare
// escape costs one vector's replay, not the group's).
template <size_t G>
HWY_INLINE void UncheckedRun(const Consts &k, Group<G> &s, int32_t run, V run_v)
{
    V zr0[G], zi0[G];
    HWY_UNROLL(8)
    for (size_t g = 0; g < G; g++) zr0[g] = s.zr[g], zi0[g] = s.zi[g];
    for (int32_t u = 0; u < run; u++) {
        HWY_UNROLL(8)
        for (size_t g = 0; g < G; g++) BareStep(k, s, g);
    }
    HWY_UNROLL(8)
    for (size_t g = 0; g < G; g++) {
        const V r2 = hn::Add(hn::Mul(s.zr[g], s.zr[g]), hn::Mul(s.zi[g], s.zi[g]));
        if (hn::AllFalse(D(), hn::AndNot(hn::Lt(r2, k.four), s.in[g]))) {
            s.cnt[g] = hn::IfThenElse(s.in[g], hn::Add(s.cnt[g], run_v), s.cnt[g]);
        } else {
            s.zr[g] = zr0[g], s.zi[g] = zi0[g];
            for (int32_t u = 0; u < run; u++) CheckedStep<false, true>(k, s, g);
        }
    }
}

// Unchecked runs of `run` steps while that many are left; returns the steps taken.
template <size_t G>
HWY_INLINE int32_t UncheckedRuns(const Consts &k, Group<G> &s, int32_t run, int32_t steps)
{
    const V run_v = hn::Set(D(), (double)run);
    int32_t done = 0;
    for (; done + run <= steps && AnyInside(s); done += run) UncheckedRun(k, s, run, run_v);
    return done;
}

// Steps the group `steps` times, or until no lane is inside; each count
// grows by the steps its lane stayed inside.
template <bool kPerLaneC, bool kMonotone, size_t G>
HWY_INLINE void RunGroup(const Consts &k, Group<G> &s, int32_t steps)
{
    int32_t done = 0;
    if (kMonotone && !kPerLaneC && steps >= kRunMin) {
        if (steps > kLongRunMin) done = UncheckedRuns(k, s, kLongRun, steps);
        done += UncheckedRuns(k, s, kRun, steps - done);
    }
    for (; done + 2 <= steps && AnyInside(s); done += 2) {
        HWY_UNROLL(8)
        for (size_t g = 0; g < G; g++) CheckedStep<kPerLaneC, kMonotone>(k, s, g);
        HWY_UNROLL(8)
        for (size_t g = 0; g < G; g++) CheckedStep<kPerLaneC, kMonotone>(k, s, g);
    }
    if (done < steps && AnyInside(s)) {
        HWY_UNROLL(8)
        for (size_t g = 0; g < G; g++) CheckedStep<kPerLaneC, kMonotone>(k, s, g);
    }
}

// Worklist of the pixels still inside: z, c (points only) and the pixel's
// index in the batch, as doubles (exact: a batch is a few thousand pixels,
// however large the grid). n entries, then kPad that are outside at once.
struct Worklist {
    double *zr, *zi, *idx, *cr, *ci;
    size_t n;
};

#if HWY_TARGET == HWY_AVX2
// Highway's AVX2 CompressStore of 64-bit lanes builds a 512-byte table on
// the stack at every call (a local constexpr array), which took 45% of the
// kernel's time: the same permutation (lanes kept first, in order) from one
// static table, found once for the mask and used for every array.
struct Compress64Table {
    uint32_t lanes[16][8];
};
constexpr Compress64Table MakeCompress64Table()
{
    Compress64Table t{};
    for (uint32_t bits = 0; bits < 16; bits++) {
        uint32_t o = 0;
        for (int kept = 1; kept >= 0; kept--)
            for (uint32_t l = 0; l < 4; l++)
                if ((int)((bits >> l) & 1) == kept) t.lanes[bits][o++] = 2 * l, t.lanes[bits][o++] = 2 * l + 1;
    }
    return t;
}
alignas(32) static constexpr Compress64Table kCompress64 = MakeCompress64Table();

struct Kept {
    hn::Indices256<uint32_t> perm;
    size_t n;
};
HWY_INLINE Kept KeptLanes(M keep)
{
    const hn::Repartition<uint32_t, D> d32;
    uint8_t bits[8];
    hn::StoreMaskBits(D(), keep, bits);
    const unsigned mask = bits[0] & 15u;
    return Kept{hn::IndicesFromVec(d32, hn::Load(d32, kCompress64.lanes[mask])), hwy::PopCount(mask)};
}
HWY_INLINE void StoreKept(const Kept &k, V v, double *out)
{
    const hn::Repartition<uint32_t, D> d32;
    hn::StoreU(hn::BitCast(D(), hn::TableLookupLanes(hn::BitCast(d32, v), k.perm)), D(), out);
}
#else
struct Kept {
    M keep;
    size_t n;
};
HWY_INLINE Kept KeptLanes(M keep)
{
    return Kept{keep, hn::CountTrue(D(), keep)};
}
HWY_INLINE void StoreKept(const Kept &k, V v, double *out)
{
#if HWY_TARGET == HWY_SSE4 || HWY_TARGET == HWY_SSSE3
    // Two lanes: Compress is a conditional swap, while CompressStore goes
    // through a table that Highway builds on the stack at every call.
    hn::StoreU(hn::Compress(v, k.keep), D(), out);
#else
    hn::CompressStore(v, k.keep, D(), out);
#endif
}
#endif

// Appends the lanes of vector g still inside (in the order of the pixels).
template <bool kPerLaneC, size_t G>
HWY_INLINE void Keep(const Group<G> &s, size_t g, V idx, Worklist &w)
{
    const M keep = hn::And(s.in[g], hn::FirstN(D(), s.nv[g]));
    if (hn::AllFalse(D(), keep)) return;
    const Kept k = KeptLanes(keep);
    StoreKept(k, s.zr[g], w.zr + w.n);
    StoreKept(k, s.zi[g], w.zi + w.n);
    if (kPerLaneC) {
        StoreKept(k, s.cr[g], w.cr + w.n);
        StoreKept(k, s.ci[g], w.ci + w.n);
    }
    StoreKept(k, idx, w.idx + w.n);
    w.n += k.n;
}

// Whether the next G vectors of src are whole and in the batch (and, for
// a grid, in one row): the first phase's common case, without the
// per-vector bounds.
template <size_t G>
HWY_INLINE bool WholeGroupAhead(const GridSource &src, size_t end)
{
    return end - src.k >= G * kLanes && (size_t)(src.p->width - src.i) >= G * kLanes;
}
template <size_t G>
HWY_INLINE bool WholeGroupAhead(const PointsSource &src, size_t end)
{
    return end - src.k >= G * kLanes;
}

// Vector g from the next pixels of src, up to the end of the grid's row or
// of the batch (kWhole: kLanes of them); returns how many were taken. A
// row's end moves src to the next row; with kWhole, WholeGroupAhead has
// checked that the row holds the whole group, so only its last vector can
// reach the row's end.
template <bool kWhole, size_t G>
HWY_INLINE size_t Take(GridSource &src, size_t end, Group<G> &s, size_t g)
{
    const D d;
    const size_t nv =
        kWhole ? kLanes : HWY_MIN(HWY_MIN(kLanes, (size_t)(src.p->width - src.i)), end - src.k);
    // x_min + i*dx as kn_julia_zr, lane by lane (i + lane is exact).
    s.zr[g] = hn::Add(hn::Set(d, src.p->x_min), hn::Mul(hn::Iota(d, (double)src.i), hn::Set(d, src.dx)));
    if (!kWhole && nv < kLanes) s.zr[g] = hn::IfThenElse(hn::FirstN(d, nv), s.zr[g], hn::Set(d, 4.0));
    s.zi[g] = hn::Set(d, src.zi);
    src.k += nv;
    src.i += (int32_t)nv;
    if ((!kWhole || g + 1 == G) && src.i == src.p->width) src.i = 0, src.zi = kn_julia_zi(src.p, src.dy, ++src.j);
    return nv;
}
template <bool kWhole, size_t G>
HWY_INLINE size_t Take(PointsSource &src, size_t end, Group<G> &s, size_t g)
{
    const D d;
    const size_t k = src.k, nv = kWhole ? kLanes : HWY_MIN(kLanes, end - k);
    src.k += nv;
    if (nv == kLanes) {
        s.zr[g] = hn::LoadU(d, src.zr + k), s.zi[g] = hn::LoadU(d, src.zi + k);
        s.cr[g] = hn::LoadU(d, src.cr + k), s.ci[g] = hn::LoadU(d, src.ci + k);
        return nv;
    }
    HWY_ALIGN double b[4][kLanes];
    const double *from[4] = {src.zr, src.zi, src.cr, src.ci};
    for (size_t q = 0; q < 4; q++) {
        memcpy(b[q], from[q] + k, nv * sizeof(double));
        for (size_t l = nv; l < kLanes; l++) b[q][l] = q < 2 ? 4.0 : 0.0;
    }
    s.zr[g] = hn::Load(d, b[0]), s.zi[g] = hn::Load(d, b[1]);
    s.cr[g] = hn::Load(d, b[2]), s.ci[g] = hn::Load(d, b[3]);
    return nv;
}

// Counts of vector g as int32 into out (all lanes).
template <size_t G>
HWY_INLINE void CountsOf(const Group<G> &s, size_t g, int32_t *out)
{
    const hn::Rebind<int32_t, D> di;
    hn::Store(hn::DemoteTo(di, s.cnt[g]), di, out);
}

// One group of the first phase: its counts stored in order, its pixels
// still inside appended to the worklist (kWhole: G whole vectors).
template <bool kPerLaneC, bool kMonotone, bool kWhole, class Src>
HWY_INLINE void FirstGroup(Src &src, size_t base, size_t end, int32_t steps, bool last, const Consts &k,
                           Worklist &w, int32_t *counts)
{
    constexpr size_t G = kShortGroup;
    const D d;
    const hn::Rebind<int32_t, D> di;
    HWY_ALIGN int32_t c32[kLanes];
    Group<G> s;
    size_t first[G];
    HWY_UNROLL(8)
    for (size_t g = 0; g < G; g++) {
        first[g] = src.k;
        s.nv[g] = kWhole || src.k < end ? Take<kWhole>(src, end, s, g) : 0;
        if (!s.nv[g]) {
            s.zr[g] = s.zi[g] = hn::Set(d, 4.0);
            if (kPerLaneC) s.cr[g] = s.ci[g] = hn::Zero(d);
        }
        s.cnt[g] = hn::Zero(d);
        s.in[g] = hn::FirstN(d, s.nv[g]);
    }
    RunGroup<kPerLaneC, kMonotone>(k, s, steps);
    HWY_UNROLL(8)
    for (size_t g = 0; g < G; g++) {
        if (s.nv[g] == kLanes) {
            hn::StoreU(hn::DemoteTo(di, s.cnt[g]), di, counts + first[g]);
        } else if (s.nv[g]) {
            CountsOf(s, g, c32);
            memcpy(counts + first[g], c32, s.nv[g] * sizeof(int32_t));
        } else {
            continue;
        }
        if (!last) Keep<kPerLaneC>(s, g, hn::Iota(d, (double)(first[g] - base)), w);
    }
}

// First phase of a batch [base, end) straight from the source: every count
// is stored in order (those of pixels still inside are overwritten later)
// and the pixels still inside go to the worklist.
template <bool kPerLaneC, bool kMonotone, class Src>
HWY_INLINE void FirstPhase(Src &src, size_t base, size_t end, int32_t steps, bool last, const Consts &k,
                           Worklist &w, int32_t *counts)
{
    w.n = 0;
    while (src.k < end) {
        if (WholeGroupAhead<kShortGroup>(src, end))
            FirstGroup<kPerLaneC, kMonotone, true>(src, base, end, steps, last, k, w, counts);
        else
            FirstGroup<kPerLaneC, kMonotone, false>(src, base, end, steps, last, k, w, counts);
    }
}

// A later phase over the worklist, compressed in place (a group is loaded
// before any of it is written, and a compressed store ends before the next
// group). Counts are stored by index, also those of pixels still inside
// (cheaper than testing each lane).
template <bool kPerLaneC, bool kMonotone, size_t G>
HWY_INLINE void LaterPhase(int32_t start, int32_t steps, bool last, const Consts &k, Worklist &w, int32_t *counts)
{
    const D d;
    const size_t n = w.n;
    for (size_t e = n; e < n + kPad; e++) {
        w.zr[e] = w.zi[e] = 4.0, w.idx[e] = 0.0;
        if (kPerLaneC) w.cr[e] = w.ci[e] = 0.0;
    }
    const V start_v = hn::Set(d, (double)start);
    HWY_ALIGN int32_t c32[kLanes];
    Group<G> s;
    w.n = 0;
    for (size_t v = 0; v < n; v += G * kLanes) {
        HWY_UNROLL(8)
        for (size_t g = 0; g < G; g++) {
            const size_t at = v + g * kLanes;
            s.nv[g] = at >= n ? 0 : HWY_MIN(kLanes, n - at);
            s.zr[g] = hn::Load(d, w.zr + at), s.zi[g] = hn::Load(d, w.zi + at);
            if (kPerLaneC) s.cr[g] = hn::Load(d, w.cr + at), s.ci[g] = hn::Load(d, w.ci + at);
            s.cnt[g] = start_v;
            s.in[g] = hn::FirstN(d, s.nv[g]);
        }
        RunGroup<kPerLaneC, kMonotone>(k, s, steps);
        HWY_UNROLL(8)
        for (size_t g = 0; g < G; g++) {
            const size_t at = v + g * kLanes;
            const V idx = hn::Load(d, w.idx + at);
            CountsOf(s, g, c32);
            for (size_t l = 0; l < s.nv[g]; l++) counts[(size_t)w.idx[at + l]] = c32[l];
            if (!last) Keep<kPerLaneC>(s, g, idx, w);
        }
    }
}

// counts[k] for the pixels k in [0, total) of src. With kPerLaneC, c comes
// per pixel from src; otherwise it is (c_re, c_im) and kMonotone says
// |c| <= 1. mem holds the worklist: 3 (grid) or 5 (points) arrays of
// kBatch + kPad doubles.
template <bool kPerLaneC, bool kMonotone, class Src>
HWY_INLINE void JuliaRun(Src &src, size_t total, double c_re, double c_im, int32_t max_iter, int32_t *counts,
                         double *mem)
{
    const D d;
    const Consts k{hn::Set(d, 1.0), hn::Set(d, 2.0), hn::Set(d, 4.0), hn::Set(d, c_re), hn::Set(d, c_im)};
    const size_t cap = kBatch + kPad;
    Worklist w{mem, mem + cap, mem + 2 * cap, kPerLaneC ? mem + 3 * cap : nullptr, kPerLaneC ? mem + 4 * cap : nullptr, 0};
    for (size_t base = 0; base < total; base += kBatch) {
        const size_t end = HWY_MIN(total, base + kBatch);
        int32_t done = HWY_MIN(kPhaseSteps[0], max_iter);
        FirstPhase<kPerLaneC, kMonotone>(src, base, end, done, done == max_iter, k, w, counts);
        for (size_t phase = 1; w.n; phase++) {
            const int32_t left = max_iter - done;
            const int32_t steps = phase < kPhases && kPhaseSteps[phase] < left ? kPhaseSteps[phase] : left;
            if (steps > kLongGroupMin)
                LaterPhase<kPerLaneC, kMonotone, kLongGroup>(done, steps, steps == left, k, w, counts + base);
            else
                LaterPhase<kPerLaneC, kMonotone, kShortGroup>(done, steps, steps == left, k, w, counts + base);
            done += steps;
        }
    }
}

bool JuliaRows(const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    const size_t width = (size_t)p->width, total = width * (size_t)(row1 - row0);
    if (p->max_iter == 0) {
        memset(counts, 0, total * sizeof *counts);
        return true;
    }
    auto mem = hwy::AllocateAligned<double>(3 * (kBatch + kPad));
    if (!mem) return false;
    const double dy = kn_julia_dy(p);
    GridSource src{p, kn_julia_dx(p), dy, kn_julia_zi(p, dy, row0), 0, row0, 0};
    if (p->c_re * p->c_re + p->c_im * p->c_im <= 1.0)
        JuliaRun<false, true>(src, total, p->c_re, p->c_im, p->max_iter, counts, mem.get());
    else
        JuliaRun<false, false>(src, total, p->c_re, p->c_im, p->max_iter, counts, mem.get());
    return true;
}

bool JuliaPoints(size_t n, const double *z_re, const double *z_im, const double *c_re, const double *c_im,
                 int32_t max_iter, int32_t *counts)
{
    if (max_iter == 0) {
        memset(counts, 0, n * sizeof *counts);
        return true;
    }
    auto mem = hwy::AllocateAligned<double>(5 * (kBatch + kPad));
    if (!mem) return false;
    PointsSource src{z_re, z_im, c_re, c_im, 0};
    JuliaRun<true, false>(src, n, 0.0, 0.0, max_iter, counts, mem.get());
    return true;
}
#endif // HWY_HAVE_SCALABLE

} // namespace HWY_NAMESPACE
} // namespace kn
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kn {
HWY_EXPORT(JuliaRows);
HWY_EXPORT(JuliaPoints);
} // namespace kn

static kn_status julia_no_memory(const char *fn)
{
    return kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory for the simd worklist", fn);
}

extern "C" KN_JULIA_ROWS_PROT(kn_simd_julia_rows)
{
    using namespace kn;
    if (row1 > row0 && !KN_SIMD_CALL(ctx, JuliaRows)(p, row0, row1, counts)) return julia_no_memory("kn_julia");
    return KN_OK;
}

extern "C" KN_JULIA_POINTS_PROT(kn_simd_julia_points)
{
    using namespace kn;
    if (n && !KN_SIMD_CALL(ctx, JuliaPoints)(n, z_re, z_im, c_re, c_im, max_iter, counts)) return julia_no_memory("kn_julia_points");
    return KN_OK;
}
#endif
