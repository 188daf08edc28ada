// First safe delay: the wheel scan of src/core/firewall_plan.h, vectorized
// over the wheel's survivors with exact integer arithmetic only.
//
// A candidate is d = base + surv[i] (base a multiple of the wheel). For a
// check (period p, residue r), d % p == r  <=>  surv[i] % p == (r - base % p)
// mod p. So s[c][i] = surv[i] % p_c is tabulated once (32-bit), base % p_c is
// advanced by wheel % p_c per turn, and each turn compares whole vectors of
// s[c][.] with one broadcast target per check: no division in the loop. The
// survivors of a chunk are scanned check by check until none is alive; the
// first chunk with a live lane holds the smallest passing candidate (surv is
// ascending), which is what kn_scalar_fw_scan returns.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/firewall.cc"
#include <hwy/foreach_target.h> // IWYU pragma: keep
#include <hwy/highway.h>

#include <stdlib.h>

#include "simd.h"

extern "C" {
#include "../core/prims.h"
}

#ifndef KN_SIMD_FIREWALL_ONCE
#define KN_SIMD_FIREWALL_ONCE
namespace kn {
struct FwTable {
    const uint64_t *surv; // plan->surv
    size_t nsurv, stride; // stride: row length of s, padded
    size_t nchecks;
    const uint32_t *s;    // s[c * stride + i] = surv[i] % period[c]
    uint32_t *period, *bm, *wm, *res, *target; // per check: p, base % p, wheel % p, r, scratch
    uint64_t wheel;
};
} // namespace kn
#endif

HWY_BEFORE_NAMESPACE();
namespace kn {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// Scans turns base, base + wheel, ... up to limit. Returns 1 with *delay set,
// or 0 when no candidate <= limit passes.
int ScanTurns(FwTable *t, uint64_t base, uint64_t limit, uint64_t *delay)
{
    const hn::CappedTag<uint32_t, 16> d; // rows are padded to 16
    const size_t L = hn::Lanes(d);
    const size_t nc = t->nchecks;
    for (;;) {
        for (size_t c = 0; c < nc; c++) {
            const uint32_t p = t->period[c], b = t->bm[c], r = t->res[c];
            t->target[c] = r >= b ? r - b : r + (p - b);
        }
        size_t nvalid = t->nsurv;
        const bool last = limit - base < t->wheel;
        if (last) {
            const uint64_t room = limit - base; // candidates need surv[i] <= room
            size_t lo = 0, hi = t->nsurv;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (t->surv[mid] <= room) lo = mid + 1; else hi = mid;
            }
            nvalid = lo;
        }
        for (size_t i0 = 0; i0 < nvalid; i0 += L) {
            auto alive = hn::FirstN(d, nvalid - i0);
            const uint32_t *col = t->s + i0;
            size_t c = 0;
            for (; c + 2 <= nc; c += 2) {
                const auto s0 = hn::Load(d, col + c * t->stride), s1 = hn::Load(d, col + (c + 1) * t->stride);
                alive = hn::AndNot(hn::Eq(s0, hn::Set(d, t->target[c])), alive);
                alive = hn::AndNot(hn::Eq(s1, hn::Set(d, t->target[c + 1])), alive);
                if (hn::AllFalse(d, alive)) break;
            }
            if (c + 2 <= nc) continue; // all caught
            for (; c < nc; c++)
                alive = hn::AndNot(hn::Eq(hn::Load(d, col + c * t->stride), hn::Set(d, t->target[c])), alive);
            if (hn::AllFalse(d, alive)) continue;
            *delay = base + t->surv[i0 + (size_t)hn::FindFirstTrue(d, alive)];
            return 1;
        }
        if (last) return 0;
        base += t->wheel;
        for (size_t c = 0; c < nc; c++) {
            uint32_t b = t->bm[c] + t->wm[c]; // may wrap (p near 2^32): then b < wm
            t->bm[c] = b >= t->period[c] || b < t->wm[c] ? b - t->period[c] : b;
        }
    }
}

} // namespace HWY_NAMESPACE
} // namespace kn
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kn {
HWY_EXPORT(ScanTurns);
} // namespace kn

extern "C" KN_FW_SCAN_PROT(kn_simd_fw_scan)
{
    using namespace kn;
    const uint64_t wheel = plan->wheel;
    const size_t nc = plan->nchecks, ns = plan->nsurv;
    // The first turn in plain C: an answer there costs no table.
    if (from > limit || nc == 0 || limit - from < wheel) return kn_scalar_fw_scan(ctx, plan, from, limit, delay);
    kn_status st = kn_scalar_fw_scan(ctx, plan, from, from + wheel - 1, delay);
    if (st != KN_ERR_NOT_FOUND) return st;
    for (size_t c = 0; c < nc; c++)
        if (plan->checks[c].period > UINT32_MAX) return kn_scalar_fw_scan(ctx, plan, from + wheel, limit, delay);
    // Rows padded to a whole number of the widest vectors (64 bytes).
    const size_t stride = (ns + 15) / 16 * 16;
    if (stride > ((size_t)1 << 26) / (nc + 1)) return kn_scalar_fw_scan(ctx, plan, from + wheel, limit, delay);
    const size_t words = (stride * nc + 5 * nc + 15) / 16 * 16;
    uint32_t *s = (uint32_t *)aligned_alloc(64, words * sizeof(uint32_t));
    if (!s) return kn_scalar_fw_scan(ctx, plan, from + wheel, limit, delay);
    FwTable t;
    t.surv = plan->surv;
    t.nsurv = ns;
    t.stride = stride;
    t.nchecks = nc;
    t.s = s;
    t.period = s + stride * nc;
    t.bm = t.period + nc;
    t.wm = t.bm + nc;
    t.res = t.wm + nc;
    t.target = t.res + nc;
    t.wheel = wheel;
    const uint64_t base = from + wheel;
    for (size_t c = 0; c < nc; c++) {
        const uint64_t p = plan->checks[c].period;
        t.period[c] = (uint32_t)p;
        t.bm[c] = (uint32_t)(base % p);
        t.wm[c] = (uint32_t)(wheel % p);
        t.res[c] = (uint32_t)plan->checks[c].residue;
        uint32_t *row = s + c * stride;
        for (size_t i = 0; i < ns; i++) row[i] = (uint32_t)(plan->surv[i] % p);
        for (size_t i = ns; i < stride; i++) row[i] = 0;
    }
    const int found = KN_SIMD_CALL(ctx, ScanTurns)(&t, base, limit, delay);
    free(s);
    return found ? KN_OK : KN_ERR_NOT_FOUND;
}
#endif
