/* kn_firewall_severity, kn_firewall_first_safe_delay(_budget): checks, plan, backend. */
#include <stdio.h>
#include <stdlib.h>

#include "dispatch.h"
#include "drv.h"
#include "error.h"

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static kn_status check_layers(const char *fn, const kn_layer *l, size_t n)
{
    if (n > 0 && !l) return kn_null_arg(fn, "l");
    if (n > 0 && kn_check_aligned(fn, "l", l, _Alignof(kn_layer))) return KN_ERR_INVALID_ARG;
    for (size_t i = 0; i < n; i++) {
        if (l[i].depth < 0)
            return kn_fail(KN_ERR_INVALID_ARG, "%s: l[%zu].depth must be non-negative (got %lld)", fn, i, (long long)l[i].depth);
        if (l[i].range < 1)
            return kn_fail(KN_ERR_INVALID_ARG, "%s: l[%zu].range must be at least 1 (got %lld)", fn, i, (long long)l[i].range);
    }
    if (n < 2) return KN_OK;
    int64_t *d = malloc(n * sizeof *d);
    if (!d) return kn_fail(KN_ERR_NO_MEMORY, "%s: out of memory checking %zu layers", fn, n);
    for (size_t i = 0; i < n; i++) d[i] = l[i].depth;
    qsort(d, n, sizeof *d, cmp_i64);
    kn_status st = KN_OK;
    for (size_t i = 1; i < n && !st; i++)
        if (d[i] == d[i - 1])
            st = kn_fail(KN_ERR_INVALID_ARG, "%s: l has two layers at depth %lld", fn, (long long)d[i]);
    free(d);
    return st;
}

kn_status kn_firewall_severity(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t delay, int64_t *severity)
{
    static const char fn[] = "kn_firewall_severity";
    if (!severity) return kn_null_arg(fn, "severity");
    if (kn_check_aligned(fn, "severity", severity, _Alignof(int64_t))) return KN_ERR_INVALID_ARG;
    if (delay < 0) return kn_fail(KN_ERR_INVALID_ARG, "%s: delay must be non-negative (got %lld)", fn, (long long)delay);
    kn_status st = check_layers(fn, l, n);
    if (st || (st = kn_ctx_resolve(ctx, &ctx))) return st;
    st = kn_scalar_fw_severity(l, n, delay, severity); /* O(layers) at one delay: host work on every backend */
    if (st == KN_ERR_OVERFLOW)
        kn_fail(st, "%s: the severity at delay %lld exceeds INT64_MAX", fn, (long long)delay);
    return st;
}

/* The plan's failures come without a function name: prefix it. */
static kn_status plan_failed(const char *fn, kn_status st)
{
    kn_error_saved msg;
    kn_error_save(&msg);
    return kn_fail(st, "%s: %s", fn, msg.text);
}

/* Scans candidates 0 .. max_candidates - 1 at most: the candidate after
 * them bounds the delays scanned, so every backend stops at the same one. */
static kn_status first_safe(const char *fn, kn_ctx *ctx, const kn_layer *l, size_t n, int64_t max_delay,
                            uint64_t max_candidates, int64_t *delay)
{
    if (!delay) return kn_null_arg(fn, "delay");
    if (kn_check_aligned(fn, "delay", delay, _Alignof(int64_t))) return KN_ERR_INVALID_ARG;
    if (max_delay < 0) return kn_fail(KN_ERR_INVALID_ARG, "%s: max_delay must be non-negative (got %lld)", fn, (long long)max_delay);
    kn_status st = check_layers(fn, l, n);
    if (st || (st = kn_ctx_resolve(ctx, &ctx))) return st;
    if (n == 0) {
        *delay = 0;
        return KN_OK;
    }
    kn_fw_plan plan;
    uint64_t limit = (uint64_t)max_delay, found;
    if ((st = kn_fw_plan_build(l, n, &plan, &limit))) return plan_failed(fn, st);
    uint64_t stop = kn_fw_plan_candidate(&plan, max_candidates); /* the first candidate not allowed */
    int budget_ends = stop <= limit;
    st = KN_ERR_NOT_FOUND;
    if (!budget_ends || stop > 0) {
        uint64_t last = budget_ends ? stop - 1 : limit;
        st = ctx->ops->device ? ctx->ops->device->firewall_scan(ctx, &plan, 0, last, &found)
                              : kn_drv_firewall_scan(ctx, &plan, 0, last, &found);
    }
    kn_fw_plan_free(&plan);
    if (st == KN_OK) *delay = (int64_t)found;
    else if (st == KN_ERR_NOT_FOUND && budget_ends)
        st = kn_fail(KN_ERR_LIMIT,
                     "%s: the budget (max_candidates = %llu) ran out at delay %llu: every earlier delay is caught, "
                     "the rest of [0, %lld] was not searched",
                     fn, (unsigned long long)max_candidates, (unsigned long long)stop, (long long)max_delay);
    else if (st == KN_ERR_NOT_FOUND)
        kn_fail(st, "%s: every delay in [0, %lld] is caught", fn, (long long)max_delay);
    return st;
}

kn_status kn_firewall_first_safe_delay(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t max_delay, int64_t *delay)
{
    return first_safe("kn_firewall_first_safe_delay", ctx, l, n, max_delay, UINT64_MAX, delay);
}

/* The first safe candidate of the wheel turn starting at `turn` that is at
 * least `from` and at most `limit`, each tested against the plan's other
 * layers: the scan primitives start at whole turns only. */
static int first_in_turn(const kn_fw_plan *plan, uint64_t turn, uint64_t from, uint64_t limit, uint64_t *found)
{
    for (size_t s = 0; s < plan->nsurv; s++) {
        uint64_t d = turn + plan->surv[s];
        if (d < from) continue;
        if (d > limit) return 0;
        size_t c = 0;
        while (c < plan->nchecks && d % plan->checks[c].period != plan->checks[c].residue) c++;
        if (c == plan->nchecks) {
            *found = d;
            return 1;
        }
    }
    return 0;
}

kn_status kn_firewall_first_safe_delay_window(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t from,
                                              int64_t max_delay, int64_t *delay)
{
    static const char fn[] = "kn_firewall_first_safe_delay_window";
    if (!delay) return kn_null_arg(fn, "delay");
    if (kn_check_aligned(fn, "delay", delay, _Alignof(int64_t))) return KN_ERR_INVALID_ARG;
    if (from < 0) return kn_fail(KN_ERR_INVALID_ARG, "%s: from must be non-negative (got %lld)", fn, (long long)from);
    if (max_delay < 0)
        return kn_fail(KN_ERR_INVALID_ARG, "%s: max_delay must be non-negative (got %lld)", fn, (long long)max_delay);
    kn_status st = check_layers(fn, l, n);
    if (st || (st = kn_ctx_resolve(ctx, &ctx))) return st;
    if (n == 0 && from <= max_delay) {
        *delay = from;
        return KN_OK;
    }
    kn_fw_plan plan;
    uint64_t limit = (uint64_t)max_delay, found = 0;
    if (n > 0 && (st = kn_fw_plan_build(l, n, &plan, &limit))) return plan_failed(fn, st);
    st = KN_ERR_NOT_FOUND;
    if (n > 0 && (uint64_t)from <= limit) {
        uint64_t turn = (uint64_t)from - (uint64_t)from % plan.wheel;
        if (first_in_turn(&plan, turn, (uint64_t)from, limit, &found)) st = KN_OK;
        else if (limit - turn >= plan.wheel)
            st = ctx->ops->device ? ctx->ops->device->firewall_scan(ctx, &plan, turn + plan.wheel, limit, &found)
                                  : kn_drv_firewall_scan(ctx, &plan, turn + plan.wheel, limit, &found);
    }
    if (n > 0) kn_fw_plan_free(&plan);
    if (st == KN_OK) *delay = (int64_t)found;
    else if (st == KN_ERR_NOT_FOUND)
        kn_fail(st, "%s: every delay in [%lld, %lld] is caught", fn, (long long)from, (long long)max_delay);
    return st;
}

kn_status kn_firewall_first_safe_delay_budget(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t max_delay,
                                              uint64_t max_candidates, int64_t *delay)
{
    return first_safe("kn_firewall_first_safe_delay_budget", ctx, l, n, max_delay, max_candidates, delay);
}
