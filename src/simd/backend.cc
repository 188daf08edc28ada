// The simd backend's target choice (KERNELS_SIMD_TARGET) and info line;
// the table itself is in table.c (C designated initializers).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <hwy/highway.h>
#include <hwy/targets.h>

#include "simd.h"

extern "C" {
#include "../core/error.h"
}

namespace {

// One entry per target compiled into this library (HWY_TARGETS), best first.
struct Target {
    int64_t bit;
    const char *name; // Highway's name, e.g. "AVX3_DL"
    kn_simd_state state;
};

constexpr int kMaxTargets = 64;

struct Targets {
    Target t[kMaxTargets];
    int n = 0;
};

// Where this target's function sits in every HWY_EXPORT table (the layout of
// highway.h / targets.h in 1.0.3: [0] = ChooseAndCall, then the dynamic
// targets, then the EMU128/SCALAR fallback).
size_t TableIndex(int64_t bit)
{
#if (HWY_TARGETS & (HWY_TARGETS - 1)) == 0
    (void)bit;
    return 0; // a single-entry table: the only target
#else
    if (bit & (HWY_EMU128 | HWY_SCALAR)) return HWY_MAX_DYNAMIC_TARGETS + 1;
    return hwy::Num0BitsBelowLS1Bit_Nonzero64(static_cast<uint64_t>(HWY_CHOSEN_TARGET_SHIFT(bit)));
#endif
}

const Targets &AllTargets()
{
    static const Targets all = [] {
        Targets r;
        for (int b = 0; b < 63 && r.n < kMaxTargets; b++) {
            int64_t bit = int64_t{1} << b;
            if (!(HWY_TARGETS & bit)) continue;
            Target &t = r.t[r.n++];
            t.bit = bit;
            t.name = hwy::TargetName(bit);
            t.state.target = bit;
            t.state.index = TableIndex(bit);
        }
        return r;
    }();
    return all;
}

bool Supported(int64_t bit)
{
    if (bit & (HWY_EMU128 | HWY_SCALAR)) return true; // plain C++: runs anywhere
    return (hwy::SupportedTargets() & bit) != 0;
}

// The best compiled target this CPU runs: what HWY_DYNAMIC_DISPATCH picks.
const Target *BestTarget()
{
    const Targets &all = AllTargets();
    for (int i = 0; i < all.n; i++)
        if (Supported(all.t[i].bit)) return &all.t[i];
    return all.n ? &all.t[all.n - 1] : nullptr;
}

void ListNames(char *buf, size_t size, bool supported_only, bool lower)
{
    const Targets &all = AllTargets();
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < all.n; i++) {
        if (supported_only && !Supported(all.t[i].bit)) continue;
        char name[32];
        snprintf(name, sizeof name, "%s", all.t[i].name);
        if (lower)
            for (char *c = name; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
        int w = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", name);
        if (w < 0 || (size_t)w >= size - used) break;
        used += (size_t)w;
    }
}

// KERNELS_SIMD_TARGET -> the target to use (nullptr: not restricted).
// On failure returns the status and writes the message to `why`.
kn_status TargetFromEnv(const Target **out, char *why, size_t size)
{
    *out = nullptr;
    const char *env = getenv("KERNELS_SIMD_TARGET");
    if (!env) return KN_OK;
    char name[64];
    size_t len = strlen(env);
    while (len && (env[len - 1] == ' ' || env[len - 1] == '\t')) len--;
    while (len && (*env == ' ' || *env == '\t')) env++, len--;
    if (len == 0 || (len == 4 && strncasecmp(env, "auto", 4) == 0)) return KN_OK;
    snprintf(name, sizeof name, "%.*s", (int)(len < 63 ? len : 63), env);
    char valid[512], usable[512];
    ListNames(valid, sizeof valid, false, true);
    ListNames(usable, sizeof usable, true, true);
    const Targets &all = AllTargets();
    for (int i = 0; i < all.n; i++) {
        if (strcasecmp(name, all.t[i].name) != 0) continue;
        if (!Supported(all.t[i].bit)) {
            snprintf(why, size,
                     "KERNELS_SIMD_TARGET='%.64s': this CPU does not support %s; targets usable here: %.300s (or auto)",
                     name, all.t[i].name, usable);
            return KN_ERR_UNAVAILABLE;
        }
        *out = &all.t[i];
        return KN_OK;
    }
    // A Highway target of another architecture (or one not compiled in);
    // hwy::TargetName only knows this architecture's names.
    static const char *const known[] = {"AVX3_DL", "AVX3",  "AVX2",        "SSE4",   "SSSE3", "SVE2_128",
                                        "SVE_256", "SVE2",  "SVE",         "NEON",   "RVV",   "PPC8",
                                        "WASM",    "WASM_EMU256", "EMU128", "SCALAR", "AVX3_ZEN4", "AVX3_SPR"};
    for (const char *hn : known) {
        if (strcasecmp(name, hn) != 0) continue;
        // GCC < 12.3 gets SCALAR: Highway 1.0.3 marks EMU128 broken there.
        char reason[96];
        if (strcmp(hn, "EMU128") == 0 || strcmp(hn, "SCALAR") == 0)
            snprintf(reason, sizeof reason, "Highway compiles one portable fallback: SCALAR with GCC before 12.3, else EMU128");
        else
            snprintf(reason, sizeof reason, "not this architecture, or newer than Highway %d.%d.%d", HWY_MAJOR, HWY_MINOR,
                     HWY_PATCH);
        snprintf(why, size,
                 "KERNELS_SIMD_TARGET='%.64s': Highway target %s is not compiled into this library (%s); valid "
                 "targets are %.300s (usable here: %.300s; or auto)",
                 name, hn, reason, valid, usable);
        return KN_ERR_UNAVAILABLE;
    }
    // Precisions keep every sentence within the caller's buffer (1024).
    snprintf(why, size,
             "KERNELS_SIMD_TARGET='%.64s' is not a SIMD target; valid targets are %.300s (usable here: %.300s; or auto)",
             name, valid, usable);
    return KN_ERR_INVALID_ARG;
}

kn_status SimdCtxInit(kn_ctx *ctx)
{
    const Target *t = nullptr;
    char why[1024];
    kn_status st = TargetFromEnv(&t, why, sizeof why);
    if (st) return kn_fail(st, "%s", why);
    // Unrestricted: Highway's dynamic dispatch (state NULL -> index 0).
    ctx->state = t ? const_cast<kn_simd_state *>(&t->state) : nullptr;
    return KN_OK;
}

const char *SimdInfo()
{
    static thread_local char buf[2048];
    char avail[512];
    ListNames(avail, sizeof avail, true, false);
    const Target *t = nullptr;
    char why[1024];
    kn_status st = TargetFromEnv(&t, why, sizeof why);
    if (st) {
        snprintf(buf, sizeof buf, "simd: unusable: %s", why);
        return buf;
    }
    const Target *use = t ? t : BestTarget();
    snprintf(buf, sizeof buf, "simd: %s (Highway %d.%d.%d; %s; targets available: %s)", use ? use->name : "none",
             HWY_MAJOR, HWY_MINOR, HWY_PATCH, t ? "set by KERNELS_SIMD_TARGET" : "best of this CPU", avail);
    return buf;
}

const char *SimdUnavailable()
{
    return BestTarget() ? nullptr : "simd: no Highway target was compiled in";
}

} // namespace

extern "C" {
const char *kn_simd_info(void) { return SimdInfo(); }
const char *kn_simd_unavailable_reason(void) { return SimdUnavailable(); }
kn_status kn_simd_ctx_init(kn_ctx *ctx) { return SimdCtxInit(ctx); }
} // extern "C"
