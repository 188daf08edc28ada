#include "firewall_plan.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "kn_math.h"

/* Survivor bound, chosen with KN_FW_WHEEL_MAX by measurement on the puzzle
 * inputs. */
#define SURV_MAX ((size_t)1 << 13)

static int cmp_check(const void *a, const void *b)
{
    const kn_fw_check *x = a, *y = b;
    if (x->period != y->period) return x->period < y->period ? -1 : 1;
    return (x->residue > y->residue) - (x->residue < y->residue);
}

/* Widens the wheel to `m2` keeping residues allowed by the checks c[0..k)
 * (all of one period). Returns 0 when the survivors would not fit. */
static int widen(kn_fw_plan *pl, uint64_t m2, const kn_fw_check *c, size_t k, uint64_t **buf)
{
    uint64_t turns = m2 / pl->wheel;
    if (pl->nsurv > SURV_MAX / turns) return 0;
    size_t out = 0;
    for (uint64_t t = 0; t < turns; t++)
        for (size_t i = 0; i < pl->nsurv; i++) {
            uint64_t d = t * pl->wheel + pl->surv[i];
            if (!kn_fw_residue_in(c, k, d % c[0].period)) (*buf)[out++] = d;
        }
    uint64_t *tmp = pl->surv;
    pl->surv = *buf;
    *buf = tmp;
    pl->nsurv = out;
    pl->wheel = m2;
    return 1;
}

/* Sorts the checks by period, then residue, and drops repeats (two layers
 * whose depths differ by a multiple of their common period). Returns the
 * number left. */
static size_t sort_unique(kn_fw_check *c, size_t n)
{
    qsort(c, n, sizeof *c, cmp_check);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || cmp_check(&c[m - 1], &c[i])) c[m++] = c[i];
    return m;
}

static kn_status no_safe_delay(uint64_t modulus)
{
    return kn_fail(KN_ERR_NOT_FOUND,
                   "no safe delay exists: the layers whose periods divide %llu catch every residue modulo %llu",
                   (unsigned long long)modulus, (unsigned long long)modulus);
}

kn_status kn_fw_plan_build(const kn_layer *l, size_t n, kn_fw_plan *pl, uint64_t *limit)
{
    for (size_t i = 0; i < n; i++)
        if (l[i].range == 1)
            return kn_fail(KN_ERR_NOT_FOUND,
                           "no safe delay exists: the layer at depth %lld has range 1 and catches every packet",
                           (long long)l[i].depth);

    memset(pl, 0, sizeof *pl);
    kn_fw_check *c = malloc((n ? n : 1) * sizeof *c); /* n == 0 would give the empty plan */
    if (!c) return kn_fail(KN_ERR_NO_MEMORY, "out of memory for the wheel");
    for (size_t i = 0; i < n; i++) {
        c[i].period = kn_fw_period(l[i].range);
        c[i].residue = kn_fw_residue(l[i].depth, c[i].period);
    }
    n = sort_unique(c, n);
    uint64_t cover;
    kn_status st = kn_fw_find_cover(c, n, &cover);
    if (st || cover) {
        free(c);
        return st ? st : no_safe_delay(cover);
    }

    pl->surv = malloc(SURV_MAX * sizeof *pl->surv);
    uint64_t *buf = malloc(SURV_MAX * sizeof *buf);
    if (!pl->surv || !buf) {
        free(c);
        free(buf);
        kn_fw_plan_free(pl);
        return kn_fail(KN_ERR_NO_MEMORY, "out of memory for the wheel");
    }
    pl->wheel = 1;
    pl->surv[0] = 0;
    pl->nsurv = 1;
    uint64_t all = 1; /* lcm of every period, 0 once it passes UINT64_MAX */
    size_t kept = 0;
    for (size_t i = 0; i < n;) {
        size_t k = 1; /* checks sharing this period */
        while (i + k < n && c[i + k].period == c[i].period) k++;
        if (all) all = kn_fw_lcm_capped(all, c[i].period, UINT64_MAX);
        uint64_t m2 = kn_fw_lcm_capped(pl->wheel, c[i].period, KN_FW_WHEEL_MAX);
        if (!m2 || !widen(pl, m2, c + i, k, &buf)) {
            memmove(c + kept, c + i, k * sizeof *c); /* stays an explicit check */
            kept += k;
        }
        if (pl->nsurv == 0) {
            uint64_t wheel = pl->wheel;
            free(c);
            free(buf);
            kn_fw_plan_free(pl);
            return no_safe_delay(wheel);
        }
        i += k;
    }
    free(buf);
    pl->checks = c;
    pl->nchecks = kept;
    /* The pattern repeats every `all` delays: nothing past it is new. */
    if (all && all - 1 < *limit) *limit = all - 1;
    return KN_OK;
}

uint64_t kn_fw_plan_candidate(const kn_fw_plan *pl, uint64_t k)
{
    uint64_t d;
    if (__builtin_mul_overflow(k / pl->nsurv, pl->wheel, &d) || __builtin_add_overflow(d, pl->surv[k % pl->nsurv], &d))
        return UINT64_MAX;
    return d;
}

void kn_fw_plan_free(kn_fw_plan *pl)
{
    free(pl->surv);
    free(pl->checks);
    pl->surv = NULL;
    pl->checks = NULL;
}
