// Julia set escape counts, bit for bit as kn_julia_escape (src/core/kn_math.h):
// separate Mul/Add/Sub (never MulAdd, which may be an FMA), a lane stops
// counting the first time it fails |z|^2 < 4, a vector stops when all its
// lanes are done or max_iter is reached.
//
// Four vectors ("slots") are stepped together to hide the multiply/add
// latency. Pixels are handed out in order, a vector's worth at a time; when a
// slot is finished its counts are stored and it is refilled with the next
// pixels at once, so a slow vector never holds up the others.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/julia.cc"
#include <hwy/foreach_target.h> // IWYU pragma: keep
#include <hwy/highway.h>

#include <string.h>

#include "simd.h"

extern "C" {
#include "../core/kn_math.h"
}

#ifndef KN_SIMD_JULIA_ONCE
#define KN_SIMD_JULIA_ONCE
namespace kn {
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

// counts[k] for pixels k in [0, total) taken from src in order. With
// kPerLaneC, c comes per pixel from src; otherwise it is (c_re, c_im).
//
// Counting: `g` numbers the steps of the loop (all slots step together).
// A slot filled before step g0 keeps in cnt the number (g + 1) of the last
// step in which each lane was still inside, starting from g0, so its count
// is cnt - g0. Slots are checked every second step; a slot may thus run one
// step past max_iter, which the clamp min(cnt - g0, max_iter) undoes (a lane
// counts at most one per step).
//
// kMonotone (c fixed with |c| <= 1): once |z|^2 >= 4, |z'| >= |z|^2 - |c|
// >= 3, so a lane that failed the test fails it forever (NaN and inf
// included) and needs no sticky mask: the test itself is the mask.
template <bool kPerLaneC, bool kMonotone, class Src>
HWY_INLINE void JuliaRun(Src &src, size_t total, double c_re, double c_im, int32_t max_iter, int32_t *counts)
{
    const hn::ScalableTag<double> d;
    const hn::Rebind<int32_t, decltype(d)> di;
    using V = hn::Vec<decltype(d)>;
    using M = decltype(hn::MaskFromVec(hn::Zero(d)));
    const size_t L = hn::Lanes(d);
    if (max_iter == 0) {
        for (size_t k = 0; k < total; k++) counts[k] = 0;
        return;
    }
    const V four = hn::Set(d, 4.0), two = hn::Set(d, 2.0), maxv = hn::Set(d, (double)max_iter);
    const V crv = hn::Set(d, c_re), civ = hn::Set(d, c_im);
    HWY_ALIGN double bzr[HWY_MAX_BYTES / 8], bzi[HWY_MAX_BYTES / 8], bcr[HWY_MAX_BYTES / 8],
        bci[HWY_MAX_BYTES / 8];
    HWY_ALIGN int32_t bcnt[HWY_MAX_BYTES / 8];
    size_t next = 0; // first pixel not handed out yet
    uint64_t g = 0;  // the loop's next step

    // The next pixels into the buffers: how many (0 when none are left).
    // Kept out of line; the slot variables themselves never have their
    // address taken, so they stay in registers.
    auto fill = [&](size_t &k0) HWY_ATTR -> size_t {
        if (next >= total) return 0;
        k0 = next;
        const size_t nv = total - next < L ? total - next : L;
        next += nv;
        src.Fill(nv, L, bzr, bzi, bcr, bci);
        return nv;
    };
    auto store = [&](V cnt, uint64_t g0, size_t k0, size_t nv) HWY_ATTR {
        const auto c32 = hn::DemoteTo(di, hn::Min(hn::Sub(cnt, hn::Set(d, (double)g0)), maxv));
        if (nv == L) {
            hn::StoreU(c32, di, counts + k0);
        } else {
            hn::Store(c32, di, bcnt);
            memcpy(counts + k0, bcnt, nv * sizeof(int32_t));
        }
    };

#define KN_SLOT_REFILL(s)                                                                       \
    nv##s = fill(k0##s);                                                                        \
    live##s = nv##s != 0;                                                                       \
    if (live##s) {                                                                              \
        zr##s = hn::Load(d, bzr);                                                               \
        zi##s = hn::Load(d, bzi);                                                               \
        if (kPerLaneC) {                                                                        \
            cr##s = hn::Load(d, bcr);                                                           \
            ci##s = hn::Load(d, bci);                                                           \
        }                                                                                       \
        g0##s = g;                                                                              \
        cnt##s = hn::Set(d, (double)g);                                                         \
        act##s = hn::Lt(hn::Add(hn::Mul(zr##s, zr##s), hn::Mul(zi##s, zi##s)), four);           \
    } else {                                                                                    \
        act##s = hn::MaskFromVec(hn::Zero(d));                                                  \
    }

#define KN_SLOT_DECL(s)                                                                         \
    V zr##s = hn::Zero(d), zi##s = hn::Zero(d), cr##s = crv, ci##s = civ, cnt##s = hn::Zero(d); \
    M act##s = hn::MaskFromVec(hn::Zero(d));                                                    \
    size_t k0##s = 0, nv##s = 0;                                                                \
    uint64_t g0##s = 0;                                                                         \
    bool live##s = false;                                                                       \
    KN_SLOT_REFILL(s)

    // One iteration of kn_julia_escape: the test uses the same zr*zr and
    // zi*zi as the step, like the scalar code; 2.0*zr*zi is (2*zr)*zi.
#define KN_SLOT_STEP(s, gnext)                                                                  \
    {                                                                                           \
        const V rr_ = hn::Mul(zr##s, zr##s), ii_ = hn::Mul(zi##s, zi##s);                       \
        const M in_ = hn::Lt(hn::Add(rr_, ii_), four);                                          \
        act##s = kMonotone ? in_ : hn::And(act##s, in_);                                        \
        cnt##s = hn::IfThenElse(act##s, gnext, cnt##s);                                         \
        const V t_ = hn::Add(hn::Sub(rr_, ii_), kPerLaneC ? cr##s : crv);                       \
        zi##s = hn::Add(hn::Mul(hn::Mul(two, zr##s), zi##s), kPerLaneC ? ci##s : civ);          \
        zr##s = t_;                                                                             \
    }

    // A slot is done when no lane is inside any more or max_iter steps were
    // taken; it is then stored and refilled.
#define KN_SLOT_CHECK(s)                                                                        \
    if (live##s && (g - g0##s >= (uint64_t)max_iter || hn::AllFalse(d, act##s))) {              \
        store(cnt##s, g0##s, k0##s, nv##s);                                                     \
        KN_SLOT_REFILL(s)                                                                       \
    }

    KN_SLOT_DECL(0)
    KN_SLOT_DECL(1)
    KN_SLOT_DECL(2)
    KN_SLOT_DECL(3)
    while (live0 | live1 | live2 | live3) {
        const V g1 = hn::Set(d, (double)(g + 1)), g2 = hn::Set(d, (double)(g + 2));
        KN_SLOT_STEP(0, g1)
        KN_SLOT_STEP(1, g1)
        KN_SLOT_STEP(2, g1)
        KN_SLOT_STEP(3, g1)
        KN_SLOT_STEP(0, g2)
        KN_SLOT_STEP(1, g2)
        KN_SLOT_STEP(2, g2)
        KN_SLOT_STEP(3, g2)
        g += 2;
        KN_SLOT_CHECK(0)
        KN_SLOT_CHECK(1)
        KN_SLOT_CHECK(2)
        KN_SLOT_CHECK(3)
    }
#undef KN_SLOT_DECL
#undef KN_SLOT_STEP
#undef KN_SLOT_CHECK
#undef KN_SLOT_REFILL
}

void JuliaRows(const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    GridSource src{p, kn_julia_dx(p), kn_julia_dy(p), 0, row0};
    const size_t total = (size_t)p->width * (size_t)(row1 - row0);
    int32_t *out = counts + (size_t)row0 * (size_t)p->width;
    if (p->c_re * p->c_re + p->c_im * p->c_im <= 1.0)
        JuliaRun<false, true>(src, total, p->c_re, p->c_im, p->max_iter, out);
    else
        JuliaRun<false, false>(src, total, p->c_re, p->c_im, p->max_iter, out);
}

void JuliaPoints(size_t n, const double *z_re, const double *z_im, const double *c_re, const double *c_im,
                 int32_t max_iter, int32_t *counts)
{
    PointsSource src{z_re, z_im, c_re, c_im, 0};
    JuliaRun<true, false>(src, n, 0.0, 0.0, max_iter, counts);
}

} // namespace HWY_NAMESPACE
} // namespace kn
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kn {
HWY_EXPORT(JuliaRows);
HWY_EXPORT(JuliaPoints);
} // namespace kn

extern "C" kn_status simd_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts)
{
    using namespace kn;
    if (row1 > row0) KN_SIMD_CALL(ctx, JuliaRows)(p, row0, row1, counts);
    return KN_OK;
}

extern "C" kn_status simd_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im,
                                       const double *c_re, const double *c_im, int32_t max_iter, int32_t *counts)
{
    using namespace kn;
    if (n) KN_SIMD_CALL(ctx, JuliaPoints)(n, z_re, z_im, c_re, c_im, max_iter, counts);
    return KN_OK;
}
#endif
