// Julia set escape counts, bit for bit as kn_julia_escape (src/core/kn_math.h):
// separate Mul/Add/Sub (never MulAdd, which may be an FMA), a lane stops
// counting the first time it fails |z|^2 < 4 or after max_iter steps.
//
// Lanes are kept busy by phases of growing length (kPhaseSteps) over a
// worklist: a group of vectors (stepped together to hide the multiply
// and add latency) runs at most one phase's steps, or less when all its
// lanes are done; lanes still inside then go, compressed, to the worklist
// of the next phase, so that pixels that escape early no longer share a
// vector with the slow ones. On the golden grid 69% of the pixels escape
// within 2 steps and 10% never do; one vector per 8 neighbouring pixels
// would leave 23% of the lanes idle, the phases leave about 9%.
//
// Every pixel still in the worklist has been inside for all the steps taken
// so far, so a phase starts all its lanes at one count and the worklist
// holds only z (and c, for points) and the pixel's index.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/julia.cc"
#include <hwy/foreach_target.h> // IWYU pragma: keep
#include <hwy/highway.h>

#include <hwy/aligned_allocator.h>
#include <string.h>

#include "simd.h"

extern "C" {
#include "../core/error.h"
#include "../core/kn_math.h"
}

#ifndef KN_SIMD_JULIA_ONCE
#define KN_SIMD_JULIA_ONCE
namespace kn {
// Steps of each phase; the last phase runs until every lane is done.
static const int32_t kPhaseSteps[] = {4, 8, 16, 32, 64};
static const size_t kPhases = sizeof kPhaseSteps / sizeof kPhaseSteps[0];
// Pixels taken from the source per worklist round (the worklist stays in L2).
static const size_t kBatch = 4096;

// Hands out the grid's pixels in row-major order from (row0, 0).
struct GridSource {
    const kn_julia_params *p;
    double dx, dy;
    int32_t i, j; // next pixel's column and row
    // zr, zi of the next `cnt` pixels (cnt <= lanes; the rest are padded).
    void Fill(size_t cnt, size_t lanes, double *zr, double *zi, double *, double *)
    {
        double zij = kn_julia_zi(p, dy, j);
        for (size_t k = 0; k < cnt; k++) {
            zr[k] = kn_julia_zr(p, dx, i);
            zi[k] = zij;
            if (++i == p->width) {
                i = 0;
                j++;
                zij = kn_julia_zi(p, dy, j);
            }
        }
        for (size_t k = cnt; k < lanes; k++) zr[k] = zi[k] = 4.0; // outside at once: count 0
    }
};
struct PointsSource {
    const double *zr, *zi, *cr, *ci;
    size_t next;
    void Fill(size_t cnt, size_t lanes, double *ozr, double *ozi, double *ocr, double *oci)
    {
        memcpy(ozr, zr + next, cnt * sizeof(double));
        memcpy(ozi, zi + next, cnt * sizeof(double));
        memcpy(ocr, cr + next, cnt * sizeof(double));
        memcpy(oci, ci + next, cnt * sizeof(double));
        for (size_t k = cnt; k < lanes; k++) ozr[k] = ozi[k] = 4.0, ocr[k] = oci[k] = 0.0;
        next += cnt;
    }
};
} // namespace kn
#endif

HWY_BEFORE_NAMESPACE();
namespace kn {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// The next full vector of the grid, computed in lanes when it lies within
// one row (the same x_min + i*dx as kn_julia_zr).
template <class D, class V = hn::Vec<D>>
HWY_INLINE bool NextVector(D d, GridSource &src, V &zr, V &zi, V &, V &)
{
    const int32_t L = (int32_t)hn::Lanes(d);
    if (src.i > src.p->width - L) return false;
    zr = hn::Add(hn::Set(d, src.p->x_min), hn::Mul(hn::Iota(d, (double)src.i), hn::Set(d, src.dx)));
    zi = hn::Set(d, kn_julia_zi(src.p, src.dy, src.j));
    src.i += L;
    if (src.i == src.p->width) src.i = 0, src.j++;
    return true;
}
template <class D, class V = hn::Vec<D>>
HWY_INLINE bool NextVector(D d, PointsSource &src, V &zr, V &zi, V &cr, V &ci)
{
    zr = hn::LoadU(d, src.zr + src.next);
    zi = hn::LoadU(d, src.zi + src.next);
    cr = hn::LoadU(d, src.cr + src.next);
    ci = hn::LoadU(d, src.ci + src.next);
    src.next += hn::Lanes(d);
    return true;
}

// Worklist of pixels still inside: z, c (points only) and the pixel's index
// from the batch's first one, as doubles (exact: a batch is a few thousand
// pixels, however large the grid). Padded by a group of lanes that are
// outside at once, so the last group can be loaded whole.
struct Worklist {
    double *zr, *zi, *idx, *cr, *ci;
};

// counts[k] for pixels k in [0, total) taken from src in order. With
// kPerLaneC, c comes per pixel from src; otherwise it is (c_re, c_im).
// kMonotone (c fixed with |c| <= 1): once |z|^2 >= 4, |z'| >= |z|^2 - |c|
// >= 3, so a lane that failed the test fails it forever (NaN and inf
// included) and needs no sticky mask: the test itself is the mask.
// Returns false when the worklist cannot be allocated.
//
// Slots: vectors stepped together, enough independent multiply/add chains
// to fill the pipelines: six with AVX-512's 32 registers, four elsewhere.
#if HWY_TARGET == HWY_AVX3 || HWY_TARGET == HWY_AVX3_DL
#define KN_SLOTS(X) X(0) X(1) X(2) X(3) X(4) X(5)
#define KN_ANY_ACTIVE hn::Or(hn::Or(hn::Or(act0, act1), hn::Or(act2, act3)), hn::Or(act4, act5))
static constexpr size_t kGroup = 6;
#else
#define KN_SLOTS(X) X(0) X(1) X(2) X(3)
#define KN_ANY_ACTIVE hn::Or(hn::Or(act0, act1), hn::Or(act2, act3))
static constexpr size_t kGroup = 4;
#endif
// With kMonotone, runs of kUnchecked steps go without the escape test and
// the count, for groups that run at least kUncheckedMin steps (the pixels
// left after the first phase mostly never escape): if every lane inside
// before the run is inside after it, it was inside at each of its steps;
// otherwise that vector's z is restored and its run stepped again with the
// test.
// Phases longer than kLongRunMin hold almost only pixels that never escape,
// so a rewind is rare there and the test is paid once per kLongRun steps:
// runs of kLongRun come first, then runs of kUnchecked for what is left.
static constexpr int32_t kUnchecked = 4, kUncheckedMin = 8, kLongRun = 16, kLongRunMin = 64;
#define KN_SLOT_SAVE(s) const V szr##s = zr##s, szi##s = zi##s;
#define KN_SLOT_BARE_STEP(s)                                                                   \
    {                                                                                          \
        const V rr_ = hn::Mul(zr##s, zr##s), ii_ = hn::Mul(zi##s, zi##s);                      \
        const V t_ = hn::Add(hn::Sub(rr_, ii_), crv);                                          \
        zi##s = hn::Add(hn::Mul(hn::Mul(two, zr##s), zi##s), civ);                             \
        zr##s = t_;                                                                            \
    }
#define KN_SLOT_DECL(s)                                                                         \
    V zr##s = hn::Zero(d), zi##s = hn::Zero(d), cr##s = crv, ci##s = civ, cnt##s = hn::Zero(d); \
    M act##s = hn::MaskFromVec(hn::Zero(d));
#define KN_SLOT_FROM_SOURCE(s)                                                                  \
    const size_t nv##s = first + s * L >= end ? 0 : end - (first + s * L) < L ? end - (first + s * L) : L; \
    if (nv##s < L || !NextVector(d, src, zr##s, zi##s, cr##s, ci##s)) {                         \
        src.Fill(nv##s, L, bzr, bzi, bcr, bci);                                                 \
        zr##s = hn::Load(d, bzr);                                                               \
        zi##s = hn::Load(d, bzi);                                                               \
        if (kPerLaneC) cr##s = hn::Load(d, bcr), ci##s = hn::Load(d, bci);                      \
    }
#define KN_SLOT_FROM_WORKLIST(s)                                                                \
    const size_t nv##s = v + s * L >= n ? 0 : n - (v + s * L) < L ? n - (v + s * L) : L;        \
    zr##s = hn::Load(d, w.zr + v + s * L);                                                      \
    zi##s = hn::Load(d, w.zi + v + s * L);                                                      \
    if (kPerLaneC) cr##s = hn::Load(d, w.cr + v + s * L), ci##s = hn::Load(d, w.ci + v + s * L);
#define KN_SLOT_START(s)                                                                        \
    cnt##s = start;                                                                             \
    act##s = hn::FirstN(d, L);
#define KN_SLOT_STEP(s)                                                                  \
    {                                                                                           \
        const V rr_ = hn::Mul(zr##s, zr##s), ii_ = hn::Mul(zi##s, zi##s);                       \
        const M in_ = hn::Lt(hn::Add(rr_, ii_), four);                                          \
        act##s = kMonotone ? in_ : hn::And(act##s, in_);                                        \
        cnt##s = hn::IfThenElse(act##s, hn::Add(cnt##s, one), cnt##s);                          \
        const V t_ = hn::Add(hn::Sub(rr_, ii_), kPerLaneC ? cr##s : crv);                       \
        zi##s = hn::Add(hn::Mul(hn::Mul(two, zr##s), zi##s), kPerLaneC ? ci##s : civ);          \
        zr##s = t_;                                                                             \
    }
#define KN_SLOT_KEEP(s)                                                                         \
    {                                                                                           \
        const M keep_ = hn::And(act##s, hn::FirstN(d, nv##s));                                  \
        if (!hn::AllFalse(d, keep_)) {                                                          \
            hn::CompressStore(zr##s, keep_, d, w.zr + kept);                                    \
            hn::CompressStore(zi##s, keep_, d, w.zi + kept);                                    \
            if (kPerLaneC) {                                                                    \
                hn::CompressStore(cr##s, keep_, d, w.cr + kept);                                \
                hn::CompressStore(ci##s, keep_, d, w.ci + kept);                                \
            }                                                                                   \
            kept += hn::CompressStore(idx##s, keep_, d, w.idx + kept);                          \
        }                                                                                       \
    }
// After an unchecked run of run_ steps: a vector whose lanes inside before
// it are all inside after it counts the run; one with a lane that left is
// restored and stepped again with the test (alone: the other vectors keep
// their run, so a rare escape costs one vector's replay, not the group's).
#define KN_SLOT_END_RUN(s)                                                                      \
    if (hn::AllFalse(d, hn::AndNot(hn::Lt(hn::Add(hn::Mul(zr##s, zr##s), hn::Mul(zi##s, zi##s)), four), act##s))) { \
        cnt##s = hn::IfThenElse(act##s, hn::Add(cnt##s, unchecked_), cnt##s);                   \
    } else {                                                                                    \
        zr##s = szr##s, zi##s = szi##s;                                                         \
        for (int32_t u_ = 0; u_ < run_; u_++) KN_SLOT_STEP(s)                                   \
        replayed_ = true;                                                                       \
    }
// Runs of `len` unchecked steps while `len` steps are left (see kUnchecked).
#define KN_UNCHECKED_RUNS(len, steps)                                                           \
    {                                                                                           \
        const int32_t run_ = (len);                                                             \
        const V unchecked_ = hn::Set(d, (double)run_);                                          \
        for (; any_ && k_ + run_ <= (steps); k_ += run_) {                                      \
            KN_SLOTS(KN_SLOT_SAVE)                                                              \
            for (int32_t u_ = 0; u_ < run_; u_++) {                                             \
                KN_SLOTS(KN_SLOT_BARE_STEP)                                                     \
            }                                                                                   \
            bool replayed_ = false;                                                             \
            KN_SLOTS(KN_SLOT_END_RUN)                                                           \
            if (replayed_) any_ = !hn::AllFalse(d, KN_ANY_ACTIVE);                              \
        }                                                                                       \
    }
#define KN_GROUP_RUN(steps)                                                                     \
    {                                                                                           \
        int32_t k_ = 0;                                                                         \
        bool any_ = true;                                                                       \
        if (kMonotone && !kPerLaneC && (steps) >= kUncheckedMin) {                              \
            if ((steps) > kLongRunMin) KN_UNCHECKED_RUNS(kLongRun, steps)                       \
            KN_UNCHECKED_RUNS(kUnchecked, steps)                                                \
        }                                                                                       \
        for (; any_ && k_ + 2 <= (steps); k_ += 2) {                                            \
            KN_SLOTS(KN_SLOT_STEP)                                                              \
            KN_SLOTS(KN_SLOT_STEP)                                                              \
            any_ = !hn::AllFalse(d, KN_ANY_ACTIVE);                                             \
        }                                                                                       \
        if (any_ && k_ < (steps)) {                                                             \
            KN_SLOTS(KN_SLOT_STEP)                                                              \
        }                                                                                       \
    }
#define KN_SLOT_STORE_ORDERED(s)                                                                \
    if (nv##s == L) {                                                                   \
        hn::StoreU(hn::DemoteTo(di, cnt##s), di, counts + first + s * L);               \
    } else if (nv##s) {                                                                 \
        hn::Store(hn::DemoteTo(di, cnt##s), di, bcnt);                                  \
        memcpy(counts + first + s * L, bcnt, nv##s * sizeof(int32_t));                  \
    }                                                                                   \
    if (!last0) {                                                                       \
        const V idx##s = hn::Iota(d, (double)(first - base + s * L));                   \
        KN_SLOT_KEEP(s)                                                                 \
    }
#define KN_SLOT_STORE_INDEXED(s)                                                                \
    {                                                                               \
        const double *idx_ = w.idx + v + s * L;                                     \
        hn::Store(hn::DemoteTo(di, cnt##s), di, bcnt);                              \
        for (size_t l = 0; l < nv##s; l++) counts[base + (size_t)idx_[l]] = bcnt[l]; \
        if (!last) {                                                                \
            const V idx##s = hn::Load(d, idx_);                                     \
            KN_SLOT_KEEP(s)                                                         \
        }                                                                           \
    }
template <bool kPerLaneC, bool kMonotone, class Src>
HWY_INLINE bool JuliaRun(Src &src, size_t total, double c_re, double c_im, int32_t max_iter, int32_t *counts)
{
    const hn::ScalableTag<double> d;
    const hn::Rebind<int32_t, decltype(d)> di;
    using V = hn::Vec<decltype(d)>;
    using M = decltype(hn::MaskFromVec(hn::Zero(d)));
    const size_t L = hn::Lanes(d), G = kGroup * L;
    if (max_iter == 0) {
        memset(counts, 0, total * sizeof *counts);
        return true;
    }
    const size_t batch = kBatch > G ? kBatch / G * G : G;
    const size_t cap = batch + G; // worklist entries, with the padding group
    auto mem = hwy::AllocateAligned<double>((kPerLaneC ? 5 : 3) * cap);
    if (!mem) return false;
    double *const m = mem.get();
    const Worklist w{m, m + cap, m + 2 * cap, kPerLaneC ? m + 3 * cap : nullptr, kPerLaneC ? m + 4 * cap : nullptr};
    const V one = hn::Set(d, 1.0), four = hn::Set(d, 4.0), two = hn::Set(d, 2.0), crv = hn::Set(d, c_re), civ = hn::Set(d, c_im);
    HWY_ALIGN double bzr[HWY_MAX_BYTES / 8], bzi[HWY_MAX_BYTES / 8], bcr[HWY_MAX_BYTES / 8],
        bci[HWY_MAX_BYTES / 8];
    HWY_ALIGN int32_t bcnt[HWY_MAX_BYTES / 8];

    // Vectors of a group: zr, zi, c (points), count so far, still inside.
    // From the source: pixels first + s*L .. ; nv##s of them are real.
    // One iteration of kn_julia_escape: the test uses the same zr*zr and
    // zi*zi as the step, like the scalar code; 2.0*zr*zi is (2*zr)*zi.
    // Lanes still inside go to the worklist (in place is safe: a group is
    // loaded before any of it is written, and a compressed store ends
    // before the next group).

    // Steps the group `steps` times, or until no lane is inside; counts
    // become start + the number of steps each lane stayed inside.

    KN_SLOTS(KN_SLOT_DECL)
    for (size_t base = 0; base < total; base += batch) {
        const size_t end = total - base < batch ? total : base + batch;
        // Phase 0 straight from the source: every count is stored in
        // order (those of pixels still inside are overwritten later).
        int32_t done = kPhaseSteps[0] < max_iter ? kPhaseSteps[0] : max_iter;
        const bool last0 = done == max_iter;
        V start = hn::Zero(d);
        size_t kept = 0;
        for (size_t first = base; first < end; first += G) {
            KN_SLOTS(KN_SLOT_FROM_SOURCE)
            KN_SLOTS(KN_SLOT_START)
            KN_GROUP_RUN(done)
            KN_SLOTS(KN_SLOT_STORE_ORDERED)
        }
        // Later phases over the worklist; counts are stored by index, also
        // those of pixels still inside (cheaper than testing each lane).
        for (size_t phase = 1, n = kept; n; phase++) {
            const int32_t left = max_iter - done;
            const int32_t steps = phase < kPhases && kPhaseSteps[phase] < left ? kPhaseSteps[phase] : left;
            const bool last = steps == left;
            for (size_t k = n; k < n + G; k++) {
                w.zr[k] = w.zi[k] = 4.0, w.idx[k] = 0.0;
                if (kPerLaneC) w.cr[k] = w.ci[k] = 0.0;
            }
            start = hn::Set(d, (double)done);
            kept = 0;
            for (size_t v = 0; v < n; v += G) {
                KN_SLOTS(KN_SLOT_FROM_WORKLIST)
                KN_SLOTS(KN_SLOT_START)
                KN_GROUP_RUN(steps)
                KN_SLOTS(KN_SLOT_STORE_INDEXED)
            }
            n = last ? 0 : kept;
            done += steps;
        }
    }
    return true;
}
#undef KN_SLOT_STORE_ORDERED
#undef KN_SLOT_STORE_INDEXED
#undef KN_SLOT_DECL
#undef KN_SLOT_FROM_SOURCE
#undef KN_SLOT_FROM_WORKLIST
#undef KN_SLOT_START
#undef KN_SLOT_STEP
#undef KN_SLOT_KEEP
#undef KN_GROUP_RUN
#undef KN_UNCHECKED_RUNS
#undef KN_SLOTS
#undef KN_ANY_ACTIVE
#undef KN_SLOT_SAVE
#undef KN_SLOT_BARE_STEP
#undef KN_SLOT_END_RUN

bool JuliaRows(const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    GridSource src{p, kn_julia_dx(p), kn_julia_dy(p), 0, row0};
    const size_t total = (size_t)p->width * (size_t)(row1 - row0);
    if (p->c_re * p->c_re + p->c_im * p->c_im <= 1.0)
        return JuliaRun<false, true>(src, total, p->c_re, p->c_im, p->max_iter, counts);
    return JuliaRun<false, false>(src, total, p->c_re, p->c_im, p->max_iter, counts);
}

bool JuliaPoints(size_t n, const double *z_re, const double *z_im, const double *c_re, const double *c_im,
                 int32_t max_iter, int32_t *counts)
{
    PointsSource src{z_re, z_im, c_re, c_im, 0};
    return JuliaRun<true, false>(src, n, 0.0, 0.0, max_iter, counts);
}

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
